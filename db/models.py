"""Typed SQLAlchemy 2 models (DESIGN §4).

Every schema change comes with an Alembic revision in ``db/migrations``; the
naming convention gives constraints stable names so migrations can address
them on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Time,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores UTC without a zone (portable), always hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _enum(enum_class: type[enum.Enum]) -> Enum:
    # Stored as plain strings (no native ENUM type) so both engines agree and
    # adding a member never needs an ALTER TYPE.
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime(), dict[str, Any]: JSON}  # noqa: RUF012 -- SQLAlchemy reads it as declared


class Role(enum.StrEnum):
    ADMIN = "admin"
    PRACTITIONER = "practitioner"
    RECEPTIONIST = "receptionist"


class Sex(enum.StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNKNOWN = "U"


class PatientStatus(enum.StrEnum):
    ACTIVE = "active"
    MOVED = "moved"
    DECEASED = "deceased"
    ARCHIVED = "archived"


class ContactKind(enum.StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    EMAIL = "email"
    POSTAL = "postal"


class Setting(Base):
    """Practice-wide settings as JSON values (practice name, region, idle lock...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime]


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    password_changed_at: Mapped[datetime]
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_login_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]


class AuditEvent(Base):
    """Append-only, hash-chained log (DESIGN §6); triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)


class Patient(Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    birth_name: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(_enum(Sex), default=Sex.UNKNOWN)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    status: Mapped[PatientStatus] = mapped_column(
        _enum(PatientStatus), default=PatientStatus.ACTIVE
    )
    household: Mapped[str | None] = mapped_column(String(64), index=True)
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    easy_read: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_call: Mapped[bool] = mapped_column(Boolean, default=False)
    no_digital_access: Mapped[bool] = mapped_column(Boolean, default=False)
    # Folded (lower case, no accents) "last first": the order of the Patients
    # view and the key of duplicate detection with the birth date.
    sort_key: Mapped[str] = mapped_column(String(220))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # Bumped by every change through the ORM; an UPDATE names the version it
    # read, so a desk writing over another desk's change fails (StaleDataError).
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="patient",
        cascade="all, delete-orphan",
        order_by="ContactPoint.id",
    )

    __table_args__ = (
        # Also serves duplicate detection (sort_key, then birth date among a few).
        Index("ix_patient_sort_key", "sort_key", "id"),
        Index("ix_patient_birth_date", "birth_date"),
        # The dashboard: who is active and since when, the few who are not, those without
        # digital access, from the index alone (migration 0019).
        Index("ix_patient_status", "status", "created_at", "no_digital_access"),
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 -- SQLAlchemy reads it as declared


class ContactPoint(Base):
    __tablename__ = "contact_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    kind: Mapped[ContactKind] = mapped_column(_enum(ContactKind))
    # E.164 for phones, the normalised address for e-mail, one line for post.
    value: Mapped[str] = mapped_column(String(320))
    street: Mapped[str | None] = mapped_column(String(200))
    street_extra: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(16))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(2))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    bounced: Mapped[bool] = mapped_column(Boolean, default=False)
    shared_with_household: Mapped[bool] = mapped_column(Boolean, default=False)

    patient: Mapped[Patient] = relationship(back_populates="contact_points")

    __table_args__ = (
        Index("ix_contact_point_patient", "patient_id"),
        Index("ix_contact_point_value", "kind", "value"),
    )


class PatientSearchTerm(Base):
    """One folded word (name, phone digits, e-mail) per patient, for prefix search.

    A range scan on ``term`` finds "dup" in "Dupont" on SQLite and PostgreSQL
    alike, without a ``LIKE '%x%'`` scan per keystroke (DESIGN §9).  The
    patient's ``sort_key`` is copied here so the primary key hands back matches
    already ordered (by the word matched, then by name) and a search can stop
    after the first page instead of sorting thousands of rows; ``words`` (all
    the patient's terms) lets the other words of a query be checked on the
    same row, without a second lookup per candidate.
    """

    __tablename__ = "patient_search_term"

    term: Mapped[str] = mapped_column(String(320), primary_key=True)
    sort_key: Mapped[str] = mapped_column(String(220), primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True
    )
    words: Mapped[str] = mapped_column(String(2000))

    __table_args__ = (
        Index("ix_patient_search_term_patient", "patient_id"),
        # The primary key is the table: a range scan reads words without a lookup.
        {"sqlite_with_rowid": False},
    )


class LawfulBasis(enum.StrEnum):
    CARE = "care"  # sent unless the patient objects
    CONSENT = "consent"  # sent only with a recorded, explicit consent


class Channel(enum.StrEnum):
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"


class ConsentKind(enum.StrEnum):
    GRANTED = "granted"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"
    OBJECTED = "objected"


class ConsentMethod(enum.StrEnum):
    SIGNED_FORM = "signed_form"
    AT_DESK = "at_desk"
    PHONE = "phone"
    LETTER_REPLY = "letter_reply"
    SMS_STOP = "sms_stop"


class Tone(enum.StrEnum):
    FORMAL = "formal"  # "vous"
    INFORMAL = "informal"  # "tu"


class PaperFormat(enum.StrEnum):
    STANDARD = "standard"
    LARGE_PRINT = "large_print"
    EASY_READ = "easy_read"


class Purpose(Base):
    """Why the practice writes (seeded, editable); the basis decides what needs consent."""

    __tablename__ = "purpose"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_fr: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    basis: Mapped[LawfulBasis] = mapped_column(_enum(LawfulBasis))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PrivacyNotice(Base):
    """A version of the privacy notice shown to patients when they consent."""

    __tablename__ = "privacy_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(32), unique=True)
    published_at: Mapped[datetime]
    summary: Mapped[str] = mapped_column(String(2000))
    # A change patients must agree to again (new purpose, new recipient...).
    needs_reconfirmation: Mapped[bool] = mapped_column(Boolean, default=False)


class EvidenceDocument(Base):
    """A scanned consent form, kept inside the encrypted database with its SHA-256."""

    __tablename__ = "evidence_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(String(255))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime]


class ConsentEvent(Base):
    """Append-only (triggers refuse UPDATE and DELETE); the current state is derived.

    ``purpose_id`` NULL with kind ``objected`` is an Art. 21 objection to every
    consent-based purpose; ``channel`` NULL means every channel.
    """

    __tablename__ = "consent_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    purpose_id: Mapped[int | None] = mapped_column(ForeignKey("purpose.id"))
    channel: Mapped[Channel | None] = mapped_column(_enum(Channel))
    kind: Mapped[ConsentKind] = mapped_column(_enum(ConsentKind))
    method: Mapped[ConsentMethod] = mapped_column(_enum(ConsentMethod))
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence_document.id"))
    witness: Mapped[str | None] = mapped_column(String(64))
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("privacy_notice.id"))
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(String(500))

    __table_args__ = (Index("ix_consent_event_patient", "patient_id", "recorded_at"),)


class Preferences(Base):
    """How one patient wants to be reached; household members each have their own."""

    __tablename__ = "preferences"

    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True
    )
    max_per_week: Mapped[int | None]
    max_per_month: Mapped[int | None]
    quiet_before: Mapped[str] = mapped_column(String(5), default="09:00")
    quiet_after: Mapped[str] = mapped_column(String(5), default="19:00")
    quiet_days: Mapped[list[int]] = mapped_column(JSON, default=list)  # ISO weekdays, 7 = Sunday
    quiet_on_public_holidays: Mapped[bool] = mapped_column(Boolean, default=True)
    quiet_channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    tone: Mapped[Tone] = mapped_column(_enum(Tone), default=Tone.FORMAL)
    paper_format: Mapped[PaperFormat] = mapped_column(
        _enum(PaperFormat), default=PaperFormat.STANDARD
    )
    paper_only: Mapped[bool] = mapped_column(Boolean, default=False)
    call_instead_of_letter: Mapped[bool] = mapped_column(Boolean, default=False)
    # {purpose code: ["sms", "letter"]}: the channels allowed, in order of preference.
    channels: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime]


class PatientRevision(Base):
    """An earlier value of a rectified field (GDPR Art. 16 kept in the history).

    Holds personal data, so erasure deletes these rows with the rest.
    """

    __tablename__ = "patient_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(String(500))
    new_value: Mapped[str | None] = mapped_column(String(500))

    __table_args__ = (Index("ix_patient_revision_patient", "patient_id", "changed_at"),)


class RequestKind(enum.StrEnum):
    """The data-protection rights a patient can exercise (GDPR Art. 15-21)."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"


class RequestOutcome(enum.StrEnum):
    FULFILLED = "fulfilled"
    PARTLY_FULFILLED = "partly_fulfilled"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class RightsRequest(Base):
    """One request in the register: when it came, when it is due, how it was answered."""

    __tablename__ = "rights_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    kind: Mapped[RequestKind] = mapped_column(_enum(RequestKind))
    received_on: Mapped[date]
    received_via: Mapped[str] = mapped_column(String(24))
    # Art. 12(3): one month, extendable by two more when the request is complex.
    due_on: Mapped[date]
    extended_to: Mapped[date | None]
    extension_reason: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(String(2000))
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))
    answered_on: Mapped[date | None]
    answered_by: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[RequestOutcome | None] = mapped_column(_enum(RequestOutcome))
    answer: Mapped[str | None] = mapped_column(String(2000))

    __table_args__ = (Index("ix_rights_request_open", "answered_on", "due_on"),)


