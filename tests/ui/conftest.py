"""Fixtures every screen's tests need: a UiContext on a real encrypted database."""

from __future__ import annotations

import pytest

from app.access import Actor
from app.clock import FixedClock
from app.practice import PracticeDatabase
from app.settings import load_practice
from ui.context import UiContext


@pytest.fixture
def context(database: PracticeDatabase, admin: Actor, clock: FixedClock) -> UiContext:
    with database.read_session() as session:
        settings = load_practice(session)
    return UiContext(database=database, actor=admin, clock=clock, settings=settings)
