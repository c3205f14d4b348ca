"""The Appointments tab: the windowed table, booking, changing, cancelling, importing."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTranslator
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from sqlalchemy import select

from app import appointments, outbox
from app.appointments import AppointmentData, appointment_ids
from app.importers._agenda import PROBLEM_CODES, AgendaProblem
from app.resources import resource_path
from db.models import (
    Appointment,
    AppointmentStatus,
    Message,
    MessageStatus,
    Reminder,
    ReminderStatus,
)
from tests.ui.reminders.conftest import QT_NOISE, People, book, utc, when_modal
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.reminders import appointment_model as columns
from ui.reminders.appointment_model import AppointmentTableModel
from ui.reminders.appointments import (
    AppointmentDialog,
    AppointmentsTab,
    ImportOutcome,
    ImportReportDialog,
)
from ui.reminders.page import RemindersPage

pytestmark = pytest.mark.qt_log_ignore(QT_NOISE)


def _tab(qtbot, context: UiContext) -> AppointmentsTab:
    tab = AppointmentsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    return tab


def _cells(tab: AppointmentsTab, row: int) -> list[str]:
    return [tab.model.index(row, c).data() for c in range(columns.COLUMN_COUNT)]


def _appointment(context: UiContext, appointment_id: int) -> Appointment:
    with context.database.read_session() as session:
        found = session.get(Appointment, appointment_id)
        assert found is not None
        return found


def _reminder(context: UiContext, appointment_id: int) -> Reminder:
    with context.database.read_session() as session:
        found = session.scalar(select(Reminder).where(Reminder.appointment_id == appointment_id))
        assert found is not None
        return found


def _statuses(context: UiContext, patient_id: int) -> list[MessageStatus]:
    with context.database.read_session() as session:
        return list(
            session.scalars(
                select(Message.status).where(Message.patient_id == patient_id).order_by(Message.id)
            )
        )


def test_the_model_passes_the_model_tester_empty_and_full(
    qtmodeltester, context: UiContext, people: People
) -> None:
    model = AppointmentTableModel(context.database, context.settings.zone())
    qtmodeltester.check(model)
    for day in range(1, 40):
        book(context, people.helene if day % 2 else people.paul, utc(28, 14) + timedelta(days=day))
    with context.database.read_session() as session:
        model.set_ids(appointment_ids(session, start=utc(28, 0)))
    assert model.rowCount() == 39
    qtmodeltester.check(model)


def test_rows_say_when_who_where_and_what_the_reminder_did(
    qtbot, context: UiContext, people: People
) -> None:
    sent_one = book(context, people.helene, utc(30, 13, 30))  # Monday 14:30 in Paris
    later = book(context, people.paul, utc(9, 8, 15, month=12), practitioner="Dr Nguyen")
    nothing = book(context, people.marie, utc(20, 9, month=12), place="Annexe Garibaldi")
    with context.database.transaction() as session:
        outbox.plan_messages(session, context.clock)
    with context.database.transaction() as session:
        first = session.scalars(
            select(Message).where(Message.patient_id == people.helene).order_by(Message.id)
        ).first()
        assert first is not None
        first.status = MessageStatus.SENT
        first.sent_at = context.clock.now()

    tab = _tab(qtbot, context)
    assert tab.model.rowCount() == 3
    assert tab.count.text() == "3 appointment(s)"
    helene = _cells(tab, tab.model.row_of(sent_one))
    # The practice's clock (Paris, UTC+1 in winter) and the locale's day names.
    assert helene[columns.WHEN] == "Mon 30/11/2026 14:30"
    assert helene[columns.PATIENT] == "LEFÈVRE Hélène"
    assert helene[columns.PRACTITIONER] == "Dr Roux"
    assert helene[columns.STATUS] == "Booked"
    assert helene[columns.REMINDER].startswith("✓ Sent: ")
    paul = _cells(tab, tab.model.row_of(later))
    assert paul[columns.PRACTITIONER] == "Dr Nguyen"
    assert "Planned: SMS" in paul[columns.REMINDER]
    marie = _cells(tab, tab.model.row_of(nothing))
    assert marie[columns.PLACE] == "Annexe Garibaldi"
    # Three weeks ahead: the planner has not reached it yet.
    assert marie[columns.REMINDER] == "– None yet"
    tip = tab.model.index(tab.model.row_of(sent_one), columns.WHEN).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip == "20 minute(s)"


def test_search_dates_and_cancelled_filter_the_list(
    qtbot, context: UiContext, people: People
) -> None:
    past = book(context, people.helene, utc(20, 9))
    soon = book(context, people.helene, utc(1, 9, month=12))
    far = book(context, people.paul, utc(15, 9, month=12))
    gone = book(context, people.marie, utc(2, 9, month=12))
    tab = _tab(qtbot, context)
    tab.cancel(gone)
    assert tab.model.ids == [soon, far]  # from today on; cancelled ones hidden
    assert past not in tab.model.ids

    qtbot.keyClicks(tab.search, "lef")
    assert tab.model.ids == [soon]
    tab.search.clear()
    tab.to_date.setDate(QDate(2026, 12, 10))
    assert tab.model.ids == [soon]
    qtbot.mouseClick(tab.show_cancelled, Qt.MouseButton.LeftButton)
    assert tab.model.ids == [soon, gone]
    assert _cells(tab, 1)[columns.STATUS] == "✗ Cancelled"
    tab.from_date.setDate(QDate(2026, 11, 1))
    assert tab.model.ids == [past, soon, gone]


def test_only_the_pages_on_screen_are_read(qtbot, context: UiContext, people: People) -> None:
    with context.database.transaction() as session:
        for n in range(700):
            start = utc(28, 14) + timedelta(hours=3 * n)
            appointments.create_appointment(
                session, context.clock, context.actor, AppointmentData(people.helene, start)
            )
    tab = _tab(qtbot, context)
    qtbot.waitExposed(tab)
    tab.table.viewport().grab()  # paints the rows on screen
    assert tab.model.rowCount() == 700
    assert tab.model.fetched_pages == [0]  # 64 rows: more than a screen
    tab.table.scrollToBottom()
    tab.table.viewport().grab()
    assert tab.model.fetched_pages[-1] == 10
    assert len(tab.model.fetched_pages) <= 3


def test_booking_an_appointment_through_the_dialog(
    qtbot, context: UiContext, people: People
) -> None:
    dialog = AppointmentDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    # Nothing chosen: the error is under the field, and nothing is written.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Choose the patient" in dialog.field_error("patient")
    assert dialog.result() != QDialog.DialogCode.Accepted

    qtbot.keyClicks(dialog.patient.search, "roux")
    assert dialog.patient.patient_id() == people.paul  # the only match is chosen
    dialog.date.setDate(QDate(2026, 11, 28))
    dialog.time.setTime(QTime(8, 0))  # already past at 10:30
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("patient") == ""
    assert dialog.field_error("when") == "This time has already passed."

    dialog.date.setDate(QDate(2026, 12, 3))
    dialog.time.setTime(QTime(16, 45))
    dialog.duration.setValue(30)
    qtbot.keyClicks(dialog.practitioner, "Dr Nguyen")
    qtbot.keyClicks(dialog.place, "Salle 2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id is not None

    saved = _appointment(context, dialog.saved_id)
    assert saved.patient_id == people.paul
    assert saved.starts_at == datetime(2026, 12, 3, 15, 45, tzinfo=UTC)  # 16:45 in Paris
    assert saved.ends_at == datetime(2026, 12, 3, 16, 15, tzinfo=UTC)
    assert (saved.practitioner, saved.place, saved.source) == ("Dr Nguyen", "Salle 2", "manual")
    reminder = _reminder(context, dialog.saved_id)
    assert reminder.due_at == saved.starts_at
    assert reminder.status is ReminderStatus.ACTIVE


def test_new_appointment_from_the_tab_is_selected_once_booked(
    qtbot, context: UiContext, people: People
) -> None:
    tab = _tab(qtbot, context)

    def fill(dialog) -> None:
        assert isinstance(dialog, AppointmentDialog)
        qtbot.keyClicks(dialog.patient.search, "dupont marie")
        dialog.date.setDate(QDate(2026, 12, 1))
        dialog.time.setTime(QTime(9, 30))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert tab.selected_line() is not None
    assert tab.selected_line().patient_id == people.marie
    assert "Appointment booked" in tab.message.text()


def test_changing_an_appointment_moves_its_reminder(
    qtbot, context: UiContext, people: People
) -> None:
    appointment_id = book(context, people.helene, utc(30, 13, 30))
    with context.database.transaction() as session:
        outbox.plan_messages(session, context.clock)
    assert MessageStatus.PLANNED in _statuses(context, people.helene)
    tab = _tab(qtbot, context)
    tab.select_appointment(appointment_id)

    def move(dialog) -> None:
        assert isinstance(dialog, AppointmentDialog)
        assert dialog.patient.patient_text().startswith("LEFÈVRE Hélène")
        assert dialog.practitioner.text() == "Dr Roux"
        dialog.time.setTime(QTime(17, 0))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, move)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    moved = _appointment(context, appointment_id)
    assert moved.starts_at == utc(30, 16)
    assert _reminder(context, appointment_id).due_at == utc(30, 16)
    # What was planned for the old time is called back; the planner plans anew.
    assert MessageStatus.PLANNED not in _statuses(context, people.helene)
    assert tab.selected_id() == appointment_id
    assert _cells(tab, 0)[columns.WHEN] == "Mon 30/11/2026 17:00"


def _answer(qtbot, text: str):
    def click(box) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return click


def test_cancelling_asks_first_then_cancels_the_unsent_reminders(
    qtbot, context: UiContext, people: People
) -> None:
    appointment_id = book(context, people.paul, utc(30, 8))
    with context.database.transaction() as session:
        outbox.plan_messages(session, context.clock)
    tab = _tab(qtbot, context)
    tab.select_appointment(appointment_id)
    assert tab.cancel_button.isEnabled()

    when_modal(qtbot, _answer(qtbot, "Keep it"))
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert _appointment(context, appointment_id).status is AppointmentStatus.BOOKED

    when_modal(qtbot, _answer(qtbot, "Cancel the appointment"))
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert _appointment(context, appointment_id).status is AppointmentStatus.CANCELLED
    assert _reminder(context, appointment_id).status is ReminderStatus.CANCELLED
    statuses = _statuses(context, people.paul)
    assert statuses
    assert set(statuses) == {MessageStatus.CANCELLED}
    assert tab.model.rowCount() == 0  # cancelled ones are hidden by default
    assert "Appointment cancelled." in tab.message.text()


AGENDA = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Agenda du cabinet//FR
BEGIN:VEVENT
UID:rdv-1@cabinet
DTSTAMP:20261127T180000Z
DTSTART;TZID=Europe/Paris:20261201T093000
DTEND;TZID=Europe/Paris:20261201T095000
SUMMARY:RDV Mme LEFEVRE Hélène
DESCRIPTION:Tél 06 12 34 56 78
ORGANIZER;CN=Dr Roux:mailto:roux@cabinet.fr
LOCATION:Salle 1
END:VEVENT
BEGIN:VEVENT
UID:rdv-2@cabinet
DTSTAMP:20261127T180000Z
DTSTART;TZID=Europe/Paris:20261202T110000
DTEND;TZID=Europe/Paris:20261202T112000
SUMMARY:Consultation M. INCONNU Gérard
END:VEVENT
END:VCALENDAR
"""


