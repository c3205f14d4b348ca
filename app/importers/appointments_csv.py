"""Appointments from the agenda software's CSV export (DESIGN §10 flow 3, §6 "bad input").

What the file may look like:

- encoding: UTF-8 with or without BOM, UTF-16 with BOM, otherwise cp1252 (French
  Excel); delimiter ``;``, ``,`` or tab, counted on the header line (both read as
  the patients' import reads them, :mod:`app.importers.patients_csv`);
- headers in French or English, matched without accents, case, spaces or
  punctuation: date, time (``heure``), duration (``durée``, minutes or ``1h30``)
  or end time, the patient (one ``patient`` column, or last and first names),
  birth date, phone, e-mail, practitioner, place, reason (``motif``), status and
  the agenda's id of the appointment. Other columns are ignored;
- dates as ``dd/mm/yyyy`` or ISO ``yyyy-mm-dd`` (a date column may carry the
  time too: ``2027-03-02T09:30``, ``02/03/2027 09:30``); times as ``09:30``,
  ``9h30`` or ``9h``, in the practice's time zone.

What happens to the rows, each on its own: a row that cannot be read (no date,
a time that does not exist, a phone that is not one...) is reported with its
line, column and why (an :class:`~app.importers._agenda.AgendaProblem`, codes in
:data:`~app.importers._agenda.CSV_CODES`), and the others are imported all the
same. A row is the same appointment as the one imported before under the
agenda's id (``csv:<id>``); without an id column, under a key made of its date,
time, patient and practitioner, so a re-import still changes nothing, but a
moved appointment then comes as a new one (the old one stays: only a status
says cancelled). A row whose status says cancelled (``annulé``, ``cancelled``)
cancels the appointment, its reminder and the messages not yet sent.

What happened at the appointment, when the agenda says it (its *outcome*,
:func:`app.appointments.record_outcome`), comes from an outcome column
(``présence``, ``venu``, ``honoré``, ``outcome``, ``attended``, ``attendance``...)
or from the status column itself: ``honoré``, ``venu``, ``présent``, ``vu``
(attended), ``absent``, ``non venu``, ``lapin``, ``non honoré`` (missed),
``annulé`` in the outcome column (cancelled in time: the appointment is
cancelled as by the status), and their English words (``attended``, ``seen``,
``no show``, ``DNA``, ``missed``, ``cancelled``); an outcome column may also say
yes or no (``oui``/``non``, ``1``/``0``).  In the outcome column a word it does
not know is a located problem (``bad_outcome``) and the row is not imported; in
the status column other words (``confirmé``, ``à venir``) say nothing of the
outcome, as before.  An empty cell leaves a recorded outcome as it is.  An
outcome for a day still to come, or attended/missed on a cancelled appointment,
is a problem of its own (``outcome_not_yet``, ``outcome_cancelled``) while the
appointment itself is imported.  Recording the same outcome again changes
nothing, so a re-import is idempotent.  Patients
are matched as for the ``.ics`` import (:func:`app.importers._agenda.find_patient`).
New appointments are taken from yesterday to four months ahead, as from the
``.ics`` export; appointments already imported follow the file wherever they move.

The caller owns the transaction; a cancel (``progress`` or ``cancelled``)
raises :class:`~app.errors.Cancelled` for the caller to roll everything back.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

import phonenumbers
from sqlalchemy.orm import Session

from app import appointments, normalize
from app.access import Actor, Permission
from app.appointments import AppointmentData
from app.clock import Clock
from app.errors import Cancelled, FieldError, ValidationError
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
from app.importers.patients_csv import decode, sniff_delimiter
from app.settings import load_practice
from app.tasks import Progress
from db.models import AppointmentOutcome

KEY_PREFIX = "csv:"
PROGRESS_EVERY = 100
MAX_MINUTES = 24 * 60
MAX_ID = 200  # characters of the agenda's own id

# Field -> the headers that mean it, as agendas write them; compared folded, letters
# and digits only ("Durée (min)" is "dureemin").
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "date": (
        "date", "date rdv", "date du rdv", "date rendez-vous", "date du rendez-vous", "jour",
        "day", "appointment date", "start date", "date de debut",
    ),
    "time": (
        "heure", "heure rdv", "heure du rdv", "heure de debut", "heure debut", "debut",
        "horaire", "time", "start", "start time", "appointment time",
    ),
    "duration": (
        "duree", "duree min", "duree minutes", "duree en minutes", "duration",
        "duration min", "duration minutes", "length", "minutes",
    ),
    "end": ("fin", "heure de fin", "heure fin", "end", "end time"),
    "patient": (
        "patient", "nom du patient", "nom patient", "patient name", "name", "nom complet",
        "full name",
    ),
    "last_name": ("nom", "nom de famille", "last name", "surname", "family name"),
    "first_name": ("prenom", "first name", "given name"),
    "birth_date": (
        "date de naissance", "date naissance", "ne le", "nee le", "ne e le", "naissance", "ddn",
        "birth date", "birthdate", "date of birth", "dob",
    ),
    "phone": (
        "telephone", "tel", "portable", "mobile", "tel portable", "telephone portable", "gsm",
        "phone", "phone number", "mobile phone", "cell phone", "cellphone",
    ),
    "email": ("email", "e mail", "courriel", "mail", "adresse email", "email address"),
    "practitioner": (
        "praticien", "praticienne", "medecin", "docteur", "intervenant", "soignant",
        "therapeute", "agenda", "practitioner", "doctor", "provider", "clinician",
    ),
    "place": ("lieu", "cabinet", "salle", "site", "place", "location", "room"),
    "reason": ("motif", "motif du rdv", "motif de consultation", "reason", "visit reason"),
    "status": ("statut", "etat", "status", "state"),
    "outcome": (
        "presence", "present", "venu", "venue", "honore", "rdv honore", "statut presence",
        "presence patient", "outcome", "attended", "attendance", "showed up", "arrived",
    ),
    "id": (
        "id", "identifiant", "id rdv", "n rdv", "no rdv", "numero rdv", "numero", "reference",
        "ref", "id rendez-vous", "rdv id", "appointment id", "booking id", "uid",
    ),
}  # fmt: skip
PATIENT_FIELDS = ("patient", "last_name", "phone", "email")
_NOT_KEY = re.compile(r"[^a-z0-9]+")
_CANCELLED = re.compile(r"^(annul|cancel|supprim|delete)")
# What an agenda writes for an appointment's outcome, folded (no accents, lower
# case, one space between words).  Only the outcome column reads yes and no.
OUTCOME_WORDS: dict[AppointmentOutcome, tuple[str, ...]] = {
    AppointmentOutcome.ATTENDED: (
        "honore", "honoree", "venu", "venue", "present", "presente", "vu", "vue", "arrive",
        "arrivee", "effectue", "realise", "termine", "attended", "seen", "came", "arrived",
        "showed", "showed up", "completed", "done",
    ),
    AppointmentOutcome.MISSED: (
        "absent", "absente", "non venu", "non venue", "pas venu", "pas venue", "lapin",
        "non honore", "non honoree", "manque", "missed", "no show", "noshow", "dna",
        "did not attend", "did not come", "not attended",
    ),
    AppointmentOutcome.CANCELLED_IN_TIME: (
        "annule", "annulee", "annule a temps", "annulation", "desiste", "desistement",
        "cancelled", "canceled", "cancelled in time", "canceled in time", "cancellation",
    ),
}  # fmt: skip
YES_NO: dict[str, AppointmentOutcome] = {
    **dict.fromkeys(
        ("oui", "o", "yes", "y", "1", "x", "vrai", "true"), AppointmentOutcome.ATTENDED
    ),
    **dict.fromkeys(("non", "n", "no", "0", "faux", "false"), AppointmentOutcome.MISSED),
}
_OUTCOMES = {word: outcome for outcome, words in OUTCOME_WORDS.items() for word in words}
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?(?::(\d{2}))?$")
_DURATION = re.compile(
    r"^(?:(\d{1,2})\s*h\s*(\d{1,2})?|(\d{1,2}):(\d{2})|(\d{1,4}))\s*(?:mn|min|minutes?)?$"
)


def _header_key(text: str) -> str:
    return _NOT_KEY.sub("", normalize.fold(text))


HEADER_FIELDS: dict[str, str] = {
    _header_key(alias): name for name, aliases in FIELD_HEADERS.items() for alias in aliases
}


class _RowProblem(Exception):
    """Why one row cannot be imported (a code of ``CSV_CODES``); the import goes on."""

    def __init__(self, code: str, column: str | None = None, **detail: str) -> None:
        super().__init__(code)
        self.code = code
        self.column = column
        self.detail = detail


@dataclass(frozen=True)
class _Row:
    line: int
    key: str
    cancelled: bool
    starts_at: datetime
    ends_at: datetime | None
    emails: frozenset[str]
    numbers: frozenset[str]
    name: str
    born: date | None
    practitioner: str
    place: str
    reason: str
    outcome: AppointmentOutcome | None = None
    # The header of the column the outcome came from, to locate a problem with it.
    outcome_column: str | None = None
    outcome_text: str = ""

    def data(self, patient_id: int, key: str | None) -> AppointmentData:
        return AppointmentData(
            patient_id=patient_id,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            practitioner=self.practitioner,
            place=self.place,
            reason=self.reason,
            source="csv",
            external_key=key,
        )


def import_appointments_csv(
    session: Session,
    clock: Clock,
    actor: Actor,
    path: Path,
    *,
    region: str = "FR",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
) -> CalendarImportReport:
    """Create, change and cancel appointments as the agenda's CSV export says.

    Raises ValidationError when the file is not an agenda at all (no date
    column, nothing to tell the patient by) or cannot be read as CSV; every
    other problem is a line of the report, and the other rows are imported.
    """
    actor.require(Permission.IMPORT_PATIENTS)
    progress = progress or Progress()
    stop = cancelled or (lambda: False)
    text, _encoding = decode(path.read_bytes())
    records = _records(text)
    if not records:
        raise ValidationError([FieldError("file", "the file is empty", "empty")])
    (_header_line, header), *body = records
    columns = _columns(header)
    zone = load_practice(session).zone()
    report = CalendarImportReport()
    rows = _read_rows(body, header, columns, zone, region, report, progress, stop)
    # A dry run does all the work, then undoes it: the report is exactly what would happen.
    attempt = session.begin_nested()
    _save(session, clock, actor, rows, zone, report, progress, stop)
    # In the order of the file, whichever pass found them.
    report.problems.sort(key=lambda problem: problem.line or 0)
    record_import(session, clock, actor, path.name, report)
    if dry_run:
        attempt.rollback()
    else:
        attempt.commit()
    return report


def _read_rows(
    body: list[tuple[int, list[str]]],
    header: list[str],
    columns: dict[str, int],
    zone: tzinfo,
    region: str,
    report: CalendarImportReport,
    progress: Progress,
    stop: Callable[[], bool],
) -> list[_Row]:
    """Every row that can be read; the others become problems of ``report``."""
    rows: list[_Row] = []
    first_line: dict[str, int] = {}
    progress.update(0, len(body), "Checking rows")
    for done, (line, record) in enumerate(body, start=1):
        if done % PROGRESS_EVERY == 0:
            _check(stop)
            progress.update(done, len(body))
        try:
            row = _read_row(line, record, header, columns, zone, region)
        except _RowProblem as problem:
            report.problems.append(
                AgendaProblem(line, problem.column, problem.code, problem.detail)
            )
            continue
        if row.key in first_line:
            detail = {"first_line": str(first_line[row.key])}
            report.problems.append(AgendaProblem(line, None, "duplicate_row", detail))
            continue
        first_line[row.key] = line
        rows.append(row)
    return rows


def _save(
    session: Session,
    clock: Clock,
    actor: Actor,
    rows: list[_Row],
    zone: tzinfo,
    report: CalendarImportReport,
    progress: Progress,
    stop: Callable[[], bool],
) -> None:
    now = clock.now()
    known = known_appointments(session, [row.key for row in rows])
    progress.update(0, len(rows), "Saving")
    for done, row in enumerate(rows, start=1):
        if done % PROGRESS_EVERY == 0:
            _check(stop)
            progress.update(done, len(rows))
        existing = known.get(row.key)
        if existing is not None:
            apply_to_existing(
                session,
                clock,
                actor,
                existing,
                row.data(existing.patient_id, existing.external_key),
                cancelled=row.cancelled,
                report=report,
            )
            _record_outcome(session, clock, actor, existing.id, row, report)
            continue
        if row.cancelled:
            report.unchanged += 1  # never imported, nothing to cancel
            continue
        if not now - LOOK_BACK <= row.starts_at < now + LOOK_AHEAD:
            report.outside_window += 1
            continue
        patient_id, code = find_patient(
            session,
            emails=set(row.emails),
            numbers=set(row.numbers),
            name=row.name,
            born=row.born,
        )
        if patient_id is None:
            report.problems.append(AgendaProblem(row.line, None, code, about=_describe(row, zone)))
            continue
        created = appointments.create_appointment(
            session, clock, actor, row.data(patient_id, row.key)
        )
        report.created += 1
        _record_outcome(session, clock, actor, created.id, row, report)
    _check(stop)
    progress.update(len(rows), len(rows))


def _record_outcome(
    session: Session,
    clock: Clock,
    actor: Actor,
    appointment_id: int,
    row: _Row,
    report: CalendarImportReport,
) -> None:
    """What the row says happened; one refused is a problem, the appointment stays."""
    if row.outcome is None:
        return
    try:
        if appointments.record_outcome(session, clock, actor, appointment_id, row.outcome):
            report.outcomes += 1
    except ValidationError as refused:
        code = {"not_yet": "outcome_not_yet", "cancelled": "outcome_cancelled"}[
            refused.errors[0].code
        ]
        report.problems.append(
            AgendaProblem(row.line, row.outcome_column, code, {"value": row.outcome_text})
        )


def _check(stop: Callable[[], bool]) -> None:
    if stop():
        raise Cancelled("Cancelled; nothing was changed.")


# -- reading the file ------------------------------------------------------------------


def _records(text: str) -> list[tuple[int, list[str]]]:
    """Non-blank records, each with the line of the file where it starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    records = []
    start = 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append((start, record))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ValidationError(
            [FieldError("file", f"line {reader.line_num}: {exc}", "csv_unreadable")]
        ) from exc
    return records


