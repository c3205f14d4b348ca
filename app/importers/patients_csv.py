"""Patients from the practice software's CSV export (DESIGN §6 "bad input", §7 ``import``).

What the file may look like:

- encoding: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
  text"), otherwise cp1252 (French Excel);
- delimiter: ``;`` (French Excel), ``,`` or tab, counted on the header line
  outside quotes (``csv.Sniffer`` guesses wrong on short or quoted headers);
- headers in French or English, matched without accents, case, spaces or
  punctuation ("Né(e) le", "DATE_NAISSANCE" and "Date of birth" all mean the
  birth date); unknown columns are listed as ignored.

What happens to the rows:

- every row goes through :func:`app.patients.validate` (the same rules as the
  patient editor); problems come back located by row (as a spreadsheet
  numbers it, the header being row 1) and by the file's own column header;
- an optional ``tags`` column lists the patient's tags ("diabète; asthme",
  separated by ``;`` or ``,``); on an update a non-empty cell replaces the
  patient's tags and an empty one keeps them;
- blank lines are skipped; a row with more fields than the header (other than
  empty trailing ones) or with fewer is rejected whole; a cell that starts like
  a spreadsheet formula is rejected;
- a row is the same patient as an existing one with the same external id, or
  else with the same name and birth date when exactly one patient has them; it
  then updates that patient instead of adding a duplicate. Two rows of the
  file for the same patient: the second is rejected.
- an update only changes what the row says: a column absent from the file, or
  an empty cell, keeps what Relais already has (a weekly re-import of the
  practice software's export must not erase the e-mail or the large-print need
  recorded at the desk). A non-empty phone, e-mail or address replaces the one
  of the same kind.

Everything is checked before anything is written, so ``strict`` (all or
nothing) and ``dry_run`` (nothing) cost no extra pass; the caller owns the
transaction, and a cancel through :class:`~app.tasks.Progress` raises
:class:`~app.errors.Cancelled` out of here so that the caller rolls it back.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import audit, normalize, patients, settings, tags
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.patients import ContactData, PatientData, PatientForm
from app.tasks import Progress
from db.models import ContactKind, Patient

PROGRESS_EVERY = 200
INSERT_BATCH = PROGRESS_EVERY  # one progress step (and cancel check) per batch
LOAD_BATCH = 500
DELIMITERS = (";", "\t", ",")  # in order of preference when the header is ambiguous

# PatientForm field -> the headers that mean it, as people write them. Matching
# ignores accents, case, spaces and punctuation (see _header_key).
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "last_name": (
        "nom", "nom de famille", "nom d'usage", "nom usuel", "nom patient",
        "last name", "surname", "family name",
    ),
    "first_name": ("prénom", "prénoms", "first name", "given name", "forename"),
    "birth_name": (
        "nom de naissance", "nom de jeune fille", "birth name", "maiden name", "née",
    ),
    "birth_date": (
        "date de naissance", "date naissance", "né(e) le", "né le", "née le", "naissance",
        "ddn", "birth date", "birthdate", "date of birth", "dob",
    ),
    "sex": ("sexe", "sex", "gender", "genre"),
    "external_id": (
        "n° dossier", "nº dossier", "no dossier", "numéro de dossier", "num dossier", "dossier",
        "identifiant", "identifiant patient", "id patient", "id", "ipp", "external id",
        "id externe", "patient id", "patient number", "record number",
    ),
    "mobile": (
        "portable", "mobile", "tél. portable", "tél portable", "téléphone portable",
        "tél. mobile", "téléphone mobile", "gsm", "cell", "cell phone", "cellphone",
        "mobile phone",
    ),
    "landline": (
        "téléphone", "tél", "tél.", "fixe", "tél. fixe", "téléphone fixe", "domicile",
        "tél. domicile", "landline", "phone", "home phone", "telephone",
    ),
    "email": (
        "email", "e-mail", "courriel", "mail", "adresse email", "adresse e-mail",
        "adresse mail", "email address", "e-mail address",
    ),
    "street": ("adresse", "adresse 1", "rue", "address", "address 1", "address line 1", "street"),
    "street_extra": (
        "complément d'adresse", "complément adresse", "complément", "adresse 2",
        "address 2", "address line 2",
    ),
    "postcode": ("code postal", "cp", "postcode", "postal code", "zip", "zip code"),
    "city": ("ville", "commune", "localité", "city", "town"),
    "country": ("pays", "country"),
    "language": ("langue", "language", "lang"),
    "status": ("statut", "status", "état"),
    "household": ("foyer", "id foyer", "household", "household id"),
    "large_print": ("gros caractères", "large print"),
    "easy_read": ("facile à lire", "falc", "easy read", "easy to read"),
    "needs_call": ("appel", "appeler", "à appeler", "needs call", "needs a call", "call"),
    "no_digital_access": (
        "sans internet", "papier", "papier uniquement", "courrier uniquement",
        "no digital access", "paper", "paper only", "no internet",
    ),
    "landline_shared": (
        "fixe partagé", "téléphone partagé", "tél. partagé", "shared landline", "shared phone",
    ),
    # Not a PatientForm field: the patient's tags, kept beside the form (app.tags).
    "tags": ("tags", "tag", "étiquettes", "étiquette", "mots-clés", "mots clés", "labels"),
}  # fmt: skip
REQUIRED_FIELDS = ("last_name", "first_name", "birth_date")
FIELD_LABELS = {"last_name": "last name", "first_name": "first name", "birth_date": "birth date"}
FLAG_FIELDS = frozenset(
    {"large_print", "easy_read", "needs_call", "no_digital_access", "landline_shared"}
)
PHONE_FIELDS = frozenset({"mobile", "landline"})
ADDRESS_FIELDS = frozenset({"street", "street_extra", "postcode", "city", "country"})
# On an update these keep the patient's current value when the row leaves them empty.
KEPT_WHEN_EMPTY = (
    "birth_name", "sex", "language", "status", "household",
    "large_print", "easy_read", "needs_call", "no_digital_access",
)  # fmt: skip

_YES = frozenset({"oui", "o", "yes", "y", "1", "x", "vrai", "true"})
_NO = frozenset({"non", "n", "no", "0", "faux", "false", ""})
_STATUS_WORDS = {
    "actif": "active", "active": "active", "demenage": "moved", "moved": "moved",
    "decede": "deceased", "decedee": "deceased", "dcd": "deceased", "deceased": "deceased",
    "archive": "archived", "archivee": "archived", "archived": "archived",
    "inactif": "archived", "inactive": "archived",
}  # fmt: skip
_NOT_KEY = re.compile(r"[^a-z0-9]+")


def _header_key(text: str) -> str:
    return _NOT_KEY.sub("", normalize.fold(text))


HEADER_FIELDS: dict[str, str] = {
    _header_key(alias): field_name
    for field_name, aliases in FIELD_HEADERS.items()
    for alias in aliases
}


# -- the report ------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem, located as a spreadsheet shows the file.

    Attributes:
        row: the line number in a spreadsheet (the header is row 1).
        column: the file's header for the cell, or ``''`` for the whole row.
        message: English, for the command line and logs.
        code: stable, for translations (``mobile_invalid``, ``too_many_fields``...).
    """

    row: int
    column: str
    message: str
    code: str

    def __str__(self) -> str:
        where = f"row {self.row}, column {self.column}" if self.column else f"row {self.row}"
        return f"{where}: {self.message}"


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do).

    ``created``, ``updated`` and ``unchanged`` count what was written; for a dry
    run, what would be; in strict mode with errors they are 0 since nothing was
    written. ``committed`` is False for a dry run and for a strict import with
    errors.
    """

    source: str
    encoding: str
    delimiter: str
    columns: dict[str, str]
    ignored_columns: list[str]
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    strict: bool = False
    dry_run: bool = False
    committed: bool = False

    @property
    def rejected(self) -> int:
        """Rows refused (a row with three problems counts once)."""
        return len({error.row for error in self.errors})

    def summary(self) -> str:
        line = (
            f"{self.rows_read} rows: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.rejected} rejected"
        )
        if self.dry_run:
            line += " (dry run: nothing was written)"
        elif not self.committed:
            line += " (strict: nothing was written)"
        return line


# -- reading the file ----------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (BOM or not), UTF-16 with BOM, cp1252."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16"), "utf-16"
    except UnicodeDecodeError as exc:
        message = f"the file says it is Unicode but byte {exc.start} is not"
        raise ValidationError([FieldError("file", message, "encoding")]) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Five bytes are undefined in cp1252; Latin-1 reads every byte.
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that occurs most often on the header line, outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    seen_text = False
    for char in text:
        if char == '"':
            in_quotes = not in_quotes
        elif in_quotes:
            continue
        elif char in "\r\n":
            if seen_text:
                break  # the end of the header line
        elif char in counts:
            counts[char] += 1
            seen_text = True
        elif not char.isspace():
            seen_text = True
    best = max(DELIMITERS, key=lambda d: counts[d])  # max keeps the first of equals
    return best


def _is_blank(record: Sequence[str]) -> bool:
    return all(not cell.strip() for cell in record)


def _read_records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Non-blank records with their spreadsheet row number (blank lines count as rows)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = []
    try:
        for number, record in enumerate(reader, start=1):
            if not _is_blank(record):
                records.append((number, record))
    except csv.Error as exc:
        raise ValidationError(
            [FieldError("file", f"line {reader.line_num}: {exc}", "csv_unreadable")]
        ) from exc
    return records


@dataclass(frozen=True)
class _Layout:
    columns: dict[str, str]  # header -> field
    ignored: list[str]
    cells: tuple[tuple[int, str, str], ...]  # (index, field, header)
    width: int
    headers: dict[str, str]  # field -> header
    warnings: list[RowError]


def _map_header(header_row: int, header: list[str]) -> _Layout:
    while header and not header[-1].strip():
        header = header[:-1]  # "Nom;Prénom;" -- Excel's trailing delimiter
    columns: dict[str, str] = {}
    headers: dict[str, str] = {}
    ignored: list[str] = []
    cells: list[tuple[int, str, str]] = []
    warnings: list[RowError] = []
    for index, raw in enumerate(header):
        title = raw.strip()
        field_name = HEADER_FIELDS.get(_header_key(title)) if title else None
        if field_name is None:
            ignored.append(title)
        elif field_name in headers:
            ignored.append(title)
            warnings.append(
                RowError(
                    header_row,
                    title,
                    f"ignored: column {headers[field_name]!r} already gives the {field_name}",
                    "column_duplicate",
                )
            )
        else:
            columns[title] = field_name
            headers[field_name] = title
            cells.append((index, field_name, title))
    missing = [name for name in REQUIRED_FIELDS if name not in headers]
    if missing:
        raise ValidationError(
            [
                FieldError(
                    name,
                    f"the file has no {FIELD_LABELS[name]} column (expected a header such as "
                    f"{FIELD_HEADERS[name][0]!r} or {_english_example(name)!r})",
                    "column_missing",
                )
                for name in missing
            ]
        )
    return _Layout(columns, ignored, tuple(cells), len(header), headers, warnings)


def _english_example(field_name: str) -> str:
    return {"last_name": "Last name", "first_name": "First name", "birth_date": "Birth date"}[
        field_name
    ]


# -- one row ------------------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    data: PatientData
    given: frozenset[str]  # fields whose cell was not empty
    target: int | None = None  # existing patient to update
    tags: list[str] | None = None  # None: no tags column, or an empty cell


def _flag(text: str) -> bool | None:
    word = normalize.fold(text.strip()).rstrip(".")
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


def _looks_like_formula(field_name: str, value: str) -> bool:
    if value.startswith("="):
        return True
    # A phone may start with "+"; anything else starting with + - @ would be
    # run by a spreadsheet when the data is exported again.
    return field_name not in PHONE_FIELDS and value.startswith(("+", "-", "@"))


def _parse_row(
    number: int, record: list[str], layout: _Layout, region: str, today: date
) -> _Row | list[RowError]:
    if len(record) != layout.width:
        extra = record[layout.width :]
        if len(record) < layout.width or not _is_blank(extra):
            code = "too_many_fields" if len(record) > layout.width else "too_few_fields"
            return [
                RowError(
                    number,
                    "",
                    f"{len(record)} fields, the header has {layout.width}",
                    code,
                )
            ]
    form = PatientForm()
    problems: dict[str, FieldError] = {}
    given: set[str] = set()
    row_tags: list[str] | None = None
    for index, field_name, _header in layout.cells:
        value = record[index].strip()
        if not value:
            continue
        given.add(field_name)
        if field_name in FLAG_FIELDS:
            flag = _flag(value)
            if flag is None:
                problems[field_name] = FieldError(
                    field_name, f"{value[:40]!r} is not oui/non (yes/no)", "flag_invalid"
                )
            else:
                setattr(form, field_name, flag)
        elif _looks_like_formula(field_name, value):
            problems[field_name] = FieldError(
                field_name, "looks like a spreadsheet formula", "formula"
            )
        elif field_name == "tags":
            row_tags, tag_errors = tags.check(tags.split(value))
            if tag_errors:
                problems["tags"] = tag_errors[0]
        elif field_name == "status":
            form.status = _STATUS_WORDS.get(_header_key(value), value)
        else:
            setattr(form, field_name, value)
    data: PatientData | None = None
    try:
        data = patients.validate(form, region, today)
    except ValidationError as exc:
        for error in exc.errors:
            problems.setdefault(error.field, error)
    if problems:
        return [_row_error(number, layout, error) for error in problems.values()]
    assert data is not None
    return _Row(number, data, frozenset(given), tags=row_tags)


def _row_error(number: int, layout: _Layout, error: FieldError) -> RowError:
    header = layout.headers.get(error.field)
    if header is None:  # e.g. "street: required for a postal address" without a street column
        return RowError(number, "", f"{error.field}: {error.message}", error.code or "invalid")
    return RowError(number, header, error.message, error.code or "invalid")


# -- matching against the registry and within the file ------------------------------------


@dataclass
class _Registry:
    by_external_id: dict[str, int]
    by_identity: dict[tuple[str, date], list[tuple[int, str | None]]]

    @classmethod
    def load(cls, session: Session) -> _Registry:
        by_external_id: dict[str, int] = {}
        by_identity: dict[tuple[str, date], list[tuple[int, str | None]]] = {}
        rows = session.execute(
            select(Patient.id, Patient.external_id, Patient.sort_key, Patient.birth_date)
        )
        for pid, external_id, key, born in rows:
            if external_id is not None:
                by_external_id[external_id] = pid
            by_identity.setdefault((key, born), []).append((pid, external_id))
        return cls(by_external_id, by_identity)


def _match(
    rows: list[_Row], registry: _Registry, errors: list[RowError], warnings: list[RowError]
) -> list[_Row]:
    """Set each row's target (or None for a new patient); drop rows that cannot be placed."""
    placed: list[_Row] = []
    seen_external: dict[str, int] = {}
    seen_identity: dict[tuple[str, date], list[tuple[int, str | None]]] = {}
    seen_target: dict[int, int] = {}
    for row in rows:
        data = row.data
        identity = (data.sort_key, data.birth_date)
        ext = data.external_id
        if ext is not None and ext in seen_external:
            errors.append(_duplicate(row.number, seen_external[ext]))
            continue
        earlier = seen_identity.get(identity, [])
        same_person = [n for n, other_ext in earlier if ext is None or other_ext is None]
        if same_person:
            errors.append(_duplicate(row.number, same_person[0]))
            continue
        target, problem = _find_target(row, registry, warnings)
        if problem is not None:
            errors.append(problem)
            continue
        if target is not None and target in seen_target:
            errors.append(_duplicate(row.number, seen_target[target]))
            continue
        for number, _other in earlier:
            warnings.append(
                RowError(
                    row.number,
                    "",
                    f"same name and birth date as row {number}, with another external id",
                    "possible_duplicate",
                )
            )
        row.target = target
        if ext is not None:
            seen_external[ext] = row.number
        seen_identity.setdefault(identity, []).append((row.number, ext))
        if target is not None:
            seen_target[target] = row.number
        placed.append(row)
    return placed


