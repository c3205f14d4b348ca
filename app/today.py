"""The receptionist's first screen as plain data (DESIGN §10, flow 1).

:func:`summary` answers, for the practice's local day: what goes out on each
channel, who is left out and why, what failed or waits for a retry, what a
crash left unsure, the call list, the letters waiting for the print run, and
the data-rights requests and complaints past their deadline, and the
appointments of the last days whose outcome nobody recorded yet.  It runs on
every refresh of the Today view, so it reads everything in a handful of
queries and returns frozen dataclasses that outlive the session.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app import appointments, complaints, outbox, preferences, rights_requests
from app.batches import chunks
from app.clock import Clock
from app.planner import EXCLUSION_CODES, Exclusion, PlannedMessage
from app.rights_requests import RegisterRow
from app.settings import load_practice
from db.models import (
    CallOutcome,
    Channel,
    ContactKind,
    ContactPoint,
    Message,
    MessageItem,
    MessageStatus,
    PaperFormat,
    Patient,
    Purpose,
    Reminder,
)

# What has gone out once a person or a server has done their part.
DONE = (MessageStatus.SENT, MessageStatus.PRINTED, MessageStatus.POSTED, MessageStatus.CALLED)
PHONE_KINDS = (ContactKind.MOBILE, ContactKind.LANDLINE)
# A lead time replaced by a later one is not "left out": the later one says the
# same thing closer to the day, so listing it would only alarm the reader.
NOT_LEFT_OUT = frozenset({"superseded"})


@dataclass(frozen=True)
class PurposeName:
    code: str
    name_fr: str
    name_en: str

    def in_language(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_fr


@dataclass(frozen=True)
class ChannelDay:
    """One channel's day: still to go, waiting for a person, and done."""

    channel: Channel
    planned: int = 0  # to go before the day ends, written or about to be planned
    queued: int = 0  # letters waiting for the print run, calls waiting on the list
    done: int = 0  # sent, printed, posted or called today

    @property
    def total(self) -> int:
        return self.planned + self.queued + self.done


@dataclass(frozen=True)
class LeftOut:
    """Something due that will not be sent (on this channel or lead time), and for whom."""

    patient_id: int
    patient_name: str
    reminder_id: int
    purpose: PurposeName
    due_at: datetime
    channel: Channel | None
    lead: str | None
    # Another message still carries this reminder: the patient hears of it anyway.
    reached_otherwise: bool


@dataclass(frozen=True)
class LeftOutGroup:
    code: str  # one of app.planner.EXCLUSION_CODES
    entries: tuple[LeftOut, ...]


@dataclass(frozen=True)
class MessageToCheck:
    """A message a person should look at: retrying, failed, or unsure after a crash."""

    message_id: int
    patient_id: int
    patient_name: str
    purpose: PurposeName
    channel: Channel
    status: MessageStatus
    recipient: str
    scheduled_for: datetime
    expires_at: datetime
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    call_outcome: CallOutcome | None


@dataclass(frozen=True)
class PhoneNumber:
    contact_id: int
    kind: ContactKind
    value: str


@dataclass(frozen=True)
class CallToMake:
    """One line of the call list; ``numbers`` starts with the one the planner chose."""

    message_id: int
    patient_id: int
    patient_name: str
    numbers: tuple[PhoneNumber, ...]
    purpose: PurposeName
    call_from: datetime
    due_at: datetime  # what the call is about (the appointment), the earliest if merged
    script: str
    attempts: int
    last_outcome: CallOutcome | None
    call_again_after: datetime | None


@dataclass(frozen=True)
class PrintRun:
    letters: int
    by_format: Mapping[PaperFormat, int]