def _columns(header: list[str]) -> dict[str, int]:
    """Field -> index of its column; the first column wins when two mean the same."""
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        name = HEADER_FIELDS.get(_header_key(title))
        if name is not None and name not in columns:
            columns[name] = index
    missing = []
    if "date" not in columns:
        missing.append("no column for the date (Date, Jour...)")
    if not any(name in columns for name in PATIENT_FIELDS):
        missing.append("no column for the patient (Patient, Nom, Téléphone, E-mail...)")
    if missing:
        found = ", ".join(title for title in header if title.strip()) or "nothing"
        raise ValidationError(
            [
                FieldError(
                    "file",
                    f"line 1: {' and '.join(missing)}; the header has {found}",
                    "header",
                )
            ]
        )
    return columns


@dataclass(frozen=True)
class _Cells:
    """One record, read by field name; ``title`` is the file's own header for a field."""

    record: list[str]
    header: list[str]
    columns: dict[str, int]

    def __call__(self, name: str) -> str:
        index = self.columns.get(name)
        if index is None or index >= len(self.record):
            return ""
        return normalize.clean_spaces(self.record[index])

    def title(self, *names: str) -> str | None:
        """The header of the first of ``names`` the file has, to say where a problem is."""
        for name in names:
            if name in self.columns:
                return self.header[self.columns[name]].strip()
        return None


