"""The agenda's CSV export: appointments created, then changed or cancelled in place."""

from __future__ import annotations

import codecs
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.clock import FixedClock
from app.errors import Cancelled, ValidationError
from app.importers._agenda import CSV_CODES
from app.importers.appointments_csv import import_appointments_csv
from app.patients import ContactData, PatientData, insert_many
from app.tasks import Progress
from db.models import (
    Appointment,
    AppointmentOutcome,
    AppointmentStatus,
    AuditEvent,
    Channel,
    ContactKind,
    Message,
    MessageStatus,
    Reminder,
    ReminderStatus,
)
from tests.helpers.messages import add_message

MARCH = FixedClock(datetime(2027, 3, 1, 8, 0, tzinfo=UTC))  # 9:00 in Paris

# What a French agenda writes: Excel's cp1252, semicolons, CRLF, day-first dates.
FRENCH_HEADER = "Date;Heure;Durée;Patient;Né(e) le;Téléphone;E-mail;Praticien;Lieu;Statut;N° RDV"
FRENCH_ROWS = [
    "02/03/2027;08:30;15;Mme DUPONT Hélène;12/04/1948;06 12 34 56 78;;Dr Roux;Cabinet du Parc;"
    "Confirmé;R-1001",
    # The landline is Paul's and Anne's: the name says it is Paul.
    "02/03/2027;9h15;30;LEFÈVRE Paul;;04 76 12 34 56;;Dr Roux;;;R-1002",
    "03/03/2027;10:00;20;Hélène Lefèvre;;;helene.lefevre@example.fr;Dr Martin;;;R-1003",
    "04/03/2027;11:00;15;MARTIN Zoé;;;;Dr Roux;;Annulé;R-1004",
]


@pytest.fixture
def patient_ids(database) -> dict[str, int]:
    people = [
        PatientData("Dupont", "Hélène", date(1948, 4, 12),
                    contacts=[ContactData(ContactKind.MOBILE, "+33612345678")]),
        # Her namesake: the phone or the birth date tells them apart.
        PatientData("Dupont", "Hélène", date(1975, 9, 1),
                    contacts=[ContactData(ContactKind.MOBILE, "+33699887766")]),
        PatientData("Lefèvre", "Paul", date(1961, 2, 3), household="lefevre",
                    contacts=[ContactData(ContactKind.LANDLINE, "+33476123456",
                                          shared_with_household=True)]),
        PatientData("Lefèvre", "Anne", date(1963, 7, 8), household="lefevre",
                    contacts=[ContactData(ContactKind.LANDLINE, "+33476123456",
                                          shared_with_household=True)]),
        PatientData("Lefèvre", "Hélène", date(1990, 5, 5),
                    contacts=[ContactData(ContactKind.EMAIL, "helene.lefevre@example.fr")]),
    ]  # fmt: skip
    with database.transaction() as session:
        ids = insert_many(session, MARCH.now(), people)
    return dict(zip(["helene", "namesake", "paul", "anne", "helene_lefevre"], ids, strict=True))


def _write(tmp_path: Path, lines: list[str], encoding: str = "cp1252", name: str = "rdv.csv"):
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def _import(database, admin, path: Path, clock=MARCH, **options):
    with database.transaction() as session:
        return import_appointments_csv(session, clock, admin, path, **options)


def _appointments(database) -> list[tuple[int, datetime, datetime | None, AppointmentStatus]]:
    with database.read_session() as session:
        return [
            (a.patient_id, a.starts_at, a.ends_at, a.status)
            for a in session.scalars(select(Appointment).order_by(Appointment.starts_at))
        ]


def _utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=UTC)


