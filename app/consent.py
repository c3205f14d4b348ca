"""The consent ledger (DESIGN §2, §4): events are appended, the state is derived.

Nothing is ever overwritten: a withdrawal is a new event, and the table itself
refuses UPDATE and DELETE.  :func:`derive` is a pure function of the events,
the purposes and "now", so the planner, the screens and the tests all read the
same answer.  The rule: for each purpose and channel the last applicable event
decides; a grant past its expiry no longer applies; an Art. 21 objection
(purpose left empty) applies to every consent-based purpose.  Without any
event, a care purpose is allowed and a consent purpose is not.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app import attention, audit
from app.access import Actor, Permission
from app.batches import chunks
from app.clock import Clock
from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.settings import load_practice
from db.models import (
    Channel,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    EvidenceDocument,
    LawfulBasis,
    Patient,
    PrivacyNotice,
    Purpose,
)

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
# The privacy_notice columns' sizes.
VERSION_MAX_LENGTH = 32
SUMMARY_MAX_LENGTH = 2000


@dataclass(frozen=True)
class EventView:
    """What derivation needs of one event (plain data, so it is testable alone)."""

    id: int
    purpose_code: str | None
    channel: Channel | None
    kind: ConsentKind
    recorded_at: datetime
    expires_at: datetime | None = None


@dataclass(frozen=True)
class PurposeView:
    code: str
    basis: LawfulBasis


@dataclass(frozen=True)
class ConsentState:
    """Whether one purpose may use one channel, and which event (if any) says so."""

    allowed: bool
    basis: LawfulBasis
    reason: str  # care_default, no_consent, granted, withdrawn, refused, objected
    event_id: int | None = None


def applies(event: EventView, purpose: PurposeView, channel: Channel, now: datetime) -> bool:
    """Whether ``event`` speaks about this purpose and channel at ``now``."""
    if event.channel is not None and event.channel is not channel:
        return False
    if event.purpose_code is None:
        # Only an objection may name no purpose: Art. 21, direct marketing.
        return event.kind is ConsentKind.OBJECTED and purpose.basis is LawfulBasis.CONSENT
    if event.purpose_code != purpose.code:
        return False
    return not (
        event.kind is ConsentKind.GRANTED
        and event.expires_at is not None
        and event.expires_at <= now
    )


def state_of(
    events: Sequence[EventView], purpose: PurposeView, channel: Channel, now: datetime
) -> ConsentState:
    """The state of one purpose × channel: the last applicable event decides."""
    deciding: EventView | None = None
    for event in events:
        if event.recorded_at > now or not applies(event, purpose, channel, now):
            continue
        if deciding is None or (event.recorded_at, event.id) > (deciding.recorded_at, deciding.id):
            deciding = event
    if deciding is None:
        if purpose.basis is LawfulBasis.CARE:
            return ConsentState(True, purpose.basis, "care_default")
        return ConsentState(False, purpose.basis, "no_consent")
    allowed = deciding.kind is ConsentKind.GRANTED
    return ConsentState(allowed, purpose.basis, deciding.kind.value, deciding.id)


def derive(
    events: Sequence[EventView], purposes: Iterable[PurposeView], now: datetime
) -> dict[tuple[str, Channel], ConsentState]:
    """The whole purpose × channel grid for one patient."""
    return {
        (purpose.code, channel): state_of(events, purpose, channel, now)
        for purpose in purposes
        for channel in Channel
    }


# -- reading the database ----------------------------------------------------------


def purposes(session: Session, *, active_only: bool = True) -> list[Purpose]:
    query = select(Purpose).order_by(Purpose.position, Purpose.id)
    if active_only:
        query = query.where(Purpose.active.is_(True))
    return list(session.scalars(query))


def events_of(session: Session, patient_id: int) -> list[ConsentEvent]:
    """The patient's ledger, oldest first (the timeline shown to staff and patient)."""
    return list(
        session.scalars(
            select(ConsentEvent)
            .where(ConsentEvent.patient_id == patient_id)
            .order_by(ConsentEvent.recorded_at, ConsentEvent.id)
        )
    )


