"""Shared fixtures: a fixed clock and a real practice database.

The database is an encrypted file in tmp_path, and, for the database-facing
tests (tests/app, tests/db), also a fresh database on a real PostgreSQL
server: the ``database_engine`` parameter says which (see tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import Engine, create_engine, insert, select
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from app.access import Actor
from app.clock import FixedClock
from app.practice import (
    FileDatabase,
    PracticeDatabase,
    ServerDatabase,
    create_practice,
    create_server_practice,
    open_server,
    open_with_key,
)
from app.server_credentials import PASSWORD_ENV
from app.settings import PracticeSettings
from db.engine import public_url
from db.keys import DataKey, KeyFile
from db.models import Base
from db.schema import APPEND_ONLY_TABLES, sync_sequences
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


SETTINGS = PracticeSettings(name="Cabinet du Parc", city="Lyon", postcode="69003")
FIRST_ADMIN = {
    "admin_username": "admin",
    "admin_full_name": "Alice Admin",
    "admin_password": ADMIN_PASSWORD,
}


class PracticeTemplates:
    """New practices made once per creation instant, then copied for each test.

    Setting up a practice costs two Argon2 derivations and sixteen migrations
    (about 0.6 s of CPU on the file); a copy costs milliseconds.  The copy is
    the same bytes a new practice would be: the same admin, settings, audit
    events and key slot (so every test's file shares one data key).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[datetime, tuple[Path, DataKey, Actor]] = {}
        self.servers: dict[datetime, _ServerPractice] = {}

    def file_practice(self, target: Path, clock: FixedClock) -> tuple[FileDatabase, Actor]:
        made = self.files.get(clock.now())
        if made is None:
            path = self.folder / f"practice-{len(self.files)}.relais"
            database, actor = create_practice(path, clock, **FIRST_ADMIN, practice=SETTINGS)
            database.close()
            made = self.files[clock.now()] = (path, database.data_key, actor)
        path, data_key, actor = made
        shutil.copyfile(path, target)
        shutil.copyfile(KeyFile.path_for(path), KeyFile.path_for(target))
        return open_with_key(target, data_key), actor

    @contextlib.contextmanager
    def server_practice(
        self, server: PostgresServer, clock: FixedClock
    ) -> Iterator[tuple[ServerDatabase, Actor]]:
        """This worker's practice database on the server, put back as it was first made.

        Putting it back (deleting every row, inserting the new practice's few
        rows) takes about 60 ms; copying a database took 0.5 s on a busy
        machine, most of it the checkpoint CREATE DATABASE forces.
        """
        made = self.servers.get(clock.now())
        if made is None:
            made = self.servers[clock.now()] = _ServerPractice.make(
                server, clock, len(self.servers)
            )
        made.put_back()
        database = open_server(made.url)
        try:
            yield database, made.actor
        finally:
            database.close()


@dataclass
class _ServerPractice:
    url: URL
    actor: Actor
    rows: dict[str, list[dict[str, object]]]
    owner: Engine  # the server's administrator, on this database

    @classmethod
    def make(cls, server: PostgresServer, clock: FixedClock, number: int) -> _ServerPractice:
        url = server.create_database(f"{server.template}_practice_{number}")
        database, actor = create_server_practice(url, clock, **FIRST_ADMIN, practice=SETTINGS)
        with database.read_session() as session:
            rows = {
                table.name: [dict(row._mapping) for row in session.execute(select(table))]
                for table in Base.metadata.sorted_tables
            }
        database.close()
        owner = create_engine(server.admin_url.set(database=url.database), poolclass=NullPool)
        return cls(url, actor, {name: found for name, found in rows.items() if found}, owner)

    def put_back(self) -> None:
        with self.owner.begin() as connection:
            # A test's leftover connection must not hold a lock over the next test.
            connection.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            # The append-only logs refuse DELETE (row triggers); TRUNCATE fires none.
            connection.exec_driver_sql(f"TRUNCATE {', '.join(APPEND_ONLY_TABLES)}")
            for table in reversed(Base.metadata.sorted_tables):
                if table.name not in APPEND_ONLY_TABLES:
                    connection.execute(table.delete())
            for table in Base.metadata.sorted_tables:
                if table.name in self.rows:
                    connection.execute(insert(table), self.rows[table.name])
            sync_sequences(connection)


@pytest.fixture(scope="session")
def practice_templates(tmp_path_factory: pytest.TempPathFactory) -> PracticeTemplates:
    return PracticeTemplates(tmp_path_factory.mktemp("practice-templates"))


@pytest.fixture
def practice(
    database_engine: str,
    db_path: Path,
    clock: FixedClock,
    practice_templates: PracticeTemplates,
    request: pytest.FixtureRequest,
) -> Iterator[tuple[PracticeDatabase, Actor]]:
    """A new database with its first admin ("admin" / ADMIN_PASSWORD)."""
    if database_engine == POSTGRES:
        server = request.getfixturevalue("postgres_server")
        with practice_templates.server_practice(server, clock) as opened:
            yield opened
        return
    database, actor = practice_templates.file_practice(db_path, clock)
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


@pytest.fixture
def keychain(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """A real keyring backend writing to tmp_path, standing in for this machine's keychain."""
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# -- PostgreSQL ------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    """The run's PostgreSQL server (tests/helpers/pg_cluster.py), with this worker's template."""
    worker = getattr(request.config, "workerinput", {}).get("workerid", "main")
    with postgres_for_the_session(worker) as server:
        yield server


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[URL]:
    """A new, migrated, empty database owned by the application's (non-superuser) role."""
    with postgres_server.fresh_database() as url:
        yield url