def test_a_french_excel_export_in_cp1252_with_semicolons(
    database, admin, patient_ids, tmp_path
) -> None:
    path = _write(tmp_path, [FRENCH_HEADER, *FRENCH_ROWS])
    assert "é".encode("cp1252") in path.read_bytes()  # really not UTF-8
    report = _import(database, admin, path)
    assert report.problems == []
    assert (report.created, report.updated, report.cancelled) == (3, 0, 0)
    assert report.unchanged == 1  # Zoé Martin's cancelled visit was never imported
    assert _appointments(database) == [
        # 8:30 in Paris in winter is 7:30 UTC.
        (patient_ids["helene"], _utc(2, 7, 30), _utc(2, 7, 45), AppointmentStatus.BOOKED),
        (patient_ids["paul"], _utc(2, 8, 15), _utc(2, 8, 45), AppointmentStatus.BOOKED),
        (patient_ids["helene_lefevre"], _utc(3, 9), _utc(3, 9, 20), AppointmentStatus.BOOKED),
    ]
    with database.read_session() as session:
        first = session.scalars(select(Appointment).order_by(Appointment.starts_at)).first()
        assert (first.practitioner, first.place, first.source, first.external_key) == (
            "Dr Roux",
            "Cabinet du Parc",
            "csv",
            "csv:R-1001",
        )
        assert session.scalar(select(func.count()).select_from(Reminder)) == 3
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "appointments.imported")
        ).one()
        assert audit.details["source"] == "rdv.csv"


def test_an_english_export_in_utf8_with_bom_commas_and_iso_dates(
    database, admin, patient_ids, tmp_path
) -> None:
    lines = [
        "Appointment ID,Date,Start time,End time,Last name,First name,Date of birth,Phone,"
        "Practitioner,Location,Status",
        'A7,2027-03-02,14:00,14:20,Dupont,Hélène,1975-09-01,,Dr Roux,"Cabinet du Parc, room 2",'
        "booked",
        "A8,2027-03-02T16:45,,,Dupont,Hélène,,+33 6 99 88 77 66,Dr Roux,,",
    ]
    path = tmp_path / "agenda.csv"
    path.write_bytes(codecs.BOM_UTF8 + "\n".join(lines).encode("utf-8"))
    report = _import(database, admin, path)
    assert (report.created, report.problems) == (2, [])
    assert _appointments(database) == [
        (patient_ids["namesake"], _utc(2, 13), _utc(2, 13, 20), AppointmentStatus.BOOKED),
        (patient_ids["namesake"], _utc(2, 15, 45), None, AppointmentStatus.BOOKED),
    ]
    with database.read_session() as session:
        places = set(session.scalars(select(Appointment.place)))
    assert places == {"Cabinet du Parc, room 2", ""}


def test_malformed_rows_are_reported_by_line_and_the_others_imported(
    database, admin, patient_ids, tmp_path
) -> None:
    lines = [
        FRENCH_HEADER,
        FRENCH_ROWS[0],
        "05/03/2027;25:00;15;DUPONT Hélène;12/04/1948;;;;;;R-2",
        "31/02/2027;10:00;15;DUPONT Hélène;12/04/1948;;;;;;R-3",
        "",  # a blank line: skipped, but counted as a line of the file
        "28/03/2027;02:30;15;DUPONT Hélène;12/04/1948;;;;;;R-5",  # the clocks go forward
        "08/03/2027;10:00;15;DUPONT Hélène;;;;;;;R-6",  # which of the two?
        "08/03/2027;11:00;15;GARNIER Luc;;;;;;;R-7",
        "08/03/2027;12:00;15;LEFÈVRE Paul;;pas de tél;;;;;R-8",
        "08/03/2027;12:00;une heure;LEFÈVRE Paul;;;;;;;R-9",
        "08/03/2027;12:00;15;LEFÈVRE Paul;;;;;;;R-10;surplus",
        "08/03/2027;12:00;15;;;;;;;;R-11",
        "09/03/2027;12:00;15;LEFÈVRE Paul;;;;;;;R-1001",  # the id of line 2 again
        FRENCH_ROWS[1],
    ]
    report = _import(database, admin, _write(tmp_path, lines))
    assert [(p.line, p.column, p.code, dict(p.detail), p.about) for p in report.problems] == [
        (3, "Heure", "bad_time", {"value": "25:00"}, ""),
        (4, "Date", "bad_date", {"value": "31/02/2027"}, ""),
        (
            6,
            "Heure",
            "skipped_local_time",
            {"moment": "28/03/2027 02:30", "zone": "Europe/Paris"},
            "",
        ),
        (7, None, "several_patients", {}, "DUPONT Hélène, 08/03/2027 10:00"),
        (8, None, "no_patient", {}, "GARNIER Luc, 08/03/2027 11:00"),
        (9, "Téléphone", "bad_phone", {"value": "pas de tél"}, ""),
        (10, "Durée", "bad_duration", {"value": "une heure"}, ""),
        (11, None, "too_many_cells", {"cells": "12", "columns": "11"}, ""),
        (12, None, "missing_patient", {}, ""),
        (13, None, "duplicate_row", {"first_line": "2"}, ""),
    ]
    # The command line and the logs print them as they always did.
    assert [str(problem) for problem in report.problems] == [
        "line 3, column Heure: '25:00' is not a time (09:30 or 9h30); not imported",
        "line 4, column Date: '31/02/2027' is not a date (dd/mm/yyyy or yyyy-mm-dd); not imported",
        "line 6, column Heure: 28/03/2027 02:30 does not exist in Europe/Paris (the clocks go "
        "forward); not imported",
        "line 7 (DUPONT Hélène, 08/03/2027 10:00): several patients match; check the name and "
        "phone in the agenda; not imported",
        "line 8 (GARNIER Luc, 08/03/2027 11:00): no patient matches its name, phone or e-mail; "
        "not imported",
        "line 9, column Téléphone: 'pas de tél' is not a phone number; not imported",
        "line 10, column Durée: 'une heure' is not a duration (minutes, or 1h30); not imported",
        "line 11: 12 cells where the header has 11; not imported",
        "line 12: no patient: no name, phone or e-mail; not imported",
        "line 13: the same appointment as line 2; not imported",
    ]
    assert report.created == 2  # lines 2 and 14: nothing lost around the bad ones
    assert [a[0] for a in _appointments(database)] == [patient_ids["helene"], patient_ids["paul"]]
    assert report.summary() == (
        "2 appointments created, 0 moved or changed, 0 cancelled, 0 unchanged, 10 problems."
    )


