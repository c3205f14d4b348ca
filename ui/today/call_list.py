"""The call list (DESIGN §10 flow 5): who to call, on which numbers, about what, and
one click per outcome on the selected call.

The outcome is saved at once in its own transaction (a short write, like
every desk action); the row leaves the list when the call is done, and the
next call is selected so the receptionist can go on with Alt+R, Alt+V…
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import calls
from app.access import Permission
from app.errors import RelaisError, ValidationError
from app.normalize import phone_display
from app.today import CallToMake, PhoneNumber
from db.models import CallOutcome, ContactKind, MessageStatus
from ui.context import UiContext
from ui.i18n import current_language

# Columns of the call list.
PATIENT, NUMBERS, PURPOSE, ABOUT, TRIES = range(5)
CALL_SIGN = "\u2706"  # a telephone: "tried already", beside the words


def local_moment(moment: datetime, zone: ZoneInfo) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def moment_text(moment: datetime, zone: ZoneInfo, today: date) -> str:
    """ "10:15" today, "Wed 2 Dec, 14:30" another day, in the user's language."""
    local = local_moment(moment, zone)
    if local.date().toPython() == today:
        return QLocale().toString(local.time(), "HH:mm")
    return QLocale().toString(local, "ddd d MMM, HH:mm")


def number_text(number: PhoneNumber) -> str:
    kind = (
        QCoreApplication.translate("CallList", "mobile")
        if number.kind is ContactKind.MOBILE
        else QCoreApplication.translate("CallList", "landline")
    )
    return f"{phone_display(number.value)} ({kind})"