def _read_row(
    line: int,
    record: list[str],
    header: list[str],
    columns: dict[str, int],
    zone: tzinfo,
    region: str,
) -> _Row:
    extra = [cell for cell in record[len(header) :] if cell.strip()]
    if extra:
        raise _RowProblem("too_many_cells", cells=str(len(record)), columns=str(len(header)))
    cell = _Cells(record, header, columns)
    starts_at = _start(cell, zone)
    ends_at = _end(starts_at, cell, zone)
    numbers: set[str] = set()
    if cell("phone"):
        numbers.add(_phone(cell("phone"), region, cell.title("phone")))
    emails: set[str] = set()
    if cell("email"):
        try:
            emails.add(normalize.email(cell("email")).lower())
        except normalize.Invalid as invalid:
            raise _RowProblem("bad_email", cell.title("email"), value=cell("email")) from invalid
    born = None
    if cell("birth_date"):
        born = _day(cell("birth_date"))
        if born is None:
            raise _RowProblem("bad_birth_date", cell.title("birth_date"), value=cell("birth_date"))
    name = cell("patient") or f"{cell('last_name')} {cell('first_name')}".strip()
    if not (name or numbers or emails):
        raise _RowProblem("missing_patient")
    for field_name, limit in (("practitioner", 100), ("place", 200), ("reason", 500)):
        if len(cell(field_name)) > limit:
            raise _RowProblem("too_long", cell.title(field_name), limit=str(limit))
    appointment_id = cell("id")
    if len(appointment_id) > MAX_ID:
        raise _RowProblem("id_too_long", cell.title("id"), limit=str(MAX_ID))
    outcome, outcome_column, outcome_text = _outcome(cell)
    return _Row(
        line=line,
        key=KEY_PREFIX
        + (appointment_id or _made_up_id(starts_at, name, born, numbers, emails, cell)),
        # "Cancelled in time" in the outcome column cancels, as the status would.
        cancelled=bool(_CANCELLED.match(normalize.fold(cell("status"))))
        or outcome is AppointmentOutcome.CANCELLED_IN_TIME,
        starts_at=starts_at,
        ends_at=ends_at,
        emails=frozenset(emails),
        numbers=frozenset(numbers),
        name=name,
        born=born,
        practitioner=cell("practitioner"),
        place=cell("place"),
        reason=cell("reason"),
        outcome=outcome,
        outcome_column=outcome_column,
        outcome_text=outcome_text,
    )


