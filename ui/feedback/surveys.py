"""Satisfaction surveys on screen: who was asked, keying in answers, importing them, inviting.

The tab lists the invitations (patient, survey, channel, asked on, answered or
not).  Answers come in three ways: from the paper slip (its reference code,
checked as it is typed: a typo is caught by the check character before anything
is saved; the code names the round, and a form already answered is said so and
its answers are replaced only once the user agrees), from a phone call (find
the patient, pick the survey), or from the CSV an online form tool exports
(imported on the database worker, every bad row listed by line and column, in
the user's language, while the others are kept).  "Invite patients…" asks
the survey through the patients' own channels; who was asked within the
frequency cap is skipped and said so.  Reads and writes run on the database
worker (:func:`ui.background.run_in_background`); the live check of a reference
reads one patient's name on the GUI thread, as the patient finder does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import surveys
from app.access import Permission
from app.errors import FieldError, RelaisError, ValidationError
from app.survey_form import (
    ChoiceQuestion,
    InvalidReference,
    NpsQuestion,
    Question,
    ScaleQuestion,
    SurveyForm,
    parse_reference,
)
from app.surveys import AnswerImportReport, InvitationRow, InviteOutcome, Recorded
from app.tasks import Progress
from db.models import Channel, MessageStatus, Patient, Survey
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.feedback.words import reference_problem, short_date, survey_file_message, survey_message
from ui.feedback.writing_dialog import WritingDialog
from ui.patients.consent_words import NO_SIGN, YES_SIGN, channel_name
from ui.patients.finder import PatientFinder, patient_line
from ui.reminders.widgets import RowsModel
from ui.style import ERROR_STYLE

_Index = QModelIndex | QPersistentModelIndex

# Columns of the invitations table (CONVENTIONS 8), in screen order.
PATIENT, SURVEY, CHANNEL, ASKED, ANSWERED = range(5)
COLUMN_COUNT = 5
InvitationIdRole = Qt.ItemDataRole.UserRole + 1
# The asking message's ends that asked nobody (app.surveys.ASKING are the others).
NOT_SENT = frozenset({MessageStatus.CANCELLED, MessageStatus.FAILED, MessageStatus.EXPIRED})
CHECKED_STYLE = (
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " font-weight: bold; }"
)


def ui_language() -> str:
    """The survey's words in the user's language: French for French, English otherwise."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


@dataclass(frozen=True)
class SurveyChoice:
    """A survey the dialogs offer: its id, name and form in the user's language; a retired
    one (not ``active``) is no longer asked, but its slips still come back to be keyed in."""

    id: int
    name: str
    form: SurveyForm
    active: bool = True


@dataclass(frozen=True)
class SurveysRead:
    """One read of the tab: the invitations, the surveys, the cap."""

    rows: list[InvitationRow]
    surveys: list[SurveyChoice]
    cap_days: int


