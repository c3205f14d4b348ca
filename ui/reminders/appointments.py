"""The Appointments tab: what is booked from today on, with what its reminder did.

An appointment typed in or imported from the agenda gets its reminder at once
(``app.appointments``); moving it moves the reminder, cancelling it cancels
what was still to go.  DESIGN §10 flow 3: the agenda's ``.ics`` export is
imported off the GUI thread, and the import says what it did, line by line
for what it could not take, in the user's words (each problem's code).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app import appointments, patients
from app.access import Permission
from app.appointments import AppointmentData, AppointmentLine, appointment_ids
from app.errors import FieldError, RelaisError, ValidationError
from app.importers.appointments_ics import AgendaProblem, CalendarImportReport
from app.tasks import Progress
from db.models import Appointment
from ui.background import BackgroundTask, is_cancelled, run_in_background
from ui.confirm import confirm
from ui.context import UiContext
from ui.patients.consent_words import NO_SIGN, WARNING_SIGN, YES_SIGN
from ui.reminders import appointment_model as columns
from ui.reminders.appointment_model import AppointmentTableModel
from ui.reminders.widgets import (
    FieldRow,
    PatientPicker,
    add_row,
    moment_text,
    pydate,
    pytime,
    qdate,
)
from ui.style import ERROR_STYLE

DEFAULT_MINUTES = 20
DEFAULT_RANGE_DAYS = 365
# Characters wide, per column.
COLUMN_WIDTHS = {
    columns.WHEN: 18,
    columns.PATIENT: 28,
    columns.PRACTITIONER: 20,
    columns.PLACE: 26,
    columns.STATUS: 12,
}


# -- the dialog ----------------------------------------------------------------------------


class AppointmentDialog(QDialog):
    """Book an appointment, or change one: patient, day, time, length, who and where.

    Attributes:
        appointment_id: the appointment edited, None for a new one (set once saved).
        saved_id: the id saved by :meth:`save`, else None.
        rows: the fields with their error lines, by name (``patient``, ``when``,
            ``duration``, ``practitioner``, ``place``).
    """

    def __init__(
        self, context: UiContext, appointment_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.appointment_id = appointment_id
        self.saved_id: int | None = None
        self._zone = context.settings.zone()
        self._original: Appointment | None = None
        if appointment_id is not None:
            with context.database.read_session() as session:
                self._original = session.get(Appointment, appointment_id)
            if self._original is None:
                raise RelaisError(self.tr("This appointment is no longer on the agenda."))
        self.setWindowTitle(
            self.tr("New appointment") if appointment_id is None else self.tr("Change appointment")
        )
        self._build()
        if self._original is not None:
            self._fill(self._original)
        layout = self.layout()
        assert layout is not None
        layout.activate()  # sizes without the search list when the patient is fixed
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    @classmethod
    def ask(
        cls, context: UiContext, appointment_id: int | None = None, parent: QWidget | None = None
    ) -> int | None:
        """Show the dialog; the saved appointment's id, or None if nothing was saved."""
        try:
            dialog = cls(context, appointment_id, parent)
        except RelaisError as exc:
            title = QCoreApplication.translate("AppointmentDialog", "Appointment")
            QMessageBox.warning(parent, title, str(exc))
            return None
        try:
            dialog.exec()
            return dialog.saved_id
        finally:
            dialog.deleteLater()

    def _build(self) -> None:
        form = self._build_fields()
        self.note = QLabel(
            self.tr(
                "The reminder is planned by itself, on the channels the patient chose; "
                "moving or cancelling the appointment later moves or cancels it."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.patient.changed.connect(lambda: self.rows["patient"].set_error(""))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _build_fields(self) -> QFormLayout:
        self.patient = PatientPicker(self.context, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(self.tr("Day"))
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        today = self.context.settings.today(self.context.clock)
        self.date.setDate(qdate(today + timedelta(days=1)))
        self.time.setTime(QTime(9, 0))
        when = QWidget(self)
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.date)
        at = QLabel(self.tr("at"), when)
        when_layout.addWidget(at)
        when_layout.addWidget(self.time)
        when_layout.addStretch(1)
        when.setFocusProxy(self.date)
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(5)
        self.duration.setValue(DEFAULT_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.duration.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.practitioner = QLineEdit(self)
        self.practitioner.setMaxLength(100)
        self.practitioner.setAccessibleName(self.tr("Practitioner"))
        self.practitioner.setPlaceholderText(self.tr("Dr Roux"))
        self.place = QLineEdit(self)
        self.place.setMaxLength(200)
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("Room, site or address, as the patient knows it"))

        form = QFormLayout()
        self.rows: dict[str, FieldRow] = {
            "patient": add_row(form, self.tr("&Patient:"), self.patient, self),
            "when": add_row(form, self.tr("&Day:"), when, self),
            "duration": add_row(form, self.tr("D&uration:"), self.duration, self),
            "practitioner": add_row(form, self.tr("P&ractitioner:"), self.practitioner, self),
            "place": add_row(form, self.tr("P&lace:"), self.place, self),
        }
        return form

    def _fill(self, appointment: Appointment) -> None:
        self.patient.fix_patient(appointment.patient_id)
        local = appointment.starts_at.astimezone(self._zone)
        self.date.setDate(qdate(local.date()))
        self.time.setTime(QTime(local.hour, local.minute))
        if appointment.ends_at is not None:
            minutes = int((appointment.ends_at - appointment.starts_at).total_seconds() // 60)
            self.duration.setValue(minutes)
        self.practitioner.setText(appointment.practitioner)
        self.place.setText(appointment.place)
        self.date.setFocus()

    # -- saving ------------------------------------------------------------------------------

    def starts_at(self) -> datetime:
        local = datetime.combine(pydate(self.date.date()), pytime(self.time.time()), self._zone)
        return local.astimezone(UTC)

    def data(self) -> AppointmentData | None:
        """What was typed, or None after showing what is missing under its field."""
        for row in self.rows.values():
            row.set_error("")
        self.error.setVisible(False)
        patient_id = self.patient.patient_id()
        starts = self.starts_at()
        problems = False
        if patient_id is None:
            self.rows["patient"].set_error(
                self.tr("Choose the patient: type part of the name, then pick them in the list.")
            )
            problems = True
        moved = self._original is None or self._original.starts_at != starts
        if moved and starts <= self.context.clock.now():
            self.rows["when"].set_error(self.tr("This time has already passed."))
            problems = True
        if problems or patient_id is None:
            self._focus_first_error()
            return None
        return AppointmentData(
            patient_id=patient_id,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=self.duration.value()),
            practitioner=self.practitioner.text().strip(),
            place=self.place.text().strip(),
            reason=self._original.reason if self._original is not None else "",
            source=self._original.source if self._original is not None else "manual",
            external_key=self._original.external_key if self._original is not None else None,
        )

    def save(self) -> bool:
        data = self.data()
        if data is None:
            return False
        context = self.context
        try:
            with context.database.transaction() as session:
                if self.appointment_id is None:
                    appointment = appointments.create_appointment(
                        session, context.clock, context.actor, data
                    )
                    self.saved_id = appointment.id
                else:
                    appointments.update_appointment(
                        session, context.clock, context.actor, self.appointment_id, data
                    )
                    self.saved_id = self.appointment_id
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
        where = {
            "patient_id": "patient",
            "starts_at": "when",
            "ends_at": "duration",
            "practitioner": "practitioner",
            "place": "place",
        }
        for error in errors:
            row = self.rows.get(where.get(error.field, ""))
            if row is not None:
                row.set_error(self.field_message(error))
            else:
                self.error.setText(f"{NO_SIGN} {error}")
                self.error.setVisible(True)
        self._focus_first_error()

    def field_message(self, error: FieldError) -> str:
        messages = {
            "order": self.tr("The appointment must end after it starts."),
            "too_long": self.tr("This text is too long."),
            "naive": self.tr("This time is not valid."),
        }
        return messages.get(error.code, error.message)

    def field_error(self, name: str) -> str:
        return self.rows[name].error_text

    def _focus_first_error(self) -> None:
        for row in self.rows.values():
            if row.error_text:
                row.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return


# -- the import report -----------------------------------------------------------------------

# %1, %2... in a translated sentence, replaced in one pass (a value may hold "%2").
_PLACEHOLDER = re.compile(r"%(\d)")


@dataclass(frozen=True)
class ImportOutcome:
    """What an agenda import did, for the report dialog."""

    file_name: str
    created: int
    updated: int
    cancelled: int
    unchanged: int
    problems: tuple[AgendaProblem, ...]
    outside_window: int = 0


class ImportReportDialog(QDialog):
    """What the import did: counts, then each line it could not use and why."""

    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Agenda imported"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(self.summary_text())
        self.summary.setAccessibleName(self.summary.text())
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Lines not imported, and why"))
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self._reasons = self.reasons()
        for problem in outcome.problems:
            self.problems.addItem(f"{WARNING_SIGN} {self.problem_text(problem)}")
        caption = QLabel(
            self.tr("Not imported (%1): correct the agenda, or book these by hand.").replace(
                "%1", str(len(outcome.problems))
            ),
            self,
        )
        caption.setWordWrap(True)
        caption.setVisible(bool(outcome.problems))
        self.problems.setVisible(bool(outcome.problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(caption)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(640, 420 if outcome.problems else self.sizeHint().height())

    def summary_text(self) -> str:
        o = self.outcome
        lines = [
            self.tr("From %1:").replace("%1", o.file_name),
            f"{YES_SIGN} " + self.tr("%n appointment(s) created", "", o.created),
            f"{YES_SIGN} " + self.tr("%n moved or changed", "", o.updated),
            f"{YES_SIGN} " + self.tr("%n cancelled, with their reminders", "", o.cancelled),
            self.tr("%n already up to date", "", o.unchanged),
        ]
        if o.outside_window:
            lines.append(
                self.tr(
                    "%n left out: before yesterday or more than four months ahead",
                    "",
                    o.outside_window,
                )
            )
        if not o.problems:
            lines.append(f"{YES_SIGN} " + self.tr("Every line was imported."))
        return "\n".join(lines)

    def problem_text(self, problem: AgendaProblem) -> str:
        """Where and why, in the user's words; the importer's English for a code we lack."""
        why = self.reason_text(problem)
        if why is None:
            return str(problem)
        if problem.line is None:
            if problem.about:
                where = self.tr("Event") + " — " + problem.about
            elif problem.uid:
                where = _fill(self.tr("Event %1"), problem.uid)
            else:
                where = ""  # the whole file
        else:
            if problem.column:
                where = _fill(self.tr("Line %1, column %2"), str(problem.line), problem.column)
            else:
                where = _fill(self.tr("Line %1"), str(problem.line))
            if problem.about:
                where += " — " + problem.about
            elif problem.uid:
                where += " — " + _fill(self.tr("event %1"), problem.uid)
        return _fill(self.tr("%1: %2"), where, why) if where else why

    def reason_text(self, problem: AgendaProblem) -> str | None:
        """Why, without where; None for a code this screen does not know."""
        detail = problem.detail
        if problem.code == "duplicate":
            return self.duplicate_text(detail)
        found = self._reasons.get(problem.code)
        if found is None:
            return None
        sentence, keys = found
        return _fill(sentence, *(detail.get(key, "") for key in keys))

    def duplicate_text(self, detail: Mapping[str, str]) -> str:
        """Two events of an .ics file with the same UID: which one was kept, and why."""
        reason = {
            "sequence": _fill(self.tr("higher SEQUENCE (%1)"), detail.get("sequence", "")),
            "last_modified": self.tr("later LAST-MODIFIED"),
        }.get(detail.get("reason", ""), self.tr("further down the file"))
        occurrence = detail.get("kind") == "occurrence"
        kept = detail.get("kept_line", "")
        if kept:
            sentence = (
                self.tr("same occurrence as line %1 (same UID); that one was kept (%2)")
                if occurrence
                else self.tr("same event as line %1 (same UID); that one was kept (%2)")
            )
            return _fill(sentence, kept, reason)
        sentence = (
            self.tr("same occurrence as another one (same UID); that one was kept (%1)")
            if occurrence
            else self.tr("same event as another one (same UID); that one was kept (%1)")
        )
        return _fill(sentence, reason)

    def reasons(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Code -> (sentence with %1, %2..., the detail's keys that fill them), in order.

        One per code of ``app.importers._agenda.PROBLEM_CODES`` but ``duplicate``
        (:meth:`duplicate_text`).
        """
        return {
            # Who the appointment is for.
            "no_patient": (self.tr("no patient matches its name, phone or e-mail"), ()),
            "several_patients": (
                self.tr("several patients match; check the name and phone in the agenda"),
                (),
            ),
            # A row of a CSV export.
            "missing_date": (self.tr("no date"), ()),
            "bad_date": (self.tr("“%1” is not a date (dd/mm/yyyy or yyyy-mm-dd)"), ("value",)),
            "missing_time": (self.tr("no time"), ()),
            "bad_time": (self.tr("“%1” is not a time (09:30 or 9h30)"), ("value",)),
            "skipped_local_time": (
                self.tr("%1 does not exist in %2: the clocks go forward at that time"),
                ("moment", "zone"),
            ),
            "bad_duration": (
                self.tr("“%1” is not a duration (minutes, or 1h30)"),
                ("value",),
            ),
            "end_not_after_start": (self.tr("ends before it starts"), ()),
            "bad_birth_date": (self.tr("“%1” is not a birth date (dd/mm/yyyy)"), ("value",)),
            "bad_phone": (self.tr("“%1” is not a phone number"), ("value",)),
            "invalid_phone": (self.tr("“%1” is not a valid phone number"), ("value",)),
            "bad_email": (self.tr("“%1” is not an e-mail address"), ("value",)),
            "missing_patient": (self.tr("no patient: no name, phone or e-mail"), ()),
            "too_long": (self.tr("longer than %1 characters"), ("limit",)),
            "id_too_long": (
                self.tr("the appointment's id is longer than %1 characters"),
                ("limit",),
            ),
            "too_many_cells": (
                self.tr("%1 cells where the header has %2 columns"),
                ("cells", "columns"),
            ),
            "duplicate_row": (self.tr("the same appointment as line %1"), ("first_line",)),
            "bad_outcome": (
                self.tr("“%1” is not an outcome (honoré, absent, annulé)"),
                ("value",),
            ),
            "outcome_not_yet": (
                self.tr("“%1”: the day has not come yet; the appointment is imported without it"),
                ("value",),
            ),
            "outcome_cancelled": (
                self.tr("“%1” for a cancelled appointment; the appointment is imported without it"),
                ("value",),
            ),
            # An event of an .ics export.
            "dtstart_missing": (self.tr("no start time (DTSTART); event skipped"), ()),
            "date_invalid": (
                self.tr("%1 “%2” cannot be read; event skipped"),
                ("property", "value"),
            ),
            "rule_invalid": (
                self.tr("the repeat rule (%1) “%2” cannot be read; event skipped"),
                ("property", "value"),
            ),
            "rule_unexpandable": (
                self.tr("the repeat rule cannot be worked out (%1); event skipped"),
                ("error",),
            ),
            "end_before_start": (
                self.tr("ends (%1) before it starts (%2); event skipped"),
                ("end", "start"),
            ),
            "duration_negative": (
                self.tr("its duration is negative (%1 min); event skipped"),
                ("minutes",),
            ),
            "uid_missing": (
                self.tr(
                    "no UID: imported, but if it is moved in the agenda it will come in "
                    "as a new appointment"
                ),
                (),
            ),
            "timezone_unknown": (
                self.tr("the time zone “%1” is unknown; its times are read as %2"),
                ("zone", "fallback"),
            ),
            "calendar_timezone_unknown": (
                self.tr("the calendar's time zone “%1” is unknown; its times are read as %2"),
                ("zone", "fallback"),
            ),
            "property_invalid": (
                self.tr("%1 “%2” cannot be read; left out"),
                ("property", "value"),
            ),
            "line_invalid": (
                self.tr("a line that cannot be read was left out (%1)"),
                ("error",),
            ),
        }


def _fill(sentence: str, *values: str) -> str:
    """``sentence`` with %1 as the first value, %2 the second..., in one pass."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, sentence)


class WordedProgress(Progress):
    """Passes a task's progress on, its English steps put in the user's words."""

    def __init__(self, outer: Progress, words: dict[str, str]) -> None:
        super().__init__()
        self._outer = outer
        self._words = words

    def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
        self._outer.update(done, total, self._words.get(message, message) if message else None)

    def check(self) -> None:
        self._outer.check()

    def cancel(self) -> None:
        self._outer.cancel()

    @property
    def cancelled(self) -> bool:
        return self._outer.cancelled


def import_agenda_file(
    session: Session, context: UiContext, path: Path, progress: Progress
) -> CalendarImportReport:
    """The agenda's export, .ics or .csv by its name; runs on the database worker."""
    if path.suffix.lower() == ".csv":
        from app.importers.appointments_csv import import_appointments_csv

        return import_appointments_csv(
            session,
            context.clock,
            context.actor,
            path,
            region=context.settings.default_region or "FR",
            progress=progress,
        )
    from app.importers.appointments_ics import import_calendar

    # The cancel travels in ``progress`` (its update raises Cancelled), as for the CSV.
    return import_calendar(
        session,
        context.clock,
        context.actor,
        path.read_bytes(),
        source_name=path.name,
        progress=progress,
    )


# -- the tab -------------------------------------------------------------------------------


class AppointmentsTab(QWidget):
    """Booked appointments from a day on, by patient, with their reminder's state.

    Attributes:
        model / table: the windowed table.
        search: the patient filter (name, birth date, phone); ``from_date`` and
            ``to_date``: the range; ``show_cancelled``.
        new_button (the primary action), edit_button, cancel_button, import_button.
        message: the last action's outcome or error.
        job: the import running in the background, if any.
        report: the last import's report dialog, if open.

    Signals:
        changed(): appointments changed (so other screens may refresh).
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: BackgroundTask | None = None
        self.report: ImportReportDialog | None = None
        self._can_edit = context.actor.can(Permission.EDIT_PATIENTS)
        self._can_import = context.actor.can(Permission.IMPORT_PATIENTS)
        self.model = AppointmentTableModel(context.database, context.settings.zone(), self)
        self._build()
        self.refresh()

    def _build(self) -> None:
        filters = self._build_filters()
        self.table = self._make_table()
        buttons = self._build_buttons()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.cancel_selected),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Patient: name, birth date or phone"))
        self.search.setAccessibleName(self.tr("Search appointments by patient"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        today = qdate(self.context.settings.today(self.context.clock))
        self.from_date = self._date_edit(self.tr("From"), today)
        self.to_date = self._date_edit(self.tr("To"), today.addDays(DEFAULT_RANGE_DAYS))
        self.show_cancelled = QCheckBox(self.tr("Show cance&lled"), self)
        self.show_cancelled.toggled.connect(self.refresh)
        self.count = QLabel(self)
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.from_date)
        to_label = QLabel(self.tr("&To"), self)
        to_label.setBuddy(self.to_date)
        for label in (from_label, to_label):
            # QLabel measures "&To" a few pixels short (the mnemonic's kerning): room for it.
            words = label.text().replace("&", "")
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(words) + 4)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addSpacing(8)
        filters.addWidget(from_label)
        filters.addWidget(self.from_date)
        filters.addWidget(to_label)
        filters.addWidget(self.to_date)
        filters.addSpacing(8)
        filters.addWidget(self.show_cancelled)
        filters.addStretch(1)
        filters.addWidget(self.count)
        return filters

    def _build_buttons(self) -> QHBoxLayout:
        self.new_button = QPushButton(self.tr("&New appointment…"), self)
        self.new_button.setToolTip(self.tr("Book an appointment by hand (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("C&hange…"), self)
        self.edit_button.setToolTip(self.tr("Change the day, time, practitioner or place"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button = QPushButton(self.tr("Cancel the a&ppointment…"), self)
        self.cancel_button.setToolTip(
            self.tr("The appointment is cancelled, and its reminders not yet sent too.")
        )
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.import_button = QPushButton(self.tr("&Import agenda…"), self)
        self.import_button.setToolTip(self.tr("Bring in the agenda's export (.ics or .csv)"))
        self.import_button.clicked.connect(self.import_agenda)
        if not self._can_edit:
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(self.tr("Your role does not allow booking appointments."))
        if not self._can_import:
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Your role does not allow importing."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        return buttons

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        edit.setDate(day)
        edit.dateChanged.connect(self.refresh)
        return edit

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Appointments"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        # Uniform rows: measuring each would read every page of the agenda.
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        horizontal = table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        horizontal.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for column, width in COLUMN_WIDTHS.items():
            title = self.model.headers()[column]
            table.setColumnWidth(
                column,
                max(width * char + 12, horizontal.fontMetrics().horizontalAdvance(title) + 24),
            )
        # The date column as wide as the widest day and time in the user's language.
        widest = moment_text(datetime(2026, 12, 30, 22, 59, tzinfo=UTC), ZoneInfo("UTC"))
        table.setColumnWidth(
            columns.WHEN,
            max(table.columnWidth(columns.WHEN), self.fontMetrics().horizontalAdvance(widest) + 24),
        )
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Double-click or Enter (activated is emitted for both; doubleClicked would open twice).
        table.activated.connect(lambda _index: self.edit_selected())
        return table

    # -- reading ---------------------------------------------------------------------------

    def range(self) -> tuple[datetime, datetime]:
        """The chosen days as UTC instants [start of From, end of To), on the practice's clock."""
        zone = self.context.settings.zone()
        first = pydate(self.from_date.date())
        last = pydate(self.to_date.date())
        start = datetime.combine(first, datetime.min.time(), zone).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), datetime.min.time(), zone)
        return start, end.astimezone(UTC)

    def refresh(self) -> None:
        """Read the matching ids again; the selected appointment stays selected."""
        selected = self.selected_id()
        start, end = self.range()
        text = self.search.text().strip()
        with self.context.database.read_session() as session:
            people = patients.search_ids(session, text, patients.SEARCH_LIMIT) if text else None
            ids = appointment_ids(
                session,
                start=start,
                end=end,
                patient_ids=people,
                include_cancelled=self.show_cancelled.isChecked(),
            )
        self.model.set_ids(ids)
        self.count.setText(self.tr("%n appointment(s)", "", len(ids)))
        self.count.setAccessibleName(self.count.text())
        if selected is not None:
            self.select_appointment(selected)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.appointment_id(rows[0].row()) if rows else None

    def selected_line(self) -> AppointmentLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line(rows[0].row()) if rows else None

    def select_appointment(self, appointment_id: int) -> bool:
        row = self.model.row_of(appointment_id)
        if row < 0:
            return False
        index = self.model.index(row, columns.WHEN)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.edit_button.setEnabled(self._can_edit and line is not None)
        self.cancel_button.setEnabled(self._can_edit and line is not None and not line.cancelled)
        if line is not None and line.cancelled:
            self.edit_button.setToolTip(self.tr("Book it again, or change it"))
        else:
            self.edit_button.setToolTip(self.tr("Change the day, time, practitioner or place"))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(f"{NO_SIGN} {text}" if error else text)
        self.message.setVisible(True)

    # -- actions -----------------------------------------------------------------------------

    def new_record(self) -> int | None:
        """Ctrl+N: book an appointment; it is selected once saved."""
        if not self._can_edit:
            return None
        saved = AppointmentDialog.ask(self.context, None, self)
        if saved is not None:
            self._after_save(saved, self.tr("Appointment booked; its reminder is planned."))
        return saved

    def edit_selected(self) -> int | None:
        appointment_id = self.selected_id()
        if appointment_id is None or not self._can_edit:
            return None
        saved = AppointmentDialog.ask(self.context, appointment_id, self)
        if saved is not None:
            self._after_save(saved, self.tr("Appointment changed; its reminder follows."))
        return saved

    def _after_save(self, appointment_id: int, text: str) -> None:
        self.refresh()
        if not self.select_appointment(appointment_id):
            text += " " + self.tr("It is outside the days or the search shown.")
        self.show_message(text)
        self.changed.emit()

    def confirm_cancel(self, line: AppointmentLine) -> bool:
        return confirm(
            self,
            self.tr("Cancel the appointment"),
            self.tr("Cancel %1's appointment of %2? Its reminders not yet sent are cancelled too.")
            .replace("%1", line.patient_name)
            .replace("%2", moment_text(line.starts_at, self.context.settings.zone())),
            self.tr("Cancel the appointment"),
            self.tr("Keep it"),
        )

    def cancel_selected(self) -> bool:
        line = self.selected_line()
        if line is None or line.cancelled or not self._can_edit or not self.confirm_cancel(line):
            return False
        return self.cancel(line.id)

    def cancel(self, appointment_id: int) -> bool:
        try:
            with self.context.database.transaction() as session:
                called_back = appointments.cancel_appointment(
                    session, self.context.clock, self.context.actor, appointment_id
                )
        except RelaisError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.refresh()
        self.show_message(
            self.tr("Appointment cancelled.")
            + " "
            + self.tr("%n message(s) not yet sent cancelled too.", "", called_back)
        )
        self.changed.emit()
        return True

    # -- importing ---------------------------------------------------------------------------

    def file_filters(self) -> str:
        return ";;".join(
            (
                self.tr("Agenda export (*.ics *.csv)"),
                self.tr("Calendar (*.ics)"),
                self.tr("Spreadsheet (*.csv)"),
            )
        )

    def choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import the agenda"), str(Path.home()), self.file_filters()
        )
        return Path(name) if name else None

    def import_agenda(self) -> BackgroundTask | None:
        if not self._can_import:
            return None
        path = self.choose_file()
        return self.import_file(path) if path is not None else None

    def import_file(self, path: Path) -> BackgroundTask | None:
        """Import on the database worker; the report opens when it is done."""
        if self.job is not None and not self.job.done:
            return None
        context = self.context
        reading = self.tr("Reading %1…").replace("%1", path.name)
        words = {
            "Checking rows": self.tr("Checking the rows of %1…").replace("%1", path.name),
            "Saving": self.tr("Saving the appointments…"),
        }

        def work(progress: Progress) -> ImportOutcome:
            progress.update(0, 0, reading)
            with context.database.transaction() as session:
                report = import_agenda_file(session, context, path, WordedProgress(progress, words))
                # A cancel asked meanwhile undoes it all here, before the commit.
                progress.check()
            return ImportOutcome(
                path.name,
                report.created,
                report.updated,
                report.cancelled,
                report.unchanged,
                tuple(report.problems),
                report.outside_window,
            )

        self.import_button.setEnabled(False)
        self.job = run_in_background(
            self, self.tr("Importing the agenda"), work, self._imported, self._import_failed
        )
        self.job.finished.connect(lambda: self.import_button.setEnabled(self._can_import))
        return self.job

    def _imported(self, outcome: ImportOutcome) -> None:
        self.refresh()
        self.show_message(
            self.tr("Agenda imported from %1.").replace("%1", outcome.file_name)
            + " "
            + self.tr("%n appointment(s) created", "", outcome.created)
            + ", "
            + self.tr("%n not imported", "", len(outcome.problems))
            + "."
        )
        self.changed.emit()
        self.report = ImportReportDialog(outcome, self)
        self.report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report.destroyed.connect(lambda *_: setattr(self, "report", None))
        self.report.open()

    def _import_failed(self, error: BaseException) -> None:
        if is_cancelled(error):
            self.show_message(self.tr("Import cancelled; nothing was changed."))
        elif isinstance(error, (RelaisError, OSError)):
            self.show_message(
                self.tr("The agenda could not be imported: %1").replace("%1", str(error)),
                error=True,
            )
        else:
            self.show_message(
                self.tr("Unexpected error while importing: %1").replace("%1", repr(error)),
                error=True,
            )