def _outcome_key(text: str) -> str:
    """ "Non venu(e)" -> "non venu": folded, one space between words."""
    return " ".join(_NOT_KEY.split(normalize.fold(text.replace("(e)", "")))).strip()


def _outcome(cell: _Cells) -> tuple[AppointmentOutcome | None, str | None, str]:
    """The outcome the row gives, the header it came from and the words as written.

    The outcome column must say one (or nothing); the status column may, among
    its other words ("confirmé"), and its "annulé" stays a cancellation only.
    """
    text = cell("outcome")
    if text:
        key = _outcome_key(text)
        found = _OUTCOMES.get(key) or YES_NO.get(key)
        if found is None:
            raise _RowProblem("bad_outcome", cell.title("outcome"), value=text)
        return found, cell.title("outcome"), text
    status = cell("status")
    found = _OUTCOMES.get(_outcome_key(status))
    if found is not None and found is not AppointmentOutcome.CANCELLED_IN_TIME:
        return found, cell.title("status"), status
    return None, None, ""


def _made_up_id(
    starts_at: datetime,
    name: str,
    born: date | None,
    numbers: set[str],
    emails: set[str],
    cell: _Cells,
) -> str:
    """A key for a row without the agenda's id: the same row gives the same key."""
    parts = [
        starts_at.isoformat(),
        " ".join(normalize.words(name)),
        born.isoformat() if born else "",
        ",".join(sorted(numbers)),
        ",".join(sorted(emails)),
        " ".join(normalize.words(cell("practitioner"))),
    ]
    return "row-" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def _day(text: str) -> date | None:
    """``dd/mm/yyyy`` (or with - or .) or ISO ``yyyy-mm-dd``; None when it is neither."""
    day_first = _DAY_FIRST.match(text)
    iso = _ISO_DATE.match(text)
    try:
        if day_first:
            day, month, year = (int(part) for part in day_first.groups())
            return date(year, month, day)
        if iso:
            year, month, day = (int(part) for part in iso.groups())
            return date(year, month, day)
    except ValueError:
        return None
    return None


