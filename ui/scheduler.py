"""The reminders' clock inside the GUI: APScheduler's QtScheduler with the shared jobs.

QtScheduler only *wakes up* on the GUI thread; the jobs run in its thread
pool, so a tick (database and network) never blocks a repaint.  A tick opens
its own sessions and touches no widget: it reports back through a queued
signal, which the Today view uses to refresh.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app import scheduler
from app.dispatch import DispatchReport
from ui.context import UiContext

log = logging.getLogger(__name__)


class ReminderScheduler(QObject):
    """Starts the tick and nightly jobs for the signed-in practice; stop it on sign-out.

    Signals:
        ticked(object): after each tick, with its DispatchReport (None when another
            process was dispatching).
        failed(str): a tick raised; the next tick tries again.
    """

    ticked = Signal(object)
    failed = Signal(str)

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from apscheduler.schedulers.qt import QtScheduler

        self.context = context
        self._scheduler = QtScheduler(timezone=context.settings.timezone)
        scheduler.add_jobs(
            self._scheduler,
            self._tick,
            self._nightly,
            timezone=context.settings.timezone,
        )

    def start(self) -> None:
        self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            # Wait for a tick in progress: a message must not be left "sending".
            self._scheduler.shutdown(wait=True)

    def _tick(self) -> DispatchReport | None:
        try:
            report = scheduler.tick(self.context.database, self.context.clock)
        except Exception as exc:  # a thread of the pool: reported, never raised into Qt
            log.exception("tick failed")
            self.failed.emit(str(exc))
            return None
        self.ticked.emit(report)
        return report

    def _nightly(self) -> None:
        try:
            scheduler.nightly(self.context.database, self.context.clock, self.context.actor)
        except Exception as exc:
            log.exception("nightly work failed")
            self.failed.emit(str(exc))