def test_every_other_row_problem_has_its_code_column_and_values(
    database, admin, patient_ids, tmp_path
) -> None:
    head = "Date;Heure;Fin;Patient;Né(e) le;Téléphone;E-mail;Praticien;N° RDV"
    ok = ["05/03/2027", "10:00", "10:20", "LEFÈVRE Paul", "", "", "", "Dr Roux"]

    def row(number: int, **cells: str) -> str:
        names = ("date", "time", "end", "patient", "born", "phone", "email", "who")
        values = dict(zip(names, ok, strict=True))
        values.update(cells)
        return ";".join([*values.values(), f"R-{number}"])

    lines = [
        head,
        row(2, date=""),
        row(3, time=""),
        row(4, end="9h99"),
        row(5, end="09:00"),
        row(6, born="31/13/1948"),
        row(7, phone="06 12"),
        row(8, email="paul@"),
        row(9, who="x" * 101),
        ";".join([*ok, "R" * 201]),
    ]
    report = _import(database, admin, _write(tmp_path, lines))
    assert [(p.line, p.column, p.code, dict(p.detail)) for p in report.problems] == [
        (2, "Date", "missing_date", {}),
        (3, "Heure", "missing_time", {}),
        (4, "Fin", "bad_time", {"value": "9h99"}),
        (5, "Fin", "end_not_after_start", {}),
        (6, "Né(e) le", "bad_birth_date", {"value": "31/13/1948"}),
        (7, "Téléphone", "invalid_phone", {"value": "06 12"}),
        (8, "E-mail", "bad_email", {"value": "paul@"}),
        (9, "Praticien", "too_long", {"limit": "100"}),
        (10, "N° RDV", "id_too_long", {"limit": "200"}),
    ]
    assert [str(problem) for problem in report.problems] == [
        "line 2, column Date: no date; not imported",
        "line 3, column Heure: no time; not imported",
        "line 4, column Fin: '9h99' is not a time (09:30 or 9h30); not imported",
        "line 5, column Fin: ends before it starts; not imported",
        "line 6, column Né(e) le: '31/13/1948' is not a date (dd/mm/yyyy); not imported",
        "line 7, column Téléphone: '06 12' is not a valid phone number; not imported",
        "line 8, column E-mail: 'paul@' is not an e-mail address; not imported",
        "line 9, column Praticien: longer than 100 characters; not imported",
        "line 10, column N° RDV: an id longer than 200 characters; not imported",
    ]
    assert {p.code for p in report.problems} <= set(CSV_CODES)


