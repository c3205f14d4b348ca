"""Moving a single-desk practice onto a PostgreSQL server (``migrate-to``).

The file is read in one read transaction (a consistent snapshot even if a
desk is still writing to it) and written to the server in one write
transaction: either the whole practice arrives, counted and with its audit
chain verified, or the server is left without any of its data.

Values travel through the models' own column types, so they arrive as the
application would have written them on the server: aware UTC datetimes,
JSON documents, bytes, dates, times and booleans.  Enumerations are copied as
the strings stored, without going through the Python enum, so a value this
version no longer knows still arrives unchanged rather than stopping the move.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Enum,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    type_coerce,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import RelaisError
from app.practice import FileDatabase, holds_data
from db import schema
from db.engine import create_server_engine, public_url, read_only
from db.errors import DatabaseError
from db.models import AuditEvent, Base, User

# Rows per round trip: large enough that the server's latency does not
# dominate, small enough that a table of large PDFs stays a few MB in memory.
BATCH_ROWS = 1_000

MOVED_ACTION = "database.moved"


class TargetHoldsData(RelaisError):
    """The server database is not empty: Relais never writes over one."""


class MoveCancelled(RelaisError):
    """The move was stopped before it committed; the server holds none of the practice."""


class MoveNotVerified(RelaisError):
    """The copy does not match the file; nothing was committed on the server."""


@dataclass(frozen=True)
class TableCopied:
    """Progress: one more table is on the server (``done`` of ``total`` tables)."""

    table: str
    rows: int
    done: int
    total: int


@dataclass(frozen=True)
class MoveReport:
    """What arrived on the server, as counted there before committing."""

    source: str
    target: str
    table_rows: Mapping[str, int]
    audit_events: int
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.table_rows.values())


def move_to_server(
    source: FileDatabase,
    target_url: URL,
    clock: Clock,
    actor: Actor,
    *,
    progress: Callable[[TableCopied], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> MoveReport:
    """Copy every row of the signed-in file ``source`` into the empty database at ``target_url``.

    The server is brought to the current schema first (an empty schema is not
    practice data: a failed move can simply be tried again).  Then, in one
    transaction, the rows are copied table by table in foreign-key order,
    the id sequences moved past them, the copy counted and the audit chain
    verified on the server, and only then is the move itself audited there.
    """
    actor.require(Permission.BACKUP)
    started = time.monotonic()
    target_name = public_url(target_url)
    engine = create_server_engine(target_url)
    try:
        arrived, events = _move(source, engine, target_name, clock, actor, progress, cancelled)
    except DBAPIError as exc:
        raise DatabaseError(
            f"moving to {target_name} failed and kept none of the practice: {_first_line(exc.orig)}"
        ) from exc
    finally:
        engine.dispose()
    return MoveReport(
        source=source.display_name,
        target=target_name,
        table_rows=arrived,
        audit_events=events,
        seconds=time.monotonic() - started,
    )


def _move(
    source: FileDatabase,
    engine: Engine,
    target_name: str,
    clock: Clock,
    actor: Actor,
    progress: Callable[[TableCopied], None] | None,
    cancelled: Callable[[], bool],
) -> tuple[dict[str, int], int]:
    if holds_data(engine):
        raise TargetHoldsData(
            f"{target_name} already holds data; Relais moves a practice only into an "
            "empty database."
        )
    schema.upgrade(engine)
    tables = Base.metadata.sorted_tables
    with read_only(source.engine).connect() as reading, reading.begin():
        expected = _row_counts(reading, tables)
        with engine.begin() as writing:
            _same_revision(reading, writing, target_name)
            _clear_seeded_rows(writing, tables, target_name)
            for done, table in enumerate(tables, start=1):
                copied = _copy_table(reading, writing, table, cancelled)
                if progress is not None:
                    progress(TableCopied(table.name, copied, done, len(tables)))
            schema.sync_sequences(writing)
            arrived = _row_counts(writing, tables)
            events = _verify(writing, expected, arrived, target_name)
            _record_move(writing, clock, actor, source, arrived)
    return arrived, events


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error is not None and str(error) else ""


def _same_revision(reading: Connection, writing: Connection, target_name: str) -> None:
    """Both databases at the same migration: the tables copied are then the same tables."""
    revision = "SELECT version_num FROM alembic_version"
    source_revision = reading.exec_driver_sql(revision).scalar()
    target_revision = writing.exec_driver_sql(revision).scalar()
    if source_revision != target_revision:
        raise MoveNotVerified(
            f"the file's schema is at {source_revision} and {target_name}'s at "
            f"{target_revision}; both must run the same version of Relais."
        )


def _row_counts(connection: Connection, tables: list[Table]) -> dict[str, int]:
    return {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in tables
    }


def _clear_seeded_rows(writing: Connection, tables: list[Table], target_name: str) -> None:
    """Remove what the migrations put in the fresh schema (the standard purposes).

    The file has the same rows under the same ids, perhaps renamed or switched
    off since: deleting the seeds and copying the file's rows makes the server
    an exact copy, where merging would have to decide which version wins.
    Checked again here, under the server's write lock, because another desk
    may have set the database up since :func:`holds_data` looked.  Seeded
    tables are never append-only, so the triggers allow the delete.
    """
    for name in (User.__tablename__, *schema.APPEND_ONLY_TABLES):
        table = Base.metadata.tables[name]
        if writing.scalar(select(func.count()).select_from(table)):
            raise TargetHoldsData(
                f"{target_name} already holds data ({name}); Relais moves a practice only "
                "into an empty database."
            )
    for table in reversed(tables):
        writing.execute(delete(table))


def _readable_columns(table: Table) -> list[Any]:
    return [
        type_coerce(column, String()).label(column.name)
        if isinstance(column.type, Enum)
        else column
        for column in table.columns
    ]


def _copy_table(
    reading: Connection, writing: Connection, table: Table, cancelled: Callable[[], bool]
) -> int:
    """Stream ``table`` across in primary-key order, one batch in memory at a time."""
    keys = [column.key for column in table.columns]
    statement = select(*_readable_columns(table)).order_by(*table.primary_key.columns)
    copied = 0
    for rows in _batches(reading, statement):
        if cancelled():
            raise MoveCancelled("The move was cancelled; the server holds none of the practice.")
        writing.execute(insert(table), [dict(zip(keys, row, strict=True)) for row in rows])
        copied += len(rows)
    if cancelled():
        raise MoveCancelled("The move was cancelled; the server holds none of the practice.")
    return copied


def _batches(reading: Connection, statement: Any) -> Iterator[list[Any]]:
    result = reading.execution_options(yield_per=BATCH_ROWS).execute(statement)
    for partition in result.partitions():
        yield list(partition)


def _verify(
    writing: Connection, expected: Mapping[str, int], arrived: Mapping[str, int], target_name: str
) -> int:
    """Every table has as many rows as in the file, and the audit chain holds on the server."""
    for name, count in expected.items():
        if arrived[name] != count:
            raise MoveNotVerified(
                f"{name}: {arrived[name]} rows arrived on {target_name}, the file has {count}."
            )
    with Session(bind=writing) as session:
        chain = audit.verify_chain(session)
    if not chain.intact:
        raise MoveNotVerified(f"audit log on {target_name}: {chain.problem}")
    if chain.events_checked != expected[AuditEvent.__tablename__]:
        raise MoveNotVerified(
            f"audit log on {target_name}: {chain.events_checked} events verified, "
            f"the file has {expected[AuditEvent.__tablename__]}."
        )
    return chain.events_checked


def _record_move(
    writing: Connection,
    clock: Clock,
    actor: Actor,
    source: FileDatabase,
    arrived: Mapping[str, int],
) -> None:
    """The move's own event, chained to the last copied one.

    Written after the verification so that the copy is compared with the file
    as it was (same counts, same number of events), and before the commit so
    that a practice never arrives without it.
    """
    with Session(bind=writing) as session:
        audit.record(
            session,
            clock,
            actor,
            MOVED_ACTION,
            details={"from": source.display_name, "rows": sum(arrived.values())},
        )