class InvitationTableModel(RowsModel):
    """The invitations, latest first.

    A practice asks a few hundred patients a year: the rows themselves are held,
    small frozen records read in one query on the database worker (the service
    caps the list at 1,000).

    Attributes:
        zone: the practice's time zone, the days are said in.
        rows: the invitations shown.
    """

    column_count = COLUMN_COUNT

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.rows: list[InvitationRow] = []

    def set_rows(self, rows: Sequence[InvitationRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Patient"),
            self.tr("Survey"),
            self.tr("Channel"),
            self.tr("Asked on"),
            self.tr("Answered?"),
        )

    def cell_text(self, row: InvitationRow, column: int) -> str:
        if column == PATIENT:
            return row.patient_name
        if column == SURVEY:
            return row.survey_name
        if column == CHANNEL:
            return channel_name(row.channel)
        if column == ASKED:
            return short_date(row.asked_at.astimezone(self.zone).date())
        return self.answered_text(row)

    def answered_text(self, row: InvitationRow) -> str:
        """Whether they answered, when; or that the survey never went."""
        if row.answered_at is None and row.message_status in NOT_SENT:
            # Not counted as asked (nor in the response rate): the message never went.
            return f"{NO_SIGN} " + self.tr("Not sent")
        if row.answered_at is None:
            return f"{NO_SIGN} " + self.tr("Not yet")
        answered = short_date(row.answered_at.astimezone(self.zone).date())
        return f"{YES_SIGN} " + self.tr("On %1").replace("%1", answered)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = index.column()
        if not 0 <= column < COLUMN_COUNT:
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Reference on the form: %1").replace("%1", row.reference)
        if role == InvitationIdRole:
            return row.id
        return None


# -- answering one question ----------------------------------------------------------------


class ScoreButtons(QWidget):
    """A score from ``low`` to ``high`` as a row of buttons, the two ends named under it.

    A second click on the chosen score clears it (the question left unanswered).
    """

    def __init__(
        self, question: NpsQuestion | ScaleQuestion, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        low, high = (0, 10) if isinstance(question, NpsQuestion) else (1, question.points)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(2)
        for score in range(low, high + 1):
            button = QPushButton(str(score), self)
            button.setCheckable(True)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("10") + 22)
            button.setAccessibleName(f"{question.text} {score}")
            self.group.addButton(button, score)
            self.buttons[score] = button
            row.addWidget(button)
        row.addStretch(1)
        self.group.idToggled.connect(self._toggled)
        ends = QLabel(f"{question.low_label}   ·   {question.high_label}".strip(" ·"), self)
        ends.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(ends)
        # The chosen score stands out by more than a shade: filled and bold.
        self.setStyleSheet(CHECKED_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _toggled(self, score: int, checked: bool) -> None:
        if checked:
            for other, button in self.buttons.items():
                if other != score and button.isChecked():
                    button.setChecked(False)

    def value(self) -> int | None:
        return next((score for score, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, score: int | None) -> None:
        for other, button in self.buttons.items():
            button.setChecked(other == score)


class QuestionInput:
    """The input for one question and how to read its answer."""

    def __init__(self, question: Question, parent: QWidget) -> None:
        self.question = question
        self.widget: QWidget
        if isinstance(question, NpsQuestion | ScaleQuestion):
            self.widget = ScoreButtons(question, parent)
        elif isinstance(question, ChoiceQuestion):
            combo = QComboBox(parent)
            combo.addItem(QCoreApplication.translate("AnswersDialog", "— no answer —"), None)
            for position, option in enumerate(question.options, start=1):
                combo.addItem(option, position)
            combo.setAccessibleName(question.text)
            self.widget = combo
        else:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setAccessibleName(question.text)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 12)
            self.widget = text

    def value(self) -> int | str | None:
        widget = self.widget
        if isinstance(widget, ScoreButtons):
            return widget.value()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return None if data is None else int(data)
        assert isinstance(widget, QPlainTextEdit)
        return widget.toPlainText().strip() or None

    def set_value(self, value: int | str | None) -> None:
        widget = self.widget
        if isinstance(widget, ScoreButtons):
            widget.set_value(value if isinstance(value, int) else None)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if isinstance(value, int) else 0
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))


# -- dialogs ---------------------------------------------------------------------------------


