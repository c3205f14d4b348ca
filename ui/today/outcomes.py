"""How did today's appointments go? (issue 6): the appointments of the last days whose
start has passed and whose outcome nobody recorded, with one click per outcome.

Each outcome is saved on the database worker (:func:`ui.background.run_in_background`),
so the desk never waits on the database; the row leaves the list once saved and
the next one is selected, so the receptionist can go down the morning's list
with Alt+A, Alt+M, Alt+I.  What it counts towards: missed appointments with and
without a reminder (:mod:`app.appointments`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import appointments
from app.access import Permission
from app.appointments import AwaitingOutcome
from app.errors import RelaisError, ValidationError
from app.tasks import Progress
from db.models import AppointmentOutcome
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.today.call_list import moment_text

# Columns of the list.
WHEN, PATIENT, PRACTITIONER = range(3)


class OutcomeList(QWidget):
    """Past appointments without an outcome, and the three outcome buttons.

    Attributes:
        rows: the appointments shown, in the table's order.
        table: one row per appointment (its id in UserRole).
        buttons: the outcome buttons by :class:`AppointmentOutcome`, each with an Alt key.
        empty: shown instead of the table when every outcome is recorded.
        job: the save running on the database worker, if any.

    Signals:
        recorded(str): an outcome was saved; the text says which.
        failed(str): it could not be saved, and why.
    """

    recorded = Signal(str)
    failed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[AwaitingOutcome] = []
        self.job: BackgroundTask | None = None
        self._day = context.settings.today(context.clock)
        self._can_record = context.actor.can(Permission.EDIT_PATIENTS)
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Appointments awaiting an outcome"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Patient"), self.tr("Practitioner")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)

        self.empty = QLabel(self.tr("Every past appointment has its outcome."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)

        self.buttons = {
            AppointmentOutcome.ATTENDED: QPushButton(self.tr("&Attended"), self),
            AppointmentOutcome.MISSED: QPushButton(self.tr("&Missed"), self),
            AppointmentOutcome.CANCELLED_IN_TIME: QPushButton(self.tr("Cancelled &in time"), self),
        }
        self.buttons[AppointmentOutcome.ATTENDED].setToolTip(self.tr("The patient came."))
        self.buttons[AppointmentOutcome.MISSED].setToolTip(
            self.tr("The patient did not come and did not warn the practice.")
        )
        self.buttons[AppointmentOutcome.CANCELLED_IN_TIME].setToolTip(
            self.tr(
                "The patient warned in time: the appointment is cancelled, with what was "
                "still to be sent for it."
            )
        )
        for outcome, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, o=outcome: self.record(o))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in self.buttons.values():
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)

    # -- contents --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[AwaitingOutcome], day: date) -> None:
        """Show a new list, keeping the selected appointment if it is still there."""
        kept = self.selected()
        self._day = day
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        zone = self.context.settings.zone()
        for row, appointment in enumerate(self.rows):
            cells = (
                moment_text(appointment.starts_at, zone, day),
                appointment.patient_name,
                appointment.practitioner,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, appointment.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        if not (kept is not None and self.select(kept.id)) and self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> AwaitingOutcome | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select(self, appointment_id: int) -> bool:
        for row, appointment in enumerate(self.rows):
            if appointment.id == appointment_id:
                self.table.selectRow(row)
                return True
        return False

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _update_buttons(self) -> None:
        ready = self._can_record and self.selected() is not None and not self.busy()
        for button in self.buttons.values():
            button.setEnabled(ready)

    # -- recording -------------------------------------------------------------------

    def record(self, outcome: AppointmentOutcome) -> bool:
        """Save ``outcome`` for the selected appointment on the worker; False if none."""
        appointment = self.selected()
        if appointment is None or self.busy() or not self._can_record:
            return False
        database, clock, actor = self.context.database, self.context.clock, self.context.actor

        def save(_progress: Progress) -> None:
            with database.transaction() as session:
                appointments.record_outcome(session, clock, actor, appointment.id, outcome)

        self.job = run_in_background(
            self,
            self.tr("Saving the outcome"),
            save,
            lambda _result: self._saved(appointment, outcome),
            self._not_saved,
        )
        self.job.finished.connect(self._update_buttons)
        self._update_buttons()
        return True

    def _saved(self, appointment: AwaitingOutcome, outcome: AppointmentOutcome) -> None:
        if appointment in self.rows:
            row = self.rows.index(appointment)
            self.rows.pop(row)
            self.table.removeRow(row)
            self.table.setVisible(bool(self.rows))
            self.empty.setVisible(not self.rows)
            if self.rows:
                self.table.selectRow(min(row, len(self.rows) - 1))
        self.recorded.emit(self.outcome_text(appointment, outcome))

    def _not_saved(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.failed.emit("\n".join(e.message for e in error.errors))
        elif isinstance(error, RelaisError):
            self.failed.emit(str(error))
        else:
            self.failed.emit(
                self.tr("The outcome could not be saved: %1").replace("%1", str(error))
            )

    def outcome_text(self, appointment: AwaitingOutcome, outcome: AppointmentOutcome) -> str:
        name = appointment.patient_name
        if outcome is AppointmentOutcome.ATTENDED:
            return self.tr("%1 came to the appointment.").replace("%1", name)
        if outcome is AppointmentOutcome.MISSED:
            return self.tr("%1 missed the appointment.").replace("%1", name)
        return self.tr("%1 cancelled in time: the appointment is cancelled.").replace("%1", name)