def test_importing_the_agenda_reports_what_it_did(
    qtbot, tmp_path: Path, context: UiContext, people: People
) -> None:
    path = tmp_path / "agenda.ics"
    path.write_text(AGENDA.replace("\n", "\r\n"), encoding="utf-8")
    tab = _tab(qtbot, context)
    job = tab.import_file(path)
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=10_000)

    with context.database.read_session() as session:
        imported = session.scalars(select(Appointment)).all()
    assert [(a.patient_id, a.starts_at, a.source) for a in imported] == [
        (people.helene, datetime(2026, 12, 1, 8, 30, tzinfo=UTC), "ics")
    ]
    assert tab.model.rowCount() == 1
    report = tab.report
    assert isinstance(report, ImportReportDialog)
    assert report.isVisible()
    assert "1 appointment(s) created" in report.summary.text()
    assert report.problems.count() == 1
    line = report.problems.item(0).text()
    assert "Line " in line
    assert "INCONNU" in line
    assert "no patient matches its name, phone or e-mail" in line
    report.reject()


def test_a_cancelled_import_changes_nothing(
    qtbot, tmp_path: Path, context: UiContext, people: People
) -> None:
    path = tmp_path / "agenda.ics"
    path.write_text(AGENDA.replace("\n", "\r\n"), encoding="utf-8")
    tab = _tab(qtbot, context)
    job = tab.import_file(path)
    assert job is not None
    job.cancel()
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    with context.database.read_session() as session:
        assert session.scalars(select(Appointment)).all() == []
    assert tab.message.text() == "Import cancelled; nothing was changed."
    assert tab.report is None


