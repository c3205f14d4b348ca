"""Suite-wide settings: headless Qt, GUI tests marked by folder, shared fixtures."""

from __future__ import annotations

import os

# Before anything imports Qt: the suite never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RELAIS_TEST", "1")

import pytest

from tests.helpers.fixtures import *  # noqa: F403 -- fixtures are found by name


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