class ComplaintChannel(enum.StrEnum):
    LETTER = "letter"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"
    ONLINE = "online"  # a review site, the practice's web form
    OTHER = "other"


class ComplaintCategory(enum.StrEnum):
    RECEPTION = "reception"
    WAITING = "waiting"  # waiting time, getting an appointment
    COMMUNICATION = "communication"
    CARE = "care"
    MESSAGES = "messages"  # reminders, letters, calls from the practice
    DATA = "data"  # privacy, records
    BILLING = "billing"
    PREMISES = "premises"  # access, accessibility
    OTHER = "other"


class ComplaintStatus(enum.StrEnum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    ANSWERED = "answered"
    CLOSED = "closed"


class ComplaintOutcome(enum.StrEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    NOT_UPHELD = "not_upheld"
    WITHDRAWN = "withdrawn"


class Complaint(Base):
    """One complaint in the register: when and how it came, its deadlines, its answer."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date]
    channel: Mapped[ComplaintChannel] = mapped_column(_enum(ComplaintChannel))
    # Who complained, as they gave it ("the patient", "his daughter", a name).
    from_whom: Mapped[str] = mapped_column(String(200), default="")
    # Optional: a complaint about the waiting room names no patient.
    patient_id: Mapped[int | None] = mapped_column(
        ForeignKey("patient.id", ondelete="SET NULL"), index=True
    )
    category: Mapped[ComplaintCategory] = mapped_column(_enum(ComplaintCategory))
    description: Mapped[str] = mapped_column(String(4000))
    acknowledge_by: Mapped[date]
    answer_by: Mapped[date]
    status: Mapped[ComplaintStatus] = mapped_column(
        _enum(ComplaintStatus), default=ComplaintStatus.RECEIVED
    )
    acknowledged_on: Mapped[date | None]
    answered_on: Mapped[date | None]
    answer: Mapped[str] = mapped_column(String(4000), default="")
    outcome: Mapped[ComplaintOutcome | None] = mapped_column(_enum(ComplaintOutcome))
    lessons: Mapped[str] = mapped_column(String(4000), default="")
    closed_on: Mapped[date | None]
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    # Voided as a duplicate: the row stays (the register shows it, the audit log
    # names it) but no count or deadline sees it; its status stays where it was.
    voided_on: Mapped[date | None]
    # Checked at commit: the original may be a later row (the first one keyed in
    # was voided), and a copy of the table (a move to a server) inserts in id order.
    duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("complaint.id", ondelete="SET NULL", deferrable=True, initially="DEFERRED")
    )

    __table_args__ = (Index("ix_complaint_open", "status", "answer_by"),)


class AppointmentStatus(enum.StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"


class AppointmentOutcome(enum.StrEnum):
    ATTENDED = "attended"
    MISSED = "missed"  # did not attend, without warning
    CANCELLED_IN_TIME = "cancelled_in_time"


class Appointment(Base):
    """An appointment from the agenda (typed in or imported), the source of reminders."""

    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    practitioner: Mapped[str] = mapped_column(String(100), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    # Why the patient comes: health data, never put in an SMS.
    reason: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[AppointmentStatus] = mapped_column(
        _enum(AppointmentStatus), default=AppointmentStatus.BOOKED
    )
    source: Mapped[str] = mapped_column(String(16), default="manual")  # manual, ics, csv
    # The agenda's own id of this occurrence, so a re-import updates in place.
    external_key: Mapped[str | None] = mapped_column(String(300), unique=True)
    # What happened, once known: measures what reminders do for missed appointments.
    outcome: Mapped[AppointmentOutcome | None] = mapped_column(_enum(AppointmentOutcome))
    outcome_recorded_at: Mapped[datetime | None]
    outcome_recorded_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # When a message carrying its reminder first left on each channel (sent, printed,
    # posted, a call answered or a voicemail left): the dashboard's attendance "with a
    # reminder" without reading the messages (app.reach keeps them, migration 0018).
    reminded_sms_at: Mapped[datetime | None]
    reminded_email_at: Mapped[datetime | None]
    reminded_letter_at: Mapped[datetime | None]
    reminded_phone_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_appointment_patient", "patient_id", "starts_at"),
        # The agenda's list: booked appointments from a day on, earliest first.
        Index("ix_appointment_start", "status", "starts_at"),
        # The dashboard's retention and attendance: who attended in a date range, and
        # whether a reminder had left before, from the index alone (migrations 0017, 0018).
        Index(
            "ix_appointment_outcome",
            "starts_at",
            "outcome",
            "patient_id",
            "reminded_sms_at",
            "reminded_email_at",
            "reminded_letter_at",
            "reminded_phone_at",
        ),
        # The dashboard's retention: each patient's attended appointments in date order,
        # grouped by patient without a sort (migration 0019).
        Index("ix_appointment_attended", "outcome", "patient_id", "starts_at"),
    )


class ReminderSource(enum.StrEnum):
    APPOINTMENT = "appointment"
    RECALL = "recall"
    MEDICATION = "medication"
    ONE_OFF = "one_off"


class ReminderStatus(enum.StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    DONE = "done"


class Reminder(Base):
    """Something due for one patient at one moment; the planner turns it into messages."""

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purpose.id"))
    source: Mapped[ReminderSource] = mapped_column(_enum(ReminderSource))
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), unique=True
    )
    due_at: Mapped[datetime]
    # A short label for the message ("vaccin contre la grippe"); never in an SMS.
    label: Mapped[str] = mapped_column(String(200), default="")
    # A recall step's own channel (SMS, then a letter, then a call); NULL lets the
    # patient's preferences choose.
    channel: Mapped[Channel | None] = mapped_column(_enum(Channel))
    status: Mapped[ReminderStatus] = mapped_column(
        _enum(ReminderStatus), default=ReminderStatus.ACTIVE
    )
    cancelled_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    # When the planner must look at it again: the next lead time entering its
    # window.  NULL means now (new, or something it depends on changed).
    attention_at: Mapped[datetime | None]
    # When it first reached the patient: a letter carrying it marked posted, or a call
    # that reached them (app.reach keeps it, migration 0018): the dashboard's reach on
    # paper without reading the messages.
    reached_at: Mapped[datetime | None]

    __table_args__ = (
        # The planner's scan: active reminders by due time.
        Index("ix_reminder_due", "status", "due_at"),
        # A patient's reminders; with the due date, status, purpose and when it reached
        # them, the dashboard's reach on paper reads those of a period from the index
        # alone (migrations 0017, 0018).
        Index("ix_reminder_patient", "patient_id", "due_at", "status", "purpose_id", "reached_at"),
        # The tick's scan: those needing a look (NULL, or a time passed), by due time.
        Index("ix_reminder_attention", "status", "attention_at", "due_at"),
    )


class PatientTag(Base):
    """A word the practice files a patient under ("diabetes", "asthme"): a cohort's rule.

    Lower case and trimmed (``app.tags.normalise``).  A tag says something about
    the patient's health, so it is never written in the audit log or an SMS.
    """

    __tablename__ = "patient_tag"

    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(40), primary_key=True)

    __table_args__ = (
        # A cohort's patients straight from the index, without reading the table.
        Index("ix_patient_tag_tag", "tag", "patient_id"),
    )


class RecallProgramme(Base):
    """Who is recalled (the cohort rule), how often (an RFC 5545 RRULE), and its steps.

    A programme is never deleted, only made inactive: its reminders and the
    recalls recorded as done keep pointing at it.
    """

    __tablename__ = "recall_programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purpose.id"))
    # The cohort: ages at the due date, inclusive; sex and tag when given.
    min_age: Mapped[int | None]
    max_age: Mapped[int | None]
    sex: Mapped[Sex | None] = mapped_column(_enum(Sex))
    tag: Mapped[str | None] = mapped_column(String(40))
    # "FREQ=MONTHLY;INTERVAL=3", counted from ``starts_on`` or from the last recall done.
    rrule: Mapped[str] = mapped_column(String(500))
    starts_on: Mapped[date]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(64))

    steps: Mapped[list[RecallStep]] = relationship(
        cascade="all, delete-orphan", order_by="RecallStep.position"
    )


class RecallStep(Base):
    """One step of a programme (1 to 3): its channel and its offset from the due date."""

    __tablename__ = "recall_step"

    programme_id: Mapped[int] = mapped_column(
        ForeignKey("recall_programme.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NULL lets the patient's preferences choose (as for any other reminder).
    channel: Mapped[Channel | None] = mapped_column(_enum(Channel))
    offset_days: Mapped[int] = mapped_column(Integer)


class RecallDone(Base):
    """A recall done for one patient (the check-up, the vaccine): the next one counts from it."""

    __tablename__ = "recall_done"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("recall_programme.id", ondelete="CASCADE"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    done_on: Mapped[date]
    # The due date this closed, when it was near: a flu shot on 1 October closes
    # the 15 October occurrence, so the next is a year later, not a fortnight.
    occurrence: Mapped[date | None]
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_recall_done_programme", "programme_id", "patient_id", "done_on"),
        Index("ix_recall_done_patient", "patient_id"),
    )


class RecallReminder(Base):
    """Which programme, occurrence and step a recall reminder is.

    The unique key makes generation idempotent: a step of an occurrence is one
    reminder, whatever the number of runs or processes.  A table of its own
    rather than columns of ``reminder``: SQLite adds a foreign key only by
    copying the table, and dropping the old ``reminder`` would cascade to the
    outbox's ``message_item`` rows.
    """

    __tablename__ = "recall_reminder"

    reminder_id: Mapped[int] = mapped_column(
        ForeignKey("reminder.id", ondelete="CASCADE"), primary_key=True
    )
    programme_id: Mapped[int] = mapped_column(ForeignKey("recall_programme.id", ondelete="CASCADE"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    occurrence: Mapped[date]
    step: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index(
            "uq_recall_reminder_step",
            "programme_id",
            "patient_id",
            "occurrence",
            "step",
            unique=True,
        ),
    )


class MedicationSchedule(Base):
    """A patient's own reminder schedule ("renouvellement d'ordonnance" every month at 9:00)."""

    __tablename__ = "medication_schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    # Shown in letters and e-mails, never in an SMS.
    label: Mapped[str] = mapped_column(String(200))
    rrule: Mapped[str] = mapped_column(String(500))
    # Local time at the practice (its time zone), on each day of the rule.
    time_of_day: Mapped[time] = mapped_column(Time)
    starts_on: Mapped[date]
    until: Mapped[date | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_medication_schedule_patient", "patient_id"),)


class MedicationOccurrence(Base):
    """Which schedule and moment a medication reminder is; unique, so generation is idempotent."""

    __tablename__ = "medication_occurrence"

    reminder_id: Mapped[int] = mapped_column(
        ForeignKey("reminder.id", ondelete="CASCADE"), primary_key=True
    )
    schedule_id: Mapped[int] = mapped_column(
        ForeignKey("medication_schedule.id", ondelete="CASCADE")
    )
    due_at: Mapped[datetime]

    __table_args__ = (Index("uq_medication_occurrence_due", "schedule_id", "due_at", unique=True),)


class MessageStatus(enum.StrEnum):
    """DESIGN §5: planned → queued → sending → sent | retry | failed | cancelled | expired;
    a crash while sending leaves ``unknown`` for a person; letters are printed then
    posted; calls are called."""

    PLANNED = "planned"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    UNKNOWN = "unknown"
    PRINTED = "printed"
    POSTED = "posted"
    CALLED = "called"


class CallOutcome(enum.StrEnum):
    REACHED = "reached"
    VOICEMAIL = "voicemail"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"


class Message(Base):
    """One message in the outbox, with why it exists; never sent twice (idempotency key)."""

    __tablename__ = "message"

    id: Mapped[int] = mapped_column(primary_key=True)
    # "<reminder id>:<lead>:<due time>" of its first item (see MessageItem).
    idempotency_key: Mapped[str] = mapped_column(String(80), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purpose.id"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    status: Mapped[MessageStatus] = mapped_column(_enum(MessageStatus))
    scheduled_for: Mapped[datetime]
    expires_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    language: Mapped[str] = mapped_column(String(8))
    tone: Mapped[Tone] = mapped_column(_enum(Tone))
    template_version: Mapped[int | None]
    recipient: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(String(20000), default="")
    # The structured "why": purpose, basis, the consent event or care basis, the
    # preference that chose the channel, the cap and quiet-hours checks.
    reason: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_error: Mapped[str | None] = mapped_column(String(500))
    provider_id: Mapped[str | None] = mapped_column(String(200))
    call_outcome: Mapped[CallOutcome | None] = mapped_column(_enum(CallOutcome))
    handled_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]

    __table_args__ = (
        # The dispatcher's scan and the Today view: what is due, by status.
        Index("ix_message_due", "status", "scheduled_for"),
        # Caps count what a patient was sent recently.
        Index("ix_message_patient", "patient_id", "scheduled_for"),
        # The dashboard and the transparency report: what became of messages, grouped
        # in this order, read from the index alone (migration 0015).
        Index(
            "ix_message_outcome",
            "status",
            "channel",
            "purpose_id",
            "call_outcome",
            "sent_at",
            "updated_at",
        ),
        # The dashboard's intrusion watch: what left in a month, and for whom.
        Index(
            "ix_message_sent",
            "sent_at",
            "patient_id",
            "status",
            "call_outcome",
            "channel",
            "purpose_id",
        ),
    )


class MessageItem(Base):
    """Which reminder, at which lead time, a message carries (several due on one day merge)."""

    __tablename__ = "message_item"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("message.id", ondelete="CASCADE"), primary_key=True
    )
    reminder_id: Mapped[int] = mapped_column(
        ForeignKey("reminder.id", ondelete="CASCADE"), primary_key=True
    )
    # Two lead times of one reminder may fall on one day and share a message.
    lead: Mapped[str] = mapped_column(String(16), primary_key=True)
    # The reminder's due time when planned: a moved appointment is a new occasion.
    due_at: Mapped[datetime]

    __table_args__ = (
        # At most one message per (reminder, lead time), whatever the channel.
        Index("uq_message_item_occasion", "reminder_id", "lead", "due_at", unique=True),
        # A reminder's messages without reading the items (the dashboard, migration 0015).
        Index("ix_message_item_reminder", "reminder_id", "message_id"),
    )


class MessageMonth(Base):
    """How many messages left for a patient in a calendar month (UTC), by purpose and
    channel: the dashboard's intrusion watch reads a month already grouped by patient
    instead of sorting its messages (app.reach keeps it, migration 0018).

    Left as the dashboard counts it: sent, printed, posted, a call answered or a
    voicemail left; the month of ``sent_at``.
    """

    __tablename__ = "message_month"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-11"
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True
    )
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purpose.id"), primary_key=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel), primary_key=True)
    messages: Mapped[int] = mapped_column(Integer)

    # The primary key is the table: a month's range hands back patients in order, counts
    # included, without a lookup.
    __table_args__ = ({"sqlite_with_rowid": False},)


class MessageMonthSize(Base):
    """How many patients had ``messages`` messages leave in a calendar month (UTC), every
    purpose and channel together: the intrusion watch's histogram when the dashboard looks
    at everything, kept beside ``message_month`` by app.reach (migration 0019).  Only sizes
    some patient had are kept (``patients`` > 0)."""

    __tablename__ = "message_month_size"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-11"
    messages: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    patients: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class PlanExclusion(Base):
    """Why the last planning run left out a lead time of a reminder (or all of it).

    The planner decides each reminder once, until something changes; its
    exclusions are kept here so the Today view can show them without
    planning the whole horizon again.
    """

    __tablename__ = "plan_exclusion"

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminder.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))  # app.planner.EXCLUSION_CODES
    lead: Mapped[str | None] = mapped_column(String(16))
    channel: Mapped[Channel | None] = mapped_column(_enum(Channel))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    decided_at: Mapped[datetime]

    __table_args__ = (Index("ix_plan_exclusion_reminder", "reminder_id"),)