def test_the_page_has_five_tabs_and_routes_the_window_commands(
    qtbot, context: UiContext, people: People
) -> None:
    page = RemindersPage(context)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.tabs.count() == 5  # the four kinds of reminder, and their timing
    assert page.tabs.currentWidget() is page.appointments
    assert isinstance(page.appointments, AppointmentsTab)
    page.focus_search()
    assert page.appointments.search.hasFocus()

    def close(dialog) -> None:
        assert isinstance(dialog, AppointmentDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc closes, nothing saved

    when_modal(qtbot, close)
    assert page.new_record() is None
    with context.database.read_session() as session:
        assert session.scalars(select(Appointment)).all() == []


def test_the_agenda_csv_export_imports_too_and_bad_rows_are_located(
    qtbot, tmp_path: Path, context: UiContext, people: People
) -> None:
    rows = [
        "Date;Heure;Durée;Patient;Téléphone;Praticien;Lieu;Statut;N° RDV",
        "01/12/2026;09:30;20;Mme LEFÈVRE Hélène;06 12 34 56 78;Dr Roux;Salle 1;;R-1",
        "02/12/2026;10:00;20;ROUX Paul;;Dr Roux;;;R-2",
        "03/12/2026;25h99;20;DUPONT Marie;;Dr Roux;;;R-3",
        "04/12/2026;11:00;20;INCONNU Gérard;;Dr Roux;;;R-4",
    ]
    path = tmp_path / "agenda.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    tab = _tab(qtbot, context)
    assert "*.csv" in tab.file_filters()
    job = tab.import_file(path)
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=10_000)

    with context.database.read_session() as session:
        imported = session.scalars(select(Appointment).order_by(Appointment.starts_at)).all()
    assert [(a.patient_id, a.source) for a in imported] == [
        (people.helene, "csv"),
        (people.paul, "csv"),
    ]
    report = tab.report
    assert report is not None
    assert "2 appointment(s) created" in report.summary.text()
    lines = [report.problems.item(i).text() for i in range(report.problems.count())]
    assert len(lines) == 2
    assert lines[0].startswith("⚠ Line 4")
    assert lines[1].startswith("⚠ Line 5")
    assert "no patient matches its name, phone or e-mail" in lines[1]
    report.reject()