class AnswersDialog(WritingDialog):
    """Key in a patient's answers: from the slip's reference code, or from a call.

    Attributes:
        from_slip / from_call: where the answers come from.
        replace_box: while up, the question whether to replace answers saved before.
        reference: the code on the slip; ``reference_check`` says, as it is typed,
            whose form it is or what is wrong with it.
        finder / survey: the patient and the survey, for answers taken on the phone.
        inputs: one input per question of the survey shown, by question key.
        result: the :class:`~app.surveys.Recorded` once saved.
    """

    def __init__(
        self, context: UiContext, choices: Sequence[SurveyChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Key in survey answers"))
        self.choices = {choice.id: choice for choice in choices}
        self.inputs: dict[str, QuestionInput] = {}
        self._shown_survey: int | None = None
        self.replace_box: QMessageBox | None = None  # while it asks
        self.from_slip = QRadioButton(self.tr("From the paper &slip (its reference)"), self)
        self.from_call = QRadioButton(self.tr("From a &call (find the patient)"), self)
        self.from_slip.setChecked(True)
        self.from_slip.toggled.connect(self._mode_changed)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. PA4-MZ0-N0N"))
        self.reference.setAccessibleName(self.tr("Reference on the slip"))
        self.reference.textChanged.connect(self._check_reference)
        self.reference_check = QLabel(self)
        self.reference_check.setWordWrap(True)
        self.finder = PatientFinder(
            context,
            self,
            placeholder=self.tr("Name, phone or birth date"),
            search_name=self.tr("Find the patient who answered"),
            results_name=self.tr("Matching patients"),
        )
        self.survey = QComboBox(self)
        self.survey.setAccessibleName(self.tr("Survey"))
        for choice in choices:
            self.survey.addItem(choice.name, choice.id)
        self.survey.currentIndexChanged.connect(self._survey_picked)
        self.questions = QWidget(self)
        self.questions_form = QFormLayout()
        stacked = QVBoxLayout(self.questions)
        stacked.addLayout(self.questions_form)
        stacked.addStretch(1)  # the questions stay together at the top
        self.questions_form.setVerticalSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        self.ok_button().setText(self.tr("&Save the answers"))
        self._lay_out(scroll)
        self._mode_changed()
        self._check_reference("")
        self.resize(720, 680)

    def _lay_out(self, scroll: QScrollArea) -> None:
        source = QFormLayout()
        source.addRow(self.from_slip)
        reference_label = QLabel(self.tr("&Reference:"), self)
        reference_label.setBuddy(self.reference)
        source.addRow(reference_label, self.reference)
        source.addRow("", self.reference_check)
        source.addRow(self.from_call)
        patient_label = QLabel(self.tr("&Patient:"), self)
        patient_label.setBuddy(self.finder.search)
        source.addRow(patient_label, self.finder)
        survey_label = QLabel(self.tr("S&urvey:"), self)
        survey_label.setBuddy(self.survey)
        source.addRow(survey_label, self.survey)
        self._call_rows = [patient_label, self.finder, survey_label, self.survey]
        self._slip_rows = [reference_label, self.reference, self.reference_check]
        layout = QVBoxLayout(self)
        layout.addLayout(source)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- where the answers come from --------------------------------------------------

    def _mode_changed(self) -> None:
        slip = self.from_slip.isChecked()
        # Only what the chosen way needs is shown: the questions get the room.
        for widget in self._slip_rows:
            widget.setVisible(slip)
        for widget in self._call_rows:
            widget.setVisible(not slip)
        if slip:
            self._check_reference(self.reference.text())
        else:
            self._survey_picked()

    def _check_reference(self, text: str) -> None:
        """Say whose form the code is, or what is wrong with it, as it is typed."""
        if text != text.upper():
            self.reference.setText(text.upper())  # as printed; this checks it again
            return
        if not text.strip():
            self.reference_check.setText(self.tr("Type the code printed on the slip."))
            self.reference_check.setStyleSheet("")
            self._show_questions(None)
            return
        try:
            found = parse_reference(text)
        except InvalidReference as exc:
            self.reference_check.setText(f"{NO_SIGN} {self._reference_problem(text, exc)}")
            self.reference_check.setStyleSheet(ERROR_STYLE)
            self._show_questions(None)
            return
        with self.context.database.read_session() as session:
            patient = session.get(Patient, found.patient_id)
            name = patient_line(patient.last_name, patient.first_name) if patient else None
            invitation = surveys.invitation_of(session, found) if name is not None else None
            answered_at = invitation.answered_at if invitation is not None else None
        if name is None or found.survey_id not in self.choices:
            self.reference_check.setText(
                f"{NO_SIGN} " + self.tr("This code names no survey sent by the practice.")
            )
            self.reference_check.setStyleSheet(ERROR_STYLE)
            self._show_questions(None)
            return
        survey_name = self.choices[found.survey_id].name
        if found.round_number is None:
            # A form printed before rounds: it names the patient's latest invitation.
            whose = self.tr("%1, survey “%2” (older form)")
        else:
            whose = self.tr("%1, survey “%2”, round %3").replace("%3", str(found.round_number))
        whose = whose.replace("%1", name).replace("%2", survey_name)
        if answered_at is not None:
            day = short_date(answered_at.astimezone(self.context.settings.zone()).date())
            whose += " — " + self.tr("already answered on %1").replace("%1", day)
        self.reference_check.setText(f"{YES_SIGN} {whose}")
        self.reference_check.setStyleSheet("")
        self._show_questions(found.survey_id)

    def _reference_problem(self, text: str, error: InvalidReference) -> str:
        cleaned = "".join(text.split()).replace("-", "")
        if error.code == "length" and len(cleaned) < 9:
            return self.tr("Too short: a reference has 9 characters (8 on older forms).")
        if error.code == "length":
            return self.tr("Too long: a reference has 9 characters.")
        return reference_problem(error.code, error.params) or str(error)

    def _survey_picked(self) -> None:
        if self.from_call.isChecked():
            data = self.survey.currentData()
            self._show_questions(None if data is None else int(data))

    def _show_questions(self, survey_id: int | None) -> None:
        """One input per question of the survey (kept as they are when it stays the same)."""
        if survey_id == self._shown_survey:
            return
        self._shown_survey = survey_id
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self.inputs = {}
        if survey_id is None:
            self.questions_form.addRow(
                QLabel(self.tr("The questions appear once the survey is known."), self.questions)
            )
            return
        for question in self.choices[survey_id].form.questions:
            entry = QuestionInput(question, self.questions)
            label = QLabel(question.text, self.questions)
            label.setWordWrap(True)
            label.setBuddy(entry.widget)
            self.questions_form.addRow(label, entry.widget)
            self.inputs[question.key] = entry

    # -- saving ------------------------------------------------------------------------

    def answers(self) -> dict[str, int | str | None]:
        return {key: entry.value() for key, entry in self.inputs.items()}

    def save(self, replace: bool = False) -> None:
        """Save the answers; ``replace``: those saved before for this invitation, once the
        user said so (:meth:`confirm_replace`)."""
        if self._shown_survey is None:
            self.show_error(
                self.tr("Type the slip's reference, or find the patient and pick the survey.")
            )
            return
        answers = self.answers()
        clock, actor = self.context.clock, self.context.actor
        if self.from_slip.isChecked():
            reference = self.reference.text()

            def work(session: Session) -> Recorded:
                return surveys.record_answers(
                    session, clock, actor, reference, answers, "paper", replace=replace
                )

        else:
            patient_id = self.finder.patient_id()
            survey_id = self._shown_survey
            if patient_id is None:
                self.show_error(self.tr("Find the patient who answered first."))
                return

            def work(session: Session) -> Recorded:
                invitation = surveys.open_invitation(
                    session, clock, actor, patient_id, survey_id, Channel.PHONE
                )
                return surveys.record_answers(
                    session, clock, actor, invitation.id, answers, "phone"
                )

        self._write(self.tr("Saving the answers"), work)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, surveys.AlreadyAnswered):
            if self.confirm_replace(error):
                self.save(replace=True)
            else:
                self.ok_button().setEnabled(True)
                self.show_error(self.tr("Nothing was saved: the answers saved before are kept."))
            return
        if isinstance(error, surveys.RoundNotFound):
            self.ok_button().setEnabled(True)
            self.show_error(
                survey_message(
                    "unknown_round",
                    {"round": str(error.round_number), "asked": str(error.asked)},
                )
                or str(error)
            )
            return
        super()._refused(error)

    def confirm_replace(self, error: surveys.AlreadyAnswered) -> bool:
        """Ask before answers saved earlier for the same form are replaced: say when and
        by whom.  Only the same slip keyed in again with a fix should replace them."""
        zone = self.context.settings.zone()
        saved = error.saved_at.astimezone(zone)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace the saved answers?"))
        box.setText(
            self.tr("Answers to this form were saved on %1 at %2 by %3.")
            .replace("%1", short_date(saved.date()))
            .replace("%2", saved.strftime("%H:%M"))
            .replace("%3", error.saved_by)
        )
        box.setInformativeText(
            self.tr(
                "Replace them with the answers keyed in now? Do so only to correct the same "
                "slip keyed in with a mistake: a later survey of this patient has its own "
                "reference."
            )
        )
        replace = box.addButton(self.tr("&Replace them"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.replace_box = box
        try:
            box.exec()
            return box.clickedButton() is replace
        finally:
            self.replace_box = None
            box.deleteLater()

    def field_message(self, error: FieldError) -> str:
        entry = self.inputs.get(error.field)
        params = error.params if isinstance(error, surveys.AnswerFieldError) else {}
        said = survey_message(error.code, params, self.context.settings.zone()) or error.message
        if error.code == "empty" or entry is None:
            return said
        return f"{entry.question.text} — {said}"

    @classmethod
    def ask(
        cls, context: UiContext, choices: Sequence[SurveyChoice], parent: QWidget | None = None
    ) -> Recorded | None:
        """What was saved, or None if the user cancelled."""
        dialog = cls(context, choices, parent)
        try:
            dialog.exec()
            return dialog.written if isinstance(dialog.written, Recorded) else None
        finally:
            dialog.deleteLater()


class InviteDialog(WritingDialog):
    """Choose patients to ask, and the survey; who was asked recently is skipped.

    Attributes:
        survey: which survey.
        finder: find a patient; ``add_button`` puts them on the list.
        chosen: the patients to invite (``remove_button`` takes one off).
        cap: the frequency cap, in words.
        result: the :class:`~app.surveys.InviteOutcome` once done.
    """

    def __init__(
        self,
        context: UiContext,
        choices: Sequence[SurveyChoice],
        cap_days: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Invite patients to a survey"))
        self.survey = QComboBox(self)
        self.survey.setAccessibleName(self.tr("Survey"))
        for choice in choices:
            self.survey.addItem(choice.name, choice.id)
        self.cap = QLabel(
            self.tr(
                "Each patient is asked at most once every %1 days: those asked more "
                "recently, or with a survey already on its way, are skipped. The survey "
                "goes by the channels each patient agreed to; a letter is the paper form "
                "with its reply slip."
            ).replace("%1", str(cap_days)),
            self,
        )
        self.cap.setWordWrap(True)
        self.finder = PatientFinder(
            context,
            self,
            placeholder=self.tr("Name, phone or birth date"),
            search_name=self.tr("Find a patient to invite"),
            results_name=self.tr("Matching patients"),
        )
        self.finder.results.itemActivated.connect(lambda _item: self.add_patient())
        self.add_button = QPushButton(self.tr("&Add to the list"), self)
        self.add_button.clicked.connect(self.add_patient)
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(self.tr("Patients to invite"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_patient)
        self.ok_button().setText(self.tr("&Invite"))
        form = QFormLayout()
        form.addRow(self.tr("S&urvey:"), self.survey)
        find_label = QLabel(self.tr("&Patient:"), self)
        find_label.setBuddy(self.finder.search)
        form.addRow(find_label, self.finder)
        form.addRow("", self.add_button)
        chosen_label = QLabel(self.tr("To &invite:"), self)
        chosen_label.setBuddy(self.chosen)
        form.addRow(chosen_label, self.chosen)
        form.addRow("", self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cap)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(600, 560)

    def add_patient(self) -> bool:
        patient_id = self.finder.patient_id()
        if patient_id is None or patient_id in self.patient_ids():
            return False
        item = self.finder.results.currentItem()
        line = QListWidgetItem(item.text() if item is not None else str(patient_id))
        line.setData(Qt.ItemDataRole.UserRole, patient_id)
        self.chosen.addItem(line)
        return True

    def remove_patient(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def patient_ids(self) -> list[int]:
        return [
            int(self.chosen.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.chosen.count())
        ]

    def save(self) -> None:
        patient_ids = self.patient_ids()
        if not patient_ids:
            self.show_error(self.tr("Add at least one patient to the list."))
            return
        data = self.survey.currentData()
        survey_id = None if data is None else int(data)
        clock, actor = self.context.clock, self.context.actor

        def work(session: Session) -> InviteOutcome:
            return surveys.invite(session, clock, actor, survey_id, patient_ids)

        self._write(self.tr("Inviting the patients"), work)

    @classmethod
    def ask(
        cls,
        context: UiContext,
        choices: Sequence[SurveyChoice],
        cap_days: int,
        parent: QWidget | None = None,
    ) -> InviteOutcome | None:
        dialog = cls(context, choices, cap_days, parent)
        try:
            dialog.exec()
            return dialog.written if isinstance(dialog.written, InviteOutcome) else None
        finally:
            dialog.deleteLater()


class CapDialog(WritingDialog):
    """The practice manager sets the frequency cap: days between two surveys of a patient.

    Attributes:
        days: the cap, within :data:`app.surveys.CAP_RANGE`.
        result: the days saved.
    """

    def __init__(self, context: UiContext, cap_days: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Survey frequency"))
        self.days = QSpinBox(self)
        self.days.setRange(*surveys.CAP_RANGE)
        self.days.setValue(cap_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days between two surveys of one patient"))
        explanation = QLabel(
            self.tr(
                "A patient is asked to answer a survey at most once in this many days, "
                "counted from the last survey that went. Patients asked more recently are "
                "left out, by the planner and when inviting."
            ),
            self,
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("At most one survey &every:"), self.days)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        days = self.days.value()
        clock, actor = self.context.clock, self.context.actor

        def work(session: Session) -> int:
            surveys.save_settings(session, clock, actor, surveys.SurveySettings(days))
            return days

        self._write(self.tr("Saving the survey frequency"), work)

    @classmethod
    def ask(cls, context: UiContext, cap_days: int, parent: QWidget | None = None) -> int | None:
        dialog = cls(context, cap_days, parent)
        try:
            dialog.exec()
            return dialog.written if isinstance(dialog.written, int) else None
        finally:
            dialog.deleteLater()


# -- the tab ---------------------------------------------------------------------------------


class SurveysTab(QWidget):
    """The invitations and their answers; keying in, importing and inviting.

    Attributes:
        model / table: the invitations, latest first.
        which: all, not answered yet, or answered.
        summary: how many were asked and answered in the list.
        explanation: the frequency cap and how answers come in.
        invite_button / answer_button / import_button: the three actions.
        cap_button: the practice manager's frequency cap (:class:`CapDialog`).
        problems: the last import's bad rows, by line (hidden when there are none).
        message: the last action's outcome or its error.
        job: the read, write or import running on the database worker, if any.
        choices: the surveys the dialogs offer (read with the list).

    Signals:
        refreshed(): the list on screen is fresh.
        changed(): answers or invitations were recorded (the dashboard counts them).
    """

    refreshed = Signal()
    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundTask | None = None
        self.choices: list[SurveyChoice] = []
        self.cap_days = surveys.DEFAULT_CAP_DAYS
        self.last_import: AnswerImportReport | None = None
        self._read_once = False
        self._refresh_again = False
        self._can_write = context.actor.can(Permission.EDIT_PATIENTS)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.which = QComboBox(self)
        self.which.setAccessibleName(self.tr("Which invitations"))
        self.which.addItem(self.tr("All invitations"), None)
        self.which.addItem(self.tr("Not answered yet"), False)
        self.which.addItem(self.tr("Answered"), True)
        self.which.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        self.updating = QLabel(self.tr("Updating…"), self)
        self.updating.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.updating.setVisible(False)
        self._build_table()
        self._build_buttons()

        top = QHBoxLayout()
        top.addWidget(self.which)
        top.addWidget(self.cap_button)
        top.addWidget(self.design_button)
        top.addStretch(1)
        top.addWidget(self.updating)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.invite_button)
        buttons.addStretch(1)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_explanation()

    def _build_table(self) -> None:
        self.model = InvitationTableModel(self.context.settings.zone(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Survey invitations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PATIENT, QHeaderView.ResizeMode.Stretch)

    def _build_buttons(self) -> None:
        self.problems_title = QLabel(self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Rows not imported"))
        for widget in (self.problems_title, self.problems):
            widget.setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.invite_button = QPushButton(self.tr("&Invite patients…"), self)
        self.invite_button.clicked.connect(self.invite_patients)
        self.answer_button = QPushButton(self.tr("&Key in answers…"), self)
        self.answer_button.clicked.connect(self.key_in_answers)
        self.import_button = QPushButton(self.tr("I&mport answers from CSV…"), self)
        self.import_button.clicked.connect(self.import_answers)
        for button in (self.invite_button, self.answer_button, self.import_button):
            button.setEnabled(self._can_write)
            if not self._can_write:
                button.setToolTip(self.tr("Your role cannot record survey answers."))

        manager = self.context.actor.can(Permission.MANAGE_SETTINGS)
        self.cap_button = QPushButton(self.tr("&Frequency…"), self)
        self.cap_button.clicked.connect(self.change_cap)
        self.cap_button.setEnabled(manager)
        self.cap_button.setToolTip(
            self.tr("How often a patient may be asked to answer a survey.")
            if manager
            else self.tr("Only the practice manager (an administrator) changes the frequency.")
        )

        # Writing a survey is the practice manager's: others do not see the action at all.
        self.design_button = QPushButton(self.tr("&New survey…"), self)
        self.design_button.setToolTip(
            self.tr("Write the practice's own survey; it is asked from then on.")
        )
        self.design_button.clicked.connect(self.design_survey)
        self.design_button.setVisible(manager)

        refresh_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)

    def _show_explanation(self) -> None:
        self.explanation.setText(
            self.tr(
                "Patients are asked at most once every %1 days, by the channels they "
                "agreed to. Key in the answers of a paper slip with its reference, or of "
                "a call; import those of an online form as a CSV file."
            ).replace("%1", str(self.cap_days))
        )

    # -- reading -----------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._read_once and not self.busy():
            self.refresh()

    def refresh(self) -> None:
        """Read the invitations again on the database worker."""
        if self.busy():
            self._refresh_again = True
            return
        self.updating.setVisible(True)
        context = self.context
        answered = self.which.currentData()
        language = ui_language()

        def read(_progress: Progress) -> SurveysRead:
            with context.database.read_session() as session:
                known = session.scalar(select(Survey.id).limit(1)) is not None
            if not known:
                with context.database.transaction() as session:
                    surveys.current_survey(session, context.clock)
            with context.database.read_session() as session:
                choices = [
                    SurveyChoice(
                        info.id,
                        info.name,
                        surveys.survey_form(session, info.id, language),
                        info.active,
                    )
                    for info in surveys.list_surveys(session)
                ]
                return SurveysRead(
                    surveys.invitation_list(session, answered=answered),
                    choices,
                    surveys.read_settings(session).cap_days,
                )

        self._start(
            run_in_background(
                self, self.tr("Reading the surveys"), read, self.apply, self._read_failed
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

    def apply(self, read: SurveysRead) -> None:
        self._read_once = True
        self.choices = read.surveys
        self.cap_days = read.cap_days
        self._show_explanation()
        self.model.set_rows(read.rows)
        answered = sum(1 for row in read.rows if row.answered_at is not None)
        self.summary.setText(
            self.tr("%n asked", "", len(read.rows)) + self.tr(", %n answered", "", answered)
        )
        self.refreshed.emit()

    def _read_failed(self, error: BaseException) -> None:
        self.show_message(
            self.tr("The surveys could not be read: %1").replace("%1", str(error)), error=True
        )

    # -- actions -----------------------------------------------------------------------

    def change_cap(self) -> int | None:
        if not self.cap_button.isEnabled():
            return None
        days = CapDialog.ask(self.context, self.cap_days, self)
        if days is not None:
            self._changed(
                self.tr("Patients are now asked at most once every %1 days.").replace(
                    "%1", str(days)
                )
            )
        return days

    def design_survey(self) -> int | None:
        """The survey designer; the new survey's id, or None if cancelled."""
        if not self.context.actor.can(Permission.MANAGE_SETTINGS):
            return None
        # Imported here: the designer uses this module's ui_language.
        from ui.feedback.survey_designer import SurveyDesigner

        survey_id = SurveyDesigner.ask(self.context, self)
        if survey_id is not None:
            self._changed(self.tr("The new survey is the one patients are asked from now on."))
        return survey_id

    def key_in_answers(self) -> Recorded | None:
        if not self._can_write or not self.choices:
            return None
        recorded = AnswersDialog.ask(self.context, self.choices, self)
        if recorded is not None:
            self._changed(
                self.tr("Answers saved for invitation %1.").replace(
                    "%1", str(recorded.invitation_id)
                )
                if recorded.changed
                else self.tr("These answers were already saved: nothing changed.")
            )
        return recorded

    def surveys_to_ask(self) -> list[SurveyChoice]:
        """The surveys patients can be invited to: not those retired (whose slips the
        key-in dialog still knows)."""
        return [choice for choice in self.choices if choice.active]

    def invite_patients(self) -> InviteOutcome | None:
        asked = self.surveys_to_ask()
        if not self._can_write or not asked:
            return None
        outcome = InviteDialog.ask(self.context, asked, self.cap_days, self)
        if outcome is not None:
            text = self.tr(
                "%n patient(s) invited; the planner sends their survey.", "", len(outcome.invited)
            )
            skipped = [self.skipped_text(s) for s in outcome.skipped]
            self._changed("\n".join([text, *skipped]))
        return outcome

    def skipped_text(self, skipped: surveys.Skipped) -> str:
        who = self.tr("Patient %1").replace("%1", str(skipped.patient_id))
        if skipped.code == "asked_recently":
            until = datetime.fromisoformat(skipped.detail["until"]).date()
            return (
                self.tr("%1 skipped: asked recently, not again before %2.")
                .replace("%1", who)
                .replace("%2", short_date(until))
            )
        if skipped.code == "no_consent":
            return self.tr("%1 skipped: has not agreed to surveys on any channel.").replace(
                "%1", who
            )
        if skipped.code == "pending":
            return self.tr("%1 skipped: a survey is already on its way.").replace("%1", who)
        if skipped.code == "not_reachable":
            return self.tr(
                "%1 skipped: cannot be written to (moved, deceased or archived)."
            ).replace("%1", who)
        return self.tr("%1 skipped: no such patient.").replace("%1", who)

    def choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import survey answers"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    def import_answers(self) -> BackgroundTask | None:
        if not self._can_write:
            return None
        path = self.choose_file()
        return self.import_file(path) if path is not None else None

    def import_file(self, path: Path) -> BackgroundTask:
        """Import a CSV of answers on the database worker; bad rows listed by line."""
        context = self.context

        def work(progress: Progress) -> AnswerImportReport:
            data = path.read_bytes()
            with context.database.transaction() as session:
                return surveys.import_answers(
                    session, context.clock, context.actor, data, path.name, progress
                )

        job = run_in_background(
            self, self.tr("Importing the answers"), work, self._imported, self._report
        )
        self._start(job)
        return job

    def _imported(self, report: AnswerImportReport) -> None:
        self.last_import = report
        self.problems.clear()
        for error in report.errors:
            where = (
                self.tr("Line %1, column “%2”")
                .replace("%1", str(error.row))
                .replace("%2", error.column)
                if error.column
                else self.tr("Line %1").replace("%1", str(error.row))
            )
            params = error.params if isinstance(error, surveys.AnswerRowError) else {}
            said = survey_message(error.code, params, self.context.settings.zone()) or error.message
            self.problems.addItem(f"{NO_SIGN} {where}: {said}")
        shown = bool(report.errors)
        lines = min(max(len(report.errors), 1), 6)
        self.problems.setFixedHeight(self.problems.sizeHintForRow(0) * lines + 8)
        self.problems_title.setText(
            self.tr("%n row(s) not imported (the others were):", "", report.rejected)
        )
        for widget in (self.problems_title, self.problems):
            widget.setVisible(shown)
        self._changed(
            self.tr("%1 rows read: %2 imported, %3 already there, %4 not imported.")
            .replace("%1", str(report.rows_read))
            .replace("%2", str(report.imported))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(report.rejected))
        )

    def _changed(self, text: str) -> None:
        self.show_message(text)
        self.changed.emit()
        self.refresh()

    def _report(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(survey_file_message(e) for e in error.errors)
        elif isinstance(error, RelaisError | OSError):
            text = str(error)
        else:
            text = self.tr("Unexpected error: %1").replace("%1", repr(error))
        self.show_message(text, error=True)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN} {text}" if error else text)
        self.message.setVisible(True)
