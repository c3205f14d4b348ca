"""The planner (DESIGN §5): state + now → the messages that should exist, and why.

A pure function: no database, no clock.  ``app.outbox`` reads the state and
writes what this returns.  For each reminder and each lead time of each
channel, it decides

1. whether the patient can be written to at all (status: deceased, moved);
2. which channel: the patient's preferred channels in order, each kept only if
   the purpose's lawful basis allows it (care: unless objected; consent: only
   with a recorded consent) and a usable contact point exists (not bounced);
   paper takes over when nothing digital is left and a postal address exists;
3. when: the lead time's day at the practice's sending hour, moved out of
   the patient's quiet hours, days and public holidays for the channels they
   apply to; a letter must leave early enough for the post;
4. merging: what is due for one patient on one channel and one day becomes one
   message;
5. caps: at most N messages per rolling week and 30 days, counting what was
   already planned or sent; and a satisfaction survey at most once per
   ``survey_cap`` (90 days by default, :mod:`app.surveys`) for each patient.

Every planned message carries a structured reason; everything left out is an
:class:`Exclusion` with a code and the facts behind it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache, cached_property
from typing import Any
from zoneinfo import ZoneInfo

from app import consent
from app.consent import ConsentState, EventView, PurposeView
from app.holidays import is_public_holiday
from app.preferences import ContactPreferences
from db.models import Channel, ContactKind, LawfulBasis, PatientStatus

_LEAD = re.compile(r"^P(?:(\d+)D)?(?:T(\d+)H)?$")

# DESIGN §5 and the issue: an appointment gets a letter a week before and a
# text or e-mail two days before and the day before; recalls two weeks ahead
# on paper, a week ahead otherwise; medication the day before; other
# reminders on the day (ON_THE_DAY).
DEFAULT_LEADS: dict[str, dict[Channel, tuple[str, ...]]] = {
    "appointment_reminder": {
        Channel.LETTER: ("P7D",),
        Channel.SMS: ("P2D", "P1D"),
        Channel.EMAIL: ("P2D", "P1D"),
        Channel.PHONE: ("P2D",),
    },
    # A prescription to renew or an injection at a set time: the day before, since on
    # the day a morning time falls in the default quiet hours (before 9:00).
    "medication_reminder": {
        Channel.LETTER: ("P7D",),
        Channel.SMS: ("P1D",),
        Channel.EMAIL: ("P1D",),
        Channel.PHONE: ("P1D",),
    },
    "screening_recall": {
        Channel.LETTER: ("P14D",),
        Channel.SMS: ("P7D",),
        Channel.EMAIL: ("P7D",),
        Channel.PHONE: ("P7D",),
    },
    "vaccination": {
        Channel.LETTER: ("P14D",),
        Channel.SMS: ("P7D",),
        Channel.EMAIL: ("P7D",),
        Channel.PHONE: ("P7D",),
    },
}
# A purpose without lead times of its own: on the day, and paper a week ahead for the post.
ON_THE_DAY: dict[Channel, tuple[str, ...]] = {
    channel: ("P7D",) if channel is Channel.LETTER else ("P0D",) for channel in Channel
}

# Purposes sent first when several are merged, and named in the message's purpose.
CARE_FIRST = (
    "appointment_reminder",
    "medication_reminder",
    "vaccination",
    "screening_recall",
    "satisfaction_survey",
    "health_education",
    "practice_events",
)

CONTACT_FOR: dict[Channel, tuple[ContactKind, ...]] = {
    Channel.SMS: (ContactKind.MOBILE,),
    Channel.EMAIL: (ContactKind.EMAIL,),
    Channel.LETTER: (ContactKind.POSTAL,),
    Channel.PHONE: (ContactKind.MOBILE, ContactKind.LANDLINE),
}
SURVEY_PURPOSE = "satisfaction_survey"
DEFAULT_SURVEY_CAP = timedelta(days=90)
WEEK = timedelta(days=7)
MONTH = timedelta(days=30)
# How far quiet times may push a message before it is pointless: a week of
# quiet days (plus holidays) is the longest a patient can ask for.
LONGEST_QUIET_SEARCH = 10


@cache
def lead_delta(code: str) -> timedelta:
    """ISO 8601 durations of days and hours: P7D, P1D, P0D, PT2H."""
    match = _LEAD.match(code)
    if match is None or code in ("P", "PT"):
        raise ValueError(f"{code!r} is not a lead time like P7D or PT2H")
    return timedelta(days=int(match.group(1) or 0), hours=int(match.group(2) or 0))


@dataclass(frozen=True)
class Contact:
    kind: ContactKind
    value: str
    bounced: bool = False


@dataclass(frozen=True)
class PatientFacts:
    """What the planner needs to know about one patient."""

    id: int
    status: PatientStatus
    language: str
    preferences: ContactPreferences
    contacts: tuple[Contact, ...]
    consent_events: tuple[EventView, ...] = ()

    def contact_for(self, channel: Channel) -> Contact | None:
        for kind in CONTACT_FOR[channel]:
            for contact in self.contacts:
                if contact.kind is kind and not contact.bounced:
                    return contact
        return None


@dataclass(frozen=True)
class DueReminder:
    id: int
    patient_id: int
    purpose: PurposeView
    due_at: datetime
    label: str = ""
    # The appointment's time matters to the minute; a recall's only to the day.
    exact_time: bool = True
    # A recall programme's step can name its channel (SMS, then a letter, then a
    # call); None lets the patient's preferences choose.
    channel: Channel | None = None


@dataclass(frozen=True)
class PlannerSettings:
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Paris"))
    sending_time: time = time(10, 0)
    postal_days: int = 3
    leads: Mapping[str, Mapping[Channel, tuple[str, ...]]] = field(
        default_factory=lambda: DEFAULT_LEADS
    )

    def leads_for(self, purpose_code: str, channel: Channel) -> tuple[str, ...]:
        return self.leads.get(purpose_code, ON_THE_DAY).get(channel, ON_THE_DAY[channel])


@dataclass(frozen=True)
class PlannerInput:
    now: datetime
    reminders: Sequence[DueReminder]
    patients: Mapping[int, PatientFacts]
    # When each patient's messages already in the outbox (planned or sent) go out: caps.
    outbox_times: Mapping[int, Sequence[datetime]] = field(default_factory=dict)
    # (reminder id, lead, due_at) already in the outbox: planned once, never again.
    planned: frozenset[tuple[int, str, datetime]] = frozenset()
    settings: PlannerSettings = field(default_factory=PlannerSettings)
    # Satisfaction surveys: when each patient was last asked (only those with a survey
    # reminder due are looked up), and how long before they may be asked again.
    surveyed: Mapping[int, datetime] = field(default_factory=dict)
    survey_cap: timedelta = DEFAULT_SURVEY_CAP


@dataclass(frozen=True)
class PlannedItem:
    reminder_id: int
    lead: str
    due_at: datetime
    purpose: str
    label: str


@dataclass(frozen=True)
class PlannedMessage:
    patient_id: int
    channel: Channel
    send_at: datetime
    expires_at: datetime
    recipient: str
    items: tuple[PlannedItem, ...]
    reason: dict[str, Any]

    @property
    def purpose(self) -> str:
        return self.items[0].purpose

    @cached_property
    def idempotency_key(self) -> str:
        return item_key(self.items[0])


def item_key(item: PlannedItem) -> str:
    return f"{item.reminder_id}:{item.lead}:{item.due_at:%Y%m%dT%H%MZ}"


@dataclass(frozen=True)
class Exclusion:
    """Something due that will not be sent (or not on that lead time), with why."""

    patient_id: int
    reminder_id: int
    code: str  # see EXCLUSION_CODES
    lead: str | None = None
    channel: Channel | None = None
    detail: dict[str, Any] = field(default_factory=dict)


EXCLUSION_CODES = (
    "patient_deceased",
    "patient_moved",
    "patient_archived",
    "objection",
    "no_consent",
    "no_usable_contact",
    "too_late_for_post",
    "superseded",
    "past",
    "quiet_no_slot",
    "cap_week",
    "cap_month",
    "survey_cap",
)


@dataclass
class Plan:
    messages: list[PlannedMessage] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
    # When each reminder looked at needs the planner again: tomorrow when a cap held
    # it back; otherwise only a change can bring anything new (its due time).
    attention: dict[int, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class _Candidate:
    reminder: DueReminder
    channel: Channel
    lead: str
    send_at: datetime
    recipient: str
    why: dict[str, Any]


def plan(state: PlannerInput) -> Plan:
    """Decide every message that should exist after ``state.now``; deterministic."""
    result = Plan()
    candidates: list[_Candidate] = []
    surveys = _SurveyCap(state)
    for reminder in sorted(state.reminders, key=lambda r: (r.due_at, r.id)):
        patient = state.patients.get(reminder.patient_id)
        if patient is None:
            continue
        if reminder.purpose.code == SURVEY_PURPOSE:
            chosen = _for_reminder(state, reminder, patient, result, surveys)
            if chosen:
                surveys.asked(patient.id, reminder.due_at)
            candidates += chosen
            continue
        candidates += _for_reminder(state, reminder, patient, result)
    merged = _merge(candidates, state.settings.zone)
    result.messages = _apply_caps(state, merged, result)
    result.messages.sort(key=lambda m: (m.send_at, m.patient_id, m.channel.value))
    return result


_STATUS_EXCLUSION = {
    PatientStatus.DECEASED: "patient_deceased",
    PatientStatus.MOVED: "patient_moved",
    PatientStatus.ARCHIVED: "patient_archived",
}


class _SurveyCap:
    """Who was asked to answer a survey when, as the run goes (two survey reminders of
    one patient due the same week ask once)."""

    def __init__(self, state: PlannerInput) -> None:
        self.cap = state.survey_cap
        self.last = dict(state.surveyed)
        self._state = state
        self._planned: set[int] | None = None

    def asked(self, patient_id: int, when: datetime) -> None:
        self.last[patient_id] = max(when, self.last.get(patient_id, when))

    def holds(self, reminder: DueReminder) -> datetime | None:
        """When the patient was last asked, if that is within the cap of this reminder."""
        last = self.last.get(reminder.patient_id)
        if last is None or reminder.due_at - last >= self.cap:
            return None
        if self._planned is None:
            self._planned = {rid for rid, _lead, _due in self._state.planned}
        # A reminder already planned asked with its own message: that is not "again".
        return None if reminder.id in self._planned else last


def _for_reminder(
    state: PlannerInput,
    reminder: DueReminder,
    patient: PatientFacts,
    result: Plan,
    surveys: _SurveyCap | None = None,
) -> list[_Candidate]:
    exclusions = result.exclusions
    # Every lead time is decided now; only a change (which clears this) or a cap
    # freeing up can bring anything new.
    result.attention[reminder.id] = reminder.due_at

    def exclude(code: str, **detail: Any) -> None:
        exclusions.append(
            Exclusion(
                patient.id,
                reminder.id,
                code,
                lead=detail.pop("lead", None),
                channel=detail.pop("channel", None),
                detail=detail,
            )
        )

    if patient.status in _STATUS_EXCLUSION:
        exclude(_STATUS_EXCLUSION[patient.status])
        return []
    if reminder.due_at <= state.now:
        exclude("past", due_at=reminder.due_at.isoformat())
        return []
    if surveys is not None and (last := surveys.holds(reminder)) is not None:
        exclude(
            "survey_cap",
            last_asked=last.isoformat(),
            cap_days=surveys.cap.days,
            until=(last + surveys.cap).isoformat(),
        )
        return []
    chosen = _choose_channel(reminder, patient, state.now)
    if isinstance(chosen, Exclusion):
        exclusions.append(chosen)
        return []
    channel, contact, why = chosen
    settings = state.settings
    leads = sorted(settings.leads_for(reminder.purpose.code, channel), key=lead_delta, reverse=True)
    timings = [(lead, _lead_time(reminder, lead, settings)) for lead in leads]
    candidates = []
    for index, (lead, lead_time) in enumerate(timings):
        if (reminder.id, lead, reminder.due_at) in state.planned:
            continue
        when = lead_time
        if when <= state.now:
            # Catching up (the app was closed, or the appointment was booked late): a
            # lead time whose moment has passed still goes now, unless a later one has
            # passed too, which then says the same thing closer to the day.
            later = [other for other, at in timings[index + 1 :] if at <= state.now]
            if later:
                exclude("superseded", lead=lead, channel=channel, by=later[-1])
                continue
            when = state.now
        moved = _out_of_quiet_times(when, channel, patient.preferences, settings.zone)
        if moved is None or moved >= reminder.due_at:
            exclude("quiet_no_slot", lead=lead, channel=channel)
            continue
        if channel is Channel.LETTER and moved > _last_posting(reminder, settings):
            exclude(
                "too_late_for_post", lead=lead, channel=channel, postal_days=settings.postal_days
            )
            continue
        timing = {"lead": lead, "planned_for": when.isoformat()}
        if moved != when:
            timing["moved_for_quiet_times"] = moved.isoformat()
        candidates.append(
            _Candidate(reminder, channel, lead, moved, contact.value, {**why, **timing})
        )
    return candidates


def _choose_channel(
    reminder: DueReminder, patient: PatientFacts, now: datetime
) -> tuple[Channel, Contact, dict[str, Any]] | Exclusion:
    """The first preferred channel the basis allows and a contact point reaches."""
    prefs = patient.preferences
    purpose = reminder.purpose
    wanted = prefs.channels_for(purpose.code)
    by_step = False
    if reminder.channel is not None and not prefs.paper_only:
        by_step = True
        step = reminder.channel
        if step is Channel.LETTER and prefs.call_instead_of_letter:
            step = Channel.PHONE
        wanted = [step]
    skipped: list[dict[str, str]] = []
    states: dict[Channel, ConsentState] = {}
    for channel in [*wanted, *([] if Channel.LETTER in wanted else [Channel.LETTER])]:
        state = consent.state_of(patient.consent_events, purpose, channel, now)
        states[channel] = state
        if not state.allowed:
            skipped.append({"channel": channel.value, "why": state.reason})
            continue
        contact = patient.contact_for(channel)
        if contact is None:
            skipped.append({"channel": channel.value, "why": "no_usable_contact"})
            continue
        fallback = channel not in wanted
        why: dict[str, Any] = {
            "purpose": purpose.code,
            "basis": purpose.basis.value,
            "consent": {"state": state.reason, "event_id": state.event_id},
            "channel": channel.value,
            "chosen_by": "paper_fallback" if fallback else "step" if by_step else "preference",
            "preference_order": [c.value for c in wanted],
            "skipped": skipped,
        }
        if prefs.paper_only:
            why["chosen_by"] = "paper_only"
        return channel, contact, why
    reasons = {s["why"] for s in skipped}
    if "objected" in reasons and all(not s.allowed for s in states.values()):
        code = "objection"
    elif purpose.basis is LawfulBasis.CONSENT and not any(s.allowed for s in states.values()):
        code = "no_consent"
    else:
        code = "no_usable_contact"
    return Exclusion(patient.id, reminder.id, code, detail={"skipped": skipped})


def _lead_time(reminder: DueReminder, lead: str, settings: PlannerSettings) -> datetime:
    """When a lead time sends: that many days before, at the practice's sending hour."""
    delta = lead_delta(lead)
    if timedelta(0) < delta < timedelta(days=1) and reminder.exact_time:
        return reminder.due_at - delta  # PT2H: two hours before, to the minute
    local_due = reminder.due_at.astimezone(settings.zone)
    day = local_due.date() - timedelta(days=delta.days)
    moment = datetime.combine(day, settings.sending_time, settings.zone)
    if delta.days == 0 and moment >= reminder.due_at:
        # Something due at 8:00 cannot be announced at 10:00 the same day.
        moment = reminder.due_at - timedelta(hours=2)
    return moment.astimezone(reminder.due_at.tzinfo)


