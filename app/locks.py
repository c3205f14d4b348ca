"""One dispatcher at a time.

A single desk locks a file beside the database; a group practice's server
holds a PostgreSQL advisory lock.  Either is released when the process dies,
however it dies, so a crashed dispatcher never blocks the next one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from app.errors import RelaisError


class AlreadyRunning(RelaisError):
    """Another process holds the lock: it is dispatching right now."""


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".dispatch.lock")


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold the lock for the block, or raise :class:`AlreadyRunning` at once."""
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            _lock(handle)
        except OSError:
            raise AlreadyRunning(
                f"Another Relais process is already sending messages ({path.name})."
            ) from None
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        os.close(handle)


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: int) -> None:
        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


# One number for "sending messages" in PostgreSQL's advisory-lock space ("RELA").
DISPATCH_LOCK_ID = 0x52454C41
NIGHTLY_LOCK_ID = DISPATCH_LOCK_ID + 1


@contextmanager
def advisory(engine: Engine, lock_id: int) -> Iterator[None]:
    """Hold a PostgreSQL session-level advisory lock for the block.

    The lock lives on one connection kept for the block: if the process dies,
    the server closes the session and frees the lock, so another desk takes
    over on its next tick.
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        taken = connection.exec_driver_sql(
            "SELECT pg_try_advisory_lock(%(id)s)", {"id": lock_id}
        ).scalar_one()
        if not taken:
            raise AlreadyRunning("Another Relais desk is already sending messages.")
        try:
            yield
        finally:
            connection.exec_driver_sql("SELECT pg_advisory_unlock(%(id)s)", {"id": lock_id})
