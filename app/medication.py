"""Medication reminders on a patient's own schedule ("renouvellement d'ordonnance" monthly).

A schedule is a rule (an RFC 5545 RRULE from ``starts_on``, until ``until``
when given) and a local time of day at the practice.  :func:`refresh` makes a
reminder (purpose ``medication_reminder``, source ``medication``) for each
occurrence within the next :data:`WINDOW`, once: ``medication_occurrence`` is
unique per (schedule, due time).  The planner then sends it on the patient's
preferred channels, on the day.

Like the recall programmes, a refresh runs once a local day, and again on the
next tick after a schedule is added or stopped (``app.generation``).  The
label may say what the medicine is: it goes in letters and e-mails, never in
an SMS, and never in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app import audit, generation, rrules
from app.access import SYSTEM, Actor, Permission
from app.appointments import call_back_unsent
from app.clock import Clock, SystemClock
from app.errors import FieldError, NotFound, ValidationError
from app.one_off import purpose_id_of
from app.settings import load_practice
from db.models import (
    MedicationOccurrence,
    MedicationSchedule,
    Patient,
    PatientStatus,
    Reminder,
    ReminderSource,
    ReminderStatus,
)

PURPOSE = "medication_reminder"
WINDOW = timedelta(days=14)
LABEL_LIMIT = 200  # MedicationSchedule.label and Reminder.label
STOPPED = "schedule stopped"


@dataclass(frozen=True)
class MedicationSpec:
    """A schedule as typed: what it is for, its rule, the local time, from when, until when."""

    patient_id: int
    label: str
    rrule: str
    time_of_day: time
    starts_on: date
    until: date | None = None


@dataclass(frozen=True)
class MedicationRow:
    """One schedule of a patient, with the next reminder it has made (None: none ahead)."""

    id: int
    patient_id: int
    label: str
    rrule: str
    time_of_day: time
    starts_on: date
    until: date | None
    active: bool
    next_due: datetime | None


@dataclass
class MedicationRefreshReport:
    """What one refresh did; ``ran`` is False when it had already run today."""

    ran: bool = False
    schedules: int = 0
    created: int = 0


def validate(spec: MedicationSpec) -> list[FieldError]:
    """Every problem with ``spec``, located by field; empty when it can be saved."""
    errors: list[FieldError] = []
    label = spec.label.strip()
    if not label:
        errors.append(FieldError("label", "say what the reminder is for", "required"))
    elif len(label) > LABEL_LIMIT:
        errors.append(FieldError("label", f"at most {LABEL_LIMIT} characters", "too_long"))
    if spec.time_of_day.tzinfo is not None:
        errors.append(
            FieldError("time_of_day", "a local time at the practice, without a zone", "aware")
        )
    errors += rrules.problems(spec.rrule, spec.starts_on)
    if spec.until is not None and spec.until < spec.starts_on:
        errors.append(FieldError("until", "must not be before the start", "order"))
    return errors


def create(
    session: Session, clock: Clock, actor: Actor, spec: MedicationSpec
) -> MedicationSchedule:
    """Save a schedule; its reminders are made by the next tick's :func:`refresh`."""
    actor.require(Permission.EDIT_PATIENTS)
    if session.get(Patient, spec.patient_id) is None:
        raise NotFound(f"No patient with id {spec.patient_id}.")
    spec = replace(spec, label=spec.label.strip(), rrule=rrules.clean(spec.rrule))
    errors = validate(spec)
    purpose_id_of(session, PURPOSE, errors)  # the practice may have switched it off
    if errors:
        raise ValidationError(errors)
    now = clock.now()
    schedule = MedicationSchedule(
        patient_id=spec.patient_id,
        label=spec.label,
        rrule=spec.rrule,
        time_of_day=spec.time_of_day.replace(second=0, microsecond=0),
        starts_on=spec.starts_on,
        until=spec.until,
        active=True,
        created_at=now,
        created_by=actor.username,
        updated_at=now,
        updated_by=actor.username,
    )
    session.add(schedule)
    session.flush()
    generation.invalidate(session, generation.MEDICATION, now)
    audit.record(
        session,
        clock,
        actor,
        "medication.created",
        entity="patient",
        entity_id=spec.patient_id,
        details={"schedule_id": schedule.id},
    )
    return schedule


def stop(session: Session, clock: Clock, actor: Actor, schedule_id: int) -> int:
    """Stop a schedule: the reminders ahead are cancelled with what was not sent.

    Returns how many reminders were cancelled.
    """
    actor.require(Permission.EDIT_PATIENTS)
    schedule = session.get(MedicationSchedule, schedule_id)
    if schedule is None:
        raise NotFound(f"No medication schedule with id {schedule_id}.")
    now = clock.now()
    schedule.active = False
    schedule.updated_at, schedule.updated_by = now, actor.username
    ahead = session.scalars(
        select(Reminder)
        .join(MedicationOccurrence, MedicationOccurrence.reminder_id == Reminder.id)
        .where(
            MedicationOccurrence.schedule_id == schedule_id,
            Reminder.status == ReminderStatus.ACTIVE,
            Reminder.due_at > now,
        )
    ).all()
    called_back = 0
    for reminder in ahead:
        reminder.status = ReminderStatus.CANCELLED
        reminder.cancelled_reason = STOPPED
        called_back += call_back_unsent(session, [reminder.id], STOPPED, now)
    generation.invalidate(session, generation.MEDICATION, now)
    audit.record(
        session,
        clock,
        actor,
        "medication.stopped",
        entity="patient",
        entity_id=schedule.patient_id,
        details={
            "schedule_id": schedule_id,
            "reminders_cancelled": len(ahead),
            "messages_cancelled": called_back,
        },
    )
    return len(ahead)


