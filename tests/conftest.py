"""Suite-wide settings: headless Qt, GUI tests marked by folder, shared fixtures."""

from __future__ import annotations

import os

# Before anything imports Qt: the suite never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RELAIS_TEST", "1")

import pytest

from tests.helpers.fixtures import *  # noqa: F403 -- fixtures are found by name

# The database-facing suites run on both engines; GUI tests use the file only.
BOTH_ENGINES_UNDER = ("/tests/app/", "/tests/db/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_engine" not in metafunc.fixturenames:
        return
    path = str(metafunc.definition.path).replace("\\", "/")
    kinds = ["file"]
    if any(
        part in path for part in BOTH_ENGINES_UNDER
    ) and not metafunc.definition.get_closest_marker("file_only"):
        kinds.append("postgres")
    metafunc.parametrize("database_engine", kinds, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
