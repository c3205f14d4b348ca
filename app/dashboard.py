"""The trust dashboard (issue 6, item 4; DESIGN §2.5): the signs of trust, measured.

Trust cannot be measured directly, but its signs can: patients who keep their
consents, messages that arrive, appointments kept, patients who recommend the
practice and come back, complaints answered on time, nobody left out for not
being online, and nobody written to too often.  :func:`compute` reads them all
for a period (whole local days at the practice, both ends included) and a
choice of purposes and channels; every figure carries its numerator and
denominator where it is a share, and :data:`HOW` says exactly how it is
counted (the screen shows it as a tooltip, translated by figure family).

Everything is aggregated by the database (GROUP BY, conditional sums, one
window function for the consent ledger): Python only ever sees a few hundred
grouped rows, whatever the number of patients.  The figures the transparency
report also prints (messages by outcome, complaints and their deadlines) are
read by the report's own queries (:mod:`app.transparency`), and the survey
figures by the survey registry's (:mod:`app.surveys`), so the waiting-room PDF,
the Feedback page and the dashboard never disagree.

The figures are "as known now": a survey answered after the period still
counts as answered, a complaint's deadline not yet reached is not late.  The
consent ledger is read as it stood at the end of the period (or now, if the
period is not over).  The patient's status (active, moved, deceased, archived)
has no history: it is read as it is today.
"""

from __future__ import annotations

import csv
import itertools
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from app import reach, surveys, transparency
from app.batches import chunks
from app.transparency import Period, PurposeName
from db.models import (
    Appointment,
    AppointmentOutcome,
    CallOutcome,
    Channel,
    ConsentEvent,
    ConsentKind,
    LawfulBasis,
    Message,
    MessageMonth,
    MessageMonthSize,
    Patient,
    PatientStatus,
    Preferences,
    Purpose,
    Reminder,
    ReminderStatus,
)

RETENTION_WINDOW = relativedelta(months=12)
INTRUSION_PERCENTILE = 95
# What stops a purpose on a channel: opt-outs (withdrawn, refused) and objections.
STOPPING = (ConsentKind.WITHDRAWN, ConsentKind.REFUSED, ConsentKind.OBJECTED)
# The state "at the start" of a period is the one just before it: an event
# recorded at the very first instant belongs to the period.
_INSTANT = timedelta(microseconds=1)

# Units of a figure's value.
SHARE, COUNT, DAYS, SCORE, PER_PATIENT = "share", "count", "days", "score", "per_patient"
# Filters a figure may follow (the CSV says which ones it did).
BY_PERIOD, BY_PURPOSE, BY_CHANNEL = "period", "purpose", "channel"

# How a message ended, as the delivery figures show it (the report's words in brackets).
DELIVERY_OUTCOMES = ("sent", "failed", "bounced", "unknown")
_FROM_REPORT = {
    transparency.SENT: "sent",
    transparency.FAILED: "failed",
    transparency.UNDELIVERABLE: "bounced",
    transparency.UNSURE: "unknown",
}
REMINDER_GROUPS = ("with_reminder", "without_reminder")
APPOINTMENT_OUTCOMES = tuple(AppointmentOutcome)


# -- what the figures are ---------------------------------------------------------------

LABELS: dict[str, str] = {
    "consent_coverage": "Consent coverage",
    "opt_out": "Opt-out rate",
    "objection": "Objection rate",
    "delivery": "Delivery rate",
    "delivery_outcome": "Messages by outcome",
    "survey_response": "Survey response rate",
    "nps": "Net Promoter Score",
    "nps_month": "Net Promoter Score by month",
    "attendance": "Appointments by outcome",
    "complaints_received": "Complaints received",
    "complaints_acknowledge_days": "Median days to acknowledge a complaint",
    "complaints_answer_days": "Median days to answer a complaint",
    "complaints_acknowledged_on_time": "Complaints acknowledged on time",
    "complaints_answered_on_time": "Complaints answered on time",
    "retention": "Patients seen again within 12 months",
    "paper_reach": "Reach of patients on paper only",
    "messages_per_patient_mean": "Messages per patient per month (mean)",
    "messages_per_patient_p95": "Messages per patient per month (95th percentile)",
    "messages_per_patient_max": "Messages per patient per month (most)",
}

HOW: dict[str, str] = {
    "consent_coverage": (
        "Active patients for whom the purpose is allowed on at least one of the chosen "
        "channels at the end of the period, out of all active patients. Allowed: a consent "
        "given and not withdrawn, refused, objected to or expired; for a care purpose, no "
        "withdrawal, refusal or objection (the care basis needs no consent). The last event "
        "of the consent ledger for each channel decides."
    ),
    "opt_out": (
        "Patients who withdrew or refused the purpose on a chosen channel during the period, "
        "out of the active patients for whom it was allowed there at the start of the "
        "period (consent given, or the care basis without an objection). Patients count "
        "once, however many channels they withdrew."
    ),
    "objection": (
        "Patients who objected to the purpose (or to every consent-based purpose, GDPR "
        "Art. 21) on a chosen channel during the period, out of the active patients for "
        "whom it was allowed there at the start of the period."
    ),
    "delivery": (
        "Messages that left: sent by the e-mail server or the SMS gateway, letters printed "
        "or posted, calls answered or a voicemail left; out of the messages that ended in "
        "the period (sent, failed, bounced or unknown), by when they ended. Messages "
        "stopped before leaving (appointment cancelled, consent withdrawn) are not counted. "
        "Relais gets no delivery receipts: sent is the most it can say."
    ),
    "delivery_outcome": (
        "Messages that ended in the period on the channel, by outcome: sent; failed (the "
        "gateway refused, too late to be useful, three calls unanswered); bounced (an "
        "e-mail address the server refused, a wrong number); unknown (a crash while "
        "sending, waiting for a person to check). Share of the four together."
    ),
    "survey_response": (
        "Survey invitations made in the period on the chosen channels that have been "
        "answered (whenever the answer came), out of those invitations whose message "
        "left or is still to leave (or asked at the desk or on a call)."
    ),
    "nps": (
        "Net Promoter Score of the answers to the question 'would you recommend the "
        "practice' (0 to 10) given in the period, on the chosen channels (the one that "
        "asked): the percentage of promoters (9 or 10) minus the percentage of detractors "
        "(0 to 6), from -100 to +100."
    ),
    "nps_month": (
        "The Net Promoter Score of the answers given in each calendar month of the period "
        "(practice's time zone), on the chosen channels (the one that asked): "
        "% promoters (9-10) minus % detractors (0-6)."
    ),
    "attendance": (
        "Appointments in the period with an outcome recorded, by outcome: attended, "
        "missed without warning, cancelled in time; as a share of those with an outcome "
        "in the group. With a reminder: a reminder of the appointment left before it "
        "(sent, printed, posted, or a call answered or a voicemail left), on a chosen "
        "channel. Without: no reminder left at all. "
        "Appointments reminded only on other channels are in neither group."
    ),
    "complaints_received": "Complaints received in the period (the register's date received).",
    "complaints_acknowledge_days": (
        "Median calendar days from receiving a complaint to acknowledging it, among "
        "those received in the period and acknowledged by its end (or today)."
    ),
    "complaints_answer_days": (
        "Median calendar days from receiving a complaint to answering it, among those "
        "received in the period and answered by its end (or today)."
    ),
    "complaints_acknowledged_on_time": (
        "Complaints received in the period acknowledged by their deadline, out of those "
        "already judged: acknowledged, or still not acknowledged past their deadline."
    ),
    "complaints_answered_on_time": (
        "Complaints received in the period answered by their deadline, out of those "
        "already judged: answered, or still not answered past their deadline."
    ),
    "retention": (
        "Patients with an attended appointment in the 12 months before the period's "
        "start (and not since recorded as moved or deceased), who attended another "
        "appointment from the period's start to 12 months later (or to today, if that "
        "is sooner)."
    ),
    "paper_reach": (
        "Active patients on paper only (letters only, or no digital access) with a "
        "reminder due in the period, who were reached for every such reminder: a letter "
        "marked posted, or a call that reached them. A letter printed but not marked "
        "posted does not count. Cancelled reminders are left out."
    ),
    "messages_per_patient_mean": (
        "Messages that left for a patient in a calendar month (sent, printed, posted, a "
        "call answered or a voicemail; by when they left), averaged over every patient "
        "and month with at least one message in the period."
    ),
    "messages_per_patient_p95": (
        "The 95th percentile (nearest rank) of messages that left for a patient in a "
        "calendar month, over every patient and month with at least one message: 95 % "
        "of patients got this many or fewer that month."
    ),
    "messages_per_patient_max": (
        "The most messages that left for one patient in one calendar month of the period."
    ),
}

