"""Long work as plain functions that take a :class:`Progress` (CONVENTIONS 6).

The same function runs from the GUI (on a worker thread, progress shown in a
dialog), from the command line and from the scheduler; the object only carries
numbers and a cancel flag, so it is safe to share between threads.
"""

from __future__ import annotations

import threading

from app.errors import Cancelled


class Progress:
    """Thread-safe progress and cancellation shared by a task and whoever watches it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._done = 0
        self._total = 0
        self._message = ""

    def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
        """Report progress, and stop the task here if cancel was asked."""
        with self._lock:
            self._done = done
            if total is not None:
                self._total = total
            if message is not None:
                self._message = message
        self.check()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("Cancelled; nothing was changed.")

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self._done, self._total, self._message
