"""The register of data-rights requests: record, extend, answer, export, erase.

A practice manager answers for patients' data; this page is where they see
every request with its deadline (one month, GDPR Art. 12(3)), what is
overdue, and act on it: the export (JSON and PDF) answers an access request,
the erasure answers an erasure request, and either closes it in the register.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import access_report, maintenance, patients, rights, rights_requests
from app.access import Permission
from app.errors import FieldError, RelaisError, ValidationError
from app.rights_requests import RegisterRow
from app.tasks import Progress
from db.models import RequestKind, RequestOutcome
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.patients.finder import PatientFinder
from ui.rights.notice_dialog import NoticeDialog
from ui.rights.reports import ReportDialog
from ui.style import page_heading

# Columns of the register.
NUMBER, PATIENT, KIND, RECEIVED, DEADLINE, STATUS = range(6)
OVERDUE_COLOUR = QColor("#b3261e")

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def kind_name(kind: RequestKind) -> str:
    names = {
        RequestKind.ACCESS: translate("RightsRequests", "Access (Art. 15)"),
        RequestKind.RECTIFICATION: translate("RightsRequests", "Rectification (Art. 16)"),
        RequestKind.ERASURE: translate("RightsRequests", "Erasure (Art. 17)"),
        RequestKind.RESTRICTION: translate("RightsRequests", "Restriction (Art. 18)"),
        RequestKind.PORTABILITY: translate("RightsRequests", "Portability (Art. 20)"),
        RequestKind.OBJECTION: translate("RightsRequests", "Objection (Art. 21)"),
    }
    return names[kind]


def outcome_name(outcome: RequestOutcome) -> str:
    names = {
        RequestOutcome.FULFILLED: translate("RightsRequests", "done"),
        RequestOutcome.PARTLY_FULFILLED: translate("RightsRequests", "partly done"),
        RequestOutcome.REFUSED: translate("RightsRequests", "refused"),
        RequestOutcome.WITHDRAWN: translate("RightsRequests", "withdrawn by the patient"),
    }
    return names[outcome]


def via_name(via: str) -> str:
    names = {
        "desk": translate("RightsRequests", "at the desk"),
        "letter": translate("RightsRequests", "by letter"),
        "email": translate("RightsRequests", "by e-mail"),
        "phone": translate("RightsRequests", "by phone"),
    }
    return names.get(via, via)


def short_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def field_message(error: FieldError) -> str:
    """A service's FieldError in the user's language (the English message as a fallback)."""
    messages = {
        "future": translate("RightsRequests", "The day of receipt cannot be in the future."),
        "required": translate(
            "RightsRequests", "Please say why: the patient must be told the reasons."
        ),
        "twice": translate("RightsRequests", "A request can be extended only once."),
        "too_late": translate(
            "RightsRequests", "The one-month deadline has passed: answer the request now."
        ),
        "too_long": translate("RightsRequests", "This text is too long."),
    }
    return messages.get(error.code, error.message)


class RequestDialog(QDialog):
    """Record a new request: who, which right, when and how it arrived."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New data-rights request"))
        self.finder = PatientFinder(
            context,
            self,
            placeholder=self.tr("Name, phone or birth date"),
            search_name=self.tr("Find the patient"),
            results_name=self.tr("Matching patients"),
        )
        self.finder.chosen.connect(self._update_ok)
        self.search = self.finder.search
        self.results = self.finder.results
        self.kind = QComboBox(self)
        for kind in RequestKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.received = QDateEdit(self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd/MM/yyyy")
        today = context.settings.today(context.clock)
        self.received.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received.setDate(QDate(today.year, today.month, today.day))
        self.via = QComboBox(self)
        for via in rights_requests.RECEIVED_VIA:
            self.via.addItem(via_name(via), via)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("What the patient asked, in a few words"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 12)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {OVERDUE_COLOUR.name()}")
        self.error.setVisible(False)
        self.due = QLabel(self)
        self.received.dateChanged.connect(self._show_due)
        self._show_due()
        self._lay_out()
        self.request_id: int | None = None
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    def _lay_out(self) -> None:
        form = QFormLayout()
        patient_label = QLabel(self.tr("&Patient:"), self)
        patient_label.setBuddy(self.search)
        form.addRow(patient_label, self.finder)
        form.addRow(self.tr("&Right:"), self.kind)
        form.addRow(self.tr("Re&ceived on:"), self.received)
        form.addRow("", self.due)
        form.addRow(self.tr("Received &via:"), self.via)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _show_due(self) -> None:
        received = self.received.date().toPython()
        assert isinstance(received, date)
        self.due.setText(
            self.tr("To answer by %1 (one month).").replace(
                "%1", short_date(rights_requests.due_on(received))
            )
        )

    def select_patient(self, patient_id: int) -> None:
        """Start from a patient already chosen (e.g. from their record)."""
        with self.context.database.read_session() as session:
            row = patients.fetch_rows(session, [patient_id])[patient_id]
        self.search.setText(f"{row.last_name} {row.first_name}")
        self.finder.select_patient(patient_id)

    def patient_id(self) -> int | None:
        return self.finder.patient_id()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.patient_id() is not None
        )

    def record(self) -> bool:
        patient_id = self.patient_id()
        if patient_id is None:
            return False
        received = self.received.date().toPython()
        assert isinstance(received, date)
        try:
            with self.context.database.transaction() as session:
                request = rights_requests.open_request(
                    session,
                    self.context.clock,
                    self.context.actor,
                    patient_id,
                    RequestKind(self.kind.currentData()),
                    received,
                    str(self.via.currentData()),
                    self.notes.toPlainText(),
                )
                self.request_id = request.id
        except ValidationError as exc:
            self._show_error("\n".join(field_message(e) for e in exc.errors))
            return False
        except RelaisError as exc:
            self._show_error(str(exc))
            return False
        self.accept()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class ReasonDialog(QDialog):
    """One question with a text answer: why the deadline is extended, or what was answered."""

    def __init__(
        self,
        title: str,
        prompt: str,
        parent: QWidget | None = None,
        outcomes: list[RequestOutcome] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for outcome in outcomes or []:
            self.outcome.addItem(outcome_name(outcome), outcome.value)
        self.outcome.setVisible(bool(outcomes))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(title)
        self.text.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {OVERDUE_COLOUR.name()}")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.outcome)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, 280)

    def chosen_outcome(self) -> RequestOutcome:
        return RequestOutcome(self.outcome.currentData())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class RequestsPage(QWidget):
    """The register: every request, the nearest deadline first, and what to do about it.

    Attributes:
        table: the register; ``open_only`` hides answered requests.
        new_button / extend_button / answer_button / export_button / erase_button.
        reports_button / notice_button: the registers on paper; the privacy notice.
        message: the last action's outcome or its error.
        job: the export running in the background, if any.

    Signals:
        changed(): after the register changed.
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[RegisterRow] = []
        self.job: BackgroundTask | None = None
        self._manager = context.actor.can(Permission.VIEW_AUDIT)
        self._build()
        self.refresh()

    def _build(self) -> None:
        heading = page_heading(self.tr("Data-rights requests"), self)
        explanation = QLabel(
            self.tr(
                "Patients may ask to see, correct, erase or take away their data, or object "
                "to its use. Record each request the day it arrives: the answer is due within "
                "one month, which can be extended once by two months for a complex request."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.open_only = QCheckBox(self.tr("&Only requests not answered yet"), self)
        self.open_only.toggled.connect(self.refresh)
        self.summary = QLabel(self)

        self._build_table()

        self.new_button = QPushButton(self.tr("&New request…"), self)
        self.new_button.clicked.connect(self.new_record)
        self.extend_button = QPushButton(self.tr("Ex&tend…"), self)
        self.extend_button.clicked.connect(self.extend_selected)
        self.answer_button = QPushButton(self.tr("&Answer…"), self)
        self.answer_button.clicked.connect(self.answer_selected)
        self.export_button = QPushButton(self.tr("Ex&port the patient's data…"), self)
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button = QPushButton(self.tr("&Erase the patient's data…"), self)
        self.erase_button.clicked.connect(self.erase_selected)
        self.reports_button = QPushButton(self.tr("Transparency &report…"), self)
        self.reports_button.setToolTip(
            self.tr(
                "The transparency report for the waiting room, or the record of processing "
                "(GDPR Article 30), as a PDF."
            )
        )
        self.reports_button.clicked.connect(self.write_report)
        self.reports_button.setEnabled(self._manager)
        self.notice_button = QPushButton(self.tr("Pri&vacy notice…"), self)
        self.notice_button.setToolTip(
            self.tr(
                "The privacy notice's versions, and publishing a new one: the transparency "
                "report and each consent name the version in force."
            )
        )
        self.notice_button.clicked.connect(self.show_notice)
        self.notice_button.setEnabled(self.context.actor.can(Permission.MANAGE_SETTINGS))
        self.new_button.setEnabled(self.context.actor.can(Permission.EDIT_PATIENTS))
        if not self._manager:
            for button in (
                self.extend_button,
                self.answer_button,
                self.export_button,
                self.erase_button,
            ):
                button.setToolTip(self.tr("Only an administrator answers requests."))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.reports_button)
        buttons.addWidget(self.notice_button)
        buttons.addStretch(1)
        for button in (
            self.extend_button,
            self.answer_button,
            self.export_button,
            self.erase_button,
        ):
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Register of requests"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Patient"),
                self.tr("Right"),
                self.tr("Received"),
                self.tr("Deadline"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    # -- the register ------------------------------------------------------------------

    def today(self) -> date:
        return self.context.settings.today(self.context.clock)

    def refresh(self) -> None:
        selected = self.selected_row()
        with self.context.database.read_session() as session:
            self.rows = rights_requests.register(session, open_only=self.open_only.isChecked())
        today = self.today()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        answered_colour = self.palette().color(self.palette().ColorRole.PlaceholderText)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = [
                str(row.id),
                row.patient_name,
                kind_name(row.kind),
                f"{short_date(row.received_on)} ({via_name(row.received_via)})",
                short_date(row.deadline) + (self.tr(" (extended)") if row.extended else ""),
                self.status_text(row, today),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if row.notes and column == KIND:
                    item.setToolTip(row.notes)
                if row.overdue(today) and column == STATUS:
                    item.setIcon(warning)
                    item.setForeground(OVERDUE_COLOUR)
                elif not row.is_open:
                    item.setForeground(answered_colour)  # done: out of the way
                self.table.setItem(index, column, item)
        open_rows = [r for r in self.rows if r.is_open]
        overdue = sum(1 for r in open_rows if r.overdue(today))
        self.summary.setText(
            self.tr("%n open request(s)", "", len(open_rows))
            + (self.tr(", %n overdue", "", overdue) if overdue else "")
        )
        if selected is not None:
            self.select_request(selected.id)
        self._update_buttons()

    def status_text(self, row: RegisterRow, today: date) -> str:
        """Words, not only a colour: "Overdue by 3 days", "12 days left", "Answered on …"."""
        if not row.is_open:
            assert row.answered_on is not None
            assert row.outcome is not None
            text = (
                self.tr("Answered on %1: %2")
                .replace("%1", short_date(row.answered_on))
                .replace("%2", outcome_name(row.outcome))
            )
            return text + (self.tr(" (late)") if row.answered_late() else "")
        left = row.days_left(today)
        if left < 0:
            return self.tr("Overdue by %n day(s)", "", -left)
        if left == 0:
            return self.tr("Due today")
        return self.tr("%n day(s) left", "", left)

    def selected_row(self) -> RegisterRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        request_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == request_id), None)

    def select_request(self, request_id: int) -> bool:
        for index, row in enumerate(self.rows):
            if row.id == request_id:
                self.table.selectRow(index)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected_row()
        actionable = self._manager and row is not None and row.is_open
        self.extend_button.setEnabled(actionable and row is not None and not row.extended)
        self.answer_button.setEnabled(actionable)
        self.export_button.setEnabled(self._manager and row is not None)
        self.erase_button.setEnabled(
            actionable and row is not None and row.kind is RequestKind.ERASURE
        )

    def show_message(self, text: str, *, error: bool = False) -> None:
        colour = OVERDUE_COLOUR.name() if error else self.palette().text().color().name()
        self.message.setStyleSheet(f"color: {colour}")
        self.message.setText(text)
        self.message.setVisible(True)

    # -- actions -----------------------------------------------------------------------

    def new_record(self) -> int | None:
        """Ctrl+N on this page: record a request; returns its number once recorded."""
        dialog = RequestDialog(self.context, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.request_id is None:
                return None
            request_id = dialog.request_id
        finally:
            dialog.deleteLater()
        self._changed(self.tr("Request %1 recorded.").replace("%1", str(request_id)))
        self.select_request(request_id)
        return request_id

    def extend_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        dialog = ReasonDialog(
            self.tr("Extend the deadline"),
            self.tr(
                "The deadline moves to three months after the request arrived. Say why; "
                "the patient must be told within the first month."
            ),
            self,
        )
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                if self.extend(row.id, dialog.text.toPlainText(), dialog):
                    return True
            return False
        finally:
            dialog.deleteLater()

    def extend(self, request_id: int, reason: str, dialog: ReasonDialog | None = None) -> bool:
        try:
            with self.context.database.transaction() as session:
                rights_requests.extend(
                    session, self.context.clock, self.context.actor, request_id, reason
                )
        except (ValidationError, RelaisError) as exc:
            self._report(exc, dialog)
            return False
        self._changed(self.tr("Request %1 extended.").replace("%1", str(request_id)))
        return True

    def answer_selected(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        dialog = ReasonDialog(
            self.tr("Answer the request"),
            self.tr(
                "Choose the outcome and note what was answered. A refusal or a partial "
                "answer must give the patient the reasons."
            ),
            self,
            list(RequestOutcome),
        )
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                if self.answer(row.id, dialog.chosen_outcome(), dialog.text.toPlainText(), dialog):
                    return True
            return False
        finally:
            dialog.deleteLater()

    def answer(
        self,
        request_id: int,
        outcome: RequestOutcome,
        text: str = "",
        dialog: ReasonDialog | None = None,
    ) -> bool:
        try:
            with self.context.database.transaction() as session:
                rights_requests.answer(
                    session, self.context.clock, self.context.actor, request_id, outcome, text
                )
        except (ValidationError, RelaisError) as exc:
            self._report(exc, dialog)
            return False
        self._changed(self.tr("Request %1 answered.").replace("%1", str(request_id)))
        return True

    def write_report(self) -> Path | None:
        """The transparency report or the record of processing, as a PDF (:class:`ReportDialog`)."""
        path = ReportDialog.ask(self.context, self)
        if path is not None:
            self.show_message(self.tr("Saved to %1.").replace("%1", str(path)))
        return path

    def show_notice(self) -> None:
        """The privacy notice's versions (:class:`NoticeDialog`); a publication is said here too."""
        dialog = NoticeDialog(self.context, self)
        dialog.published.connect(self.show_message)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def choose_export_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the patient's data"), str(Path.home())
        )
        return Path(folder) if folder else None

    def export_selected(self) -> BackgroundTask | None:
        row = self.selected_row()
        folder = self.choose_export_folder() if row is not None else None
        if row is None or folder is None:
            return None
        return self.export(row, folder)

    def export(self, row: RegisterRow, folder: Path) -> BackgroundTask:
        """Write the JSON and the PDF off the GUI thread; this answers an open access request."""
        context = self.context
        answers = row.is_open and row.kind in (RequestKind.ACCESS, RequestKind.PORTABILITY)

        def work(_progress: Progress) -> access_report.ExportFiles:
            with context.database.transaction() as session:
                files = access_report.export_to_folder(
                    session, context.clock, context.actor, row.patient_id, folder
                )
                if answers:
                    rights_requests.answer(
                        session, context.clock, context.actor, row.id, RequestOutcome.FULFILLED
                    )
            return files

        def done(files: access_report.ExportFiles) -> None:
            self._changed(
                self.tr("The patient's data was written to %1 and %2.")
                .replace("%1", str(files.json))
                .replace("%2", str(files.pdf))
            )

        self.job = run_in_background(
            self, self.tr("Exporting the patient's data"), work, done, self._report
        )
        return self.job

    def confirm_erasure(self, row: RegisterRow) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Erase the patient's data"),
            self.tr(
                "Erase the data of %1? Their contact details, preferences, earlier values "
                "and scanned forms are removed and their name is replaced. The consent "
                "history is kept without personal data, as the law requires. This cannot "
                "be undone."
            ).replace("%1", row.patient_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def erase_selected(self) -> bool:
        row = self.selected_row()
        if row is None or row.kind is not RequestKind.ERASURE or not self.confirm_erasure(row):
            return False
        return self.erase(row)

    def erase(self, row: RegisterRow) -> bool:
        try:
            with self.context.database.transaction() as session:
                rights.erase_patient(
                    session, self.context.clock, self.context.actor, row.patient_id
                )
                rights_requests.answer(
                    session,
                    self.context.clock,
                    self.context.actor,
                    row.id,
                    RequestOutcome.FULFILLED,
                )
            # Without a checkpoint the WAL would keep the erased pages until later.
            maintenance.checkpoint(self.context.database.engine)
        except RelaisError as exc:
            self._report(exc)
            return False
        self._changed(
            self.tr("The patient's data was erased and request %1 answered.").replace(
                "%1", str(row.id)
            )
        )
        return True

    def _report(self, error: BaseException, dialog: ReasonDialog | None = None) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(field_message(e) for e in error.errors)
        elif isinstance(error, (RelaisError, OSError)):
            text = str(error)
        else:
            text = self.tr("Unexpected error: %1").replace("%1", repr(error))
        if dialog is not None:
            dialog.show_error(text)
        else:
            self.show_message(text, error=True)

    def _changed(self, text: str) -> None:
        self.refresh()
        self.show_message(text)
        self.changed.emit()