FILTERS: dict[str, tuple[str, ...]] = {
    "consent_coverage": (BY_PERIOD, BY_PURPOSE, BY_CHANNEL),
    "opt_out": (BY_PERIOD, BY_PURPOSE, BY_CHANNEL),
    "objection": (BY_PERIOD, BY_PURPOSE, BY_CHANNEL),
    "delivery": (BY_PERIOD, BY_PURPOSE, BY_CHANNEL),
    "delivery_outcome": (BY_PERIOD, BY_PURPOSE, BY_CHANNEL),
    "survey_response": (BY_PERIOD, BY_CHANNEL),
    "nps": (BY_PERIOD, BY_CHANNEL),
    "nps_month": (BY_PERIOD, BY_CHANNEL),
    "attendance": (BY_PERIOD, BY_CHANNEL),
    "complaints_received": (BY_PERIOD,),
    "complaints_acknowledge_days": (BY_PERIOD,),
    "complaints_answer_days": (BY_PERIOD,),
    "complaints_acknowledged_on_time": (BY_PERIOD,),
    "complaints_answered_on_time": (BY_PERIOD,),
    "retention": (BY_PERIOD,),
    "paper_reach": (BY_PERIOD, BY_PURPOSE),
    "messages_per_patient_mean": (BY_PERIOD, BY_PURPOSE, BY_CHANNEL),
    "messages_per_patient_p95": (BY_PERIOD, BY_PURPOSE, BY_CHANNEL),
    "messages_per_patient_max": (BY_PERIOD, BY_PURPOSE, BY_CHANNEL),
}


@dataclass(frozen=True)
class DashboardFilter:
    """The period (local days, both included) and the purposes and channels looked at.

    ``purposes`` are purpose codes; None means every active purpose, as None for
    ``channels`` means every channel.
    """

    period_start: date
    period_end: date
    purposes: AbstractSet[str] | None = None  # a set is frozen on the way in
    channels: AbstractSet[Channel] | None = None

    def __post_init__(self) -> None:
        # Sets are accepted and frozen, so a filter can be a dict key and is never shared mutably.
        if self.purposes is not None:
            object.__setattr__(self, "purposes", frozenset(self.purposes))
        if self.channels is not None:
            object.__setattr__(self, "channels", frozenset(Channel(c) for c in self.channels))
        Period(self.period_start, self.period_end)  # validates the order and the length

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    def chosen_channels(self) -> tuple[Channel, ...]:
        return tuple(c for c in Channel if self.channels is None or c in self.channels)


@dataclass(frozen=True)
class Figure:
    """One figure: its value, and for a share the counts it is made of.

    Attributes:
        key: unique and stable ("opt_out.vaccination.sms"); the CSV's first column.
        family: what kind of figure ("opt_out"): the screen translates label and
            :data:`HOW` by it.
        value: the share (0 to 1), count, days, score or messages; None when there
            is nothing to compute it from (a share of nothing).
        unit: :data:`SHARE`, :data:`COUNT`, :data:`DAYS`, :data:`SCORE`, :data:`PER_PATIENT`.
        numerator, denominator: the counts a share is made of (None otherwise).
        purpose, channel: what the figure is about, when it is about one.
        detail: the rest of its subject: an outcome, a reminder group, a month "2026-11".
    """

    key: str
    family: str
    value: float | None
    unit: str
    numerator: int | None = None
    denominator: int | None = None
    purpose: str | None = None
    channel: Channel | None = None
    detail: str | None = None

    @property
    def label(self) -> str:
        return LABELS[self.family]

    @property
    def how(self) -> str:
        return HOW[self.family]

    @property
    def filters(self) -> tuple[str, ...]:
        return FILTERS[self.family]


def _share(key: str, family: str, numerator: int, denominator: int, **about: Any) -> Figure:
    value = numerator / denominator if denominator else None
    return Figure(key, family, value, SHARE, numerator, denominator, **about)


@dataclass(frozen=True)
class Dashboard:
    """Every figure for one filter, as known at ``as_of``."""

    filter: DashboardFilter
    as_of: datetime
    purposes: tuple[PurposeName, ...]  # the purposes looked at, in the practice's order
    channels: tuple[Channel, ...]
    months: tuple[str, ...]  # "YYYY-MM", the calendar months the period touches
    figures: tuple[Figure, ...]
    _by_key: dict[str, Figure] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_key.update((f.key, f) for f in self.figures)

    def figure(self, key: str) -> Figure:
        return self._by_key[key]

    def value(self, key: str) -> float | None:
        return self._by_key[key].value

    def family(self, family: str) -> list[Figure]:
        return [f for f in self.figures if f.family == family]

    def purpose_name(self, code: str, language: str = "en") -> str:
        found = next((p for p in self.purposes if p.code == code), None)
        return code if found is None else found.in_language(language)


