"""The outbox: reads what the planner needs, records what it decides (DESIGN §5).

``plan_messages`` runs the pure planner on the reminders due soon and writes
the messages that do not exist yet, each with its items and its reason.  The
unique key on ``message_item (reminder, lead, due time)`` makes a second run,
or a second process, unable to plan the same thing twice.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    bindparam,
    delete,
    insert,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from app import consent, preferences, reminder_timing
from app.batches import chunks
from app.clock import Clock
from app.consent import PurposeView
from app.planner import (
    DEFAULT_SURVEY_CAP,
    SURVEY_PURPOSE,
    Contact,
    DueReminder,
    Exclusion,
    PatientFacts,
    Plan,
    PlannedMessage,
    PlannerInput,
    PlannerSettings,
    lead_delta,
    plan,
)
from app.settings import load_practice
from db.models import (
    Base,
    ContactPoint,
    Message,
    MessageItem,
    MessageStatus,
    Patient,
    PlanExclusion,
    Purpose,
    Reminder,
    ReminderSource,
    ReminderStatus,
)

REMINDERS_KEY = reminder_timing.REMINDERS_KEY  # the setting is reminder_timing's
# Messages that count towards a patient's caps: whatever went or will go.
COUNTED = (
    MessageStatus.PLANNED,
    MessageStatus.QUEUED,
    MessageStatus.SENDING,
    MessageStatus.SENT,
    MessageStatus.RETRY,
    MessageStatus.UNKNOWN,
    MessageStatus.PRINTED,
    MessageStatus.POSTED,
    MessageStatus.CALLED,
)
CAP_SPAN = timedelta(days=30)


def planner_settings(session: Session) -> PlannerSettings:
    """The practice's time zone and its reminder timing (sending hour, post, lead times)."""
    return reminder_timing.planner_settings(session, load_practice(session).zone())


def horizon(settings: PlannerSettings) -> timedelta:
    """How far ahead reminders can need a message today: the longest lead, and a day."""
    longest = max(
        (lead_delta(code) for by_channel in settings.leads.values()
         for codes in by_channel.values() for code in codes),
        default=timedelta(0),
    )  # fmt: skip
    return longest + timedelta(days=1)


def planner_input(
    session: Session, now: datetime, settings: PlannerSettings, *, everything: bool = False
) -> PlannerInput:
    """The reminders due within the horizon and all the planner must know about their patients.

    Unless ``everything``, only the reminders new to the horizon or whose patient
    changed since they were planned (``attention_at``): a tick stays cheap.
    """
    views = {p.id: PurposeView(p.code, p.basis) for p in consent.purposes(session)}
    due = _due_reminders(now, settings, everything=everything)
    rows = session.execute(
        select(
            Reminder.id,
            Reminder.patient_id,
            Reminder.purpose_id,
            Reminder.due_at,
            Reminder.label,
            Reminder.source,
            Reminder.channel,
        )
        .where(Reminder.id.in_(select(due.c.id)), *_within_horizon(now, settings))
        .order_by(Reminder.due_at, Reminder.id)
    ).all()
    reminders = [
        DueReminder(
            rid,
            pid,
            views[purpose_id],
            due_at,
            label,
            exact_time=source is not ReminderSource.RECALL,
            channel=channel,
        )
        for rid, pid, purpose_id, due_at, label, source, channel in rows
        if purpose_id in views  # a purpose switched off sends nothing
    ]
    # The database narrows every other table to these patients itself: cheaper than
    # sending it tens of thousands of ids.
    patients_due = select(due.c.patient_id)
    surveyed, survey_cap = _surveyed(session, reminders)
    return PlannerInput(
        now=now,
        reminders=reminders,
        patients=patient_facts(session, patients_due),
        outbox_times=outbox_times(session, patients_due, now, settings),
        planned=_already_planned(session, select(due.c.id)),
        settings=settings,
        surveyed=surveyed,
        survey_cap=survey_cap,
    )


def _surveyed(
    session: Session, reminders: list[DueReminder]
) -> tuple[dict[int, datetime], timedelta]:
    """The survey cap's facts, read only when satisfaction surveys are due (one query)."""
    asking = {r.patient_id for r in reminders if r.purpose.code == SURVEY_PURPOSE}
    if not asking:
        return {}, DEFAULT_SURVEY_CAP
    from app import surveys  # the survey registry reads the outbox's messages

    return surveys.planner_surveyed(session, asking)


def _within_horizon(now: datetime, settings: PlannerSettings) -> tuple[ColumnElement[bool], ...]:
    return (
        Reminder.status == ReminderStatus.ACTIVE,
        Reminder.due_at > now,
        Reminder.due_at <= now + horizon(settings),
    )


