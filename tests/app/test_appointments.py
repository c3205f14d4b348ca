"""The agenda's reads: which appointments a day range holds, and what became of their reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app import appointments, outbox
from app.access import Actor
from app.appointments import AppointmentData, appointment_ids, appointment_lines
from app.clock import FixedClock
from app.errors import NotFound, ValidationError
from app.patients import ContactData, PatientData, insert_many
from db.models import (
    Appointment,
    AppointmentOutcome,
    AppointmentStatus,
    AuditEvent,
    Channel,
    ContactKind,
    Role,
)

MONDAY = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))


def test_the_agenda_lists_booked_appointments_in_order_with_their_reminders(
    database, admin
) -> None:
    person = PatientData(
        "Lefèvre", "Hélène", date(1948, 3, 2),
        contacts=[ContactData(ContactKind.MOBILE, "+33612345678")],
    )  # fmt: skip
    with database.transaction() as session:
        [helene] = insert_many(session, MONDAY.now(), [person])
        later = appointments.create_appointment(
            session, MONDAY, admin,
            AppointmentData(helene, MONDAY.now() + timedelta(days=9), practitioner="Dr Roux"),
        ).id  # fmt: skip
        sooner = appointments.create_appointment(
            session, MONDAY, admin,
            AppointmentData(helene, MONDAY.now() + timedelta(days=3), practitioner="Dr Roux"),
        ).id  # fmt: skip
        gone = appointments.create_appointment(
            session, MONDAY, admin, AppointmentData(helene, MONDAY.now() + timedelta(days=5))
        ).id
        appointments.cancel_appointment(session, MONDAY, admin, gone)
        outbox.plan_messages(session, MONDAY)
    with database.read_session() as session:
        assert appointment_ids(session, start=MONDAY.now()) == [sooner, later]
        assert appointment_ids(session, start=MONDAY.now(), include_cancelled=True) == [
            sooner, gone, later,
        ]  # fmt: skip
        assert appointment_ids(
            session, start=MONDAY.now(), end=MONDAY.now() + timedelta(days=4)
        ) == [sooner]
        assert appointment_ids(session, start=MONDAY.now(), patient_ids=[helene + 1]) == []
        lines = appointment_lines(session, [sooner, gone, 999])
    assert set(lines) == {sooner, gone}
    assert lines[sooner].patient_name == "LEFÈVRE Hélène"
    assert lines[sooner].waiting == (Channel.SMS,)
    assert lines[sooner].sent == ()
    assert lines[gone].status is AppointmentStatus.CANCELLED
    assert lines[gone].waiting == ()


# -- outcomes -----------------------------------------------------------------------------


def _booked(database, admin, *starts: datetime) -> list[int]:
    person = PatientData(
        "Lefèvre", "Hélène", date(1948, 3, 2),
        contacts=[ContactData(ContactKind.MOBILE, "+33612345678")],
    )  # fmt: skip
    with database.transaction() as session:
        [helene] = insert_many(session, MONDAY.now(), [person])
        return [
            appointments.create_appointment(
                session, MONDAY, admin, AppointmentData(helene, start, practitioner="Dr Roux")
            ).id
            for start in starts
        ]


def _outcome(database, appointment_id: int) -> tuple[AppointmentStatus, AppointmentOutcome | None]:
    with database.read_session() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None
        return row.status, row.outcome


def test_what_happened_is_recorded_once_the_day_has_come(database, admin) -> None:
    # MONDAY is 9:00 in Paris: 8:30 has passed, 17:00 today has not, Tuesday is to come.
    earlier, later_today, tomorrow = _booked(
        database, admin,
        datetime(2026, 11, 30, 7, 30, tzinfo=UTC),
        datetime(2026, 11, 30, 16, 0, tzinfo=UTC),
        datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
    )  # fmt: skip
    with database.transaction() as session:
        assert appointments.record_outcome(
            session, MONDAY, admin, earlier, AppointmentOutcome.ATTENDED
        )
        # Already so: nothing written, so a re-import changes nothing.
        assert not appointments.record_outcome(
            session, MONDAY, admin, earlier, AppointmentOutcome.ATTENDED
        )
        assert appointments.record_outcome(
            session, MONDAY, admin, later_today, AppointmentOutcome.MISSED
        )
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        appointments.record_outcome(session, MONDAY, admin, tomorrow, AppointmentOutcome.ATTENDED)
    assert [e.code for e in refused.value.errors] == ["not_yet"]
    assert "01/12/2026" in str(refused.value)
    assert _outcome(database, earlier) == (AppointmentStatus.BOOKED, AppointmentOutcome.ATTENDED)
    assert _outcome(database, later_today) == (AppointmentStatus.BOOKED, AppointmentOutcome.MISSED)
    assert _outcome(database, tomorrow) == (AppointmentStatus.BOOKED, None)
    with database.read_session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("appointment.outcome%"))
        ).all()
        recorded_by = session.get(Appointment, earlier).outcome_recorded_by  # type: ignore[union-attr]
    assert [(e.entity_id, e.details) for e in events] == [
        (earlier, {"outcome": "attended", "previous": None}),
        (later_today, {"outcome": "missed", "previous": None}),
    ]
    assert recorded_by == admin.username


def test_cancelled_in_time_cancels_the_appointment_and_what_was_still_to_go(
    database, admin
) -> None:
    [later_today] = _booked(database, admin, datetime(2026, 11, 30, 16, 0, tzinfo=UTC))
    with database.transaction() as session:
        outbox.plan_messages(session, MONDAY)
    with database.transaction() as session:
        appointments.record_outcome(
            session, MONDAY, admin, later_today, AppointmentOutcome.CANCELLED_IN_TIME
        )
    assert _outcome(database, later_today) == (
        AppointmentStatus.CANCELLED, AppointmentOutcome.CANCELLED_IN_TIME,
    )  # fmt: skip
    with database.read_session() as session:
        lines = appointment_lines(session, [later_today])
    assert lines[later_today].waiting == ()


def test_a_cancelled_appointment_can_only_have_been_cancelled_in_time(database, admin) -> None:
    [next_week] = _booked(database, admin, datetime(2026, 12, 7, 8, 0, tzinfo=UTC))
    with database.transaction() as session:
        appointments.cancel_appointment(session, MONDAY, admin, next_week)
    with database.transaction() as session, pytest.raises(ValidationError) as refused:
        appointments.record_outcome(session, MONDAY, admin, next_week, AppointmentOutcome.MISSED)
    assert [e.code for e in refused.value.errors] == ["cancelled"]
    # Known at once, whatever the day: the patient called to cancel.
    with database.transaction() as session:
        appointments.record_outcome(
            session, MONDAY, admin, next_week, AppointmentOutcome.CANCELLED_IN_TIME
        )
    assert _outcome(database, next_week) == (
        AppointmentStatus.CANCELLED, AppointmentOutcome.CANCELLED_IN_TIME,
    )  # fmt: skip
    # Booked again (the agenda says so): "cancelled in time" no longer holds.
    with database.transaction() as session:
        appointments.update_appointment(
            session, MONDAY, admin, next_week,
            AppointmentData(
                _patient_of(session, next_week),
                datetime(2026, 12, 7, 8, 0, tzinfo=UTC),
                practitioner="Dr Roux",
            ),
        )  # fmt: skip
    assert _outcome(database, next_week) == (AppointmentStatus.BOOKED, None)


def _patient_of(session, appointment_id: int) -> int:
    row = session.get(Appointment, appointment_id)
    assert row is not None
    return row.patient_id


def test_an_outcome_keyed_by_mistake_is_cleared(database, admin) -> None:
    [earlier] = _booked(database, admin, datetime(2026, 11, 30, 7, 30, tzinfo=UTC))
    with database.transaction() as session:
        appointments.record_outcome(session, MONDAY, admin, earlier, AppointmentOutcome.MISSED)
        assert appointments.clear_outcome(session, MONDAY, admin, earlier)
        assert not appointments.clear_outcome(session, MONDAY, admin, earlier)
    assert _outcome(database, earlier) == (AppointmentStatus.BOOKED, None)
    with database.transaction() as session, pytest.raises(NotFound):
        appointments.record_outcome(session, MONDAY, admin, 999, AppointmentOutcome.MISSED)


def test_a_practitioner_records_outcomes_too(database, admin) -> None:
    [earlier] = _booked(database, admin, datetime(2026, 11, 30, 7, 30, tzinfo=UTC))
    outsider = Actor(user_id=None, username="guest", role=Role.PRACTITIONER)
    with database.transaction() as session:
        assert appointments.record_outcome(
            session, MONDAY, outsider, earlier, AppointmentOutcome.ATTENDED
        )


def test_appointments_awaiting_an_outcome_are_the_last_days_booked_and_past(
    database, admin
) -> None:
    paris = ZoneInfo("Europe/Paris")
    # Sunday 23 November 0:30 in Paris is 23:30 UTC the day before: inside the 7 days.
    too_old, first_day, friday, earlier, later_today, done, gone = _booked(
        database, admin,
        datetime(2026, 11, 22, 22, 30, tzinfo=UTC),
        datetime(2026, 11, 22, 23, 30, tzinfo=UTC),
        datetime(2026, 11, 27, 15, 0, tzinfo=UTC),
        datetime(2026, 11, 30, 7, 30, tzinfo=UTC),
        datetime(2026, 11, 30, 16, 0, tzinfo=UTC),
        datetime(2026, 11, 30, 7, 45, tzinfo=UTC),
        datetime(2026, 11, 30, 7, 50, tzinfo=UTC),
    )  # fmt: skip
    with database.transaction() as session:
        appointments.record_outcome(session, MONDAY, admin, done, AppointmentOutcome.ATTENDED)
        appointments.cancel_appointment(session, MONDAY, admin, gone)
    with database.read_session() as session:
        waiting = appointments.appointments_awaiting_outcome(session, MONDAY.now(), paris)
        two_days = appointments.appointments_awaiting_outcome(
            session, MONDAY.now(), paris, days_back=2
        )
    assert [a.id for a in waiting] == [first_day, friday, earlier]
    assert [a.id for a in two_days] == [earlier]
    assert waiting[-1].patient_name == "LEFÈVRE Hélène"
    assert waiting[-1].practitioner == "Dr Roux"
    assert waiting[-1].starts_at == datetime(2026, 11, 30, 7, 30, tzinfo=UTC)
    assert too_old not in [a.id for a in waiting]
    assert later_today not in [a.id for a in waiting]
