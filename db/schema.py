"""Bringing a database to the current schema with Alembic.

Alembic is imported only here, and only when a database is opened, because it
costs start-up time the login dialog should not pay (DESIGN §9).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Tables the database itself keeps append-only (triggers, migrations 0001 and 0002).
APPEND_ONLY_TABLES = ("audit_event", "consent_event")


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def head_revision() -> str:
    """The newest migration this Relais ships (read once: the scripts do not change)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


# PostgreSQL advisory-lock number for "migrating the schema" ("RELA" + 0x10).
MIGRATION_LOCK_ID = 0x52454C41 + 0x10


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every pending migration in one transaction.

    On a shared server several desks may start together after an update: the
    first takes a lock held until its transaction ends, and the others, once
    they have it, find nothing left to do.
    """
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_ID,))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def sync_sequences(connection: Connection) -> None:
    """Move every PostgreSQL id sequence past the largest id in its table.

    Rows written with explicit ids (seeded by a migration, or copied from a
    file by ``migrate-to``) do not advance a sequence; the next insert would
    then collide with them.  SQLite needs nothing: it takes the next rowid.
    """
    if connection.dialect.name != "postgresql":
        return
    owned = connection.exec_driver_sql(
        "SELECT t.relname, a.attname FROM pg_class s "
        "JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE s.relkind = 'S' AND n.nspname = current_schema()"
    ).all()
    for table, column in owned:
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "  # noqa: S608 -- names from the catalogue
            f'COALESCE((SELECT max("{column}") FROM "{table}"), 0) + 1, false)'
        )
