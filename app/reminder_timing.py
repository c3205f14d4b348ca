"""When reminders go: lead times per purpose and channel, the sending hour, the post.

The practice's choices are one JSON setting (``reminders``) holding only what
differs from the planner's defaults (:data:`app.planner.DEFAULT_LEADS`,
:data:`app.planner.ON_THE_DAY`, :class:`app.planner.PlannerSettings`)::

    {"sending_time": "09:30", "postal_days": 4,
     "leads": {"appointment_reminder": {"sms": ["P3D", "P1D"]}}}

This module is the one place that knows that shape: the planner reads it
through :func:`planner_settings` (``outbox.planner_settings``), the screens and
the ``settings`` command through :func:`read` and :func:`save`.

The planner decides each reminder once (``reminder.attention_at``); a change
of timing concerns every reminder, so saving one has them all looked at again.
What was already planned stays: only lead times new to a reminder are added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import attention, audit, consent
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.planner import DEFAULT_LEADS, PlannerSettings, lead_delta
from app.settings import read_json_object
from db.models import Channel, Setting

REMINDERS_KEY = "reminders"

# Patients are written to in the day: not before 7:00, not after 20:00.
EARLIEST_SENDING = time(7, 0)
LATEST_SENDING = time(20, 0)
FEWEST_POSTAL_DAYS = 1
MOST_POSTAL_DAYS = 10
MOST_LEADS = 4  # per purpose and channel: a fifth reminder of one thing is nagging
# Further ahead is no reminder, and every day of lead widens the planner's horizon.
MOST_LEAD_DAYS = 60

_DEFAULTS = PlannerSettings()
_SPLIT = re.compile(r"[\s,;]+")
_UNIT = re.compile(r"(\d)\s+([HJD])\b")  # "2 h" is one token: "2H"
_DAYS = re.compile(r"^(\d+)[JD]?$")  # 7, 7d, 7j (jours)
_HOURS = re.compile(r"^(\d+)H$")

Leads = dict[str, dict[Channel, tuple[str, ...]]]


@dataclass(frozen=True)
class ReminderTiming:
    """The timing in force, or as typed.

    Attributes:
        sending_time: the local hour messages go at (unless a lead is in hours).
        postal_days: how long the post takes; a letter must leave that early.
        leads: purpose code → channel → lead times as ISO 8601 durations
            (``P7D`` seven days before, ``P0D`` on the day, ``PT2H`` two hours before).
    """

    sending_time: time
    postal_days: int
    leads: Leads


def default_leads(purpose_code: str, channel: Channel) -> tuple[str, ...]:
    """What a purpose's channel gets when the practice chose nothing (the planner's defaults)."""
    return _DEFAULTS.leads_for(purpose_code, channel)


def defaults() -> ReminderTiming:
    """The timing nobody changed, for every purpose with lead times of its own."""
    return ReminderTiming(
        _DEFAULTS.sending_time,
        _DEFAULTS.postal_days,
        {purpose: {c: default_leads(purpose, c) for c in Channel} for purpose in DEFAULT_LEADS},
    )


# -- reading: what the planner and the screens use ---------------------------------------------


def _stored(session: Session) -> dict[str, Any]:
    value = session.scalar(select(Setting.value).where(Setting.key == REMINDERS_KEY))
    return value if isinstance(value, dict) else {}


def planner_settings(session: Session, zone: ZoneInfo) -> PlannerSettings:
    """The stored timing over the defaults, as the planner reads it.

    A purpose whose stored lead times name some channels keeps the defaults of
    the others: only differences are stored.
    """
    values = _stored(session)
    stored = {
        purpose: {Channel(channel): tuple(codes) for channel, codes in by_channel.items()}
        for purpose, by_channel in values.get("leads", {}).items()
    }
    leads = {**DEFAULT_LEADS}
    for purpose, by_channel in stored.items():
        leads[purpose] = {**DEFAULT_LEADS.get(purpose, {}), **by_channel}
    sending = values.get("sending_time")
    return PlannerSettings(
        zone=zone,
        sending_time=_DEFAULTS.sending_time if sending is None else time.fromisoformat(sending),
        postal_days=int(values.get("postal_days", _DEFAULTS.postal_days)),
        leads=leads,
    )


def read(session: Session) -> ReminderTiming:
    """What is in force, for every active purpose (in the practice's order) and channel."""
    settings = planner_settings(session, _DEFAULTS.zone)  # the zone plays no part here
    return ReminderTiming(
        settings.sending_time,
        settings.postal_days,
        {
            purpose.code: {
                channel: settings.leads_for(purpose.code, channel) for channel in Channel
            }
            for purpose in consent.purposes(session)
        },
    )


# -- checking -----------------------------------------------------------------------------------


def validate(timing: ReminderTiming) -> list[FieldError]:
    """Every problem, located: ``sending_time``, ``postal_days``, ``leads.<purpose>.<channel>``."""
    errors: list[FieldError] = []
    if not EARLIEST_SENDING <= timing.sending_time <= LATEST_SENDING:
        errors.append(
            FieldError(
                "sending_time",
                f"between {EARLIEST_SENDING:%H:%M} and {LATEST_SENDING:%H:%M}",
                "range",
            )
        )
    postal_days: int | None = timing.postal_days
    if not FEWEST_POSTAL_DAYS <= timing.postal_days <= MOST_POSTAL_DAYS:
        postal_days = None  # one error, not one more on every letter
        errors.append(
            FieldError(
                "postal_days",
                f"between {FEWEST_POSTAL_DAYS} and {MOST_POSTAL_DAYS} days",
                "range",
            )
        )
    for purpose, by_channel in timing.leads.items():
        for channel, codes in by_channel.items():
            errors += [
                FieldError(f"leads.{purpose}.{channel.value}", p.message, p.kind)
                for p in lead_problems(channel, codes, postal_days)
            ]
    return errors


@dataclass(frozen=True)
class LeadProblem:
    """One problem of one cell (a purpose's channel).

    Attributes:
        kind: ``empty``, ``too_many``, ``lead`` (unreadable), ``mixed`` (days and
            hours), ``hours`` (not 1 to 23), ``too_far``, ``duplicate``,
            ``too_late_for_post``; the :class:`FieldError` code.
        lead: the lead time at fault, when there is one.
        message: in English, for the command line and the log.
    """

    kind: str
    lead: str
    message: str


def lead_problems(
    channel: Channel, codes: tuple[str, ...], postal_days: int | None
) -> list[LeadProblem]:
    """What is wrong with one cell; letters are checked against the post unless
    ``postal_days`` is None."""
    if not codes:
        # The planner chooses the channel first: with no lead time there, a patient
        # who prefers it would get nothing, and nobody would be told.
        return [LeadProblem("empty", "", "at least one lead time")]
    problems: list[LeadProblem] = []
    if len(codes) > MOST_LEADS:
        problems.append(LeadProblem("too_many", "", f"at most {MOST_LEADS} lead times"))
    seen: set[timedelta] = set()
    for code in codes:

        def problem(kind: str, message: str, lead: str = code) -> None:
            problems.append(LeadProblem(kind, lead, message))

        try:
            delta = lead_delta(code)
        except ValueError:
            problem("lead", f"{code!r} is not a lead time like P7D, P1D, P0D or PT2H")
            continue
        if "D" in code and "H" in code:
            # The planner reads P1DT2H as the day before: say it in days or in hours.
            problem("mixed", f"{code}: either days (P2D) or hours (PT2H), not both")
        elif "H" in code and not timedelta(hours=1) <= delta < timedelta(days=1):
            problem("hours", f"{code}: from PT1H to PT23H; a day before is P1D")
        elif delta > timedelta(days=MOST_LEAD_DAYS):
            problem("too_far", f"{code}: at most {MOST_LEAD_DAYS} days ahead")
        if delta in seen:
            problem("duplicate", f"{code} is there twice")
        seen.add(delta)
        if (
            channel is Channel.LETTER
            and postal_days is not None
            and delta < timedelta(days=postal_days)
        ):
            problem(
                "too_late_for_post",
                f"a letter {code} cannot reach the patient with {postal_days} postal days",
            )
    return problems


def leads_from_text(text: str) -> tuple[str, ...]:
    """What a person types in a cell: "7, 2, 1" (days before), "7j", "2 h", or ISO codes.

    Anything else is kept as typed (upper case) for :func:`validate` to locate.
    """
    codes = []
    for token in _SPLIT.split(_UNIT.sub(r"\1\2", text.strip().upper())):
        if not token:
            continue
        days, hours = _DAYS.match(token), _HOURS.match(token)
        if days is not None:
            codes.append(f"P{int(days.group(1))}D")
        elif hours is not None:
            codes.append(f"PT{int(hours.group(1))}H")
        else:
            codes.append(token)
    return tuple(codes)


def leads_as_text(codes: tuple[str, ...]) -> str:
    """The other way: "7, 2, 1", "2h"; what is not a lead time stays as it is."""
    words = []
    for code in codes:
        try:
            delta = lead_delta(code)
        except ValueError:
            words.append(code)
            continue
        if "D" in code and "H" in code:
            words.append(code)
        elif "H" in code:
            words.append(f"{delta.seconds // 3600}h")
        else:
            words.append(str(delta.days))
    return ", ".join(words)


def ordered(codes: tuple[str, ...]) -> tuple[str, ...]:
    """Furthest ahead first, as the planner sends them; unreadable codes last."""

    def key(code: str) -> tuple[int, timedelta]:
        try:
            return (0, -lead_delta(code))
        except ValueError:
            return (1, timedelta(0))

    return tuple(sorted(codes, key=key))


# -- saving -------------------------------------------------------------------------------------


def save(session: Session, clock: Clock, actor: Actor, timing: ReminderTiming) -> list[str]:
    """Store what differs from the defaults; returns the fields that changed.

    Raises ``ValidationError`` (nothing stored) for any problem.  A change has
    every active reminder looked at again by the next tick.
    """
    actor.require(Permission.MANAGE_SETTINGS)
    active = {p.code: p.active for p in consent.purposes(session, active_only=False)}
    errors = validate(timing)
    errors += [
        FieldError(f"leads.{purpose}", f"no purpose {purpose!r}", "purpose")
        for purpose in timing.leads
        if purpose not in active
    ]
    if errors:
        raise ValidationError(errors)
    before = _stored(session)
    after = _differences(timing)
    kept = {
        # A purpose switched off keeps its timing for when it is switched back on.
        purpose: by_channel
        for purpose, by_channel in before.get("leads", {}).items()
        if purpose not in timing.leads and active.get(purpose) is False
    }
    if kept:
        after["leads"] = {**kept, **after.get("leads", {})}
    changed = sorted(_changed(before, after))
    if not changed:
        return []
    row = session.get(Setting, REMINDERS_KEY)
    if row is None:
        session.add(Setting(key=REMINDERS_KEY, value=after, updated_at=clock.now()))
    else:
        row.value = after
        row.updated_at = clock.now()
    audit.record(session, clock, actor, "settings.reminders", details={"fields": changed})
    attention.renew_all(session)
    return changed


def _differences(timing: ReminderTiming) -> dict[str, Any]:
    """The JSON stored: only what is not the default."""
    data: dict[str, Any] = {}
    if timing.sending_time != _DEFAULTS.sending_time:
        data["sending_time"] = f"{timing.sending_time:%H:%M}"
    if timing.postal_days != _DEFAULTS.postal_days:
        data["postal_days"] = timing.postal_days
    leads: dict[str, dict[str, list[str]]] = {}
    for purpose, by_channel in timing.leads.items():
        for channel, codes in by_channel.items():
            if ordered(codes) != ordered(default_leads(purpose, channel)):
                leads.setdefault(purpose, {})[channel.value] = list(ordered(codes))
    if leads:
        data["leads"] = leads
    return data


def _changed(before: dict[str, Any], after: dict[str, Any], prefix: str = "") -> set[str]:
    """Names of the fields that differ: ``sending_time``, ``leads.vaccination.sms``."""
    changed = set()
    for key in before.keys() | after.keys():
        old, new = before.get(key), after.get(key)
        if isinstance(old, dict) or isinstance(new, dict):
            changed |= _changed(old or {}, new or {}, f"{prefix}{key}.")
        elif old != new:
            changed.add(prefix + key)
    return changed


# -- JSON, for the command line -----------------------------------------------------------------


def as_json(timing: ReminderTiming) -> dict[str, Any]:
    """The whole timing (not only the differences), as ``settings --timing-from`` takes it."""
    return {
        "sending_time": f"{timing.sending_time:%H:%M}",
        "postal_days": timing.postal_days,
        "leads": {
            purpose: {channel.value: list(codes) for channel, codes in by_channel.items()}
            for purpose, by_channel in timing.leads.items()
        },
    }


def from_json(data: dict[str, Any]) -> ReminderTiming:
    """A timing from its JSON form; what is left out is the default.

    Raises ``ValidationError`` with every problem located, of form and of content.
    """
    errors: list[FieldError] = [
        FieldError(key, "unknown field: sending_time, postal_days or leads", "fields")
        for key in data
        if key not in ("sending_time", "postal_days", "leads")
    ]
    sending_time = _DEFAULTS.sending_time
    if "sending_time" in data:
        try:
            sending_time = time.fromisoformat(data["sending_time"])
        except (TypeError, ValueError):
            errors.append(FieldError("sending_time", "expected a time like 10:00", "time"))
    postal_days = data.get("postal_days", _DEFAULTS.postal_days)
    if not isinstance(postal_days, int) or isinstance(postal_days, bool):
        errors.append(FieldError("postal_days", "expected a number of days", "number"))
        postal_days = _DEFAULTS.postal_days
    leads: Leads = {}
    given = data.get("leads", {})
    if not isinstance(given, dict):
        errors.append(FieldError("leads", "expected {purpose: {channel: [lead times]}}", "leads"))
        given = {}
    for purpose, by_channel in given.items():
        if not isinstance(by_channel, dict):
            errors.append(FieldError(f"leads.{purpose}", "expected {channel: [...]}", "leads"))
            continue
        cells = {channel: default_leads(purpose, channel) for channel in Channel}
        for name, codes in by_channel.items():
            where = f"leads.{purpose}.{name}"
            if name not in {c.value for c in Channel}:
                errors.append(
                    FieldError(where, "unknown channel: sms, email, letter or phone", "channel")
                )
            elif not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                errors.append(FieldError(where, 'expected a list like ["P7D", "P1D"]', "leads"))
            else:
                cells[Channel(name)] = tuple(codes)
        leads[purpose] = cells
    timing = ReminderTiming(sending_time, postal_days, leads)
    errors += validate(timing)
    if errors:
        raise ValidationError(errors)
    return timing


def read_file(path: Path) -> ReminderTiming:
    """A timing from a JSON file, as ``settings --timing-from`` takes it."""
    return from_json(read_json_object(path))
