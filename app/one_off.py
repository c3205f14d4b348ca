"""One-off reminders: something due once for one patient ("rappeler pour les résultats").

A one-off reminder is a :class:`~db.models.Reminder` of source ``one_off``; the
planner turns it into messages like any other, on the channel it names or, when
it names none, on the patient's preferred channels.  Its due time is exact (the
planner sends on the day, at the practice's sending hour or before the moment).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.appointments import call_back_unsent
from app.clock import Clock
from app.errors import FieldError, NotFound, ValidationError
from db.models import (
    Channel,
    Patient,
    Purpose,
    Reminder,
    ReminderSource,
    ReminderStatus,
)

LABEL_LIMIT = 200  # Reminder.label
REASON_LIMIT = 200  # Reminder.cancelled_reason


@dataclass(frozen=True)
class OneOffRow:
    """One line of the list of one-off reminders.

    Attributes:
        id: the reminder's id (for :func:`cancel`).
        patient_name: "DUPONT Marie", as the other lists show a patient.
        due_at: aware UTC; shown in the practice's time zone.
        channel: the channel it names, or None when the patient's preferences choose.
        status: active, cancelled or done.
    """

    id: int
    patient_id: int
    patient_name: str
    purpose_code: str
    due_at: datetime
    label: str
    channel: Channel | None
    status: ReminderStatus


def purpose_id_of(session: Session, code: str, errors: list[FieldError]) -> int | None:
    """The id of an active purpose, or a located error in ``errors``."""
    row = session.execute(select(Purpose.id, Purpose.active).where(Purpose.code == code)).first()
    if row is None:
        codes = ", ".join(session.scalars(select(Purpose.code).order_by(Purpose.position)))
        errors.append(
            FieldError("purpose_code", f"{code!r} is not a purpose (use one of {codes})", "unknown")
        )
        return None
    if not row.active:
        errors.append(
            FieldError("purpose_code", f"the purpose {code!r} is switched off", "inactive")
        )
        return None
    return int(row.id)


def create(
    session: Session,
    clock: Clock,
    actor: Actor,
    *,
    patient_id: int,
    purpose_code: str,
    due_at: datetime,
    label: str,
    channel: Channel | None = None,
) -> Reminder:
    """Add a one-off reminder; every problem comes back at once, located by field."""
    actor.require(Permission.EDIT_PATIENTS)
    if session.get(Patient, patient_id) is None:
        raise NotFound(f"No patient with id {patient_id}.")
    now = clock.now()
    errors: list[FieldError] = []
    if due_at.tzinfo is None:
        errors.append(FieldError("due_at", "needs a time zone", "naive"))
    elif due_at <= now:
        errors.append(FieldError("due_at", "must be in the future", "past"))
    label = label.strip()
    if len(label) > LABEL_LIMIT:
        errors.append(FieldError("label", f"at most {LABEL_LIMIT} characters", "too_long"))
    purpose_id = purpose_id_of(session, purpose_code, errors)
    if errors:
        raise ValidationError(errors)
    assert purpose_id is not None
    reminder = Reminder(
        patient_id=patient_id,
        purpose_id=purpose_id,
        source=ReminderSource.ONE_OFF,
        due_at=due_at,
        label=label,
        channel=channel,
        status=ReminderStatus.ACTIVE,
        created_at=now,
        created_by=actor.username,
    )
    session.add(reminder)
    session.flush()
    # Ids and codes only: the label may say why the patient is reminded.
    audit.record(
        session,
        clock,
        actor,
        "reminder.created",
        entity="patient",
        entity_id=patient_id,
        details={"reminder_id": reminder.id, "source": ReminderSource.ONE_OFF.value},
    )
    return reminder


def cancel(session: Session, clock: Clock, actor: Actor, reminder_id: int, reason: str) -> None:
    """Cancel a one-off reminder and call back what was planned for it and not sent."""
    actor.require(Permission.EDIT_PATIENTS)
    reminder = session.get(Reminder, reminder_id)
    if reminder is None or reminder.source is not ReminderSource.ONE_OFF:
        raise NotFound(f"No one-off reminder with id {reminder_id}.")
    reason = reason.strip()
    if not reason:
        raise ValidationError([FieldError("reason", "say why it is cancelled", "required")])
    if len(reason) > REASON_LIMIT:
        raise ValidationError(
            [FieldError("reason", f"at most {REASON_LIMIT} characters", "too_long")]
        )
    if reminder.status is not ReminderStatus.ACTIVE:
        return  # already cancelled (or done): nothing left to call back
    now = clock.now()
    reminder.status = ReminderStatus.CANCELLED
    reminder.cancelled_reason = reason
    called_back = call_back_unsent(session, [reminder.id], "reminder cancelled", now)
    audit.record(
        session,
        clock,
        actor,
        "reminder.cancelled",
        entity="patient",
        entity_id=reminder.patient_id,
        details={"reminder_id": reminder.id, "messages_cancelled": called_back},
    )


def upcoming(session: Session, now: datetime, *, limit: int = 500) -> list[OneOffRow]:
    """One-off reminders due after ``now``, soonest first, whatever their status."""
    rows = session.execute(
        select(
            Reminder.id,
            Reminder.patient_id,
            Patient.last_name,
            Patient.first_name,
            Purpose.code,
            Reminder.due_at,
            Reminder.label,
            Reminder.channel,
            Reminder.status,
        )
        .join(Patient, Patient.id == Reminder.patient_id)
        .join(Purpose, Purpose.id == Reminder.purpose_id)
        .where(Reminder.source == ReminderSource.ONE_OFF, Reminder.due_at > now)
        .order_by(Reminder.due_at, Reminder.id)
        .limit(limit)
    )
    return [
        OneOffRow(
            id=rid,
            patient_id=pid,
            patient_name=display_name(last, first),
            purpose_code=code,
            due_at=due_at,
            label=label,
            channel=channel,
            status=status,
        )
        for rid, pid, last, first, code, due_at, label, channel, status in rows
    ]


def display_name(last_name: str, first_name: str) -> str:
    """How the lists name a patient: "DUPONT Marie"."""
    return f"{last_name.upper()} {first_name}".strip()
