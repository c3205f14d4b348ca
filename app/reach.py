"""When reminders left and reached their patients, kept where the dashboard reads them.

The trust dashboard's attendance "with and without a reminder" and its reach on
paper ask, of every appointment or reminder of a period, whether one of its
messages left (or reached the patient).  Read from the messages, that is one
lookup by id per message (a million of them on a large practice, seconds of
work); so the answer is kept on the appointment (``reminded_<channel>_at``) and
on the reminder (``reached_at``), and :func:`refresh` brings it up to date for the
messages whose outcome a writer has just changed.  Likewise its intrusion watch
groups each month's messages that left by patient: the counts are kept per
patient, UTC month, purpose and channel (``message_month``) in that order, and
for each UTC month how many patients had how many messages, every purpose and
channel together (``message_month_size``, migration 0019), the histogram the
watch shows when it looks at everything.
Everything is always recomputed from
the messages themselves (never added to; a patient's month moves between sizes by
its total before and after), so calling it twice, or for a message that changed
nothing, is harmless.

Writers that call it: the dispatcher when a message is sent
(:func:`app.dispatch._record`), the call list (:func:`app.calls.record_outcome`,
:func:`app.calls.mark_delivered`), the letters' print run and post
(:func:`app.letters.mark_printed`, :func:`app.letters.mark_posted`).  Nothing takes
a message back out of "left" once it has left, or changes when it left; an erasure
deletes the patient's reminders and appointments, and what was kept on them with
them (their messages, emptied, still count in the months they left in).  Migration 0018
filled in the existing data with the same definitions as :func:`rebuild`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, and_, case, delete, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from app.batches import chunks
from db.models import (
    Appointment,
    CallOutcome,
    Channel,
    Message,
    MessageItem,
    MessageMonth,
    MessageMonthSize,
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


def month_key(moment: datetime) -> str:
    """The UTC calendar month of an instant, as ``message_month`` names it ("2026-11")."""
    return f"{moment.astimezone(UTC):%Y-%m}"


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """The UTC instants a ``message_month`` month starts at and ends before."""
    first = datetime.strptime(month, "%Y-%m").replace(tzinfo=UTC)
    return first, first + relativedelta(months=1)


def left_unindexed() -> ColumnElement[bool]:
    """:func:`left`, wrapped so no index can serve it: left alone, SQLite (without
    statistics) reads the status off ix_message_outcome and looks every row up."""
    return case((left(), 1), else_=0) == 1


def _patient_month(session: Session, patient_id: int, month: str) -> int:
    """The messages kept as left for a patient in a UTC month, every purpose and channel."""
    return int(
        session.scalar(
            select(func.coalesce(func.sum(MessageMonth.messages), 0)).where(
                MessageMonth.month == month, MessageMonth.patient_id == patient_id
            )
        )
        or 0
    )


def _move_size(session: Session, month: str, before: int, after: int) -> None:
    """One patient's month went from ``before`` messages to ``after``: one patient less of
    the first size, one more of the second (``message_month_size`` keeps sizes some
    patient has; writers are serialized, so reading and writing a count is safe)."""
    if before == after:
        return
    size = MessageMonthSize
    connection = session.connection()  # core statements: the counts are never loaded as rows
    if before:
        connection.execute(
            update(size)
            .where(size.month == month, size.messages == before)
            .values(patients=size.patients - 1)
        )
        connection.execute(
            delete(size).where(size.month == month, size.messages == before, size.patients <= 0)
        )
    if after:
        grown = connection.execute(
            update(size)
            .where(size.month == month, size.messages == after)
            .values(patients=size.patients + 1)
        )
        if not grown.rowcount:
            connection.execute(insert(size).values(month=month, messages=after, patients=1))


def _count_months(session: Session, pairs: set[tuple[int, str]], *, sizes: bool = True) -> None:
    """Count again, from the messages, each (patient, UTC month)'s messages that left, and
    (``sizes``) move the patient's month in ``message_month_size`` to its new size."""
    for patient_id, month in sorted(pairs):
        first, after = month_bounds(month)
        before = _patient_month(session, patient_id, month) if sizes else 0
        session.execute(
            delete(MessageMonth).where(
                MessageMonth.month == month, MessageMonth.patient_id == patient_id
            )
        )
        session.execute(
            insert(MessageMonth).from_select(
                ["month", "patient_id", "purpose_id", "channel", "messages"],
                select(
                    literal(month),
                    Message.patient_id,
                    Message.purpose_id,
                    Message.channel,
                    func.count(),
                )
                .where(
                    Message.patient_id == patient_id,
                    Message.sent_at >= first,
                    Message.sent_at < after,
                    left_unindexed(),
                )
                .group_by(Message.patient_id, Message.purpose_id, Message.channel),
            )
        )
        if sizes:
            _move_size(session, month, before, _patient_month(session, patient_id, month))


def _count_sizes(session: Session) -> None:
    """``message_month_size`` again from ``message_month`` (what migration 0019 did)."""
    session.execute(delete(MessageMonthSize))
    per_patient = (
        select(
            MessageMonth.month.label("month"),
            func.sum(MessageMonth.messages).label("messages"),
        )
        .group_by(MessageMonth.month, MessageMonth.patient_id)
        .subquery("per_patient")
    )
    session.execute(
        insert(MessageMonthSize).from_select(
            ["month", "messages", "patients"],
            select(per_patient.c.month, per_patient.c.messages, func.count()).group_by(
                per_patient.c.month, per_patient.c.messages
            ),
        )
    )


def refresh(session: Session, message_ids: Iterable[int]) -> None:
    """Recompute what is kept for these messages: their patients' counts for the month they
    left in, the reminders they carry, and those reminders' appointments.

    Call it in the transaction that changed the messages' status or call outcome,
    after the change (the session is flushed first so the change is read).
    """
    wanted = list(dict.fromkeys(message_ids))
    if not wanted:
        return
    session.flush()
    for piece in chunks(wanted):
        _count_months(
            session,
            {
                (patient_id, month_key(sent_at))
                for patient_id, sent_at in session.execute(
                    select(Message.patient_id, Message.sent_at).where(Message.id.in_(piece))
                )
                if sent_at is not None
            },
        )
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
    session.execute(delete(MessageMonth))
    _count_months(
        session,
        {
            (patient_id, month_key(sent_at))
            for patient_id, sent_at in session.execute(
                select(Message.patient_id, Message.sent_at).where(left_unindexed())
            )
            if sent_at is not None
        },
        sizes=False,
    )
    _count_sizes(session)
    session.expire_all()


__all__ = [
    "REMINDED_AT",
    "left",
    "left_at",
    "left_unindexed",
    "month_bounds",
    "month_key",
    "reached",
    "rebuild",
    "refresh",
]
