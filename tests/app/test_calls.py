"""Call outcomes and the review of unsure messages, on a real encrypted database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app import access, appointments, calls, outbox, preferences
from app.access import Actor, Permission
from app.appointments import AppointmentData
from app.calls import NotActionable
from app.clock import FixedClock
from app.errors import NotFound, PermissionDenied, ValidationError
from app.patients import ContactData, PatientData, insert_many
from db.models import (
    AuditEvent,
    CallOutcome,
    Channel,
    ContactKind,
    ContactPoint,
    Message,
    MessageStatus,
    Role,
)
from tests.helpers.messages import add_message

NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
MOBILE = "+33612345678"
LANDLINE = "+33478123456"


@pytest.fixture
def patient_id(database, clock) -> int:
    person = PatientData(
        "Dupont", "Marie", date(1948, 3, 2),
        contacts=[
            ContactData(ContactKind.MOBILE, MOBILE),
            ContactData(ContactKind.LANDLINE, LANDLINE),
            ContactData(ContactKind.POSTAL, "3 rue des Lilas, 69003 Lyon", street="3 rue des Lilas",
                        postcode="69003", city="Lyon", country="FR"),
        ],
    )  # fmt: skip
    with database.transaction() as session:
        return insert_many(session, clock.now(), [person])[0]


def _add(database, clock, patient_id, channel=Channel.PHONE, status=MessageStatus.QUEUED, **kw):
    kw.setdefault("recipient", MOBILE if channel is Channel.PHONE else "")
    with database.transaction() as session:
        return add_message(session, clock.now(), patient_id, channel, status, **kw)


def _record(database, clock, message_id, outcome, actor=NADIA, **kw) -> Message:
    with database.transaction() as session:
        return calls.record_outcome(session, clock, actor, message_id, outcome, **kw)


def _get(database, message_id) -> Message:
    with database.read_session() as session:
        message = session.get(Message, message_id)
        assert message is not None
        return message


def _bounced(database, patient_id) -> dict[str, bool]:
    with database.read_session() as session:
        return {
            c.value: c.bounced
            for c in session.scalars(
                select(ContactPoint).where(ContactPoint.patient_id == patient_id)
            )
        }


def _audit(database) -> list[AuditEvent]:
    with database.read_session() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


@pytest.mark.parametrize("outcome", [CallOutcome.REACHED, CallOutcome.VOICEMAIL])
def test_a_call_that_got_through_leaves_the_list(database, clock, patient_id, outcome) -> None:
    message_id = _add(database, clock, patient_id)
    _record(database, clock, message_id, outcome, note="Confirmé pour mardi")
    message = _get(database, message_id)
    assert message.status is MessageStatus.CALLED
    assert message.call_outcome is outcome
    assert message.handled_by == "nadia"
    assert message.sent_at == clock.now()
    assert message.attempts == 1
    assert message.last_error == "Confirmé pour mardi"  # erased with the patient's data
    event = _audit(database)[-1]
    assert (event.action, event.entity, event.entity_id) == ("call.recorded", "message", message_id)
    assert event.details == {"outcome": outcome.value}  # no number, no note
    assert _bounced(database, patient_id) == {MOBILE: False, LANDLINE: False,
                                              "3 rue des Lilas, 69003 Lyon": False}  # fmt: skip


def test_no_answer_stays_on_the_list_until_the_third_try(database, clock, patient_id) -> None:
    message_id = _add(database, clock, patient_id)
    for attempt in (1, 2):
        _record(database, clock, message_id, CallOutcome.NO_ANSWER)
        message = _get(database, message_id)
        assert message.status is MessageStatus.QUEUED
        assert message.attempts == attempt
        assert message.call_outcome is CallOutcome.NO_ANSWER
        assert message.next_attempt_at == clock.now() + calls.CALL_AGAIN_AFTER
        assert message.sent_at is None
        clock.advance(hours=2)
    _record(database, clock, message_id, CallOutcome.NO_ANSWER)
    message = _get(database, message_id)
    assert message.status is MessageStatus.CALLED
    assert message.call_outcome is CallOutcome.NO_ANSWER
    assert message.attempts == calls.NO_ANSWER_LIMIT
    assert message.next_attempt_at is None
    assert message.sent_at is None  # nobody heard it


def test_a_wrong_number_fails_the_call_and_flags_the_number_dialled(
    database, clock, patient_id
) -> None:
    message_id = _add(database, clock, patient_id)
    _record(database, clock, message_id, CallOutcome.WRONG_NUMBER)
    message = _get(database, message_id)
    assert message.status is MessageStatus.FAILED
    assert message.call_outcome is CallOutcome.WRONG_NUMBER
    assert _bounced(database, patient_id)[MOBILE] is True  # the recipient, by default
    assert _bounced(database, patient_id)[LANDLINE] is False
    assert _audit(database)[-1].details == {"outcome": "wrong_number"}

    other = _add(database, clock, patient_id, recipient=LANDLINE)
    with database.read_session() as session:
        landline_id = session.scalar(select(ContactPoint.id).where(ContactPoint.value == LANDLINE))
    _record(database, clock, other, CallOutcome.WRONG_NUMBER, contact_id=landline_id)
    assert _bounced(database, patient_id)[LANDLINE] is True


def test_a_wrong_number_only_flags_a_phone_number_of_the_same_patient(
    database, clock, patient_id
) -> None:
    with database.transaction() as session:
        (stranger,) = insert_many(
            session, clock.now(),
            [PatientData("Martin", "Luc", date(1950, 1, 5),
                         contacts=[ContactData(ContactKind.MOBILE, "+33698765432")])],
        )  # fmt: skip
        contacts = {(c.patient_id, c.kind): c.id for c in session.scalars(select(ContactPoint))}
    message_id = _add(database, clock, patient_id)
    for contact_id in (
        contacts[(stranger, ContactKind.MOBILE)],
        contacts[(patient_id, ContactKind.POSTAL)],
    ):
        with pytest.raises(ValidationError) as caught:
            _record(database, clock, message_id, CallOutcome.WRONG_NUMBER, contact_id=contact_id)
        assert caught.value.errors[0].code == "not_a_phone"
    assert _get(database, message_id).status is MessageStatus.QUEUED
    assert not any(_bounced(database, stranger).values())


def test_after_a_wrong_number_the_planner_falls_back_to_paper(
    database, clock, admin, patient_id
) -> None:
    with database.transaction() as session:
        preferences.save(
            session, clock, admin, patient_id,
            preferences.ContactPreferences(channels={"appointment_reminder": [Channel.PHONE]}),
        )  # fmt: skip
        appointments.create_appointment(
            session, clock, admin,
            AppointmentData(patient_id, datetime(2026, 12, 4, 9, 0, tzinfo=UTC)),
        )  # fmt: skip

    def chosen() -> list[tuple[Channel, str]]:
        with database.read_session() as session:
            plan = outbox.plan_messages(session, clock, dry_run=True)
        return [(m.channel, m.reason["chosen_by"]) for m in plan.planned]

    assert chosen() == [(Channel.PHONE, "preference")]
    for number in (MOBILE, LANDLINE):
        _record(
            database, clock, _add(database, clock, patient_id, recipient=number),
            CallOutcome.WRONG_NUMBER,
        )  # fmt: skip
    assert chosen() == [(Channel.LETTER, "paper_fallback")]


@pytest.mark.parametrize(
    ("channel", "status"),
    [
        (Channel.SMS, MessageStatus.QUEUED),
        (Channel.LETTER, MessageStatus.QUEUED),
        (Channel.PHONE, MessageStatus.PLANNED),
        (Channel.PHONE, MessageStatus.CALLED),
        (Channel.PHONE, MessageStatus.FAILED),
    ],
)
def test_only_a_call_on_the_list_takes_an_outcome(
    database, clock, patient_id, channel, status
) -> None:
    message_id = _add(database, clock, patient_id, channel, status)
    with pytest.raises(NotActionable):
        _record(database, clock, message_id, CallOutcome.REACHED)
    message = _get(database, message_id)
    assert (message.status, message.call_outcome, message.attempts) == (status, None, 0)
    assert [e.action for e in _audit(database)].count("call.recorded") == 0


def test_an_unknown_message_is_not_found(database, clock) -> None:
    with pytest.raises(NotFound):
        _record(database, clock, 999, CallOutcome.REACHED)


def test_a_note_longer_than_the_column_is_refused(database, clock, patient_id) -> None:
    message_id = _add(database, clock, patient_id)
    with pytest.raises(ValidationError) as caught:
        _record(database, clock, message_id, CallOutcome.REACHED, note="x" * 501)
    assert caught.value.errors[0].field == "note"
    assert _get(database, message_id).status is MessageStatus.QUEUED


def test_every_action_needs_the_right_to_edit_patients(
    database, clock, patient_id, monkeypatch
) -> None:
    # No shipped role lacks it today; a read-only role must still be refused.
    monkeypatch.setitem(
        access.ROLE_PERMISSIONS, Role.RECEPTIONIST, frozenset({Permission.VIEW_PATIENTS})
    )
    call = _add(database, clock, patient_id)
    unsure = _add(database, clock, patient_id, Channel.SMS, MessageStatus.UNKNOWN)
    failed = _add(database, clock, patient_id, Channel.EMAIL, MessageStatus.FAILED)
    actions = [
        lambda s: calls.record_outcome(s, clock, NADIA, call, CallOutcome.REACHED),
        lambda s: calls.mark_delivered(s, clock, NADIA, unsure),
        lambda s: calls.send_again(s, clock, NADIA, unsure),
        lambda s: calls.retry_now(s, clock, NADIA, failed),
    ]
    for action in actions:
        with pytest.raises(PermissionDenied), database.transaction() as session:
            action(session)
    assert _get(database, call).status is MessageStatus.QUEUED
    assert _get(database, unsure).status is MessageStatus.UNKNOWN
    assert _get(database, failed).status is MessageStatus.FAILED


def test_an_unsure_message_that_did_go_is_marked_sent(database, clock, patient_id) -> None:
    message_id = _add(
        database, clock, patient_id, Channel.SMS, MessageStatus.UNKNOWN, attempts=1,
        last_error="interrupted while sending: check with the provider before resending",
    )  # fmt: skip
    with database.transaction() as session:
        calls.mark_delivered(session, clock, NADIA, message_id)
    message = _get(database, message_id)
    assert (message.status, message.sent_at, message.handled_by) == (
        MessageStatus.SENT, clock.now(), "nadia",
    )  # fmt: skip
    assert message.last_error is None
    assert message.attempts == 1
    assert _audit(database)[-1].action == "message.confirmed_sent"


def test_an_unsure_message_goes_again_only_by_a_persons_decision(
    database, clock, patient_id
) -> None:
    message_id = _add(database, clock, patient_id, Channel.EMAIL, MessageStatus.UNKNOWN,
                      attempts=1, next_attempt_at=clock.now() + timedelta(hours=1))  # fmt: skip
    with database.transaction() as session:
        calls.send_again(session, clock, NADIA, message_id)
    message = _get(database, message_id)
    assert message.status is MessageStatus.PLANNED  # the dispatcher's next tick sends it
    assert message.next_attempt_at is None
    assert message.scheduled_for <= clock.now()
    assert "nadia" in (message.last_error or "")
    assert message.handled_by == "nadia"
    assert _audit(database)[-1].action == "message.sent_again"


@pytest.mark.parametrize("action", [calls.mark_delivered, calls.send_again])
@pytest.mark.parametrize(
    "status", [MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.FAILED]
)
def test_only_an_unsure_message_is_reviewed(database, clock, patient_id, action, status) -> None:
    message_id = _add(database, clock, patient_id, Channel.SMS, status)
    with pytest.raises(NotActionable), database.transaction() as session:
        action(session, clock, NADIA, message_id)
    assert _get(database, message_id).status is status


def test_an_unsure_message_whose_occasion_passed_is_not_sent_again(
    database, clock, patient_id
) -> None:
    message_id = _add(database, clock, patient_id, Channel.SMS, MessageStatus.UNKNOWN,
                      scheduled_for=clock.now() - timedelta(days=3),
                      expires_at=clock.now() - timedelta(hours=1))  # fmt: skip
    with pytest.raises(NotActionable, match="no longer relevant"), database.transaction() as s:
        calls.send_again(s, clock, NADIA, message_id)
    with database.transaction() as session:  # but it can still be confirmed as sent
        calls.mark_delivered(session, clock, NADIA, message_id)
    assert _get(database, message_id).status is MessageStatus.SENT


@pytest.mark.parametrize("status", [MessageStatus.RETRY, MessageStatus.FAILED])
def test_retry_now_skips_the_back_off(database, clock, patient_id, status) -> None:
    later = clock.now() + timedelta(hours=4)
    message_id = _add(database, clock, patient_id, Channel.EMAIL, status, attempts=2,
                      last_error="server down", next_attempt_at=later)  # fmt: skip
    with database.transaction() as session:
        calls.retry_now(session, clock, NADIA, message_id)
    message = _get(database, message_id)
    assert (message.status, message.next_attempt_at) == (MessageStatus.RETRY, clock.now())
    assert message.attempts == 2  # the back-off continues from where it was
    assert message.last_error == "server down"  # until the next attempt says otherwise
    assert _audit(database)[-1].action == "message.retry_now"


@pytest.mark.parametrize(
    "status",
    [MessageStatus.PLANNED, MessageStatus.SENT, MessageStatus.UNKNOWN, MessageStatus.CANCELLED],
)
def test_retry_now_is_only_for_a_message_that_failed(database, clock, patient_id, status) -> None:
    message_id = _add(database, clock, patient_id, Channel.EMAIL, status)
    with pytest.raises(NotActionable), database.transaction() as session:
        calls.retry_now(session, clock, NADIA, message_id)
    assert _get(database, message_id).status is status


def test_retry_now_refuses_a_message_past_its_occasion(database, clock, patient_id) -> None:
    message_id = _add(database, clock, patient_id, Channel.EMAIL, MessageStatus.FAILED,
                      scheduled_for=clock.now() - timedelta(days=2),
                      expires_at=clock.now())  # fmt: skip
    with pytest.raises(NotActionable), database.transaction() as session:
        calls.retry_now(session, clock, NADIA, message_id)


def test_two_desks_recording_the_same_call_do_not_both_count(database, patient_id) -> None:
    clock = FixedClock(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    message_id = _add(database, clock, patient_id)
    _record(database, clock, message_id, CallOutcome.REACHED)
    with pytest.raises(NotActionable, match="not on the call list"):
        _record(database, clock, message_id, CallOutcome.VOICEMAIL)
    assert _get(database, message_id).call_outcome is CallOutcome.REACHED
