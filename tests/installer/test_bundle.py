"""The built Linux bundle (``make bundle``) starts and works with nothing but itself.

Skipped when ``dist/relais/`` has not been built.  The bundle runs with a
temporary home and XDG folders, so it cannot lean on the developer's files,
and the install folder is checked unchanged afterwards: the practice's data
goes to the user data folder, never beside the program.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.version import version
from installer import spec_data

BUNDLE = spec_data.ROOT / "dist" / spec_data.EXECUTABLE
EXECUTABLE = BUNDLE / spec_data.EXECUTABLE
INTERNAL = BUNDLE / "_internal"


def _stale() -> bool:
    """True when a source the bundle is made of changed after it was built.

    ``make bundle`` always rebuilds before testing; ``make test`` finds whatever bundle
    is lying in dist/, and an old one would fail for reasons that are not the change
    under test (a migration added since, say).
    """
    if not EXECUTABLE.is_file() or os.environ.get("RELAIS_BUNDLE_JUST_BUILT"):
        return False  # make bundle sets it: the sources may move on while it builds
    built = EXECUTABLE.stat().st_mtime
    root = spec_data.ROOT
    sources = [root / "main.py", root / "installer" / "relais.spec", root / "pyproject.toml"]
    for folder in ("app", "db", "ui", "resources", "installer"):
        sources.extend(path for path in (root / folder).rglob("*") if path.is_file())
    return any(path.stat().st_mtime > built for path in sources if "__pycache__" not in path.parts)


pytestmark = [
    pytest.mark.skipif(
        not EXECUTABLE.is_file(),
        reason=f"no bundle at {BUNDLE}: `make bundle` builds it (and runs these tests)",
    ),
    pytest.mark.skipif(
        _stale(), reason=f"{BUNDLE} is older than the sources: `make bundle` rebuilds and tests it"
    ),
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="the bundle checked here is the Linux one"
    ),
]


def _clean_environment(tmp_path: Path) -> dict[str, str]:
    """A user with an empty home: no venv, no checkout, no PYTHONPATH, no display."""
    home = tmp_path / "home"
    home.mkdir()
    keep = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TMPDIR": str(tmp_path)}
    return keep | {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _listing(folder: Path) -> set[tuple[str, int]]:
    return {
        (str(path.relative_to(folder)), path.stat().st_size)
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_self_test_passes_from_the_bundle_and_leaves_the_install_folder_alone(tmp_path) -> None:
    before = _listing(BUNDLE)
    result = subprocess.run(
        [str(EXECUTABLE), "--self-test"],
        env=_clean_environment(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert out.startswith(f"Relais {version()} self-test")
    for step in (
        "create encrypted database",
        "add a patient and an appointment",
        "plan and queue the reminder letter",
        "render the letter PDF",
        "sign in again and read back",
        "check encryption and fonts",
    ):
        assert f"ok  {step}" in out, step
    assert "DejaVu embedded" in out
    assert "sqlcipher: 4." in out
    assert "self-test passed in" in out
    assert result.stderr == ""
    assert _listing(BUNDLE) == before  # nothing written beside the program
    assert not list(tmp_path.glob("relais-self-test-*"))  # its temporary folder is gone


def test_first_launch_opens_the_first_run_wizard_with_the_data_in_the_user_folder(
    tmp_path,
) -> None:
    env = _clean_environment(tmp_path)
    # ui/app.py's start-up probe: print which window painted first, then quit.
    env["RELAIS_STARTUP_PROBE"] = "1"
    before = _listing(BUNDLE)
    result = subprocess.run(
        [str(EXECUTABLE)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "window=FirstRunWizard" in result.stdout, result.stdout + result.stderr
    assert _listing(BUNDLE) == before
    data_folder = Path(env["XDG_DATA_HOME"]) / "Relais"
    assert not (data_folder / "practice.relais").exists()  # the wizard has not created it yet


def test_the_bundle_holds_fonts_translations_migrations_licences_and_qt_plugins() -> None:
    for relative in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/DejaVu-LICENSE.txt",
        "resources/translations/relais_fr.qm",
        "resources/translations/relais_en.qm",
        "resources/templates/fr/appointment_reminder/letter_formal.txt",
        "resources/icons/relais.png",
        "db/migrations/env.py",
        "db/migrations/versions/0001_initial.py",
        "licences/Qt-LGPL-notice.txt",
        "licences/SQLCipher-LICENSE.txt",
    ):
        assert (INTERNAL / relative).is_file(), relative
    # The package metadata app/version.py reads: a wheel install leaves a .dist-info, the
    # editable install of a checkout (make bundle) an .egg-info.
    metadata = [
        *INTERNAL.glob("relais-*.dist-info/METADATA"),
        *INTERNAL.glob("relais.egg-info/PKG-INFO"),
    ]
    assert len(metadata) == 1, metadata
    assert f"\nVersion: {version()}\n" in metadata[0].read_text(encoding="utf-8")
    shipped_versions = {p.name for p in (INTERNAL / "db/migrations/versions").glob("0*.py")}
    source_versions = {p.name for p in (spec_data.ROOT / "db/migrations/versions").glob("0*.py")}
    assert shipped_versions == source_versions
    assert not list((INTERNAL / "resources/translations").glob("*.ts"))

    plugins = INTERNAL / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqjpeg.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    assert list((INTERNAL / "PySide6" / "Qt" / "translations").glob("qtbase_fr.qm"))
    assert list((INTERNAL / "PySide6" / "Qt" / "lib").glob("libQt6Pdf.so*"))
    assert list((INTERNAL / "PySide6" / "Qt" / "lib").glob("libQt6PrintSupport.so*"))
    assert not list((INTERNAL / "PySide6" / "Qt" / "lib").glob("libQt6WebEngine*"))
    assert list(INTERNAL.glob("sqlcipher3/_sqlite3*.so"))