def events_by_patient(
    session: Session, patient_ids: Sequence[int] | Select[Any]
) -> dict[int, list[EventView]]:
    """Many patients' ledgers at once, as the planner needs them (oldest first).

    ``patient_ids`` may be a query of ids, evaluated by the database itself.
    """
    codes = {p.id: p.code for p in purposes(session, active_only=False)}
    found: dict[int, list[EventView]] = defaultdict(list)
    pieces = [patient_ids] if isinstance(patient_ids, Select) else chunks(patient_ids)
    for chunk in pieces:
        rows = session.execute(
            select(
                ConsentEvent.patient_id,
                ConsentEvent.id,
                ConsentEvent.purpose_id,
                ConsentEvent.channel,
                ConsentEvent.kind,
                ConsentEvent.recorded_at,
                ConsentEvent.expires_at,
            )
            .where(ConsentEvent.patient_id.in_(chunk))
            .order_by(ConsentEvent.recorded_at, ConsentEvent.id)
        )
        for pid, event_id, purpose_id, channel, kind, recorded_at, expires_at in rows:
            code = codes.get(purpose_id) if purpose_id is not None else None
            found[pid].append(EventView(event_id, code, channel, kind, recorded_at, expires_at))
    return dict(found)


@dataclass(frozen=True)
class _Catalogue:
    """The purposes, read once for any number of patients."""

    views: list[PurposeView]
    codes: dict[int, str]

    @classmethod
    def load(cls, session: Session) -> _Catalogue:
        every = purposes(session, active_only=False)
        return cls(
            [PurposeView(p.code, p.basis) for p in every if p.active],
            {p.id: p.code for p in every},
        )

    def grid(
        self, session: Session, patient_id: int, now: datetime
    ) -> dict[tuple[str, Channel], ConsentState]:
        events = [
            EventView(
                e.id,
                self.codes.get(e.purpose_id) if e.purpose_id is not None else None,
                e.channel,
                e.kind,
                e.recorded_at,
                e.expires_at,
            )
            for e in events_of(session, patient_id)
        ]
        return derive(events, self.views, now)


def grid(
    session: Session, patient_id: int, now: datetime
) -> dict[tuple[str, Channel], ConsentState]:
    """The current state for every active purpose and channel of one patient."""
    return _Catalogue.load(session).grid(session, patient_id, now)


# -- writing -------------------------------------------------------------------------


@dataclass
class Evidence:
    """A scanned form (stored encrypted in the database) or a witness, or both."""

    content: bytes | None = None
    file_name: str = ""
    media_type: str = "application/pdf"
    witness: str | None = None


