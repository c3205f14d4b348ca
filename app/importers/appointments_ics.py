"""Appointments from the agenda's .ics export: created, moved or cancelled in place.

Each occurrence keeps its agenda key (``ics:<uid>[@<original start>]``), so a
re-import of tomorrow's export updates what changed and cancels what was
cancelled, and the reminders follow (``app.appointments``).

An agenda names patients loosely ("RDV Mme DUPONT Hélène", a phone number in
the notes), so an event is matched to a patient by, in order: an attendee's
e-mail, a phone number in the event, then the name in the title (with the
birth date written in the notes, when there is one, to choose between
namesakes).  An event that matches nobody, or several people, is not guessed:
it is reported with its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import phonenumbers
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import appointments, audit, normalize, patients
from app.access import Actor, Permission
from app.appointments import AppointmentData
from app.batches import chunks
from app.clock import Clock
from app.importers.calendar_ics import CalendarEvent, CalendarProblem, parse_calendar
from app.settings import load_practice
from db.models import Appointment, AppointmentStatus, ContactKind, ContactPoint, Patient

KEY_PREFIX = "ics:"
LOOK_BACK = timedelta(days=1)
LOOK_AHEAD = timedelta(days=120)
# Words an agenda puts around a patient's name in an event title.
_TITLE_WORDS = re.compile(
    r"\b(rdv|rendez-vous|consultation|consult|mme|mlle|mme\.|m\.|mr|mrs|ms|madame|monsieur|"
    r"dr|docteur)\b\.?",
    re.IGNORECASE,
)
_BIRTH_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_MOTIVE = re.compile(r"^\s*(?:motif|reason)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


@dataclass
class CalendarImportReport:
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.created} appointments created, {self.updated} moved or changed, "
            f"{self.cancelled} cancelled, {self.unchanged} unchanged, "
            f"{len(self.problems)} problems."
        )


def import_calendar(
    session: Session,
    clock: Clock,
    actor: Actor,
    data: bytes,
    *,
    source_name: str,
    dry_run: bool = False,
) -> CalendarImportReport:
    """Bring the agenda's appointments from yesterday to four months ahead into Relais."""
    actor.require(Permission.IMPORT_PATIENTS)
    now = clock.now()
    practice = load_practice(session)
    parsed = parse_calendar(data, now - LOOK_BACK, now + LOOK_AHEAD, practice.timezone)
    report = CalendarImportReport(problems=[_problem_text(p) for p in parsed.problems])
    # A dry run does all the work, then undoes it: the report is exactly what would happen.
    attempt = session.begin_nested()
    known = _known_appointments(session, [KEY_PREFIX + e.occurrence_key for e in parsed.events])
    for event in parsed.events:
        key = KEY_PREFIX + event.occurrence_key
        existing = known.get(key)
        if existing is not None:
            _apply_to_existing(session, clock, actor, existing, event, report)
            continue
        if event.status == "cancelled":
            report.unchanged += 1  # never imported, nothing to cancel
            continue
        patient_id, why = match_patient(session, event, practice.default_region)
        if patient_id is None:
            report.problems.append(_event_text(event, why))
            continue
        appointments.create_appointment(session, clock, actor, _data(event, patient_id, key))
        report.created += 1
    audit.record(
        session,
        clock,
        actor,
        "appointments.imported",
        details={
            "source": source_name,
            "created": report.created,
            "updated": report.updated,
            "cancelled": report.cancelled,
            "problems": len(report.problems),
        },
    )
    if dry_run:
        attempt.rollback()
    else:
        attempt.commit()
    return report


def _apply_to_existing(
    session: Session,
    clock: Clock,
    actor: Actor,
    appointment: Appointment,
    event: CalendarEvent,
    report: CalendarImportReport,
) -> None:
    if event.status == "cancelled":
        if appointment.status is AppointmentStatus.CANCELLED:
            report.unchanged += 1
        else:
            appointments.cancel_appointment(session, clock, actor, appointment.id, "cancelled")
            report.cancelled += 1
        return
    data = _data(event, appointment.patient_id, appointment.external_key)
    if appointments.update_appointment(session, clock, actor, appointment.id, data):
        report.updated += 1
    else:
        report.unchanged += 1


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


def _known_appointments(session: Session, keys: list[str]) -> dict[str, Appointment]:
    found: dict[str, Appointment] = {}
    for chunk in chunks(keys):
        for appointment in session.scalars(
            select(Appointment).where(Appointment.external_key.in_(chunk))
        ):
            assert appointment.external_key is not None
            found[appointment.external_key] = appointment
    return found


def match_patient(session: Session, event: CalendarEvent, region: str) -> tuple[int | None, str]:
    """The one patient an event is about, or None and why not."""
    emails = {a.email.lower() for a in event.attendees if a.email}
    if emails:
        found = _by_contact(session, [ContactKind.EMAIL], emails)
        if len(found) == 1:
            return found.pop(), ""
    text = "\n".join((event.summary, event.description, event.location))
    numbers = {
        phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        for match in phonenumbers.PhoneNumberMatcher(text, region)
    }
    by_phone = _by_contact(session, [ContactKind.MOBILE, ContactKind.LANDLINE], numbers)
    by_name = _by_name(session, event.summary, _birth_date(event.description))
    if len(by_phone) == 1:
        return by_phone.pop(), ""
    if by_phone and by_name:
        # A landline shared by a household: the name says which one of them.
        both = by_phone & by_name
        if len(both) == 1:
            return both.pop(), ""
    if len(by_name) == 1:
        return by_name.pop(), ""
    if by_name or by_phone:
        return None, "several patients match; check the name and phone in the agenda"
    return None, "no patient matches its name, phone or e-mail"


def _by_contact(session: Session, kinds: list[ContactKind], values: set[str]) -> set[int]:
    if not values:
        return set()
    return set(
        session.scalars(
            select(ContactPoint.patient_id).where(
                ContactPoint.kind.in_(kinds), func.lower(ContactPoint.value).in_(values)
            )
        )
    )


def _by_name(session: Session, title: str, born: date | None) -> set[int]:
    words = _TITLE_WORDS.sub(" ", title)
    words = " ".join(w for w in normalize.words(words) if len(w) > 1)
    if not words:
        return set()
    ids = patients.search_ids(session, words, 50)
    if not ids:
        return set()
    wanted = set(normalize.words(words))
    rows = session.execute(
        select(Patient.id, Patient.last_name, Patient.first_name, Patient.birth_date).where(
            Patient.id.in_(ids)
        )
    )
    exact = {
        pid
        for pid, last, first, birth in rows
        # Whole words only: "Martin" the surname is not "Martine" the first name.
        if wanted <= set(normalize.words(f"{last} {first}")) and (born is None or birth == born)
    }
    return exact


def _birth_date(text: str) -> date | None:
    match = _BIRTH_DATE.search(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _event_text(event: CalendarEvent, why: str) -> str:
    where = f"line {event.source_line}" if event.source_line else "event"
    return f"{where} ({event.summary or event.uid}): {why}; not imported"


def _problem_text(problem: CalendarProblem) -> str:
    return str(problem)
