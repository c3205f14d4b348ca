"""Appointments from the agenda's .ics export: created, moved or cancelled in place.

Each occurrence keeps its agenda key (``ics:<uid>[@<original start>]``), so a
re-import of tomorrow's export updates what changed and cancels what was
cancelled, and the reminders follow (``app.appointments``).

An agenda names patients loosely ("RDV Mme DUPONT Hélène", a phone number in
the notes), so an event is matched to a patient by, in order: an attendee's
e-mail, a phone number in the event, then the name in the title (with the
birth date written in the notes, when there is one, to choose between
namesakes).  An event that matches nobody, or several people, is not guessed:
it is reported with its line (an :class:`~app.importers._agenda.AgendaProblem`).

The caller owns the transaction; a cancel (``progress`` or ``cancelled``)
raises :class:`~app.errors.Cancelled` for the caller to roll everything back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import phonenumbers
from sqlalchemy.orm import Session

from app import appointments
from app.access import Actor, Permission
from app.appointments import AppointmentData
from app.clock import Clock
from app.errors import Cancelled
from app.importers._agenda import (
    LOOK_AHEAD,
    LOOK_BACK,
    AgendaProblem,
    CalendarImportReport,
    apply_to_existing,
    find_patient,
    known_appointments,
    record_import,
)
from app.importers.calendar_ics import CalendarEvent, parse_calendar
from app.settings import load_practice
from app.tasks import Progress

__all__ = [
    "KEY_PREFIX",
    "AgendaProblem",
    "CalendarImportReport",
    "import_calendar",
    "match_patient",
]

KEY_PREFIX = "ics:"
_BIRTH_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_MOTIVE = re.compile(r"^\s*(?:motif|reason)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def import_calendar(
    session: Session,
    clock: Clock,
    actor: Actor,
    data: bytes,
    *,
    source_name: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
) -> CalendarImportReport:
    """Bring the agenda's appointments from yesterday to four months ahead into Relais.

    ``progress`` counts the events saved (its message is ``Saving``); a cancel
    through it or ``cancelled`` raises :class:`~app.errors.Cancelled` between
    two events, the work done so far left for the caller to roll back.
    """
    actor.require(Permission.IMPORT_PATIENTS)
    progress = progress or Progress()
    stop = cancelled or (lambda: False)
    _check(stop)
    progress.check()
    now = clock.now()
    practice = load_practice(session)
    parsed = parse_calendar(data, now - LOOK_BACK, now + LOOK_AHEAD, practice.timezone)
    report = CalendarImportReport(
        problems=[AgendaProblem.from_calendar(p) for p in parsed.problems]
    )
    total = len(parsed.events)
    progress.update(0, total, "Saving")
    # A dry run does all the work, then undoes it: the report is exactly what would happen.
    attempt = session.begin_nested()
    known = known_appointments(session, [KEY_PREFIX + e.occurrence_key for e in parsed.events])
    for done, event in enumerate(parsed.events):
        _check(stop)
        progress.update(done, total)  # raises Cancelled when cancelled through it
        key = KEY_PREFIX + event.occurrence_key
        existing = known.get(key)
        if existing is not None:
            apply_to_existing(
                session,
                clock,
                actor,
                existing,
                _data(event, existing.patient_id, existing.external_key),
                cancelled=event.status == "cancelled",
                report=report,
            )
            continue
        if event.status == "cancelled":
            report.unchanged += 1  # never imported, nothing to cancel
            continue
        patient_id, code = match_patient(session, event, practice.default_region)
        if patient_id is None:
            report.problems.append(
                AgendaProblem(
                    event.source_line, None, code, uid=event.uid, about=event.summary or event.uid
                )
            )
            continue
        appointments.create_appointment(session, clock, actor, _data(event, patient_id, key))
        report.created += 1
    _check(stop)
    progress.update(total, total)
    record_import(session, clock, actor, source_name, report)
    if dry_run:
        attempt.rollback()
    else:
        attempt.commit()
    return report


def _data(event: CalendarEvent, patient_id: int, key: str | None) -> AppointmentData:
    motive = _MOTIVE.search(event.description)
    return AppointmentData(
        patient_id=patient_id,
        starts_at=event.start,
        ends_at=event.end if event.end > event.start else None,
        practitioner=event.organizer[:100],
        place=event.location[:200],
        reason=motive.group(1).strip()[:500] if motive else "",
        source="ics",
        external_key=key,
    )


def match_patient(session: Session, event: CalendarEvent, region: str) -> tuple[int | None, str]:
    """The one patient an event is about, or None and why not: a code of ``MATCH_CODES``."""
    text = "\n".join((event.summary, event.description, event.location))
    return find_patient(
        session,
        emails={a.email.lower() for a in event.attendees if a.email},
        numbers={
            phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            for match in phonenumbers.PhoneNumberMatcher(text, region)
        },
        name=event.summary,
        born=_birth_date(event.description),
    )


def _birth_date(text: str) -> date | None:
    match = _BIRTH_DATE.search(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _check(stop: Callable[[], bool]) -> None:
    if stop():
        raise Cancelled("Cancelled; nothing was changed.")
