"""What the agenda importers (``.ics`` and CSV) share once a file is read.

An appointment keeps its agenda key (``ics:…``, ``csv:…``) so that a
re-import updates it in place: moved, changed, cancelled (its reminder and
unsent messages with it, through :mod:`app.appointments`) or left alone.

A patient is found by, in order: an e-mail, a phone number, then the name
(with the birth date, when the agenda gives one, to choose between
namesakes). A phone shared by a household is settled by the name. Nobody, or
several people, is never guessed: the caller reports it.

What an import could not take is an :class:`AgendaProblem`: where (line,
column, event), a code from :data:`PROBLEM_CODES` and the values that go with
it, so a screen says it in its own words; ``str()`` is the English sentence the
command line and the logs print.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import appointments, audit, normalize, patients
from app.access import Actor
from app.appointments import AppointmentData
from app.batches import chunks
from app.clock import Clock
from app.importers import calendar_ics
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


# Who the appointment is for (both importers): nobody or several patients match.
MATCH_CODES = ("no_patient", "several_patients")
# A CSV row that cannot be read (appointments_csv), with the keys of ``detail``.
CSV_CODES = (
    "missing_date",
    "bad_date",  # value
    "missing_time",
    "bad_time",  # value: the time (or end time) as written
    "skipped_local_time",  # moment (dd/mm/yyyy HH:MM), zone: the clocks go forward then
    "bad_duration",  # value
    "end_not_after_start",
    "bad_birth_date",  # value
    "bad_phone",  # value: not a phone number at all
    "invalid_phone",  # value: a number, but no phone has it
    "bad_email",  # value
    "missing_patient",  # no name, phone or e-mail to find the patient by
    "too_long",  # limit: characters at most
    "id_too_long",  # limit
    "too_many_cells",  # cells, columns: more cells than the header has columns
    "duplicate_row",  # first_line: the same appointment as an earlier row
    "bad_outcome",  # value: the outcome column says something that is not an outcome
    # The row's appointment is imported, but not what the agenda says happened:
    "outcome_not_yet",  # value: an outcome for a day still to come
    "outcome_cancelled",  # value: attended or missed, but the appointment is cancelled
)
# Codes that leave the appointment imported and only its outcome out.
OUTCOME_CODES = frozenset({"outcome_not_yet", "outcome_cancelled"})
# Every code an agenda import reports: the three lists above and the .ics
# reader's (:data:`app.importers.calendar_ics.PROBLEM_CODES`, with their detail).
PROBLEM_CODES = MATCH_CODES + CSV_CODES + calendar_ics.PROBLEM_CODES
_NOT_IMPORTED = "; not imported"
_OUTCOME_LEFT = "; the appointment is imported, its outcome is not"
_ENGLISH = {
    "no_patient": "no patient matches its name, phone or e-mail",
    "several_patients": "several patients match; check the name and phone in the agenda",
    "missing_date": "no date",
    "bad_date": "{value!r} is not a date (dd/mm/yyyy or yyyy-mm-dd)",
    "missing_time": "no time",
    "bad_time": "{value!r} is not a time (09:30 or 9h30)",
    "skipped_local_time": "{moment} does not exist in {zone} (the clocks go forward)",
    "bad_duration": "{value!r} is not a duration (minutes, or 1h30)",
    "end_not_after_start": "ends before it starts",
    "bad_birth_date": "{value!r} is not a date (dd/mm/yyyy)",
    "bad_phone": "{value!r} is not a phone number",
    "invalid_phone": "{value!r} is not a valid phone number",
    "bad_email": "{value!r} is not an e-mail address",
    "missing_patient": "no patient: no name, phone or e-mail",
    "too_long": "longer than {limit} characters",
    "id_too_long": "an id longer than {limit} characters",
    "too_many_cells": "{cells} cells where the header has {columns}",
    "duplicate_row": "the same appointment as line {first_line}",
    "bad_outcome": (
        "{value!r} is not an outcome (honoré, absent, annulé; attended, missed, cancelled)"
    ),
    "outcome_not_yet": "{value!r} for an appointment on a day still to come",
    "outcome_cancelled": "{value!r} for a cancelled appointment",
}


@dataclass(frozen=True)
class AgendaProblem:
    """A row or event an agenda import could not take (or took with a doubt), located.

    Attributes:
        line: the line of the file: the CSV row, or where the ``.ics`` event
            begins; ``None`` for the whole file or when the event's line is unknown.
        column: the CSV column at fault, as its header is written in the file.
        code: one of :data:`PROBLEM_CODES`, for a screen to translate.
        detail: the values the sentence is made of, by the names the code's
            list gives (e.g. ``{"value": "25:00"}`` for ``bad_time``); not hashable.
        uid: the ``.ics`` event's UID, when the problem is about one.
        about: who or what the row or event is as the file says it (the event's
            title, the row's patient and time), for a person to find it.
    """

    line: int | None
    column: str | None
    code: str
    detail: Mapping[str, str] = field(default_factory=dict)
    uid: str | None = None
    about: str = ""

    @classmethod
    def from_calendar(cls, problem: calendar_ics.CalendarProblem) -> AgendaProblem:
        return cls(problem.line, None, problem.code, dict(problem.detail), uid=problem.uid)

    def message(self) -> str:
        """The English of the code and detail, without the location."""
        if self.code in _ENGLISH:
            text = _ENGLISH[self.code].format_map(defaultdict(str, self.detail))
            return text + (_OUTCOME_LEFT if self.code in OUTCOME_CODES else _NOT_IMPORTED)
        return calendar_ics.problem_message(self.code, self.detail)

    def __str__(self) -> str:
        """E.g. ``line 3, column Heure: '25:00' is not a time (09:30 or 9h30); not imported``."""
        where = []
        if self.line is not None:
            where.append(f"line {self.line}" + (f", column {self.column}" if self.column else ""))
        elif self.about:
            where.append("event")
        if self.about:
            where.append(f"({self.about})")
        elif self.uid:
            where.append(f"(event {self.uid})")
        text = self.message()
        return f"{' '.join(where)}: {text}" if where else text


@dataclass
class CalendarImportReport:
    """What an agenda import did, and the rows or events it could not take, located."""

    created: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0
    problems: list[AgendaProblem] = field(default_factory=list)
    # New appointments starting before yesterday or more than four months ahead.
    outside_window: int = 0
    # Outcomes (attended, missed, cancelled in time) recorded or changed.
    outcomes: int = 0

    def summary(self) -> str:
        outside = (
            f" {self.outside_window} outside the window (yesterday to four months ahead) left out."
            if self.outside_window
            else ""
        )
        outcomes = f" {self.outcomes} outcomes recorded." if self.outcomes else ""
        return (
            f"{self.created} appointments created, {self.updated} moved or changed, "
            f"{self.cancelled} cancelled, {self.unchanged} unchanged, "
            f"{len(self.problems)} problems.{outside}{outcomes}"
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
    """The one patient with these contacts and name, or None and why not (a code).

    ``emails`` in lower case, ``numbers`` in E.164; ``name`` as the agenda wrote
    it, titles and all. The code is ``no_patient`` or ``several_patients``
    (:data:`MATCH_CODES`), ``""`` with a patient.
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
        return None, "several_patients"
    return None, "no_patient"


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
            "outcomes": report.outcomes,
        },
    )
