"""The complaints register (issue 6): received, acknowledged, answered, closed, on time.

A complaint is recorded the day it arrives, with two deadlines set from that
day: an acknowledgement within a few *working* days (two by default; Saturday,
Sunday and French public holidays do not count, :mod:`app.holidays`), and an
answer within a number of *calendar* days (a setting).  It then moves one
way only::

    received -> acknowledged -> answered -> closed (with the lessons learnt)

Until it is closed, what was recorded at intake (the day, channel, who,
category, description, patient) can be corrected; a new day of receipt moves
both deadlines, with the delays the complaint was recorded under.  A complaint
recorded twice is voided as a duplicate (the practice manager's): its row stays,
saying which complaint it repeats, but it leaves every count, deadline and
overdue list, which read the register through :func:`counted` or
:func:`complaint_list`.

An answer also acknowledges a complaint nobody acknowledged yet: the person
heard from the practice that day.  Receptionists and practitioners record and
acknowledge; answering and closing is the practice manager's (an
administrator: ``Permission.MANAGE_SETTINGS``), who answers for the practice.

What a complainant wrote and what the practice answered is free text that
may hold health details: it never goes into the audit log, which keeps ids,
the category, the channel and dates only.  Erasing a patient empties the free
text of their complaints and unlinks them (``app.rights``); dates, category,
channel and outcome stay, so the register and its counts stay true.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.holidays import is_public_holiday
from app.settings import load_practice
from db.models import (
    Complaint,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintOutcome,
    ComplaintStatus,
    Patient,
    Setting,
)

COMPLAINTS_KEY = "complaints"

# Two working days to say "we have your complaint, here is who looks at it":
# what the practice would expect of a service it complains to itself.
DEFAULT_ACKNOWLEDGE_WORKING_DAYS = 2
# French law sets no deadline for a private practice's answer.  A month is what
# the health mediators and the Ordre's conciliation work to, and what the law
# gives for a data-rights request (app.rights_requests): one rhythm for every
# register the practice keeps.  A practice that promises faster says so here.
DEFAULT_ANSWER_DAYS = 30
ACKNOWLEDGE_RANGE = (1, 10)  # working days
ANSWER_RANGE = (7, 90)  # calendar days; more than a quarter is no longer an answer

FROM_LIMIT = 200
TEXT_LIMIT = 4000  # the columns' size

OPEN = (ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED)


# What intake recorded, in the order a correction's audit event names them.
INTAKE_FIELDS = ("received_on", "channel", "from_whom", "category", "description", "patient_id")


class ComplaintStateError(RelaisError):
    """The complaint is not at the step the action needs (e.g. closing one not answered)."""


def counted() -> ColumnElement[bool]:
    """The complaints a count includes: every one not voided as a duplicate."""
    return Complaint.voided_on.is_(None)


class Step(enum.StrEnum):
    """What a deadline is for."""

    ACKNOWLEDGE = "acknowledge"
    ANSWER = "answer"


# -- the delays: one JSON setting -------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintDelays:
    """How long the practice gives itself, stored as the ``complaints`` setting.

    Attributes:
        acknowledge_working_days: working days (Monday to Friday, French public
            holidays excluded) after the day of receipt to acknowledge.
        answer_days: calendar days after the day of receipt to answer.
    """

    acknowledge_working_days: int = DEFAULT_ACKNOWLEDGE_WORKING_DAYS
    answer_days: int = DEFAULT_ANSWER_DAYS


def read_delays(session: Session) -> ComplaintDelays:
    """The delays in force; what was never set is the default."""
    value = session.scalar(select(Setting.value).where(Setting.key == COMPLAINTS_KEY))
    stored = value if isinstance(value, dict) else {}
    return ComplaintDelays(
        acknowledge_working_days=int(
            stored.get("acknowledge_working_days", DEFAULT_ACKNOWLEDGE_WORKING_DAYS)
        ),
        answer_days=int(stored.get("answer_days", DEFAULT_ANSWER_DAYS)),
    )


def validate_delays(delays: ComplaintDelays) -> list[FieldError]:
    """Every problem, located by field name."""
    errors: list[FieldError] = []
    for name, (low, high), unit in (
        ("acknowledge_working_days", ACKNOWLEDGE_RANGE, "working days"),
        ("answer_days", ANSWER_RANGE, "days"),
    ):
        value = getattr(delays, name)
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(FieldError(name, "expected a whole number of days", "number"))
        elif not low <= value <= high:
            errors.append(FieldError(name, f"between {low} and {high} {unit}", "range"))
    return errors


def delays_from_json(data: dict[str, Any]) -> ComplaintDelays:
    """Delays from their JSON form (a settings file); what is left out is the default."""
    errors = [
        FieldError(key, "unknown field: acknowledge_working_days or answer_days", "fields")
        for key in data
        if key not in ("acknowledge_working_days", "answer_days")
    ]
    delays = ComplaintDelays(
        acknowledge_working_days=data.get(
            "acknowledge_working_days", DEFAULT_ACKNOWLEDGE_WORKING_DAYS
        ),
        answer_days=data.get("answer_days", DEFAULT_ANSWER_DAYS),
    )
    errors += validate_delays(delays)
    if errors:
        raise ValidationError(errors)
    return delays


def save_delays(session: Session, clock: Clock, actor: Actor, delays: ComplaintDelays) -> list[str]:
    """Store the delays for complaints recorded from now on; returns the fields that changed.

    Complaints already in the register keep the deadlines they were given.
    """
    actor.require(Permission.MANAGE_SETTINGS)
    errors = validate_delays(delays)
    if errors:
        raise ValidationError(errors)
    before = read_delays(session)
    changed = [
        name
        for name in ("acknowledge_working_days", "answer_days")
        if getattr(before, name) != getattr(delays, name)
    ]
    if not changed:
        return []
    value = {
        "acknowledge_working_days": delays.acknowledge_working_days,
        "answer_days": delays.answer_days,
    }
    row = session.get(Setting, COMPLAINTS_KEY)
    if row is None:
        session.add(Setting(key=COMPLAINTS_KEY, value=value, updated_at=clock.now()))
    else:
        row.value = value
        row.updated_at = clock.now()
    audit.record(session, clock, actor, "settings.complaints", details={"fields": changed})
    return changed


# -- deadlines --------------------------------------------------------------------------------


def is_working_day(day: date) -> bool:
    """Monday to Friday, and not a French public holiday."""
    return day.weekday() < 5 and not is_public_holiday(day)


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself never counts)."""
    day = start
    left = days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def deadlines(received_on: date, delays: ComplaintDelays) -> tuple[date, date]:
    """(acknowledge by, answer by) for a complaint received on ``received_on``."""
    return (
        add_working_days(received_on, delays.acknowledge_working_days),
        received_on + timedelta(days=delays.answer_days),
    )


