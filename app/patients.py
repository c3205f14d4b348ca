"""The patient registry: validation, saving, audited reads, search, duplicates.

Edits go through the ORM one patient at a time; imports and demo data go
through :func:`insert_many`, which writes with SQLAlchemy Core (DESIGN §9:
bulk ORM is five times slower on SQLCipher).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, exists, func, insert, literal, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from app import attention, audit, normalize
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import ConcurrentChange, FieldError, NotFound, ValidationError
from app.normalize import Invalid
from db.engine import read_only
from db.models import (
    AuditEvent,
    Base,
    ContactKind,
    ContactPoint,
    Patient,
    PatientRevision,
    PatientSearchTerm,
    PatientStatus,
    Sex,
)

# Core views of the tables, for the paths that run per keystroke or per
# thousand rows (search, list rows, bulk writes), where the ORM costs most.
_PATIENT_TABLE = Base.metadata.tables[Patient.__tablename__]
_CONTACT_TABLE = Base.metadata.tables[ContactPoint.__tablename__]
_TERM_TABLE = Base.metadata.tables[PatientSearchTerm.__tablename__]

# -- input -----------------------------------------------------------------

SEX_WORDS = {
    "f": Sex.FEMALE, "femme": Sex.FEMALE, "female": Sex.FEMALE, "w": Sex.FEMALE,
    "mme": Sex.FEMALE, "m": Sex.MALE, "h": Sex.MALE, "homme": Sex.MALE,
    "male": Sex.MALE, "man": Sex.MALE, "x": Sex.OTHER, "autre": Sex.OTHER,
    "other": Sex.OTHER, "u": Sex.UNKNOWN, "": Sex.UNKNOWN, "inconnu": Sex.UNKNOWN,
    "unknown": Sex.UNKNOWN,
}  # fmt: skip
LANGUAGE_WORDS = {
    "fr": "fr", "francais": "fr", "french": "fr", "en": "en", "anglais": "en",
    "english": "en", "": "fr",
}  # fmt: skip


@dataclass
class PatientForm:
    """A patient as typed in the editor or read from one import row: all text."""

    last_name: str = ""
    first_name: str = ""
    birth_date: str = ""
    sex: str = ""
    birth_name: str = ""
    external_id: str = ""
    language: str = ""
    status: str = "active"
    mobile: str = ""
    landline: str = ""
    email: str = ""
    street: str = ""
    street_extra: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    household: str = ""
    large_print: bool = False
    easy_read: bool = False
    needs_call: bool = False
    no_digital_access: bool = False
    landline_shared: bool = False


@dataclass
class ContactData:
    kind: ContactKind
    value: str
    street: str | None = None
    street_extra: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    shared_with_household: bool = False


@dataclass
class PatientData:
    """A validated patient, ready to save."""

    last_name: str
    first_name: str
    birth_date: date
    sex: Sex = Sex.UNKNOWN
    birth_name: str | None = None
    external_id: str | None = None
    language: str = "fr"
    status: PatientStatus = PatientStatus.ACTIVE
    household: str | None = None
    large_print: bool = False
    easy_read: bool = False
    needs_call: bool = False
    no_digital_access: bool = False
    contacts: list[ContactData] = field(default_factory=list)

    @property
    def sort_key(self) -> str:
        return sort_key(self.last_name, self.first_name)

    def column_values(self) -> dict[str, Any]:
        return {
            "last_name": self.last_name,
            "first_name": self.first_name,
            "birth_name": self.birth_name,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "external_id": self.external_id,
            "language": self.language,
            "status": self.status,
            "household": self.household,
            "large_print": self.large_print,
            "easy_read": self.easy_read,
            "needs_call": self.needs_call,
            "no_digital_access": self.no_digital_access,
            "sort_key": self.sort_key,
        }


def sort_key(last_name: str, first_name: str) -> str:
    return f"{' '.join(normalize.words(last_name))} {' '.join(normalize.words(first_name))}"


def validate(form: PatientForm, region: str, today: date) -> PatientData:
    """Check every field and report all problems at once, each with its field."""
    errors: list[FieldError] = []
    values: dict[str, Any] = {}

    def check(field_name: str, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except Invalid as exc:
            errors.append(FieldError(field_name, exc.message, exc.code))
            return None

    values["last_name"] = check("last_name", normalize.name, form.last_name)
    values["first_name"] = check("first_name", normalize.name, form.first_name)
    birth_name = check("birth_name", lambda t: normalize.name(t, required=False), form.birth_name)
    if not form.birth_date.strip():
        errors.append(FieldError("birth_date", "required", "required"))
    else:
        values["birth_date"] = check("birth_date", normalize.birth_date, form.birth_date, today)
    sex = SEX_WORDS.get(normalize.fold(form.sex.strip()).rstrip("."))
    if sex is None:
        errors.append(FieldError("sex", f"{form.sex!r} is not F, M, X or U", "sex_invalid"))
    language = LANGUAGE_WORDS.get(normalize.fold(form.language.strip()))
    if language is None:
        errors.append(FieldError("language", f"{form.language!r} is not fr or en", "language"))
    try:
        status = PatientStatus(form.status.strip() or "active")
    except ValueError:
        errors.append(FieldError("status", f"{form.status!r} is not a status", "status_invalid"))
        status = PatientStatus.ACTIVE
    external_id = form.external_id.strip() or None
    if external_id is not None and external_id.startswith(("=", "+", "@")):
        errors.append(FieldError("external_id", "looks like a spreadsheet formula", "formula"))

    contacts: list[ContactData] = []
    if form.mobile.strip():
        value = check("mobile", normalize.phone, form.mobile, region, ContactKind.MOBILE)
        if value:
            contacts.append(ContactData(ContactKind.MOBILE, value))
    if form.landline.strip():
        value = check("landline", normalize.phone, form.landline, region, ContactKind.LANDLINE)
        if value:
            kind = normalize.phone_kind(value)
            contacts.append(ContactData(kind, value, shared_with_household=form.landline_shared))
    if form.email.strip():
        value = check("email", normalize.email, form.email)
        if value:
            contacts.append(ContactData(ContactKind.EMAIL, value))
    address = _address(form, region, errors)
    if address is not None:
        contacts.append(address)

    if errors:
        raise ValidationError(errors)
    return PatientData(
        last_name=values["last_name"],
        first_name=values["first_name"],
        birth_date=values["birth_date"],
        sex=sex or Sex.UNKNOWN,
        birth_name=birth_name or None,
        external_id=external_id,
        language=language or "fr",
        status=status,
        household=normalize.clean_spaces(form.household) or None,
        large_print=form.large_print,
        easy_read=form.easy_read,
        needs_call=form.needs_call,
        no_digital_access=form.no_digital_access,
        contacts=contacts,
    )


def _address(form: PatientForm, region: str, errors: list[FieldError]) -> ContactData | None:
    street = normalize.clean_spaces(form.street)
    extra = normalize.clean_spaces(form.street_extra)
    postcode = form.postcode.strip().replace(" ", "")
    city = normalize.clean_spaces(form.city).upper()
    country = (form.country.strip() or region).upper()[:2]
    if not (street or postcode or city or extra):
        return None
    before = len(errors)
    for field_name, value in (("street", street), ("postcode", postcode), ("city", city)):
        if not value:
            errors.append(FieldError(field_name, "required for a postal address", "required"))
        elif value.startswith(("=", "+", "@")):
            errors.append(FieldError(field_name, "looks like a spreadsheet formula", "formula"))
    if postcode and country == "FR" and not (len(postcode) == 5 and postcode.isdigit()):
        errors.append(
            FieldError(
                "postcode", f"{postcode!r} is not a French postcode (5 digits)", "postcode_invalid"
            )
        )
    if len(errors) > before:
        return None
    lines = [street, extra, f"{postcode} {city}"]
    return ContactData(
        ContactKind.POSTAL,
        ", ".join(line for line in lines if line),
        street=street,
        street_extra=extra or None,
        postcode=postcode,
        city=city,
        country=country,
    )


# -- search terms ------------------------------------------------------------


def phone_term(number: str) -> str:
    """The digits a receptionist types: "0612345678" for French numbers, else all digits."""
    digits = normalize.digits(number)
    if number.startswith("+33"):
        return "0" + digits[2:]
    if digits.startswith("0033"):
        return "0" + digits[4:]
    return digits


def search_terms(data: PatientData) -> set[str]:
    terms = set(normalize.words(data.last_name)) | set(normalize.words(data.first_name))
    if data.birth_name:
        terms |= set(normalize.words(data.birth_name))
    for contact in data.contacts:
        if contact.kind in (ContactKind.MOBILE, ContactKind.LANDLINE):
            terms.add(phone_term(contact.value))
        elif contact.kind is ContactKind.EMAIL:
            folded = normalize.fold(contact.value)
            terms.add(folded)
    return {term for term in terms if term}


def data_from_patient(patient: Patient) -> PatientData:
    return PatientData(
        last_name=patient.last_name,
        first_name=patient.first_name,
        birth_date=patient.birth_date,
        sex=patient.sex,
        birth_name=patient.birth_name,
        external_id=patient.external_id,
        language=patient.language,
        status=patient.status,
        household=patient.household,
        large_print=patient.large_print,
        easy_read=patient.easy_read,
        needs_call=patient.needs_call,
        no_digital_access=patient.no_digital_access,
        contacts=[
            ContactData(
                c.kind,
                c.value,
                c.street,
                c.street_extra,
                c.postcode,
                c.city,
                c.country,
                c.shared_with_household,
            )
            for c in patient.contact_points
        ],
    )


def form_from_patient(patient: Patient) -> PatientForm:
    form = PatientForm(
        last_name=patient.last_name,
        first_name=patient.first_name,
        birth_date=patient.birth_date.strftime("%d/%m/%Y"),
        sex=patient.sex.value,
        birth_name=patient.birth_name or "",
        external_id=patient.external_id or "",
        language=patient.language,
        status=patient.status.value,
        household=patient.household or "",
        large_print=patient.large_print,
        easy_read=patient.easy_read,
        needs_call=patient.needs_call,
        no_digital_access=patient.no_digital_access,
    )
    for contact in patient.contact_points:
        if contact.kind is ContactKind.MOBILE and not form.mobile:
            form.mobile = normalize.phone_display(contact.value)
        elif contact.kind is ContactKind.LANDLINE and not form.landline:
            form.landline = normalize.phone_display(contact.value)
            form.landline_shared = contact.shared_with_household
        elif contact.kind is ContactKind.EMAIL and not form.email:
            form.email = contact.value
        elif contact.kind is ContactKind.POSTAL and not form.street:
            form.street = contact.street or ""
            form.street_extra = contact.street_extra or ""
            form.postcode = contact.postcode or ""
            form.city = contact.city or ""
            form.country = contact.country or ""
    return form


# -- writing -------------------------------------------------------------------


def _contact_row(patient_id: int, contact: ContactData) -> dict[str, Any]:
    return {
        "patient_id": patient_id,
        "kind": contact.kind,
        "value": contact.value,
        "street": contact.street,
        "street_extra": contact.street_extra,
        "postcode": contact.postcode,
        "city": contact.city,
        "country": contact.country,
        "verified": False,
        "bounced": False,
        "shared_with_household": contact.shared_with_household,
    }


def _term_rows(patient_id: int, data: PatientData) -> list[dict[str, Any]]:
    key = data.sort_key
    terms = sorted(search_terms(data))
    words = " ".join(terms)
    return [{"term": t, "sort_key": key, "patient_id": patient_id, "words": words} for t in terms]


def _write_terms(session: Session, patient_id: int, data: PatientData) -> None:
    session.execute(delete(PatientSearchTerm).where(PatientSearchTerm.patient_id == patient_id))
    _bulk_insert(session, _TERM_TABLE, _term_rows(patient_id, data))


def create_patient(session: Session, clock: Clock, actor: Actor, data: PatientData) -> Patient:
    actor.require(Permission.EDIT_PATIENTS)
    now = clock.now()
    patient = Patient(**data.column_values(), created_at=now, updated_at=now)
    patient.contact_points = [
        ContactPoint(**_contact_row(0, contact) | {"patient_id": None}) for contact in data.contacts
    ]
    session.add(patient)
    session.flush()
    _write_terms(session, patient.id, data)
    audit.record(session, clock, actor, "patient.created", entity="patient", entity_id=patient.id)
    return patient


def _kept_columns(data: PatientData) -> dict[str, Any]:
    values = data.column_values()
    if values["external_id"] is None:
        del values["external_id"]  # an import without ids never erases the id the practice set
    return values


@dataclass(frozen=True)
class Difference:
    """One field an update changes, with the value before and after, as text for the history."""

    field: str
    old: str | None
    new: str | None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _contacts_text(contacts: dict[tuple[ContactKind, str], bool], kind: ContactKind) -> str | None:
    values = sorted(
        value + (" (household)" if shared else "")
        for (contact_kind, value), shared in contacts.items()
        if contact_kind is kind
    )
    return "; ".join(values) or None


def differences(patient: Patient, data: PatientData) -> list[Difference]:
    """What :func:`apply_update` would change, field by field, with the earlier values."""
    found = [
        Difference(column, _as_text(getattr(patient, column)), _as_text(value))
        for column, value in _kept_columns(data).items()
        # The sort key follows the names: history and audit name the names.
        if column != "sort_key" and getattr(patient, column) != value
    ]
    current = {(c.kind, c.value): c.shared_with_household for c in patient.contact_points}
    wanted = {(c.kind, c.value): c.shared_with_household for c in data.contacts}
    for kind in ContactKind:
        before, after = _contacts_text(current, kind), _contacts_text(wanted, kind)
        if before != after:
            found.append(Difference(f"contact:{kind.value}", before, after))
    return found


def changes(patient: Patient, data: PatientData) -> list[str]:
    """The fields :func:`apply_update` would change: what a dry run reports and edits audit."""
    return sorted(difference.field for difference in differences(patient, data))


def _apply(
    session: Session, patient: Patient, data: PatientData, now: datetime, changed_by: str
) -> list[str]:
    """Copy ``data`` onto ``patient``, keeping the earlier values; return the changed fields."""
    found = differences(patient, data)
    if not found:
        return []
    session.add_all(
        PatientRevision(
            patient_id=patient.id,
            changed_at=now,
            changed_by=changed_by,
            field=difference.field,
            old_value=difference.old,
            new_value=difference.new,
        )
        for difference in found
    )
    for column, value in _kept_columns(data).items():
        setattr(patient, column, value)
    existing = {(c.kind, c.value): c for c in patient.contact_points}
    wanted = {(c.kind, c.value): c for c in data.contacts}
    for key, contact in existing.items():
        if key not in wanted:
            patient.contact_points.remove(contact)
    for key, contact_data in wanted.items():
        current = existing.get(key)
        if current is None:
            patient.contact_points.append(ContactPoint(**_contact_row(patient.id, contact_data)))
        else:
            # Keep verified/bounced flags: the number is the same number.
            current.shared_with_household = contact_data.shared_with_household
    patient.updated_at = now
    bump_version(patient)
    session.flush()
    _write_terms(session, patient.id, data_from_patient(patient))
    attention.renew(session, patient.id)  # a new number or status may change the channel
    return sorted(difference.field for difference in found)


def revisions(session: Session, patient_id: int) -> list[PatientRevision]:
    """The rectification history of one patient, oldest first."""
    return list(
        session.scalars(
            select(PatientRevision)
            .where(PatientRevision.patient_id == patient_id)
            .order_by(PatientRevision.changed_at, PatientRevision.id)
        )
    )


# The audited actions that move a patient's version: the last one says who
# made the change another desk ran into.
VERSIONED_ACTIONS = ("patient.updated", "preferences.changed")


def concurrent_change(session: Session, patient_id: int) -> ConcurrentChange:
    """The error for a patient changed elsewhere, naming who changed it and when if known."""
    patient = session.get(Patient, patient_id, populate_existing=True)
    last = session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity == "patient",
            AuditEvent.entity_id == patient_id,
            AuditEvent.action.in_(VERSIONED_ACTIONS),
        )
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    return ConcurrentChange(
        "patient",
        patient_id,
        changed_at=last.at if last is not None else patient.updated_at if patient else None,
        changed_by=last.username if last is not None else None,
        current_version=patient.version if patient is not None else None,
    )


def stale_change(session: Session, patient_id: int) -> ConcurrentChange:
    """:func:`concurrent_change` after a failed flush, which leaves ``session`` unusable.

    The committed state is read on a connection of its own, which never waits
    for the writer this transaction still is.
    """
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with Session(read_only(engine)) as reader:
        return concurrent_change(reader, patient_id)


def check_version(session: Session, patient_id: int, expected_version: int | None) -> Patient:
    """The patient, if its version is still the one the caller read (``None``: any version).

    Called inside the writing transaction, which holds the write lock (BEGIN
    IMMEDIATE on the file, the advisory lock on a server): no other desk can
    change the row between this check and the UPDATE.
    """
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(f"No patient with id {patient_id}.")
    if expected_version is not None and patient.version != expected_version:
        raise concurrent_change(session, patient_id)
    return patient


def bump_version(patient: Patient) -> None:
    """Make the next flush UPDATE the patient row, moving its version.

    A change to its contact points or preferences alone would leave the row
    itself untouched, and another desk still holding the old version could
    then write over that change unnoticed.
    """
    flag_modified(patient, "updated_at")


def update_patient(
    session: Session,
    clock: Clock,
    actor: Actor,
    patient_id: int,
    data: PatientData,
    expected_version: int | None = None,
) -> list[str]:
    """Save ``data`` over the patient's record; returns the changed fields.

    ``expected_version`` is the version the person's form was read at: if the
    record has moved since (another desk saved it), :class:`ConcurrentChange`
    is raised and nothing is written.
    """
    actor.require(Permission.EDIT_PATIENTS)
    patient = check_version(session, patient_id, expected_version)
    try:
        changed = _apply(session, patient, data, clock.now(), actor.username)
        if changed:
            audit.record(
                session,
                clock,
                actor,
                "patient.updated",
                entity="patient",
                entity_id=patient.id,
                details={"fields": changed},
            )
    except StaleDataError:
        # The row moved between this session's read and its UPDATE (an object
        # kept from an earlier transaction): the UPDATE named the old version.
        raise stale_change(session, patient_id) from None
    return changed


def open_patient(session: Session, clock: Clock, actor: Actor, patient_id: int) -> Patient:
    """Load a patient's record for a person to read; the read is audited (DESIGN §6)."""
    actor.require(Permission.VIEW_PATIENTS)
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(f"No patient with id {patient_id}.")
    audit.record(session, clock, actor, "patient.read", entity="patient", entity_id=patient_id)
    return patient


