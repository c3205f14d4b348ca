"""The Reminders page: what is due, in four tabs (issue 4, "what is due"), and when it goes.

Appointments (typed in or imported from the agenda), one-off reminders,
recall programmes (DESIGN §10 flow 7) and medication schedules; then the
practice's timing (lead times, sending hour, postal days).  Each tab is
its own widget with one primary action, "New …", which Ctrl+N runs; Ctrl+F
goes to the tab's search when it has one.  A tab whose service is not in this
build yet says so instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import UiContext
from ui.style import page_heading


class NotYetTab(QWidget):
    """A tab whose service is not in this build: says so, plainly."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAccessibleName(text)
        label.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)


class RemindersPage(QWidget):
    """The four kinds of reminder, one tab each, and their timing.

    Attributes:
        tabs: the tab widget; ``appointments``, ``one_off``, ``recalls``,
            ``medication`` and ``timing`` are its pages (a :class:`NotYetTab` when
            unavailable).

    Signals:
        changed(): something on one of the tabs changed what is due.
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Kinds of reminder"))
        self.tabs.setDocumentMode(True)
        self.appointments = self._tab(self._make_appointments, self.tr("&Appointments"))
        self.one_off = self._tab(self._make_one_off, self.tr("&One-off reminders"))
        self.recalls = self._tab(self._make_recalls, self.tr("&Recall programmes"))
        self.medication = self._tab(self._make_medication, self.tr("&Medication"))
        self.timing = self._tab(self._make_timing, self.tr("&Timing"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Reminders"), self))
        layout.addWidget(self.tabs, 1)

    def _tab(self, make: Callable[[], QWidget], title: str) -> QWidget:
        try:
            widget = make()
        except ModuleNotFoundError:  # the service is not in this build yet
            widget = NotYetTab(
                self.tr(
                    "This part of the reminders is not in this version yet. Appointments "
                    "and their reminders work already."
                ),
                self,
            )
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(self.changed)
        self.tabs.addTab(widget, title)
        return widget

    def _make_appointments(self) -> QWidget:
        from ui.reminders.appointments import AppointmentsTab

        return AppointmentsTab(self.context, self)

    def _make_one_off(self) -> QWidget:
        from ui.reminders.one_off import OneOffTab

        return OneOffTab(self.context, self)

    def _make_recalls(self) -> QWidget:
        from ui.reminders.recalls import RecallsTab

        return RecallsTab(self.context, self)

    def _make_medication(self) -> QWidget:
        from ui.reminders.medication import MedicationTab

        return MedicationTab(self.context, self)

    def _make_timing(self) -> QWidget:
        from ui.reminders.timing import TimingTab

        return TimingTab(self.context, self)

    # -- window commands ----------------------------------------------------------------------

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def new_record(self) -> object:
        """Ctrl+N: the current tab's "New …"."""
        handler = getattr(self.tabs.currentWidget(), "new_record", None)
        return handler() if callable(handler) else None

    def focus_search(self) -> None:
        """Ctrl+F: the current tab's search, or the appointments' one."""
        tab = self.tabs.currentWidget()
        if not callable(getattr(tab, "focus_search", None)):
            tab = self.appointments
            self.tabs.setCurrentWidget(tab)
        focus = getattr(tab, "focus_search", None)
        if callable(focus):
            focus()
        else:
            self.tabs.setFocus(Qt.FocusReason.ShortcutFocusReason)
