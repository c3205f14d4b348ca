"""Verify, back up and restore the encrypted database (DESIGN §6, §7).

Every integrity check that runs (the nightly job, ``verify`` on the command
line) leaves one ``integrity.checked`` audit event saying what was checked and
how it went, so the transparency report can count them: :func:`verify_and_record`
and :func:`verify_server_and_record`.  The checks themselves only read; the event
is written after them, in its own short transaction.

A backup is one file: a ZIP container (stored, not compressed: its payload is
already encrypted) holding the database exported with ``sqlcipher_export``
under the same data key, the key file (so it restores with the same logins)
and a manifest with the row counts and the export's SHA-256.  Every backup is
opened and checked after writing; a restore checks again before it replaces
anything, and keeps the database it replaces beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import RelaisError
from db.engine import (
    connect_encrypted,
    create_encrypted_engine,
    fsync_directory,
    read_only,
    sidecar_paths,
)
from db.errors import DatabaseError, DatabaseInUseError, WrongKeyError
from db.keys import DataKey, KeyFile, write_atomically
from db.models import AuditEvent

BACKUP_FORMAT = "relais-backup"
BACKUP_VERSION = 1
MANIFEST_NAME = "manifest.json"
KEYS_NAME = "keys.json"
DATABASE_NAME = "database.relais"

log = logging.getLogger(__name__)

# The audit action of an integrity check (counted by app.transparency).
INTEGRITY_CHECKED = "integrity.checked"
# What each kind of check looks at, as its audit event names it.
FILE_CHECKS = ("encryption", "integrity", "audit_chain")
SERVER_CHECKS = ("schema", "append_only_guards", "audit_chain")
# Who ran a check, as its audit event says.
NIGHTLY = "nightly"
COMMAND = "command"
# The log's user for a check opened with the recovery key, which names no user.
RECOVERY_KEY_ACTOR = "recovery-key"


# -- verify ------------------------------------------------------------------------


@dataclass
class VerifyReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    audit_events: int = 0
    # Why the check's audit event could not be written (None: written, or not tried).
    not_recorded: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def _integrity_problems(connection: Any) -> list[str]:
    problems = [
        f"encryption check: {row[0]}"
        for row in connection.execute("PRAGMA cipher_integrity_check").fetchall()
    ]
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except Exception as exc:
        problems.append(f"integrity check: {exc}")
    else:
        problems += [f"integrity check: {row[0]}" for row in rows if row[0] != "ok"]
    return problems


def verify(path: Path, data_key: DataKey) -> VerifyReport:
    """SQLCipher's page HMACs, SQLite's integrity check and the audit chain.

    Reads only: it neither migrates nor writes the file.
    """
    report = VerifyReport(Path(path))
    try:
        connection = connect_encrypted(report.path, data_key)
    except WrongKeyError as exc:
        report.problems.append(str(exc))
        return report
    try:
        report.problems += _integrity_problems(connection)
    finally:
        connection.close()
    if report.problems:
        return report  # reading the audit log through damaged pages proves nothing
    engine = create_encrypted_engine(report.path, data_key)
    try:
        with Session(engine) as session:
            chain = audit.verify_chain(session)
        report.audit_events = chain.events_checked
        if not chain.intact:
            report.problems.append(f"audit log: {chain.problem}")
    finally:
        engine.dispose()
    return report


@dataclass
class ServerVerifyReport:
    """What ``verify`` checks on a PostgreSQL database (the server keeps its own pages)."""

    name: str
    problems: list[str] = field(default_factory=list)
    audit_events: int = 0
    table_rows: dict[str, int] = field(default_factory=dict)
    # Why the check's audit event could not be written (None: written, or not tried).
    not_recorded: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_server(engine: Engine, name: str) -> ServerVerifyReport:
    """The schema is current, the append-only guards are in place, the audit chain holds.

    Page checksums and backups are the server's business (``pg_dump``,
    ``pg_amcheck``): the application's role may not run them.
    """
    from sqlalchemy import func, inspect, select

    from db import schema
    from db.models import Base

    engine = read_only(engine)  # checking must not queue behind a desk that is writing
    report = ServerVerifyReport(name)
    if not schema.is_current(engine):
        report.problems.append(
            f"schema: at {schema.current_revision(engine)}, this Relais expects "
            f"{schema.head_revision()}"
        )
    with engine.connect() as connection:
        guarded = set(
            connection.exec_driver_sql(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgname LIKE '%%append_only'"
            ).scalars()
        )
        for table_name in schema.APPEND_ONLY_TABLES:
            if table_name not in guarded:
                report.problems.append(
                    f"{table_name}: its append-only trigger is missing or disabled"
                )
        present = set(inspect(connection).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name in present:
                report.table_rows[table.name] = int(
                    connection.scalar(select(func.count()).select_from(table)) or 0
                )
    with Session(engine) as session:
        chain = audit.verify_chain(session)
    report.audit_events = chain.events_checked
    if not chain.intact:
        report.problems.append(f"audit log: {chain.problem}")
    return report


def record_check(
    session: Session,
    clock: Clock,
    actor: Actor | str,
    report: VerifyReport | ServerVerifyReport,
    run_by: str,
) -> AuditEvent:
    """The check's ``integrity.checked`` event, in the caller's transaction.

    Counts only: a problem's words may quote a damaged row, so they stay in the
    report and out of the log.
    """
    return audit.record(
        session,
        clock,
        actor,
        INTEGRITY_CHECKED,
        details={
            "database": "file" if isinstance(report, VerifyReport) else "server",
            "checks": list(FILE_CHECKS if isinstance(report, VerifyReport) else SERVER_CHECKS),
            "run_by": run_by,
            "ok": report.ok,
            "problems": len(report.problems),
            "audit_events": report.audit_events,
        },
    )


def _record_after_check(
    engine: Engine,
    clock: Clock,
    actor: Actor | str,
    report: VerifyReport | ServerVerifyReport,
    run_by: str,
) -> None:
    """Write the event in a transaction of its own; a failure to write is said, not raised.

    A failed check is the one that most needs recording, so the write is tried
    even on a damaged database: SQLite and PostgreSQL refuse it when the pages
    it needs are the broken ones, and the check's own report is what the caller
    shows either way.  Only the database's own errors are caught.
    """
    try:
        with Session(engine) as session, session.begin():
            record_check(session, clock, actor, report, run_by)
    except (SQLAlchemyError, DatabaseError) as exc:
        said = str(exc.orig if isinstance(exc, DBAPIError) else exc)
        report.not_recorded = said.splitlines()[0] if said else type(exc).__name__
        log.warning("the integrity check could not be recorded: %s", report.not_recorded)


def verify_and_record(
    path: Path, data_key: DataKey, clock: Clock, actor: Actor | str, run_by: str
) -> VerifyReport:
    """:func:`verify`, then its audit event written to the file it checked.

    The write goes through a connection of its own, opened after the check: one
    the application's pool lent to an operation that failed on a damaged page
    may refuse to write, and that is when the event matters most.
    """
    if not Path(path).exists():  # opening it would make an empty database there
        raise DatabaseError(f"There is no database at {path}.")
    report = verify(path, data_key)
    try:
        engine = create_encrypted_engine(report.path, data_key)
    except DatabaseError as exc:  # the key does not open it: nothing can be written
        report.not_recorded = str(exc)
        return report
    try:
        _record_after_check(engine, clock, actor, report, run_by)
    finally:
        engine.dispose()  # closing the last connection folds the WAL into the file
    return report


def verify_server_and_record(
    engine: Engine, name: str, clock: Clock, actor: Actor | str, run_by: str
) -> ServerVerifyReport:
    """:func:`verify_server`, then its audit event (a writing transaction of its own)."""
    report = verify_server(engine, name)
    _record_after_check(engine, clock, actor, report, run_by)
    return report


# -- backup ------------------------------------------------------------------------


@dataclass
class BackupReport:
    path: Path
    size_bytes: int
    table_rows: dict[str, int]
    sha256: str


def _row_counts(connection: Any, schema: str = "main") -> dict[str, int]:
    counts = {}
    for name in _table_names_in(connection, schema):
        query = f'SELECT count(*) FROM {schema}."{name}"'  # noqa: S608 -- names from sqlite_master
        counts[name] = int(connection.execute(query).fetchone()[0])
    return counts


def _table_names_in(connection: Any, schema: str) -> list[str]:
    rows = connection.execute(  # schema is "main" or our own alias, never user input
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "  # noqa: S608
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [str(row[0]) for row in rows]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _export(engine: Engine, data_key: DataKey, target: Path) -> dict[str, int]:
    """Copy the live database into ``target`` under the same key; return its row counts."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"ATTACH DATABASE ? AS backup KEY {data_key.sqlcipher_key}", (str(target),))
        try:
            # One read transaction: the counts describe exactly what was exported.
            cursor.execute("BEGIN")
            counts = _row_counts(cursor)
            cursor.execute("SELECT sqlcipher_export('backup')")
            cursor.execute("COMMIT")
        finally:
            with contextlib.suppress(Exception):
                cursor.execute("ROLLBACK")
            cursor.execute("DETACH DATABASE backup")
        cursor.close()
    except BaseException:
        # An export that failed on a damaged page leaves this connection refusing every
        # write ("attempt to write a readonly database"): the pool must not lend it again.
        raw.invalidate()
        raise
    finally:
        raw.close()
    return counts