def test_the_import_report_says_each_problem_by_its_code_and_place() -> None:
    problems = (
        AgendaProblem(12, None, "no_patient", uid="u@x", about="RDV Mme X"),
        AgendaProblem(7, "Date", "bad_date", {"value": "31/02"}),
        AgendaProblem(None, None, "no_patient", uid="u@x", about="RDV Mme Y"),
        AgendaProblem(24, None, "dtstart_missing", uid="b7@x"),
        AgendaProblem(None, None, "calendar_timezone_unknown", {"zone": "Nowhere",
                                                                "fallback": "P"}),
        AgendaProblem(11, None, "duplicate", {"kind": "event", "kept_line": "4",
                                              "reason": "sequence", "sequence": "3"}, uid="d@x"),
        AgendaProblem(3, None, "not_a_code_yet", {"value": "x"}),
    )  # fmt: skip
    dialog = ImportReportDialog(ImportOutcome("a.csv", 0, 0, 0, 0, problems))
    try:
        assert [dialog.problem_text(problem) for problem in problems] == [
            "Line 12 — RDV Mme X: no patient matches its name, phone or e-mail",
            "Line 7, column Date: “31/02” is not a date (dd/mm/yyyy or yyyy-mm-dd)",
            "Event — RDV Mme Y: no patient matches its name, phone or e-mail",
            "Line 24 — event b7@x: no start time (DTSTART); event skipped",
            "the calendar's time zone “Nowhere” is unknown; its times are read as P",
            "Line 11 — event d@x: same event as line 4 (same UID); that one was kept "
            "(higher SEQUENCE (3))",
            "line 3: not_a_code_yet",  # a code this screen does not know: the importer's words
        ]
        # A value is put in once: a "%2" in it is not a placeholder.
        odd = AgendaProblem(2, "Heure", "bad_time", {"value": "%2"})
        assert (
            dialog.problem_text(odd) == "Line 2, column Heure: “%2” is not a time (09:30 or 9h30)"
        )
    finally:
        dialog.deleteLater()