# -- computing --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """What every query needs: the period as UTC instants, the purposes and channels."""

    period: Period
    zone: ZoneInfo
    start: datetime
    end: datetime
    as_of: datetime
    known_last_day: date
    purposes: dict[int, tuple[PurposeName, LawfulBasis]]  # looked at, by id
    every_purpose: dict[int, PurposeName]  # all of them (the report's order)
    channels: tuple[Channel, ...]
    month_starts: tuple[datetime, ...]  # UTC instants where each month after the first begins
    months: tuple[str, ...]
    month_days: tuple[date, ...]  # the first day of each month

    @property
    def every_channel(self) -> bool:
        return len(self.channels) == len(Channel)

    def month_of(self, column: ColumnElement[Any]) -> ColumnElement[int]:
        """The index of the calendar month (0 = the first) an instant falls in."""
        if not self.month_starts:
            return literal(0)
        return case(
            *((column < bound, index) for index, bound in enumerate(self.month_starts)),
            else_=len(self.month_starts),
        )


def _frame(session: Session, flt: DashboardFilter, zone: ZoneInfo, now: datetime | None) -> _Frame:
    period = flt.period
    start, end = period.bounds(zone)
    as_of = end if now is None else max(start, min(end, now))
    known_last_day = (
        period.last_day
        if now is None
        else max(period.first_day, min(period.last_day, now.astimezone(zone).date()))
    )
    every: dict[int, PurposeName] = {}
    looked_at: dict[int, tuple[PurposeName, LawfulBasis]] = {}
    for pid, code, fr, en, basis, active in session.execute(
        select(
            Purpose.id,
            Purpose.code,
            Purpose.name_fr,
            Purpose.name_en,
            Purpose.basis,
            Purpose.active,
        ).order_by(Purpose.position, Purpose.id)
    ):
        every[pid] = PurposeName(code, fr, en)
        if active and (flt.purposes is None or code in flt.purposes):
            looked_at[pid] = (every[pid], basis)
    first_month = date(period.first_day.year, period.first_day.month, 1)
    months: list[str] = []
    days: list[date] = []
    bounds: list[datetime] = []
    month = first_month
    while month <= period.last_day:
        months.append(f"{month.year:04d}-{month.month:02d}")
        days.append(month)
        if month > first_month:
            bounds.append(datetime.combine(month, time(0), zone).astimezone(UTC))
        month += relativedelta(months=1)
    return _Frame(
        period,
        zone,
        start,
        end,
        as_of,
        known_last_day,
        looked_at,
        every,
        flt.chosen_channels(),
        tuple(bounds),
        tuple(months),
        tuple(days),
    )


def compute(
    session: Session, flt: DashboardFilter, zone: ZoneInfo, *, now: datetime | None = None
) -> Dashboard:
    """Every figure of the dashboard for ``flt``; reads only.

    ``zone`` is the practice's time zone (the period's days and months are
    local); ``now``, when given, is the limit of what is known for a period not
    over yet (the consent ledger, the retention window, complaint deadlines).
    """
    frame = _frame(session, flt, zone, now)
    figures: list[Figure] = []
    figures += _consent_figures(session, frame)
    figures += _delivery_figures(session, frame)
    figures += _survey_figures(session, frame)
    figures += _attendance_figures(session, frame)
    figures += _complaint_figures(session, frame)
    figures.append(_retention(session, frame))
    figures.append(_paper_reach(session, frame))
    figures += _intrusion_figures(session, frame)
    return Dashboard(
        filter=flt,
        as_of=frame.as_of,
        purposes=tuple(name for name, _basis in frame.purposes.values()),
        channels=frame.channels,
        months=frame.months,
        figures=tuple(figures),
    )


# -- consent: coverage, opt-outs, objections -------------------------------------------


@dataclass
class _StateCounts:
    """At one instant, per purpose: how many active patients each state holds."""

    active: int = 0
    # Patients whose deciding event on the channel is a grant / anything else.
    granted: Counter[tuple[int, str]] = field(default_factory=Counter)
    blocked: Counter[tuple[int, str]] = field(default_factory=Counter)
    # Patients with a grant on at least one channel / with every channel decided against.
    granted_somewhere: Counter[int] = field(default_factory=Counter)
    blocked_everywhere: Counter[int] = field(default_factory=Counter)

    def allowed(self, frame: _Frame, purpose_id: int, channel: str | None = None) -> int:
        """Patients for whom the purpose is allowed (on ``channel``, or on at least one)."""
        care = frame.purposes[purpose_id][1] is LawfulBasis.CARE
        if channel is None:
            if care:
                return self.active - self.blocked_everywhere[purpose_id]
            return self.granted_somewhere[purpose_id]
        if care:
            return self.active - self.blocked[(purpose_id, channel)]
        return self.granted[(purpose_id, channel)]

    def add(
        self, deciding: Mapping[tuple[int, str], str], n_channels: int, patients: int = 1
    ) -> None:
        """``patients`` patients' deciding events (all alike): their kind by (purpose, channel)."""
        per_purpose: dict[int, list[int]] = {}  # purpose: [channels granted, channels decided]
        for pair, kind in deciding.items():
            seen = per_purpose.setdefault(pair[0], [0, 0])
            if kind == ConsentKind.GRANTED:
                self.granted[pair] += patients
                seen[0] += 1
            else:
                self.blocked[pair] += patients
            seen[1] += 1
        for purpose_id, (granted_on, decided_on) in per_purpose.items():
            if granted_on:
                self.granted_somewhere[purpose_id] += patients
            elif decided_on == n_channels:
                self.blocked_everywhere[purpose_id] += patients


# (purpose, channel; None for any of the chosen): patients.
_Stops = Counter[tuple[int, str | None]]