def record(
    session: Session,
    clock: Clock,
    actor: Actor,
    *,
    patient_id: int,
    purpose_code: str | None,
    channel: Channel | None,
    kind: ConsentKind,
    method: ConsentMethod,
    evidence: Evidence | None = None,
    notice_version: str | None = None,
    expires_at: datetime | None = None,
    note: str | None = None,
) -> ConsentEvent:
    """Append one event to the patient's ledger (a consent, withdrawal, refusal or objection)."""
    actor.require(Permission.EDIT_PATIENTS)
    errors: list[FieldError] = []
    if session.get(Patient, patient_id) is None:
        raise NotFound(f"No patient with id {patient_id}.")
    purpose_id: int | None = None
    if purpose_code is None:
        if kind is not ConsentKind.OBJECTED:
            errors.append(
                FieldError(
                    "purpose", "only an objection may cover every purpose", "purpose_required"
                )
            )
    else:
        purpose = session.scalar(select(Purpose).where(Purpose.code == purpose_code))
        if purpose is None:
            errors.append(
                FieldError("purpose", f"{purpose_code!r} is not a purpose", "purpose_unknown")
            )
        else:
            purpose_id = purpose.id
    notice_id: int | None = None
    if notice_version is not None:
        notice_id = session.scalar(
            select(PrivacyNotice.id).where(PrivacyNotice.version == notice_version)
        )
        if notice_id is None:
            errors.append(
                FieldError("notice", f"no privacy notice {notice_version!r}", "notice_unknown")
            )
    elif kind is ConsentKind.GRANTED:
        notice_id = session.scalar(
            select(PrivacyNotice.id).order_by(PrivacyNotice.published_at.desc()).limit(1)
        )
    now = clock.now()
    if expires_at is not None and expires_at <= now:
        errors.append(FieldError("expires_at", "the expiry must be in the future", "expiry_past"))
    if kind is ConsentKind.GRANTED and method is ConsentMethod.SMS_STOP:
        errors.append(FieldError("method", "an SMS STOP cannot grant a consent", "method_invalid"))
    if errors:
        raise ValidationError(errors)

    evidence_id = None
    witness = None
    if evidence is not None:
        witness = evidence.witness
        if evidence.content is not None:
            if len(evidence.content) > MAX_EVIDENCE_BYTES:
                raise RelaisError(
                    "The scanned form is larger than 20 MB; scan it at a lower resolution."
                )
            document = EvidenceDocument(
                sha256=hashlib.sha256(evidence.content).hexdigest(),
                media_type=evidence.media_type,
                file_name=evidence.file_name or "consent-form",
                content=evidence.content,
                stored_at=now,
            )
            session.add(document)
            session.flush()
            evidence_id = document.id
    event = ConsentEvent(
        patient_id=patient_id,
        purpose_id=purpose_id,
        channel=channel,
        kind=kind,
        method=method,
        evidence_id=evidence_id,
        witness=witness,
        notice_id=notice_id,
        recorded_at=now,
        recorded_by=actor.username,
        expires_at=expires_at,
        note=note,
    )
    session.add(event)
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "consent.recorded",
        entity="patient",
        entity_id=patient_id,
        details={
            "event": event.id,
            "purpose": purpose_code,
            "channel": channel and channel.value,
            "kind": kind.value,
            "method": method.value,
        },
    )
    attention.renew(session, patient_id)
    return event


def object_to_direct_marketing(
    session: Session, clock: Clock, actor: Actor, patient_id: int, method: ConsentMethod
) -> ConsentEvent:
    """Art. 21: one event that switches off every consent-based purpose at once."""
    return record(
        session,
        clock,
        actor,
        patient_id=patient_id,
        purpose_code=None,
        channel=None,
        kind=ConsentKind.OBJECTED,
        method=method,
    )


def set_basis(
    session: Session, clock: Clock, actor: Actor, purpose_code: str, basis: LawfulBasis
) -> None:
    """An admin may make a care purpose consent-only; the reverse would need new consents."""
    actor.require(Permission.MANAGE_SETTINGS)
    purpose = session.scalar(select(Purpose).where(Purpose.code == purpose_code))
    if purpose is None:
        raise NotFound(f"No purpose {purpose_code!r}.")
    if purpose.basis is LawfulBasis.CONSENT and basis is LawfulBasis.CARE:
        raise RelaisError(
            f"{purpose.name_en} needs consent; it cannot become a care purpose, because "
            "patients who never consented would start receiving it."
        )
    if purpose.basis is not basis:
        purpose.basis = basis
        audit.record(
            session,
            clock,
            actor,
            "purpose.basis_changed",
            details={"purpose": purpose_code, "basis": basis.value},
        )


# -- privacy notices -------------------------------------------------------------------


