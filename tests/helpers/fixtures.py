"""Shared fixtures: a fixed clock and a real practice database.

The database is an encrypted file in tmp_path, and, for the database-facing
tests (tests/app, tests/db), also a fresh database on a real PostgreSQL
server: the ``database_engine`` parameter says which (see tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from app.access import Actor
from app.clock import FixedClock
from app.practice import (
    FileDatabase,
    PracticeDatabase,
    ServerDatabase,
    create_practice,
    create_server_practice,
)
from app.server_credentials import PASSWORD_ENV
from app.settings import PracticeSettings
from db.engine import public_url
from tests.helpers.postgres import PostgresServer, postgres_for_the_session

ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 28, 9, 30, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "practice.relais"


FILE = "file"
POSTGRES = "postgres"


@pytest.fixture
def database_engine(request: pytest.FixtureRequest) -> str:
    """Which engine holds the practice: "file" (SQLCipher) unless parametrized."""
    return str(getattr(request, "param", FILE))


@pytest.fixture
def practice(
    database_engine: str, db_path: Path, clock: FixedClock, request: pytest.FixtureRequest
) -> Iterator[tuple[PracticeDatabase, Actor]]:
    """A new database with its first admin ("admin" / ADMIN_PASSWORD)."""
    settings = PracticeSettings(name="Cabinet du Parc", city="Lyon", postcode="69003")
    if database_engine == POSTGRES:
        server = request.getfixturevalue("postgres_database")
        database, actor = create_server_practice(
            server,
            clock,
            admin_username="admin",
            admin_full_name="Alice Admin",
            admin_password=ADMIN_PASSWORD,
            practice=settings,
        )
    else:
        database, actor = create_practice(
            db_path,
            clock,
            admin_username="admin",
            admin_full_name="Alice Admin",
            admin_password=ADMIN_PASSWORD,
            practice=settings,
        )
    yield database, actor
    database.close()


@pytest.fixture
def database(practice: tuple[PracticeDatabase, Actor]) -> PracticeDatabase:
    return practice[0]


@pytest.fixture
def admin(practice: tuple[PracticeDatabase, Actor]) -> Actor:
    return practice[1]


@dataclass(frozen=True)
class CliTarget:
    """How the command line reaches the test's practice: ``--db`` and its environment."""

    db: str
    environ: dict[str, str]


@pytest.fixture
def cli_target(practice: tuple[PracticeDatabase, Actor]) -> CliTarget:
    environ = {"RELAIS_PASSPHRASE": ADMIN_PASSWORD, "RELAIS_USER": "admin"}
    database = practice[0]
    if isinstance(database, ServerDatabase):
        assert database.url.password is not None
        environ[PASSWORD_ENV] = database.url.password
        return CliTarget(public_url(database.url), environ)
    assert isinstance(database, FileDatabase)
    return CliTarget(str(database.path), environ)


# -- PostgreSQL ------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server(worker_id: str) -> Iterator[PostgresServer]:
    """The run's PostgreSQL server (tests/helpers/pg_cluster.py), with this worker's template."""
    with postgres_for_the_session(worker_id) as server:
        yield server


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[URL]:
    """A new, migrated, empty database owned by the application's (non-superuser) role."""
    with postgres_server.fresh_database() as url:
        yield url