def _duplicate(number: int, first: int) -> RowError:
    return RowError(number, "", f"duplicate of row {first} (same patient)", "duplicate_row")


def _find_target(
    row: _Row, registry: _Registry, warnings: list[RowError]
) -> tuple[int | None, RowError | None]:
    data = row.data
    if data.external_id is not None and data.external_id in registry.by_external_id:
        return registry.by_external_id[data.external_id], None
    candidates = registry.by_identity.get((data.sort_key, data.birth_date), [])
    if not candidates:
        return None, None
    if len(candidates) == 1 and (data.external_id is None or candidates[0][1] is None):
        return candidates[0][0], None
    listed = ", ".join(f"#{pid}" for pid, _ext in candidates)
    if data.external_id is None:
        return None, RowError(
            row.number,
            "",
            f"same name and birth date as several patients ({listed}); "
            "add their external ids to the file to tell them apart",
            "ambiguous_match",
        )
    # The practice software says this is another record: add it, but say so.
    warnings.append(
        RowError(
            row.number,
            "",
            f"possible duplicate: same name and birth date as patient {listed}, "
            "with another external id",
            "possible_duplicate",
        )
    )
    return None, None


def _merge(current: PatientData, data: PatientData, given: frozenset[str]) -> PatientData:
    """What the patient becomes: the row's non-empty cells over what Relais has."""
    kept = {name: getattr(current, name) for name in KEPT_WHEN_EMPTY if name not in given}
    controlled: set[ContactKind] = set()
    if "mobile" in given:
        controlled.add(ContactKind.MOBILE)
    if "landline" in given:
        controlled.add(ContactKind.LANDLINE)
    if "email" in given:
        controlled.add(ContactKind.EMAIL)
    if given & ADDRESS_FIELDS:
        controlled.add(ContactKind.POSTAL)
    shared = {(c.kind, c.value): c.shared_with_household for c in current.contacts}
    contacts: list[ContactData] = []
    for contact in data.contacts:
        key = (contact.kind, contact.value)
        if "landline_shared" not in given and key in shared:
            contacts.append(replace(contact, shared_with_household=shared[key]))
        else:
            contacts.append(contact)
    wanted = {(c.kind, c.value) for c in contacts}
    contacts += [
        c for c in current.contacts if c.kind not in controlled and (c.kind, c.value) not in wanted
    ]
    return replace(data, contacts=contacts, **kept)


