"""The complaints register on screen: the table, recording a complaint, its steps.

Every complaint with where it stands: "Acknowledge by Tue 8 Dec", "⚠ Answer
overdue by 3 days".  Receptionists and practitioners record, correct and
acknowledge (on the day it was done, which may be yesterday); the practice
manager (an administrator) answers, closes and voids a duplicate, and the
buttons say so when they are greyed out.  A refusal is said under the field it
concerns.  Reads and writes run on the database worker
(:func:`ui.background.run_in_background`); no Session outlives one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app import complaints
from app.access import Permission
from app.complaints import ComplaintDelays, ComplaintFilter, ComplaintRow
from app.errors import FieldError, RelaisError, ValidationError
from app.tasks import Progress
from db.models import ComplaintCategory, ComplaintChannel, ComplaintOutcome, ComplaintStatus
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.feedback.words import (
    capitalised,
    category_name,
    channel_name,
    day_text,
    deadline_text,
    field_message,
    outcome_name,
    short_date,
    status_name,
    who_text,
)
from ui.feedback.writing_dialog import WritingDialog
from ui.patients.consent_words import NO_SIGN
from ui.patients.finder import PatientFinder
from ui.reminders.widgets import RowsModel
from ui.style import ERROR_STYLE

_Index = QModelIndex | QPersistentModelIndex

# Columns of the register (CONVENTIONS 8), in screen order.
RECEIVED, CHANNEL, CATEGORY, WHO, STATUS, DEADLINE = range(6)
COLUMN_COUNT = 6
ComplaintIdRole = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b3261e")
# Everything that still needs someone: what the register shows unless asked for all.
NOT_CLOSED = frozenset(
    {ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.ANSWERED}
)


def needs_someone(row: ComplaintRow) -> bool:
    """Shown under "To do": not closed, and not voided as a duplicate."""
    return row.status in NOT_CLOSED and not row.is_voided


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


class ComplaintTableModel(RowsModel):
    """The register's rows, in the service's order (nearest deadline first).

    A practice receives tens of complaints a year: the rows themselves are
    held, small frozen records read in one query on the database worker.

    Attributes:
        rows: the complaints shown.
        today: the practice's day the deadlines are measured against.
    """

    column_count = COLUMN_COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ComplaintRow] = []
        self.today = date.min

    def set_rows(self, rows: Sequence[ComplaintRow], today: date) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today
        self.endResetModel()

    def row_of(self, complaint_id: int) -> int:
        return next((n for n, row in enumerate(self.rows) if row.id == complaint_id), -1)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Received"),
            self.tr("Channel"),
            self.tr("Category"),
            self.tr("From / patient"),
            self.tr("Status"),
            self.tr("Next deadline"),
        )

    def cell_text(self, row: ComplaintRow, column: int) -> str:
        if column == RECEIVED:
            return short_date(row.received_on)
        if column == CHANNEL:
            return channel_name(row.channel)
        if column == CATEGORY:
            return category_name(row.category)
        if column == WHO:
            return who_text(row)
        return self.step_text(row, column)

    def step_text(self, row: ComplaintRow, column: int) -> str:
        """The status or next-deadline cell; a duplicate voided has neither."""
        if row.is_voided:
            if column == DEADLINE:
                return self.tr("None (voided)")
            if row.duplicate_of is None:
                return self.tr("Voided (duplicate)")
            return self.tr("Voided (duplicate of no. %1)").replace("%1", str(row.duplicate_of))
        if column == STATUS:
            return status_name(row)
        # The warning icon goes with it (DecorationRole): one sign, not two.
        return deadline_text(row, self.today, sign=False)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = index.column()
        if not 0 <= column < COLUMN_COUNT:
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader hears the sign the icon shows.
            return (
                deadline_text(row, self.today)
                if column == DEADLINE
                else self.cell_text(row, column)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            # The description where there is room for it; other cells say themselves.
            return row.description or None if column == WHO else self.cell_text(row, column)
        return self._look(row, column, role)

    def _look(self, row: ComplaintRow, column: int, role: int) -> Any:
        """The id, and a sign and a colour for what is overdue (the words say it too);
        closed ones step back."""
        if role == ComplaintIdRole:
            return row.id
        late = column == DEADLINE and bool(row.late(self.today))
        if role == Qt.ItemDataRole.DecorationRole and late:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role != Qt.ItemDataRole.ForegroundRole:
            return None
        if late:
            return QBrush(OVERDUE_COLOUR)
        if row.status is ComplaintStatus.CLOSED or row.is_voided:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None


class FieldDialog(WritingDialog):
    """A writing dialog that says a refusal under the field it concerns.

    What no field of the form shows (a state, a permission) stays under the
    form, in :attr:`error`.

    Attributes:
        field_errors: the label under each field, by the service's field name.
    """

    def __init__(self, context: UiContext, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.field_errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}

    def add_field(self, form: QFormLayout, label: QLabel | str, name: str, field: QWidget) -> None:
        """A row of the form, with the place its refusal will be said."""
        error = QLabel(self)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setVisible(False)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        form.addRow(label, column)
        self.field_errors[name] = error
        self._field_widgets[name] = field

    def field_error(self, name: str) -> str:
        """What is said under a field ("" when nothing is)."""
        label = self.field_errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    def clear_field_errors(self) -> None:
        for label in self.field_errors.values():
            label.clear()
            label.setVisible(False)

    def _write(self, title: str, work: Callable[[Session], Any]) -> BackgroundTask:
        self.clear_field_errors()
        return super()._write(title, work)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            elsewhere: list[FieldError] = []
            first: QWidget | None = None
            for problem in error.errors:
                label = self.field_errors.get(problem.field)
                if label is None:
                    elsewhere.append(problem)
                    continue
                shown = label.text() + "\n" if label.isVisibleTo(self) else ""
                label.setText(f"{shown}{NO_SIGN} {self.field_message(problem)}".lstrip())
                label.setVisible(True)
                first = first or self._field_widgets[problem.field]
            if first is not None:
                first.setFocus()
            if not elsewhere:
                self.ok_button().setEnabled(True)
                return
            error = ValidationError(elsewhere)
        super()._refused(error)


class ComplaintDialog(FieldDialog):
    """Record a complaint: when and how it came, from whom, about what, and the patient if any.

    Attributes:
        received / channel / category / from_whom / description: the form.
        finder: the patient concerned, optional (a complaint about the waiting
            room names nobody).
        deadlines: the two deadlines the complaint will get, said as the day changes.
        complaint_id: the number recorded, once saved.
    """

    def __init__(
        self, context: UiContext, delays: ComplaintDelays, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("New complaint"))
        self.delays = delays
        self.complaint_id: int | None = None
        today = context.settings.today(context.clock)
        self.received = QDateEdit(self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd/MM/yyyy")
        self.received.setMaximumDate(_qdate(today))
        self.received.setDate(_qdate(today))
        self.received.dateChanged.connect(self._show_deadlines)
        self.deadlines = QLabel(self)
        self.deadlines.setWordWrap(True)
        self.channel = QComboBox(self)
        for channel in ComplaintChannel:
            self.channel.addItem(channel_name(channel), channel.value)
        self.category = QComboBox(self)
        for category in ComplaintCategory:
            self.category.addItem(category_name(category), category.value)
        self.from_whom = QLineEdit(self)
        self.from_whom.setMaxLength(complaints.FROM_LIMIT)
        self.from_whom.setPlaceholderText(self.tr("The patient, a relative, a name, or anonymous"))
        self.finder = PatientFinder(
            context,
            self,
            placeholder=self.tr("Optional: name, phone or birth date"),
            search_name=self.tr("Find the patient concerned"),
            results_name=self.tr("Matching patients"),
        )
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("What the complaint is about, in a few lines"))
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 5 + 12)
        self.ok_button().setText(self.tr("&Record"))
        self._lay_out()
        self._show_deadlines()
        self.resize(600, self.sizeHint().height())

    def _lay_out(self) -> None:
        form = QFormLayout()
        received_label = QLabel(self.tr("Re&ceived on:"), self)
        received_label.setBuddy(self.received)
        self.add_field(form, received_label, "received_on", self.received)
        form.addRow("", self.deadlines)
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("Cate&gory:"), self.category)
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.from_whom)
        self.add_field(form, from_label, "from_whom", self.from_whom)
        patient_label = QLabel(self.tr("&Patient concerned\n(optional):"), self)
        patient_label.setBuddy(self.finder.search)
        self.add_field(form, patient_label, "patient_id", self.finder)
        description_label = QLabel(self.tr("&Description:"), self)
        description_label.setBuddy(self.description)
        self.add_field(form, description_label, "description", self.description)
        layout = QVBoxLayout(self)
        for widget in self._above_the_form():
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _above_the_form(self) -> list[QWidget]:
        return []

    def _show_deadlines(self) -> None:
        acknowledge_by, answer_by = complaints.deadlines(_pydate(self.received), self.delays)
        self.deadlines.setText(
            self.tr("To acknowledge by %1, to answer by %2")
            .replace("%1", day_text(acknowledge_by))
            .replace("%2", day_text(answer_by))
        )

    def save(self) -> None:
        received = _pydate(self.received)
        channel = ComplaintChannel(self.channel.currentData())
        category = ComplaintCategory(self.category.currentData())
        from_whom = self.from_whom.text()
        description = self.description.toPlainText()
        patient_id = self.finder.patient_id()
        clock, actor = self.context.clock, self.context.actor

        def work(session: Session) -> int:
            return complaints.record_complaint(
                session,
                clock,
                actor,
                received_on=received,
                channel=channel,
                from_whom=from_whom,
                category=category,
                description=description,
                patient_id=patient_id,
            ).id

        self._write(self.tr("Recording the complaint"), work)

    def _saved(self, result: Any) -> None:
        self.complaint_id = int(result)
        super()._saved(result)

    @classmethod
    def ask(
        cls, context: UiContext, delays: ComplaintDelays, parent: QWidget | None = None
    ) -> int | None:
        """The number of the complaint recorded, or None if the user cancelled."""
        dialog = cls(context, delays, parent)
        try:
            dialog.exec()
            return dialog.complaint_id
        finally:
            dialog.deleteLater()


class CorrectionDialog(ComplaintDialog):
    """Correct what was recorded at intake, until the complaint is closed.

    The form is the intake's, filled in as recorded.  A new day of receipt
    moves both deadlines by the delays the complaint was given (not those in
    force today), and the dialog says where they move to.

    Attributes:
        row: the complaint as it was read.
        changed: the fields the service changed, once saved ([] if none).
        saved: True once written.
    """

    def __init__(
        self, context: UiContext, row: ComplaintRow, parent: QWidget | None = None
    ) -> None:
        self.row = row
        super().__init__(
            context,
            complaints.delays_given(row.received_on, row.acknowledge_by, row.answer_by),
            parent,
        )
        self.setWindowTitle(self.tr("Correct complaint %1").replace("%1", str(row.id)))
        self.saved = False
        self.changed: list[str] = []
        self.received.setDate(_qdate(row.received_on))
        self.channel.setCurrentIndex(self.channel.findData(row.channel.value))
        self.category.setCurrentIndex(self.category.findData(row.category.value))
        self.from_whom.setText(row.from_whom)
        self.description.setPlainText(row.description)
        self._patient_touched = False
        if row.patient_id is not None and row.patient_name:
            self.finder.search.setText(row.patient_name)
            self.finder.select_patient(row.patient_id)
        # Typing in the search is the one way to change or remove the patient:
        # a search that no longer finds them by name must not unlink them.
        self.finder.search.textEdited.connect(self._touch_patient)
        self.finder.results.itemClicked.connect(self._touch_patient)
        self.ok_button().setText(self.tr("&Save"))
        self.resize(600, self.sizeHint().height())

    def _touch_patient(self, *_args: object) -> None:
        self._patient_touched = True

    def _above_the_form(self) -> list[QWidget]:
        note = QLabel(
            self.tr(
                "Correct what was recorded when the complaint came in. The register keeps "
                "who corrected which fields and when, not the words."
            ),
            self,
        )
        note.setWordWrap(True)
        return [note]

    def patient_to_save(self) -> int | None:
        return self.finder.patient_id() if self._patient_touched else self.row.patient_id

    def save(self) -> None:
        received = _pydate(self.received)
        channel = ComplaintChannel(self.channel.currentData())
        category = ComplaintCategory(self.category.currentData())
        from_whom = self.from_whom.text()
        description = self.description.toPlainText()
        patient_id = self.patient_to_save()
        clock, actor, complaint_id = self.context.clock, self.context.actor, self.row.id

        def work(session: Session) -> list[str]:
            return complaints.correct(
                session,
                clock,
                actor,
                complaint_id,
                received_on=received,
                channel=channel,
                from_whom=from_whom,
                category=category,
                description=description,
                patient_id=patient_id,
            )

        self._write(self.tr("Correcting the complaint"), work)

    def _saved(self, result: Any) -> None:
        self.saved = True
        self.changed = list(result)
        WritingDialog._saved(self, result)

    def field_message(self, error: FieldError) -> str:
        if (error.field, error.code) == ("received_on", "after_step"):
            step_day = self.row.acknowledged_on or self.row.answered_on
            return self.tr("It was acknowledged on %1: it cannot have arrived later.").replace(
                "%1", short_date(step_day) if step_day else "?"
            )
        return super().field_message(error)

    @classmethod
    def correct(
        cls, context: UiContext, row: ComplaintRow, parent: QWidget | None = None
    ) -> list[str] | None:
        """The fields corrected ([] when nothing changed), or None if the user cancelled."""
        dialog = cls(context, row, parent)
        try:
            dialog.exec()
            return dialog.changed if dialog.saved else None
        finally:
            dialog.deleteLater()


def _quoted(parent: QWidget, row: ComplaintRow) -> QLabel:
    """The complaint's words, in italics, for a dialog that acts on it."""
    description = QLabel(row.description, parent)
    description.setWordWrap(True)
    description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    quoted = description.font()
    quoted.setItalic(True)
    description.setFont(quoted)
    return description