@dataclass
class _Ledgers:
    """The consent ledger read once: the state at the end and just before the start, and
    the period's opt-outs and objections of what was allowed at the start."""

    at_end: _StateCounts
    at_start: _StateCounts
    # (purpose, channel or None for any): how many patients withdrew / objected.
    withdrew: _Stops
    objected: _Stops


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def _active_patients(
    session: Session, frame: _Frame, before: datetime
) -> tuple[int, int, set[int], dict[int, tuple[int, int, int]]]:
    """Active patients at the end and just before the start; the patients not active; and
    for those created since just before the start, whether they existed at the end, just
    before the start and at the start itself (the opt-outs count patients active then):
    every other active patient existed at all three."""
    active = Patient.status == PatientStatus.ACTIVE
    end_active, start_active = session.execute(
        select(
            func.coalesce(func.sum(_flag(Patient.created_at <= frame.as_of)), 0),
            func.coalesce(func.sum(_flag(Patient.created_at <= before)), 0),
        ).where(active)
    ).one()
    not_active = set(
        session.scalars(select(Patient.id).where(Patient.status != PatientStatus.ACTIVE))
    )
    created_since: dict[int, tuple[int, int, int]] = {
        patient_id: (at_end, at_before, at_start)
        for patient_id, at_end, at_before, at_start in session.execute(
            select(
                Patient.id,
                _flag(Patient.created_at <= frame.as_of),
                _flag(Patient.created_at <= before),
                _flag(Patient.created_at <= frame.start),
            ).where(active, Patient.created_at > before)
        )
    }
    return int(end_active), int(start_active), not_active, created_since


def _ledger_rows(
    session: Session, frame: _Frame, before: datetime, consent_ids: tuple[int, ...]
) -> Sequence[Any]:
    """(patient, purpose, channel, kind, decides at the end, decides just before the start,
    stops in the period) of every event that speaks about the purposes and channels looked
    at, in the order of each patient's ledger."""
    ids = list(frame.purposes)

    def decides_at(at: datetime) -> ColumnElement[int]:
        expired = and_(
            ConsentEvent.kind == ConsentKind.GRANTED,
            ConsentEvent.expires_at.is_not(None),
            ConsentEvent.expires_at <= at,
        )
        return _flag(and_(ConsentEvent.recorded_at <= at, ~expired))

    # An objection naming no purpose speaks about every consent-based purpose (Art. 21).
    about: ColumnElement[bool] = ConsentEvent.purpose_id.in_(ids)
    if consent_ids:
        about = or_(
            about,
            and_(ConsentEvent.purpose_id.is_(None), ConsentEvent.kind == ConsentKind.OBJECTED),
        )
    on_channel = (
        ()
        if frame.every_channel
        else (or_(ConsentEvent.channel.is_(None), ConsentEvent.channel.in_(frame.channels)),)
    )
    # Core rows, the channel and kind as their plain text (the connection's execute): the
    # ORM's loading and the enums' conversion cost more than the query on 30,000 events.
    return (
        session.connection()
        .execute(
            select(
                ConsentEvent.patient_id,
                ConsentEvent.purpose_id,
                type_coerce(ConsentEvent.channel, String),
                type_coerce(ConsentEvent.kind, String),
                decides_at(frame.as_of),
                decides_at(before),
                _flag(
                    and_(
                        ConsentEvent.recorded_at >= frame.start,
                        ConsentEvent.recorded_at < frame.end,
                        ConsentEvent.kind.in_(STOPPING),
                    )
                ),
            )
            .where(ConsentEvent.recorded_at < frame.end, about, *on_channel)
            .order_by(ConsentEvent.patient_id, ConsentEvent.recorded_at, ConsentEvent.id)
        )
        .fetchall()
    )


def _ledgers(session: Session, frame: _Frame) -> _Ledgers:
    """Every consent event that can speak about the purposes and channels looked at, in
    the order of each patient's ledger; the rule of :func:`app.consent.state_of` (the last
    event that applies decides, a grant past its expiry not applying) played forward in
    Python, for both instants at once.

    Measured on 100,000 patients (bench ``dashboard``): the same states as window
    functions (row_number over the ledger expanded to every purpose and channel an
    event speaks about, once per instant, and again for the opt-outs' patients) took
    1.1 s of SQLite's time; the events are read here in index order (no sort) with
    what each instant needs already decided by the database as 0/1 flags (no dates
    parsed), and each patient's deciding events are counted as they end (a tuple), each
    different outcome added up once: most patients end alike.  Which patients are
    active, and since when, is read apart (ix_patient_status): joined to every event, the
    patient cost a lookup by id each.
    """
    before = frame.start - _INSTANT  # an event at the very first instant is in the period
    end_active, start_active, not_active, created_since = _active_patients(session, frame, before)
    consent_ids = tuple(
        pid for pid, (_n, basis) in frame.purposes.items() if basis is LawfulBasis.CONSENT
    )
    rows = _ledger_rows(session, frame, before, consent_ids)
    care_ids = {pid for pid, (_n, basis) in frame.purposes.items() if basis is LawfulBasis.CARE}
    channels = tuple(c.value for c in frame.channels)
    # A patient's deciding events as a tuple of ((purpose, channel), kind): patients are
    # counted by it, and each different one added up once (_StateCounts.add).
    end_states: dict[tuple[Any, ...], int] = {}
    start_states: dict[tuple[Any, ...], int] = {}
    withdrew: _Stops = Counter()
    objected: _Stops = Counter()
    # (purpose or None, channel or None): the (purpose, channel) pairs such an event speaks about.
    speaks_about: dict[tuple[int | None, str | None], tuple[tuple[int, str], ...]] = {}
    every_time = (1, 1, 1)
    for patient_id, ledger in itertools.groupby(rows, key=itemgetter(0)):
        if patient_id in not_active:
            continue
        at_end: dict[tuple[int, str], str] = {}
        at_start: dict[tuple[int, str], str] = {}
        # (purpose, channel): [withdrew or refused, objected] in the period.
        stopped: dict[tuple[int, str], list[bool]] | None = None
        for _p, purpose_id, channel, kind, ends, starts, stops in ledger:
            pairs = speaks_about.get((purpose_id, channel))
            if pairs is None:
                purposes = (purpose_id,) if purpose_id is not None else consent_ids
                on = (channel,) if channel is not None else channels
                pairs = speaks_about[(purpose_id, channel)] = tuple(itertools.product(purposes, on))
            if ends:
                for pair in pairs:
                    at_end[pair] = kind
            if starts:
                for pair in pairs:
                    at_start[pair] = kind
            if stops:
                if stopped is None:
                    stopped = {}
                for pair in pairs:
                    stopped.setdefault(pair, [False, False])[kind == ConsentKind.OBJECTED] = True
        active_at_end, active_before, active_at_start = created_since.get(patient_id, every_time)
        if active_at_end:
            state = tuple(at_end.items())
            end_states[state] = end_states.get(state, 0) + 1
        if active_before:
            state = tuple(at_start.items())
            start_states[state] = start_states.get(state, 0) + 1
        if stopped is None or not active_at_start:
            continue
        found = _stops_allowed_at_start(stopped, at_start, care_ids)
        for objection, where in found:
            (objected if objection else withdrew)[where] += 1
    ledgers = _Ledgers(
        _StateCounts(active=int(end_active)),
        _StateCounts(active=int(start_active)),
        withdrew,
        objected,
    )
    n_channels = len(frame.channels)
    for counts, states in ((ledgers.at_end, end_states), (ledgers.at_start, start_states)):
        for deciding, patients in states.items():
            counts.add(dict(deciding), n_channels, patients)
    return ledgers