def test_reimporting_the_same_file_changes_nothing(database, admin, patient_ids, tmp_path) -> None:
    path = _write(tmp_path, [FRENCH_HEADER, *FRENCH_ROWS])
    _import(database, admin, path)
    before = _appointments(database)
    again = _import(database, admin, path)
    assert (again.created, again.updated, again.cancelled, again.unchanged) == (0, 0, 0, 4)
    assert _appointments(database) == before
    with database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Reminder)) == 3


def test_a_row_now_cancelled_cancels_the_appointment_and_its_unsent_reminders(
    database, admin, patient_ids, tmp_path
) -> None:
    _import(database, admin, _write(tmp_path, [FRENCH_HEADER, *FRENCH_ROWS]))
    with database.transaction() as session:
        paul = session.scalars(
            select(Reminder).where(Reminder.patient_id == patient_ids["paul"])
        ).one()
        queued = add_message(session, MARCH.now(), patient_ids["paul"], Channel.LETTER,
                             MessageStatus.QUEUED, reminder_id=paul.id)  # fmt: skip
        yesterday = datetime(2027, 2, 28, 17, 0, tzinfo=UTC)
        sent = add_message(session, MARCH.now(), patient_ids["paul"], Channel.SMS,
                           MessageStatus.SENT, reminder_id=paul.id, scheduled_for=yesterday,
                           sent_at=yesterday)  # fmt: skip
    rows = [
        FRENCH_ROWS[0],
        FRENCH_ROWS[1].replace(";;;R-1002", ";;annulé;R-1002"),
        *FRENCH_ROWS[2:],
    ]
    # Hélène's visit moves to 9:00 the next day, same id.
    rows[0] = rows[0].replace("02/03/2027;08:30", "03/03/2027;09:00")
    report = _import(database, admin, _write(tmp_path, [FRENCH_HEADER, *rows]))
    assert (report.created, report.updated, report.cancelled, report.unchanged) == (0, 1, 1, 2)
    assert _appointments(database)[:2] == [
        (patient_ids["paul"], _utc(2, 8, 15), _utc(2, 8, 45), AppointmentStatus.CANCELLED),
        (patient_ids["helene"], _utc(3, 8), _utc(3, 8, 15), AppointmentStatus.BOOKED),
    ]
    with database.read_session() as session:
        assert session.get(Reminder, paul.id).status is ReminderStatus.CANCELLED
        assert session.get(Message, queued).status is MessageStatus.CANCELLED
        assert session.get(Message, sent).status is MessageStatus.SENT  # gone is gone
    again = _import(database, admin, _write(tmp_path, [FRENCH_HEADER, *rows]))
    assert (again.updated, again.cancelled, again.unchanged) == (0, 0, 4)


def test_without_an_id_column_the_same_row_is_still_the_same_appointment(
    database, admin, patient_ids, tmp_path
) -> None:
    header = "Date;Heure;Patient;Téléphone;Statut"
    row = "02/03/2027;08:30;DUPONT Hélène;06 12 34 56 78;"
    first = _import(database, admin, _write(tmp_path, [header, row]))
    again = _import(database, admin, _write(tmp_path, [header, row]))
    assert (first.created, again.created, again.unchanged) == (1, 0, 1)
    cancelled = _import(database, admin, _write(tmp_path, [header, row + "Annulé"]))
    assert cancelled.cancelled == 1
    assert [a[3] for a in _appointments(database)] == [AppointmentStatus.CANCELLED]


def test_new_appointments_outside_yesterday_to_four_months_are_left_out(
    database, admin, patient_ids, tmp_path
) -> None:
    lines = [
        "Date;Heure;Patient;Téléphone",
        "15/01/2027;08:30;DUPONT Hélène;06 12 34 56 78",
        "01/09/2027;08:30;DUPONT Hélène;06 12 34 56 78",
        "02/03/2027;08:30;DUPONT Hélène;06 12 34 56 78",
    ]
    report = _import(database, admin, _write(tmp_path, lines))
    assert (report.created, report.outside_window, report.problems) == (1, 2, [])
    assert report.summary().endswith(
        "0 problems. 2 outside the window (yesterday to four months ahead) left out."
    )


