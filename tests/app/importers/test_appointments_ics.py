"""Agenda exports become appointments and reminders; a re-import moves and cancels in place."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app import outbox
from app.clock import FixedClock
from app.errors import Cancelled
from app.importers._agenda import LOOK_AHEAD, LOOK_BACK, PROBLEM_CODES
from app.importers.appointments_ics import AgendaProblem, import_calendar
from app.importers.calendar_ics import PROBLEM_CODES as CALENDAR_CODES
from app.importers.calendar_ics import parse_calendar
from app.patients import ContactData, PatientData, insert_many
from app.tasks import Progress
from db.models import (
    Appointment,
    AppointmentStatus,
    ContactKind,
    Message,
    MessageStatus,
    Reminder,
    ReminderStatus,
)

DATA = Path(__file__).parent / "data"
MARCH = FixedClock(datetime(2027, 3, 1, 8, 0, tzinfo=UTC))


@pytest.fixture
def patient_ids(database) -> dict[str, int]:
    people = [
        PatientData("Dupont", "Hélène", date(1948, 4, 12),
                    contacts=[ContactData(ContactKind.MOBILE, "+33612345678")]),
        # Namesake of the same age group: the phone and birth date tell them apart.
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


def _import(database, admin, name: str, data: bytes | None = None, clock=MARCH, **options):
    with database.transaction() as session:
        return import_calendar(
            session, clock, admin, data or (DATA / name).read_bytes(), source_name=name, **options
        )


def _appointments(database) -> list[tuple[int, datetime, AppointmentStatus]]:
    with database.read_session() as session:
        return [
            (a.patient_id, a.starts_at, a.status)
            for a in session.scalars(select(Appointment).order_by(Appointment.starts_at))
        ]


def test_a_practice_agenda_export_matches_patients_by_phone_and_name(
    database, admin, patient_ids
) -> None:
    report = _import(database, admin, "doctolib_like.ics")
    assert (report.created, report.cancelled) == (3, 0)
    assert report.unchanged == 1  # Zoé Martin's cancelled visit was never imported
    assert report.problems == []
    assert _appointments(database) == [
        (patient_ids["helene"], datetime(2027, 3, 2, 7, 30, tzinfo=UTC), AppointmentStatus.BOOKED),
        # The landline is shared by Paul and Anne: the name says it is Paul.
        (patient_ids["paul"], datetime(2027, 3, 2, 8, 15, tzinfo=UTC), AppointmentStatus.BOOKED),
        (patient_ids["helene"], datetime(2027, 3, 31, 7, 0, tzinfo=UTC), AppointmentStatus.BOOKED),
    ]
    with database.read_session() as session:
        first = session.scalars(select(Appointment).order_by(Appointment.starts_at)).first()
        assert first.reason == "renouvellement d’ordonnance"
        assert first.external_key == "ics:rdv-184467@agenda-cabinet.fr"
        reminders = session.scalars(select(Reminder)).all()
    assert len(reminders) == 3


def test_reimporting_moves_and_cancels_in_place(database, admin, patient_ids) -> None:
    original = (DATA / "doctolib_like.ics").read_bytes()
    _import(database, admin, "doctolib_like.ics", original)
    with database.transaction() as session:
        outbox.plan_messages(session, MARCH)
    # Hélène's visit moves to the next day; Paul's tentative one is cancelled.
    moved = (
        original.replace(b"DTSTART:20270302T083000", b"DTSTART:20270303T090000")
        .replace(b"DTEND:20270302T084500", b"DTEND:20270303T091500")
        .replace(b"STATUS:TENTATIVE", b"STATUS:CANCELLED")
    )
    report = _import(database, admin, "doctolib_like.ics", moved)
    assert (report.created, report.updated, report.cancelled) == (0, 1, 1)
    assert _appointments(database)[:2] == [
        (patient_ids["paul"], datetime(2027, 3, 2, 8, 15, tzinfo=UTC), AppointmentStatus.CANCELLED),
        (patient_ids["helene"], datetime(2027, 3, 3, 8, 0, tzinfo=UTC), AppointmentStatus.BOOKED),
    ]
    with database.read_session() as session:
        paul = session.scalars(
            select(Reminder).where(Reminder.patient_id == patient_ids["paul"])
        ).one()
        assert paul.status is ReminderStatus.CANCELLED
        cancelled = session.scalars(
            select(Message).where(Message.status == MessageStatus.CANCELLED)
        ).all()
    assert cancelled  # what was planned for the old time was called back
    again = _import(database, admin, "doctolib_like.ics", moved)
    assert (again.created, again.updated, again.cancelled) == (0, 0, 0)


def test_google_calendar_recurrences_and_attendee_email(database, admin, patient_ids) -> None:
    report = _import(database, admin, "google_calendar.ics")
    mine = [a for a in _appointments(database) if a[0] == patient_ids["helene_lefevre"]]
    assert len(mine) >= 5  # the weekly series, less the EXDATE, with the moved occurrence
    assert datetime(2027, 3, 25, 13, 0, tzinfo=UTC) in [when for _, when, _ in mine]
    assert datetime(2027, 3, 16, 9, 0, tzinfo=UTC) not in [when for _, when, _ in mine]
    # Nobody by that name: reported with what the agenda calls the event.
    assert any(
        p.code == "no_patient" and ("Garnier" in p.about or "Petit" in p.about)
        for p in report.problems
    )


def test_an_event_matching_nobody_is_reported_not_guessed(database, admin, patient_ids) -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:x1\r\nDTSTAMP:20270301T000000Z\r\nDTSTART:20270305T090000Z\r\n"
        "DTEND:20270305T091500Z\r\nSUMMARY:RDV Mme DUPONT Hélène\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()
    report = _import(database, admin, "one.ics", ics)
    assert report.created == 0
    assert report.problems == [
        AgendaProblem(4, None, "several_patients", uid="x1", about="RDV Mme DUPONT Hélène")
    ]
    assert [str(problem) for problem in report.problems] == [
        "line 4 (RDV Mme DUPONT Hélène): several patients match; check the name and phone "
        "in the agenda; not imported"
    ]


def test_what_the_reader_skipped_is_reported_by_code_line_and_uid(
    database, admin, patient_ids
) -> None:
    data = (DATA / "broken.ics").read_bytes()
    now = MARCH.now()
    read = parse_calendar(data, now - LOOK_BACK, now + LOOK_AHEAD, "Europe/Paris")
    report = _import(database, admin, "broken.ics", data)

    reader_problems = [p for p in report.problems if p.code in CALENDAR_CODES]
    assert [(p.line, p.column, p.code, p.uid) for p in reader_problems] == [
        (24, None, "dtstart_missing", "b7a1c9e2-4d3f-4a5b-8c6d-0e1f2a3b4c5d"),
        (35, None, "end_before_start", "c8b2d0f3-5e4a-4b6c-9d7e-1f2a3b4c5d6e"),
    ]
    assert dict(reader_problems[1].detail) == {
        "end": "2027-03-03 10:30 Europe/Paris",
        "start": "2027-03-03 11:00 Europe/Paris",
    }
    # Word for word what the reader says, as the command line printed it before.
    assert [str(p) for p in reader_problems] == [str(p) for p in read.problems]
    assert str(reader_problems[0]) == (
        "line 24 (event b7a1c9e2-4d3f-4a5b-8c6d-0e1f2a3b4c5d): DTSTART missing; event skipped"
    )
    assert {p.code for p in report.problems} <= set(PROBLEM_CODES)


def test_a_dry_run_reports_and_writes_nothing(database, admin, patient_ids) -> None:
    report = _import(database, admin, "doctolib_like.ics", dry_run=True)
    assert report.created == 3
    assert _appointments(database) == []


class _CancelAfter(Progress):
    """Cancels itself once ``events`` events are done, as a person pressing Cancel would."""

    def __init__(self, events: int) -> None:
        super().__init__()
        self.events = events

    def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
        if done >= self.events:
            self.cancel()
        super().update(done, total, message)


def test_progress_counts_the_events(database, admin, patient_ids) -> None:
    progress = Progress()
    _import(database, admin, "doctolib_like.ics", progress=progress)
    assert progress.snapshot() == (4, 4, "Saving")  # Zoé's cancelled visit counts too


def test_a_cancel_through_the_progress_rolls_back_what_was_created(
    database, admin, patient_ids
) -> None:
    progress = _CancelAfter(2)
    with pytest.raises(Cancelled):
        _import(database, admin, "doctolib_like.ics", progress=progress)
    assert progress.snapshot()[0] == 2  # two appointments were created, then undone
    assert _appointments(database) == []
    with database.read_session() as session:
        assert session.scalars(select(Reminder)).all() == []


def test_a_cancel_through_the_callback_rolls_back_too(database, admin, patient_ids) -> None:
    with pytest.raises(Cancelled):
        _import(database, admin, "doctolib_like.ics", cancelled=lambda: True)
    assert _appointments(database) == []
