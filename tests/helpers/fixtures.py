"""Shared fixtures: a fixed clock and a real encrypted practice database in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.access import Actor
from app.clock import FixedClock
from app.practice import PracticeDatabase, create_practice
from app.settings import PracticeSettings

ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 28, 9, 30, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "practice.relais"


@pytest.fixture
def practice(db_path: Path, clock: FixedClock) -> Iterator[tuple[PracticeDatabase, Actor]]:
    """A new encrypted database with its first admin ("admin" / ADMIN_PASSWORD)."""
    database, actor = create_practice(
        db_path,
        clock,
        admin_username="admin",
        admin_full_name="Alice Admin",
        admin_password=ADMIN_PASSWORD,
        practice=PracticeSettings(name="Cabinet du Parc", city="Lyon", postcode="69003"),
    )
    yield database, actor
    database.close()


@pytest.fixture
def database(practice: tuple[PracticeDatabase, Actor]) -> PracticeDatabase:
    return practice[0]


@pytest.fixture
def admin(practice: tuple[PracticeDatabase, Actor]) -> Actor:
    return practice[1]