def test_a_file_that_is_not_an_agenda_says_which_columns_are_missing(
    database, admin, patient_ids, tmp_path
) -> None:
    path = _write(tmp_path, ["Nom;Prénom;Ville", "Dupont;Hélène;Lyon"])
    with pytest.raises(ValidationError) as raised:
        _import(database, admin, path)
    assert str(raised.value) == (
        "file: line 1: no column for the date (Date, Jour...); the header has Nom, Prénom, Ville"
    )
    assert _appointments(database) == []


def test_a_dry_run_reports_and_writes_nothing(database, admin, patient_ids, tmp_path) -> None:
    report = _import(database, admin, _write(tmp_path, [FRENCH_HEADER, *FRENCH_ROWS]), dry_run=True)
    assert report.created == 3
    assert _appointments(database) == []


def test_progress_is_reported_and_a_cancel_leaves_nothing(
    database, admin, patient_ids, tmp_path
) -> None:
    path = _write(tmp_path, [FRENCH_HEADER, *FRENCH_ROWS])
    progress = Progress()
    _import(database, admin, path, dry_run=True, progress=progress)
    assert progress.snapshot() == (4, 4, "Saving")  # Zoé's cancelled row counts too
    with pytest.raises(Cancelled):
        _import(database, admin, path, cancelled=lambda: True)
    assert _appointments(database) == []


def test_headers_times_and_durations_as_agendas_write_them(
    database, admin, patient_ids, tmp_path
) -> None:
    lines = [
        "Jour,Heure de début,Durée (min),Nom,Prénom,Portable,Motif",
        "2027-03-04,9h,1h30,DUPONT,Hélène,0612345678,contrôle",
        "04.03.2027,14:05:00,45 min,Lefèvre,Anne,,",
    ]
    report = _import(database, admin, _write(tmp_path, lines, encoding="utf-8"))
    assert (report.created, report.problems) == (2, [])
    assert _appointments(database) == [
        (patient_ids["helene"], _utc(4, 8), _utc(4, 9, 30), AppointmentStatus.BOOKED),
        (patient_ids["anne"], _utc(4, 13, 5), _utc(4, 13, 50), AppointmentStatus.BOOKED),
    ]
    with database.read_session() as session:
        reasons = list(session.scalars(select(Appointment.reason).order_by(Appointment.id)))
    assert reasons == ["contrôle", ""]


# -- what happened: the outcome column --------------------------------------------------

OUTCOME_HEADER = "Date;Heure;Patient;Téléphone;Statut;Présence;N° RDV"
OUTCOME_ROWS = [
    "28/02/2027;14:00;DUPONT Hélène;06 12 34 56 78;;Honoré;P-1",  # yesterday
    "01/03/2027;08:30;LEFÈVRE Paul;04 76 12 34 56;;Non venu(e);P-2",  # this morning
    "01/03/2027;16:00;LEFÈVRE Hélène;;;;P-3",  # later today, nothing known yet
    "01/03/2027;10:00;DUPONT Hélène;06 12 34 56 78;;peut-être;P-4",
    "02/03/2027;09:00;DUPONT Hélène;06 12 34 56 78;;venu;P-5",  # tomorrow
    "01/03/2027;11:00;LEFÈVRE Paul;04 76 12 34 56;Absent;;P-6",  # in the status column
]


def _outcomes(database) -> dict[str, tuple[AppointmentStatus, AppointmentOutcome | None]]:
    with database.read_session() as session:
        return {
            a.external_key.removeprefix("csv:"): (a.status, a.outcome)
            for a in session.scalars(select(Appointment))
        }


def _outcome_events(database) -> int:
    with database.read_session() as session:
        return session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "appointment.outcome")
        )


