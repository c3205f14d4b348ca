"""Fixtures every screen's tests need: a UiContext on a real encrypted database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.access import Actor
from app.clock import FixedClock
from app.practice import PracticeDatabase
from app.settings import load_practice
from ui.background import wait_for_the_worker
from ui.context import UiContext


@pytest.fixture(autouse=True)
def _worker_idle_between_tests(qtbot: QtBot) -> Iterator[None]:
    """No test's background work may still run while the next test starts, or while
    qtbot closes this test's widgets (set up after qtbot, so torn down before it)."""
    yield
    wait_for_the_worker()
    qtbot.wait(1)


@pytest.fixture
def context(database: PracticeDatabase, admin: Actor, clock: FixedClock) -> UiContext:
    with database.read_session() as session:
        settings = load_practice(session)
    return UiContext(database=database, actor=admin, clock=clock, settings=settings)