def _stops_allowed_at_start(
    stopped: Mapping[tuple[int, str], list[bool]],
    at_start: Mapping[tuple[int, str], str],
    care_ids: AbstractSet[int],
) -> set[tuple[bool, tuple[int, str | None]]]:
    """A patient's withdrawals (False) and objections (True) of the period by (purpose,
    channel) and by (purpose, None) for any channel, where the purpose was allowed at the
    start: a patient counts once per purpose, however many channels."""
    found: set[tuple[bool, tuple[int, str | None]]] = set()
    for (purpose_id, stopped_on), (withdrawn, objection) in stopped.items():
        decided = at_start.get((purpose_id, stopped_on))
        if decided == ConsentKind.GRANTED or (decided is None and purpose_id in care_ids):
            for where in ((purpose_id, stopped_on), (purpose_id, None)):
                if withdrawn:
                    found.add((False, where))
                if objection:
                    found.add((True, where))
    return found


def _consent_figures(session: Session, frame: _Frame) -> list[Figure]:
    if not frame.purposes:
        return []
    ledgers = _ledgers(session, frame)
    at_end, at_start = ledgers.at_end, ledgers.at_start
    figures: list[Figure] = []
    for pid, (name, _basis) in frame.purposes.items():
        figures.append(
            _share(
                f"consent_coverage.{name.code}",
                "consent_coverage",
                at_end.allowed(frame, pid),
                at_end.active,
                purpose=name.code,
            )
        )
    for family, found in (("opt_out", ledgers.withdrew), ("objection", ledgers.objected)):
        for pid, (name, _basis) in frame.purposes.items():
            # A patient counts only among the channels the purpose was allowed on at the start.
            figures.append(
                _share(
                    f"{family}.{name.code}",
                    family,
                    found[(pid, None)],
                    at_start.allowed(frame, pid),
                    purpose=name.code,
                )
            )
            for channel in frame.channels:
                figures.append(
                    _share(
                        f"{family}.{name.code}.{channel.value}",
                        family,
                        found[(pid, channel.value)],
                        at_start.allowed(frame, pid, channel.value),
                        purpose=name.code,
                        channel=channel,
                    )
                )
    return figures


# -- delivery -----------------------------------------------------------------------------


def _delivery_figures(session: Session, frame: _Frame) -> list[Figure]:
    """Messages that ended in the period by channel and outcome, as the transparency report
    counts them (``transparency._messages``: the same statuses, the same end, sorted into
    outcomes by ``transparency._outcome``), so the dashboard and the waiting-room PDF say
    the same.

    The report groups every ended message by its status and reads when it ended from each,
    a million index entries on the bench (0.4 s of CPU).  Here every column before
    ``sent_at`` in ix_message_outcome is named (each status, channel, purpose, and the call
    outcome as NULL or one of its values), so each group's period is a range of the index:
    ``sent_at`` when the message left, else (``sent_at`` NULL) ``updated_at``, its last
    change; four statements read only the period's entries, grouped in the index's order.
    """
    chosen = (
        Message.status.in_(transparency._ENDED),
        Message.channel.in_(frame.channels),
        Message.purpose_id.in_(list(frame.purposes)),
    )
    ended_within = (
        (Message.sent_at >= frame.start, Message.sent_at < frame.end),
        (
            Message.sent_at.is_(None),
            Message.updated_at >= frame.start,
            Message.updated_at < frame.end,
        ),
    )
    call_outcomes = (Message.call_outcome.is_(None), Message.call_outcome.in_(tuple(CallOutcome)))
    totals: dict[Channel, Counter[str]] = {c: Counter() for c in frame.channels}
    for within, call_outcome in itertools.product(ended_within, call_outcomes):
        for channel, status, called, count in session.execute(
            select(Message.channel, Message.status, Message.call_outcome, func.count())
            .where(*chosen, call_outcome, *within)
            .group_by(Message.status, Message.channel, Message.purpose_id, Message.call_outcome)
        ):
            found = _FROM_REPORT.get(transparency._outcome(channel, status, called))
            if found is not None:
                totals[channel][found] += count
    figures = []
    for channel, counts in totals.items():
        ended = sum(counts.values())
        figures.append(
            _share(f"delivery.{channel.value}", "delivery", counts["sent"], ended, channel=channel)
        )
        for outcome in DELIVERY_OUTCOMES:
            figures.append(
                _share(
                    f"delivery_outcome.{channel.value}.{outcome}",
                    "delivery_outcome",
                    counts[outcome],
                    ended,
                    channel=channel,
                    detail=outcome,
                )
            )
    return figures


# -- surveys ------------------------------------------------------------------------------


def _survey_figures(session: Session, frame: _Frame) -> list[Figure]:
    """The survey registry's own figures (:mod:`app.surveys`): response rate by channel,
    added up over the channels looked at, and the NPS with its monthly trend of the
    answers asked on those channels."""
    rates = surveys.response_rates(session, frame.start, frame.end)
    chosen = [rates[c] for c in frame.channels if c in rates]
    figures = [
        _share(
            "survey_response",
            "survey_response",
            sum(r.answered for r in chosen),
            sum(r.asked for r in chosen),
        )
    ]
    # Every channel chosen: no channel to look up.
    channels = None if frame.every_channel else frame.channels
    figures.append(_nps("nps", "nps", surveys.nps(session, frame.start, frame.end, channels)))
    by_month = dict(surveys.nps_by_month(session, frame.start, frame.end, frame.zone, channels))
    for label, first_day in zip(frame.months, frame.month_days, strict=True):
        found = by_month.get(first_day, surveys.NpsFigure(0, 0, 0, 0))
        figures.append(_nps(f"nps_month.{label}", "nps_month", found, label))
    return figures


def _nps(key: str, family: str, found: surveys.NpsFigure, month: str | None = None) -> Figure:
    """The score from -100 to 100; the numerator is promoters less detractors."""
    return Figure(
        key,
        family,
        found.score,
        SCORE,
        found.promoters - found.detractors,
        found.answers,
        detail=month,
    )


def _channel_filter(frame: _Frame, column: Any) -> tuple[ColumnElement[bool], ...]:
    return () if frame.every_channel else (column.in_(frame.channels),)


# -- appointments -------------------------------------------------------------------------