def _last_posting(reminder: DueReminder, settings: PlannerSettings) -> datetime:
    return reminder.due_at - timedelta(days=settings.postal_days)


def is_quiet(moment: datetime, channel: Channel, prefs: ContactPreferences, zone: ZoneInfo) -> bool:
    """Whether the patient asked for no message of this channel at this moment."""
    if channel not in prefs.quiet_channels:
        return False
    local = moment.astimezone(zone)
    if local.isoweekday() in prefs.quiet_days:
        return True
    if prefs.quiet_on_public_holidays and is_public_holiday(local.date()):
        return True
    opening, closing = _hours(prefs.quiet_before, prefs.quiet_after)
    return not opening <= local.time().replace(tzinfo=None) < closing


@cache
def _hours(before: str, after: str) -> tuple[time, time]:
    return time.fromisoformat(before), time.fromisoformat(after)


def _out_of_quiet_times(
    moment: datetime, channel: Channel, prefs: ContactPreferences, zone: ZoneInfo
) -> datetime | None:
    """The first moment at or after ``moment`` outside the quiet times, or None."""
    local = moment.astimezone(zone)
    opening_time = time.fromisoformat(prefs.quiet_before)
    for offset in range(LONGEST_QUIET_SEARCH):
        opening = datetime.combine(local.date() + timedelta(days=offset), opening_time, zone)
        candidate = max(opening, local) if offset == 0 else opening
        if not is_quiet(candidate, channel, prefs, zone):
            return candidate.astimezone(moment.tzinfo)
    return None


