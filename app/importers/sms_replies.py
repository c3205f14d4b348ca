"""STOP replies from the SMS gateway's export: a withdrawal for that patient, not the family.

A reply comes from a number, not a person, and a household may share one
phone.  So a STOP is given to the patient whose SMS it answers: the last SMS
the practice sent to that number.  Only when no SMS of ours went to it, and the
number is one patient's alone, is that patient taken; a shared number without
an SMS to answer is reported for a person to settle, never guessed.

A STOP withdraws SMS for every purpose: consent-based purposes are withdrawn,
care purposes objected to, each a ledger event with the method "SMS STOP".

The same rules serve a STOP a receptionist reads on the practice's phone and
keys in by hand (:func:`record_stop`, or :func:`record_stop_for_patient` when
the person at the desk knows who sent it) and every row of the gateway's
export (:func:`import_replies`).
"""

from __future__ import annotations

import csv
import enum
import io
from dataclasses import dataclass, field
from datetime import datetime

import phonenumbers
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app import audit, consent, normalize
from app.access import Actor, Permission
from app.clock import Clock
from app.consent import PurposeView
from app.errors import NotFound
from app.importers.patients_csv import decode, sniff_delimiter
from db.models import (
    Channel,
    ConsentKind,
    ConsentMethod,
    ContactKind,
    ContactPoint,
    LawfulBasis,
    Message,
    MessageStatus,
    Patient,
)

# The first word of a reply that means "no more SMS", folded (no accents, lower case).
STOP_WORDS = frozenset({"stop", "arret", "arreter", "desabonner", "unsubscribe", "stopall"})
NUMBER_COLUMNS = ("from", "sender", "number", "numero", "expediteur", "msisdn", "phone", "mobile")
TEXT_COLUMNS = ("text", "message", "body", "content", "contenu", "sms")


class StopStatus(enum.StrEnum):
    """What became of one STOP."""

    RECORDED = "recorded"
    """SMS withdrawn (or objected to) for every purpose of one patient."""
    ALREADY_STOPPED = "already_stopped"
    """That patient receives no SMS already; nothing was added to the ledger."""
    NOT_A_NUMBER = "not_a_number"
    """What was given as the sender cannot be read as a phone number."""
    UNKNOWN_NUMBER = "unknown_number"
    """No patient has the number and no SMS of ours went to it."""
    SHARED_NUMBER = "shared_number"
    """Several patients have the number and it answers no SMS of ours: whose STOP it is
    cannot be told, so a person must choose."""


@dataclass(frozen=True)
class StopOutcome:
    """What :func:`record_stop` did, with what a screen needs to say it.

    Attributes:
        status: what became of the STOP; nothing was recorded unless ``RECORDED``.
        number: the sender in E.164, or as given when it is not a number.
        patient_id: the patient the STOP is for (``RECORDED``, ``ALREADY_STOPPED``).
        sharing: how many patients have the number (``SHARED_NUMBER``).
        detail: one line in English, for the import report and the command line.
    """

    status: StopStatus
    number: str
    patient_id: int | None = None
    sharing: int = 0
    detail: str = ""

    @property
    def recorded(self) -> bool:
        return self.status is StopStatus.RECORDED


@dataclass
class RepliesReport:
    rows_read: int = 0
    stops: int = 0
    already_stopped: int = 0
    other_replies: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.rows_read} replies read: {self.stops} STOP recorded, "
            f"{self.already_stopped} already stopped, {self.other_replies} other replies, "
            f"{len(self.problems)} problems."
        )


def _column(header: list[str], wanted: tuple[str, ...]) -> str | None:
    for name in header:
        if normalize.fold(name).strip() in wanted:
            return name
    return None


def is_stop(text: str) -> bool:
    words = normalize.fold(text).replace(".", " ").replace("!", " ").split()
    return bool(words) and words[0] in STOP_WORDS


def import_replies(
    session: Session,
    clock: Clock,
    actor: Actor,
    data: bytes,
    *,
    source_name: str,
    region: str,
) -> RepliesReport:
    actor.require(Permission.IMPORT_PATIENTS)
    text, _encoding = decode(data)
    reader = csv.DictReader(io.StringIO(text), delimiter=sniff_delimiter(text))
    header = list(reader.fieldnames or [])
    number_column = _column(header, NUMBER_COLUMNS)
    text_column = _column(header, TEXT_COLUMNS)
    report = RepliesReport()
    if number_column is None or text_column is None:
        report.problems.append(
            f"line 1: no column for the number ({', '.join(NUMBER_COLUMNS)}) or the text "
            f"({', '.join(TEXT_COLUMNS)}); nothing imported"
        )
        return report
    received_at = clock.now()  # the export's own dates are not trusted to be in any one zone
    for line, row in enumerate(reader, start=2):
        report.rows_read += 1
        if not is_stop(row.get(text_column) or ""):
            report.other_replies += 1
            continue
        raw = (row.get(number_column) or "").strip()
        outcome = record_stop(
            session,
            clock,
            actor,
            raw,
            received_at,
            region=region,
            note=f"STOP reply ({source_name}, line {line})",
        )
        if outcome.status is StopStatus.NOT_A_NUMBER:
            report.problems.append(f"line {line}, column {number_column}: {raw!r} is not a number")
        elif outcome.status is StopStatus.ALREADY_STOPPED:
            report.already_stopped += 1
        elif outcome.recorded:
            report.stops += 1
        else:
            report.problems.append(f"line {line}: {outcome.detail}; record it by hand")
    audit.record(
        session,
        clock,
        actor,
        "sms_replies.imported",
        details={"source": source_name, "stops": report.stops, "problems": len(report.problems)},
    )
    return report