def _due_reminders(now: datetime, settings: PlannerSettings, *, everything: bool) -> CTE:
    """Active reminders due within the horizon; unless ``everything``, only those whose
    attention time is unset or has come.

    Written as two branches so each reads a range of ``ix_reminder_attention``: an OR
    of the two would make the engine scan the whole horizon instead.
    """
    columns = (Reminder.id, Reminder.patient_id)
    within = _within_horizon(now, settings)
    if everything:
        return select(*columns).where(*within).cte("due")
    # The second branch leaves the window to the reading query: with it, engines pick
    # the due-time index and scan the horizon.  Its rows are few (caps holding a
    # reminder back until tomorrow), since close_past has retired the past ones.
    return union_all(
        select(*columns).where(*within, Reminder.attention_at.is_(None)),
        select(*columns).where(
            Reminder.status == ReminderStatus.ACTIVE, Reminder.attention_at <= now
        ),
    ).cte("due")


def patient_facts(session: Session, patient_ids: Select[Any]) -> dict[int, PatientFacts]:
    prefs = preferences.load_many(session, patient_ids)
    events = consent.events_by_patient(session, patient_ids)
    contacts: dict[int, list[Contact]] = defaultdict(list)
    for pid, kind, value, bounced in session.execute(
        select(ContactPoint.patient_id, ContactPoint.kind, ContactPoint.value, ContactPoint.bounced)
        .where(ContactPoint.patient_id.in_(patient_ids))
        .order_by(ContactPoint.id)
    ):
        contacts[pid].append(Contact(kind, value, bounced))
    return {
        pid: PatientFacts(
            pid, status, language, prefs[pid], tuple(contacts[pid]), tuple(events.get(pid, ()))
        )
        for pid, status, language in session.execute(
            select(Patient.id, Patient.status, Patient.language).where(Patient.id.in_(patient_ids))
        )
    }


def outbox_times(
    session: Session, patient_ids: Select[Any], now: datetime, settings: PlannerSettings
) -> dict[int, list[datetime]]:
    found: dict[int, list[datetime]] = defaultdict(list)
    for pid, when in session.execute(
        select(Message.patient_id, Message.scheduled_for).where(
            Message.patient_id.in_(patient_ids),
            Message.status.in_(COUNTED),
            Message.scheduled_for > now - CAP_SPAN,
            Message.scheduled_for < now + horizon(settings) + CAP_SPAN,
        )
    ):
        found[pid].append(when)
    return found


def _already_planned(
    session: Session, reminder_ids: Select[Any]
) -> frozenset[tuple[int, str, datetime]]:
    return frozenset(
        (rid, lead, due_at)
        for rid, lead, due_at in session.execute(
            select(MessageItem.reminder_id, MessageItem.lead, MessageItem.due_at).where(
                MessageItem.reminder_id.in_(reminder_ids)
            )
        )
    )


@dataclass
class PlanOutcome:
    """What one planning run did: messages written, and what was left out and why."""

    created: list[int] = field(default_factory=list)
    planned: list[PlannedMessage] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)


