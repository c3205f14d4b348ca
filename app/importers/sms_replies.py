"""STOP replies from the SMS gateway's export: a withdrawal for that patient, not the family.

A reply comes from a number, not a person, and a household may share one
phone.  So a STOP is given to the patient whose SMS it answers: the last SMS
the practice sent to that number.  Only when no SMS of ours went to it, and the
number is one patient's alone, is that patient taken; a shared number without
an SMS to answer is reported for a person to settle, never guessed.

A STOP withdraws SMS for every purpose: consent-based purposes are withdrawn,
care purposes objected to, each a ledger event with the method "SMS STOP".
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, consent, normalize
from app.access import Actor, Permission
from app.clock import Clock
from app.consent import PurposeView
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
)

# The first word of a reply that means "no more SMS", folded (no accents, lower case).
STOP_WORDS = frozenset({"stop", "arret", "arreter", "desabonner", "unsubscribe", "stopall"})
NUMBER_COLUMNS = ("from", "sender", "number", "numero", "expediteur", "msisdn", "phone", "mobile")
TEXT_COLUMNS = ("text", "message", "body", "content", "contenu", "sms")


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
    purposes = [PurposeView(p.code, p.basis) for p in consent.purposes(session)]
    for line, row in enumerate(reader, start=2):
        report.rows_read += 1
        if not is_stop(row.get(text_column) or ""):
            report.other_replies += 1
            continue
        raw = (row.get(number_column) or "").strip()
        try:
            number = phonenumbers.format_number(
                phonenumbers.parse(raw, region), phonenumbers.PhoneNumberFormat.E164
            )
        except phonenumbers.NumberParseException:
            report.problems.append(f"line {line}, column {number_column}: {raw!r} is not a number")
            continue
        patient_id, why = _who_said_stop(session, number)
        if patient_id is None:
            report.problems.append(f"line {line}: {why}; record it by hand")
            continue
        if _stopped_already(session, clock, patient_id, purposes):
            report.already_stopped += 1
            continue
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
                note=f"STOP reply ({source_name}, line {line})",
            )
        report.stops += 1
    audit.record(
        session,
        clock,
        actor,
        "sms_replies.imported",
        details={"source": source_name, "stops": report.stops, "problems": len(report.problems)},
    )
    return report


def _who_said_stop(session: Session, number: str) -> tuple[int | None, str]:
    """The patient a STOP from ``number`` is about, or None and why not."""
    answered = session.scalar(
        select(Message.patient_id)
        .where(
            Message.channel == Channel.SMS,
            Message.recipient == number,
            Message.status.in_((MessageStatus.SENT, MessageStatus.UNKNOWN)),
        )
        .order_by(Message.sent_at.desc(), Message.id.desc())
        .limit(1)
    )
    if answered is not None:
        return answered, ""
    owners = set(
        session.scalars(
            select(ContactPoint.patient_id).where(
                ContactPoint.kind == ContactKind.MOBILE, ContactPoint.value == number
            )
        )
    )
    if len(owners) == 1:
        return owners.pop(), ""
    if owners:
        return None, (
            f"{normalize.phone_display(number)} is shared by {len(owners)} patients and answers "
            "no SMS of ours, so whose STOP it is cannot be told"
        )
    return None, f"no patient has the number {normalize.phone_display(number)}"


def _stopped_already(
    session: Session, clock: Clock, patient_id: int, purposes: list[PurposeView]
) -> bool:
    events = consent.events_by_patient(session, [patient_id]).get(patient_id, [])
    now = clock.now()
    return all(
        not consent.state_of(events, purpose, Channel.SMS, now).allowed for purpose in purposes
    )