class TemplateVariant(enum.StrEnum):
    STANDARD = "standard"
    EASY_READ = "easy_read"


class MessageTemplate(Base):
    """A practice's version of a template; the newest version of a key is the one used."""

    __tablename__ = "message_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose_code: Mapped[str] = mapped_column(String(40))
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    language: Mapped[str] = mapped_column(String(8))
    tone: Mapped[Tone] = mapped_column(_enum(Tone))
    # "easy_read": the letter for patients whose paper format is easy-read (short
    # sentences, one idea per line); "standard" for everything else.
    variant: Mapped[TemplateVariant] = mapped_column(
        _enum(TemplateVariant), default=TemplateVariant.STANDARD, server_default="standard"
    )
    version: Mapped[int]
    source: Mapped[str] = mapped_column(String(20000))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index(
            "uq_message_template_version",
            "purpose_code",
            "channel",
            "language",
            "tone",
            "variant",
            "version",
            unique=True,
        ),
    )


class PrintBatch(Base):
    """A print run of letters as it came out of the printer, kept so a reprint is identical.

    ``pdf`` is the file itself (inside the encrypted database, as the paper it
    printed); ``sha256`` is its hash, checked whenever it is read.  The PDF is
    emptied after the retention period, or when a patient whose letter it
    holds is erased (``emptied_at``, ``emptied_why``); the hash, the sizes and
    the counts stay, so the register of print runs stays complete.
    """

    __tablename__ = "print_batch"

    id: Mapped[int] = mapped_column(primary_key=True)  # the batch number on the cover
    kind: Mapped[str] = mapped_column(String(16))  # "letters"
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    size_bytes: Mapped[int]
    pages: Mapped[int]
    letters: Mapped[int]
    # {"purpose": {code: n}, "paper_format": {format: n}}: what the cover sheet counts.
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    emptied_at: Mapped[datetime | None]
    emptied_why: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index("ix_print_batch_created", "created_at"),)