def _check_copy(path: Path, data_key: DataKey, expected_rows: dict[str, int]) -> None:
    connection = connect_encrypted(path, data_key)
    try:
        problems = _integrity_problems(connection)
        if problems:
            raise DatabaseError(f"The copy failed its checks: {problems[0]}")
        actual = _row_counts(connection)
        # The export itself must not carry WAL state: fold it into the file.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
    if actual != expected_rows:
        raise DatabaseError(
            f"The copy does not hold the same rows as the database ({actual} != {expected_rows})."
        )


def backup(
    engine: Engine,
    database_path: Path,
    data_key: DataKey,
    out: Path,
    session: Session,
    clock: Clock,
    actor: Actor,
) -> BackupReport:
    """Write one verified, encrypted backup file to ``out`` and audit it in ``session``."""
    actor.require(Permission.BACKUP)
    out = Path(out)
    if out.exists():
        raise RelaisError(f"{out} already exists; choose a new file name for the backup.")
    key_file = KeyFile.load(KeyFile.path_for(database_path))
    with tempfile.TemporaryDirectory(prefix=".relais-backup-", dir=out.parent) as work_dir:
        exported = Path(work_dir) / DATABASE_NAME
        try:
            counts = _export(engine, data_key, exported)
            _check_copy(exported, data_key, counts)
        except OSError as exc:
            raise RelaisError(f"Cannot write the backup in {out.parent}: {exc.strerror}") from exc
        digest = _sha256(exported)
        manifest = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "created_at": clock.now().isoformat(),
            "created_by": actor.username,
            "database_id": key_file.database_id,
            "database_sha256": digest,
            "table_rows": counts,
        }
        partial = Path(work_dir) / (out.name + ".partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2, sort_keys=True))
                archive.writestr(KEYS_NAME, key_file.dumps())
                archive.write(exported, DATABASE_NAME)
            with partial.open("rb") as handle:
                os.fsync(handle.fileno())
            _read_backup(partial)  # the file as written must read back
            os.replace(partial, out)
            fsync_directory(out.parent)
        except OSError as exc:
            raise RelaisError(f"Cannot write the backup {out}: {exc.strerror}") from exc
    audit.record(
        session,
        clock,
        actor,
        "backup.created",
        details={"file": out.name, "sha256": digest, "rows": sum(counts.values())},
    )
    return BackupReport(out, out.stat().st_size, counts, digest)


@dataclass
class BackupContents:
    manifest: dict[str, Any]
    key_file: KeyFile
    database_bytes: bytes


def _read_backup(path: Path) -> BackupContents:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST_NAME))
            key_file = KeyFile.loads(archive.read(KEYS_NAME).decode("utf-8"), f"{path.name} keys")
            content = archive.read(DATABASE_NAME)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise RelaisError(f"{path} is not a Relais backup or is damaged: {exc}") from exc
    if manifest.get("format") != BACKUP_FORMAT:
        raise RelaisError(f"{path} is not a Relais backup.")
    if hashlib.sha256(content).hexdigest() != manifest.get("database_sha256"):
        raise RelaisError(f"{path} is damaged: its database does not match its checksum.")
    return BackupContents(manifest, key_file, content)