def _merge(candidates: Iterable[_Candidate], zone: ZoneInfo) -> list[PlannedMessage]:
    """One message per patient, channel and local day, at the earliest of its times."""
    groups: dict[tuple[int, Channel, date], list[_Candidate]] = defaultdict(list)
    for candidate in candidates:
        day = candidate.send_at.astimezone(zone).date()
        groups[(candidate.reminder.patient_id, candidate.channel, day)].append(candidate)
    messages = []
    for (patient_id, channel, _day), group in groups.items():
        group.sort(key=lambda c: (_priority(c.reminder.purpose.code), c.reminder.due_at))
        items = tuple(
            PlannedItem(
                c.reminder.id, c.lead, c.reminder.due_at, c.reminder.purpose.code, c.reminder.label
            )
            for c in group
        )
        reason = dict(group[0].why)
        if len(group) > 1:
            reason["merged"] = [c.why for c in group[1:]]
        messages.append(
            PlannedMessage(
                patient_id=patient_id,
                channel=channel,
                send_at=min(c.send_at for c in group),
                expires_at=min(c.reminder.due_at for c in group),
                recipient=group[0].recipient,
                items=items,
                reason=reason,
            )
        )
    return messages


def _priority(purpose_code: str) -> int:
    return CARE_FIRST.index(purpose_code) if purpose_code in CARE_FIRST else len(CARE_FIRST)