class PrintBatchLetter(Base):
    """Where one letter lies in a kept batch: its pages, for a reprint of that letter alone."""

    __tablename__ = "print_batch_letter"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("print_batch.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)  # 1 = the first letter after the cover
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"))
    # Whose letter it is: erasure finds the batches holding a patient's letter by it.
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    first_page: Mapped[int]  # 1-based page number in the batch PDF (the cover is page 1)
    pages: Mapped[int]

    __table_args__ = (
        Index("ix_print_batch_letter_message", "message_id"),
        Index("ix_print_batch_letter_patient", "patient_id"),
    )


class Survey(Base):
    """A satisfaction survey: its questions as asked, in both languages.

    ``definition`` is ``{"questions": [{"key", "kind", "text": {"fr", "en"}, ...}]}``
    (kinds: nps, scale, choice, text).  A survey whose questions change is a new
    survey, so every answer refers to the words the patient actually read.
    """

    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))


class SurveyInvitation(Base):
    """One patient asked to answer one survey: how, by which message, and whether they did."""

    __tablename__ = "survey_invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id", ondelete="CASCADE"))
    # The outbox message that asked (None: handed over at the desk, or asked on a call).
    message_id: Mapped[int | None] = mapped_column(ForeignKey("message.id", ondelete="SET NULL"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    asked_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    # Opened by answers that matched no invitation (a CSV row from an online form):
    # nobody asked, so it counts in no response rate's asked, nor for the frequency cap.
    opened_by_answer: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    __table_args__ = (
        # The frequency cap: a patient's latest invitation.
        Index("ix_survey_invitation_patient", "patient_id", "asked_at"),
        Index("ix_survey_invitation_survey", "survey_id", "asked_at"),
        Index("ix_survey_invitation_message", "message_id"),
    )


class SurveyAnswer(Base):
    """The answer to one question of an invitation: a number (NPS, scale, choice) or words."""

    __tablename__ = "survey_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(
        ForeignKey("survey_invitation.id", ondelete="CASCADE")
    )
    question_key: Mapped[str] = mapped_column(String(40))
    number: Mapped[int | None]
    text: Mapped[str | None] = mapped_column(String(2000))
    source: Mapped[str] = mapped_column(String(16))  # paper, phone, csv, desk
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("uq_survey_answer_question", "invitation_id", "question_key", unique=True),
    )


