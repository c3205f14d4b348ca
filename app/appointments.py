"""Appointments and the reminders they create; moving or cancelling one updates both.

An appointment has one reminder (purpose ``appointment_reminder``) due at its
start.  Moving it moves the reminder and cancels whatever was planned for the
old time and not yet sent; the planner then plans for the new time, a new
occasion with its own idempotency keys.  Cancelling it cancels the reminder
and the messages still to go.

Once the day of an appointment has come, what happened is recorded as its
*outcome* (attended, missed, cancelled in time), so the dashboard can compare
missed appointments with and without a reminder.  The rules
(:func:`record_outcome`): attended and missed only for a booked appointment
whose local day has come (today, or a past day: the desk may say "arrived" at
9:00 for 9:15); "cancelled in time" for a booked one on the same terms, which
then cancels it like :func:`cancel_appointment` (the patient will not come:
nothing more should go), or for an appointment already cancelled, at any time
(it says the cancellation was the patient's, in time).  Recording the same
outcome again changes nothing, so an agenda re-import is idempotent.  The
audit log gets the outcome word only, never the reason for the visit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, String, cast, delete, func, select, update
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.batches import chunks
from app.clock import Clock
from app.errors import FieldError, NotFound, ValidationError
from app.settings import load_practice
from db.models import (
    Appointment,
    AppointmentOutcome,
    AppointmentStatus,
    Channel,
    Message,
    MessageItem,
    MessageStatus,
    Patient,
    Purpose,
    Reminder,
    ReminderSource,
    ReminderStatus,
)

APPOINTMENT_PURPOSE = "appointment_reminder"
# Messages that have not left yet and can still be called back.
NOT_YET_SENT = (MessageStatus.PLANNED, MessageStatus.QUEUED, MessageStatus.RETRY)
# What became of a reminder's messages, as the agenda shows it.
WAITING = (MessageStatus.PLANNED, MessageStatus.QUEUED, MessageStatus.SENDING, MessageStatus.RETRY)
DONE = (MessageStatus.SENT, MessageStatus.PRINTED, MessageStatus.POSTED, MessageStatus.CALLED)
TROUBLE = (MessageStatus.FAILED, MessageStatus.UNKNOWN)
# How far back Today asks what became of an appointment: a Friday afternoon is
# still there on Monday morning, after a long weekend too.
OUTCOME_DAYS_BACK = 7


@dataclass(frozen=True)
class AppointmentData:
    patient_id: int
    starts_at: datetime
    ends_at: datetime | None = None
    practitioner: str = ""
    place: str = ""
    reason: str = ""
    source: str = "manual"
    external_key: str | None = None

    def validate(self) -> None:
        errors = []
        if self.starts_at.tzinfo is None:
            errors.append(FieldError("starts_at", "needs a time zone", "naive"))
        elif self.ends_at is not None and self.ends_at <= self.starts_at:
            errors.append(FieldError("ends_at", "must be after the start", "order"))
        for name, limit in (("practitioner", 100), ("place", 200), ("reason", 500)):
            if len(getattr(self, name)) > limit:
                errors.append(FieldError(name, f"at most {limit} characters", "too_long"))
        if errors:
            raise ValidationError(errors)


def _purpose_id(session: Session) -> int:
    purpose_id = session.scalar(select(Purpose.id).where(Purpose.code == APPOINTMENT_PURPOSE))
    if purpose_id is None:
        raise NotFound(f"No purpose {APPOINTMENT_PURPOSE!r}.")
    return purpose_id


def create_appointment(
    session: Session, clock: Clock, actor: Actor, data: AppointmentData
) -> Appointment:
    actor.require(Permission.EDIT_PATIENTS)
    data.validate()
    if session.get(Patient, data.patient_id) is None:
        raise NotFound(f"No patient with id {data.patient_id}.")
    now = clock.now()
    appointment = Appointment(
        patient_id=data.patient_id,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        practitioner=data.practitioner,
        place=data.place,
        reason=data.reason,
        source=data.source,
        external_key=data.external_key,
        created_at=now,
        updated_at=now,
    )
    session.add(appointment)
    session.flush()
    session.add(
        Reminder(
            patient_id=data.patient_id,
            purpose_id=_purpose_id(session),
            source=ReminderSource.APPOINTMENT,
            appointment_id=appointment.id,
            due_at=data.starts_at,
            label=data.practitioner,
            created_at=now,
            created_by=actor.username,
        )
    )
    session.flush()
    audit.record(
        session, clock, actor, "appointment.created", entity="appointment", entity_id=appointment.id
    )
    return appointment


def _reminder_of(session: Session, appointment_id: int) -> Reminder | None:
    return session.scalar(select(Reminder).where(Reminder.appointment_id == appointment_id))


def call_back_unsent(session: Session, reminder_ids: Iterable[int], why: str, now: datetime) -> int:
    """Cancel the messages of these reminders that have not left; returns how many.

    A cancelled message may also carry other reminders due the same day
    (merged): their occasions are freed and they are looked at again, so they
    still go out on their own.  Every cancelled message's key is retired, so
    whatever is planned again for its first item can take it.
    """
    called_back = 0
    for piece in chunks(list(reminder_ids)):
        message_ids = list(
            session.scalars(
                select(MessageItem.message_id)
                .join(Message, Message.id == MessageItem.message_id)
                .where(MessageItem.reminder_id.in_(piece), Message.status.in_(NOT_YET_SENT))
                .distinct()
            )
        )
        for messages in chunks(message_ids):
            session.execute(
                update(Message)
                .where(Message.id.in_(messages))
                .values(
                    status=MessageStatus.CANCELLED,
                    last_error=why,
                    updated_at=now,
                    idempotency_key=retired_key(),
                )
                .execution_options(synchronize_session=False)
            )
            others = (MessageItem.message_id.in_(messages), MessageItem.reminder_id.not_in(piece))
            session.execute(
                update(Reminder)
                .where(Reminder.id.in_(select(MessageItem.reminder_id).where(*others)))
                .values(attention_at=None)
                .execution_options(synchronize_session=False)
            )
            session.execute(delete(MessageItem).where(*others))
        called_back += len(message_ids)
    return called_back


def retired_key() -> ColumnElement[str]:
    """A cancelled message's key, made unique by its id: the occasion may be planned again."""
    return Message.idempotency_key + "~" + cast(Message.id, String)


