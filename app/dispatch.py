"""One dispatch cycle: plan, expire, then send what is due, each message at most once.

The state machine of DESIGN §5, with the crash rule that matters most: a
message is marked ``sending`` and committed *before* it goes to the server,
and marked ``sent`` after.  A process killed in between leaves ``sending``;
the next cycle turns it into ``unknown`` for a person to check with the
provider.  It is never resent automatically, and never silently lost.

Before anything is sent, what the planner decided is checked again: the
patient's status, the reminder, the consent, the preferences, the caps, the
quiet times and the contact point.  A message whose channel no longer holds
is cancelled and its occasion freed, so the next plan can choose again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app import (
    attention,
    channel_settings,
    consent,
    medication,
    message_render,
    outbox,
    preferences,
    reach,
    recalls,
    templates,
)
from app.batches import chunks
from app.channel_settings import ChannelSettings
from app.channels import Outcome, SendResult
from app.channels.email import EmailSession, OutgoingEmail
from app.channels.sms import OutgoingSms, send_sms
from app.clock import Clock
from app.consent import PurposeView
from app.planner import CONTACT_FOR, MONTH, WEEK, is_quiet
from app.practice import PracticeDatabase
from app.settings import PracticeSettings, load_practice
from db.models import (
    Channel,
    ContactPoint,
    Message,
    MessageItem,
    MessageStatus,
    Patient,
    PatientStatus,
    Purpose,
    Reminder,
    ReminderStatus,
)

# After the n-th failed attempt, wait this long; the last delay repeats until expiry.
BACKOFF = (
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=4),
)
# Settings that fail every message are retried less often than a server that is down.
MISCONFIGURED_WAIT = timedelta(hours=1)
TEMPLATE_ERROR_WAIT = timedelta(hours=1)
DUE_BATCH = 500
WAITING = (MessageStatus.PLANNED, MessageStatus.RETRY)
# What a patient has received (or may have): counted against caps at send time.
DELIVERED = (
    MessageStatus.SENDING,
    MessageStatus.SENT,
    MessageStatus.UNKNOWN,
    MessageStatus.PRINTED,
    MessageStatus.POSTED,
    MessageStatus.CALLED,
)


@dataclass
class DispatchReport:
    """What one cycle did, by outcome; ``problems`` holds one line per message not sent."""

    planned: int = 0
    sent: int = 0
    retry: int = 0
    failed: int = 0
    expired: int = 0
    cancelled: int = 0
    rescheduled: int = 0
    queued_letters: int = 0
    queued_calls: int = 0
    unknown: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Cycle:
    """What stays the same for a whole cycle, read once rather than per message."""

    settings: ChannelSettings
    practice: PracticeSettings
    purposes: dict[int, PurposeView]

    @classmethod
    def load(cls, session: Session) -> Cycle:
        return cls(
            channel_settings.load(session),
            load_practice(session),
            {p.id: PurposeView(p.code, p.basis) for p in session.scalars(select(Purpose))},
        )


@dataclass(frozen=True)
class _Ready:
    """A message checked, rendered and marked ``sending``: what goes to the channel."""

    message_id: int
    channel: Channel
    payload: OutgoingEmail | OutgoingSms


def backoff(attempts: int) -> timedelta:
    return BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


def dispatch(
    database: PracticeDatabase,
    clock: Clock,
    *,
    limit: int = DUE_BATCH,
    cancelled: Callable[[], bool] = lambda: False,
) -> DispatchReport:
    """Plan, expire and send; only one process at a time (raises ``AlreadyRunning``)."""
    report = DispatchReport()
    with database.dispatch_lock():
        now = clock.now()
        with database.transaction() as session:
            report.unknown = recover_interrupted(session, now)
            # Recall programmes and medication schedules become reminders first (at most
            # once a local day, and again after a change that needs it).
            recalls.refresh(session, clock)
            medication.refresh(session, clock)
            report.planned = len(outbox.plan_messages(session, clock).created)
            report.expired = expire(session, now)
            cycle = Cycle.load(session)
            due = due_messages(session, now, limit)
        failed_channels: dict[Channel, SendResult] = {}
        with _EmailChannel(cycle.settings) as email:
            for message_id in due:
                if cancelled():
                    break
                ready = _prepare(database, clock, message_id, cycle, failed_channels, report)
                if ready is None:
                    continue
                if ready.channel is Channel.EMAIL:
                    assert isinstance(ready.payload, OutgoingEmail)
                    result = email.send(ready.payload)
                else:
                    assert cycle.settings.sms is not None
                    assert isinstance(ready.payload, OutgoingSms)
                    result = send_sms(cycle.settings.sms, ready.payload)
                if result.outcome is Outcome.MISCONFIGURED:
                    failed_channels[ready.channel] = result
                _record(database, clock, ready, result, report)
    return report


class _EmailChannel:
    """One SMTP connection for the cycle, opened only if an e-mail is due."""

    def __init__(self, settings: ChannelSettings) -> None:
        self._session = EmailSession(settings.email) if settings.email is not None else None

    def __enter__(self) -> _EmailChannel:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._session is not None:
            self._session.close()

    def send(self, email: OutgoingEmail) -> SendResult:
        assert self._session is not None  # _prepare holds e-mails when none is configured
        return self._session.send(email)


def recover_interrupted(session: Session, now: datetime) -> int:
    """Messages left ``sending`` by a process that died: unknown, for a person to check."""
    result = session.connection().execute(
        update(Message)
        .where(Message.status == MessageStatus.SENDING)
        .values(
            status=MessageStatus.UNKNOWN,
            last_error="interrupted while sending: check with the provider before resending",
            updated_at=now,
        )
    )
    return result.rowcount


def expire(session: Session, now: datetime) -> int:
    """Messages that no longer make sense (the appointment has passed) expire, with why."""
    result = session.connection().execute(
        update(Message)
        .where(
            Message.status.in_((*WAITING, MessageStatus.QUEUED)),
            Message.expires_at <= now,
        )
        .values(status=MessageStatus.EXPIRED, last_error=NO_LONGER_RELEVANT, updated_at=now)
    )
    return result.rowcount


def due_messages(session: Session, now: datetime, limit: int) -> list[int]:
    query = (
        select(Message.id)
        .where(
            Message.status.in_(WAITING),
            Message.scheduled_for <= now,
            (Message.next_attempt_at.is_(None)) | (Message.next_attempt_at <= now),
        )
        .order_by(Message.scheduled_for, Message.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def _prepare(
    database: PracticeDatabase,
    clock: Clock,
    message_id: int,
    cycle: Cycle,
    failed_channels: dict[Channel, SendResult],
    report: DispatchReport,
) -> _Ready | None:
    """Check the message again, render it and mark it; commits before anything is sent."""
    now = clock.now()
    with database.transaction() as session:
        message = session.get(Message, message_id)
        if message is None or message.status not in WAITING:
            return None  # changed since it was listed (cancelled, or by another desk)
        check = recheck(session, message, now, cycle)
        if check is not None:
            outcome, why = check
            close(session, message, outcome, why, now, report)
            return None
        missing = _missing_channel(message.channel, cycle.settings, failed_channels)
        if not cycle.practice.phone:
            missing = NO_PRACTICE_PHONE
        if missing is not None:
            _wait(message, missing, now + MISCONFIGURED_WAIT, report)
            return None
        try:
            rendered = message_render.render(
                session, message, cycle.practice, sms_reply_number=cycle.settings.sms_reply_number
            )
        except templates.TemplateError as exc:
            _wait(message, f"template: {exc}", now + TEMPLATE_ERROR_WAIT, report)
            return None
        message.subject = rendered.subject or ""
        message.body = rendered.body
        message.updated_at = now
        if message.channel in (Channel.LETTER, Channel.PHONE):
            # Paper joins the next print run, a call the call list: a person finishes them.
            message.status = MessageStatus.QUEUED
            if message.channel is Channel.LETTER:
                report.queued_letters += 1
            else:
                report.queued_calls += 1
            return None
        message.status = MessageStatus.SENDING
        message.attempts += 1
        patient = session.get(Patient, message.patient_id)
        assert patient is not None
        payload: OutgoingEmail | OutgoingSms
        if message.channel is Channel.EMAIL:
            practice = cycle.practice
            payload = OutgoingEmail(
                to_address=message.recipient,
                to_name=f"{patient.first_name} {patient.last_name}".strip(),
                subject=message.subject,
                text=rendered.body,
                html=rendered.html,
                idempotency_key=message.idempotency_key,
                unsubscribe_mailto=practice.email or None,
                unsubscribe_url=None,
                language=message.language,
            )
        else:
            payload = OutgoingSms(message.recipient, rendered.body, message.idempotency_key)
        return _Ready(message.id, message.channel, payload)


# Why a message waits, stored as its last error; screens translate these exact texts.
NO_EMAIL_SERVER = "no e-mail server is set up (Settings, or 'relais settings')"
NO_SMS_GATEWAY = "no SMS gateway is set up (Settings, or 'relais settings')"
NO_PRACTICE_PHONE = "the practice has no phone number (Settings): messages must give one"


def _missing_channel(
    channel: Channel, settings: ChannelSettings, failed: dict[Channel, SendResult]
) -> str | None:
    if channel in failed:
        return f"not sent: {failed[channel].detail}"
    if channel is Channel.EMAIL and settings.email is None:
        return NO_EMAIL_SERVER
    if channel is Channel.SMS and settings.sms is None:
        return NO_SMS_GATEWAY
    return None


# Why recheck sets a message aside, in English (logs, the command line, the message's
# last_error), and the code a screen says it by in the user's language (the print
# centre: app.letters.LeftOut.reason): written here, beside the checks, so the two
# cannot drift apart.
NO_LONGER_RELEVANT = "no longer relevant"
DUE_CHANGED = "what was due changed (moved or cancelled)"
PREFERENCES_CHANGED = "preferences changed since it was planned"
CONTACT_UNUSABLE = "the contact point is no longer usable"
CAP_REACHED = "cap reached at send time"
QUIET_TIME = "quiet time for this patient"
_PATIENT = "patient {status}"  # {status}: the patient's status, or "erased"
_CONSENT = "consent: {state} since it was planned"  # {state}: withdrawn, expired…
SETBACK_CODES = {
    NO_LONGER_RELEVANT: "expired",
    DUE_CHANGED: "due_changed",
    PREFERENCES_CHANGED: "preferences_changed",
    CONTACT_UNUSABLE: "contact_unusable",
    CAP_REACHED: "cap_reached",
    QUIET_TIME: "quiet_time",
}


def setback_code(why: str) -> tuple[str, dict[str, str]]:
    """What :func:`recheck`'s ``why`` says, as a code and its values: one of
    :data:`SETBACK_CODES`, "patient_status" {status}, "consent_changed" {state}, or
    "other" {why} for words it never writes (an older version's)."""
    if why in SETBACK_CODES:
        return SETBACK_CODES[why], {}
    consent_changed = re.fullmatch(_CONSENT.format(state="(.+)"), why)
    if consent_changed:
        return "consent_changed", {"state": consent_changed[1]}
    if why.startswith(_PATIENT.format(status="")):
        return "patient_status", {"status": why.removeprefix(_PATIENT.format(status=""))}
    return "other", {"why": why}


@dataclass(frozen=True)
class RecheckFacts:
    """What :func:`recheck` reads about many messages, read in a few queries for all of them.

    A print run checks a thousand letters at once; read one by one, these
    reads were most of its time.  The checks themselves stay in
    :func:`recheck`, the same whichever way their facts were read.
    """

    items: dict[int, list[tuple[Reminder, datetime]]]  # by message id
    events: dict[int, list[consent.EventView]]  # by patient id
    prefs: dict[int, preferences.ContactPreferences]  # by patient id
    contacts: dict[int, list[ContactPoint]]  # usable (not bounced) ones, by patient id

    @classmethod
    def load(cls, session: Session, messages: list[Message]) -> RecheckFacts:
        patient_ids = sorted({m.patient_id for m in messages})
        items: dict[int, list[tuple[Reminder, datetime]]] = {}
        for piece in chunks([m.id for m in messages]):
            for message_id, reminder, due in session.execute(
                select(MessageItem.message_id, Reminder, MessageItem.due_at)
                .join(MessageItem, MessageItem.reminder_id == Reminder.id)
                .where(MessageItem.message_id.in_(piece))
            ):
                items.setdefault(message_id, []).append((reminder, due))
        contacts: dict[int, list[ContactPoint]] = {}
        for piece in chunks(patient_ids):
            for contact in session.scalars(
                select(ContactPoint)
                .where(ContactPoint.patient_id.in_(piece), ContactPoint.bounced.is_(False))
                .order_by(ContactPoint.id)
            ):
                contacts.setdefault(contact.patient_id, []).append(contact)
        return cls(
            items,
            consent.events_by_patient(session, patient_ids),
            preferences.load_many(session, patient_ids),
            contacts,
        )


def recheck(  # noqa: PLR0911 -- one return per check, in the order they are made
    session: Session,
    message: Message,
    now: datetime,
    cycle: Cycle,
    facts: RecheckFacts | None = None,
) -> tuple[str, str] | None:
    """Why the message must not go now: ("expired" | "cancelled" | "rescheduled", why).

    ``facts`` read beforehand for many messages (:meth:`RecheckFacts.load`)
    spare the reads of this one; read in the same transaction, they are
    as current as the reads they spare.
    """
    if message.expires_at <= now:
        return "expired", NO_LONGER_RELEVANT
    patient = session.get(Patient, message.patient_id)
    if patient is None or patient.status is not PatientStatus.ACTIVE:
        return "cancelled", _PATIENT.format(status=patient.status.value if patient else "erased")
    if facts is not None:
        items = facts.items.get(message.id, [])
    else:
        items = [
            (reminder, due)
            for reminder, due in session.execute(
                select(Reminder, MessageItem.due_at)
                .join(MessageItem, MessageItem.reminder_id == Reminder.id)
                .where(MessageItem.message_id == message.id)
            )
        ]
    if any(r.status is not ReminderStatus.ACTIVE or r.due_at != due for r, due in items):
        return "cancelled", DUE_CHANGED
    purposes = cycle.purposes
    if facts is not None:
        events = facts.events.get(patient.id, [])
        prefs = facts.prefs.get(patient.id) or preferences.load(session, patient.id)
    else:
        events = consent.events_by_patient(session, [patient.id]).get(patient.id, [])
        prefs = preferences.load(session, patient.id)
    for reminder, _due in items:
        view = purposes[reminder.purpose_id]
        state = consent.state_of(events, view, message.channel, now)
        if not state.allowed:
            return "cancelled", _CONSENT.format(state=state.reason)
        wanted = prefs.channels_for(view.code)
        if message.channel not in wanted and message.channel is not Channel.LETTER:
            return "cancelled", PREFERENCES_CHANGED
    known = facts.contacts.get(patient.id, []) if facts is not None else None
    if not _reachable(session, patient.id, message, known):
        return "cancelled", CONTACT_UNUSABLE
    for cap, span in ((prefs.max_per_week, WEEK), (prefs.max_per_month, MONTH)):
        if cap is not None and _delivered_around(session, message, now, span) >= cap:
            return "cancelled", CAP_REACHED
    if is_quiet(now, message.channel, prefs, cycle.practice.zone()):
        return "rescheduled", QUIET_TIME
    return None


def _reachable(
    session: Session, patient_id: int, message: Message, known: list[ContactPoint] | None = None
) -> bool:
    """Still a usable contact point; a changed number or address is taken as it is now.

    ``known``: the patient's usable contact points of every kind, read beforehand.
    """
    kinds = CONTACT_FOR[message.channel]
    if known is not None:
        contacts = [c for c in known if c.kind in kinds]
    else:
        contacts = list(
            session.scalars(
                select(ContactPoint)
                .where(
                    ContactPoint.patient_id == patient_id,
                    ContactPoint.kind.in_(kinds),
                    ContactPoint.bounced.is_(False),
                )
                .order_by(ContactPoint.id)
            )
        )
    if not contacts:
        return False
    if message.recipient not in {c.value for c in contacts}:
        message.recipient = contacts[0].value
    return True


def _delivered_around(session: Session, message: Message, now: datetime, span: timedelta) -> int:
    counted = session.scalar(
        select(func.count())
        .select_from(Message)
        .where(
            Message.patient_id == message.patient_id,
            Message.id != message.id,
            Message.status.in_(DELIVERED),
            Message.scheduled_for > now - span,
            Message.scheduled_for < now + span,
        )
    )
    return int(counted or 0)


def close(
    session: Session,
    message: Message,
    outcome: str,
    why: str,
    now: datetime,
    report: DispatchReport,
) -> None:
    message.last_error = why
    message.updated_at = now
    if outcome == "rescheduled":
        message.next_attempt_at = now + timedelta(minutes=30)
        report.rescheduled += 1
        return
    if outcome == "expired":
        message.status = MessageStatus.EXPIRED
        report.expired += 1
        return
    message.status = MessageStatus.CANCELLED
    report.cancelled += 1
    # Never sent: free the occasion so the next plan can choose another channel, which
    # then takes the same key.
    message.idempotency_key = f"{message.idempotency_key}~{message.id}"
    session.execute(delete(MessageItem).where(MessageItem.message_id == message.id))
    attention.renew(session, message.patient_id)
    report.problems.append(f"message {message.id} cancelled: {why}")


def _wait(message: Message, why: str, until: datetime, report: DispatchReport) -> None:
    message.status = MessageStatus.RETRY
    message.next_attempt_at = until
    message.last_error = why
    report.retry += 1
    report.problems.append(f"message {message.id} waits: {why}")


def _record(
    database: PracticeDatabase,
    clock: Clock,
    ready: _Ready,
    result: SendResult,
    report: DispatchReport,
) -> None:
    now = clock.now()
    with database.transaction() as session:
        message = session.get(Message, ready.message_id)
        assert message is not None
        message.updated_at = now
        message.provider_id = result.provider_id
        if result.outcome is Outcome.SENT:
            message.status = MessageStatus.SENT
            message.sent_at = now
            message.last_error = None
            report.sent += 1
            reach.refresh(session, [message.id])  # what the dashboard keeps of reminders that left
            return
        message.last_error = result.detail
        if result.outcome is Outcome.FAILED:
            message.status = MessageStatus.FAILED
            report.failed += 1
            report.problems.append(f"message {message.id} failed: {result.detail}")
            if message.channel is Channel.EMAIL:
                _mark_bounced(session, message)
            return
        wait = MISCONFIGURED_WAIT if result.outcome is Outcome.MISCONFIGURED else None
        _wait(message, result.detail, now + (wait or backoff(message.attempts)), report)


def _mark_bounced(session: Session, message: Message) -> None:
    """A refused address is not tried again: the planner falls back to the next channel."""
    session.execute(
        update(ContactPoint)
        .where(
            ContactPoint.patient_id == message.patient_id,
            ContactPoint.value == message.recipient,
        )
        .values(bounced=True)
    )
    attention.renew(session, message.patient_id)


def describe(report: DispatchReport) -> dict[str, Any]:
    """The report as plain data, for the command line and the logs."""
    return {
        name: getattr(report, name)
        for name in (
            "planned",
            "sent",
            "retry",
            "failed",
            "expired",
            "cancelled",
            "rescheduled",
            "queued_letters",
            "queued_calls",
            "unknown",
        )
    }
