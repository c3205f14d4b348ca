"""One dispatcher at a time: an exclusive lock on a file beside the database.

The operating system releases the lock when the process dies, however it
dies, so a crashed dispatcher never blocks the next one.  (PostgreSQL
practices use an advisory lock instead; see the group-practice work.)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