def test_the_report_has_words_for_every_code_the_importers_give() -> None:
    dialog = ImportReportDialog(ImportOutcome("a.csv", 0, 0, 0, 0, ()))
    try:
        for code in PROBLEM_CODES:
            assert dialog.reason_text(AgendaProblem(1, None, code)) is not None, code
    finally:
        dialog.deleteLater()


class _Marked(QTranslator):
    """The French catalogue for the import report, each sentence marked ⟦…⟧.

    Sentences the catalogue does not translate yet come through in English,
    marked too: what matters here is that every word of a problem line went
    through the catalogue, none straight from the importer.
    """

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.french = QTranslator(self)
        assert self.french.load("relais_fr", str(resource_path("translations")))

    def translate(self, context, source, disambiguation=None, n=-1) -> str:
        if context != "ImportReportDialog":
            return ""  # the catalogues installed before answer
        french = self.french.translate(context, source, disambiguation, n)
        return f"⟦{french or source}⟧"


def test_in_french_no_problem_line_is_the_importers_english(
    qtbot, qapp, tmp_path: Path, context: UiContext, people: People
) -> None:
    rows = [
        "Date;Heure;Durée;Patient;Téléphone;Praticien;Lieu;Statut;N° RDV",
        "01/12/2026;09:30;20;Mme LEFÈVRE Hélène;06 12 34 56 78;Dr Roux;Salle 1;;R-1",
        "03/12/2026;25h99;20;DUPONT Marie;;Dr Roux;;;R-3",
        "04/12/2026;11:00;20;INCONNU Gérard;;Dr Roux;;;R-4",
    ]
    path = tmp_path / "agenda.csv"
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    install_translators(qapp, "fr")
    marked = _Marked(qapp)
    qapp.installTranslator(marked)
    try:
        tab = _tab(qtbot, context)
        job = tab.import_file(path)
        assert job is not None
        qtbot.waitUntil(lambda: job.done, timeout=10_000)
        report = tab.report
        assert report is not None
        problems = report.outcome.problems
        assert [(p.line, p.code) for p in problems] == [(3, "bad_time"), (4, "no_patient")]
        lines = [report.problems.item(i).text() for i in range(report.problems.count())]
        assert len(lines) == 2
        for line, problem in zip(lines, problems, strict=True):
            assert line.count("⟦") == 3, line  # the sentence, where, then why
            # Outside what the catalogue gave, only signs and the file's own words.
            rest = re.sub(r"⟦[^⟧]*⟧", "", line).replace(problem.about, "")
            assert not re.search(r"[^\W\d_]", rest), (line, rest)
        report.reject()
    finally:
        qapp.removeTranslator(marked)
        remove_translators(qapp)