def record_stop(
    session: Session,
    clock: Clock,
    actor: Actor,
    number: str,
    received_at: datetime,
    *,
    region: str = "FR",
    note: str | None = None,
) -> StopOutcome:
    """A STOP received from ``number`` at ``received_at``: SMS withdrawn for whoever sent it.

    The sender is the patient whose SMS it answers (the last one sent to that
    number before ``received_at``), else the one patient who has the number.
    When that cannot be told (nobody, or a household without an SMS of ours),
    nothing is recorded and the outcome says why. ``number`` may be typed as
    people do ("06 11 11 11 11"), read in ``region``. The caller owns the
    transaction.
    """
    actor.require(Permission.EDIT_PATIENTS)
    e164 = _read_number(number.strip(), region)
    if e164 is None:
        return StopOutcome(StopStatus.NOT_A_NUMBER, number, detail=f"{number!r} is not a number")
    patient_id, sharing = _who_said_stop(session, e164, received_at)
    shown = normalize.phone_display(e164)
    if patient_id is None and sharing:
        return StopOutcome(
            StopStatus.SHARED_NUMBER,
            e164,
            sharing=sharing,
            detail=(
                f"{shown} is shared by {sharing} patients and answers no SMS of ours, so whose "
                "STOP it is cannot be told"
            ),
        )
    if patient_id is None:
        return StopOutcome(
            StopStatus.UNKNOWN_NUMBER, e164, detail=f"no patient has the number {shown}"
        )
    note = note or f"STOP from {shown}, received {_moment(received_at)}"
    return _withdraw(session, clock, actor, patient_id, e164, note)


def record_stop_for_patient(
    session: Session,
    clock: Clock,
    actor: Actor,
    patient_id: int,
    received_at: datetime,
    *,
    note: str | None = None,
) -> StopOutcome:
    """A STOP from a patient a person has identified: SMS withdrawn for that patient alone."""
    actor.require(Permission.EDIT_PATIENTS)
    if session.get(Patient, patient_id) is None:
        raise NotFound(f"No patient with id {patient_id}.")
    note = note or f"STOP received {_moment(received_at)}, sender chosen by hand"
    return _withdraw(session, clock, actor, patient_id, "", note)


def _read_number(raw: str, region: str) -> str | None:
    """``raw`` in E.164, or None when it is not a phone number."""
    try:
        return phonenumbers.format_number(
            phonenumbers.parse(raw, region), phonenumbers.PhoneNumberFormat.E164
        )
    except phonenumbers.NumberParseException:
        return None


def _moment(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def _withdraw(
    session: Session,
    clock: Clock,
    actor: Actor,
    patient_id: int,
    number: str,
    note: str,
) -> StopOutcome:
    purposes = [PurposeView(p.code, p.basis) for p in consent.purposes(session)]
    if _stopped_already(session, clock, patient_id, purposes):
        return StopOutcome(
            StopStatus.ALREADY_STOPPED, number, patient_id, detail="SMS already stopped"
        )
    for purpose in purposes:
        consent.record(
            session,
            clock,
            actor,
            patient_id=patient_id,
            purpose_code=purpose.code,
            channel=Channel.SMS,
            kind=(
                ConsentKind.WITHDRAWN
                if purpose.basis is LawfulBasis.CONSENT
                else ConsentKind.OBJECTED
            ),
            method=ConsentMethod.SMS_STOP,
            note=note[:500],
        )
    return StopOutcome(StopStatus.RECORDED, number, patient_id, detail="SMS stopped")


def _who_said_stop(session: Session, number: str, received_at: datetime) -> tuple[int | None, int]:
    """The patient a STOP from ``number`` is about; else None and how many share the number."""
    answered = session.scalar(
        select(Message.patient_id)
        .where(
            Message.channel == Channel.SMS,
            Message.recipient == number,
            Message.status.in_((MessageStatus.SENT, MessageStatus.UNKNOWN)),
            # A reply answers what was sent before it (a message lost in a crash has no time).
            or_(Message.sent_at.is_(None), Message.sent_at <= received_at),
        )
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    )
    if answered is not None:
        return answered, 1
    owners = set(
        session.scalars(
            select(ContactPoint.patient_id).where(
                ContactPoint.kind == ContactKind.MOBILE, ContactPoint.value == number
            )
        )
    )
    if len(owners) == 1:
        return owners.pop(), 1
    return None, len(owners)


def _stopped_already(
    session: Session, clock: Clock, patient_id: int, purposes: list[PurposeView]
) -> bool:
    events = consent.events_by_patient(session, [patient_id]).get(patient_id, [])
    now = clock.now()
    return all(
        not consent.state_of(events, purpose, Channel.SMS, now).allowed for purpose in purposes
    )
