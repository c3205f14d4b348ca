"""A STOP read on the practice's phone, keyed in by the receptionist (DESIGN §10 flow 6).

The rules are those of the gateway's export (:mod:`app.importers.sms_replies`):
the STOP is for the patient whose SMS it answers, not for the household that
shares the phone; a number that tells nobody, or a household without an SMS of
ours, records nothing and the dialog says so, offering to choose the patient.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import normalize
from app.errors import RelaisError
from app.importers.sms_replies import (
    StopOutcome,
    StopStatus,
    record_stop,
    record_stop_for_patient,
)
from db.models import ContactKind
from ui.context import UiContext
from ui.patients.consent_words import WARNING_SIGN
from ui.patients.finder import PatientFinder
from ui.style import ERROR_STYLE


class StopDialog(QDialog):
    """Who sent the STOP (their number, or the patient) and on which day.

    Attributes:
        by_number / by_patient: how the sender is given.
        number: the number the STOP came from; ``number_error`` says what is wrong with it.
        finder: the patient, when the receptionist knows who sent it.
        received: the day the STOP arrived (today at the latest).
        problem: why nothing was recorded, in words.
        outcome: what was recorded, once the dialog is accepted.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.outcome: StopOutcome | None = None
        self.setWindowTitle(self.tr("Record an SMS STOP"))
        intro = QLabel(
            self.tr(
                "A patient answered STOP to one of our SMS. Say where it came from: SMS to "
                "that patient stop for every purpose. Others who share the phone keep "
                "their preferences."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.by_number = QRadioButton(self.tr("From the &number:"), self)
        self.by_patient = QRadioButton(self.tr("From the &patient:"), self)
        self.by_number.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_number)
        group.addButton(self.by_patient)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("06 12 34 56 78")
        self.number.setAccessibleName(self.tr("Number the STOP came from"))
        self.number_error = _error_label(self)
        self.finder = PatientFinder(
            context,
            self,
            placeholder=self.tr("Name, phone or birth date"),
            search_name=self.tr("Find the patient"),
            results_name=self.tr("Matching patients"),
        )
        self.received = QDateEdit(self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd/MM/yyyy")
        today = context.settings.today(context.clock)
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received.setDate(QDate(today.year, today.month, today.day))
        self.problem = _error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.record_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setText(self.tr("&Record the STOP"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)

        self.number.textChanged.connect(self._number_typed)
        self.number.returnPressed.connect(self.record)
        self.finder.search.textChanged.connect(lambda _text: self.by_patient.setChecked(True))
        self.finder.chosen.connect(self._update)
        self.by_number.toggled.connect(self._update)

        form = QFormLayout()
        form.addRow(self.by_number, self.number)
        form.addRow("", self.number_error)
        form.addRow(self.by_patient, self.finder)
        form.addRow(self.tr("Received &on:"), self.received)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(560, self.sizeHint().height())

    @classmethod
    def ask(cls, context: UiContext, parent: QWidget | None = None) -> StopOutcome | None:
        """Show the dialog; the outcome once a STOP was recorded, None if cancelled."""
        dialog = cls(context, parent)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()

    def _number_typed(self) -> None:
        self.by_number.setChecked(True)
        self.number_error.hide()
        self.problem.hide()

    def _update(self) -> None:
        self.record_button.setEnabled(
            self.by_number.isChecked() or self.finder.patient_id() is not None
        )

    def received_at(self) -> datetime:
        """Today: now. An earlier day: its end, in the practice's zone (any SMS of that day)."""
        day = self.received.date().toPython()
        assert isinstance(day, date)
        now = self.context.clock.now()
        end = datetime.combine(day + timedelta(days=1), time(0), self.context.settings.zone())
        return min(now, end)

    def record(self) -> bool:
        """Record the STOP; the dialog closes when it was recorded (or had been already)."""
        self.problem.hide()
        region = self.context.settings.default_region
        number = ""
        if self.by_number.isChecked():
            try:
                number = normalize.phone(self.number.text(), region, ContactKind.MOBILE)
            except normalize.Invalid as invalid:
                self._number_problem(invalid, region)
                return False
        patient_id = self.finder.patient_id()
        if not number and patient_id is None:
            return False
        try:
            with self.context.database.transaction() as session:
                if number:
                    outcome = record_stop(
                        session,
                        self.context.clock,
                        self.context.actor,
                        number,
                        self.received_at(),
                        region=region,
                        note=self._note(number),
                    )
                else:
                    assert patient_id is not None
                    outcome = record_stop_for_patient(
                        session,
                        self.context.clock,
                        self.context.actor,
                        patient_id,
                        self.received_at(),
                        note=self._note(""),
                    )
        except RelaisError as error:
            self._show_problem(str(error))
            return False
        if outcome.status in (StopStatus.RECORDED, StopStatus.ALREADY_STOPPED):
            self.outcome = outcome
            self.accept()
            return True
        self._cannot_tell(outcome)
        return False

    def _note(self, number: str) -> str:
        # Stored in the ledger, in English like every note the services write.
        day = self.received.date().toString("dd/MM/yyyy")
        sender = f"from {normalize.phone_display(number)}" if number else "sender chosen by hand"
        return f"STOP read on the practice's phone, received {day}, {sender}"

    def _cannot_tell(self, outcome: StopOutcome) -> None:
        shown = normalize.phone_display(outcome.number)
        if outcome.status is StopStatus.SHARED_NUMBER:
            self._show_problem(
                self.tr(
                    "%1 is shared by %2 patients and none of them was sent an SMS from us: "
                    "whose STOP it is cannot be told. Nothing was recorded. Choose the patient "
                    "below."
                )
                .replace("%1", shown)
                .replace("%2", str(outcome.sharing))
            )
            # Their household is one search away: the number finds them all.
            self.finder.search.setText(shown)
            self.finder.search.setFocus()
        else:
            self._show_problem(
                self.tr(
                    "No patient has the number %1 and no SMS went to it. Nothing was "
                    "recorded. Check the number, or choose the patient."
                ).replace("%1", shown)
            )

    def _number_problem(self, invalid: normalize.Invalid, region: str) -> None:
        if not self.number.text().strip():
            text = self.tr("Type the number the STOP came from.")
        elif invalid.code == "not_mobile":
            text = self.tr("This is not a mobile number: it cannot have sent an SMS.")
        else:
            text = self.tr(
                "This is not a valid mobile number (numbers without +country are read as %1)."
            ).replace("%1", region)
        self.number_error.setText(f"{WARNING_SIGN} {text}")
        self.number_error.show()
        self.number.setFocus()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(f"{WARNING_SIGN} {text}")
        self.problem.show()


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label