def working_days_between(start: date, end: date) -> int:
    """How many working days after ``start`` up to ``end`` included (0 if ``end <= start``)."""
    return sum(
        1
        for offset in range(1, (end - start).days + 1)
        if is_working_day(start + timedelta(offset))
    )


def delays_given(received_on: date, acknowledge_by: date, answer_by: date) -> ComplaintDelays:
    """The delays a complaint's deadlines were set with, read back from them.

    A complaint keeps the delays it was recorded under when the practice later
    changes them: a corrected day of receipt moves its deadlines by these.
    """
    return ComplaintDelays(
        acknowledge_working_days=working_days_between(received_on, acknowledge_by),
        answer_days=(answer_by - received_on).days,
    )


@dataclass(frozen=True)
class Deadline:
    """One step's deadline."""

    step: Step
    due_on: date

    def days_late(self, today: date) -> int:
        """Days past the deadline (0 on the day itself or before)."""
        return max(0, (today - self.due_on).days)


# -- the register as screens and commands read it -------------------------------------------


@dataclass(frozen=True)
class ComplaintRow:
    """One complaint of the register, read in one go (the Session may close after)."""

    id: int
    received_on: date
    channel: ComplaintChannel
    category: ComplaintCategory
    from_whom: str
    patient_id: int | None
    patient_name: str | None
    description: str
    status: ComplaintStatus
    acknowledge_by: date
    answer_by: date
    acknowledged_on: date | None
    answered_on: date | None
    answer: str
    outcome: ComplaintOutcome | None
    lessons: str
    closed_on: date | None
    recorded_by: str
    voided_on: date | None = None
    duplicate_of: int | None = None

    @property
    def is_voided(self) -> bool:
        """Voided as a duplicate: shown, never counted, nothing due."""
        return self.voided_on is not None

    @property
    def is_open(self) -> bool:
        """Not answered yet (and not voided)."""
        return self.status in OPEN and not self.is_voided

    @property
    def can_change(self) -> bool:
        """Its intake can still be corrected, or it voided: not closed, not voided."""
        return self.status is not ComplaintStatus.CLOSED and not self.is_voided

    def next_deadline(self) -> Deadline | None:
        """What is due next: the acknowledgement, then the answer; None once answered or voided."""
        if self.is_voided:
            return None
        if self.status is ComplaintStatus.RECEIVED:
            return Deadline(Step.ACKNOWLEDGE, self.acknowledge_by)
        if self.status is ComplaintStatus.ACKNOWLEDGED:
            return Deadline(Step.ANSWER, self.answer_by)
        return None

    def late(self, today: date) -> tuple[Deadline, ...]:
        """The deadlines passed without the step done, the answer first (the graver)."""
        if not self.is_open:
            return ()
        passed = [Deadline(Step.ANSWER, self.answer_by)]
        if self.status is ComplaintStatus.RECEIVED:
            passed.append(Deadline(Step.ACKNOWLEDGE, self.acknowledge_by))
        return tuple(d for d in passed if today > d.due_on)

    def acknowledged_late(self) -> bool:
        return self.acknowledged_on is not None and self.acknowledged_on > self.acknowledge_by

    def answered_late(self) -> bool:
        return self.answered_on is not None and self.answered_on > self.answer_by


