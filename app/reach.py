"""When reminders left and reached their patients, kept where the dashboard reads them.

The trust dashboard's attendance "with and without a reminder" and its reach on
paper ask, of every appointment or reminder of a period, whether one of its
messages left (or reached the patient).  Read from the messages, that is one
lookup by id per message (a million of them on a large practice, seconds of
work); so the answer is kept on the appointment (``reminded_<channel>_at``) and
on the reminder (``reached_at``), and :func:`refresh` brings it up to date for the
messages whose outcome a writer has just changed.  It is always recomputed from
the messages themselves (never added to), so calling it twice, or for a message
that changed nothing, is harmless.

Writers that call it: the dispatcher when a message is sent
(:func:`app.dispatch._record`), the call list (:func:`app.calls.record_outcome`,
:func:`app.calls.mark_delivered`), the letters' print run and post
(:func:`app.letters.mark_printed`, :func:`app.letters.mark_posted`).  Nothing takes
a message back out of "left" once it has left; an erasure deletes the patient's
reminders and appointments, and what was kept on them with them.  Migration 0018
filled in the existing data with the same definitions as :func:`rebuild`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.batches import chunks
from db.models import (
    Appointment,
    CallOutcome,
    Channel,
    Message,
    MessageItem,
    MessageStatus,
    Reminder,
)

LEFT_STATUSES = (MessageStatus.SENT, MessageStatus.PRINTED, MessageStatus.POSTED)
# The appointment's column for each channel.
REMINDED_AT: dict[Channel, Any] = {
    Channel.SMS: Appointment.reminded_sms_at,
    Channel.EMAIL: Appointment.reminded_email_at,
    Channel.LETTER: Appointment.reminded_letter_at,
    Channel.PHONE: Appointment.reminded_phone_at,
}


def left() -> ColumnElement[bool]:
    """A message that left: sent, printed, posted, or a call answered or a voicemail left."""
    return or_(
        Message.status.in_(LEFT_STATUSES),
        and_(
            Message.status == MessageStatus.CALLED,
            Message.call_outcome.in_((CallOutcome.REACHED, CallOutcome.VOICEMAIL)),
        ),
    )


def reached() -> ColumnElement[bool]:
    """A message that reached a patient on paper: a letter posted, or a call that got them."""
    return or_(
        Message.status == MessageStatus.POSTED,
        and_(Message.status == MessageStatus.CALLED, Message.call_outcome == CallOutcome.REACHED),
    )


def left_at() -> ColumnElement[Any]:
    """When a message left: ``sent_at`` (always set on leaving), else its last change."""
    return func.coalesce(Message.sent_at, Message.updated_at)


def _reached_at() -> Any:
    return (
        select(func.min(left_at()))
        .select_from(MessageItem)
        .join(Message, Message.id == MessageItem.message_id)
        .where(MessageItem.reminder_id == Reminder.id, reached())
        .scalar_subquery()
    )


def _reminded_at(channel: Channel) -> Any:
    return (
        select(func.min(left_at()))
        .select_from(Reminder)
        .join(MessageItem, MessageItem.reminder_id == Reminder.id)
        .join(Message, Message.id == MessageItem.message_id)
        .where(Reminder.appointment_id == Appointment.id, Message.channel == channel, left())
        .scalar_subquery()
    )


# "fetch": the rows loaded in the session have these columns expired, so read afresh.
def _update_reminders(session: Session, where: ColumnElement[bool], sync: Any = "fetch") -> None:
    session.execute(
        update(Reminder)
        .where(where)
        .values(reached_at=_reached_at())
        .execution_options(synchronize_session=sync)
    )


def _update_appointments(session: Session, where: ColumnElement[bool], sync: Any = "fetch") -> None:
    session.execute(
        update(Appointment)
        .where(where)
        .values({column: _reminded_at(channel) for channel, column in REMINDED_AT.items()})
        .execution_options(synchronize_session=sync)
    )


def refresh(session: Session, message_ids: Iterable[int]) -> None:
    """Recompute what is kept for the reminders these messages carry, and their appointments.

    Call it in the transaction that changed the messages' status or call outcome,
    after the change (the session is flushed first so the change is read).
    """
    wanted = list(dict.fromkeys(message_ids))
    if not wanted:
        return
    session.flush()
    for piece in chunks(wanted):
        reminder_ids = list(
            session.scalars(
                select(MessageItem.reminder_id).where(MessageItem.message_id.in_(piece)).distinct()
            )
        )
        for reminders in chunks(reminder_ids):
            _update_reminders(session, Reminder.id.in_(reminders))
            _update_appointments(
                session,
                Appointment.id.in_(
                    select(Reminder.appointment_id).where(
                        Reminder.id.in_(reminders), Reminder.appointment_id.is_not(None)
                    )
                ),
            )


def rebuild(session: Session) -> None:
    """Recompute everything kept, for every reminder and appointment (what migration 0018
    did to existing data); for data written without the services, and for checks."""
    session.flush()
    _update_reminders(session, Reminder.id.is_not(None), False)
    _update_appointments(session, Appointment.id.is_not(None), False)
    session.expire_all()


__all__ = ["REMINDED_AT", "left", "left_at", "reached", "rebuild", "refresh"]
