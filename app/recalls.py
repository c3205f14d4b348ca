"""Recall programmes (DESIGN §4, §10 flow 7): who is recalled, how often, in which steps.

A programme has a cohort rule (ages at the due date, sex, a tag), a rhythm (an
RFC 5545 RRULE counted from ``starts_on``, or from the last recall done for
the patient) and one to three steps, each with its channel and its offset from
the due date: an SMS on the day, a letter a month later, a call a month after
that.  :func:`refresh` turns the programmes into reminder rows, which the
planner (``app/planner.py``) turns into messages like any other reminder.

For each patient the programme is at one *occurrence*: the first date of the
rule after the last recall done (or from ``starts_on`` when none was), whose
last step is not yet past.  An occurrence that was never started and whose
first step is already past (the programme began earlier, the patient joined
the cohort since) is left for the next one: the first message a patient gets
is the first step, not a reminder call out of the blue.

Steps are generated when they come within :data:`GENERATION_WINDOW` of today,
once each: ``recall_reminder`` is unique per (programme, patient, occurrence,
step).  Each refresh compares what should exist with what does:

- a patient who left the cohort (tag removed, moved away, too old at the due
  date) has the steps still ahead cancelled, with what was not sent;
- a patient with an appointment booked between the first step's due day and
  the last one's is not escalated: the later steps are cancelled ("booked"),
  and come back if the appointment is cancelled;
- a changed programme moves the steps ahead (new offsets, channels), or
  cancels them when the rhythm or the cohort changed;
- a recall done (:func:`mark_done`) cancels the rest of the occurrence; the
  next one counts from the day it was done.

A refresh reads every patient of every cohort, so it runs once a local day
(the window moves by days) and again on the next tick after anything that
changes its answer here (a programme saved, a tag changed, a recall done): see
``app.generation``.  What changes elsewhere (a patient moved away, an
appointment booked) is seen the next day; the planner and the dispatcher check
the patient's status themselves until then.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule
from sqlalchemy import String, delete, func, insert, or_, select, type_coerce
from sqlalchemy import update as update_rows  # `update` is this module's service
from sqlalchemy.orm import Session, selectinload

from app import audit, generation, outbox, planner, rrules, tags
from app.access import SYSTEM, Actor, Permission
from app.appointments import call_back_unsent
from app.batches import chunks
from app.clock import Clock, SystemClock
from app.consent import PurposeView
from app.errors import FieldError, NotFound, ValidationError
from app.one_off import display_name, purpose_id_of
from app.settings import load_practice
from db.models import (
    Appointment,
    AppointmentStatus,
    Channel,
    MessageItem,
    Patient,
    PatientStatus,
    PatientTag,
    Purpose,
    RecallDone,
    RecallProgramme,
    RecallReminder,
    RecallStep,
    Reminder,
    ReminderSource,
    ReminderStatus,
    Sex,
)

GENERATION_WINDOW = timedelta(days=60)
# A recall is due on a day; its reminders are due at the end of the working day
# there, so that a programme started in the morning still reaches everyone today.
DUE_TIME = time(18, 0)
MAX_STEPS = 3
AGE_LIMIT = 120
NAME_LIMIT = 100
OFFSET_LIMIT = 730  # two years either side of the due date
LABEL_LIMIT = 200  # Reminder.label
# Who a preview shows: the planner names moved and deceased patients as exclusions.
PREVIEW_STATUSES = (PatientStatus.ACTIVE, PatientStatus.MOVED, PatientStatus.DECEASED)
# A bound on the occurrences skipped because their first step is past (see the module).
SKIP_LIMIT = 1000

# Why a recall reminder was cancelled (``Reminder.cancelled_reason``).
DONE = "done"
BOOKED = "booked"
LEFT = "left the cohort"
CHANGED = "programme changed"
STOPPED = "programme stopped"
# Cancelled for a reason that may stop holding: such a step comes back when it does.
REVIVABLE = frozenset({BOOKED, LEFT, CHANGED})
# The code a preview gives a step that would not be sent because of an appointment.
BOOKED_CODE = "booked"


# -- what a programme is -------------------------------------------------------------------


@dataclass(frozen=True)
class CohortRule:
    """Who is in the programme: ages (inclusive, at the due date), sex and tag when given."""

    min_age: int | None = None
    max_age: int | None = None
    sex: Sex | None = None
    tag: str | None = None


@dataclass(frozen=True)
class StepSpec:
    """One step: its channel (None: the patient's preferences) and days after the due date."""

    channel: Channel | None
    offset_days: int


@dataclass(frozen=True)
class ProgrammeSpec:
    name: str
    purpose_code: str
    rule: CohortRule
    rrule: str
    steps: tuple[StepSpec, ...]
    starts_on: date


@dataclass(frozen=True)
class ProgrammeSummary:
    """One programme as the list shows it.

    Attributes:
        rule: the cohort rule's fields, for the screen to put into words.
        cohort_size: active patients the rule takes today (ages as of today).
        reminders_ahead: recall reminders still to come (active, due after now).
    """

    id: int
    name: str
    purpose_code: str
    rule: CohortRule
    rrule: str
    starts_on: date
    steps: tuple[StepSpec, ...]
    active: bool
    cohort_size: int
    reminders_ahead: int

    def spec(self) -> ProgrammeSpec:
        """The programme as a spec, to edit it."""
        return ProgrammeSpec(
            self.name, self.purpose_code, self.rule, self.rrule, self.steps, self.starts_on
        )


@dataclass(frozen=True)
class PreviewStep:
    """What one step would do for one patient.

    Attributes:
        due_on: the step's due date (occurrence + offset).
        channel: the channel its message would go on; None when excluded.
        send_on: the (local) day its first message would go; None when excluded.
        exclusion: the planner's code (``no_consent``, ``patient_moved``, ``past``…) or
            ``booked``; None when it would be sent.
    """

    position: int
    due_on: date
    channel: Channel | None
    send_on: date | None
    exclusion: str | None


@dataclass(frozen=True)
class PreviewRow:
    patient_id: int
    name: str
    status: PatientStatus
    due_on: date  # the occurrence: the recall's next due date for this patient
    steps: tuple[PreviewStep, ...]

    @property
    def reached(self) -> bool:
        return any(step.channel is not None for step in self.steps)


@dataclass(frozen=True)
class ProgrammePreview:
    """What a programme would do, before it is saved (nothing is written).

    Attributes:
        cohort: patients the rule takes at their next due date (active, moved or deceased).
        reached: patients at least one step would reach.
        exclusions: for each code, the patients it leaves out of at least one step.
        rows: one per patient, by due date then name.
        warnings: things worth a second look (an unknown tag, a rule that has ended).
    """

    cohort: int
    reached: int
    exclusions: dict[str, int]
    rows: tuple[PreviewRow, ...]
    warnings: tuple[str, ...] = ()


@dataclass
class RefreshReport:
    """What one refresh did; ``ran`` is False when it had already run today."""

    ran: bool = False
    programmes: int = 0
    cohort: int = 0
    created: int = 0
    updated: int = 0
    cancelled: dict[str, int] = field(default_factory=dict)
    messages_cancelled: int = 0


@dataclass(frozen=True)
class DoneOutcome:
    """A recall recorded as done: the row, the due date it closed, what it cancelled."""

    id: int
    closed_occurrence: date | None
    steps_cancelled: int
    messages_cancelled: int


# -- checking ------------------------------------------------------------------------------


def normalised(spec: ProgrammeSpec) -> ProgrammeSpec:
    """The spec as it is stored: names trimmed, the tag and the rule in their usual form."""
    tag = tags.normalise(spec.rule.tag) if spec.rule.tag else None
    return replace(
        spec,
        name=" ".join(spec.name.split()),
        purpose_code=spec.purpose_code.strip(),
        rule=replace(spec.rule, tag=tag or None),
        rrule=rrules.clean(spec.rrule),
        steps=tuple(spec.steps),
    )


def validate(spec: ProgrammeSpec) -> list[FieldError]:
    """Every problem with ``spec``, located by field; empty when it can be saved.

    The purpose and the tag are checked against the database by :func:`create`
    and :func:`preview`.
    """
    spec = normalised(spec)
    errors: list[FieldError] = []
    if not spec.name:
        errors.append(FieldError("name", "the programme needs a name", "required"))
    elif len(spec.name) > NAME_LIMIT:
        errors.append(FieldError("name", f"at most {NAME_LIMIT} characters", "too_long"))
    if not spec.purpose_code:
        errors.append(FieldError("purpose_code", "choose a purpose", "required"))
    errors += _rule_problems(spec.rule)
    errors += rrules.problems(spec.rrule, spec.starts_on)
    errors += _step_problems(spec.steps)
    return errors


def _rule_problems(rule: CohortRule) -> list[FieldError]:
    errors = []
    for name in ("min_age", "max_age"):
        value = getattr(rule, name)
        if value is not None and not 0 <= value <= AGE_LIMIT:
            errors.append(
                FieldError(f"rule.{name}", f"an age from 0 to {AGE_LIMIT}", "age_invalid")
            )
    if (
        rule.min_age is not None
        and rule.max_age is not None
        and not errors
        and rule.min_age > rule.max_age
    ):
        errors.append(FieldError("rule.max_age", "must be at least the lowest age", "ages_order"))
    if rule.tag:
        errors += tags.check([rule.tag], field="rule.tag")[1]
    return errors


def _step_problems(steps: Sequence[StepSpec]) -> list[FieldError]:
    if not 1 <= len(steps) <= MAX_STEPS:
        return [FieldError("steps", f"a programme has 1 to {MAX_STEPS} steps", "steps_count")]
    errors = []
    for position, step in enumerate(steps, start=1):
        where = f"steps[{position}].offset_days"
        if not -OFFSET_LIMIT <= step.offset_days <= OFFSET_LIMIT:
            errors.append(
                FieldError(where, f"from -{OFFSET_LIMIT} to {OFFSET_LIMIT} days", "offset_range")
            )
        elif position > 1 and step.offset_days <= steps[position - 2].offset_days:
            errors.append(
                FieldError(
                    where,
                    f"must come after step {position - 1} ({steps[position - 2].offset_days} days)",
                    "offset_order",
                )
            )
    return errors


def _checked(session: Session, spec: ProgrammeSpec) -> tuple[ProgrammeSpec, int]:
    """The normalised spec and its purpose's id, or every problem at once."""
    spec = normalised(spec)
    errors = validate(spec)
    purpose_id = purpose_id_of(session, spec.purpose_code, errors) if spec.purpose_code else None
    if errors:
        raise ValidationError(errors)
    assert purpose_id is not None
    return spec, purpose_id


# -- the rhythm and the cohort -------------------------------------------------------------


@dataclass(frozen=True)
class _Definition:
    """A programme as refresh and preview compute with it (saved or not)."""

    id: int | None
    rule: CohortRule
    rule_text: str
    recurrence: rrule
    starts_on: date
    steps: tuple[StepSpec, ...]
    purpose_id: int
    label: str

    @property
    def first_offset(self) -> int:
        return self.steps[0].offset_days

    @property
    def last_offset(self) -> int:
        return self.steps[-1].offset_days

    @classmethod
    def of(cls, row: RecallProgramme) -> _Definition:
        return cls(
            row.id,
            CohortRule(row.min_age, row.max_age, row.sex, row.tag),
            row.rrule,
            rrules.parse(row.rrule, row.starts_on),
            row.starts_on,
            tuple(StepSpec(s.channel, s.offset_days) for s in row.steps),
            row.purpose_id,
            row.name[:LABEL_LIMIT],
        )

    @classmethod
    def of_spec(cls, spec: ProgrammeSpec, purpose_id: int, programme_id: int | None) -> _Definition:
        return cls(
            programme_id,
            spec.rule,
            spec.rrule,
            rrules.parse(spec.rrule, spec.starts_on),
            spec.starts_on,
            spec.steps,
            purpose_id,
            spec.name[:LABEL_LIMIT],
        )


@dataclass(frozen=True)
class _History:
    """A patient's recalls done: the rhythm restarts on the last, after what it closed."""

    restart: date
    after: date


@dataclass(frozen=True)
class _Member:
    patient_id: int
    status: PatientStatus
    occurrence: date


def age_on(born: date, day: date) -> int:
    """Age in whole years on ``day`` (someone born on 29 February has a birthday on 1 March)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def in_cohort(rule: CohortRule, born: date, day: date) -> bool:
    """Whether the rule's ages hold on ``day``; sex, tag and status are matched in SQL."""
    if rule.min_age is None and rule.max_age is None:
        return True
    age = age_on(born, day)
    return (rule.min_age is None or age >= rule.min_age) and (
        rule.max_age is None or age <= rule.max_age
    )


def due_at(day: date, zone: ZoneInfo) -> datetime:
    """When a step due on ``day`` is due: :data:`DUE_TIME` there, in UTC."""
    return datetime.combine(day, DUE_TIME, zone).astimezone(UTC)


class _Rhythm:
    """The occurrence each patient is at, computed once per distinct history.

    Most patients share a history (none, or a recall done the same day), so
    the rule runs once for each: a cohort of 30,000 costs a few hundred runs.
    """

    def __init__(self, definition: _Definition, today: date, now: datetime, zone: ZoneInfo):
        self.definition = definition
        self.today = today
        self.now = now
        self.zone = zone
        self._paths: dict[_History | None, tuple[date | None, ...]] = {}
        self._ages: dict[date, tuple[date | None, date | None]] = {}
        self._due: dict[date, datetime] = {}

    def due(self, day: date) -> datetime:
        """:func:`due_at` in the practice's zone, once per day."""
        found = self._due.get(day)
        if found is None:
            found = self._due[day] = due_at(day, self.zone)
        return found

    def occurrence(self, history: _History | None, started: set[date] | None) -> date | None:
        """The first occurrence of the history's path that was started, else its last."""
        path = self._paths.get(history)
        if path is None:
            path = self._paths[history] = self._path(history)
        if started:
            for occurrence in path[:-1]:
                if occurrence in started:
                    return occurrence
        return path[-1]

    def _path(self, history: _History | None) -> tuple[date | None, ...]:
        """The occurrences from the first whose last step is ahead to the first whose first
        step is ahead: the module's rule chooses among them by what was started."""
        definition = self.definition
        if history is None:
            recurrence, after = definition.recurrence, definition.starts_on - timedelta(days=1)
        else:
            recurrence = rrules.parse(definition.rule_text, history.restart)
            after = history.after
        floor = self.today - timedelta(days=definition.last_offset + 1)
        found = rrules.next_after(recurrence, max(after, floor))
        first = timedelta(days=definition.first_offset)
        path = [found]
        for _ in range(SKIP_LIMIT):
            if found is None or due_at(found + first, self.zone) > self.now:
                break
            found = rrules.next_after(recurrence, found)
            path.append(found)
        return tuple(path)

    def birth_bounds(
        self, histories: Iterable[_History | None]
    ) -> tuple[date | None, date | None] | None:
        """Birth dates the rule's ages can take at any occurrence these histories lead to:
        (born on or before, born after); None when no history leads anywhere."""
        occurrences: set[date] = set()
        for history in {None, *histories}:
            if history not in self._paths:
                self._paths[history] = self._path(history)
            occurrences.update(o for o in self._paths[history] if o is not None)
        if not occurrences:
            return None
        rule = self.definition.rule
        return (
            None if rule.min_age is None else _years_before(max(occurrences), rule.min_age),
            None if rule.max_age is None else _years_before(min(occurrences), rule.max_age + 1),
        )

    def ages_hold(self, born: date, occurrence: date) -> bool:
        """:func:`in_cohort` by two date comparisons, the bounds computed once per date."""
        bounds = self._ages.get(occurrence)
        if bounds is None:
            rule = self.definition.rule
            bounds = self._ages[occurrence] = (
                None if rule.min_age is None else _years_before(occurrence, rule.min_age),
                None if rule.max_age is None else _years_before(occurrence, rule.max_age + 1),
            )
        latest, too_early = bounds
        return (latest is None or born <= latest) and (too_early is None or born > too_early)


def _candidates(
    session: Session,
    rule: CohortRule,
    statuses: Sequence[PatientStatus],
    born: tuple[date | None, date | None] = (None, None),
) -> list[tuple[int, date, PatientStatus]]:
    """Patients the rule may take (status, sex, tag, and birth dates that some occurrence
    can let in); each one's ages are checked at their own due date afterwards."""
    # Read as text and parsed here: SQLAlchemy's per-row Date and Enum processing was
    # most of the time for a cohort that is the whole list.
    query = select(
        Patient.id, type_coerce(Patient.birth_date, String), type_coerce(Patient.status, String)
    ).where(Patient.status.in_(statuses))
    if rule.sex is not None:
        query = query.where(Patient.sex == rule.sex)
    if rule.tag:
        query = query.where(
            Patient.id.in_(select(PatientTag.patient_id).where(PatientTag.tag == rule.tag))
        )
    born_by, born_after = born
    if born_by is not None:
        query = query.where(Patient.birth_date <= born_by)
    if born_after is not None:
        query = query.where(Patient.birth_date > born_after)
    statuses_by_name = {status.value: status for status in PatientStatus}
    return [
        (
            pid,
            born if isinstance(born, date) else date.fromisoformat(born),
            statuses_by_name[status],
        )
        for pid, born, status in session.connection().execute(query).all()
    ]


def _histories(
    session: Session, programme_id: int | None, patient_id: int | None = None
) -> dict[int, _History]:
    if programme_id is None:
        return {}
    query = select(RecallDone.patient_id, RecallDone.done_on, RecallDone.occurrence).where(
        RecallDone.programme_id == programme_id
    )
    if patient_id is not None:
        query = query.where(RecallDone.patient_id == patient_id)
    found: dict[int, _History] = {}
    for pid, done_on, closed in session.execute(query):
        restart, after = done_on, max(done_on, closed or done_on)
        known = found.get(pid)
        if known is not None:
            restart, after = max(restart, known.restart), max(after, known.after)
        found[pid] = _History(restart, after)
    return found


def _started(
    session: Session, programme_id: int | None, since: date, patient_id: int | None = None
) -> dict[int, set[date]]:
    """The occurrences since ``since`` that have reminders already, by patient."""
    if programme_id is None:
        return {}
    query = select(RecallReminder.patient_id, RecallReminder.occurrence).where(
        RecallReminder.programme_id == programme_id, RecallReminder.occurrence >= since
    )
    if patient_id is not None:
        query = query.where(RecallReminder.patient_id == patient_id)
    found: dict[int, set[date]] = defaultdict(set)
    for pid, occurrence in session.execute(query.distinct()):
        found[pid].add(occurrence)
    return found


def _members(
    session: Session,
    rhythm: _Rhythm,
    statuses: Sequence[PatientStatus],
    started: dict[int, set[date]],
) -> list[_Member]:
    """The cohort: each patient's occurrence, when the rule's ages hold on it."""
    definition = rhythm.definition
    histories = _histories(session, definition.id)
    bounds = rhythm.birth_bounds(histories.values())
    if bounds is None:  # the rule has ended for everyone
        return []
    members = []
    for pid, born, status in _candidates(session, definition.rule, statuses, bounds):
        occurrence = rhythm.occurrence(histories.get(pid), started.get(pid))
        if occurrence is not None and rhythm.ages_hold(born, occurrence):
            members.append(_Member(pid, status, occurrence))
    return members


def _appointments(
    session: Session, since: date, until: date, zone: ZoneInfo
) -> dict[int, list[datetime]]:
    """Booked appointments' start times by patient, between two local days."""
    found: dict[int, list[datetime]] = defaultdict(list)
    for pid, starts_at in session.execute(
        select(Appointment.patient_id, Appointment.starts_at).where(
            Appointment.status == AppointmentStatus.BOOKED,
            Appointment.starts_at >= _midnight(since, zone),
            Appointment.starts_at < _midnight(until + timedelta(days=1), zone),
        )
    ):
        found[pid].append(starts_at)
    return found


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def _booked(
    starts: Sequence[datetime], definition: _Definition, occurrence: date, zone: ZoneInfo
) -> bool:
    """An appointment between the first step's due day and the last one's: no escalation."""
    if len(definition.steps) < 2 or not starts:
        return False
    since = _midnight(occurrence + timedelta(days=definition.first_offset), zone)
    until = _midnight(occurrence + timedelta(days=definition.last_offset + 1), zone)
    return any(since <= moment < until for moment in starts)


def _appointment_span(definitions: Sequence[_Definition], today: date) -> tuple[date, date]:
    """The local days a current occurrence's steps can fall on, for every programme."""
    widest = max(d.last_offset - d.first_offset for d in definitions)
    latest = max(d.last_offset for d in definitions)
    return today - timedelta(days=widest + 1), today + GENERATION_WINDOW + timedelta(
        days=max(latest, 0) + 1
    )


# -- generating the reminders --------------------------------------------------------------


@dataclass(frozen=True)
class _Existing:
    reminder_id: int
    patient_id: int
    occurrence: date
    step: int
    status: ReminderStatus
    reason: str | None
    due_at: datetime
    channel: Channel | None
    purpose_id: int
    label: str


def _existing(
    session: Session, definition: _Definition, today: date, now: datetime
) -> list[_Existing]:
    """The programme's reminders that can still matter: current occurrences, and what is ahead."""
    assert definition.id is not None
    since = today - timedelta(days=definition.last_offset + 1)
    rows = (
        session.connection()
        .execute(
            select(
                RecallReminder.reminder_id,
                RecallReminder.patient_id,
                RecallReminder.occurrence,
                RecallReminder.step,
                Reminder.status,
                Reminder.cancelled_reason,
                Reminder.due_at,
                Reminder.channel,
                Reminder.purpose_id,
                Reminder.label,
            )
            .join(Reminder, Reminder.id == RecallReminder.reminder_id)
            .where(
                RecallReminder.programme_id == definition.id,
                or_(
                    RecallReminder.occurrence >= since,
                    (Reminder.status == ReminderStatus.ACTIVE) & (Reminder.due_at > now),
                ),
            )
        )
        .all()
    )
    return [
        _Existing(rid, pid, occurrence, step, status, reason, due, channel, purpose_id, label)
        for rid, pid, occurrence, step, status, reason, due, channel, purpose_id, label in rows
    ]


def refresh(session: Session, clock: Clock, *, force: bool = False) -> RefreshReport:
    """Bring every programme's reminders up to date; see the module for what that means.

    Runs at most once per local day unless something it depends on changed
    (``force`` runs it anyway).  The caller owns the transaction.
    """
    now = clock.now()
    practice = load_practice(session)
    zone, today = practice.zone(), practice.today(clock)
    parts = None if force else generation.parts_to_run(session, generation.RECALLS, today)
    if parts == set():
        return RefreshReport()
    report = RefreshReport(ran=True)
    query = (
        select(RecallProgramme)
        .where(RecallProgramme.active.is_(True))
        .options(selectinload(RecallProgramme.steps))
        .order_by(RecallProgramme.id)
    )
    if parts is not None:  # only the programmes a change concerns
        query = query.where(RecallProgramme.id.in_(sorted(parts)))
    programmes = session.scalars(query).all()
    definitions = [_Definition.of(p) for p in programmes if p.steps]
    if definitions:
        since, until = _appointment_span(definitions, today)
        appointments = _appointments(session, since, until, zone)
        for definition in definitions:
            _refresh_one(session, _Rhythm(definition, today, now, zone), appointments, report)
    report.programmes = len(definitions)
    # A programme stopped since: nothing of it may still go.
    left_over = session.scalars(
        select(RecallReminder.reminder_id)
        .join(Reminder, Reminder.id == RecallReminder.reminder_id)
        .join(RecallProgramme, RecallProgramme.id == RecallReminder.programme_id)
        .where(
            RecallProgramme.active.is_(False),
            Reminder.status == ReminderStatus.ACTIVE,
            Reminder.due_at > now,
        )
    ).all()
    _cancel(session, list(left_over), STOPPED, now, report)
    generation.ran(session, generation.RECALLS, today, now)
    return report


def _refresh_one(
    session: Session,
    rhythm: _Rhythm,
    appointments: dict[int, list[datetime]],
    report: RefreshReport,
) -> None:
    definition, now, zone = rhythm.definition, rhythm.now, rhythm.zone
    existing = _existing(session, definition, rhythm.today, now)
    started: dict[int, set[date]] = defaultdict(set)
    for row in existing:
        started[row.patient_id].add(row.occurrence)
    members = _members(session, rhythm, (PatientStatus.ACTIVE,), started)
    report.cohort += len(members)
    wanted: dict[tuple[int, date, int], tuple[datetime, Channel | None]] = {}
    not_escalated: set[tuple[int, date, int]] = set()
    for member in members:
        booked = _booked(
            appointments.get(member.patient_id, ()), definition, member.occurrence, zone
        )
        for position, step in enumerate(definition.steps, start=1):
            due = rhythm.due(member.occurrence + timedelta(days=step.offset_days))
            key = (member.patient_id, member.occurrence, position)
            if due <= now:
                continue
            if booked and position > 1:
                not_escalated.add(key)
            else:
                wanted[key] = (due, step.channel)
    in_cohort_now = {m.patient_id for m in members}
    changed: dict[int, dict[str, Any]] = {}  # reminder id -> its new values
    cancelled: dict[str, list[int]] = defaultdict(list)
    seen: set[tuple[int, date, int]] = set()
    for row in existing:
        key = (row.patient_id, row.occurrence, row.step)
        if key in wanted:
            seen.add(key)
            due, channel = wanted[key]
            values = {
                "due_at": due,
                "channel": channel,
                "purpose_id": definition.purpose_id,
                "label": definition.label,
            }
            now_is = (row.due_at, row.channel, row.purpose_id, row.label)
            same = now_is == (due, channel, definition.purpose_id, definition.label)
            if row.status is ReminderStatus.ACTIVE and not same:
                changed[row.reminder_id] = values
            elif row.status is ReminderStatus.CANCELLED and row.reason in REVIVABLE:
                changed[row.reminder_id] = values | {
                    "status": ReminderStatus.ACTIVE,
                    "cancelled_reason": None,
                }
        elif row.status is ReminderStatus.ACTIVE and row.due_at > now:
            if key in not_escalated:
                reason = BOOKED
            elif row.patient_id in in_cohort_now:
                reason = CHANGED
            else:
                reason = LEFT
            cancelled[reason].append(row.reminder_id)
    for reason, ids in cancelled.items():
        _cancel(session, ids, reason, now, report)
    replaced = _change(session, existing, changed, now, report)
    last_day = rhythm.today + GENERATION_WINDOW
    new = [
        (key, due, channel)
        for key, (due, channel) in wanted.items()
        if (key not in seen and due.astimezone(zone).date() <= last_day) or key in replaced
    ]
    _insert(session, definition, new, now)
    report.created += len(new) - len(replaced)


def _change(
    session: Session,
    existing: list[_Existing],
    changed: dict[int, dict[str, Any]],
    now: datetime,
    report: RefreshReport,
) -> set[tuple[int, date, int]]:
    """Move or revive reminders; returns the steps to make anew instead (see below).

    A message's idempotency key is (reminder, lead time, due time): a reminder
    whose messages were planned cannot be planned again for the same due time.
    When its due time changes it is moved (the new time is a new occasion);
    when only its channel or purpose changes, or it comes back after being
    cancelled, and something was planned for it, it stays as it was (cancelled,
    with its history) and a new reminder takes its step.
    """
    if not changed:
        return set()
    by_id = {row.reminder_id: row for row in existing}
    planned = _with_messages(session, list(changed))
    moved: list[dict[str, Any]] = []
    replaced: list[_Existing] = []
    for rid, values in changed.items():
        row = by_id[rid]
        if rid in planned and values["due_at"] == row.due_at:
            replaced.append(row)
        else:
            moved.append(values | {"id": rid, "attention_at": None})
    if moved:
        active = [v["id"] for v in moved if by_id[v["id"]].status is ReminderStatus.ACTIVE]
        # What was planned for the old time goes; the planner plans the new one.
        report.messages_cancelled += call_back_unsent(session, active, f"recall: {CHANGED}", now)
        session.execute(update_rows(Reminder), moved)
    if replaced:
        still_active = [r.reminder_id for r in replaced if r.status is ReminderStatus.ACTIVE]
        if still_active:
            session.execute(
                update_rows(Reminder),
                [
                    {"id": rid, "status": ReminderStatus.CANCELLED, "cancelled_reason": CHANGED}
                    for rid in still_active
                ],
            )
            report.messages_cancelled += call_back_unsent(
                session, still_active, f"recall: {CHANGED}", now
            )
        for piece in chunks([r.reminder_id for r in replaced]):
            session.execute(delete(RecallReminder).where(RecallReminder.reminder_id.in_(piece)))
    report.updated += len(changed)
    return {(r.patient_id, r.occurrence, r.step) for r in replaced}


def _with_messages(session: Session, reminder_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for piece in chunks(reminder_ids):
        found.update(
            session.scalars(
                select(MessageItem.reminder_id).where(MessageItem.reminder_id.in_(piece)).distinct()
            )
        )
    return found


def _insert(
    session: Session,
    definition: _Definition,
    new: list[tuple[tuple[int, date, int], datetime, Channel | None]],
    now: datetime,
) -> None:
    """New reminders and their links, in a few statements (a cohort can be thousands)."""
    assert definition.id is not None
    for start in range(0, len(new), 5000):
        batch = new[start : start + 5000]
        ids = generation.insert_reminders(
            session,
            [
                {
                    "patient_id": pid,
                    "purpose_id": definition.purpose_id,
                    "source": ReminderSource.RECALL,
                    "appointment_id": None,
                    "due_at": due,
                    "label": definition.label,
                    "channel": channel,
                    "status": ReminderStatus.ACTIVE,
                    "cancelled_reason": None,
                    "created_at": now,
                    "created_by": SYSTEM.username,
                    "attention_at": None,
                }
                for (pid, _occurrence, _step), due, channel in batch
            ],
        )
        session.execute(
            insert(RecallReminder),
            [
                {
                    "reminder_id": rid,
                    "programme_id": definition.id,
                    "patient_id": pid,
                    "occurrence": occurrence,
                    "step": step,
                }
                for rid, ((pid, occurrence, step), _due, _channel) in zip(ids, batch, strict=True)
            ],
        )


def _cancel(
    session: Session, reminder_ids: list[int], reason: str, now: datetime, report: RefreshReport
) -> int:
    if not reminder_ids:
        return 0
    session.execute(
        update_rows(Reminder),
        [
            {"id": rid, "status": ReminderStatus.CANCELLED, "cancelled_reason": reason}
            for rid in reminder_ids
        ],
    )
    report.cancelled[reason] = report.cancelled.get(reason, 0) + len(reminder_ids)
    called_back = call_back_unsent(session, reminder_ids, f"recall: {reason}", now)
    report.messages_cancelled += called_back
    return called_back


# -- the services ---------------------------------------------------------------------------


def create(session: Session, clock: Clock, actor: Actor, spec: ProgrammeSpec) -> RecallProgramme:
    """Save a new programme; its reminders are made by the next tick's :func:`refresh`."""
    actor.require(Permission.EDIT_PATIENTS)
    spec, purpose_id = _checked(session, spec)
    _name_is_free(session, spec.name, None)
    now = clock.now()
    programme = RecallProgramme(
        name=spec.name,
        purpose_id=purpose_id,
        created_at=now,
        created_by=actor.username,
        active=True,
    )
    _apply(programme, spec, purpose_id, now, actor)
    session.add(programme)
    session.flush()
    generation.invalidate(session, generation.RECALLS, now, programme.id)
    audit.record(
        session,
        clock,
        actor,
        "recall_programme.created",
        entity="recall_programme",
        entity_id=programme.id,
    )
    return programme


def update(
    session: Session, clock: Clock, actor: Actor, programme_id: int, spec: ProgrammeSpec
) -> list[str]:
    """Change a programme; returns the fields that changed.  The next refresh moves or
    cancels the reminders ahead to match."""
    actor.require(Permission.EDIT_PATIENTS)
    programme = _programme(session, programme_id)
    spec, purpose_id = _checked(session, spec)
    _name_is_free(session, spec.name, programme_id)
    before = _columns(programme)
    now = clock.now()
    _apply(programme, spec, purpose_id, now, actor)
    after = _columns(programme)
    changed = sorted(name for name in after if before[name] != after[name])
    if not changed:
        return []
    programme.updated_at, programme.updated_by = now, actor.username
    session.flush()
    generation.invalidate(session, generation.RECALLS, now, programme_id)
    audit.record(
        session,
        clock,
        actor,
        "recall_programme.updated",
        entity="recall_programme",
        entity_id=programme_id,
        details={"fields": changed},
    )
    return changed


def deactivate(session: Session, clock: Clock, actor: Actor, programme_id: int) -> int:
    """Stop a programme: the reminders ahead are cancelled with what was not sent.

    Returns how many reminders were cancelled.  Its history (recalls done,
    reminders sent) stays.
    """
    actor.require(Permission.EDIT_PATIENTS)
    programme = _programme(session, programme_id)
    now = clock.now()
    programme.active = False
    programme.updated_at, programme.updated_by = now, actor.username
    ahead = session.scalars(
        select(RecallReminder.reminder_id)
        .join(Reminder, Reminder.id == RecallReminder.reminder_id)
        .where(
            RecallReminder.programme_id == programme_id,
            Reminder.status == ReminderStatus.ACTIVE,
            Reminder.due_at > now,
        )
    ).all()
    report = RefreshReport()
    _cancel(session, list(ahead), STOPPED, now, report)
    audit.record(
        session,
        clock,
        actor,
        "recall_programme.stopped",
        entity="recall_programme",
        entity_id=programme_id,
        details={
            "reminders_cancelled": len(ahead),
            "messages_cancelled": report.messages_cancelled,
        },
    )
    return len(ahead)


def mark_done(
    session: Session,
    clock: Clock,
    actor: Actor,
    programme_id: int,
    patient_id: int,
    done_on: date,
) -> DoneOutcome:
    """Record a recall done (the check-up, the vaccine): the rest of the occurrence is
    cancelled, and the next counts from ``done_on``."""
    actor.require(Permission.EDIT_PATIENTS)
    programme = _programme(session, programme_id)
    if session.get(Patient, patient_id) is None:
        raise NotFound(f"No patient with id {patient_id}.")
    practice = load_practice(session)
    zone, today, now = practice.zone(), practice.today(clock), clock.now()
    if done_on > today:
        raise ValidationError([FieldError("done_on", "cannot be in the future", "future")])
    closed: date | None = None
    if programme.steps:
        definition = _Definition.of(programme)
        rhythm = _Rhythm(definition, today, now, zone)
        since = today - timedelta(days=definition.last_offset + 1)
        started = _started(session, programme_id, since, patient_id).get(patient_id)
        history = _histories(session, programme_id, patient_id).get(patient_id)
        current = rhythm.occurrence(history, started)
        # Done near (or after) the due date: it closes that occurrence.
        if current is not None and done_on >= current - GENERATION_WINDOW:
            closed = current
    done = RecallDone(
        programme_id=programme_id,
        patient_id=patient_id,
        done_on=done_on,
        occurrence=closed,
        recorded_at=now,
        recorded_by=actor.username,
    )
    session.add(done)
    session.flush()
    remaining = session.scalars(
        select(RecallReminder.reminder_id)
        .join(Reminder, Reminder.id == RecallReminder.reminder_id)
        .where(
            RecallReminder.programme_id == programme_id,
            RecallReminder.patient_id == patient_id,
            Reminder.status == ReminderStatus.ACTIVE,
            Reminder.due_at > now,
        )
    ).all()
    report = RefreshReport()
    messages = _cancel(session, list(remaining), DONE, now, report)
    generation.invalidate(session, generation.RECALLS, now, programme_id)
    audit.record(
        session,
        clock,
        actor,
        "recall.done",
        entity="patient",
        entity_id=patient_id,
        details={"programme_id": programme_id, "steps_cancelled": len(remaining)},
    )
    return DoneOutcome(done.id, closed, len(remaining), messages)


def _programme(session: Session, programme_id: int) -> RecallProgramme:
    programme = session.get(RecallProgramme, programme_id)
    if programme is None:
        raise NotFound(f"No recall programme with id {programme_id}.")
    return programme


def _name_is_free(session: Session, name: str, programme_id: int | None) -> None:
    folded = name.casefold()
    for other_id, other in session.execute(select(RecallProgramme.id, RecallProgramme.name)):
        if other.casefold() == folded and other_id != programme_id:
            raise ValidationError(
                [FieldError("name", f"another programme is called {other!r}", "duplicate")]
            )


def _apply(
    programme: RecallProgramme, spec: ProgrammeSpec, purpose_id: int, now: datetime, actor: Actor
) -> None:
    programme.name = spec.name
    programme.purpose_id = purpose_id
    programme.min_age, programme.max_age = spec.rule.min_age, spec.rule.max_age
    programme.sex, programme.tag = spec.rule.sex, spec.rule.tag
    programme.rrule = spec.rrule
    programme.starts_on = spec.starts_on
    programme.updated_at, programme.updated_by = now, actor.username
    current = [(s.channel, s.offset_days) for s in programme.steps]
    if current != [(s.channel, s.offset_days) for s in spec.steps]:
        programme.steps = [
            RecallStep(position=n, channel=s.channel, offset_days=s.offset_days)
            for n, s in enumerate(spec.steps, start=1)
        ]


def _columns(programme: RecallProgramme) -> dict[str, Any]:
    return {
        "name": programme.name,
        "purpose": programme.purpose_id,
        "min_age": programme.min_age,
        "max_age": programme.max_age,
        "sex": programme.sex,
        "tag": programme.tag,
        "rrule": programme.rrule,
        "starts_on": programme.starts_on,
        "steps": [(s.channel, s.offset_days) for s in programme.steps],
    }


# -- reading ---------------------------------------------------------------------------------


def programmes(session: Session, *, clock: Clock | None = None) -> list[ProgrammeSummary]:
    """Every programme, active ones first, by name."""
    clock = clock or SystemClock()
    now = clock.now()
    today = load_practice(session).today(clock)
    codes = {pid: code for pid, code in session.execute(select(Purpose.id, Purpose.code))}
    ahead: dict[int, int] = {
        programme_id: count
        for programme_id, count in session.execute(
            select(RecallReminder.programme_id, func.count())
            .join(Reminder, Reminder.id == RecallReminder.reminder_id)
            .where(Reminder.status == ReminderStatus.ACTIVE, Reminder.due_at > now)
            .group_by(RecallReminder.programme_id)
        )
    }
    summaries = []
    for row in session.scalars(
        select(RecallProgramme)
        .options(selectinload(RecallProgramme.steps))
        .order_by(RecallProgramme.active.desc(), RecallProgramme.name)
    ):
        rule = CohortRule(row.min_age, row.max_age, row.sex, row.tag)
        summaries.append(
            ProgrammeSummary(
                id=row.id,
                name=row.name,
                purpose_code=codes[row.purpose_id],
                rule=rule,
                rrule=row.rrule,
                starts_on=row.starts_on,
                steps=tuple(StepSpec(s.channel, s.offset_days) for s in row.steps),
                active=row.active,
                cohort_size=cohort_size(session, rule, today),
                reminders_ahead=int(ahead.get(row.id, 0)),
            )
        )
    return summaries


def cohort_size(session: Session, rule: CohortRule, today: date) -> int:
    """Active patients the rule takes on ``today`` (one count, for lists)."""
    query = select(func.count()).select_from(Patient).where(Patient.status == PatientStatus.ACTIVE)
    if rule.sex is not None:
        query = query.where(Patient.sex == rule.sex)
    if rule.tag:
        query = query.where(
            Patient.id.in_(select(PatientTag.patient_id).where(PatientTag.tag == rule.tag))
        )
    if rule.min_age is not None:
        query = query.where(Patient.birth_date <= _years_before(today, rule.min_age))
    if rule.max_age is not None:
        query = query.where(Patient.birth_date > _years_before(today, rule.max_age + 1))
    return int(session.scalar(query) or 0)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def reminders_of(session: Session, patient_id: int) -> list[dict[str, Any]]:
    """A patient's recall history, for the export of their data: programmes, steps, done."""
    names = {
        pid: name for pid, name in session.execute(select(RecallProgramme.id, RecallProgramme.name))
    }
    steps: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for programme_id, occurrence, step, due, channel, status, reason in session.execute(
        select(
            RecallReminder.programme_id,
            RecallReminder.occurrence,
            RecallReminder.step,
            Reminder.due_at,
            Reminder.channel,
            Reminder.status,
            Reminder.cancelled_reason,
        )
        .join(Reminder, Reminder.id == RecallReminder.reminder_id)
        .where(RecallReminder.patient_id == patient_id)
        .order_by(RecallReminder.occurrence, RecallReminder.step)
    ):
        steps[programme_id].append(
            {
                "due_on": occurrence.isoformat(),
                "step": step,
                "due_at": due.isoformat(),
                "channel": channel.value if channel else None,
                "status": status.value,
                "cancelled_because": reason,
            }
        )
    done: dict[int, list[str]] = defaultdict(list)
    for programme_id, done_on in session.execute(
        select(RecallDone.programme_id, RecallDone.done_on)
        .where(RecallDone.patient_id == patient_id)
        .order_by(RecallDone.done_on)
    ):
        done[programme_id].append(done_on.isoformat())
    return [
        {"programme": names[pid], "done_on": done.get(pid, []), "reminders": steps.get(pid, [])}
        for pid in sorted(set(steps) | set(done), key=lambda pid: names[pid])
    ]


# -- preview ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Outcome:
    channel: Channel | None
    send_on: date | None
    exclusion: str | None


def preview(
    session: Session, clock: Clock, spec: ProgrammeSpec, *, programme_id: int | None = None
) -> ProgrammePreview:
    """What ``spec`` would do, patient by patient, and who the planner would leave out, why.

    Nothing is written.  For a programme already saved (``programme_id``, or
    the same name), its recalls done and reminders count as in :func:`refresh`.
    The planner runs on each step as it would on the day; patients whose facts
    are the same for it (preferences, kinds of contact point, consent events,
    status, due date) are planned once and share the answer, so a cohort of tens
    of thousands costs a few hundred planner runs.
    """
    spec, purpose_id = _checked(session, spec)
    now = clock.now()
    practice = load_practice(session)
    zone, today = practice.zone(), practice.today(clock)
    if programme_id is None:
        programme_id = session.scalar(
            select(RecallProgramme.id).where(RecallProgramme.name == spec.name)
        )
    definition = _Definition.of_spec(spec, purpose_id, programme_id)
    rhythm = _Rhythm(definition, today, now, zone)
    since = today - timedelta(days=definition.last_offset + 1)
    started = _started(session, programme_id, since)
    members = sorted(
        _members(session, rhythm, PREVIEW_STATUSES, started),
        key=lambda m: (m.occurrence, m.patient_id),
    )
    appointments = (
        _appointments(session, *_appointment_span([definition], today), zone) if members else {}
    )
    purpose = session.get(Purpose, purpose_id)
    assert purpose is not None
    view = PurposeView(purpose.code, purpose.basis)
    settings = outbox.planner_settings(session)
    outcomes: dict[tuple[Any, ...], tuple[_Outcome, ...]] = {}
    rows: list[PreviewRow] = []
    by_id = {m.patient_id: m for m in members}
    for piece in chunks(list(by_id)):
        rows += _preview_chunk(
            session,
            [by_id[pid] for pid in piece],
            definition,
            view,
            appointments,
            now,
            settings,
            outcomes,
        )
    rows.sort(key=lambda r: (r.due_on, r.name, r.patient_id))
    exclusions: Counter[str] = Counter()
    for row in rows:
        exclusions.update({s.exclusion for s in row.steps if s.exclusion is not None})
    return ProgrammePreview(
        cohort=len(rows),
        reached=sum(row.reached for row in rows),
        exclusions=dict(sorted(exclusions.items())),
        rows=tuple(rows),
        warnings=tuple(_warnings(session, spec, rhythm)),
    )


def _preview_chunk(
    session: Session,
    members: list[_Member],
    definition: _Definition,
    view: PurposeView,
    appointments: dict[int, list[datetime]],
    now: datetime,
    settings: planner.PlannerSettings,
    outcomes: dict[tuple[Any, ...], tuple[_Outcome, ...]],
) -> list[PreviewRow]:
    ids = [m.patient_id for m in members]
    chosen = select(Patient.id).where(Patient.id.in_(ids))
    # The outbox's own readers: the preview sees the patients exactly as the planner will.
    facts = outbox.patient_facts(session, chosen)
    times = outbox.outbox_times(session, chosen, now, settings)
    names = {
        pid: display_name(last, first)
        for pid, last, first in session.execute(
            select(Patient.id, Patient.last_name, Patient.first_name).where(Patient.id.in_(ids))
        )
    }
    zone = settings.zone
    keys: dict[int, tuple[Any, ...]] = {}
    to_plan: dict[tuple[Any, ...], tuple[_Member, planner.PatientFacts, bool]] = {}
    for member in members:
        patient = facts[member.patient_id]
        prefs = patient.preferences
        capped = prefs.max_per_week is not None or prefs.max_per_month is not None
        booked = _booked(
            appointments.get(member.patient_id, ()), definition, member.occurrence, zone
        )
        key = (
            patient.status,
            repr(prefs),  # every field, lists and dicts included
            tuple((c.kind, c.bounced) for c in patient.contacts),
            patient.consent_events,
            tuple(sorted(times.get(member.patient_id, ()))) if capped else (),
            member.occurrence,
            booked,
        )
        keys[member.patient_id] = key
        if key not in outcomes and key not in to_plan:
            to_plan[key] = (member, patient, booked)
    outcomes.update(_plan_steps(list(to_plan.items()), definition, view, times, now, settings))
    rows = []
    for member in members:
        steps = tuple(
            PreviewStep(
                position=position,
                due_on=member.occurrence + timedelta(days=step.offset_days),
                channel=outcome.channel,
                send_on=outcome.send_on,
                exclusion=outcome.exclusion,
            )
            for position, (step, outcome) in enumerate(
                zip(definition.steps, outcomes[keys[member.patient_id]], strict=True), start=1
            )
        )
        rows.append(
            PreviewRow(
                member.patient_id, names[member.patient_id], member.status, member.occurrence, steps
            )
        )
    return rows


def _plan_steps(
    representatives: list[tuple[tuple[Any, ...], tuple[_Member, planner.PatientFacts, bool]]],
    definition: _Definition,
    view: PurposeView,
    times: dict[int, list[datetime]],
    now: datetime,
    settings: planner.PlannerSettings,
) -> dict[tuple[Any, ...], tuple[_Outcome, ...]]:
    """Run the pure planner once for each distinct patient, on every step of their occurrence."""
    per_step = MAX_STEPS + 1
    reminders = []
    for index, (_key, (member, patient, booked)) in enumerate(representatives):
        for position, step in enumerate(definition.steps, start=1):
            if booked and position > 1:
                continue
            reminders.append(
                planner.DueReminder(
                    index * per_step + position,
                    patient.id,
                    view,
                    due_at(member.occurrence + timedelta(days=step.offset_days), settings.zone),
                    definition.label,
                    exact_time=False,  # as the outbox reads a recall
                    channel=step.channel,
                )
            )
    patients = {patient.id: patient for _key, (_member, patient, _booked) in representatives}
    result = planner.plan(
        planner.PlannerInput(
            now=now,
            reminders=reminders,
            patients=patients,
            outbox_times={pid: times[pid] for pid in patients if pid in times},
            settings=settings,
        )
    )
    sent: dict[int, tuple[Channel, datetime]] = {}
    for message in result.messages:
        for item in message.items:
            earlier = sent.get(item.reminder_id)
            if earlier is None or message.send_at < earlier[1]:
                sent[item.reminder_id] = (message.channel, message.send_at)
    excluded: dict[int, str] = {}
    for exclusion in result.exclusions:
        if exclusion.code != "superseded" or exclusion.reminder_id not in excluded:
            excluded.setdefault(exclusion.reminder_id, exclusion.code)
    found: dict[tuple[Any, ...], tuple[_Outcome, ...]] = {}
    for index, (key, (_member, _patient, booked)) in enumerate(representatives):
        step_outcomes = []
        for position in range(1, len(definition.steps) + 1):
            rid = index * per_step + position
            if booked and position > 1:
                step_outcomes.append(_Outcome(None, None, BOOKED_CODE))
            elif rid in sent:
                channel, when = sent[rid]
                step_outcomes.append(_Outcome(channel, when.astimezone(settings.zone).date(), None))
            else:
                step_outcomes.append(_Outcome(None, None, excluded.get(rid, "not_planned")))
        found[key] = tuple(step_outcomes)
    return found


def _warnings(session: Session, spec: ProgrammeSpec, rhythm: _Rhythm) -> list[str]:
    warnings = []
    tag = spec.rule.tag
    if (
        tag
        and session.scalar(select(PatientTag.patient_id).where(PatientTag.tag == tag).limit(1))
        is None
    ):
        known = [t for t, _count in tags.all_tags(session)]
        close = difflib.get_close_matches(tag, known, n=3)
        hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
        warnings.append(f"no patient has the tag {tag!r}{hint}")
    if rhythm.occurrence(None, None) is None:
        warnings.append("the rule has no date left: it has ended (see UNTIL)")
    return warnings