def _attendance_figures(session: Session, frame: _Frame) -> list[Figure]:
    """One pass over the period's appointments, each saying when its reminder first left
    on each channel (:mod:`app.reach`, migration 0018): a range of ix_appointment_outcome,
    grouped by reminder group and outcome.  Joined to their messages instead, the period's
    appointments cost 240,000 lookups of a message by id on the bench (1.3 s of CPU)."""

    def before_start(channels: tuple[Channel, ...]) -> ColumnElement[bool]:
        return or_(*(reach.REMINDED_AT[c] < Appointment.starts_at for c in channels))

    # 0: with a reminder (on a chosen channel), 1: without any, 2: only on other channels.
    group = (
        case((before_start(frame.channels), 0), else_=1)
        if frame.every_channel
        else case((before_start(frame.channels), 0), (before_start(tuple(Channel)), 2), else_=1)
    )
    per_appointment = (
        select(Appointment.outcome.label("outcome"), group.label("reminder_group"))
        .where(
            Appointment.starts_at >= frame.start,
            Appointment.starts_at < frame.end,
            # A cancelled appointment has an outcome only if cancelled in time.
            Appointment.outcome.is_not(None),
        )
        .subquery("per_appointment")
    )
    # Counted by conditional sums in one pass, in the index's order: a GROUP BY sorted the
    # 135,000 appointments of the bench's year first (twice the time).
    pairs = [(index, outcome) for index in (0, 1) for outcome in APPOINTMENT_OUTCOMES]
    found = session.execute(
        select(
            *(
                func.coalesce(
                    func.sum(
                        _flag(
                            and_(
                                per_appointment.c.reminder_group == index,
                                per_appointment.c.outcome == outcome,
                            )
                        )
                    ),
                    0,
                )
                for index, outcome in pairs
            )
        )
    ).one()
    counts: Counter[tuple[int, AppointmentOutcome]] = Counter(
        {pair: int(count) for pair, count in zip(pairs, found, strict=True)}
    )
    figures = []
    for index, name in enumerate(REMINDER_GROUPS):
        known = sum(counts[(index, o)] for o in APPOINTMENT_OUTCOMES)
        for outcome in APPOINTMENT_OUTCOMES:
            figures.append(
                _share(
                    f"attendance.{name}.{outcome.value}",
                    "attendance",
                    counts[(index, outcome)],
                    known,
                    detail=f"{name}.{outcome.value}",
                )
            )
    return figures


# -- complaints ---------------------------------------------------------------------------


def _complaint_figures(session: Session, frame: _Frame) -> list[Figure]:
    """The report's figures (``transparency._complaints``) as known on the last day known."""
    period = Period(frame.period.first_day, frame.known_last_day)
    # The report's own query (private there), shared so both count alike.
    found = transparency._complaints(session, period)
    ack, answer = found.acknowledged, found.answered
    return [
        Figure("complaints_received", "complaints_received", found.received, COUNT),
        Figure(
            "complaints_acknowledge_days",
            "complaints_acknowledge_days",
            ack.median_days,
            DAYS,
            denominator=ack.done,
        ),
        Figure(
            "complaints_answer_days",
            "complaints_answer_days",
            answer.median_days,
            DAYS,
            denominator=answer.done,
        ),
        _share(
            "complaints_acknowledged_on_time",
            "complaints_acknowledged_on_time",
            ack.on_time,
            ack.judged,
        ),
        _share(
            "complaints_answered_on_time",
            "complaints_answered_on_time",
            answer.on_time,
            answer.judged,
        ),
    ]


# -- retention ----------------------------------------------------------------------------


def _retention(session: Session, frame: _Frame) -> Figure:
    """Of the patients seen in the 12 months before the start, those seen again within 12."""
    first = datetime.combine(frame.period.first_day, time(0), frame.zone)
    before = (first - RETENTION_WINDOW).astimezone(UTC)
    window_end = min((first + RETENTION_WINDOW).astimezone(UTC), max(frame.as_of, frame.start))
    # Each patient's attended appointments of the two windows, in the order of
    # ix_appointment_attended (outcome, patient, start; migration 0019): grouped by patient
    # without a sort.  The cohort as a DISTINCT of one window's patients, looked up in
    # patient one by one for their status, and the other window as a list, cost 0.26 s of
    # CPU on the bench; this 0.11 s.
    per_patient = (
        select(
            Appointment.patient_id.label("patient_id"),
            func.max(_flag(Appointment.starts_at >= frame.start)).label("seen_again"),
        )
        .where(
            Appointment.outcome == AppointmentOutcome.ATTENDED,
            Appointment.starts_at >= before,
            Appointment.starts_at < window_end,
        )
        .group_by(Appointment.patient_id)
        .having(func.min(Appointment.starts_at) < frame.start)
        .subquery("per_patient")
    )
    # Few patients are recorded as moved or deceased: read from ix_patient_status.
    gone = select(Patient.id).where(
        Patient.status.in_((PatientStatus.MOVED, PatientStatus.DECEASED))
    )
    cohort, retained = session.execute(
        select(func.count(), func.sum(per_patient.c.seen_again)).where(
            per_patient.c.patient_id.not_in(gone)
        )
    ).one()
    return _share("retention", "retention", int(retained or 0), int(cohort or 0))


# -- patients on paper --------------------------------------------------------------------


def paper_only() -> ColumnElement[bool]:
    """Letters only by their recorded preferences, or, without any, no digital access
    (:func:`app.preferences.load`); needs ``Preferences`` outer-joined to ``Patient``."""
    return func.coalesce(Preferences.paper_only, Patient.no_digital_access).is_(True)


def _paper_reach(session: Session, frame: _Frame) -> Figure:
    # Whether each reminder reached its patient is kept on it (app.reach, migration 0018):
    # looked up in their messages, it cost 50,000 scattered reads on the bench (0.8 s).
    reached = Reminder.reached_at.is_not(None)
    # The few patients on paper first: their reminders come from ix_reminder_patient,
    # rather than every reminder of the period being looked up to find their patient.
    on_paper = (
        select(Patient.id)
        .outerjoin(Preferences, Preferences.patient_id == Patient.id)
        .where(Patient.status == PatientStatus.ACTIVE, paper_only())
    )
    per_patient = (
        select(Reminder.patient_id, func.min(case((reached, 1), else_=0)).label("every_one"))
        .where(
            Reminder.patient_id.in_(on_paper),
            Reminder.due_at >= frame.start,
            Reminder.due_at < frame.end,
            Reminder.status != ReminderStatus.CANCELLED,
            Reminder.purpose_id.in_(list(frame.purposes)),
        )
        .group_by(Reminder.patient_id)
        .subquery("per_patient")
    )
    due, reached_all = session.execute(
        select(func.count(), func.sum(per_patient.c.every_one))
    ).one()
    return _share("paper_reach", "paper_reach", int(reached_all or 0), int(due or 0))


