"""Appointments from the practice agenda's iCalendar export (DESIGN §10, flow 3 "Agenda").

:func:`parse_calendar` turns the bytes of an ``.ics`` file (RFC 5545) into plain
:class:`CalendarEvent` records, one per occurrence starting in a window, and a
list of located :class:`CalendarProblem`. It reads no database: matching
events to patients and to existing appointments is the caller's work, keyed by
:attr:`CalendarEvent.occurrence_key`.

What the file may look like:

- encoding: UTF-8 with or without BOM, UTF-16 with BOM, otherwise cp1252 (old
  Windows agendas); anything that is not a calendar at all raises
  :class:`CalendarError` naming what was found instead (a CSV, a PDF, a vCard...);
- time zones: ``TZID`` parameters with IANA names, Windows names as Outlook
  writes them ("Romance Standard Time"; icalendar maps them with the CLDR
  windowsZones table), custom ``VTIMEZONE`` blocks (each file's own, even if
  an earlier file defined the same name otherwise), UTC ``Z`` times, and
  floating times (no zone) read in the calendar's own zone: ``X-WR-TIMEZONE``
  when the file names one (Google, Apple), else ``default_zone``. All-day
  events run from the start of their day to the start of the day after in
  that same zone. An unknown ``TZID`` is read as that zone too, with a problem;
- recurrences (``RRULE``, ``RDATE``, ``EXDATE``, overrides with
  ``RECURRENCE-ID``) are expanded by ``recurring_ical_events``. An occurrence
  moved by an override comes out at its new time under its original key; one
  cancelled by an override comes out with status ``cancelled`` (its reminders
  must be cancelled); an ``EXDATE``'d one does not come out at all;
- ``METHOD:CANCEL`` files, ``STATUS:CANCELLED`` events and every occurrence of
  a cancelled series come out ``cancelled``.

What is kept: every occurrence whose *start* lies in ``[window_start,
window_end)``, sorted by start. An appointment moved out of the window is
therefore absent, like one deleted from the agenda: absence alone does not
tell the caller which.

Only what can start in the window is read in full: a single event whose
``DTSTART``, as written, is more than two days from the window is left out
before icalendar parses the file (most of the cost), so a problem in it is not
reported. Every event of a recurring series is read.

What is refused, without stopping the rest of the file: an event without
``DTSTART``, with a date or rule that cannot be read, or ending before it
starts. Two events with the same ``UID`` and occurrence keep the one with the
higher ``SEQUENCE``, then the later ``LAST-MODIFIED``, then the one further
down the file; the other is reported as ``duplicate``. Problems carry the line
of the ``BEGIN:VEVENT`` they concern, counted in the file as an editor shows
it (folded lines count).

Measured on a 2-core machine (DESIGN §9) shared with other work, on a file of
5,000 appointments (1.4 MB; one in ten weekly, 20 times) spread over 2027:
a window of one day or one week takes 0.6-1 s (every series is still read and
expanded); the whole year, 12,627 occurrences, takes 5-6 s, of which about 3 s
is icalendar reading the file. Run it on a worker (convention 5).
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import re
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import recurring_ical_events  # type: ignore[import-untyped]  # ships no py.typed marker
from icalendar import Calendar, Component, Timezone
from icalendar.prop import vBroken
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from app.errors import RelaisError

EventStatus = Literal["confirmed", "tentative", "cancelled"]

# The properties that decide when an event happens: if one cannot be read, the
# event's occurrences cannot be trusted, so the event is skipped.
TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "RRULE", "RDATE", "EXDATE")
_STATUS_WORDS: dict[str, EventStatus] = {
    "CONFIRMED": "confirmed",
    "TENTATIVE": "tentative",
    "CANCELLED": "cancelled",
    "CANCELED": "cancelled",  # some Microsoft and American producers spell it so
}
# Floating and all-day times are read in a zone whose offset is at most 14 h
# from UTC; the library compares them to the window as if they were UTC, so it
# is asked for a day more on each side and the window is applied afterwards.
_QUERY_MARGIN = timedelta(days=1)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_EXCERPT = 40


class CalendarError(RelaisError):
    """The file cannot be read as a calendar at all; nothing was imported."""


@dataclass(frozen=True)
class Attendee:
    """A person invited to an appointment (an ``ATTENDEE`` line).

    Attributes:
        name: the ``CN`` parameter, ``''`` when absent (Google writes the e-mail there).
        email: the address without ``mailto:``.
        role: the ``ROLE`` parameter in capitals, ``REQ-PARTICIPANT`` when absent
            (RFC 5545's default).
    """

    name: str
    email: str
    role: str


@dataclass(frozen=True)
class CalendarEvent:
    """One occurrence of an appointment, with every time aware and in UTC.

    Attributes:
        uid: the event's ``UID`` (or a stable one derived from its content when the
            file has none, reported as ``uid_missing``).
        recurrence_id: for an occurrence of a recurring event, its original start;
            ``None`` for a single event.
        occurrence_key: ``uid`` for a single event, ``uid@2027-03-02T09:00:00Z``
            (the original start) for an occurrence: the same in every export of
            the same agenda, even after the occurrence was moved.
        all_day: the event was given as dates; ``start``/``end`` are then the
            starts of the days in the calendar's zone.
        status: ``cancelled`` for a cancelled event, occurrence or series, or any
            event of a ``METHOD:CANCEL`` file.
        organizer: the organizer's name, or their e-mail when the file gives no name.
        sequence: ``SEQUENCE`` (0 when absent): how many times the organizer
            changed the event.
        source_line: the line of the file where the event (or the override that
            produced this occurrence) begins.
    """

    uid: str
    recurrence_id: datetime | None
    occurrence_key: str
    start: datetime
    end: datetime
    all_day: bool
    summary: str
    location: str
    description: str
    status: EventStatus
    attendees: tuple[Attendee, ...]
    organizer: str
    categories: tuple[str, ...]
    sequence: int
    last_modified: datetime | None
    source_line: int | None


# What can be wrong in a calendar file (:attr:`CalendarProblem.code`), each with
# the values its ``detail`` carries:
PROBLEM_CODES = (
    "dtstart_missing",  # no DTSTART: event skipped
    "date_invalid",  # property, value: a date property cannot be read: event skipped
    "rule_invalid",  # property, value: RRULE cannot be read: event skipped
    "rule_unexpandable",  # error: the recurrence reads but cannot be expanded: event skipped
    "end_before_start",  # end, start: DTEND before DTSTART: event skipped
    "duration_negative",  # duration, minutes: a negative DURATION: event skipped
    "duplicate",  # kind, kept_line, reason, sequence: see _duplicate_detail
    "uid_missing",  # no UID: imported under a made-up one
    "timezone_unknown",  # zone, fallback: an event's TZID is unknown; read in fallback
    "calendar_timezone_unknown",  # zone, fallback: the same for X-WR-TIMEZONE
    "property_invalid",  # property, value: another property cannot be read: ignored
    "line_invalid",  # error: a line of the file cannot be read: ignored
)
# The English of each code, for the command line and logs (``duplicate`` is built).
_MESSAGES = {
    "dtstart_missing": "DTSTART missing; event skipped",
    "date_invalid": "{property} {value!r} cannot be read; event skipped",
    "rule_invalid": "{property} {value!r} cannot be read; event skipped",
    "rule_unexpandable": "the recurrence cannot be expanded ({error}); event skipped",
    "end_before_start": "DTEND {end} is before DTSTART {start}; event skipped",
    "duration_negative": "DURATION {duration} is negative; event skipped",
    "uid_missing": (
        "UID missing; the event is imported, but if it is moved in the agenda it "
        "will look like a new appointment"
    ),
    "timezone_unknown": "time zone {zone!r} is unknown; its times are read as {fallback}",
    "calendar_timezone_unknown": (
        "the calendar's time zone {zone!r} is unknown; its times are read as {fallback}"
    ),
    "property_invalid": "{property} {value!r} cannot be read; ignored",
    "line_invalid": "a line was ignored: {error}",
}


@dataclass(frozen=True)
class CalendarProblem:
    """Something in the file that was skipped or guessed, located for a person.

    Attributes:
        line: the line where the event concerned begins; ``None`` for the whole file.
        uid: the event's ``UID`` when known.
        code: stable, for translations: one of :data:`PROBLEM_CODES`.
        message: English, for the command line and logs (:func:`problem_message`).
        detail: the values the message is made of, by name (see
            :data:`PROBLEM_CODES`), for a screen to say it in its own words.
    """

    line: int | None
    uid: str | None
    code: str
    message: str
    detail: Mapping[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        where = [f"line {self.line}"] if self.line is not None else []
        if self.uid:
            where.append(f"(event {self.uid})")
        return f"{' '.join(where)}: {self.message}" if where else self.message


@dataclass
class CalendarReport:
    """The occurrences found in the window, by start, and what was skipped or guessed."""

    events: list[CalendarEvent] = field(default_factory=list)
    problems: list[CalendarProblem] = field(default_factory=list)


def parse_calendar(
    data: bytes,
    window_start: datetime,
    window_end: datetime,
    default_zone: str = "Europe/Paris",
) -> CalendarReport:
    """The occurrences of ``data`` starting in ``[window_start, window_end)``.

    Raises:
        CalendarError: the file is not an iCalendar file, or is cut short.
        ValueError: a window bound is naive, or ``default_zone`` is not a zone.
    """
    for name, bound in (("window_start", window_start), ("window_end", window_end)):
        if bound.tzinfo is None or bound.utcoffset() is None:
            raise ValueError(f"{name} must be an aware datetime, got {bound!r}")
    zone = _zone_named(default_zone)
    if zone is None:
        raise ValueError(f"unknown time zone {default_zone!r}")
    text = decode(data)
    _check_looks_like_icalendar(data, text)
    reader = _Reader(zone, window_start.astimezone(UTC), window_end.astimezone(UTC))
    reader.read(text)
    return reader.report()


# -- reading the file ----------------------------------------------------------------


def decode(data: bytes) -> str:
    """The text of the file: UTF-8 (BOM or not), UTF-16 with BOM, otherwise cp1252."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise CalendarError(
            f"The file says it is Unicode but byte {exc.start} is not; export it again."
        ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # Five bytes are undefined in cp1252; Latin-1 reads every byte.
        return data.decode("latin-1")