def _bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """DB-API ``executemany`` with SQLAlchemy's own value conversions, and nothing else.

    Compiling parameters row by row was most of an import's time; the
    conversions (dates, booleans, enums) still come from the column types.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    columns = list(rows[0])
    converters = [table.c[name].type._cached_bind_processor(dialect) for name in columns]
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "  # noqa: S608 -- names from the model
        f"VALUES ({', '.join(marker for _ in columns)})"
    )
    conversions = [(i, convert) for i, convert in enumerate(converters) if convert is not None]
    values = []
    for row in rows:
        value = [row[name] for name in columns]
        for i, convert in conversions:
            value[i] = convert(value[i])
        values.append(tuple(value))
    connection.exec_driver_sql(sql, values)


def insert_many(session: Session, now: datetime, items: Sequence[PatientData]) -> list[int]:
    """Insert new, validated patients in bulk; returns their ids in order."""
    if not items:
        return []
    rows = [item.column_values() | {"created_at": now, "updated_at": now} for item in items]
    if session.get_bind().dialect.name == "sqlite":
        # The transaction holds SQLite's write lock (BEGIN IMMEDIATE), so new
        # rowids follow the current maximum one by one: no RETURNING needed.
        first = (session.scalar(select(func.max(Patient.id))) or 0) + 1
        _bulk_insert(session, _PATIENT_TABLE, rows)
        ids = list(range(first, first + len(rows)))
    else:
        result = session.execute(
            insert(Patient).returning(Patient.id, sort_by_parameter_order=True), rows
        )
        ids = [row[0] for row in result]
    contact_rows = []
    term_rows = []
    for pid, item in zip(ids, items, strict=True):
        contact_rows += [_contact_row(pid, contact) for contact in item.contacts]
        term_rows += _term_rows(pid, item)
    _bulk_insert(session, _CONTACT_TABLE, contact_rows)
    _bulk_insert(session, _TERM_TABLE, term_rows)
    return ids


def apply_update(
    session: Session, now: datetime, patient_id: int, data: PatientData, changed_by: str
) -> list[str]:
    """Update one existing patient from imported data (the import audits in bulk)."""
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound(f"No patient with id {patient_id}.")
    return _apply(session, patient, data, now, changed_by)


# -- duplicates ------------------------------------------------------------------


def find_duplicates(
    session: Session, data: PatientData, exclude_id: int | None = None
) -> list[Patient]:
    """Patients that are probably the same person: same external id, or same name and birth date."""
    conditions: list[ColumnElement[bool]] = [
        (Patient.sort_key == data.sort_key) & (Patient.birth_date == data.birth_date)
    ]
    if data.external_id:
        conditions.append(Patient.external_id == data.external_id)
    query = select(Patient).where(or_(*conditions))
    if exclude_id is not None:
        query = query.where(Patient.id != exclude_id)
    return list(session.scalars(query.order_by(Patient.id)))


# -- search ------------------------------------------------------------------------

_TERM_END = "\uffff"
# How many matches a typed search shows: enough to find anyone by scrolling a
# little, few enough that every keystroke stays fast.
SEARCH_LIMIT = 500


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[str, ...]
    birth_date: date | None

    @property
    def empty(self) -> bool:
        return not self.terms and self.birth_date is None


def parse_query(text: str) -> SearchQuery:
    """Split what was typed into name/phone/e-mail prefixes and an optional birth date."""
    terms: list[str] = []
    birth: date | None = None
    for token in text.split():
        if any(ch.isdigit() for ch in token) and any(sep in token for sep in "/.-"):
            try:
                birth = normalize.parse_date(token)
                continue
            except Invalid:
                pass
        if "@" in token:
            terms.append(normalize.fold(token))
            continue
        stripped = token.lstrip("+")
        if stripped and normalize.digits(stripped) == stripped.replace(".", ""):
            terms.append(
                phone_term(token) if token.startswith(("+", "00")) else normalize.digits(stripped)
            )
            continue
        terms.extend(normalize.words(token))
    # Phone numbers typed with spaces ("06 12 34") arrive as several digit tokens.
    merged: list[str] = []
    for term in terms:
        if merged and term.isdigit() and merged[-1].isdigit():
            merged[-1] += term
        else:
            merged.append(term)
    return SearchQuery(tuple(dict.fromkeys(merged)), birth)


def search_ids(session: Session, text: str, limit: int | None = None) -> list[int]:
    """Ids of the patients matching every typed word.

    With words, matches come in the order of the word matched, then by name
    ("mar" lists the Marchand, then the Marie, then the Martin), straight off
    the search-term index: no sort, so the first ``limit`` come back in well
    under a millisecond even when a short prefix matches thousands.  The
    longest word drives the scan (usually the most selective); the others are
    checked on the same row.  Without words, everyone (or everyone born that
    day) in name order.
    """
    query = parse_query(text)
    # Core statements on the tables: this runs on every keystroke, and the
    # ORM's result handling cost more than SQLite's own work.
    patient, term = _PATIENT_TABLE.c, _TERM_TABLE.c
    connection = session.connection()
    if not query.terms:
        by_name = select(patient.id).order_by(patient.sort_key, patient.id)
        if query.birth_date is not None:
            by_name = by_name.where(patient.birth_date == query.birth_date)
        if limit is not None:
            by_name = by_name.limit(limit)
        return list(connection.execute(by_name).scalars())

    driver, *others = sorted(query.terms, key=len, reverse=True)
    statement = select(term.patient_id).where(term.term >= driver, term.term < driver + _TERM_END)
    for other in others:
        # "words" is the patient's terms joined by spaces: a word starting
        # with ``other`` follows a space (or starts the string).
        statement = statement.where(
            (literal(" ") + term.words).contains(" " + other, autoescape=True)
        )
    if query.birth_date is not None:
        statement = statement.where(
            exists(
                select(patient.id).where(
                    patient.id == term.patient_id, patient.birth_date == query.birth_date
                )
            )
        )
    statement = statement.order_by(term.term, term.sort_key, term.patient_id)
    found: dict[int, None] = {}
    # A patient matching through two words ("Marie Martin" for "mar") comes
    # twice; read in chunks and stop as soon as enough distinct ids are in.
    result = connection.execute(statement)
    try:
        while limit is None or len(found) < limit:
            chunk = result.fetchmany(256)
            if not chunk:
                break
            for (patient_id,) in chunk:
                found.setdefault(patient_id)
    finally:
        result.close()
    ids = list(found)
    return ids if limit is None else ids[:limit]


@dataclass(frozen=True)
class PatientRow:
    """What one line of the Patients view shows."""

    id: int
    last_name: str
    first_name: str
    birth_date: date
    status: PatientStatus
    phone: str
    email: str
    city: str
    paper_only: bool


def fetch_rows(session: Session, ids: Iterable[int]) -> dict[int, PatientRow]:
    """The list-view lines of ``ids`` (in no particular order; absent ids are left out).

    Plain Core selects on the tables: a page is fetched before the repaint
    that follows a keystroke, and the ORM's row loading was most of its time.
    """
    id_list = list(ids)
    if not id_list:
        return {}
    patient, contact = _PATIENT_TABLE.c, _CONTACT_TABLE.c
    connection = session.connection()
    patients = connection.execute(
        select(
            patient.id,
            patient.last_name,
            patient.first_name,
            patient.birth_date,
            patient.status,
            patient.no_digital_access,
        ).where(patient.id.in_(id_list))
    ).all()
    contacts: dict[int, dict[ContactKind, str]] = {}
    for pid, kind, value, city in connection.execute(
        select(contact.patient_id, contact.kind, contact.value, contact.city)
        .where(contact.patient_id.in_(id_list))
        .order_by(contact.id)
    ):
        slot = contacts.setdefault(pid, {})
        slot.setdefault(kind, (city or "") if kind is ContactKind.POSTAL else value)
    rows = {}
    for pid, last, first, born, status, no_digital in patients:
        points = contacts.get(pid, {})
        phone = points.get(ContactKind.MOBILE) or points.get(ContactKind.LANDLINE) or ""
        rows[pid] = PatientRow(
            id=pid,
            last_name=last,
            first_name=first,
            birth_date=born,
            status=status,
            phone=normalize.phone_display(phone) if phone else "",
            email=points.get(ContactKind.EMAIL, ""),
            city=points.get(ContactKind.POSTAL, "") or "",
            paper_only=no_digital,
        )
    return rows
