"""One version everywhere, and a licence for every shipped part."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

from app import version

ROOT = Path(__file__).resolve().parents[2]


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def test_the_version_is_pyprojects_through_the_installed_metadata() -> None:
    assert version.version() == _pyproject_version() == importlib.metadata.version("relais")
    assert version.title() == f"Relais {_pyproject_version()}"
    assert version.pdf_creator() == version.title()


def test_a_checkout_never_installed_reads_pyproject(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "relais"\nversion = "9.8.7"\n')
    assert version._version_from_pyproject(tmp_path / "pyproject.toml") == "9.8.7"
    (tmp_path / "other.toml").write_text('[project]\nname = "other"\nversion = "1.0"\n')
    assert version._version_from_pyproject(tmp_path / "other.toml") is None
    assert version._version_from_pyproject(tmp_path / "missing.toml") is None


def test_version_tuple_has_four_numbers() -> None:
    numbers = version.version_tuple()
    assert len(numbers) == 4
    assert ".".join(map(str, numbers[:3])) == _pyproject_version().split("+")[0]


def test_every_python_component_is_installed_and_has_a_licence() -> None:
    names = [c.name for c in version.COMPONENTS]
    assert len(names) == len(set(names))
    for component in version.COMPONENTS:
        assert version.licence_of(component), component.name
        assert component.url.startswith("https://"), component.name
        if component.distribution is not None:
            assert version.distribution_version(component.distribution), component.name


def test_licences_prefer_the_metadata_and_fall_back_to_the_table() -> None:
    by_name = {c.name: c for c in version.COMPONENTS}
    # SQLAlchemy states an SPDX expression; sqlcipher3 states nothing; ReportLab says
    # "BSD license (see license.txt ...)", which is not an expression: the table answers.
    assert version.licence_of(by_name["SQLAlchemy"]) == "MIT"
    assert version.licence_of(by_name["sqlcipher3"]) == "Zlib"
    assert version.licence_of(by_name["ReportLab"]) == "BSD-3-Clause"
    assert "LGPL-3.0" in version.licence_of(by_name["Qt 6"])
    assert version.licence_of(by_name["SQLCipher"]).startswith("BSD")
    assert "DejaVu" in version.licence_of(by_name["DejaVu fonts"])


def _normalised(name: str) -> str:
    """PEP 503 names: ``rl_accel`` and ``rl-accel`` are one distribution."""
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_dependency_is_listed() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    listed = {
        _normalised(importlib.metadata.metadata(c.distribution)["Name"])
        for c in version.COMPONENTS
        if c.distribution is not None
    }
    for requirement in dependencies:
        name = _normalised(re.split(r"[<>=!~;\[ ]", requirement)[0])
        if name == "pyside6":
            name = "pyside6-essentials"  # the Qt libraries Relais uses come from this wheel
        assert name in listed, requirement