def _check_looks_like_icalendar(data: bytes, text: str) -> None:
    first_line = _LINE_BREAK.split(text.lstrip(), maxsplit=1)[0].strip()
    if first_line.upper() != "BEGIN:VCALENDAR":
        raise CalendarError(
            f"This is not an iCalendar (.ics) file: {_describe(data, first_line)}. "
            "Export the agenda in iCalendar format and import that file."
        )
    if not re.search(r"^END:VCALENDAR\s*$", text, re.IGNORECASE | re.MULTILINE):
        raise CalendarError(
            "The calendar file stops before its end (no END:VCALENDAR): the export was "
            "cut short. Export the agenda again."
        )


def _describe(data: bytes, first_line: str) -> str:  # noqa: PLR0911 -- one return per kind of file
    """What a file that is not a calendar seems to be, in words a receptionist knows."""
    signatures = (
        (b"%PDF", "it is a PDF document"),
        (b"PK\x03\x04", "it is a ZIP archive (an Excel or Word document?)"),
        (b"\xd0\xcf\x11\xe0", "it is an old Office document (.xls or .doc)"),
    )
    for signature, description in signatures:
        if data.startswith(signature):
            return description
    if not first_line:
        return "the file is empty"
    if "\x00" in first_line:
        return "it is not text"
    excerpt = first_line if len(first_line) <= _EXCERPT else first_line[:_EXCERPT] + "…"
    upper = first_line.upper()
    if upper.startswith("BEGIN:VCARD"):
        return "it is a contact card (vCard)"
    if upper.startswith("BEGIN:"):
        return f"it starts with {excerpt!r} instead of BEGIN:VCALENDAR"
    if first_line.startswith("<"):
        return "it is a web page or an XML document"
    if first_line.startswith(("{", "[")):
        return "it is JSON data"
    if any(separator in first_line for separator in ";,\t"):
        return f"it looks like a spreadsheet (CSV) starting with {excerpt!r}"
    return f"it starts with {excerpt!r}"


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(number of its first line in the file, unfolded content line)."""
    first = 0
    parts: list[str] = []
    for number, physical in enumerate(_LINE_BREAK.split(text), start=1):
        if not physical:
            # icalendar unfolds across blank lines and then ignores them: so do we.
            continue
        if parts and physical[:1] in (" ", "\t"):
            parts.append(physical[1:])
            continue
        if parts:
            yield first, "".join(parts)
        first, parts = number, [physical]
    if parts:
        yield first, "".join(parts)


@dataclass
class _EventBlock:
    """A VEVENT as written in the file, seen before icalendar reads it."""

    line: int  # of BEGIN:VEVENT in the file
    first: int  # index of BEGIN:VEVENT among the logical lines
    last: int  # index of its END:VEVENT
    uid: str | None = None
    start_day: date | None = None  # DTSTART's date as written, when it reads as one
    recurs: bool = False  # has RRULE, RDATE or RECURRENCE-ID


_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _scan_events(logical: list[tuple[int, str]]) -> list[_EventBlock]:
    """Where each VEVENT begins and ends, in file order; icalendar keeps no positions."""
    blocks: list[_EventBlock] = []
    open_components: list[str] = []
    for index, (number, content) in enumerate(logical):
        head, _, value = content.partition(":")
        name = head.split(";", 1)[0].strip().upper()
        in_event = open_components[-1:] == ["VEVENT"] and bool(blocks)
        if name == "BEGIN":
            open_components.append(value.strip().upper())
            if open_components[-1] == "VEVENT":
                blocks.append(_EventBlock(line=number, first=index, last=index))
        elif name == "END":
            if in_event and value.strip().upper() == "VEVENT":
                blocks[-1].last = index
            if open_components:
                open_components.pop()
        elif not in_event:
            # An alarm's UID (Apple writes one) is inside VALARM, not directly in VEVENT.
            continue
        elif name == "UID":
            blocks[-1].uid = value.strip()
        elif name == "DTSTART":
            # The value follows the last colon: a quoted TZID may hold one, a date never.
            day = _DAY.match(content.rpartition(":")[2].strip())
            # An impossible date stays None: icalendar reads it again and reports it.
            with contextlib.suppress(ValueError):
                blocks[-1].start_day = date(*(int(part) for part in day.groups())) if day else None
        elif name in ("RRULE", "RDATE", "RECURRENCE-ID"):
            blocks[-1].recurs = True
    return blocks


def _near_window(
    logical: list[tuple[int, str]], blocks: list[_EventBlock], first_day: date, last_day: date
) -> tuple[str, list[_EventBlock]]:
    """The text without the single events that start far from the window.

    Reading an event with icalendar costs far more than this scan, and an agenda's
    export usually holds months of appointments for an import of one day or week.
    Every event of a recurring series is kept (an override may move an occurrence
    into the window), and so is any event whose start cannot be read here, so that
    icalendar reads it again and the problem is reported.
    """
    recurring = {block.uid for block in blocks if block.recurs}
    dropped: set[int] = set()
    kept: list[_EventBlock] = []
    for block in blocks:
        if (
            block.start_day is None
            or block.recurs
            or block.uid in recurring
            or first_day <= block.start_day <= last_day
        ):
            kept.append(block)
        else:
            dropped.update(range(block.first, block.last + 1))
    if not dropped:
        return "\r\n".join(content for _, content in logical), kept
    text = "\r\n".join(
        content for index, (_, content) in enumerate(logical) if index not in dropped
    )
    return text, kept


def _lines_by_position(events: list[Component], blocks: list[_EventBlock]) -> list[int | None]:
    if len(events) == len(blocks):
        return [block.line for block in blocks]
    # The scan and icalendar disagree (an exotic layout): fall back on the UIDs.
    lines_by_uid: dict[str | None, deque[int]] = defaultdict(deque)
    for block in blocks:
        lines_by_uid[block.uid].append(block.line)
    lines: list[int | None] = []
    for event in events:
        candidates = lines_by_uid.get(_text(event, "UID") or None)
        lines.append(candidates.popleft() if candidates else None)
    return lines


# -- values ---------------------------------------------------------------------------


def _zone_named(name: str) -> ZoneInfo | None:
    """The zone an IANA or a Windows name (as Outlook writes it) stands for."""
    cleaned = name.strip().strip('"')
    for key in (cleaned, WINDOWS_TO_OLSON.get(cleaned)):
        if key:
            try:
                return ZoneInfo(key)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


def _instant(value: date | datetime, zone: tzinfo) -> datetime:
    """UTC for a time with a zone; a floating time or a date is read in ``zone``."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        return aware.astimezone(UTC)
    return datetime.combine(value, time(), tzinfo=zone).astimezone(UTC)


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _values(component: Component, name: str) -> list[Any]:
    """Every value of a property that may appear once or several times."""
    value = component.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(component: Component, name: str) -> str:
    values = _values(component, name)
    return str(values[0]).strip() if values else ""