@dataclass(frozen=True)
class TodaySummary:
    day: date
    channels: tuple[ChannelDay, ...]  # every channel, in the order of Channel
    left_out: tuple[LeftOutGroup, ...]  # in the order of EXCLUSION_CODES
    to_retry: tuple[MessageToCheck, ...]  # retry, and failed ones still relevant
    to_review: tuple[MessageToCheck, ...]  # unknown: a person decides
    calls: tuple[CallToMake, ...]
    print_run: PrintRun
    overdue_requests: tuple[RegisterRow, ...]
    # Complaints past their acknowledgement or answer deadline (issue 6).
    overdue_complaints: tuple[complaints.Overdue, ...]
    # Past appointments without an outcome: "how did today's appointments go?"
    awaiting_outcome: tuple[appointments.AwaitingOutcome, ...] = ()

    def channel(self, channel: Channel) -> ChannelDay:
        return next(c for c in self.channels if c.channel is channel)


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The local day as UTC instants [start, end); 23 or 25 hours when the clocks change."""
    start = datetime.combine(day, time(0), zone)
    end = datetime.combine(day + timedelta(days=1), time(0), zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def summary(session: Session, clock: Clock) -> TodaySummary:
    """Today at the practice, read in one go; the caller's session may be read-only."""
    now = clock.now()
    practice = load_practice(session)
    day = practice.today(clock)
    start, end = day_bounds(day, practice.zone())
    # What the next tick would plan is not in the outbox yet but goes out all the same.
    plan = outbox.next_tick(session, clock)
    purposes = _purpose_names(session)
    checks = _messages_to_check(session, now, purposes)
    return TodaySummary(
        day=day,
        channels=_channel_counts(session, start, end, plan.planned),
        left_out=_left_out(session, plan.exclusions, plan.planned, purposes),
        to_retry=tuple(m for m in checks if m.status is not MessageStatus.UNKNOWN),
        to_review=tuple(m for m in checks if m.status is MessageStatus.UNKNOWN),
        calls=_call_list(session, purposes),
        print_run=_print_run(session),
        overdue_requests=tuple(rights_requests.overdue(session, clock)),
        overdue_complaints=tuple(complaints.overdue(session, day)),
        awaiting_outcome=appointments.appointments_awaiting_outcome(session, now, practice.zone()),
    )


def _patient_name(last_name: str, first_name: str) -> str:
    return f"{last_name.upper()} {first_name}".strip()


def _purpose_names(session: Session) -> dict[int, PurposeName]:
    return {
        pid: PurposeName(code, fr, en)
        for pid, code, fr, en in session.execute(
            select(Purpose.id, Purpose.code, Purpose.name_fr, Purpose.name_en)
        )
    }


def _channel_counts(
    session: Session, start: datetime, end: datetime, about_to_plan: Sequence[PlannedMessage]
) -> tuple[ChannelDay, ...]:
    counts: dict[Channel, Counter[str]] = defaultdict(Counter)
    handled_at = func.coalesce(Message.sent_at, Message.updated_at)
    rows = session.execute(
        select(Message.channel, Message.status, func.count())
        .where(
            or_(
                # Late ones (the app was closed) still go at the next tick: today too.
                and_(Message.status == MessageStatus.PLANNED, Message.scheduled_for < end),
                # Waiting for a person whatever day they were queued.
                Message.status == MessageStatus.QUEUED,
                and_(Message.status.in_(DONE), handled_at >= start, handled_at < end),
            )
        )
        .group_by(Message.channel, Message.status)
    )
    for channel, status, count in rows:
        bucket = {MessageStatus.PLANNED: "planned", MessageStatus.QUEUED: "queued"}.get(
            status, "done"
        )
        counts[channel][bucket] += count
    for planned in about_to_plan:
        if planned.send_at < end:
            counts[planned.channel]["planned"] += 1
    return tuple(
        ChannelDay(
            channel,
            planned=counts[channel]["planned"],
            queued=counts[channel]["queued"],
            done=counts[channel]["done"],
        )
        for channel in Channel
    )


def _left_out(
    session: Session,
    exclusions: Iterable[Exclusion],
    about_to_plan: Sequence[PlannedMessage],
    purposes: Mapping[int, PurposeName],
) -> tuple[LeftOutGroup, ...]:
    # One line per reminder, reason and channel: a cap or a quiet day that stops
    # two lead times of the same reminder is one thing for the receptionist.
    unique: dict[tuple[int, str, Channel | None], Exclusion] = {}
    for exclusion in exclusions:
        if exclusion.code not in NOT_LEFT_OUT:
            unique.setdefault((exclusion.reminder_id, exclusion.code, exclusion.channel), exclusion)
    if not unique:
        return ()
    reminder_ids = sorted({e.reminder_id for e in unique.values()})
    facts: dict[int, tuple[str, PurposeName, datetime]] = {}
    carried = {item.reminder_id for planned in about_to_plan for item in planned.items}
    for chunk in chunks(reminder_ids):
        for rid, last, first, purpose_id, due_at in session.execute(
            select(
                Reminder.id, Patient.last_name, Patient.first_name, Reminder.purpose_id,
                Reminder.due_at,
            )
            .join(Patient, Patient.id == Reminder.patient_id)
            .where(Reminder.id.in_(chunk))
        ):  # fmt: skip
            facts[rid] = (_patient_name(last, first), purposes[purpose_id], due_at)
        carried.update(
            session.scalars(
                select(MessageItem.reminder_id)
                .join(Message, Message.id == MessageItem.message_id)
                .where(MessageItem.reminder_id.in_(chunk), Message.status.in_(outbox.COUNTED))
            )
        )
    groups: dict[str, list[LeftOut]] = defaultdict(list)
    for exclusion in unique.values():
        name, purpose, due_at = facts[exclusion.reminder_id]
        groups[exclusion.code].append(
            LeftOut(
                patient_id=exclusion.patient_id,
                patient_name=name,
                reminder_id=exclusion.reminder_id,
                purpose=purpose,
                due_at=due_at,
                channel=exclusion.channel,
                lead=exclusion.lead,
                reached_otherwise=exclusion.reminder_id in carried,
            )
        )
    order = {code: index for index, code in enumerate(EXCLUSION_CODES)}
    return tuple(
        LeftOutGroup(code, tuple(sorted(entries, key=lambda e: (e.due_at, e.patient_name))))
        for code, entries in sorted(groups.items(), key=lambda g: order.get(g[0], len(order)))
    )