class CallList(QWidget):
    """The calls to make, the script and number of the selected one, and the outcome buttons.

    Attributes:
        table: one row per call, in the order to make them (message id in UserRole).
        script: what to say on the selected call (the rendered call script).
        number: the number dialled; a wrong number flags this one.
        note: an optional note kept with the outcome (never in the audit log).
        buttons: the outcome buttons by :class:`CallOutcome`, each with an Alt shortcut.
        empty: shown instead of the table when there is nobody to call.

    Signals:
        recorded(str): an outcome was saved; the text says what happened.
        failed(str): an outcome could not be saved, and why.
    """

    recorded = Signal(str)
    failed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.calls: list[CallToMake] = []
        self._day = context.settings.today(context.clock)
        self._can_record = context.actor.can(Permission.EDIT_PATIENTS)
        self._build()
        self._show_selected()

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Call list"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Patient"),
                self.tr("Numbers"),
                self.tr("Purpose"),
                self.tr("About"),
                self.tr("Tries"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Every column as wide as its text (a narrow screen scrolls rather than
        # cutting the tries short); the last one takes what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.empty = QLabel(self.tr("Nobody to call for now."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)

    def _build(self) -> None:
        self._build_table()
        self.script = QPlainTextEdit(self)
        self.script.setReadOnly(True)
        self.script.setAccessibleName(self.tr("What to say"))
        self.script.setPlaceholderText(self.tr("Select a call to see what to say."))
        self.script.setFixedHeight(self.script.fontMetrics().lineSpacing() * 5 + 12)
        self.number = QComboBox(self)
        self.number.setAccessibleName(self.tr("Number dialled"))
        self.number.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note for this call"))
        self.note.setPlaceholderText(self.tr("Optional: what the patient said"))
        self.note.setMaxLength(calls.NOTE_LIMIT)

        self.buttons = {
            CallOutcome.REACHED: QPushButton(self.tr("&Reached"), self),
            CallOutcome.VOICEMAIL: QPushButton(self.tr("&Voicemail"), self),
            CallOutcome.NO_ANSWER: QPushButton(self.tr("&No answer"), self),
            CallOutcome.WRONG_NUMBER: QPushButton(self.tr("&Wrong number"), self),
        }
        self.buttons[CallOutcome.REACHED].setToolTip(
            self.tr("You spoke to the patient: the call is done.")
        )
        self.buttons[CallOutcome.VOICEMAIL].setToolTip(
            self.tr("You left a message: the call is done.")
        )
        self.buttons[CallOutcome.NO_ANSWER].setToolTip(
            self.tr("Nobody answered: the call goes back in the list (three tries at most).")
        )
        self.buttons[CallOutcome.WRONG_NUMBER].setToolTip(
            self.tr(
                "The number is not the patient's: it is flagged and not used again; "
                "the next reminder goes by another channel or by post."
            )
        )
        for outcome, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, o=outcome: self.record(o))

        details = QFormLayout()
        details.addRow(self.tr("Script:"), self.script)
        number_label = QLabel(self.tr("Number &dialled:"), self)
        number_label.setBuddy(self.number)
        details.addRow(number_label, self.number)
        note_label = QLabel(self.tr("N&ote:"), self)
        note_label.setBuddy(self.note)
        details.addRow(note_label, self.note)
        outcomes = QHBoxLayout()
        outcomes.addWidget(QLabel(self.tr("Outcome:"), self))
        for button in self.buttons.values():
            outcomes.addWidget(button)
        outcomes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(details)
        layout.addLayout(outcomes)

    # -- contents --------------------------------------------------------------------

    def set_calls(self, to_make: Sequence[CallToMake], day: date) -> None:
        """Show a new list, keeping the selected call if it is still there."""
        kept = self.selected_call()
        self._day = day
        self.calls = list(to_make)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.calls))
        for row, call in enumerate(self.calls):
            self._fill_row(row, call)
        self.table.blockSignals(False)
        self.table.setVisible(bool(self.calls))
        self.empty.setVisible(not self.calls)
        if not (kept is not None and self.select_call(kept.message_id)) and self.calls:
            self.table.selectRow(0)  # the next call to make, ready for one click
        self._show_selected()

    def _fill_row(self, row: int, call: CallToMake) -> None:
        zone = self.context.settings.zone()
        cells = [
            call.patient_name,
            "\n".join(number_text(n) for n in call.numbers) or self.tr("no usable number"),
            call.purpose.in_language(current_language()),
            moment_text(call.due_at, zone, self._day),
            self.tries_text(call),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, call.message_id)
            self.table.setItem(row, column, item)
        # One line per number, and never tighter than an ordinary row.
        ordinary = self.table.verticalHeader().defaultSectionSize()
        self.table.setRowHeight(row, max(ordinary, self.table.sizeHintForRow(row) + 6))

    def tries_text(self, call: CallToMake) -> str:
        """Words with a sign: colour is never the only signal (DESIGN §11)."""
        if call.attempts == 0:
            return self.tr("Not called yet")
        text = f"{CALL_SIGN} " + self.tr("No answer (try %1 of %2)").replace(
            "%1", str(call.attempts)
        ).replace("%2", str(calls.NO_ANSWER_LIMIT))
        if call.call_again_after is not None:
            when = moment_text(call.call_again_after, self.context.settings.zone(), self._day)
            text += "\n" + self.tr("again after %1").replace("%1", when)
        return text

    def selected_call(self) -> CallToMake | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.calls):
            return None
        return self.calls[rows[0].row()]

    def select_call(self, message_id: int) -> bool:
        for row, call in enumerate(self.calls):
            if call.message_id == message_id:
                self.table.selectRow(row)
                return True
        return False

    def _show_selected(self) -> None:
        call = self.selected_call()
        self.script.setPlainText(call.script if call is not None else "")
        self.number.clear()
        for number in call.numbers if call is not None else ():
            self.number.addItem(number_text(number), number.contact_id)
        self.number.setEnabled(self.number.count() > 1)
        self.note.clear()
        for button in self.buttons.values():
            button.setEnabled(call is not None and self._can_record)

    # -- outcomes --------------------------------------------------------------------

    def record(self, outcome: CallOutcome) -> bool:
        """Save ``outcome`` for the selected call; True when it was saved."""
        call = self.selected_call()
        if call is None:
            return False
        contact_id = self.number.currentData()
        try:
            with self.context.database.transaction() as session:
                message = calls.record_outcome(
                    session,
                    self.context.clock,
                    self.context.actor,
                    call.message_id,
                    outcome,
                    self.note.text(),
                    contact_id=contact_id if isinstance(contact_id, int) else None,
                )
                still_to_call = message.status is MessageStatus.QUEUED
                call_again_after = message.next_attempt_at
        except ValidationError as exc:
            self.failed.emit("\n".join(e.message for e in exc.errors))
            return False
        except RelaisError as exc:
            self.failed.emit(str(exc))
            return False
        row = self.calls.index(call)
        if still_to_call:
            self.calls[row] = replace(
                call,
                attempts=call.attempts + 1,
                last_outcome=outcome,
                call_again_after=call_again_after,
            )
            self._fill_row(row, self.calls[row])
            if row + 1 < len(self.calls):
                self.table.selectRow(row + 1)  # on to the next one; this one comes back
        else:
            self.calls.pop(row)
            self.table.removeRow(row)
            self.table.setVisible(bool(self.calls))
            self.empty.setVisible(not self.calls)
            if self.calls:
                self.table.selectRow(min(row, len(self.calls) - 1))
        self._show_selected()
        self.recorded.emit(self.outcome_text(call, outcome, still_to_call, contact_id))
        return True

    def outcome_text(
        self, call: CallToMake, outcome: CallOutcome, still_to_call: bool, contact_id: object
    ) -> str:
        name = call.patient_name
        if outcome is CallOutcome.REACHED:
            return self.tr("%1 reached: the call is done.").replace("%1", name)
        if outcome is CallOutcome.VOICEMAIL:
            return self.tr("Message left for %1: the call is done.").replace("%1", name)
        if outcome is CallOutcome.NO_ANSWER:
            if still_to_call:
                return self.tr("No answer from %1: the call stays on the list.").replace("%1", name)
            return (
                self.tr("No answer from %1 after %2 tries: the call leaves the list.")
                .replace("%1", name)
                .replace("%2", str(calls.NO_ANSWER_LIMIT))
            )
        dialled = next((n for n in call.numbers if n.contact_id == contact_id), None)
        return (
            self.tr(
                "Wrong number for %1: %2 is flagged and will not be used again. "
                "Retry the message to use another number, or the post."
            )
            .replace("%1", name)
            .replace("%2", phone_display(dialled.value) if dialled else "")
        )