@dataclass(frozen=True)
class Overdue:
    """An open complaint past a deadline: what is late, and by how many days.

    Attributes:
        complaint: the complaint.
        late: the deadlines passed, the answer first when both are.
    """

    complaint: ComplaintRow
    late: tuple[Deadline, ...]

    @property
    def worst(self) -> Deadline:
        """The one to say when there is room for one (the answer before the acknowledgement)."""
        return self.late[0]

    def days(self, today: date) -> int:
        return self.worst.days_late(today)


@dataclass(frozen=True)
class ComplaintFilter:
    """What :func:`complaint_list` keeps; the default is every complaint that counts."""

    open_only: bool = False  # not answered yet
    # The register on screen shows the duplicates voided too; counts never do.
    include_voided: bool = False
    # Only these steps (e.g. everything not closed: what still needs someone).
    statuses: frozenset[ComplaintStatus] | None = None
    patient_id: int | None = None
    category: ComplaintCategory | None = None
    received_from: date | None = None
    received_to: date | None = None


def _name(last: str | None, first: str | None) -> str | None:
    if last is None:
        return None
    return f"{last.upper()} {first or ''}".strip()


def _row(complaint: Complaint, last: str | None, first: str | None) -> ComplaintRow:
    return ComplaintRow(
        id=complaint.id,
        received_on=complaint.received_on,
        channel=complaint.channel,
        category=complaint.category,
        from_whom=complaint.from_whom,
        patient_id=complaint.patient_id,
        patient_name=_name(last, first),
        description=complaint.description,
        status=complaint.status,
        acknowledge_by=complaint.acknowledge_by,
        answer_by=complaint.answer_by,
        acknowledged_on=complaint.acknowledged_on,
        answered_on=complaint.answered_on,
        answer=complaint.answer,
        outcome=complaint.outcome,
        lessons=complaint.lessons,
        closed_on=complaint.closed_on,
        recorded_by=complaint.recorded_by,
        voided_on=complaint.voided_on,
        duplicate_of=complaint.duplicate_of,
    )


