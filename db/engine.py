"""Opening the practice database.

The key is set before any other statement on every connection: a ``connect``
listener that ran ``PRAGMA journal_mode`` first would write a plaintext header
(and, with a wrong key, touch a file it cannot read).  So connections are made
by :func:`connect_encrypted`, which keys the connection, proves the key by
reading the schema, and only then applies the durability pragmas.

One :class:`~sqlalchemy.engine.Engine` serves the whole process and every
thread: each thread checks out its own connection from the pool.  Writes take
SQLite's write lock at ``BEGIN IMMEDIATE`` so that two writers queue behind the
busy timeout instead of failing half-way; readers that only look (table views,
search as you type) use :func:`read_only` and never wait for a writer.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from db.errors import DatabaseError, WrongKeyError
from db.keys import DataKey

# DESIGN §9: 64 MB of page cache took a due-reminders scan from 78 to 9.5 ms.
CACHE_SIZE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 15_000
READ_ONLY_OPTION = "relais_read_only"

DURABILITY_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    f"PRAGMA cache_size = -{CACHE_SIZE_KIB}",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def connect_encrypted(path: Path, key: DataKey) -> Any:
    """Return a keyed DB-API connection to ``path``, or raise :class:`WrongKeyError`.

    With a wrong key nothing is written: the first statement after the key is
    a read, and it fails before any pragma could touch the file.
    """
    connection = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        connection.execute(f"PRAGMA key = {key.sqlcipher_key}")
        # Without this a wrong key prints HMAC errors on stderr (DESIGN §9).
        connection.execute("PRAGMA cipher_log_level = NONE")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise WrongKeyError(
                f"{path.name} cannot be opened with this key: wrong password or recovery "
                "key, or the file is not a Relais database."
            ) from exc
        for pragma in DURABILITY_PRAGMAS:
            connection.execute(pragma)
    except BaseException:
        connection.close()
        raise
    return connection


def check_key(path: Path, key: DataKey) -> None:
    """Raise :class:`WrongKeyError` unless ``key`` opens the existing file ``path``."""
    if not path.exists():
        raise DatabaseError(f"There is no database at {path}.")
    connection = connect_encrypted(path, key)
    connection.close()


def _install_transaction_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front: two writers then wait for
        # each other (busy timeout) instead of deadlocking on lock upgrade.
        if conn.get_execution_options().get(READ_ONLY_OPTION):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_encrypted_engine(path: Path, key: DataKey, *, echo: bool = False) -> Engine:
    """The process-wide engine for an encrypted database file (created if absent)."""
    path = Path(path)
    if path.exists():
        check_key(path, key)  # fail early and clearly, before the pool exists
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_encrypted(path, key),
        module=sqlcipher,
        echo=echo,
        poolclass=QueuePool,
        pool_size=5,
        max_overflow=10,
        pool_pre_ping=False,
    )
    _install_transaction_hooks(engine)
    return engine


def create_plain_engine(path: Path) -> Engine:
    """A plain (unencrypted) SQLite engine with the same settings.

    Only benchmarks use it, to report ratios against the raw engine; the
    application never stores anything unencrypted.
    """
    import sqlite3

    def connect() -> Any:
        connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in DURABILITY_PRAGMAS:
            connection.execute(pragma)
        return connection

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=QueuePool)
    _install_transaction_hooks(engine)
    return engine


def read_only(engine: Engine) -> Engine:
    """The same engine, but transactions start deferred and never block on a writer."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def sidecar_paths(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it is open."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def fsync_directory(directory: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- PostgreSQL (a group practice's shared server) ---------------------------------

SERVER_DRIVER = "postgresql+psycopg"
MIN_SERVER_VERSION = 15
# A desk that vanishes (unplugged, crashed) must free its dispatch lock quickly:
# the server notices a dead peer after about idle + interval x count seconds.
SERVER_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


def is_server_location(text: str | Path) -> bool:
    """True for a database URL (``postgresql+psycopg://...``), false for a file path."""
    return "://" in str(text)


def server_url(text: str, password: str | None = None) -> URL:
    """Parse a PostgreSQL URL; ``password`` (from the keyring or a prompt) is added to it.

    Only the psycopg 3 driver is accepted: it is the one installed with Relais.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise DatabaseError(f"{text!r} is not a database URL.") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername=SERVER_DRIVER)
    if url.drivername != SERVER_DRIVER:
        raise DatabaseError(
            f"Relais works with PostgreSQL ({SERVER_DRIVER}://user@host/database), "
            f"not {url.drivername}."
        )
    if not url.host or not url.database:
        raise DatabaseError(f"{public_url(url)} names no host or no database.")
    if password is not None:
        url = url.set(password=password)
    return url


def public_url(url: URL) -> str:
    """The URL as it may be shown or logged: never with its password."""
    return url.render_as_string(hide_password=True).replace(":***@", "@")


# PostgreSQL advisory-lock number held by every writing transaction ("RELA" + 0x20).
WRITE_LOCK_ID = 0x52454C41 + 0x20


def _install_server_transaction_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # The file's concurrency model on the server too: one writer at a time
        # (SQLite's BEGIN IMMEDIATE), readers never wait.  The audit chain's next
        # link, numbering by max + 1 and check-then-insert caps then stay right
        # with several desks, as on one; a writer waits at most the lock timeout.
        options = conn.get_execution_options()
        if options.get(READ_ONLY_OPTION) or options.get("isolation_level") == "AUTOCOMMIT":
            return
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_ID,))


def create_server_engine(url: URL, *, echo: bool = False, application: str = "relais") -> Engine:
    """The process-wide engine for a PostgreSQL database, checked before use.

    Refuses a server older than PostgreSQL 15 and a superuser role: the
    application's role owns its database and nothing more.
    """
    from sqlalchemy.exc import OperationalError

    connect_args: dict[str, Any] = dict(SERVER_KEEPALIVES)
    connect_args["application_name"] = f"{application}:{os.getpid()}"
    connect_args["connect_timeout"] = 10
    # A writer waits for another as long as on the file (busy timeout), then says so.
    connect_args["options"] = f"-c lock_timeout={BUSY_TIMEOUT_MS}"
    engine = create_engine(
        url,
        echo=echo,
        pool_size=5,
        max_overflow=10,
        pool_pre_ping=True,
        connect_args=connect_args,
    )
    try:
        with engine.connect() as connection:
            version = int(connection.exec_driver_sql("SHOW server_version_num").scalar_one())
            superuser = connection.exec_driver_sql(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
            ).scalar_one()
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            f"Cannot reach the database {public_url(url)}: {_first_line(exc.orig)}"
        ) from exc
    if version < MIN_SERVER_VERSION * 10_000:
        engine.dispose()
        raise DatabaseError(
            f"{public_url(url)} runs PostgreSQL {version // 10_000}; Relais needs "
            f"{MIN_SERVER_VERSION} or newer."
        )
    if superuser:
        engine.dispose()
        raise DatabaseError(
            f"{url.username} is a superuser on {url.host}; Relais connects with a role that "
            "owns its database and nothing more (see docs/postgresql.md)."
        )
    _install_server_transaction_hooks(engine)
    return engine


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if error is not None and str(error) else ""
