"""The Medication tab: a patient's own reminder schedules ("prescription renewal monthly").

Find the patient on the left; their schedules show on the right, with the
next reminder each has made.  A schedule is a rhythm (a preset or an RRULE), a
local time at the practice, a first day and an optional last day
(``app.medication``); stopping one cancels its reminders ahead with what was
not sent.
"""

from __future__ import annotations

from datetime import time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import medication
from app.access import Permission
from app.errors import FieldError, RelaisError, ValidationError
from app.medication import MedicationRow, MedicationSpec
from ui.confirm import confirm
from ui.context import UiContext
from ui.patients.consent_words import NO_SIGN, UNSET_SIGN, YES_SIGN
from ui.reminders import words
from ui.reminders.widgets import (
    FieldRow,
    PatientPicker,
    RowsModel,
    add_row,
    moment_text,
    pydate,
    pytime,
    qdate,
    short_date_text,
)
from ui.style import ERROR_STYLE

_Index = QModelIndex | QPersistentModelIndex

LABEL, SCHEDULE, FROM, UNTIL, NEXT, STATUS = range(6)
COLUMN_COUNT = 6
MONTH_DAY = "month_day"
CUSTOM = "custom"
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def time_text(value: time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def schedule_text(rule: str, at: time) -> str:
    """ "every month on day 5, at 09:00"."""
    return (
        QCoreApplication.translate("ReminderWords", "%1, at %2")
        .replace("%1", words.rhythm_text(rule))
        .replace("%2", time_text(at))
    )


class MedicationModel(RowsModel):
    """One patient's schedules (a few at most: held whole)."""

    column_count = COLUMN_COUNT

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.rows: list[MedicationRow] = []

    def set_rows(self, rows: list[MedicationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Reminder"),
            self.tr("When"),
            self.tr("From"),
            self.tr("Until"),
            self.tr("Next reminder"),
            self.tr("Status"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        schedule = self.row_at(index)
        if schedule is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QApplication.palette()
            return None if schedule.active else palette.brush(QPalette.ColorRole.PlaceholderText)
        if role in _TEXT_ROLES:
            return self.cells(schedule)[column]
        return None

    def cells(self, schedule: MedicationRow) -> tuple[str, ...]:
        if schedule.next_due is not None:
            upcoming = moment_text(schedule.next_due, self._zone)
        elif schedule.active:
            upcoming = f"{UNSET_SIGN} " + self.tr("made up to 14 days ahead")
        else:
            upcoming = f"{UNSET_SIGN} " + self.tr("none")
        return (
            schedule.label,
            schedule_text(schedule.rrule, schedule.time_of_day),
            short_date_text(schedule.starts_on),
            short_date_text(schedule.until) if schedule.until else self.tr("no end"),
            upcoming,
            f"{YES_SIGN} " + self.tr("Active")
            if schedule.active
            else f"{NO_SIGN} " + self.tr("Stopped"),
        )


class MedicationDialog(QDialog):
    """A new schedule: for whom, what about, how often, at what time, from and until when.

    Attributes:
        saved_id: the schedule's id once saved, else None.
        rows: the fields with their error lines, by the service's field names.
    """

    def __init__(
        self, context: UiContext, patient_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New medication reminder"))
        self.patient = PatientPicker(context, self)
        if patient_id is not None:
            self.patient.select_patient(patient_id)
        self.label = QLineEdit(self)
        self.label.setMaxLength(medication.LABEL_LIMIT)
        self.label.setAccessibleName(self.tr("What the reminder is for"))
        self.label.setPlaceholderText(self.tr("Prescription renewal"))
        self.label.setToolTip(
            self.tr("Shown in letters and e-mails; never in an SMS, which stays discreet.")
        )
        rhythm = self._build_rhythm()
        self.time = QTimeEdit(QTime(9, 0), self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time of day"))
        self.time.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        today = qdate(context.settings.today(context.clock))
        self.starts_on = self._date_edit(self.tr("First day"), today)
        until = self._build_until(today)
        form = QFormLayout()
        self.rows: dict[str, FieldRow] = {}
        self.rows["patient"] = add_row(form, self.tr("&Patient:"), self.patient, self)
        self.rows["label"] = add_row(form, self.tr("&About:"), self.label, self)
        self.rows["rrule"] = add_row(form, self.tr("How &often:"), rhythm, self)
        self.rhythm_words = QLabel(self)
        form.addRow("", self.rhythm_words)
        self.rows["time_of_day"] = add_row(form, self.tr("At &time:"), self.time, self)
        self.rows["starts_on"] = add_row(form, self.tr("&From:"), self.starts_on, self)
        self.rows["until"] = add_row(form, self.tr("&Until:"), until, self)
        self.time.timeChanged.connect(self._show_words)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._preset_chosen()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _build_until(self, today: Any) -> QWidget:
        until = QWidget(self)
        until_line = QHBoxLayout(until)
        until_line.setContentsMargins(0, 0, 0, 0)
        self.has_until = QCheckBox(self.tr("Stop on"), until)
        self.until = self._date_edit(self.tr("Last day"), today.addMonths(6))
        self.until.setEnabled(False)
        self.has_until.toggled.connect(self.until.setEnabled)
        until_line.addWidget(self.has_until)
        until_line.addWidget(self.until)
        until_line.addStretch(1)
        until.setFocusProxy(self.has_until)

        return until

    def _date_edit(self, name: str, day: Any) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        edit.setDate(day)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return edit

    def _build_rhythm(self) -> QWidget:
        rhythm = QWidget(self)
        line = QHBoxLayout(rhythm)
        line.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("How often"))
        self.preset.addItem(self.tr("Every day"), words.EVERY_DAY)
        self.preset.addItem(self.tr("Every week"), words.EVERY_WEEK)
        self.preset.addItem(self.tr("Every month on day…"), MONTH_DAY)
        self.preset.addItem(self.tr("Other rule (RRULE)…"), CUSTOM)
        self.month_day = QSpinBox(self)
        self.month_day.setRange(1, 28)  # every month has it
        self.month_day.setAccessibleName(self.tr("Day of the month"))
        self.month_day.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.rrule = QLineEdit(self)
        self.rrule.setAccessibleName(self.tr("Recurrence rule (RFC 5545)"))
        self.rrule.setPlaceholderText("FREQ=WEEKLY;BYDAY=MO,TH")
        line.addWidget(self.preset)
        line.addWidget(self.month_day)
        line.addWidget(self.rrule, 1)
        line.addStretch(0)
        rhythm.setFocusProxy(self.preset)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.month_day.valueChanged.connect(self._preset_chosen)
        self.rrule.textChanged.connect(self._show_words)
        return rhythm

    def _preset_chosen(self) -> None:
        choice = self.preset.currentData()
        self.month_day.setVisible(choice == MONTH_DAY)
        self.rrule.setVisible(choice == CUSTOM)
        if choice == MONTH_DAY:
            self.rrule.setText(f"FREQ=MONTHLY;BYMONTHDAY={self.month_day.value()}")
        elif choice != CUSTOM:
            self.rrule.setText(str(choice))
        else:
            self.rrule.setFocus()
        self._show_words()

    def _show_words(self) -> None:
        rule = self.rrule.text().strip()
        self.rhythm_words.setText(schedule_text(rule, pytime(self.time.time())) if rule else "")

    @classmethod
    def ask(
        cls, context: UiContext, patient_id: int | None = None, parent: QWidget | None = None
    ) -> tuple[int, int] | None:
        """The saved schedule's id and its patient's, or None if nothing was saved."""
        dialog = cls(context, patient_id, parent)
        try:
            dialog.exec()
            chosen = dialog.patient.patient_id()
            if dialog.saved_id is None or chosen is None:
                return None
            return dialog.saved_id, chosen
        finally:
            dialog.deleteLater()

    def field_error(self, name: str) -> str:
        return self.rows[name].error_text

    def save(self) -> bool:
        for row in self.rows.values():
            row.set_error("")
        self.error.setVisible(False)
        patient_id = self.patient.patient_id()
        if patient_id is None:
            self.rows["patient"].set_error(
                self.tr("Choose the patient: type part of the name, then pick them in the list.")
            )
            return False
        spec = MedicationSpec(
            patient_id=patient_id,
            label=self.label.text(),
            rrule=self.rrule.text(),
            time_of_day=pytime(self.time.time()),
            starts_on=pydate(self.starts_on.date()),
            until=pydate(self.until.date()) if self.has_until.isChecked() else None,
        )
        problems = medication.validate(spec)
        if problems:
            self.show_field_errors(problems)
            return False
        context = self.context
        try:
            with context.database.transaction() as session:
                self.saved_id = medication.create(session, context.clock, context.actor, spec).id
        except ValidationError as exc:
            self.show_field_errors(exc.errors)
            return False
        except RelaisError as exc:
            self.error.setText(f"{NO_SIGN} {exc}")
            self.error.setVisible(True)
            return False
        self.accept()
        return True

    def show_field_errors(self, errors: list[FieldError]) -> None:
        messages = {
            "required": self.tr("This is needed."),
            "too_long": self.tr("This text is too long."),
            "order": self.tr("The last day cannot come before the first."),
            "inactive": self.tr("Medication reminders are switched off in the settings."),
        }
        for error in errors:
            text = messages.get(error.code, error.message)
            field = "label" if error.field == "purpose_code" else error.field
            row = self.rows.get(field)
            if row is None:
                self.error.setText(f"{NO_SIGN} {error}")
                self.error.setVisible(True)
            else:
                row.set_error(" ".join(filter(None, (row.error_text, text))))


class MedicationTab(QWidget):
    """Find a patient, see their schedules, add one or stop one.

    Signals:
        changed(): a schedule was added or stopped.
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._can_edit = context.actor.can(Permission.EDIT_PATIENTS)
        self.model = MedicationModel(context.settings.zone(), self)
        self.patient = PatientPicker(context, self)
        self.patient.results.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.patient.results.setMaximumHeight(16_777_215)
        self.patient.changed.connect(self.refresh)
        picker = QWidget(self)
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        find = QLabel(self.tr("&Patient:"), picker)
        find.setBuddy(self.patient.search)
        picker_layout.addWidget(find)
        picker_layout.addWidget(self.patient)
        picker_layout.addStretch(1)

        self.title = QLabel(self.tr("Choose a patient to see their medication reminders."), self)
        self.title.setWordWrap(True)
        self._build_table()
        self.new_button = QPushButton(self.tr("&New medication reminder…"), self)
        self.new_button.setToolTip(self.tr("A reminder on the patient's own schedule (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setEnabled(self._can_edit)
        self.stop_button = QPushButton(self.tr("&Stop this reminder…"), self)
        self.stop_button.clicked.connect(self.stop_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        schedules = QWidget(self)
        schedules_layout = QVBoxLayout(schedules)
        schedules_layout.setContentsMargins(0, 0, 0, 0)
        schedules_layout.addWidget(self.title)
        schedules_layout.addWidget(self.table, 1)
        schedules_layout.addWidget(self.message)
        schedules_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(picker)
        splitter.addWidget(schedules)
        splitter.setSizes([340, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.refresh()

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Medication reminders of the patient"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def patient_id(self) -> int | None:
        return self.patient.patient_id()

    def focus_search(self) -> None:
        self.patient.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.patient.search.selectAll()

    def refresh(self) -> None:
        patient_id = self.patient_id()
        rows: list[MedicationRow] = []
        if patient_id is not None:
            with self.context.database.read_session() as session:
                rows = medication.for_patient(session, patient_id, now=self.context.clock.now())
            who = self.patient.patient_text()
            self.title.setText(
                self.tr("Medication reminders of %1:").replace("%1", who)
                if rows
                else self.tr("%1 has no medication reminder.").replace("%1", who)
            )
        else:
            self.title.setText(self.tr("Choose a patient to see their medication reminders."))
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self) -> MedicationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_schedule(self, schedule_id: int) -> bool:
        for row, schedule in enumerate(self.model.rows):
            if schedule.id == schedule_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        schedule = self.selected()
        self.stop_button.setEnabled(self._can_edit and schedule is not None and schedule.active)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN} {text}" if error else text)
        self.message.setVisible(True)

    def new_record(self) -> int | None:
        if not self._can_edit:
            return None
        answer = MedicationDialog.ask(self.context, self.patient_id(), self)
        if answer is None:
            return None
        saved, owner = answer
        if owner != self.patient_id():
            self.patient.select_patient(owner)
        self.refresh()
        self.select_schedule(saved)
        self.show_message(
            self.tr("Medication reminder saved; its reminders are made 14 days ahead.")
        )
        self.changed.emit()
        return saved

    def confirm_stop(self, schedule: MedicationRow) -> bool:
        return confirm(
            self,
            self.tr("Stop the medication reminder"),
            self.tr(
                "Stop « %1 »? Its reminders ahead are cancelled, with what was not sent."
            ).replace("%1", schedule.label),
            self.tr("Stop it"),
            self.tr("Keep it"),
        )

    def stop_selected(self) -> bool:
        schedule = self.selected()
        if schedule is None or not schedule.active or not self.confirm_stop(schedule):
            return False
        try:
            with self.context.database.transaction() as session:
                cancelled = medication.stop(
                    session, self.context.clock, self.context.actor, schedule.id
                )
        except RelaisError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.refresh()
        self.show_message(
            self.tr("Medication reminder stopped.")
            + " "
            + self.tr("%n reminder(s) ahead cancelled.", "", cancelled)
        )
        self.changed.emit()
        return True
