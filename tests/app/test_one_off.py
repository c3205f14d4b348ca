"""One-off reminders on a real encrypted database: created, planned, listed, cancelled."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from app import one_off, outbox
from app.errors import NotFound, ValidationError
from db.models import (
    AuditEvent,
    Channel,
    Message,
    MessageStatus,
    Purpose,
    Reminder,
    ReminderSource,
    ReminderStatus,
)
from tests.helpers import people
from tests.helpers.messages import add_reminder

DUE = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)  # a Thursday


@pytest.fixture
def patient_ids(database, clock) -> list[int]:
    with database.transaction() as session:
        return people.add(
            session,
            clock.now(),
            people.texting("Lefèvre", date(1948, 3, 2)),
            people.paper_only("Martin", date(1950, 1, 5)),
        )


def _create(database, clock, admin, patient_id: int, **changes) -> int:
    fields = {
        "patient_id": patient_id,
        "purpose_code": "screening_recall",
        "due_at": DUE,
        "label": "résultats du bilan",
    } | changes
    with database.transaction() as session:
        return one_off.create(session, clock, admin, **fields).id


def _messages(database) -> list[tuple[int, Channel, MessageStatus]]:
    with database.read_session() as session:
        return [
            (m.patient_id, m.channel, m.status)
            for m in session.scalars(select(Message).order_by(Message.id))
        ]


def test_a_one_off_is_planned_on_the_channel_it_names_and_listed(
    database, clock, admin, patient_ids
) -> None:
    helene, luc = patient_ids
    first = _create(database, clock, admin, helene, channel=Channel.EMAIL)
    second = _create(database, clock, admin, luc, channel=Channel.SMS, due_at=DUE + timedelta(1))
    with database.transaction() as session:
        outbox.plan_messages(session, clock)
        rows = one_off.upcoming(session, clock.now())
        reminder = session.get(Reminder, first)
        assert reminder.source is ReminderSource.ONE_OFF
    # Hélène by e-mail as asked; Luc has no digital access: paper, whatever the reminder says.
    assert sorted(_messages(database)) == [
        (helene, Channel.EMAIL, MessageStatus.PLANNED),
        (luc, Channel.LETTER, MessageStatus.PLANNED),
    ]
    assert [(r.id, r.patient_name, r.purpose_code, r.channel, r.status) for r in rows] == [
        (first, "LEFÈVRE Hélène", "screening_recall", Channel.EMAIL, ReminderStatus.ACTIVE),
        (second, "MARTIN Luc", "screening_recall", Channel.SMS, ReminderStatus.ACTIVE),
    ]
    assert rows[0].due_at == DUE
    assert rows[0].label == "résultats du bilan"


def test_every_problem_is_reported_at_once_and_located(database, clock, admin, patient_ids) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(
            database,
            clock,
            admin,
            patient_ids[0],
            purpose_code="horoscope",
            due_at=clock.now() - timedelta(minutes=1),
            label="x" * 201,
        )
    fields = {(e.field, e.code) for e in caught.value.errors}
    assert fields == {("due_at", "past"), ("label", "too_long"), ("purpose_code", "unknown")}
    assert "appointment_reminder" in str(caught.value)  # says which purposes exist
    with pytest.raises(ValidationError) as naive:
        _create(database, clock, admin, patient_ids[0], due_at=DUE.replace(tzinfo=None))
    assert [e.field for e in naive.value.errors] == ["due_at"]
    with pytest.raises(NotFound):
        _create(database, clock, admin, 999)
    with database.read_session() as session:
        assert session.scalars(select(Reminder)).all() == []


def test_a_switched_off_purpose_is_refused(database, clock, admin, patient_ids) -> None:
    with database.transaction() as session:
        session.execute(
            update(Purpose).where(Purpose.code == "practice_events").values(active=False)
        )
    with pytest.raises(ValidationError) as caught:
        _create(database, clock, admin, patient_ids[0], purpose_code="practice_events")
    assert [(e.field, e.code) for e in caught.value.errors] == [("purpose_code", "inactive")]


def test_cancelling_calls_back_what_was_not_sent(database, clock, admin, patient_ids) -> None:
    helene = patient_ids[0]
    reminder_id = _create(database, clock, admin, helene, channel=Channel.SMS)
    with database.transaction() as session:
        assert len(outbox.plan_messages(session, clock).created) == 1
        one_off.cancel(session, clock, admin, reminder_id, "résultats donnés au téléphone")
    assert _messages(database) == [(helene, Channel.SMS, MessageStatus.CANCELLED)]
    with database.transaction() as session:
        one_off.cancel(session, clock, admin, reminder_id, "again")  # nothing left to do
        reminder = session.get(Reminder, reminder_id)
        assert reminder.status is ReminderStatus.CANCELLED
        assert reminder.cancelled_reason == "résultats donnés au téléphone"
        assert outbox.plan_messages(session, clock).created == []
        [row] = one_off.upcoming(session, clock.now())
        assert row.status is ReminderStatus.CANCELLED
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("reminder.%")).order_by(AuditEvent.id)
        ).all()
    assert [(e.action, e.entity_id) for e in events] == [
        ("reminder.created", helene),
        ("reminder.cancelled", helene),
    ]
    # The log is shown to the patient: no free text in it.
    assert "téléphone" not in str([e.details for e in events])
    assert events[1].details == {"reminder_id": reminder_id, "messages_cancelled": 1}


def test_cancel_needs_a_reason_and_a_one_off(database, clock, admin, patient_ids) -> None:
    reminder_id = _create(database, clock, admin, patient_ids[0])
    with database.transaction() as session:
        with pytest.raises(ValidationError) as caught:
            one_off.cancel(session, clock, admin, reminder_id, "  ")
        assert caught.value.errors[0].field == "reason"
        other = add_reminder(session, clock.now(), patient_ids[0], DUE)
        session.execute(
            update(Reminder).where(Reminder.id == other).values(source=ReminderSource.APPOINTMENT)
        )
        with pytest.raises(NotFound):
            one_off.cancel(session, clock, admin, other, "not mine")
        with pytest.raises(NotFound):
            one_off.cancel(session, clock, admin, 12345, "none")


def test_upcoming_leaves_out_the_past_and_other_sources_and_honours_the_limit(
    database, clock, admin, patient_ids
) -> None:
    helene = patient_ids[0]
    ids = [
        _create(database, clock, admin, helene, due_at=DUE + timedelta(days=n)) for n in range(3)
    ]
    with database.transaction() as session:
        add_reminder(session, clock.now(), helene, DUE)  # a test helper's row, source one_off
        session.execute(
            update(Reminder)
            .where(Reminder.id.not_in(ids))
            .values(source=ReminderSource.APPOINTMENT)
        )
        assert [r.id for r in one_off.upcoming(session, clock.now(), limit=2)] == ids[:2]
        later = DUE + timedelta(days=1)
        assert [r.id for r in one_off.upcoming(session, later)] == ids[2:]