def _nearest_first(row: ComplaintRow) -> tuple[date, int]:
    deadline = row.next_deadline()
    assert deadline is not None
    return (deadline.due_on, row.id)


def complaint_list(session: Session, filters: ComplaintFilter | None = None) -> list[ComplaintRow]:
    """The register: open complaints, the nearest deadline first, then the others, newest first.

    Duplicates voided are left out unless ``filters.include_voided``; shown, they
    come with the others (newest first), as nothing is due on them.  A practice
    receives tens of complaints a year, not thousands: the register is read whole.
    """
    filters = filters or ComplaintFilter()
    query = select(Complaint, Patient.last_name, Patient.first_name).outerjoin(
        Patient, Patient.id == Complaint.patient_id
    )
    if not filters.include_voided:
        query = query.where(counted())
    if filters.open_only:
        query = query.where(Complaint.status.in_(OPEN))
    if filters.statuses is not None:
        query = query.where(Complaint.status.in_(sorted(filters.statuses)))
    if filters.patient_id is not None:
        query = query.where(Complaint.patient_id == filters.patient_id)
    if filters.category is not None:
        query = query.where(Complaint.category == filters.category)
    if filters.received_from is not None:
        query = query.where(Complaint.received_on >= filters.received_from)
    if filters.received_to is not None:
        query = query.where(Complaint.received_on <= filters.received_to)
    rows = [_row(c, last, first) for c, last, first in session.execute(query)]
    open_rows = sorted((r for r in rows if r.is_open), key=_nearest_first)
    done = sorted(
        (r for r in rows if not r.is_open), key=lambda r: (r.received_on, r.id), reverse=True
    )
    return open_rows + done


def open_complaints(session: Session, today: date) -> list[ComplaintRow]:
    """Complaints not answered yet, the nearest deadline (or the longest overdue) first.

    ``today`` is accepted for symmetry with :func:`overdue`; the order does not
    depend on it.
    """
    del today  # the order is by deadline, whatever the day
    return complaint_list(session, ComplaintFilter(open_only=True))


def overdue(session: Session, today: date) -> list[Overdue]:
    """Open complaints past a deadline, for the Today view.

    Late answers first (the complainant is still waiting for one), then late
    acknowledgements; the longest overdue first within each.
    """
    late = [
        Overdue(row, row.late(today))
        for row in complaint_list(session, ComplaintFilter(open_only=True))
        if row.late(today)
    ]
    late.sort(key=lambda o: (o.worst.step is not Step.ANSWER, -o.days(today), o.complaint.id))
    return late


def get(session: Session, complaint_id: int) -> ComplaintRow:
    """One complaint as the register shows it."""
    found = session.execute(
        select(Complaint, Patient.last_name, Patient.first_name)
        .outerjoin(Patient, Patient.id == Complaint.patient_id)
        .where(Complaint.id == complaint_id)
    ).first()
    if found is None:
        raise NotFound(f"No complaint with number {complaint_id} in the register.")
    return _row(*found)


# -- recording and moving a complaint on ----------------------------------------------------


def _text(
    value: str | None, field: str, limit: int, errors: list[FieldError], *, required: str = ""
) -> str:
    cleaned = (value or "").strip()
    if len(cleaned) > limit:
        errors.append(FieldError(field, f"at most {limit} characters", "too_long"))
    elif required and not cleaned:
        errors.append(FieldError(field, required, "required"))
    return cleaned