@contextmanager
def _without_collection_pauses() -> Iterator[None]:
    """Reading and planning allocate tens of thousands of short-lived objects without
    cycles; each cyclic collection they trigger walks the whole heap.  Measured at
    100,000 patients: planning a day took twice as long with the collector on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def plan_messages(session: Session, clock: Clock, *, dry_run: bool = False) -> PlanOutcome:
    """Plan from the database's state now; write the new messages unless ``dry_run``.

    A dry run looks at every reminder of the horizon (what would be sent, and
    why); a real run only at those that need it, and records when each needs
    looking at again.
    """
    now = clock.now()
    settings = planner_settings(session)
    if not dry_run:
        close_past(session, now)
    with _without_collection_pauses():
        state = planner_input(session, now, settings, everything=dry_run)
        result = plan(state)
        outcome = PlanOutcome(planned=result.messages, exclusions=result.exclusions)
        if not dry_run:
            _record(session, state, result, now, outcome)
    return outcome


def _record(
    session: Session, state: PlannerInput, result: Plan, now: datetime, outcome: PlanOutcome
) -> None:
    if result.attention:
        # Core executemany: the ORM's bulk update costs ten times more per row.
        session.execute(
            update(Base.metadata.tables[Reminder.__tablename__])
            .where(Reminder.id == bindparam("reminder_id"))
            .values(attention_at=bindparam("when")),
            [{"reminder_id": rid, "when": when} for rid, when in result.attention.items()],
        )
    if result.messages:
        outcome.created = _write(session, state, result.messages, now)
    _keep_exclusions(session, [r.id for r in state.reminders], result.exclusions, now)


def _keep_exclusions(
    session: Session, looked_at: list[int], exclusions: list[Exclusion], now: datetime
) -> None:
    """Replace what was kept about the reminders just planned by what was decided now."""
    table = Base.metadata.tables[PlanExclusion.__tablename__]
    for chunk in chunks(looked_at):
        session.execute(delete(table).where(table.c.reminder_id.in_(chunk)))
    if exclusions:
        session.execute(
            insert(table),
            [
                {
                    "reminder_id": e.reminder_id,
                    "code": e.code,
                    "lead": e.lead,
                    "channel": e.channel,
                    "detail": e.detail,
                    "decided_at": now,
                }
                for e in exclusions
            ],
        )


def next_tick(session: Session, clock: Clock) -> PlanOutcome:
    """What the next tick would plan, and everything left out: the reminders needing a
    look are planned afresh (nothing written), the others' exclusions are those kept
    by the run that decided them.  Cheap enough for the Today view at any size."""
    now = clock.now()
    settings = planner_settings(session)
    with _without_collection_pauses():
        state = planner_input(session, now, settings)
        result = plan(state)
    fresh = {r.id for r in state.reminders}
    kept = session.execute(
        select(
            Reminder.patient_id,
            PlanExclusion.reminder_id,
            PlanExclusion.code,
            PlanExclusion.lead,
            PlanExclusion.channel,
            PlanExclusion.detail,
        )
        .join(Reminder, Reminder.id == PlanExclusion.reminder_id)
        .where(*_within_horizon(now, settings))
        .order_by(PlanExclusion.id)
    )
    exclusions = [
        Exclusion(pid, rid, code, lead=lead, channel=channel, detail=detail)
        for pid, rid, code, lead, channel, detail in kept
        if rid not in fresh
    ]
    return PlanOutcome(planned=result.messages, exclusions=exclusions + result.exclusions)


def close_past(session: Session, now: datetime) -> int:
    """Reminders whose moment has passed are done: nothing more can be sent for them,
    and the tick's scan of ``ix_reminder_attention`` must not wade through years of them."""
    closed = session.connection().execute(
        update(Reminder)
        .where(Reminder.status == ReminderStatus.ACTIVE, Reminder.due_at <= now)
        .values(status=ReminderStatus.DONE)
    )
    return closed.rowcount


def _write(
    session: Session, state: PlannerInput, messages: list[PlannedMessage], now: datetime
) -> list[int]:
    """Insert the messages and their items in two statements (a day can be thousands)."""
    purpose_ids = {code: pid for code, pid in session.execute(select(Purpose.code, Purpose.id))}
    rows = [
        {
            "idempotency_key": planned.idempotency_key,
            "patient_id": planned.patient_id,
            "purpose_id": purpose_ids[planned.purpose],
            "channel": planned.channel,
            "status": MessageStatus.PLANNED,
            "scheduled_for": planned.send_at,
            "expires_at": planned.expires_at,
            "attempts": 0,
            "language": state.patients[planned.patient_id].language,
            "tone": state.patients[planned.patient_id].preferences.tone,
            "recipient": planned.recipient,
            "subject": "",
            "body": "",
            "reason": planned.reason,
            "created_at": now,
            "updated_at": now,
        }
        for planned in messages
    ]
    # Core inserts on the tables: the ORM's bulk path costs more than the writing.
    table = Base.metadata.tables[Message.__tablename__]
    ids = {
        key: message_id
        for message_id, key in session.execute(
            insert(table).returning(table.c.id, table.c.idempotency_key), rows
        )
    }
    session.execute(
        insert(Base.metadata.tables[MessageItem.__tablename__]),
        [
            {
                "message_id": ids[planned.idempotency_key],
                "reminder_id": item.reminder_id,
                "lead": item.lead,
                "due_at": item.due_at,
            }
            for planned in messages
            for item in planned.items
        ],
    )
    _record_survey_invitations(session, messages, ids, now)
    return [ids[planned.idempotency_key] for planned in messages]


def _record_survey_invitations(
    session: Session, messages: list[PlannedMessage], ids: dict[str, int], now: datetime
) -> None:
    """A message asking a satisfaction survey records who it asks (``app.surveys``)."""
    asking = [
        (
            ids[planned.idempotency_key],
            planned.patient_id,
            planned.channel,
            planned.send_at,
            [item.reminder_id for item in planned.items if item.purpose == SURVEY_PURPOSE],
        )
        for planned in messages
        if any(item.purpose == SURVEY_PURPOSE for item in planned.items)
    ]
    if asking:
        from app import surveys

        surveys.record_invitations(session, now, asking)