def _apply_caps(
    state: PlannerInput, messages: list[PlannedMessage], result: Plan
) -> list[PlannedMessage]:
    """Keep messages in time order while each patient's weekly and monthly caps allow."""
    taken: dict[int, list[datetime]] = {
        pid: sorted(times) for pid, times in state.outbox_times.items()
    }
    kept = []
    for message in sorted(messages, key=lambda m: (m.send_at, _priority(m.purpose))):
        prefs = state.patients[message.patient_id].preferences
        times = taken.setdefault(message.patient_id, [])
        if prefs.max_per_week is None and prefs.max_per_month is None:
            times.append(message.send_at)  # no caps: nothing to count, but others may
            kept.append(_with_reason(message, {"caps": None}))
            continue
        week = _count_around(times, message.send_at, WEEK)
        month = _count_around(times, message.send_at, MONTH)
        caps = {"week": [week, prefs.max_per_week], "month": [month, prefs.max_per_month]}
        if prefs.max_per_week is not None and week >= prefs.max_per_week:
            code = "cap_week"
        elif prefs.max_per_month is not None and month >= prefs.max_per_month:
            code = "cap_month"
        else:
            times.append(message.send_at)
            times.sort()
            kept.append(_with_reason(message, {"caps": caps}))
            continue
        for item in message.items:
            # A cap frees up as days pass: look again tomorrow.
            tomorrow = state.now + timedelta(days=1)
            result.attention[item.reminder_id] = min(result.attention[item.reminder_id], tomorrow)
            result.exclusions.append(
                Exclusion(
                    message.patient_id,
                    item.reminder_id,
                    code,
                    lead=item.lead,
                    channel=message.channel,
                    detail={"caps": caps},
                )
            )
    return kept


def _count_around(times: Sequence[datetime], moment: datetime, span: timedelta) -> int:
    """Messages within ``span`` before or after ``moment``: any window holding it counts."""
    return sum(1 for t in times if abs(t - moment) < span)


def _with_reason(message: PlannedMessage, extra: dict[str, Any]) -> PlannedMessage:
    return PlannedMessage(
        message.patient_id,
        message.channel,
        message.send_at,
        message.expires_at,
        message.recipient,
        message.items,
        {**message.reason, **extra},
    )
