"""What a person decides about the outbox: call outcomes and messages the machine cannot settle.

DESIGN §5 and §10 flow 5.  The call list is the phone messages the dispatcher
queued; each outcome is one action here:

- reached or voicemail: the call is done (``called``);
- no answer: it stays on the list to be tried again later, and leaves it
  (``called``, outcome no answer) after :data:`NO_ANSWER_LIMIT` tries;
- wrong number: the message ``failed`` and the number dialled is flagged, so
  the planner and the dispatcher no longer use it and fall back to the next
  channel (paper when nothing else is left).

A message left ``unknown`` by a crash is resent only when a person says so
(:func:`send_again`) after checking with the provider; :func:`mark_delivered`
records that it did go.  :func:`retry_now` lets a person skip the back-off
after fixing what made a message fail (a server, a setting, an address).

Every action is audited with the outcome only: no number, no note.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import attention, audit, reach
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, NotFound, RelaisError, ValidationError
from db.models import CallOutcome, Channel, ContactKind, ContactPoint, Message, MessageStatus

NO_ANSWER_LIMIT = 3
# A patient who did not answer is tried again after this, not straight away.
CALL_AGAIN_AFTER = timedelta(hours=1)
NOTE_LIMIT = 500  # Message.last_error's size
PHONE_KINDS = (ContactKind.MOBILE, ContactKind.LANDLINE)
RETRYABLE = (MessageStatus.RETRY, MessageStatus.FAILED)


class NotActionable(RelaisError):
    """The message is not (or no longer) in the state this action is for."""


def _message(session: Session, message_id: int) -> Message:
    message = session.get(Message, message_id)
    if message is None:
        raise NotFound(f"No message with id {message_id}.")
    return message


def _note(note: str | None) -> str | None:
    text = (note or "").strip()
    if len(text) > NOTE_LIMIT:
        raise ValidationError([FieldError("note", f"at most {NOTE_LIMIT} characters", "too_long")])
    return text or None


def _still_relevant(message: Message, now: datetime) -> None:
    if message.expires_at <= now:
        raise NotActionable(
            f"Message {message.id} is no longer relevant: what it announced has passed."
        )


def record_outcome(
    session: Session,
    clock: Clock,
    actor: Actor,
    message_id: int,
    outcome: CallOutcome,
    note: str | None = None,
    *,
    contact_id: int | None = None,
) -> Message:
    """Record one call of the call list; ``contact_id`` names the number dialled.

    Without ``contact_id`` the number dialled is taken to be the message's
    recipient (the one the planner chose, shown first on the list).  The note
    is kept in ``last_error``, the message's only free-text field that an
    erasure empties; it never goes to the audit log.
    """
    actor.require(Permission.EDIT_PATIENTS)
    message = _message(session, message_id)
    if message.channel is not Channel.PHONE or message.status is not MessageStatus.QUEUED:
        raise NotActionable(f"Message {message.id} is not on the call list any more.")
    note = _note(note)
    dialled = _dialled(session, message, contact_id)
    now = clock.now()
    message.attempts += 1
    message.call_outcome = outcome
    message.handled_by = actor.username
    message.updated_at = now
    message.last_error = note
    message.next_attempt_at = None
    if outcome in (CallOutcome.REACHED, CallOutcome.VOICEMAIL):
        message.status = MessageStatus.CALLED
        message.sent_at = now
    elif outcome is CallOutcome.NO_ANSWER:
        if message.attempts >= NO_ANSWER_LIMIT:
            message.status = MessageStatus.CALLED  # tried enough: off the list, outcome kept
        else:
            message.next_attempt_at = now + CALL_AGAIN_AFTER
    else:
        message.status = MessageStatus.FAILED
        if dialled is not None:
            dialled.bounced = True
            attention.renew(session, message.patient_id)
    audit.record(
        session,
        clock,
        actor,
        "call.recorded",
        entity="message",
        entity_id=message.id,
        details={"outcome": outcome.value},
    )
    session.flush()
    reach.refresh(session, [message.id])  # a call answered or a voicemail left: a reminder left
    return message


def _dialled(session: Session, message: Message, contact_id: int | None) -> ContactPoint | None:
    if contact_id is None:
        return session.scalars(
            select(ContactPoint)
            .where(
                ContactPoint.patient_id == message.patient_id,
                ContactPoint.kind.in_(PHONE_KINDS),
                ContactPoint.value == message.recipient,
            )
            .order_by(ContactPoint.id)
            .limit(1)
        ).first()
    contact = session.get(ContactPoint, contact_id)
    if (
        contact is None
        or contact.patient_id != message.patient_id
        or contact.kind not in PHONE_KINDS
    ):
        raise ValidationError(
            [FieldError("contact_id", "not one of this patient's phone numbers", "not_a_phone")]
        )
    return contact


def mark_delivered(session: Session, clock: Clock, actor: Actor, message_id: int) -> Message:
    """A person checked with the provider: the unsure message did go."""
    actor.require(Permission.EDIT_PATIENTS)
    message = _message(session, message_id)
    if message.status is not MessageStatus.UNKNOWN:
        raise NotActionable(f"Message {message.id} is not waiting for a review.")
    now = clock.now()
    message.status = MessageStatus.SENT
    message.sent_at = now
    message.last_error = None
    message.next_attempt_at = None
    message.handled_by = actor.username
    message.updated_at = now
    audit.record(
        session, clock, actor, "message.confirmed_sent", entity="message", entity_id=message.id
    )
    session.flush()
    reach.refresh(session, [message.id])
    return message


def send_again(session: Session, clock: Clock, actor: Actor, message_id: int) -> Message:
    """A person checked with the provider: the unsure message did not go, so it goes again.

    This is the only way an ``unknown`` message is sent a second time: the
    dispatcher never decides it by itself (DESIGN §5).
    """
    actor.require(Permission.EDIT_PATIENTS)
    message = _message(session, message_id)
    if message.status is not MessageStatus.UNKNOWN:
        raise NotActionable(f"Message {message.id} is not waiting for a review.")
    now = clock.now()
    _still_relevant(message, now)
    message.status = MessageStatus.PLANNED
    message.next_attempt_at = None
    message.last_error = f"sent again on the decision of {actor.username}"
    message.handled_by = actor.username
    message.updated_at = now
    audit.record(
        session, clock, actor, "message.sent_again", entity="message", entity_id=message.id
    )
    session.flush()
    return message


def retry_now(session: Session, clock: Clock, actor: Actor, message_id: int) -> Message:
    """Try a waiting or failed message at the next dispatch instead of after the back-off.

    The dispatcher checks everything again before sending: a bounced address
    or a wrong number is replaced by another contact point, or the message is
    cancelled so the planner can choose another channel.
    """
    actor.require(Permission.EDIT_PATIENTS)
    message = _message(session, message_id)
    if message.status not in RETRYABLE:
        raise NotActionable(f"Message {message.id} has not failed.")
    now = clock.now()
    _still_relevant(message, now)
    message.status = MessageStatus.RETRY
    message.next_attempt_at = now
    message.handled_by = actor.username
    message.updated_at = now
    audit.record(session, clock, actor, "message.retry_now", entity="message", entity_id=message.id)
    session.flush()
    return message
