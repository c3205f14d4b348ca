"""The one way to run long work off the GUI thread (CONVENTIONS 5-7).

``run_in_background(parent, task, ...)`` runs ``task(progress)`` on the single
database worker thread and hands the result (or the exception) back on the GUI
thread by signal.  A busy cursor appears after 150 ms and a progress dialog
with a Cancel button after 500 ms, so quick work never flashes a dialog.  The
task must open its own Session inside the worker and never touch a widget.

Work that never touches the database and runs for minutes (printing a long run)
passes its own ``pool``, so that database work is not held up meanwhile.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.errors import Cancelled
from app.tasks import Progress

BUSY_CURSOR_AFTER_MS = 150
DIALOG_AFTER_MS = 500
POLL_MS = 100

_database_pool: QThreadPool | None = None
# Every pool a task ran on, so that closing the app waits for all of them.
_pools_used: list[QThreadPool] = []
_kept: set[BackgroundTask] = set()
_finished: list[BackgroundTask] = []
RELEASE_RETRY_MS = 50


def database_pool() -> QThreadPool:
    """One worker: database writes are serialised, never two at once from the GUI."""
    global _database_pool  # noqa: PLW0603 -- one pool per process, created on first use
    if _database_pool is None:
        _database_pool = QThreadPool()
        _database_pool.setMaxThreadCount(1)
    return _database_pool


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, task: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        # Released by its BackgroundTask on the GUI thread, never by the pool's thread.
        self.setAutoDelete(False)
        self.task = task
        self.progress = progress
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.task(self.progress)
        except BaseException as exc:  # handed to the GUI thread, which decides
            exc.__relais_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """A running task; emits ``finished`` once, on the GUI thread, either way.

    Signals:
        succeeded(object): the task's return value.
        failed(object): the exception it raised (``Cancelled`` if the user cancelled).
        finished(): after either of the above.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        task: Callable[[Progress], Any],
        pool: QThreadPool | None = None,
        describe: Callable[[str], str] | None = None,
    ):
        # Not a child of the widget: closing the widget must not destroy a task the
        # worker is still running.  It lives in ``_kept``.
        super().__init__(None)
        self.progress = Progress()
        self._title = title
        # The task reports progress in the app's English (app/ knows no Qt); the screen
        # that started it says each step in the user's language.
        self._describe = describe
        self._parent_widget = parent
        self._orphaned = False
        if parent is not None:
            parent.destroyed.connect(self._parent_destroyed)
        self._dialog: QProgressDialog | None = None
        self._busy = False
        self._done = False
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._elapsed_ms = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._runnable = _Runnable(task, self.progress, self._signals)
        self._pool = pool if pool is not None else database_pool()

    @property
    def done(self) -> bool:
        return self._done

    def start(self) -> BackgroundTask:
        _kept.add(self)
        self._timer.start()
        if self._pool not in _pools_used:
            _pools_used.append(self._pool)
        self._pool.start(self._runnable)
        return self

    def _parent_destroyed(self) -> None:
        """The widget is gone: its dialog went with it, and nobody waits for the result.
        The work itself goes on (it may be writing) and ends as it would have."""
        self._parent_widget = None
        self._dialog = None
        self._orphaned = True

    def cancel(self) -> None:
        self.progress.cancel()

    def _tick(self) -> None:
        self._elapsed_ms += POLL_MS
        if not self._busy and self._elapsed_ms >= BUSY_CURSOR_AFTER_MS:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy = True
        if self._dialog is None and not self._orphaned and self._elapsed_ms >= DIALOG_AFTER_MS:
            self._dialog = QProgressDialog(
                self._title, self.tr("Cancel"), 0, 0, self._parent_widget
            )
            self._dialog.setWindowTitle(self._title)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(0)
            self._dialog.canceled.connect(self.progress.cancel)
            self._dialog.show()
        if self._dialog is not None:
            done, total, message = self.progress.snapshot()
            if message:
                self._dialog.setLabelText(
                    self._describe(message) if self._describe is not None else message
                )
            self._dialog.setMaximum(total)
            # Last: a modal QProgressDialog's setValue runs the event loop, in which the
            # task may finish and _finish drop the dialog.
            self._dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self._timer.stop()
        if self._busy:
            QApplication.restoreOverrideCursor()
            self._busy = False
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.progress.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if self._parent_widget is not None:
            self._parent_widget.destroyed.disconnect(self._parent_destroyed)
        self._done = True
        _finished.append(self)
        QTimer.singleShot(0, _release_finished)

    # A task whose widget is gone emits nothing: whoever listened was that widget.
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        if not self._orphaned:
            self.succeeded.emit(result)
            self.finished.emit()

    def _on_failed(self, error: object) -> None:
        self._finish()
        if not self._orphaned:
            self.failed.emit(error)
            self.finished.emit()


def _release_finished() -> None:
    """Free finished tasks on the GUI thread, once the worker has returned from them."""
    if not _finished:
        return
    for job in list(_finished):
        if job._pool.activeThreadCount() > 0:
            continue
        _finished.remove(job)
        # Not auto-deleted, so owned by nobody in C++: deleting it here drops the task
        # (often a widget's bound method) on this thread.
        shiboken6.delete(job._runnable)
        _kept.discard(job)
    if _finished:
        QTimer.singleShot(RELEASE_RETRY_MS, _release_finished)


def run_in_background(
    parent: QWidget | None,
    title: str,
    task: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
    describe: Callable[[str], str] | None = None,
) -> BackgroundTask:
    """Start ``task`` on the database worker (or on ``pool``); callbacks run on the GUI thread.

    ``describe`` turns the task's progress message into the words the dialog shows.
    """
    job = BackgroundTask(parent, title, task, pool, describe)
    if on_success is not None:
        job.succeeded.connect(on_success)
    if on_failure is not None:
        job.failed.connect(on_failure)
    return job.start()


def wait_for_the_worker(timeout_ms: int = -1) -> bool:
    """Block until the database worker, and any other pool a task ran on, is idle
    (closing the app, ending a test)."""
    idle = database_pool().waitForDone(timeout_ms)
    for pool in _pools_used:
        idle = pool.waitForDone(timeout_ms) and idle
    return idle


def is_cancelled(error: object) -> bool:
    return isinstance(error, Cancelled)