def update_appointment(
    session: Session, clock: Clock, actor: Actor, appointment_id: int, data: AppointmentData
) -> list[str]:
    """Change an appointment in place; returns the fields that changed."""
    actor.require(Permission.EDIT_PATIENTS)
    data.validate()
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"No appointment with id {appointment_id}.")
    fields = ("starts_at", "ends_at", "practitioner", "place", "reason")
    changed = [name for name in fields if getattr(appointment, name) != getattr(data, name)]
    if not changed and appointment.status is AppointmentStatus.BOOKED:
        return []
    now = clock.now()
    for name in fields:
        setattr(appointment, name, getattr(data, name))
    reopened = appointment.status is AppointmentStatus.CANCELLED
    appointment.status = AppointmentStatus.BOOKED
    if reopened and appointment.outcome is AppointmentOutcome.CANCELLED_IN_TIME:
        # Booked again: "cancelled in time" no longer says what happened.
        appointment.outcome = None
        appointment.outcome_recorded_at = None
        appointment.outcome_recorded_by = None
    appointment.updated_at = now
    reminder = _reminder_of(session, appointment_id)
    if reminder is not None:
        if "starts_at" in changed or reopened:
            call_back_unsent(session, [reminder.id], "appointment moved", now)
        reminder.due_at = data.starts_at
        reminder.attention_at = None  # a new time: plan it afresh
        reminder.label = data.practitioner
        reminder.status = ReminderStatus.ACTIVE
        reminder.cancelled_reason = None
    audit.record(
        session,
        clock,
        actor,
        "appointment.updated",
        entity="appointment",
        entity_id=appointment_id,
        details={"fields": changed + (["status"] if reopened else [])},
    )
    return changed + (["status"] if reopened else [])