class OneComplaintDialog(FieldDialog):
    """A dialog that acts on one complaint of the register: says which, quotes its words,
    then asks what to do (:meth:`lay_out`).

    Attributes:
        row: the complaint.
        saved: True once written.
    """

    def __init__(self, context: UiContext, row: ComplaintRow, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.row = row
        self.saved = False

    def lay_out(self, prompt: QLabel, form: QFormLayout) -> QVBoxLayout:
        """Which complaint, its words, ``prompt``, ``form``, the refusal and the buttons."""
        row = self.row
        layout = QVBoxLayout(self)
        summary = QLabel(
            QCoreApplication.translate("OneComplaintDialog", "Complaint %1 of %2 — %3, from %4.")
            .replace("%1", str(row.id))
            .replace("%2", short_date(row.received_on))
            .replace("%3", category_name(row.category))
            .replace("%4", who_text(row)),
            self,
        )
        summary.setWordWrap(True)
        prompt.setWordWrap(True)
        layout.addWidget(summary)
        layout.addWidget(_quoted(self, row))
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        return layout

    def _saved(self, result: Any) -> None:
        self.saved = True
        super()._saved(result)

    def asked(self) -> bool:
        """Shown until closed; True once written."""
        try:
            self.exec()
            return self.saved
        finally:
            self.deleteLater()


class AcknowledgeDialog(OneComplaintDialog):
    """The day the complainant was told it is in hand: today, or the day the call was made.

    Attributes:
        day: between the day of receipt and today; today unless changed.
        saved: True once written.
    """

    def __init__(
        self, context: UiContext, row: ComplaintRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, row, parent)
        self.setWindowTitle(self.tr("Acknowledge the complaint"))
        today = context.settings.today(context.clock)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDateRange(_qdate(row.received_on), _qdate(today))
        self.day.setDate(_qdate(today))
        self.day.dateChanged.connect(self._show_on_time)
        self.on_time = QLabel(self)
        self.on_time.setWordWrap(True)
        prompt = QLabel(
            self.tr(
                "When was the complainant told that the complaint is in hand? If it was "
                "done on an earlier day (a call yesterday), give that day: the figures "
                "for acknowledgements on time count from it."
            ),
            self,
        )
        form = QFormLayout()
        day_label = QLabel(self.tr("Acknowledged &on:"), self)
        day_label.setBuddy(self.day)
        self.add_field(form, day_label, "acknowledged_on", self.day)
        form.addRow("", self.on_time)
        layout = self.lay_out(prompt, form)
        self.ok_button().setText(self.tr("Ac&knowledge"))
        self._show_on_time()
        # Wrapped labels are as tall as the width they get: ask the layout for this one.
        layout.activate()
        self.resize(520, layout.totalHeightForWidth(520))

    def _show_on_time(self) -> None:
        due = day_text(self.row.acknowledge_by)
        if _pydate(self.day) > self.row.acknowledge_by:
            self.on_time.setText(self.tr("Late: it was due by %1.").replace("%1", due))
        else:
            self.on_time.setText(self.tr("On time: due by %1.").replace("%1", due))

    def save(self) -> None:
        day = _pydate(self.day)
        clock, actor, complaint_id = self.context.clock, self.context.actor, self.row.id

        def work(session: Session) -> None:
            complaints.acknowledge(session, clock, actor, complaint_id, on=day)

        self._write(self.tr("Acknowledging the complaint"), work)

    @classmethod
    def ask(cls, context: UiContext, row: ComplaintRow, parent: QWidget | None = None) -> bool:
        """True once the acknowledgement is saved."""
        return cls(context, row, parent).asked()


class VoidDialog(OneComplaintDialog):
    """Void a complaint recorded twice, saying which one it repeats (the practice manager's).

    Attributes:
        original: the complaint it repeats, or "not known"; the one received the
            same day from the same person is offered first.
        saved: True once written.
    """

    def __init__(
        self,
        context: UiContext,
        row: ComplaintRow,
        register: Sequence[ComplaintRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, row, parent)
        self.setWindowTitle(self.tr("Void complaint %1 as a duplicate").replace("%1", str(row.id)))
        self.original = QComboBox(self)
        self.original.setAccessibleName(self.tr("The complaint it repeats"))
        self.original.addItem(self.tr("Not known"), None)
        others = [r for r in register if r.id != row.id and not r.is_voided]
        for other in sorted(others, key=lambda r: (r.received_on, r.id), reverse=True):
            self.original.addItem(
                self.tr("No. %1 — %2, %3, %4")
                .replace("%1", str(other.id))
                .replace("%2", short_date(other.received_on))
                .replace("%3", category_name(other.category))
                .replace("%4", who_text(other)),
                other.id,
            )
        twin = next(
            (
                r
                for r in others
                if (r.received_on, r.from_whom, r.patient_id)
                == (row.received_on, row.from_whom, row.patient_id)
            ),
            None,
        )
        if twin is not None:
            self.original.setCurrentIndex(self.original.findData(twin.id))
        prompt = QLabel(
            self.tr(
                "A complaint recorded twice is voided: it stays in the register, marked as "
                "a duplicate, but no longer counts in the figures, the deadlines or the "
                "transparency report. This cannot be undone."
            ),
            self,
        )
        form = QFormLayout()
        original_label = QLabel(self.tr("&Duplicate of:"), self)
        original_label.setBuddy(self.original)
        self.add_field(form, original_label, "duplicate_of", self.original)
        self.lay_out(prompt, form)
        self.ok_button().setText(self.tr("&Void"))
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        data = self.original.currentData()
        duplicate_of = None if data is None else int(data)
        clock, actor, complaint_id = self.context.clock, self.context.actor, self.row.id

        def work(session: Session) -> None:
            complaints.void_duplicate(
                session, clock, actor, complaint_id, duplicate_of=duplicate_of
            )

        self._write(self.tr("Voiding the complaint"), work)

    def field_message(self, error: FieldError) -> str:
        messages = {
            "itself": self.tr("A complaint cannot be a duplicate of itself."),
            "missing": self.tr("This complaint is no longer in the register."),
            "voided": self.tr("This complaint was voided too: choose the one that counts."),
        }
        if error.field == "duplicate_of" and error.code in messages:
            return messages[error.code]
        return super().field_message(error)

    @classmethod
    def ask(
        cls,
        context: UiContext,
        row: ComplaintRow,
        register: Sequence[ComplaintRow],
        parent: QWidget | None = None,
    ) -> bool:
        """True once the complaint is voided."""
        return cls(context, row, register, parent).asked()


class StepDialog(WritingDialog):
    """Answer a complaint (outcome, text, day) or close it (lessons learnt).

    Attributes:
        outcome: the answer's outcome (hidden when closing).
        day: the day the answer went (hidden when closing: a complaint closes today).
        text: the answer, or the lessons.
        saved: True once written.
    """

    def __init__(
        self,
        context: UiContext,
        row: ComplaintRow,
        step: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        answering = step == "answer"
        self.setWindowTitle(
            self.tr("Answer the complaint") if answering else self.tr("Close the complaint")
        )
        self.row = row
        self.step = step
        self.saved = False
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for outcome in ComplaintOutcome:
            self.outcome.addItem(capitalised(outcome_name(outcome)), outcome.value)
        today = context.settings.today(context.clock)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDateRange(_qdate(row.acknowledged_on or row.received_on), _qdate(today))
        self.day.setDate(_qdate(today))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        if answering:
            prompt = self.tr(
                "Choose the outcome and note what the practice answered (the letter, e-mail "
                "or call). Only the practice manager answers for the practice."
            )
            self.text.setAccessibleName(self.tr("Answer"))
            self.text.setPlaceholderText(self.tr("What the practice answered, in a few lines"))
            self.ok_button().setText(self.tr("&Answer"))
        else:
            prompt = self.tr(
                "What did the practice learn, or what will it change? Write it without "
                "naming the patient: the register keeps it."
            )
            self.text.setAccessibleName(self.tr("Lessons learnt"))
            self.text.setPlaceholderText(self.tr("What the practice learnt or will change"))
            self.ok_button().setText(self.tr("C&lose"))
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("Answered &on:"), self.day)
        for field in (self.outcome, self.day):
            field.setVisible(answering)
            form.labelForField(field).setVisible(answering)
        layout = QVBoxLayout(self)
        for widget in self._what_it_was(row):
            layout.addWidget(widget)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(540, 360)

    def _what_it_was(self, row: ComplaintRow) -> list[QLabel]:
        """The complaint being answered or closed, its words in italics."""
        summary = QLabel(
            self.tr("Complaint of %1 — %2, from %3.")
            .replace("%1", short_date(row.received_on))
            .replace("%2", category_name(row.category))
            .replace("%3", who_text(row)),
            self,
        )
        summary.setWordWrap(True)
        description = QLabel(row.description, self)
        description.setWordWrap(True)
        description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quoted = description.font()
        quoted.setItalic(True)
        description.setFont(quoted)
        return [summary, description]

    def save(self) -> None:
        complaint_id, text = self.row.id, self.text.toPlainText()
        clock, actor = self.context.clock, self.context.actor
        if self.step == "answer":
            outcome = ComplaintOutcome(self.outcome.currentData())
            day = _pydate(self.day)

            def answer(session: Session) -> None:
                complaints.answer(
                    session, clock, actor, complaint_id, outcome=outcome, text=text, on=day
                )

            self._write(self.tr("Answering the complaint"), answer)
        else:

            def close(session: Session) -> None:
                complaints.close(session, clock, actor, complaint_id, lessons=text)

            self._write(self.tr("Closing the complaint"), close)

    def _saved(self, result: Any) -> None:
        self.saved = True
        super()._saved(result)

    @classmethod
    def ask(
        cls, context: UiContext, row: ComplaintRow, step: str, parent: QWidget | None = None
    ) -> bool:
        """True once the answer (``step="answer"``) or the closing (``"close"``) is saved."""
        dialog = cls(context, row, step, parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()


class DelaysDialog(WritingDialog):
    """The practice's delays for complaints recorded from now on (the practice manager's).

    Attributes:
        acknowledge / answer: working days to acknowledge, calendar days to answer.
        saved: True once written.
    """

    def __init__(
        self, context: UiContext, delays: ComplaintDelays, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Delays for complaints"))
        self.saved = False
        self.acknowledge = QSpinBox(self)
        self.acknowledge.setRange(*complaints.ACKNOWLEDGE_RANGE)
        self.acknowledge.setValue(delays.acknowledge_working_days)
        self.acknowledge.setSuffix(self.tr(" working day(s)"))
        self.answer = QSpinBox(self)
        self.answer.setRange(*complaints.ANSWER_RANGE)
        self.answer.setValue(delays.answer_days)
        self.answer.setSuffix(self.tr(" day(s)"))
        note = QLabel(
            self.tr(
                "Counted from the day a complaint arrives. Weekends and French public "
                "holidays are not working days. Complaints already recorded keep their "
                "deadlines."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Acknowledge within:"), self.acknowledge)
        form.addRow(self.tr("A&nswer within:"), self.answer)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok_button().setText(self.tr("&Save"))

    def save(self) -> None:
        delays = ComplaintDelays(self.acknowledge.value(), self.answer.value())
        clock, actor = self.context.clock, self.context.actor

        def work(session: Session) -> None:
            complaints.save_delays(session, clock, actor, delays)

        self._write(self.tr("Saving the delays"), work)

    def _saved(self, result: Any) -> None:
        self.saved = True
        super()._saved(result)

    @classmethod
    def ask(
        cls, context: UiContext, delays: ComplaintDelays, parent: QWidget | None = None
    ) -> bool:
        """True once new delays are saved."""
        dialog = cls(context, delays, parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class RegisterRead:
    """What one read of the register brings back to the GUI thread.

    Attributes:
        rows: the complaints to show.
        register: every complaint, voided ones too (what a duplicate may repeat).
    """

    rows: list[ComplaintRow]
    today: date
    delays: ComplaintDelays
    register: list[ComplaintRow]


class ComplaintsTab(QWidget):
    """The register: every complaint not closed (or all), and the step each one needs.

    Attributes:
        model / table: the register.
        show_all: "To do" (not closed) or "All complaints".
        summary: how many are open and overdue.
        detail: the selected complaint's words (description, answer, lessons).
        new_button / edit_button / void_button / acknowledge_button / answer_button /
            close_button.
        register: every complaint of the last read, voided ones too.
        delays_button: the practice manager's delays (:class:`DelaysDialog`).
        message: the last action's outcome or its error.
        job: the read or write running on the database worker, if any.
        delays: the delays in force (read with the register).

    Signals:
        refreshed(): the register on screen is fresh.
        changed(): a complaint was recorded or moved on (Today counts them).
    """

    refreshed = Signal()
    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundTask | None = None
        self.delays = ComplaintDelays()
        self.register: list[ComplaintRow] = []
        self._refresh_again = False
        self._select_after: int | None = None
        self._can_record = context.actor.can(Permission.EDIT_PATIENTS)
        self._manager = context.actor.can(Permission.MANAGE_SETTINGS)
        self._build()
        self.refresh()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.show_all = QComboBox(self)
        self.show_all.setAccessibleName(self.tr("Which complaints"))
        self.show_all.addItem(self.tr("To do (not closed)"), False)
        self.show_all.addItem(self.tr("All complaints"), True)
        self.show_all.currentIndexChanged.connect(self.refresh)
        self.delays_button = QPushButton(self.tr("&Delays…"), self)
        self.delays_button.clicked.connect(self.change_delays)
        self.delays_button.setEnabled(self._manager)
        self.delays_button.setToolTip(
            self.tr("How long the practice gives itself to acknowledge and to answer.")
            if self._manager
            else self.tr("Only the practice manager (an administrator) changes the delays.")
        )
        self.summary = QLabel(self)
        self.updating = QLabel(self.tr("Updating…"), self)
        self.updating.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.updating.setVisible(False)

        self._build_table()
        self._build_buttons()
        top = QHBoxLayout()
        top.addWidget(self.show_all)
        top.addWidget(self.delays_button)
        top.addStretch(1)
        top.addWidget(self.updating)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        for button in (self.acknowledge_button, self.answer_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_explanation()
        self._update_buttons()

    def _build_table(self) -> None:
        self.model = ComplaintTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Register of complaints"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New complaint…"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button = QPushButton(self.tr("&Void as duplicate…"), self)
        self.void_button.clicked.connect(self.void_selected)
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge…"), self)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.answer_button = QPushButton(self.tr("&Answer…"), self)
        self.answer_button.clicked.connect(self.answer_selected)
        self.close_button = QPushButton(self.tr("C&lose…"), self)
        self.close_button.clicked.connect(self.close_selected)
        self.new_button.setEnabled(self._can_record)
        if not self._can_record:
            self.new_button.setToolTip(self.tr("Your role cannot record complaints."))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)

    def _show_explanation(self) -> None:
        self.explanation.setText(
            self.tr(
                "Record each complaint the day it arrives. It is acknowledged within %1 "
                "working day(s) (weekends and public holidays do not count) and answered "
                "within %2 days. Receptionists and practitioners record and acknowledge; "
                "the practice manager answers and closes, with the lessons learnt."
            )
            .replace("%1", str(self.delays.acknowledge_working_days))
            .replace("%2", str(self.delays.answer_days))
        )

    # -- reading -----------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: another desk (or the command line) may have moved a complaint on."""
        super().showEvent(event)
        if self.model.today != date.min and not self.busy():
            self.refresh()

    def refresh(self) -> None:
        """Read the register again on the database worker."""
        if self.busy():
            self._refresh_again = True
            return
        self.updating.setVisible(True)
        context = self.context
        show_all = bool(self.show_all.currentData())

        def read(_progress: Progress) -> RegisterRead:
            with context.database.read_session() as session:
                today = context.settings.today(context.clock)
                register = complaints.complaint_list(session, ComplaintFilter(include_voided=True))
                return RegisterRead(
                    register if show_all else [r for r in register if needs_someone(r)],
                    today,
                    complaints.read_delays(session),
                    register,
                )

        self._start(
            run_in_background(
                self, self.tr("Reading the complaints"), read, self.apply, self._read_failed
            )
        )

    def _start(self, job: BackgroundTask) -> None:
        self.job = job
        job.finished.connect(lambda: self._job_finished(job))

    def _job_finished(self, job: BackgroundTask) -> None:
        if job is not self.job:
            return
        self.updating.setVisible(False)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def apply(self, read: RegisterRead) -> None:
        """Show a fresh read; the selection is kept by complaint."""
        selected = self._select_after or self.selected_id()
        self._select_after = None
        self.delays = read.delays
        self.register = read.register
        self._show_explanation()
        self.model.set_rows(read.rows, read.today)
        open_rows = [r for r in read.rows if r.is_open]
        overdue = sum(1 for r in open_rows if r.late(read.today))
        self.summary.setText(
            self.tr("%n not answered yet", "", len(open_rows))
            + (self.tr(", %n overdue", "", overdue) if overdue else "")
        )
        if selected is not None:
            self.select_complaint(selected)
        self._selection_changed()
        self.refreshed.emit()

    # -- selection ---------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def selected_row(self) -> ComplaintRow | None:
        complaint_id = self.selected_id()
        index = self.model.row_of(complaint_id) if complaint_id is not None else -1
        return self.model.rows[index] if index >= 0 else None

    def select_complaint(self, complaint_id: int) -> bool:
        index = self.model.row_of(complaint_id)
        if index < 0:
            return False
        self.table.selectRow(index)
        return True

    def _selection_changed(self) -> None:
        self._show_detail(self.selected_row())
        self._update_buttons()

    def _show_detail(self, row: ComplaintRow | None) -> None:
        if row is None:
            self.detail.setText(self.tr("Select a complaint to read it."))
            return
        parts = [
            self.tr("Complaint %1, received on %2 (%3), recorded by %4.")
            .replace("%1", str(row.id))
            .replace("%2", short_date(row.received_on))
            .replace("%3", channel_name(row.channel))
            .replace("%4", row.recorded_by),
            row.description or self.tr("(description erased)"),
        ]
        if row.acknowledged_on is not None:
            parts.append(
                self.tr("Acknowledged on %1.").replace("%1", short_date(row.acknowledged_on))
            )
        if row.answered_on is not None:
            parts.append(
                self.tr("Answer of %1: %2")
                .replace("%1", short_date(row.answered_on))
                .replace("%2", row.answer)
            )
        if row.closed_on is not None:
            parts.append(self.tr("Lessons learnt: %1").replace("%1", row.lessons))
        if row.voided_on is not None:
            parts.append(self._voided(row))
        self.detail.setText("\n".join(parts))

    def _voided(self, row: ComplaintRow) -> str:
        assert row.voided_on is not None
        if row.duplicate_of is None:
            return self.tr("Voided as a duplicate on %1; it counts in no figure.").replace(
                "%1", short_date(row.voided_on)
            )
        return (
            self.tr("Voided on %1 as a duplicate of complaint %2; it counts in no figure.")
            .replace("%1", short_date(row.voided_on))
            .replace("%2", str(row.duplicate_of))
        )

    def _update_buttons(self) -> None:
        row = self.selected_row()
        pick = self.tr("Select a complaint first.")
        not_manager = self.tr("Only the practice manager (an administrator) answers and closes.")
        # Acknowledge
        if not self._can_record:
            ack, ack_tip = False, self.tr("Your role cannot change complaints.")
        elif row is None:
            ack, ack_tip = False, pick
        elif row.status is not ComplaintStatus.RECEIVED or row.is_voided:
            ack, ack_tip = False, self._already(row)
        else:
            ack, ack_tip = (
                True,
                self.tr("Record the day the complainant was told that it is in hand."),
            )
        # Answer
        if not self._manager:
            answer, answer_tip = False, not_manager
        elif row is None:
            answer, answer_tip = False, pick
        elif not row.is_open:
            answer, answer_tip = False, self._already(row)
        else:
            answer, answer_tip = True, self.tr("Record the practice's answer and its outcome.")
        # Close
        if not self._manager:
            close, close_tip = False, not_manager
        elif row is None:
            close, close_tip = False, pick
        elif row.status is ComplaintStatus.CLOSED:
            close, close_tip = False, self._already(row)
        elif row.status is not ComplaintStatus.ANSWERED:
            close, close_tip = False, self.tr("Answer the complaint before closing it.")
        else:
            close, close_tip = True, self.tr("Close it with the lessons learnt.")
        edit, edit_tip, void, void_tip = self._change_buttons(row)
        for button, enabled, tip in (
            (self.edit_button, edit, edit_tip),
            (self.void_button, void, void_tip),
            (self.acknowledge_button, ack, ack_tip),
            (self.answer_button, answer, answer_tip),
            (self.close_button, close, close_tip),
        ):
            button.setEnabled(enabled)
            button.setToolTip(tip)

    def _change_buttons(self, row: ComplaintRow | None) -> tuple[bool, str, bool, str]:
        """(Edit enabled, its tip, Void enabled, its tip)."""
        pick = self.tr("Select a complaint first.")
        if not self._can_record:
            edit, edit_tip = False, self.tr("Your role cannot change complaints.")
        elif row is None:
            edit, edit_tip = False, pick
        elif not row.can_change:
            edit, edit_tip = False, self._already(row)
        else:
            edit, edit_tip = True, self.tr("Correct what was recorded when it came in.")
        if not self._manager:
            void, void_tip = (
                False,
                self.tr("Only the practice manager (an administrator) voids a complaint."),
            )
        elif row is None:
            void, void_tip = False, pick
        elif not row.can_change:
            void, void_tip = False, self._already(row)
        else:
            void, void_tip = True, self.tr("Recorded twice: keep it, but count it no more.")
        return edit, edit_tip, void, void_tip

    def _already(self, row: ComplaintRow) -> str:
        if row.voided_on is not None:
            return self.tr("Voided as a duplicate on %1.").replace("%1", short_date(row.voided_on))
        if row.status is ComplaintStatus.CLOSED:
            assert row.closed_on is not None
            return self.tr("Closed on %1.").replace("%1", short_date(row.closed_on))
        if row.status is ComplaintStatus.ANSWERED:
            assert row.answered_on is not None
            return self.tr("Answered on %1.").replace("%1", short_date(row.answered_on))
        assert row.acknowledged_on is not None
        return self.tr("Acknowledged on %1.").replace("%1", short_date(row.acknowledged_on))

    # -- actions -----------------------------------------------------------------------

    def change_delays(self) -> bool:
        if not self._manager or not DelaysDialog.ask(self.context, self.delays, self):
            return False
        self.show_message(self.tr("The new delays apply to complaints recorded from now on."))
        self.refresh()
        return True

    def new_record(self) -> int | None:
        """Ctrl+N: record a complaint; returns its number once recorded."""
        if not self._can_record:
            return None
        complaint_id = ComplaintDialog.ask(self.context, self.delays, self)
        if complaint_id is not None:
            self._changed(
                self.tr("Complaint %1 recorded.").replace("%1", str(complaint_id)), complaint_id
            )
        return complaint_id

    def acknowledge_selected(self) -> bool:
        """Acknowledge on the day it was done (today unless said otherwise)."""
        row = self.selected_row()
        if row is None or not AcknowledgeDialog.ask(self.context, row, self):
            return False
        self._changed(self.tr("Complaint %1 acknowledged.").replace("%1", str(row.id)), row.id)
        return True

    def edit_selected(self) -> bool:
        """Correct what intake recorded; says which fields changed, or that none did."""
        row = self.selected_row()
        if row is None or not self._can_record:
            return False
        changed = CorrectionDialog.correct(self.context, row, self)
        if changed is None:
            return False
        if changed:
            self._changed(self.tr("Complaint %1 corrected.").replace("%1", str(row.id)), row.id)
        else:
            self.show_message(self.tr("Nothing was changed."))
        return True

    def void_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not self._manager:
            return False
        if not VoidDialog.ask(self.context, row, self.register, self):
            return False
        self._changed(
            self.tr("Complaint %1 voided as a duplicate.").replace("%1", str(row.id)), row.id
        )
        return True

    def answer_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not StepDialog.ask(self.context, row, "answer", self):
            return False
        self._changed(self.tr("Complaint %1 answered.").replace("%1", str(row.id)), row.id)
        return True

    def close_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not StepDialog.ask(self.context, row, "close", self):
            return False
        self._changed(self.tr("Complaint %1 closed.").replace("%1", str(row.id)), row.id)
        return True

    def _changed(self, text: str, complaint_id: int) -> None:
        self.show_message(text)
        self._select_after = complaint_id
        self.changed.emit()
        self.refresh()

    def _read_failed(self, error: BaseException) -> None:
        self.show_message(
            self.tr("The complaints could not be read: %1").replace("%1", str(error)), error=True
        )

    def _report(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(field_message(e) for e in error.errors)
        elif isinstance(error, RelaisError):
            text = str(error)
        else:
            text = self.tr("Unexpected error: %1").replace("%1", repr(error))
        self.show_message(text, error=True)
        self.refresh()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN} {text}" if error else text)
        self.message.setVisible(True)