def _day(
    value: date | None,
    field: str,
    today: date,
    not_before: date,
    before_what: str,
    errors: list[FieldError],
) -> date:
    """A step's day: today when not given; never in the future, never before ``not_before``."""
    day = today if value is None else value
    if day > today:
        errors.append(FieldError(field, "cannot be in the future", "future"))
    elif day < not_before:
        errors.append(FieldError(field, f"cannot be before {before_what} ({not_before})", "before"))
    return day


def _complaint(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(f"No complaint with number {complaint_id} in the register.")
    return complaint


def _refuse_if_voided(complaint: Complaint) -> None:
    if complaint.voided_on is not None:
        raise ComplaintStateError(
            f"Complaint {complaint.id} was voided as a duplicate on {complaint.voided_on}."
        )


def _refuse_if_closed(complaint: Complaint) -> None:
    _refuse_if_voided(complaint)
    if complaint.status is ComplaintStatus.CLOSED:
        raise ComplaintStateError(f"Complaint {complaint.id} was closed on {complaint.closed_on}.")


def _refuse_if_answered(complaint: Complaint) -> None:
    _refuse_if_voided(complaint)
    if complaint.status is ComplaintStatus.CLOSED:
        raise ComplaintStateError(f"Complaint {complaint.id} was closed on {complaint.closed_on}.")
    if complaint.status is ComplaintStatus.ANSWERED:
        raise ComplaintStateError(
            f"Complaint {complaint.id} was answered on {complaint.answered_on}; "
            "the register keeps the answer as it was given."
        )


def record_complaint(
    session: Session,
    clock: Clock,
    actor: Actor,
    *,
    received_on: date,
    channel: ComplaintChannel,
    from_whom: str,
    category: ComplaintCategory,
    description: str,
    patient_id: int | None = None,
) -> Complaint:
    """Record a complaint; its two deadlines are set from the day it was received."""
    actor.require(Permission.EDIT_PATIENTS)
    errors: list[FieldError] = []
    today = load_practice(session).today(clock)
    if received_on > today:
        errors.append(FieldError("received_on", "cannot be in the future", "future"))
    who = _text(
        from_whom, "from_whom", FROM_LIMIT, errors, required="say who complained (or 'anonymous')"
    )
    what = _text(
        description, "description", TEXT_LIMIT, errors, required="say what the complaint is about"
    )
    if patient_id is not None and session.get(Patient, patient_id) is None:
        errors.append(FieldError("patient_id", f"no patient with id {patient_id}", "patient"))
    if errors:
        raise ValidationError(errors)
    acknowledge_by, answer_by = deadlines(received_on, read_delays(session))
    now = clock.now()
    complaint = Complaint(
        received_on=received_on,
        channel=channel,
        from_whom=who,
        patient_id=patient_id,
        category=category,
        description=what,
        acknowledge_by=acknowledge_by,
        answer_by=answer_by,
        status=ComplaintStatus.RECEIVED,
        answer="",
        lessons="",
        recorded_at=now,
        recorded_by=actor.username,
        updated_at=now,
    )
    session.add(complaint)
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "complaint.recorded",
        entity="complaint",
        entity_id=complaint.id,
        details={
            "received_on": received_on.isoformat(),
            "channel": channel.value,
            "category": category.value,
            "patient_id": patient_id,
            "acknowledge_by": acknowledge_by.isoformat(),
            "answer_by": answer_by.isoformat(),
        },
    )
    return complaint


def acknowledge(
    session: Session, clock: Clock, actor: Actor, complaint_id: int, on: date | None = None
) -> Complaint:
    """The complainant was told the complaint is in hand (today, or the day ``on``)."""
    actor.require(Permission.EDIT_PATIENTS)
    complaint = _complaint(session, complaint_id)
    _refuse_if_answered(complaint)
    if complaint.status is ComplaintStatus.ACKNOWLEDGED:
        raise ComplaintStateError(
            f"Complaint {complaint.id} was already acknowledged on {complaint.acknowledged_on}."
        )
    errors: list[FieldError] = []
    today = load_practice(session).today(clock)
    day = _day(on, "acknowledged_on", today, complaint.received_on, "its receipt", errors)
    if errors:
        raise ValidationError(errors)
    complaint.status = ComplaintStatus.ACKNOWLEDGED
    complaint.acknowledged_on = day
    complaint.updated_at = clock.now()
    audit.record(
        session,
        clock,
        actor,
        "complaint.acknowledged",
        entity="complaint",
        entity_id=complaint.id,
        details={"acknowledged_on": day.isoformat(), "late": day > complaint.acknowledge_by},
    )
    return complaint