def _moment(component: Component, name: str) -> date | datetime | None:
    values = _values(component, name)
    moment = getattr(values[0], "dt", None) if values else None
    return moment if isinstance(moment, date) else None


def _sequence(component: Component) -> int:
    values = _values(component, "SEQUENCE")
    return int(values[0]) if values and isinstance(values[0], int) else 0


def _status(component: Component) -> EventStatus:
    return _STATUS_WORDS.get(_text(component, "STATUS").upper(), "confirmed")


def _attendees(component: Component) -> tuple[Attendee, ...]:
    return tuple(
        Attendee(
            name=str(address.params.get("CN", "")).strip(),
            email=_email(address),
            role=str(address.params.get("ROLE", "REQ-PARTICIPANT")).strip().upper(),
        )
        for address in _values(component, "ATTENDEE")
    )


def _email(address: Any) -> str:
    text = str(address).strip()
    return text[len("mailto:") :] if text.lower().startswith("mailto:") else text


def _organizer(component: Component) -> str:
    values = _values(component, "ORGANIZER")
    if not values:
        return ""
    name = str(values[0].params.get("CN", "")).strip()
    return name or _email(values[0])


def _categories(component: Component) -> tuple[str, ...]:
    names: list[str] = []
    for value in _values(component, "CATEGORIES"):
        words = getattr(value, "cats", [value])
        names.extend(str(word).strip() for word in words if str(word).strip())
    return tuple(names)