# -- intrusion watch ----------------------------------------------------------------------


# A month of the period is read from message_month when it differs from a UTC month by
# at most this much at either end (the practice's midnight is not UTC's), the difference
# read from the messages; a shorter piece of a month (a period starting or ending within
# one) is grouped from the messages themselves.
_MONTH_EDGE = timedelta(days=1)


def _intrusion_figures(session: Session, frame: _Frame) -> list[Figure]:
    """Messages that left per patient and calendar month: for each month a histogram (how
    many patients had n messages), the mean, percentile and most from it.

    Each month is the UTC month nearest it in ``message_month`` (:mod:`app.reach`), read
    in the order of its key (grouped by patient without a sort), corrected for the hour or
    two between the practice's midnight and UTC's at each end from the messages of those
    hours; three statements for the whole period.  Grouping each month's messages by
    patient instead cost a sort of ~40,000 rows a month, 1.0 s of CPU for a year on the
    bench.  Looking at every purpose and channel, a month's histogram is kept as it is
    (``message_month_size``), only its ends corrected.
    """
    bounds = [frame.start, *frame.month_starts, frame.end]
    histogram: dict[int, Counter[int]] = {}
    kept_months: dict[str, int] = {}  # UTC month kept: the month of the period it stands for
    edges: list[tuple[datetime, datetime, int, int]] = []  # from, to, month, +1 or -1
    for index, (first, after) in enumerate(itertools.pairwise(bounds)):
        month = reach.month_key(first + _MONTH_EDGE)
        kept_from, kept_until = reach.month_bounds(month)
        if abs(kept_from - first) > _MONTH_EDGE or abs(kept_until - after) > _MONTH_EDGE:
            histogram[index] = _grouped_from_messages(session, frame, first, after)
            continue
        histogram[index] = Counter()
        kept_months[month] = index
        # +1 for what left before the UTC month and belongs here, -1 for what left in it
        # and belongs to the next (or the previous) month.
        for start, end, sign in (
            (first, kept_from, 1),
            (kept_from, first, -1),
            (kept_until, after, 1),
            (after, kept_until, -1),
        ):
            if start < end:
                edges.append((start, end, index, sign))
    if kept_months:
        _kept_histograms(session, frame, kept_months, edges, histogram)
    overall: Counter[int] = Counter()
    for counts in histogram.values():
        overall.update(counts)
    figures = _intrusion("", overall)
    for index, label in enumerate(frame.months):
        figures += _intrusion(label, histogram.get(index, Counter()))
    return figures


def _kept_histograms(
    session: Session,
    frame: _Frame,
    kept_months: dict[str, int],
    edges: list[tuple[datetime, datetime, int, int]],
    histogram: dict[int, Counter[int]],
) -> None:
    """The months read from ``message_month`` (or ``message_month_size``), then corrected
    at their ends."""
    chosen = (
        MessageMonth.purpose_id.in_(list(frame.purposes)),
        *_channel_filter(frame, MessageMonth.channel),
    )
    # One statement a month, built once: each reads its month in the key's order, grouped by
    # patient without a sort.  The whole period at once (a range of months) cost half as
    # much again: its histogram by month sorts all the patient-months together.
    per_patient = (
        select(func.sum(MessageMonth.messages).label("messages"))
        .where(MessageMonth.month == bindparam("month"), *chosen)
        .group_by(MessageMonth.patient_id)
        .subquery("per_patient")
    )
    by_size = select(per_patient.c.messages, func.count()).group_by(per_patient.c.messages)
    if frame.every_channel and frame.purposes.keys() == frame.every_purpose.keys():
        # Everything looked at: the month's sizes are kept as they are (message_month_size,
        # migration 0019), a few rows instead of the month's 35,000 on the bench.
        by_size = select(MessageMonthSize.messages, MessageMonthSize.patients).where(
            MessageMonthSize.month == bindparam("month")
        )
    for month, index in kept_months.items():
        for messages, patients in session.execute(by_size, {"month": month}):
            histogram[index][int(messages)] += int(patients)
    if not edges:
        return
    # Every end in one statement: which end a message falls in, by patient.  One month's
    # end is often the next one's start, the same hours counted -1 there and +1 here.
    ranges: dict[tuple[datetime, datetime], list[tuple[int, int]]] = defaultdict(list)
    for start, end, index, sign in edges:
        ranges[(start, end)].append((index, sign))
    spans = list(ranges)
    within = [and_(Message.sent_at >= start, Message.sent_at < end) for start, end in spans]
    which = case(*((inside, n) for n, inside in enumerate(within)))
    change: Counter[tuple[int, int]] = Counter()  # (month, patient): messages to add
    for span, patient_id, messages in session.execute(
        select(which, Message.patient_id, func.count())
        .where(
            or_(*within),
            reach.left_unindexed(),
            Message.purpose_id.in_(list(frame.purposes)),
            *_channel_filter(frame, Message.channel),
        )
        .group_by(which, Message.patient_id)
    ):
        for index, sign in ranges[spans[span]]:
            change[(index, patient_id)] += sign * messages
    moved = {pair: messages for pair, messages in change.items() if messages}
    if not moved:
        return
    kept: dict[tuple[int, int], int] = {}
    patients = sorted({patient_id for _index, patient_id in moved})
    for piece in chunks(patients):
        for month, patient_id, messages in session.execute(
            select(MessageMonth.month, MessageMonth.patient_id, func.sum(MessageMonth.messages))
            .where(MessageMonth.month.in_(list(kept_months)), *chosen)
            .where(MessageMonth.patient_id.in_(piece))
            .group_by(MessageMonth.month, MessageMonth.patient_id)
        ):
            kept[(kept_months[month], patient_id)] = int(messages)
    for (index, patient_id), messages in moved.items():
        before = kept.get((index, patient_id), 0)
        if before:
            histogram[index][before] -= 1
        if before + messages:
            histogram[index][before + messages] += 1
    for index in set(kept_months.values()):
        histogram[index] = +histogram[index]  # drops the counts brought to nothing


def _left_messages(frame: _Frame, first: datetime, after: datetime) -> tuple[Any, ...]:
    return (
        Message.sent_at >= first,
        Message.sent_at < after,
        reach.left_unindexed(),
        Message.purpose_id.in_(list(frame.purposes)),
        *_channel_filter(frame, Message.channel),
    )