def answer(
    session: Session,
    clock: Clock,
    actor: Actor,
    complaint_id: int,
    *,
    outcome: ComplaintOutcome,
    text: str,
    on: date | None = None,
) -> Complaint:
    """The practice's answer and its outcome; only the practice manager answers."""
    actor.require(Permission.MANAGE_SETTINGS)
    complaint = _complaint(session, complaint_id)
    _refuse_if_answered(complaint)
    errors: list[FieldError] = []
    cleaned = _text(text, "answer", TEXT_LIMIT, errors, required="say what the practice answered")
    today = load_practice(session).today(clock)
    not_before, what = complaint.received_on, "its receipt"
    if complaint.acknowledged_on is not None:
        not_before, what = complaint.acknowledged_on, "its acknowledgement"
    day = _day(on, "answered_on", today, not_before, what, errors)
    if errors:
        raise ValidationError(errors)
    if complaint.acknowledged_on is None:
        complaint.acknowledged_on = day  # the answer told them it was in hand, too
    complaint.status = ComplaintStatus.ANSWERED
    complaint.answered_on = day
    complaint.answer = cleaned
    complaint.outcome = outcome
    complaint.updated_at = clock.now()
    audit.record(
        session,
        clock,
        actor,
        "complaint.answered",
        entity="complaint",
        entity_id=complaint.id,
        details={
            "answered_on": day.isoformat(),
            "outcome": outcome.value,
            "late": day > complaint.answer_by,
        },
    )
    return complaint


def close(
    session: Session, clock: Clock, actor: Actor, complaint_id: int, *, lessons: str
) -> Complaint:
    """Close an answered complaint with what the practice learnt (or will change)."""
    actor.require(Permission.MANAGE_SETTINGS)
    complaint = _complaint(session, complaint_id)
    _refuse_if_closed(complaint)
    if complaint.status is not ComplaintStatus.ANSWERED:
        raise ComplaintStateError(
            f"Complaint {complaint.id} is not answered yet: answer it before closing it."
        )
    errors: list[FieldError] = []
    cleaned = _text(
        lessons,
        "lessons",
        TEXT_LIMIT,
        errors,
        required="say what the practice learnt or will change (or 'nothing to change')",
    )
    if errors:
        raise ValidationError(errors)
    day = load_practice(session).today(clock)
    complaint.status = ComplaintStatus.CLOSED
    complaint.lessons = cleaned
    complaint.closed_on = day
    complaint.updated_at = clock.now()
    audit.record(
        session,
        clock,
        actor,
        "complaint.closed",
        entity="complaint",
        entity_id=complaint.id,
        details={"closed_on": day.isoformat()},
    )
    return complaint


# -- correcting what intake recorded, voiding a duplicate -------------------------------------