def cancel_appointment(
    session: Session, clock: Clock, actor: Actor, appointment_id: int, why: str = "cancelled"
) -> int:
    """Cancel an appointment, its reminder and what was still to be sent; returns that count."""
    actor.require(Permission.EDIT_PATIENTS)
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"No appointment with id {appointment_id}.")
    if appointment.status is AppointmentStatus.CANCELLED:
        return 0
    now = clock.now()
    appointment.status = AppointmentStatus.CANCELLED
    appointment.updated_at = now
    called_back = 0
    reminder = _reminder_of(session, appointment_id)
    if reminder is not None:
        reminder.status = ReminderStatus.CANCELLED
        reminder.cancelled_reason = why
        called_back = call_back_unsent(session, [reminder.id], f"appointment {why}", now)
    audit.record(
        session,
        clock,
        actor,
        "appointment.cancelled",
        entity="appointment",
        entity_id=appointment_id,
        details={"messages_cancelled": called_back},
    )
    return called_back


@dataclass(frozen=True)
class AppointmentLine:
    """One line of the table: the appointment, its patient, and its reminder's messages."""

    id: int
    patient_id: int
    patient_name: str
    starts_at: datetime
    ends_at: datetime | None
    practitioner: str
    place: str
    reason: str
    status: AppointmentStatus
    source: str
    # Channels of the reminder's messages, by what became of them.
    sent: tuple[Channel, ...] = ()
    waiting: tuple[Channel, ...] = ()
    trouble: tuple[Channel, ...] = ()

    @property
    def cancelled(self) -> bool:
        return self.status is AppointmentStatus.CANCELLED


def appointment_ids(
    session: Session,
    *,
    start: datetime,
    end: datetime | None = None,
    patient_ids: Iterable[int] | None = None,
    include_cancelled: bool = False,
) -> list[int]:
    """Appointments starting in [start, end), earliest first; only these patients if given."""
    table = Appointment.__table__.c
    statement = select(table.id).where(table.starts_at >= start)
    if end is not None:
        statement = statement.where(table.starts_at < end)
    if patient_ids is not None:
        statement = statement.where(table.patient_id.in_(list(patient_ids)))
    if not include_cancelled:
        statement = statement.where(table.status == AppointmentStatus.BOOKED)
    statement = statement.order_by(table.starts_at, table.id)
    return list(session.connection().execute(statement).scalars())


def appointment_lines(session: Session, ids: Iterable[int]) -> dict[int, AppointmentLine]:
    """The lines of ``ids`` (absent ids are left out), with their reminder's messages."""
    id_list = list(ids)
    if not id_list:
        return {}
    a, p = Appointment.__table__.c, Patient.__table__.c
    connection = session.connection()
    rows = connection.execute(
        select(
            a.id,
            a.patient_id,
            p.last_name,
            p.first_name,
            a.starts_at,
            a.ends_at,
            a.practitioner,
            a.place,
            a.reason,
            a.status,
            a.source,
        )
        .join_from(Appointment.__table__, Patient.__table__, a.patient_id == p.id)
        .where(a.id.in_(id_list))
    ).all()
    r, i, m = Reminder.__table__.c, MessageItem.__table__.c, Message.__table__.c
    messages: dict[int, dict[MessageStatus, list[Channel]]] = {}
    for appointment_id, status, channel, _count in connection.execute(
        select(r.appointment_id, m.status, m.channel, func.count())
        .join_from(Reminder.__table__, MessageItem.__table__, i.reminder_id == r.id)
        .join(Message.__table__, m.id == i.message_id)
        .where(r.appointment_id.in_(id_list))
        .group_by(r.appointment_id, m.status, m.channel)
        .order_by(m.channel)
    ):
        messages.setdefault(appointment_id, {}).setdefault(MessageStatus(status), []).append(
            Channel(channel)
        )

    def channels(appointment_id: int, statuses: tuple[MessageStatus, ...]) -> tuple[Channel, ...]:
        found = messages.get(appointment_id, {})
        return tuple(dict.fromkeys(c for s in statuses for c in found.get(s, ())))

    return {
        row.id: AppointmentLine(
            id=row.id,
            patient_id=row.patient_id,
            patient_name=f"{row.last_name.upper()} {row.first_name}".strip(),
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            practitioner=row.practitioner,
            place=row.place,
            reason=row.reason,
            status=AppointmentStatus(row.status),
            source=row.source,
            sent=channels(row.id, DONE),
            waiting=channels(row.id, WAITING),
            trouble=channels(row.id, TROUBLE),
        )
        for row in rows
    }


# -- outcomes --------------------------------------------------------------------------


