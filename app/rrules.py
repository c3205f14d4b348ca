"""RFC 5545 recurrence rules (via ``dateutil.rrule``), checked before they are stored.

Recall programmes and medication schedules repeat by a rule such as
``FREQ=MONTHLY;INTERVAL=3`` or ``FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15``.  Only
the parts a practice needs are accepted, each checked with a message that says
what is wrong.  The subset is also what keeps ``dateutil`` quick: a rule that
never falls on a date makes it search year after year until 9999, which takes
seconds for a daily rule; here such rules are refused before they reach it
(dates that do not exist, filters a daily rule cannot use).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from dateutil.rrule import rrule, rrulestr

from app.errors import FieldError

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
PARTS = ("FREQ", "INTERVAL", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY", "WKST")
INTERVAL_LIMIT = 1000
EXAMPLE = "FREQ=MONTHLY;INTERVAL=3"
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL = re.compile(r"^(\d{8})(T\d{6})?$")  # local, like the start: no "Z"
# The longest a month can be (February in a leap year).
_MONTH_DAYS = {m: 29 if m == 2 else calendar.monthrange(2001, m)[1] for m in range(1, 13)}


def clean(text: str) -> str:
    """The rule as stored: trimmed, upper case, without an "RRULE:" prefix."""
    text = text.strip().upper()
    return text.removeprefix("RRULE:").strip()


def problems(  # noqa: PLR0911 -- each check says its own problem and stops there
    text: str, starts_on: date | None = None, field: str = "rrule"
) -> list[FieldError]:
    """What is wrong with ``text`` as a rule starting on ``starts_on``; empty if nothing."""
    rule = clean(text)

    def error(message: str, code: str = "rrule_invalid") -> list[FieldError]:
        return [FieldError(field, message, code)]

    if not rule:
        return error(f"give a rule, e.g. {EXAMPLE}", "required")
    if "\n" in rule or "DTSTART" in rule:
        return error("only the rule itself (FREQ=…); the first date is given separately")
    values: dict[str, str] = {}
    found: list[FieldError] = []
    for part in (p.strip() for p in rule.split(";")):
        if not part:
            continue
        name, equals, value = part.partition("=")
        name = name.strip()
        if not equals or not value.strip():
            found += error(f"{part!r} is not NAME=VALUE, e.g. INTERVAL=3")
        elif name in values:
            found += error(f"{name} is given twice")
        else:
            values[name] = value.strip()
            found += _part_problems(name, value.strip(), error)
    if found:
        return found
    frequency = values.get("FREQ")
    if frequency is None:
        return error("FREQ is missing: DAILY, WEEKLY, MONTHLY or YEARLY")
    found += _combination_problems(frequency, values, error)
    if found:
        return found
    start = starts_on or date(2000, 1, 1)
    try:
        parsed = parse(rule, start)
    except (ValueError, TypeError) as exc:  # what the checks above did not foresee
        return error(f"not a valid rule: {exc}")
    if next_after(parsed, start - timedelta(days=1)) is None:
        return error("the rule has no date on or after the start (see UNTIL)", "rrule_empty")
    return []


def _part_problems(  # noqa: PLR0911 -- one return per part, in the order of PARTS
    name: str, value: str, error: Callable[..., list[FieldError]]
) -> list[FieldError]:
    if name == "COUNT":
        return error(
            "COUNT is not used: the reminders repeat until stopped "
            "(UNTIL=YYYYMMDD ends them on a date)"
        )
    if name in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        return error(f"{name}: a rule here gives days; the time of day is set apart")
    if name not in PARTS:
        return error(f"unknown part {name!r} (use {', '.join(PARTS)})")
    if name == "FREQ":
        if value in ("HOURLY", "MINUTELY", "SECONDLY"):
            return error(f"FREQ={value}: at most once a day (DAILY, WEEKLY, MONTHLY or YEARLY)")
        if value not in FREQUENCIES:
            return error(f"FREQ={value}: use DAILY, WEEKLY, MONTHLY or YEARLY")
    elif name == "INTERVAL":
        if not value.isdigit() or not 1 <= int(value) <= INTERVAL_LIMIT:
            return error(
                f"INTERVAL={value}: a whole number from 1 (every time) to {INTERVAL_LIMIT}"
            )
    elif name == "UNTIL":
        match = _UNTIL.match(value)
        if match is None or _date(match.group(1)) is None:
            return error(f"UNTIL={value}: a date as YYYYMMDD, e.g. UNTIL=20301231")
    elif name == "BYMONTH":
        if not _numbers(value, range(1, 13)):
            return error(f"BYMONTH={value}: months are 1 (January) to 12 (December)")
    elif name == "BYMONTHDAY":
        if not _numbers(value, [*range(-31, 0), *range(1, 32)]):
            return error(f"BYMONTHDAY={value}: days are 1 to 31 (or -1 for the last day)")
    elif name == "BYDAY":
        if not all(_BYDAY.match(day) for day in value.split(",")):
            return error(f"BYDAY={value}: days are MO, TU, WE, TH, FR, SA, SU (1MO: first Monday)")
    elif name == "WKST" and value not in _WEEKDAYS:
        return error(f"WKST={value}: a day, MO to SU")
    return []


def _combination_problems(
    frequency: str, values: dict[str, str], error: Callable[..., list[FieldError]]
) -> list[FieldError]:
    if frequency == "DAILY" and any(name.startswith("BY") for name in values):
        return error("a DAILY rule takes no BY… part; use WEEKLY;BYDAY=… for some days only")
    if frequency == "WEEKLY" and "BYMONTHDAY" in values:
        return error("BYMONTHDAY needs FREQ=MONTHLY or YEARLY")
    ordinals = [
        int(match.group(1))
        for day in values.get("BYDAY", "").split(",")
        if (match := _BYDAY.match(day)) and match.group(1)
    ]
    if ordinals:
        largest = 53 if frequency == "YEARLY" and "BYMONTH" not in values else 5
        if frequency in ("DAILY", "WEEKLY"):
            return error("BYDAY=1MO (the first Monday) needs FREQ=MONTHLY or YEARLY")
        if any(not 1 <= abs(n) <= largest for n in ordinals):
            return error(f"BYDAY: the number before the day is 1 to {largest} (or -1 for the last)")
    if "BYMONTHDAY" in values:
        months = [int(m) for m in values["BYMONTH"].split(",")] if "BYMONTH" in values else []
        days = [int(d) for d in values["BYMONTHDAY"].split(",")]
        if not any(abs(d) <= _MONTH_DAYS[m] for m in months or range(1, 13) for d in days):
            return error("BYMONTH and BYMONTHDAY give no date that exists (e.g. 30 February)")
    return []


def _numbers(value: str, allowed: range | list[int]) -> bool:
    parts = value.split(",")
    return all(re.fullmatch(r"[+-]?\d+", p) and int(p) in allowed for p in parts)


def _date(text: str) -> date | None:
    try:
        return datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        return None


def parse(text: str, dtstart: date) -> rrule:
    """The rule counted from ``dtstart`` (a checked rule; see :func:`problems`).

    RFC 5545 skips the months without the start's day: "every 3 months" from
    30 November would go to 30 May, past a February without a 30th.  When the
    rule names no day itself, a start on the 29th to 31st falls on the last
    day of a shorter month instead (28 February, then 30 May again).
    """
    rule = clean(text)
    names = {part.partition("=")[0].strip() for part in rule.split(";")}
    frequency = next(
        (p.partition("=")[2].strip() for p in rule.split(";") if p.strip().startswith("FREQ")), ""
    )
    if (
        dtstart.day > 28
        and frequency in ("MONTHLY", "YEARLY")
        and not names
        & {
            "BYMONTHDAY",
            "BYDAY",
        }
    ):
        rule += f";BYMONTHDAY={dtstart.day},-1;BYSETPOS=1"
        if frequency == "YEARLY" and "BYMONTH" not in names:
            rule += f";BYMONTH={dtstart.month}"
    parsed = rrulestr(rule, dtstart=datetime.combine(dtstart, datetime.min.time()))
    assert isinstance(parsed, rrule)
    return parsed


def next_after(rule: rrule, day: date) -> date | None:
    """The rule's first date strictly after ``day``, or None once it has ended."""
    found = rule.after(datetime.combine(day, datetime.min.time()), inc=False)
    return None if found is None else found.date()
