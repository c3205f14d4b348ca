"""What the agenda importers (``.ics`` and CSV) share once a file is read.

An appointment keeps its agenda key (``ics:…``, ``csv:…``) so that a
re-import updates it in place: moved, changed, cancelled (its reminder and
unsent messages with it, through :mod:`app.appointments`) or left alone.

A patient is found by, in order: an e-mail, a phone number, then the name
(with the birth date, when the agenda gives one, to choose between
namesakes). A phone shared by a household is settled by the name. Nobody, or
several people, is never guessed: the caller reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import appointments, audit, normalize, patients
from app.access import Actor
from app.appointments import AppointmentData
from app.batches import chunks
from app.clock import Clock
from db.models import Appointment, AppointmentStatus, ContactKind, ContactPoint, Patient

# What an import brings in: from yesterday to four months ahead.
LOOK_BACK = timedelta(days=1)
LOOK_AHEAD = timedelta(days=120)
# Words an agenda puts around a patient's name ("RDV Mme DUPONT Hélène").
_TITLE_WORDS = re.compile(
    r"\b(rdv|rendez-vous|consultation|consult|mme|mlle|mme\.|m\.|mr|mrs|ms|madame|monsieur|"
    r"dr|docteur)\b\.?",
    re.IGNORECASE,
)


@dataclass
class CalendarImportReport:
    """What an agenda import did, and the rows or events it could not take, located."""

    created: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    # New appointments starting before yesterday or more than four months ahead.
    outside_window: int = 0

    def summary(self) -> str:
        outside = (
            f" {self.outside_window} outside the window (yesterday to four months ahead) left out."
            if self.outside_window
            else ""
        )
        return (
            f"{self.created} appointments created, {self.updated} moved or changed, "
            f"{self.cancelled} cancelled, {self.unchanged} unchanged, "
            f"{len(self.problems)} problems.{outside}"
        )


def known_appointments(session: Session, keys: Iterable[str]) -> dict[str, Appointment]:
    """The appointments already imported under ``keys``, by key."""
    found: dict[str, Appointment] = {}
    for chunk in chunks(list(keys)):
        for appointment in session.scalars(
            select(Appointment).where(Appointment.external_key.in_(chunk))
        ):
            assert appointment.external_key is not None
            found[appointment.external_key] = appointment
    return found


def apply_to_existing(
    session: Session,
    clock: Clock,
    actor: Actor,
    appointment: Appointment,
    data: AppointmentData,
    *,
    cancelled: bool,
    report: CalendarImportReport,
) -> None:
    """The agenda's version of an appointment already imported: cancel, change, or nothing."""
    if cancelled:
        if appointment.status is AppointmentStatus.CANCELLED:
            report.unchanged += 1
        else:
            appointments.cancel_appointment(session, clock, actor, appointment.id, "cancelled")
            report.cancelled += 1
        return
    if appointments.update_appointment(session, clock, actor, appointment.id, data):
        report.updated += 1
    else:
        report.unchanged += 1


def find_patient(
    session: Session,
    *,
    emails: set[str],
    numbers: set[str],
    name: str,
    born: date | None,
) -> tuple[int | None, str]:
    """The one patient with these contacts and name, or None and why not.

    ``emails`` in lower case, ``numbers`` in E.164; ``name`` as the agenda wrote
    it, titles and all.
    """
    if emails:
        found = _by_contact(session, [ContactKind.EMAIL], emails)
        if len(found) == 1:
            return found.pop(), ""
    by_phone = _by_contact(session, [ContactKind.MOBILE, ContactKind.LANDLINE], numbers)
    by_name = _by_name(session, name, born)
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
    return {
        pid
        for pid, last, first, birth in rows
        # Whole words only: "Martin" the surname is not "Martine" the first name.
        if wanted <= set(normalize.words(f"{last} {first}")) and (born is None or birth == born)
    }


def record_import(
    session: Session, clock: Clock, actor: Actor, source_name: str, report: CalendarImportReport
) -> None:
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
