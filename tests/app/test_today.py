"""The Today summary on a realistic Monday morning at a practice in Paris's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from app import appointments, calls, outbox, preferences, rights_requests, today
from app.access import Actor
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from db.models import (
    AppointmentOutcome,
    CallOutcome,
    Channel,
    ContactKind,
    ContactPoint,
    MessageStatus,
    PaperFormat,
    RequestKind,
    Role,
)
from tests.helpers.messages import add_message, add_reminder
from tests.helpers.queries import selects

# Monday 30 November 2026, 9:00 in Paris (UTC+1 in winter).
MONDAY = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
PARIS = ZoneInfo("Europe/Paris")
NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)


def _utc(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def _postal(street: str) -> ContactData:
    return ContactData(ContactKind.POSTAL, f"{street}, 69003 Lyon", street=street,
                       postcode="69003", city="Lyon", country="FR")  # fmt: skip


@dataclass
class Day:
    helene: int
    luc: int
    marie: int
    paul: int
    retrying: int
    failed: int
    unsure: int
    call: int
    request: int


@pytest.fixture
def day(database, admin) -> Day:
    people = [
        PatientData("Lefèvre", "Hélène", date(1948, 3, 2), contacts=[
            ContactData(ContactKind.MOBILE, "+33612345678"),
            ContactData(ContactKind.EMAIL, "helene@exemple.fr"), _postal("1 rue Garibaldi")]),
        PatientData("Martin", "Luc", date(1940, 1, 5), no_digital_access=True,
                    large_print=True, contacts=[_postal("3 rue des Lilas")]),
        PatientData("Dupont", "Marie", date(1975, 6, 1),
                    contacts=[ContactData(ContactKind.MOBILE, "+33611111111")]),
        PatientData("Roux", "Paul", date(1962, 9, 14), contacts=[
            ContactData(ContactKind.MOBILE, "+33622222222"),
            ContactData(ContactKind.LANDLINE, "+33478000000"),
            ContactData(ContactKind.EMAIL, "paul@exemple.fr")]),
    ]  # fmt: skip
    now = MONDAY.now()
    with database.transaction() as session:
        helene, luc, marie, paul = insert_many(session, now, people)
        # Hélène allows one message a week: the day-before text is capped, the
        # one two days before still goes.
        preferences.save(session, MONDAY, admin, helene,
                         preferences.ContactPreferences(max_per_week=1))  # fmt: skip
        for patient_id, starts in (
            (helene, _utc(2, 13, 30, month=12)),
            (luc, _utc(1, 8, month=12)),
        ):
            appointments.create_appointment(
                session, MONDAY, admin, AppointmentData(patient_id, starts)
            )
        # A consent purpose, and Marie never gave her consent.
        add_reminder(session, now, marie, _utc(5, 9, month=12), purpose="health_education")

        sms = Channel.SMS
        for sent_at in (_utc(30, 7, 30), _utc(29, 23, 30), _utc(29, 22, 30)):
            # 8:30 today; 0:30 today in Paris; 23:30 yesterday in Paris.
            add_message(session, now, paul, sms, MessageStatus.SENT, purpose="vaccination",
                        scheduled_for=sent_at, sent_at=sent_at)  # fmt: skip
        for scheduled in (_utc(30, 22, 30), _utc(30, 23, 30)):  # 23:30 tonight; 0:30 tomorrow
            add_message(session, now, paul, sms, MessageStatus.PLANNED, purpose="vaccination",
                        scheduled_for=scheduled, expires_at=_utc(10, 9, month=12))  # fmt: skip
        retrying = add_message(
            session, now, paul, Channel.EMAIL, MessageStatus.RETRY, purpose="vaccination",
            scheduled_for=_utc(30, 6), attempts=2, last_error="server down",
            next_attempt_at=_utc(30, 8, 15), recipient="paul@exemple.fr",
        )  # fmt: skip
        failed = add_message(
            session, now, paul, sms, MessageStatus.FAILED, scheduled_for=_utc(30, 7),
            last_error="number not in service", recipient="+33622222222",
        )  # fmt: skip
        add_message(  # failed, and its appointment has passed: nothing left to do
            session, now, paul, sms, MessageStatus.FAILED, scheduled_for=_utc(20, 9),
            expires_at=_utc(21, 9), last_error="gateway refused",
        )  # fmt: skip
        unsure = add_message(
            session, now, marie, sms, MessageStatus.UNKNOWN, scheduled_for=_utc(30, 7, 45),
            attempts=1, recipient="+33611111111",
            last_error="interrupted while sending: check with the provider before resending",
        )  # fmt: skip
        call = add_message(
            session, now, paul, Channel.PHONE, MessageStatus.QUEUED, scheduled_for=_utc(30, 8),
            expires_at=_utc(2, 9, month=12), recipient="+33478000000",
            body="Bonjour, ici le cabinet du Parc. Vérifiez l'identité avant tout.",
        )  # fmt: skip
        for patient_id in (luc, paul):
            add_message(session, now, patient_id, Channel.LETTER, MessageStatus.QUEUED,
                        purpose="screening_recall", scheduled_for=_utc(30, 7))  # fmt: skip
        request = rights_requests.open_request(
            session, MONDAY, admin, marie, RequestKind.ACCESS, date(2026, 10, 20), "letter"
        ).id
    return Day(helene, luc, marie, paul, retrying, failed, unsure, call, request)


def _summary(database, clock=MONDAY) -> today.TodaySummary:
    with database.read_session() as session:
        return today.summary(session, clock)


def test_the_day_is_the_practices_local_day(database, day) -> None:
    assert _summary(database).day == date(2026, 11, 30)
    # 0:30 on Tuesday in Paris is still Monday evening in UTC.
    assert _summary(database, FixedClock(_utc(30, 23, 30))).day == date(2026, 12, 1)


def test_what_goes_out_today_by_channel(database, day) -> None:
    counts = {c.channel: (c.planned, c.queued, c.done) for c in _summary(database).channels}
    assert counts == {
        # Hélène's text two days before (about to be planned) and 23:30 tonight;
        # sent at 8:30 and at 0:30 this morning, not at 23:30 last night.
        Channel.SMS: (2, 0, 2),
        Channel.EMAIL: (0, 0, 0),  # the one retrying is under "to retry"
        Channel.LETTER: (0, 2, 0),
        Channel.PHONE: (0, 1, 0),
    }


def test_a_message_counts_once_whether_planned_already_or_about_to_be(database, day) -> None:
    before = _summary(database).channel(Channel.SMS)
    with database.transaction() as session:
        assert len(outbox.plan_messages(session, MONDAY).created) == 1
    assert _summary(database).channel(Channel.SMS) == before


def test_who_is_left_out_and_why(database, day) -> None:
    groups = {
        g.code: [(e.patient_id, e.patient_name, e.purpose.code, e.channel, e.reached_otherwise)
                 for e in g.entries]
        for g in _summary(database).left_out
    }  # fmt: skip
    assert list(groups) == ["no_consent", "too_late_for_post", "cap_week"]  # EXCLUSION_CODES
    assert groups == {
        "no_consent": [(day.marie, "DUPONT Marie", "health_education", None, False)],
        # Paper-only, and the appointment is tomorrow: no letter can arrive in time.
        "too_late_for_post": [
            (day.luc, "MARTIN Luc", "appointment_reminder", Channel.LETTER, False)
        ],
        # The day-before text is capped, but the one two days before goes.
        "cap_week": [(day.helene, "LEFÈVRE Hélène", "appointment_reminder", Channel.SMS, True)],
    }
    entry = next(g for g in _summary(database).left_out if g.code == "no_consent").entries[0]
    assert entry.purpose.in_language("fr") == "Information santé"
    assert entry.purpose.in_language("en") == "Health education"
    assert entry.due_at == _utc(5, 9, month=12)


def test_messages_to_retry_and_to_review(database, day) -> None:
    summary = _summary(database)
    retry, failed = summary.to_retry
    assert (retry.message_id, retry.status, retry.last_error) == (
        day.retrying, MessageStatus.RETRY, "server down",
    )  # fmt: skip
    assert (retry.next_attempt_at, retry.attempts, retry.channel) == (
        _utc(30, 8, 15), 2, Channel.EMAIL,
    )  # fmt: skip
    assert retry.patient_name == "ROUX Paul"
    assert retry.purpose.code == "vaccination"
    assert (failed.message_id, failed.status, failed.last_error) == (
        day.failed, MessageStatus.FAILED, "number not in service",
    )  # fmt: skip
    (unsure,) = summary.to_review
    assert (unsure.message_id, unsure.status, unsure.patient_name) == (
        day.unsure, MessageStatus.UNKNOWN, "DUPONT Marie",
    )  # fmt: skip
    assert unsure.last_error is not None
    assert unsure.last_error.startswith("interrupted while sending")


def test_the_call_list(database, day) -> None:
    (call,) = _summary(database).calls
    assert (call.message_id, call.patient_id, call.patient_name) == (
        day.call, day.paul, "ROUX Paul",
    )  # fmt: skip
    # The number the planner chose first, then the others; never an e-mail.
    assert [(n.kind, n.value) for n in call.numbers] == [
        (ContactKind.LANDLINE, "+33478000000"),
        (ContactKind.MOBILE, "+33622222222"),
    ]
    assert call.purpose.in_language("en") == "Appointment reminder"
    assert (call.call_from, call.due_at) == (_utc(30, 8), _utc(2, 9, month=12))
    assert call.script.startswith("Bonjour, ici le cabinet du Parc")
    assert (call.attempts, call.last_outcome, call.call_again_after) == (0, None, None)


def test_a_bounced_number_is_not_offered_and_a_call_not_answered_goes_back_in_line(
    database, day
) -> None:
    with database.transaction() as session:
        second = add_message(session, MONDAY.now(), day.marie, Channel.PHONE,
                             MessageStatus.QUEUED, scheduled_for=_utc(30, 8, 30),
                             recipient="+33611111111")  # fmt: skip
        calls.record_outcome(session, MONDAY, NADIA, day.call, CallOutcome.NO_ANSWER)
        session.execute(
            update(ContactPoint).where(ContactPoint.value == "+33478000000").values(bounced=True)
        )
    first, then = _summary(database).calls
    assert first.message_id == second  # 9:30 comes before Paul's "call again after 10:00"
    assert (then.message_id, then.attempts, then.last_outcome) == (
        day.call, 1, CallOutcome.NO_ANSWER,
    )  # fmt: skip
    assert then.call_again_after == MONDAY.now() + calls.CALL_AGAIN_AFTER
    assert [n.value for n in then.numbers] == ["+33622222222"]


def test_letters_for_the_print_run_by_format(database, day) -> None:
    run = _summary(database).print_run
    assert run.letters == 2
    assert run.by_format == {PaperFormat.LARGE_PRINT: 1, PaperFormat.STANDARD: 1}


def test_overdue_data_rights_requests(database, day) -> None:
    (row,) = _summary(database).overdue_requests
    assert (row.id, row.patient_name, row.deadline) == (day.request, "DUPONT Marie",
                                                        date(2026, 11, 20))  # fmt: skip


def test_an_empty_practice_has_an_empty_day(database) -> None:
    summary = _summary(database)
    assert [c.total for c in summary.channels] == [0, 0, 0, 0]
    assert summary.left_out == summary.to_retry == summary.to_review == summary.calls == ()
    assert summary.print_run == today.PrintRun(0, {})
    assert summary.overdue_requests == ()


def test_the_local_day_ends_at_midnight_in_paris(database, day) -> None:
    with database.transaction() as session:
        add_message(session, MONDAY.now(), day.paul, Channel.EMAIL, MessageStatus.SENT,
                    scheduled_for=_utc(30, 22, 58), sent_at=_utc(30, 22, 58))  # fmt: skip
    # 23:59 in Paris: the e-mail sent a minute ago is today's.
    late = _summary(database, FixedClock(_utc(30, 22, 59)))
    assert late.day == date(2026, 11, 30)
    assert late.channel(Channel.EMAIL).done == 1
    # 0:00 in Paris: a new day, nothing sent yet.
    midnight = _summary(database, FixedClock(_utc(30, 23)))
    assert midnight.day == date(2026, 12, 1)
    assert midnight.channel(Channel.EMAIL).done == 0
    assert midnight.channel(Channel.SMS).done == 0


def test_day_bounds_follow_the_clock_changes() -> None:
    start, end = today.day_bounds(date(2026, 3, 29), PARIS)  # summer time starts
    assert (start, end - start) == (_utc(28, 23, month=3), timedelta(hours=23))
    start, end = today.day_bounds(date(2026, 10, 25), PARIS)  # and ends
    assert end - start == timedelta(hours=25)


def test_the_summary_reads_in_a_few_queries_however_long_the_lists(database, day) -> None:
    def statements() -> int:
        return selects(database.engine, lambda: _summary(database))

    few = statements()
    with database.transaction() as session:
        for _ in range(20):
            add_message(session, MONDAY.now(), day.marie, Channel.PHONE, MessageStatus.QUEUED)
            add_message(session, MONDAY.now(), day.luc, Channel.LETTER, MessageStatus.QUEUED)
            add_message(session, MONDAY.now(), day.helene, Channel.SMS, MessageStatus.RETRY)
    assert statements() == few
    assert few <= 30, few  # the dry-run plan takes most of them


def test_appointments_whose_outcome_is_still_to_record(database, admin, day) -> None:
    # Monday 9:00 in Paris: 8:30 has passed, Saturday's is from the last days, 14:30 is to come.
    with database.transaction() as session:
        made = [
            appointments.create_appointment(
                session, MONDAY, admin, AppointmentData(day.paul, starts, practitioner="Dr Roux")
            ).id
            for starts in (_utc(30, 7, 30), _utc(28, 9), _utc(30, 13, 30))
        ]
    this_morning, saturday, _afternoon = made
    awaiting = _summary(database).awaiting_outcome
    assert [(a.id, a.patient_name, a.practitioner) for a in awaiting] == [
        (saturday, "ROUX Paul", "Dr Roux"),
        (this_morning, "ROUX Paul", "Dr Roux"),
    ]
    with database.transaction() as session:
        appointments.record_outcome(
            session, MONDAY, NADIA, this_morning, AppointmentOutcome.ATTENDED
        )
    assert [a.id for a in _summary(database).awaiting_outcome] == [saturday]