def test_the_agenda_says_what_happened_and_a_reimport_changes_nothing(
    database, admin, patient_ids, tmp_path
) -> None:
    path = _write(tmp_path, [OUTCOME_HEADER, *OUTCOME_ROWS])
    first = _import(database, admin, path)
    assert [(p.line, p.column, p.code, dict(p.detail)) for p in first.problems] == [
        (5, "Présence", "bad_outcome", {"value": "peut-être"}),
        (6, "Présence", "outcome_not_yet", {"value": "venu"}),
    ]
    assert [str(p) for p in first.problems] == [
        "line 5, column Présence: 'peut-être' is not an outcome (honoré, absent, annulé; "
        "attended, missed, cancelled); not imported",
        "line 6, column Présence: 'venu' for an appointment on a day still to come; "
        "the appointment is imported, its outcome is not",
    ]
    assert (first.created, first.outcomes) == (5, 3)
    assert first.summary().endswith("2 problems. 3 outcomes recorded.")
    booked = AppointmentStatus.BOOKED
    assert _outcomes(database) == {
        "P-1": (booked, AppointmentOutcome.ATTENDED),
        "P-2": (booked, AppointmentOutcome.MISSED),
        "P-3": (booked, None),
        "P-5": (booked, None),
        "P-6": (booked, AppointmentOutcome.MISSED),
    }

    again = _import(database, admin, path)
    assert (again.created, again.updated, again.unchanged, again.outcomes) == (0, 0, 5, 0)
    assert [p.code for p in again.problems] == ["bad_outcome", "outcome_not_yet"]
    assert _outcome_events(database) == 3

    # The patient called to cancel this afternoon's visit: the agenda says so.
    rows = [*OUTCOME_ROWS[:2], "01/03/2027;16:00;LEFÈVRE Hélène;;;Annulé;P-3"]
    cancelled = _import(database, admin, _write(tmp_path, [OUTCOME_HEADER, *rows], name="b.csv"))
    assert (cancelled.cancelled, cancelled.outcomes, cancelled.problems) == (1, 1, [])
    assert _outcomes(database)["P-3"] == (
        AppointmentStatus.CANCELLED,
        AppointmentOutcome.CANCELLED_IN_TIME,
    )
    once_more = _import(database, admin, _write(tmp_path, [OUTCOME_HEADER, *rows], name="c.csv"))
    assert (once_more.cancelled, once_more.unchanged, once_more.outcomes) == (0, 3, 0)
    assert _outcome_events(database) == 4


def test_an_english_attended_column_says_yes_or_no(database, admin, patient_ids, tmp_path) -> None:
    lines = [
        "Date,Time,Last name,First name,Phone,Status,Attended",
        "2027-03-01,08:15,Dupont,Hélène,+33612345678,booked,yes",
        "2027-03-01,08:30,Lefèvre,Paul,+33476123456,booked,No",
        "2027-03-01,08:45,Lefèvre,Anne,+33476123456,cancelled,DNA",
        "2027-03-01,08:50,Dupont,Hélène,+33612345678,,",  # not said: left alone
    ]
    path = tmp_path / "agenda.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    report = _import(database, admin, path)
    assert report.created == 3
    # Anne's visit was cancelled before it was ever imported: nothing to say "missed" of.
    assert report.unchanged == 1
    assert report.outcomes == 2
    with database.read_session() as session:
        found = {
            (a.patient_id, a.outcome)
            for a in session.scalars(select(Appointment).where(Appointment.outcome.is_not(None)))
        }
    assert found == {
        (patient_ids["helene"], AppointmentOutcome.ATTENDED),
        (patient_ids["paul"], AppointmentOutcome.MISSED),
    }


def test_attended_on_an_appointment_the_agenda_cancelled_is_reported(
    database, admin, patient_ids, tmp_path
) -> None:
    header = "Date;Heure;Patient;Téléphone;Statut;Venu;N° RDV"
    booked = _write(tmp_path, [header, "01/03/2027;08:30;LEFÈVRE Paul;04 76 12 34 56;;;Q-1"])
    assert _import(database, admin, booked).created == 1
    muddled = _write(
        tmp_path,
        [header, "01/03/2027;08:30;LEFÈVRE Paul;04 76 12 34 56;Annulé;oui;Q-1"],
        name="b.csv",
    )
    report = _import(database, admin, muddled)
    assert report.cancelled == 1
    assert [(p.line, p.column, p.code) for p in report.problems] == [
        (2, "Venu", "outcome_cancelled")
    ]
    assert str(report.problems[0]) == (
        "line 2, column Venu: 'oui' for a cancelled appointment; the appointment is imported, "
        "its outcome is not"
    )