def correct(
    session: Session,
    clock: Clock,
    actor: Actor,
    complaint_id: int,
    *,
    received_on: date,
    channel: ComplaintChannel,
    from_whom: str,
    category: ComplaintCategory,
    description: str,
    patient_id: int | None,
) -> list[str]:
    """Correct what was recorded at intake; returns the fields that changed (none: no event).

    Every intake field is given, as the form shows them all.  A new day of
    receipt moves both deadlines by the delays the complaint was recorded under
    (:func:`delays_given`), and cannot come after its acknowledgement or answer.
    A text left as it was is not asked for again: erasing a patient empties
    their complaints' words, and the category of such a complaint can still be
    put right.  The audit event names the fields changed, never their words.
    """
    actor.require(Permission.EDIT_PATIENTS)
    complaint = _complaint(session, complaint_id)
    _refuse_if_closed(complaint)
    errors: list[FieldError] = []
    today = load_practice(session).today(clock)
    who = _text(from_whom, "from_whom", FROM_LIMIT, errors)
    if not who and who != complaint.from_whom:
        errors.append(FieldError("from_whom", "say who complained (or 'anonymous')", "required"))
    what = _text(description, "description", TEXT_LIMIT, errors)
    if not what and what != complaint.description:
        errors.append(FieldError("description", "say what the complaint is about", "required"))
    if received_on > today:
        errors.append(FieldError("received_on", "cannot be in the future", "future"))
    else:
        for step_day, step in (
            (complaint.acknowledged_on, "its acknowledgement"),
            (complaint.answered_on, "its answer"),
        ):
            if step_day is not None and received_on > step_day:
                errors.append(
                    FieldError("received_on", f"cannot be after {step} ({step_day})", "after_step")
                )
                break
    if (
        patient_id is not None
        and patient_id != complaint.patient_id
        and session.get(Patient, patient_id) is None
    ):
        errors.append(FieldError("patient_id", f"no patient with id {patient_id}", "patient"))
    if errors:
        raise ValidationError(errors)
    after = {
        "received_on": received_on,
        "channel": channel,
        "from_whom": who,
        "category": category,
        "description": what,
        "patient_id": patient_id,
    }
    changed = [name for name in INTAKE_FIELDS if getattr(complaint, name) != after[name]]
    if not changed:
        return []
    details: dict[str, Any] = {"fields": changed}
    if "received_on" in changed:
        given = delays_given(complaint.received_on, complaint.acknowledge_by, complaint.answer_by)
        complaint.acknowledge_by, complaint.answer_by = deadlines(received_on, given)
        details |= {
            "received_on": received_on.isoformat(),
            "acknowledge_by": complaint.acknowledge_by.isoformat(),
            "answer_by": complaint.answer_by.isoformat(),
        }
    for name in changed:
        setattr(complaint, name, after[name])
    complaint.updated_at = clock.now()
    audit.record(
        session,
        clock,
        actor,
        "complaint.corrected",
        entity="complaint",
        entity_id=complaint.id,
        details=details,
    )
    return changed


def void_duplicate(
    session: Session,
    clock: Clock,
    actor: Actor,
    complaint_id: int,
    *,
    duplicate_of: int | None,
) -> Complaint:
    """Void a complaint recorded twice, saying which one it repeats when known.

    Only the practice manager voids: a complaint voided leaves every count and
    the on-time figures, so it is the same hand that answers for the practice.
    The row stays in the register; a closed complaint stays as it was closed.
    """
    actor.require(Permission.MANAGE_SETTINGS)
    complaint = _complaint(session, complaint_id)
    _refuse_if_closed(complaint)
    if duplicate_of is not None:
        original = session.get(Complaint, duplicate_of)
        problem = ""
        if duplicate_of == complaint.id:
            problem, code = "a complaint cannot repeat itself", "itself"
        elif original is None:
            problem, code = f"no complaint with number {duplicate_of}", "missing"
        elif original.voided_on is not None:
            problem, code = f"complaint {duplicate_of} is itself voided", "voided"
        if problem:
            raise ValidationError([FieldError("duplicate_of", problem, code)])
    day = load_practice(session).today(clock)
    complaint.voided_on = day
    complaint.duplicate_of = duplicate_of
    complaint.updated_at = clock.now()
    audit.record(
        session,
        clock,
        actor,
        "complaint.voided",
        entity="complaint",
        entity_id=complaint.id,
        details={
            "voided_on": day.isoformat(),
            "duplicate_of": duplicate_of,
            "status": complaint.status.value,
        },
    )
    return complaint