def _clock_time(text: str) -> time | None:
    match = _TIME.match(text.lower())
    if match is None:
        return None
    hour, minute, second = (int(part or 0) for part in match.groups())
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute)


def _start(cell: _Cells, zone: tzinfo) -> datetime:
    date_text = cell("date")
    if not date_text:
        raise _RowProblem("missing_date", cell.title("date"))
    day_text, _, time_in_date = date_text.replace("T", " ").partition(" ")
    day = _day(day_text)
    if day is None:
        raise _RowProblem("bad_date", cell.title("date"), value=date_text)
    time_text = cell("time") or time_in_date.strip()
    where = cell.title("time", "date")
    if not time_text:
        raise _RowProblem("missing_time", where)
    at = _clock_time(time_text)
    if at is None:
        raise _RowProblem("bad_time", where, value=time_text)
    return _aware(datetime.combine(day, at), zone, where)


def _aware(local: datetime, zone: tzinfo, where: str | None) -> datetime:
    """``local`` in the practice's zone, as UTC; a time the clocks skip is refused."""
    aware = local.replace(tzinfo=zone)
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != local:
        raise _RowProblem(
            "skipped_local_time", where, moment=f"{local:%d/%m/%Y %H:%M}", zone=str(zone)
        )
    return aware.astimezone(UTC)