class SurveyRequest(Base):
    """Which survey a satisfaction-survey reminder asks (``app.surveys.invite``).

    The planner turns the reminder into a message on the channel the patient's
    preferences and consents allow; when that message is written, the outbox
    records the :class:`SurveyInvitation` for this survey (``app.surveys.
    record_invitations``).  A reminder without a request asks the current survey.
    """

    __tablename__ = "survey_request"

    reminder_id: Mapped[int] = mapped_column(
        ForeignKey("reminder.id", ondelete="CASCADE"), primary_key=True
    )
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))


__all__ = [
    "Appointment",
    "AppointmentOutcome",
    "AppointmentStatus",
    "AuditEvent",
    "Base",
    "CallOutcome",
    "Channel",
    "Complaint",
    "ComplaintCategory",
    "ComplaintChannel",
    "ComplaintOutcome",
    "ComplaintStatus",
    "ConsentEvent",
    "ConsentKind",
    "ConsentMethod",
    "ContactKind",
    "ContactPoint",
    "EvidenceDocument",
    "LawfulBasis",
    "MedicationOccurrence",
    "MedicationSchedule",
    "Message",
    "MessageItem",
    "MessageStatus",
    "MessageTemplate",
    "PaperFormat",
    "Patient",
    "PatientRevision",
    "PatientSearchTerm",
    "PatientStatus",
    "PatientTag",
    "PlanExclusion",
    "Preferences",
    "PrintBatch",
    "PrintBatchLetter",
    "PrivacyNotice",
    "Purpose",
    "RecallDone",
    "RecallProgramme",
    "RecallReminder",
    "RecallStep",
    "Reminder",
    "ReminderSource",
    "ReminderStatus",
    "RequestKind",
    "RequestOutcome",
    "RightsRequest",
    "Role",
    "Setting",
    "Sex",
    "Survey",
    "SurveyAnswer",
    "SurveyInvitation",
    "SurveyRequest",
    "TemplateVariant",
    "Tone",
    "User",
]