def publish_notice(
    session: Session,
    clock: Clock,
    actor: Actor,
    version: str,
    summary: str,
    *,
    needs_reconfirmation: bool,
    published_on: date | None = None,
) -> PrivacyNotice:
    """Record a new version of the privacy notice, in force from ``published_on``.

    Today (the default) means now, so consents recorded earlier today stay under
    the version they were given with.  An earlier day records a notice the
    practice put up before it was entered here: it is in force from that day's
    start at the practice.  A later day is refused: a consent given before then
    would be said to follow a notice the patient could not yet have read.
    """
    actor.require(Permission.MANAGE_SETTINGS)
    version, summary = version.strip(), summary.strip()
    errors: list[FieldError] = []
    if not version:
        errors.append(FieldError("version", "the notice needs a version", "required"))
    elif len(version) > VERSION_MAX_LENGTH:
        errors.append(FieldError("version", f"at most {VERSION_MAX_LENGTH} characters", "too_long"))
    elif session.scalar(select(PrivacyNotice.id).where(PrivacyNotice.version == version)):
        errors.append(FieldError("version", f"{version!r} already exists", "duplicate"))
    if not summary:
        errors.append(FieldError("summary", "say what changed in this version", "required"))
    elif len(summary) > SUMMARY_MAX_LENGTH:
        errors.append(FieldError("summary", f"at most {SUMMARY_MAX_LENGTH} characters", "too_long"))
    zone = load_practice(session).zone()
    today = clock.now().astimezone(zone).date()
    if published_on is not None and published_on > today:
        errors.append(
            FieldError("published_on", "a notice cannot be published later than today", "future")
        )
    if errors:
        raise ValidationError(errors)
    published_at = (
        clock.now()
        if published_on is None or published_on == today
        else datetime.combine(published_on, time(0), zone).astimezone(UTC)
    )
    notice = PrivacyNotice(
        version=version,
        published_at=published_at,
        summary=summary,
        needs_reconfirmation=needs_reconfirmation,
    )
    session.add(notice)
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "privacy_notice.published",
        details={
            "version": version,
            "published_on": published_at.astimezone(zone).date().isoformat(),
            "needs_reconfirmation": needs_reconfirmation,
        },
    )
    return notice


def notices(session: Session) -> list[PrivacyNotice]:
    """Every version published, the newest first (the one in force now leads)."""
    return list(
        session.scalars(
            select(PrivacyNotice).order_by(
                PrivacyNotice.published_at.desc(), PrivacyNotice.id.desc()
            )
        )
    )


def patients_to_reconfirm(session: Session, now: datetime) -> list[int]:
    """Patients whose current consents were given under a notice older than one that matters.

    A consent still in force (its grant is the deciding event) recorded under a
    notice published before the latest notice that needs re-confirmation.
    """
    latest = session.scalar(
        select(PrivacyNotice)
        .where(PrivacyNotice.needs_reconfirmation.is_(True))
        .order_by(PrivacyNotice.published_at.desc())
        .limit(1)
    )
    if latest is None:
        return []
    older_notices = select(PrivacyNotice.id).where(PrivacyNotice.published_at < latest.published_at)
    candidates = session.scalars(
        select(ConsentEvent.patient_id)
        .where(
            ConsentEvent.kind == ConsentKind.GRANTED,
            (ConsentEvent.notice_id.in_(older_notices)) | ConsentEvent.notice_id.is_(None),
        )
        .distinct()
        .order_by(ConsentEvent.patient_id)
    ).all()
    catalogue = _Catalogue.load(session)
    result = []
    for patient_id in candidates:
        states = catalogue.grid(session, patient_id, now)
        granted_ids = {s.event_id for s in states.values() if s.reason == "granted"}
        if not granted_ids:
            continue
        stale = session.scalar(
            select(func.count())
            .select_from(ConsentEvent)
            .where(
                ConsentEvent.id.in_(granted_ids),
                (ConsentEvent.notice_id.in_(older_notices)) | ConsentEvent.notice_id.is_(None),
            )
        )
        if stale:
            result.append(patient_id)
    return result