def record_outcome(
    session: Session,
    clock: Clock,
    actor: Actor,
    appointment_id: int,
    outcome: AppointmentOutcome,
) -> bool:
    """Record what happened at an appointment; False when it was already recorded so.

    Raises ValidationError (field ``outcome``) with the code ``not_yet`` for an
    appointment on a later day, ``cancelled`` for attended or missed on a
    cancelled appointment.  See the module's docstring for the rules.
    """
    actor.require(Permission.EDIT_PATIENTS)
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"No appointment with id {appointment_id}.")
    if appointment.outcome is outcome:
        return False
    practice = load_practice(session)
    booked = appointment.status is AppointmentStatus.BOOKED
    if not booked and outcome is not AppointmentOutcome.CANCELLED_IN_TIME:
        raise ValidationError(
            [
                FieldError(
                    "outcome",
                    f"appointment {appointment_id} was cancelled: it can only be "
                    "'cancelled in time'",
                    "cancelled",
                )
            ]
        )
    day = appointment.starts_at.astimezone(practice.zone()).date()
    if booked and day > practice.today(clock):
        raise ValidationError(
            [
                FieldError(
                    "outcome",
                    f"appointment {appointment_id} is on {day:%d/%m/%Y}: what happened can "
                    "be recorded from that day on",
                    "not_yet",
                )
            ]
        )
    if booked and outcome is AppointmentOutcome.CANCELLED_IN_TIME:
        cancel_appointment(session, clock, actor, appointment_id, "cancelled in time")
    previous = appointment.outcome
    appointment.outcome = outcome
    appointment.outcome_recorded_at = clock.now()
    appointment.outcome_recorded_by = actor.username
    audit.record(
        session,
        clock,
        actor,
        "appointment.outcome",
        entity="appointment",
        entity_id=appointment_id,
        details={"outcome": outcome.value, "previous": previous.value if previous else None},
    )
    return True


def clear_outcome(session: Session, clock: Clock, actor: Actor, appointment_id: int) -> bool:
    """Forget a recorded outcome (keyed by mistake); False when there was none.

    A cancellation that "cancelled in time" brought stays: the appointment is
    booked again by changing it (or by the agenda's next import), not here.
    """
    actor.require(Permission.EDIT_PATIENTS)
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(f"No appointment with id {appointment_id}.")
    if appointment.outcome is None:
        return False
    previous = appointment.outcome
    appointment.outcome = None
    appointment.outcome_recorded_at = None
    appointment.outcome_recorded_by = None
    audit.record(
        session,
        clock,
        actor,
        "appointment.outcome_cleared",
        entity="appointment",
        entity_id=appointment_id,
        details={"previous": previous.value},
    )
    return True


@dataclass(frozen=True)
class AwaitingOutcome:
    """A booked appointment whose start has passed and whose outcome nobody recorded yet."""

    id: int
    patient_id: int
    patient_name: str
    starts_at: datetime
    practitioner: str


def appointments_awaiting_outcome(
    session: Session,
    now: datetime,
    zone: tzinfo,
    *,
    days_back: int = OUTCOME_DAYS_BACK,
    limit: int = 500,
) -> tuple[AwaitingOutcome, ...]:
    """Booked appointments from ``days_back`` local days ago until ``now``, without an
    outcome, earliest first (those about to leave the window come first).

    Read through the ``(status, starts_at)`` index: a few days of one agenda.
    """
    today = now.astimezone(zone).date()
    since = _local_midnight(today - timedelta(days=days_back), zone)
    a, p = Appointment.__table__.c, Patient.__table__.c
    rows = session.connection().execute(
        select(a.id, a.patient_id, p.last_name, p.first_name, a.starts_at, a.practitioner)
        .join_from(Appointment.__table__, Patient.__table__, a.patient_id == p.id)
        .where(
            a.status == AppointmentStatus.BOOKED,
            a.starts_at >= since,
            a.starts_at <= now,
            a.outcome.is_(None),
        )
        .order_by(a.starts_at, a.id)
        .limit(limit)
    )
    return tuple(
        AwaitingOutcome(
            id=row.id,
            patient_id=row.patient_id,
            patient_name=f"{row.last_name.upper()} {row.first_name}".strip(),
            starts_at=row.starts_at,
            practitioner=row.practitioner,
        )
        for row in rows
    )


def _local_midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)
