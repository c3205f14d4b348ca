"""Noticing that nobody has touched the keyboard or mouse for a while (DESIGN §6, §10.9)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

# Events that mean a person is at the desk.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def minutes_to_ms(minutes: int) -> int:
    return max(1, minutes) * 60_000


class IdleWatcher(QObject):
    """An application-wide event filter that emits ``idle`` after a quiet interval.

    Signals:
        idle(): no keyboard or mouse input for ``interval_ms``; emitted once, then the
            watcher stops until :meth:`start` is called again (after unlocking).

    Attributes:
        interval_ms: how long without input counts as idle.
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._timed_out)
        self._filtering = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def set_interval_ms(self, interval_ms: int) -> None:
        self.interval_ms = interval_ms
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def activity(self) -> None:
        """Someone is here: start counting again."""
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.activity()
        return False

    def _timed_out(self) -> None:
        self.stop()
        self.idle.emit()