def _shown(value: date | datetime) -> str:
    if isinstance(value, datetime):
        zone = f" {value.tzinfo}" if value.tzinfo is not None else ""
        return value.strftime("%Y-%m-%d %H:%M") + zone
    return value.isoformat()


# -- checking, de-duplicating and expanding -------------------------------------------


@dataclass(frozen=True, eq=False)
class _Source:
    """One VCALENDAR of the file (there is nearly always exactly one)."""

    zone: tzinfo
    zone_name: str | None  # X-WR-TIMEZONE as an IANA name, for recurring_ical_events
    cancels: bool  # METHOD:CANCEL
    own_zones: dict[str, tzinfo]  # this file's VTIMEZONEs that have no IANA or Windows name


def _own_zones(calendar: Component) -> dict[str, tzinfo]:
    """This file's definitions of the zones that only it can name.

    icalendar caches such a VTIMEZONE under its TZID for the whole process, so a
    second file defining Outlook's "Customized Time Zone" with other offsets would
    otherwise be read with the first file's.
    """
    zones: dict[str, tzinfo] = {}
    for component in calendar.walk("VTIMEZONE"):
        zone_id = _text(component, "TZID")
        if isinstance(component, Timezone) and zone_id and _zone_named(zone_id) is None:
            with contextlib.suppress(ValueError, TypeError):
                zones[zone_id] = component.to_tz(lookup_tzid=False)
    return zones


