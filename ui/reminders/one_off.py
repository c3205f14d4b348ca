"""The One-off reminders tab: something due once for one patient ("call back for the results").

The list is :func:`app.one_off.upcoming` (at most 500, the soonest first);
a reminder is added with :func:`app.one_off.create` and cancelled, with a
reason, by :func:`app.one_off.cancel`, which calls back what was not sent.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
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
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import consent, one_off
from app.access import Permission
from app.errors import FieldError, RelaisError, ValidationError
from app.one_off import OneOffRow
from db.models import Channel, ReminderStatus
from ui.context import UiContext
from ui.i18n import current_language
from ui.patients.consent_words import NO_SIGN, YES_SIGN
from ui.reminders.widgets import (
    FieldRow,
    PatientPicker,
    RowsModel,
    add_row,
    moment_text,
    pydate,
    pytime,
    qdate,
)
from ui.reminders.words import step_channel_text
from ui.style import ERROR_STYLE

_Index = QModelIndex | QPersistentModelIndex

DUE, PATIENT, PURPOSE, LABEL, CHANNEL, STATUS = range(6)
COLUMN_COUNT = 6
ReminderIdRole = Qt.ItemDataRole.UserRole + 1
LIST_LIMIT = 500


def purpose_choices(context: UiContext) -> list[tuple[str, str]]:
    """(code, name in the user's language) of the active purposes, in the practice's order."""
    french = current_language() == "fr"
    with context.database.read_session() as session:
        return [(p.code, p.name_fr if french else p.name_en) for p in consent.purposes(session)]


def channel_choice_name(channel: Channel | None) -> str:
    """A step's or a reminder's channel; None is the patient's own choice."""
    return step_channel_text(channel)


def fill_channels(combo: QComboBox) -> None:
    combo.addItem(channel_choice_name(None), None)
    for channel in Channel:
        combo.addItem(channel_choice_name(channel), channel.value)


def chosen_channel(combo: QComboBox) -> Channel | None:
    value = combo.currentData()
    return Channel(value) if value else None


class OneOffModel(RowsModel):
    """The one-off reminders to come (a few hundred at most: held whole)."""

    column_count = COLUMN_COUNT

    def __init__(self, zone: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.rows: list[OneOffRow] = []
        self._purposes: dict[str, str] = {}

    def set_rows(self, rows: list[OneOffRow], purposes: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._purposes = purposes
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Due"),
            self.tr("Patient"),
            self.tr("Purpose"),
            self.tr("About"),
            self.tr("Channel"),
            self.tr("Status"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reminder = self.row_at(index)
        if reminder is None:
            return None
        column = index.column()
        if role == ReminderIdRole:
            return reminder.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if reminder.status is ReminderStatus.ACTIVE:
                return None
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return self._text(reminder, column, role)

    def _text(self, reminder: OneOffRow, column: int, role: int) -> str | None:
        text = self.cells(reminder)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text or self.tr("none")
        return None

    def cells(self, reminder: OneOffRow) -> tuple[str, ...]:
        return (
            moment_text(reminder.due_at, self._zone),
            reminder.patient_name,
            self._purposes.get(reminder.purpose_code, reminder.purpose_code),
            reminder.label,
            channel_choice_name(reminder.channel),
            self.status_text(reminder.status),
        )

    def status_text(self, status: ReminderStatus) -> str:
        return {
            ReminderStatus.ACTIVE: self.tr("To come"),
            ReminderStatus.CANCELLED: f"{NO_SIGN} " + self.tr("Cancelled"),
            ReminderStatus.DONE: f"{YES_SIGN} " + self.tr("Done"),
        }[status]


class OneOffDialog(QDialog):
    """A new one-off reminder: who, for what, when, what about, and how.

    Attributes:
        saved_id: the reminder's id once saved, else None.
        rows: the fields with their error lines (``patient``, ``purpose``, ``when``,
            ``label``, ``channel``).
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_id: int | None = None
        self._zone = context.settings.zone()
        self.setWindowTitle(self.tr("New one-off reminder"))
        self.patient = PatientPicker(context, self)
        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        for code, name in purpose_choices(context):
            self.purpose.addItem(name, code)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(self.tr("Day"))
        today = context.settings.today(context.clock)
        self.date.setDate(qdate(today + timedelta(days=7)))
        self.time = QTimeEdit(QTime(10, 0), self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.date)
        when_layout.addWidget(QLabel(self.tr("at"), when))
        when_layout.addWidget(self.time)
        when_layout.addStretch(1)
        when.setFocusProxy(self.date)
        self.label = QLineEdit(self)
        self.label.setMaxLength(one_off.LABEL_LIMIT)
        self.label.setAccessibleName(self.tr("What it is about"))
        self.label.setPlaceholderText(self.tr("Results to collect"))
        self.label.setToolTip(
            self.tr("Shown in letters and e-mails; never in an SMS, which stays discreet.")
        )
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Channel"))
        fill_channels(self.channel)
        self._lay_out(when)

    def _lay_out(self, when: QWidget) -> None:
        form = QFormLayout()
        self.rows: dict[str, FieldRow] = {
            "patient": add_row(form, self.tr("&Patient:"), self.patient, self),
            "purpose": add_row(form, self.tr("P&urpose:"), self.purpose, self),
            "when": add_row(form, self.tr("&Due on:"), when, self),
            "label": add_row(form, self.tr("&About:"), self.label, self),
            "channel": add_row(form, self.tr("&Channel:"), self.channel, self),
        }
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
        self.patient.changed.connect(lambda: self.rows["patient"].set_error(""))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    @classmethod
    def ask(cls, context: UiContext, parent: QWidget | None = None) -> int | None:
        dialog = cls(context, parent)
        try:
            dialog.exec()
            return dialog.saved_id
        finally:
            dialog.deleteLater()

    def due_at(self) -> datetime:
        local = datetime.combine(pydate(self.date.date()), pytime(self.time.time()), self._zone)
        return local.astimezone(UTC)

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
            self.patient.setFocus()
            return False
        context = self.context
        try:
            with context.database.transaction() as session:
                reminder = one_off.create(
                    session,
                    context.clock,
                    context.actor,
                    patient_id=patient_id,
                    purpose_code=str(self.purpose.currentData()),
                    due_at=self.due_at(),
                    label=self.label.text(),
                    channel=chosen_channel(self.channel),
                )
                self.saved_id = reminder.id
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
        where = {"due_at": "when", "label": "label", "purpose_code": "purpose"}
        messages = {
            "past": self.tr("This time has already passed."),
            "too_long": self.tr("This text is too long."),
            "inactive": self.tr("This purpose is switched off in the settings."),
        }
        for error in errors:
            text = messages.get(error.code, error.message)
            row = self.rows.get(where.get(error.field, ""))
            if row is None:
                self.error.setText(f"{NO_SIGN} {error}")
                self.error.setVisible(True)
            else:
                row.set_error(text)
        for row in self.rows.values():
            if row.error_text:
                row.editor.setFocus()
                break


class CancelDialog(QDialog):
    """Cancel a reminder: the reason is asked (it is kept with the reminder)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel the reminder"))
        question = QLabel(
            self.tr("Cancel %1? Messages not yet sent for it are cancelled too.").replace(
                "%1", what
            ),
            self,
        )
        question.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Why it is cancelled"))
        self.reason.setPlaceholderText(self.tr("The patient came already"))
        self.reason.setMaxLength(one_off.REASON_LIMIT)
        form = QFormLayout()
        self.reason_row = add_row(form, self.tr("&Why:"), self.reason, self)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Cancel the &reminder"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        keep = buttons.addButton(self.tr("&Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.setDefault(True)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _confirm(self) -> None:
        if not self.reason.text().strip():
            self.reason_row.set_error(self.tr("Say why: it is kept with the reminder."))
            self.reason.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, what: str, parent: QWidget | None = None) -> str | None:
        """The reason given, or None if the user kept the reminder."""
        dialog = cls(what, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.reason.text().strip() if accepted else None
        finally:
            dialog.deleteLater()


class OneOffTab(QWidget):
    """The one-off reminders to come, and adding or cancelling one.

    Signals:
        changed(): a reminder was added or cancelled.
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._can_edit = context.actor.can(Permission.EDIT_PATIENTS)
        self.model = OneOffModel(context.settings.zone(), self)
        explanation = QLabel(
            self.tr(
                "A reminder due once, for one patient: results to collect, a call back, a "
                "document to bring. It goes on the channel named, or the patient's own choice."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("One-off reminders to come"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)  # as the appointments
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&New reminder…"), self)
        self.new_button.setToolTip(self.tr("A reminder due once, for one patient (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setEnabled(self._can_edit)
        self.cancel_button = QPushButton(self.tr("Cancel the remin&der…"), self)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(explanation, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        with self.context.database.read_session() as session:
            rows = one_off.upcoming(session, self.context.clock.now(), limit=LIST_LIMIT)
        self.model.set_rows(rows, dict(purpose_choices(self.context)))
        active = sum(1 for r in rows if r.status is ReminderStatus.ACTIVE)
        text = self.tr("%n to come", "", active)
        if len(rows) == LIST_LIMIT:
            text += " " + self.tr("(the first %1)").replace("%1", str(LIST_LIMIT))
        self.count.setText(text)
        if selected is not None:
            self.select_reminder(selected.id)
        self._update_buttons()

    def selected(self) -> OneOffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_reminder(self, reminder_id: int) -> bool:
        for row, reminder in enumerate(self.model.rows):
            if reminder.id == reminder_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        reminder = self.selected()
        self.cancel_button.setEnabled(
            self._can_edit and reminder is not None and reminder.status is ReminderStatus.ACTIVE
        )

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN} {text}" if error else text)
        self.message.setVisible(True)

    def new_record(self) -> int | None:
        if not self._can_edit:
            return None
        saved = OneOffDialog.ask(self.context, self)
        if saved is not None:
            self.refresh()
            self.select_reminder(saved)
            self.show_message(self.tr("Reminder added; it is planned as its day comes near."))
            self.changed.emit()
        return saved

    def cancel_selected(self) -> bool:
        reminder = self.selected()
        if reminder is None or reminder.status is not ReminderStatus.ACTIVE:
            return False
        what = self.tr("the reminder of %1 on %2").replace("%1", reminder.patient_name)
        what = what.replace("%2", moment_text(reminder.due_at, self.context.settings.zone()))
        reason = CancelDialog.ask(what, self)
        return reason is not None and self.cancel(reminder.id, reason)

    def cancel(self, reminder_id: int, reason: str) -> bool:
        try:
            with self.context.database.transaction() as session:
                one_off.cancel(session, self.context.clock, self.context.actor, reminder_id, reason)
        except RelaisError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.refresh()
        self.show_message(self.tr("Reminder cancelled, with what was not yet sent."))
        self.changed.emit()
        return True