def for_patient(
    session: Session, patient_id: int, *, now: datetime | None = None
) -> list[MedicationRow]:
    """The patient's schedules, active ones first, then by start; ``next_due`` after ``now``."""
    now = now or SystemClock().now()
    next_due = {
        schedule_id: due
        for schedule_id, due in session.execute(
            select(MedicationOccurrence.schedule_id, func.min(Reminder.due_at))
            .join(Reminder, Reminder.id == MedicationOccurrence.reminder_id)
            .join(MedicationSchedule, MedicationSchedule.id == MedicationOccurrence.schedule_id)
            .where(
                MedicationSchedule.patient_id == patient_id,
                Reminder.status == ReminderStatus.ACTIVE,
                Reminder.due_at > now,
            )
            .group_by(MedicationOccurrence.schedule_id)
        )
    }
    schedules = session.scalars(
        select(MedicationSchedule)
        .where(MedicationSchedule.patient_id == patient_id)
        .order_by(
            MedicationSchedule.active.desc(), MedicationSchedule.starts_on, MedicationSchedule.id
        )
    )
    return [
        MedicationRow(
            id=s.id,
            patient_id=s.patient_id,
            label=s.label,
            rrule=s.rrule,
            time_of_day=s.time_of_day,
            starts_on=s.starts_on,
            until=s.until,
            active=s.active,
            next_due=next_due.get(s.id),
        )
        for s in schedules
    ]


def refresh(session: Session, clock: Clock, *, force: bool = False) -> MedicationRefreshReport:
    """Make the reminders of every active schedule for the next :data:`WINDOW`, once each.

    Runs at most once per local day unless a schedule changed (``force`` runs
    it anyway).  The caller owns the transaction.
    """
    now = clock.now()
    practice = load_practice(session)
    zone, today = practice.zone(), practice.today(clock)
    if not force and not generation.needed(session, generation.MEDICATION, today):
        return MedicationRefreshReport()
    report = MedicationRefreshReport(ran=True)
    schedules = session.execute(
        select(
            MedicationSchedule.id,
            MedicationSchedule.patient_id,
            MedicationSchedule.label,
            MedicationSchedule.rrule,
            MedicationSchedule.time_of_day,
            MedicationSchedule.starts_on,
            MedicationSchedule.until,
        )
        .join(Patient, Patient.id == MedicationSchedule.patient_id)
        .where(
            MedicationSchedule.active.is_(True),
            Patient.status == PatientStatus.ACTIVE,
            MedicationSchedule.starts_on <= today + WINDOW,
            (MedicationSchedule.until.is_(None)) | (MedicationSchedule.until >= today),
        )
    ).all()
    report.schedules = len(schedules)
    if not schedules:
        generation.ran(session, generation.MEDICATION, today, now)
        return report
    made = {
        (schedule_id, due)
        for schedule_id, due in session.execute(
            select(MedicationOccurrence.schedule_id, MedicationOccurrence.due_at).where(
                MedicationOccurrence.due_at > now
            )
        )
    }
    errors: list[FieldError] = []
    purpose_id = purpose_id_of(session, PURPOSE, errors)
    if purpose_id is None:  # switched off: nothing to remind of
        generation.ran(session, generation.MEDICATION, today, now)
        return report
    new: list[tuple[int, int, str, datetime]] = []
    start = datetime.combine(today, time(0))
    end = datetime.combine(today + WINDOW, time(0))
    for schedule_id, patient_id, label, rule, at, starts_on, until in schedules:
        for moment in rrules.parse(rule, starts_on).between(start, end, inc=True):
            day = moment.date()
            if until is not None and day > until:
                break
            due = datetime.combine(day, at, zone).astimezone(UTC)
            if due > now and (schedule_id, due) not in made:
                new.append((schedule_id, patient_id, label, due))
    if new:
        ids = generation.insert_reminders(
            session,
            [
                {
                    "patient_id": patient_id,
                    "purpose_id": purpose_id,
                    "source": ReminderSource.MEDICATION,
                    "appointment_id": None,
                    "due_at": due,
                    "label": label[:LABEL_LIMIT],
                    "channel": None,
                    "status": ReminderStatus.ACTIVE,
                    "cancelled_reason": None,
                    "created_at": now,
                    "created_by": SYSTEM.username,
                    "attention_at": None,
                }
                for _schedule_id, patient_id, label, due in new
            ],
        )
        session.execute(
            insert(MedicationOccurrence),
            [
                {"reminder_id": rid, "schedule_id": schedule_id, "due_at": due}
                for rid, (schedule_id, _pid, _label, due) in zip(ids, new, strict=True)
            ],
        )
    report.created = len(new)
    generation.ran(session, generation.MEDICATION, today, now)
    return report


def schedules_of(session: Session, patient_id: int) -> list[dict[str, object]]:
    """A patient's schedules as plain data, for the export of their data."""
    return [
        {
            "label": row.label,
            "rrule": row.rrule,
            "time_of_day": row.time_of_day.isoformat(timespec="minutes"),
            "starts_on": row.starts_on.isoformat(),
            "until": row.until.isoformat() if row.until else None,
            "active": row.active,
            "created_at": row.created_at.isoformat(),
        }
        for row in session.scalars(
            select(MedicationSchedule)
            .where(MedicationSchedule.patient_id == patient_id)
            .order_by(MedicationSchedule.starts_on, MedicationSchedule.id)
        )
    ]


__all__ = [
    "MedicationRefreshReport",
    "MedicationRow",
    "MedicationSpec",
    "create",
    "for_patient",
    "refresh",
    "schedules_of",
    "stop",
    "validate",
]