def _messages_to_check(
    session: Session, now: datetime, purposes: Mapping[int, PurposeName]
) -> list[MessageToCheck]:
    rows = session.execute(
        select(Message, Patient.last_name, Patient.first_name)
        .join(Patient, Patient.id == Message.patient_id)
        .where(
            or_(
                Message.status.in_((MessageStatus.RETRY, MessageStatus.UNKNOWN)),
                # A failure past its occasion can no longer be helped: out of the way.
                and_(Message.status == MessageStatus.FAILED, Message.expires_at > now),
            )
        )
        .order_by(Message.scheduled_for, Message.id)
    )
    return [
        MessageToCheck(
            message_id=message.id,
            patient_id=message.patient_id,
            patient_name=_patient_name(last, first),
            purpose=purposes[message.purpose_id],
            channel=message.channel,
            status=message.status,
            recipient=message.recipient,
            scheduled_for=message.scheduled_for,
            expires_at=message.expires_at,
            attempts=message.attempts,
            next_attempt_at=message.next_attempt_at,
            last_error=message.last_error,
            call_outcome=message.call_outcome,
        )
        for message, last, first in rows
    ]


def call_list(session: Session) -> tuple[CallToMake, ...]:
    """The call list alone (queued phone messages, in the order to call them), as Today shows it."""
    return _call_list(session, _purpose_names(session))


def _call_list(session: Session, purposes: Mapping[int, PurposeName]) -> tuple[CallToMake, ...]:
    rows = session.execute(
        select(Message, Patient.last_name, Patient.first_name)
        .join(Patient, Patient.id == Message.patient_id)
        .where(Message.status == MessageStatus.QUEUED, Message.channel == Channel.PHONE)
    ).all()
    patient_ids = sorted({message.patient_id for message, _, _ in rows})
    numbers: dict[int, list[PhoneNumber]] = defaultdict(list)
    for chunk in chunks(patient_ids):
        for contact_id, pid, kind, value in session.execute(
            select(ContactPoint.id, ContactPoint.patient_id, ContactPoint.kind, ContactPoint.value)
            .where(
                ContactPoint.patient_id.in_(chunk),
                ContactPoint.kind.in_(PHONE_KINDS),
                ContactPoint.bounced.is_(False),
            )
            .order_by(ContactPoint.id)
        ):
            numbers[pid].append(PhoneNumber(contact_id, kind, value))
    calls = [
        CallToMake(
            message_id=message.id,
            patient_id=message.patient_id,
            patient_name=_patient_name(last, first),
            # The number the planner chose first, then the others as they were entered.
            numbers=tuple(
                sorted(numbers[message.patient_id], key=lambda n: n.value != message.recipient)
            ),
            purpose=purposes[message.purpose_id],
            call_from=message.scheduled_for,
            due_at=message.expires_at,
            script=message.body,
            attempts=message.attempts,
            last_outcome=message.call_outcome,
            call_again_after=message.next_attempt_at,
        )
        for message, last, first in rows
    ]
    # Calls not tried yet first, in time order; one that did not answer goes back in line.
    calls.sort(key=lambda c: (c.call_again_after or c.call_from, c.message_id))
    return tuple(calls)


def _print_run(session: Session) -> PrintRun:
    patient_ids = list(
        session.scalars(
            select(Message.patient_id).where(
                Message.status == MessageStatus.QUEUED, Message.channel == Channel.LETTER
            )
        )
    )
    formats = preferences.load_many(session, sorted(set(patient_ids)))
    by_format = Counter(formats[pid].paper_format for pid in patient_ids if pid in formats)
    return PrintRun(letters=len(patient_ids), by_format=dict(by_format))