def _grouped_from_messages(
    session: Session, frame: _Frame, first: datetime, after: datetime
) -> Counter[int]:
    """A piece of a month, grouped by patient from ix_message_sent's range."""
    per_patient = (
        select(func.count().label("messages"))
        .where(*_left_messages(frame, first, after))
        .group_by(Message.patient_id)
        .subquery("per_patient")
    )
    histogram: Counter[int] = Counter()
    for messages, patients in session.execute(
        select(per_patient.c.messages, func.count()).group_by(per_patient.c.messages)
    ):
        histogram[int(messages)] += patients
    return histogram


def _intrusion(month: str, histogram: Mapping[int, int]) -> list[Figure]:
    patient_months = sum(histogram.values())
    messages = sum(n * times for n, times in histogram.items())
    suffix = f".{month}" if month else ""
    detail = month or None
    return [
        Figure(
            f"messages_per_patient_mean{suffix}",
            "messages_per_patient_mean",
            messages / patient_months if patient_months else None,
            PER_PATIENT,
            messages,
            patient_months,
            detail=detail,
        ),
        Figure(
            f"messages_per_patient_p95{suffix}",
            "messages_per_patient_p95",
            nearest_rank(histogram, INTRUSION_PERCENTILE),
            PER_PATIENT,
            denominator=patient_months,
            detail=detail,
        ),
        Figure(
            f"messages_per_patient_max{suffix}",
            "messages_per_patient_max",
            float(max(histogram)) if histogram else None,
            PER_PATIENT,
            denominator=patient_months,
            detail=detail,
        ),
    ]


def nearest_rank(histogram: Mapping[int, int], percentile: float) -> float | None:
    """The smallest value at or above which ``percentile`` % of the observations lie
    (nearest-rank method) from a histogram {value: how many times}."""
    total = sum(histogram.values())
    if not total:
        return None
    rank = max(1, -(-percentile * total // 100))  # ceil(p/100 * N), at least 1
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return float(value)
    return float(max(histogram))


# -- export -------------------------------------------------------------------------------

CSV_COLUMNS = ("key", "label", "value", "numerator", "denominator", "period", "filters")
# A spreadsheet runs a cell starting with these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvDialect:
    """How a spreadsheet in one language reads a CSV file.

    French Excel splits columns on ``;`` (the comma is its decimal mark) and
    reads ``0,25`` as a number; opened with commas, every row lands in one column.
    """

    separator: str
    decimal: str
    columns: tuple[str, ...]
    purposes: str  # the filter words
    channels: str
    # None: the channel's code, as the English file has always said.
    channel_names: Mapping[Channel, str] | None


CSV_DIALECTS = {
    "en": CsvDialect(",", ".", CSV_COLUMNS, "purposes", "channels", None),
    "fr": CsvDialect(
        ";",
        ",",
        ("clé", "libellé", "valeur", "numérateur", "dénominateur", "période", "filtres"),
        "finalités",
        "canaux",
        {
            Channel.SMS: "SMS",
            Channel.EMAIL: "E-mail",
            Channel.LETTER: "Courrier",
            Channel.PHONE: "Téléphone",
        },
    ),
}


def csv_dialect(language: str) -> CsvDialect:
    return CSV_DIALECTS.get(language, CSV_DIALECTS["en"])


def _channel_name(channel: Channel, language: str) -> str:
    names = csv_dialect(language).channel_names
    return channel.value if names is None else names[channel]


def safe_cell(text: str) -> str:
    """The text as a spreadsheet shows it and never runs: a leading apostrophe before a
    character that would start a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def filters_text(dashboard: Dashboard, figure: Figure, language: str = "en") -> str:
    """The filters that shaped a figure, in words ("purposes: Vaccination; channels: sms",
    "finalités : Vaccination ; canaux : SMS")."""
    flt = dashboard.filter
    dialect = csv_dialect(language)
    # French sets a space before a colon or a semicolon.
    colon, between = (" : ", " ; ") if language == "fr" else (": ", "; ")
    parts = []
    if BY_PURPOSE in figure.filters and flt.purposes is not None:
        names = [p.in_language(language) for p in dashboard.purposes]
        parts.append(dialect.purposes + colon + ", ".join(names))
    if BY_CHANNEL in figure.filters and flt.channels is not None:
        channels = [_channel_name(c, language) for c in dashboard.channels]
        parts.append(dialect.channels + colon + ", ".join(channels))
    return between.join(parts)


def _value_text(figure: Figure, decimal: str = ".") -> str:
    if figure.value is None:
        return ""
    if figure.unit == COUNT:
        return str(int(figure.value))
    return f"{figure.value:.4f}".rstrip("0").rstrip(".").replace(".", decimal)


def export_csv(
    dashboard: Dashboard,
    path: Path,
    *,
    labels: Mapping[str, str] | None = None,
    language: str = "en",
) -> int:
    """One row per figure (:data:`CSV_COLUMNS`), UTF-8 with a BOM so a spreadsheet reads
    accents; every text cell is protected against formulas.  ``labels`` may give a
    translated label by figure key.  Returns the number of figures written.

    Shares are written as fractions (0.25), scores and days as numbers; the
    numerator and denominator beside them let anyone check the division.  In
    French (:data:`CSV_DIALECTS`) the separator is ``;``, the decimal mark a
    comma, and the headings, filter words and channel names are French.
    """
    dialect = csv_dialect(language)
    period = (
        f"{dashboard.filter.period_start.isoformat()}/{dashboard.filter.period_end.isoformat()}"
    )
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=dialect.separator)
        writer.writerow(dialect.columns)
        for figure in dashboard.figures:
            label = (labels or {}).get(figure.key) or _default_label(dashboard, figure, language)
            writer.writerow(
                [
                    safe_cell(figure.key),
                    safe_cell(label),
                    _value_text(figure, dialect.decimal),
                    "" if figure.numerator is None else figure.numerator,
                    "" if figure.denominator is None else figure.denominator,
                    period,
                    safe_cell(filters_text(dashboard, figure, language)),
                ]
            )
    return len(dashboard.figures)


def _default_label(dashboard: Dashboard, figure: Figure, language: str) -> str:
    """What the figure is about, then what it is: "Vaccination — sms — Opt-out rate"."""
    parts = []
    if figure.purpose is not None:
        parts.append(dashboard.purpose_name(figure.purpose, language))
    if figure.channel is not None:
        parts.append(_channel_name(figure.channel, language))
    parts.append(figure.label)
    if figure.detail is not None:
        parts.append(figure.detail)
    return " — ".join(parts)


__all__ = [
    "CSV_COLUMNS",
    "CSV_DIALECTS",
    "HOW",
    "LABELS",
    "CsvDialect",
    "Dashboard",
    "DashboardFilter",
    "Figure",
    "compute",
    "csv_dialect",
    "export_csv",
    "nearest_rank",
    "paper_only",
    "safe_cell",
]