def _end(starts_at: datetime, cell: _Cells, zone: tzinfo) -> datetime | None:
    if cell("duration"):
        minutes = _minutes(cell("duration"))
        if minutes is None or not 0 < minutes <= MAX_MINUTES:
            raise _RowProblem("bad_duration", cell.title("duration"), value=cell("duration"))
        return starts_at + timedelta(minutes=minutes)
    if cell("end"):
        at = _clock_time(cell("end"))
        if at is None:
            raise _RowProblem("bad_time", cell.title("end"), value=cell("end"))
        local_day = starts_at.astimezone(zone).date()
        ends_at = _aware(datetime.combine(local_day, at), zone, cell.title("end"))
        if ends_at <= starts_at:
            raise _RowProblem("end_not_after_start", cell.title("end"))
        return ends_at
    return None


def _minutes(text: str) -> int | None:
    match = _DURATION.match(text.lower())
    if match is None:
        return None
    hours, hour_minutes, clock_hours, clock_minutes, plain = match.groups()
    if plain is not None:
        return int(plain)
    if clock_hours is not None:
        return int(clock_hours) * 60 + int(clock_minutes)
    return int(hours) * 60 + int(hour_minutes or 0)


def _phone(text: str, region: str, column: str | None) -> str:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise _RowProblem("bad_phone", column, value=text) from exc
    if not phonenumbers.is_valid_number(number):
        raise _RowProblem("invalid_phone", column, value=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _describe(row: _Row, zone: tzinfo) -> str:
    when = row.starts_at.astimezone(zone).strftime("%d/%m/%Y %H:%M")
    who = row.name or ", ".join(sorted(row.numbers | row.emails))
    return f"{who}, {when}"