def read_backup_keys(path: Path) -> KeyFile:
    return _read_backup(Path(path)).key_file


# -- restore ------------------------------------------------------------------------


@dataclass
class RestoreReport:
    path: Path
    created_at: str
    table_rows: dict[str, int]
    previous_kept_as: Path | None


def ensure_closed(path: Path) -> None:
    """Refuse to replace a database that is open (or was not closed cleanly)."""
    for sidecar in sidecar_paths(path):
        if sidecar.exists():
            raise DatabaseInUseError(
                f"{path.name} is open (or was not closed cleanly: {sidecar.name} exists). "
                "Close Relais on every computer using it, then restore."
            )


def restore(backup_path: Path, target: Path, data_key: DataKey, now: datetime) -> RestoreReport:
    """Replace ``target`` with the backup; the database it replaces is kept beside it."""
    backup_path, target = Path(backup_path), Path(target)
    ensure_closed(target)
    contents = _read_backup(backup_path)
    expected = {str(k): int(v) for k, v in contents.manifest.get("table_rows", {}).items()}
    key_path = KeyFile.path_for(target)
    with tempfile.TemporaryDirectory(prefix=".relais-restore-", dir=target.parent) as work_dir:
        staged = Path(work_dir) / target.name
        staged.write_bytes(contents.database_bytes)
        _check_copy(staged, data_key, expected)
        for sidecar in sidecar_paths(staged):
            sidecar.unlink(missing_ok=True)
        kept: Path | None = None
        if target.exists():
            stamp = now.strftime("%Y%m%d-%H%M%S")
            kept = target.with_name(f"{target.name}.before-restore-{stamp}")
            os.replace(target, kept)
            if key_path.exists():
                shutil.copy2(key_path, KeyFile.path_for(kept))
        os.replace(staged, target)
        write_atomically(key_path, contents.key_file.dumps().encode("utf-8"))
        fsync_directory(target.parent)
    return RestoreReport(target, str(contents.manifest.get("created_at")), expected, kept)


def dump_tables(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered: two databases are identical when dumps are equal."""
    with engine.connect() as connection:
        names = [
            row[0]
            for row in connection.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            )
        ]
        return {
            name: sorted(
                (
                    tuple(row)
                    for row in connection.exec_driver_sql(
                        f'SELECT * FROM "{name}"'  # noqa: S608 -- names from sqlite_master
                    )
                ),
                key=repr,
            )
            for name in names
        }


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the file and empty it, so old page versions leave the disk."""
    raw = engine.raw_connection()  # outside a transaction: a checkpoint cannot run in one
    try:
        busy, _, _ = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    if busy:
        raise DatabaseError("The database is busy (another reader); try again in a moment.")