def _load(session: Session, ids: Iterable[int]) -> dict[int, Patient]:
    """Patients with their contact points, a few hundred per query."""
    id_list = sorted(set(ids))
    loaded: dict[int, Patient] = {}
    for start in range(0, len(id_list), LOAD_BATCH):
        chunk = id_list[start : start + LOAD_BATCH]
        query = (
            select(Patient)
            .where(Patient.id.in_(chunk))
            .options(selectinload(Patient.contact_points))
        )
        loaded.update((p.id, p) for p in session.scalars(query))
    return loaded


# -- the service ----------------------------------------------------------------------


def import_patients(
    session: Session,
    clock: Clock,
    actor: Actor,
    data: bytes,
    *,
    source_name: str = "",
    region: str = "FR",
    strict: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row of a CSV file, then add new patients and update known ones.

    Raises :class:`ValidationError` (before touching anything) when the file
    cannot be read as patients at all: empty, unreadable, or without a last
    name, first name or birth date column. Row problems do not raise: they are
    in the report, and the valid rows are written unless ``strict`` or
    ``dry_run``. The caller owns the transaction.
    """
    actor.require(Permission.IMPORT_PATIENTS)
    progress = progress or Progress()
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    records = _read_records(text, delimiter)
    if not records:
        raise ValidationError([FieldError("file", "the file is empty", "file_empty")])
    header_row, header = records[0]
    layout = _map_header(header_row, header)
    body = records[1:]
    report = ImportReport(
        source=source_name,
        encoding=encoding,
        delimiter=delimiter,
        columns=dict(layout.columns),
        ignored_columns=list(layout.ignored),
        rows_read=len(body),
        warnings=list(layout.warnings),
        strict=strict,
        dry_run=dry_run,
    )
    plan = _plan(session, clock, body, layout, region, report, progress)
    if dry_run:
        report.created = len(plan.new)
        report.updated = len({pid for pid, _data in plan.updates} | set(plan.tag_updates))
    elif strict and report.errors:
        report.unchanged = 0
    else:
        _write(session, clock, actor, plan, report, progress)
        audit.record(
            session,
            clock,
            actor,
            "patients.imported",
            entity="patient",
            details={
                # Counts and ids only: no names, no contact values (patients see this log).
                "file_sha256": hashlib.sha256(data).hexdigest(),
                "rows": report.rows_read,
                "created": report.created,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "rejected": report.rejected,
                "strict": strict,
                "created_ids": _ranges(plan.created_ids),
                "updated_ids": plan.updated_ids,
                # How many patients' tags were set, never which tags (health data).
                "tagged": plan.tagged,
            },
        )
        report.committed = True
    progress.update(plan.total, plan.total)
    return report


@dataclass
class _Plan:
    """What the checked rows will do; ``done`` and ``total`` drive the progress bar."""

    new: list[PatientData]
    updates: list[tuple[int, PatientData]]
    done: int
    total: int
    created_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    # Tags of the new patients (None: none given), in the order of ``new``.
    new_tags: list[list[str] | None] = field(default_factory=list)
    # Existing patients whose tags the file changes, with or without other changes.
    tag_updates: dict[int, list[str]] = field(default_factory=dict)
    tagged: int = 0


def _plan(
    session: Session,
    clock: Clock,
    body: list[tuple[int, list[str]]],
    layout: _Layout,
    region: str,
    report: ImportReport,
    progress: Progress,
) -> _Plan:
    """Validate and place every row without writing anything; counts unchanged rows."""
    total = 2 * len(body)  # checking, then saving
    progress.update(0, total, "Checking rows")
    today = _today(session, clock)
    valid: list[_Row] = []
    for done, (number, record) in enumerate(body, start=1):
        parsed = _parse_row(number, record, layout, region, today)
        if isinstance(parsed, list):
            report.errors.extend(parsed)
        else:
            valid.append(parsed)
        if done % PROGRESS_EVERY == 0:
            progress.update(done, total)

    placed = _match(valid, _Registry.load(session), report.errors, report.warnings)
    report.errors.sort(key=lambda error: error.row)
    report.warnings.sort(key=lambda warning: warning.row)
    existing = _load(session, (row.target for row in placed if row.target is not None))
    current_tags = tags.tags_by_patient(
        session, [row.target for row in placed if row.target is not None and row.tags is not None]
    )
    plan = _Plan([], [], len(body), total)
    for row in placed:
        if row.target is None:
            plan.new.append(row.data)
            plan.new_tags.append(row.tags)
            continue
        patient = existing[row.target]
        merged = _merge(patients.data_from_patient(patient), row.data, row.given)
        retagged = row.tags is not None and row.tags != current_tags.get(row.target, [])
        if retagged:
            assert row.tags is not None
            plan.tag_updates[row.target] = row.tags
        if patients.changes(patient, merged):
            plan.updates.append((row.target, merged))
        elif not retagged:
            report.unchanged += 1
    progress.update(plan.done, total, "Saving")
    return plan


def _write(
    session: Session,
    clock: Clock,
    actor: Actor,
    plan: _Plan,
    report: ImportReport,
    progress: Progress,
) -> None:
    now = clock.now()
    for patient_id, merged in plan.updates:
        if patients.apply_update(session, now, patient_id, merged, f"import:{actor.username}"):
            plan.updated_ids.append(patient_id)
        elif patient_id not in plan.tag_updates:
            report.unchanged += 1  # only if _differs and apply_update drift apart; counted honestly
        plan.done += 1
        if plan.done % PROGRESS_EVERY == 0:
            progress.update(plan.done, plan.total)
    updated = set(plan.updated_ids)
    plan.updated_ids += [pid for pid in plan.tag_updates if pid not in updated]
    for start in range(0, len(plan.new), INSERT_BATCH):
        batch = plan.new[start : start + INSERT_BATCH]
        plan.created_ids += patients.insert_many(session, now, batch)
        plan.done += len(batch)
        progress.update(plan.done, plan.total)
    new_tags = {
        pid: row_tags
        for pid, row_tags in zip(plan.created_ids, plan.new_tags, strict=True)
        if row_tags
    }
    retagged = {**plan.tag_updates, **new_tags}
    if retagged:
        tags.replace_many(session, retagged)
        tags.programmes_concerned(session, now, None)
    plan.tagged = len(retagged)
    report.updated = len(plan.updated_ids)
    report.created = len(plan.created_ids)


def _today(session: Session, clock: Clock) -> date:
    return settings.load_practice(session).today(clock)


def _ranges(ids: list[int]) -> list[list[int]]:
    """[1, 2, 3, 7] -> [[1, 3], [7, 7]]: a compact list of the patients created."""
    spans: list[list[int]] = []
    for pid in sorted(ids):
        if spans and spans[-1][1] == pid - 1:
            spans[-1][1] = pid
        else:
            spans.append([pid, pid])
    return spans


__all__ = ["ImportReport", "RowError", "decode", "import_patients", "sniff_delimiter"]