def _read_in_own_zones(event: Component, zones: dict[str, tzinfo]) -> None:
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE"):
        for value in _values(event, name):
            zone = zones.get(str(getattr(value, "params", {}).get("TZID", "")))
            if zone is None:
                continue
            for moment in getattr(value, "dts", None) or [value]:
                if isinstance(moment.dt, tuple):  # an RDATE period: (start, end or duration)
                    moment.dt = tuple(_with_zone(part, zone) for part in moment.dt)
                else:
                    moment.dt = _with_zone(moment.dt, zone)


def _with_zone(value: Any, zone: tzinfo) -> Any:
    # The wall-clock time as written is right; only the zone read for it may not be.
    return value.replace(tzinfo=zone) if isinstance(value, datetime) else value


@dataclass
class _Candidate:
    """A VEVENT that passed the checks."""

    event: Component
    source: _Source
    uid: str
    line: int | None
    recurrence_id: datetime | None
    sequence: int
    last_modified: datetime | None
    order: int

    @property
    def rank(self) -> tuple[int, datetime, int]:
        oldest = datetime.min.replace(tzinfo=UTC)
        return (self.sequence, self.last_modified or oldest, self.order)


class _Reader:
    """Carries the problems found while the file is read, checked and expanded."""

    def __init__(
        self, default_zone: ZoneInfo, window_start: datetime, window_end: datetime
    ) -> None:
        self.default_zone = default_zone
        self.window_start = window_start
        self.window_end = window_end
        self.problems: list[CalendarProblem] = []
        self.candidates: list[_Candidate] = []
        self.unknown_zones: set[str] = set()

    def problem(self, line: int | None, uid: str | None, code: str, **detail: str) -> None:
        self.problems.append(
            CalendarProblem(line, uid, code, problem_message(code, detail), detail)
        )

    def read(self, text: str) -> None:
        logical = list(_logical_lines(text))
        # Two days either side cover any zone the dates as written may be in.
        near_text, blocks = _near_window(
            logical,
            _scan_events(logical),
            self.window_start.date() - timedelta(days=2),
            self.window_end.date() + timedelta(days=2),
        )
        try:
            calendars = [
                component
                for component in Calendar.from_ical(near_text, multiple=True)
                if component.name == "VCALENDAR"
            ]
        except ValueError as exc:
            raise CalendarError(f"The calendar file cannot be read: {exc}") from exc
        sourced: list[tuple[Component, _Source]] = []
        for calendar in calendars:
            source = self._source(calendar)
            sourced.extend((event, source) for event in calendar.walk("VEVENT"))
        lines = _lines_by_position([event for event, _ in sourced], blocks)
        for order, ((event, source), line) in enumerate(zip(sourced, lines, strict=True)):
            candidate = self._check(event, source, line, order)
            if candidate is not None:
                self.candidates.append(candidate)

    def _source(self, calendar: Component) -> _Source:
        cancels = _text(calendar, "METHOD").upper() == "CANCEL"
        own_zones = _own_zones(calendar)
        declared = _text(calendar, "X-WR-TIMEZONE")
        if not declared:
            return _Source(self.default_zone, None, cancels, own_zones)
        zone = _zone_named(declared)
        if zone is None:
            self.problem(
                None,
                None,
                "calendar_timezone_unknown",
                zone=declared,
                fallback=self.default_zone.key,
            )
            return _Source(self.default_zone, None, cancels, own_zones)
        return _Source(zone, zone.key, cancels, own_zones)

    def _check(
        self, event: Component, source: _Source, line: int | None, order: int
    ) -> _Candidate | None:
        uid = _text(event, "UID")
        broken = {name.upper(): message for name, message in event.errors if name}
        for name, message in event.errors:
            if not name:
                self.problem(line, uid or None, "line_invalid", error=str(message))
        for name in TIME_PROPERTIES:
            if name in broken:
                code = "rule_invalid" if name == "RRULE" else "date_invalid"
                value = next((str(v) for v in _values(event, name) if isinstance(v, vBroken)), "")
                self.problem(line, uid or None, code, property=name, value=value)
                return None
        for name in broken:
            value = next((str(v) for v in _values(event, name) if isinstance(v, vBroken)), "")
            self.problem(line, uid or None, "property_invalid", property=name, value=value)
            del event[name]
        if source.own_zones:
            _read_in_own_zones(event, source.own_zones)
        start = _moment(event, "DTSTART")
        if start is None:
            self.problem(line, uid or None, "dtstart_missing")
            return None
        if not self._ends_after_start(event, start, source, line, uid):
            return None
        self._note_unknown_zones(event, source, line, uid)
        if not uid:
            uid = self._made_up_uid(event)
            event["UID"] = uid
            self.problem(line, uid, "uid_missing")
        recurrence_id = _moment(event, "RECURRENCE-ID")
        last_modified = _moment(event, "LAST-MODIFIED")
        return _Candidate(
            event=event,
            source=source,
            uid=uid,
            line=line,
            recurrence_id=None if recurrence_id is None else _instant(recurrence_id, source.zone),
            sequence=_sequence(event),
            last_modified=None if last_modified is None else _instant(last_modified, UTC),
            order=order,
        )

    def _ends_after_start(
        self, event: Component, start: date | datetime, source: _Source, line: int | None, uid: str
    ) -> bool:
        end = _moment(event, "DTEND")
        duration = (
            getattr(_values(event, "DURATION")[0], "dt", None) if "DURATION" in event else None
        )
        if end is not None and _instant(end, source.zone) < _instant(start, source.zone):
            self.problem(
                line, uid or None, "end_before_start", end=_shown(end), start=_shown(start)
            )
        elif isinstance(duration, timedelta) and duration < timedelta(0):
            minutes = str(int(duration.total_seconds() // 60))
            self.problem(
                line, uid or None, "duration_negative", duration=str(duration), minutes=minutes
            )
        else:
            return True
        return False

    def _note_unknown_zones(
        self, event: Component, source: _Source, line: int | None, uid: str
    ) -> None:
        """icalendar reads a TZID it does not know as floating: say so, once per name."""
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE"):
            for value in _values(event, name):
                zone_id = str(getattr(value, "params", {}).get("TZID", ""))
                if not zone_id or zone_id in self.unknown_zones:
                    continue
                moments = getattr(value, "dts", None) or [value]
                if any(
                    isinstance(getattr(m, "dt", None), datetime) and m.dt.tzinfo is None
                    for m in moments
                ):
                    self.unknown_zones.add(zone_id)
                    zone_key = getattr(source.zone, "key", str(source.zone))
                    self.problem(
                        line, uid or None, "timezone_unknown", zone=zone_id, fallback=zone_key
                    )

    @staticmethod
    def _made_up_uid(event: Component) -> str:
        # From what identifies the appointment, not DTSTAMP: most programs set that
        # to the time of the export, and the key must survive a re-export.
        identity = [
            value.to_ical().decode() if hasattr(value, "to_ical") else str(value)
            for name in ("DTSTART", "DTEND", "SUMMARY", "LOCATION")
            for value in _values(event, name)
        ]
        return "relais-" + hashlib.sha256("\n".join(identity).encode()).hexdigest()[:20]

    def _winners(self) -> list[_Candidate]:
        """One candidate per UID and occurrence; the others become ``duplicate`` problems."""
        groups: dict[tuple[str, datetime | None], list[_Candidate]] = defaultdict(list)
        for candidate in self.candidates:
            groups[candidate.uid, candidate.recurrence_id].append(candidate)
        winners: list[_Candidate] = []
        for group in groups.values():
            winner = max(group, key=lambda candidate: candidate.rank)
            winners.append(winner)
            for loser in group:
                if loser is not winner:
                    self.problem(
                        loser.line, loser.uid, "duplicate", **_duplicate_detail(loser, winner)
                    )
        winners.sort(key=lambda candidate: candidate.order)
        return winners

    def report(self) -> CalendarReport:
        winners = self._winners()
        recurring_uids = {
            c.uid
            for c in winners
            if c.recurrence_id is not None or "RRULE" in c.event or "RDATE" in c.event
        }
        cancelled_series = {
            c.uid for c in winners if c.recurrence_id is None and _status(c.event) == "cancelled"
        }
        by_occurrence = {(c.uid, c.recurrence_id): c for c in winners}
        found: list[CalendarEvent | None] = []
        series_by_source: dict[_Source, list[_Candidate]] = defaultdict(list)
        for candidate in winners:
            if candidate.uid in recurring_uids:
                series_by_source[candidate.source].append(candidate)
            else:
                # A single event needs no expansion, and the library's copy of each
                # occurrence is most of its cost.
                found.append(
                    _calendar_event(
                        candidate.event,
                        uid=candidate.uid,
                        recurrence_id=None,
                        zone=candidate.source.zone,
                        cancelled=candidate.source.cancels,
                        origin=candidate,
                    )
                )
        for source, candidates in series_by_source.items():
            for occurrence in self._expand(
                source,
                candidates,
                self.window_start - _QUERY_MARGIN,
                self.window_end + _QUERY_MARGIN,
            ):
                uid = _text(occurrence, "UID")
                original = _moment(occurrence, "RECURRENCE-ID")
                recurrence_id = None if original is None else _instant(original, source.zone)
                origin = by_occurrence.get((uid, recurrence_id)) or by_occurrence.get((uid, None))
                found.append(
                    _calendar_event(
                        occurrence,
                        uid=uid,
                        recurrence_id=recurrence_id,
                        zone=source.zone,
                        cancelled=source.cancels or uid in cancelled_series,
                        origin=origin,
                    )
                )
        events = [
            event
            for event in found
            if event is not None and self.window_start <= event.start < self.window_end
        ]
        events.sort(key=lambda event: (event.start, event.occurrence_key))
        self.problems.sort(key=lambda problem: (problem.line is not None, problem.line or 0))
        return CalendarReport(events=events, problems=self.problems)

    def _expand(
        self,
        source: _Source,
        candidates: list[_Candidate],
        span_start: datetime,
        span_end: datetime,
    ) -> list[Component]:
        try:
            return _occurrences(source, (c.event for c in candidates), span_start, span_end)
        except (ValueError, TypeError, OverflowError):
            pass
        # One series the library cannot expand must not cost the others: redo the
        # work series by series to find and report it.
        series: dict[str, list[_Candidate]] = defaultdict(list)
        for candidate in candidates:
            series[candidate.uid].append(candidate)
        occurrences: list[Component] = []
        for uid, members in series.items():
            try:
                occurrences.extend(
                    _occurrences(source, (c.event for c in members), span_start, span_end)
                )
            except (ValueError, TypeError, OverflowError) as exc:
                first = min(members, key=lambda candidate: candidate.order)
                self.problem(first.line, uid, "rule_unexpandable", error=str(exc))
        return occurrences


def _occurrences(
    source: _Source, events: Iterable[Component], span_start: datetime, span_end: datetime
) -> list[Component]:
    calendar = Calendar()
    if source.zone_name is not None:
        # recurring_ical_events reads it: floating and UTC times of the series
        # then recur in the calendar's zone, as Google and Apple mean them to.
        calendar.add("X-WR-TIMEZONE", source.zone_name)
    for event in events:
        calendar.add_component(event)
    query = recurring_ical_events.of(calendar)
    found: list[Component] = query.between(span_start, span_end)
    return found


def _calendar_event(
    occurrence: Component,
    *,
    uid: str,
    recurrence_id: datetime | None,
    zone: tzinfo,
    cancelled: bool,
    origin: _Candidate | None,
) -> CalendarEvent | None:
    """The occurrence as plain data; ``origin`` is the VEVENT (master or override) it comes from."""
    start_value = _moment(occurrence, "DTSTART")
    if start_value is None:
        return None
    start = _instant(start_value, zone)
    end = _instant(_end_of(occurrence, start_value), zone)
    last_modified = _moment(occurrence, "LAST-MODIFIED")
    return CalendarEvent(
        uid=uid,
        recurrence_id=recurrence_id,
        occurrence_key=uid if recurrence_id is None else f"{uid}@{_utc_text(recurrence_id)}",
        start=start,
        end=max(start, end),
        all_day=not isinstance(start_value, datetime),
        summary=_text(occurrence, "SUMMARY"),
        location=_text(occurrence, "LOCATION"),
        description=_text(occurrence, "DESCRIPTION"),
        status="cancelled" if cancelled else _status(occurrence),
        attendees=_attendees(occurrence),
        organizer=_organizer(occurrence),
        categories=_categories(occurrence),
        # recurring_ical_events gives every occurrence the highest SEQUENCE of its
        # series; the VEVENT's own number is what tells an override's changes apart.
        sequence=_sequence(occurrence) if origin is None else origin.sequence,
        last_modified=None if last_modified is None else _instant(last_modified, UTC),
        source_line=None if origin is None else origin.line,
    )


def _end_of(component: Component, start: date | datetime) -> date | datetime:
    """DTEND, else DTSTART + DURATION, else RFC 5545's default (a day for a date, else none)."""
    end = _moment(component, "DTEND")
    if end is not None:
        return end
    durations = _values(component, "DURATION")
    duration = getattr(durations[0], "dt", None) if durations else None
    if isinstance(duration, timedelta):
        return start + duration
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def _duplicate_detail(loser: _Candidate, winner: _Candidate) -> dict[str, str]:
    """Why ``winner`` was kept: ``reason`` is ``sequence``, ``last_modified`` or ``order``.

    ``kind`` is ``event`` or ``occurrence``; ``kept_line`` the winner's line, ``""``
    when unknown; ``sequence`` the winner's SEQUENCE.
    """
    if winner.sequence != loser.sequence:
        reason = "sequence"
    elif winner.last_modified != loser.last_modified:
        reason = "last_modified"
    else:
        reason = "order"
    return {
        "kind": "occurrence" if loser.recurrence_id is not None else "event",
        "kept_line": "" if winner.line is None else str(winner.line),
        "reason": reason,
        "sequence": str(winner.sequence),
    }


def problem_message(code: str, detail: Mapping[str, str]) -> str:
    """The English of a problem (:data:`PROBLEM_CODES`) made of its ``detail``."""
    if code == "duplicate":
        reason = {
            "sequence": f"higher SEQUENCE ({detail.get('sequence', '')})",
            "last_modified": "later LAST-MODIFIED",
        }.get(detail.get("reason", ""), "further down the file")
        kept = detail.get("kept_line")
        where = f"line {kept}" if kept else "another event"
        what = detail.get("kind", "event")
        return f"same {what} as {where} (same UID); that one was kept ({reason})"
    template = _MESSAGES.get(code)
    if template is None:
        return code
    return template.format_map(defaultdict(str, detail))


__all__ = [
    "PROBLEM_CODES",
    "Attendee",
    "CalendarError",
    "CalendarEvent",
    "CalendarProblem",
    "CalendarReport",
    "EventStatus",
    "decode",
    "parse_calendar",
]
