"""Consent receipts: what a patient agreed to, as a record they can keep.

The JSON follows the fields of the Kantara Initiative Consent Receipt
Specification v1.1; ``resources/schemas/consent-receipt.schema.json`` is the
schema it is checked against.  The receipt names the patient by the practice's
record number, not by name: it may travel by e-mail.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from app.errors import NotFound, RelaisError
from app.settings import load_practice
from db.models import Channel, ConsentEvent, ConsentKind, Patient, PrivacyNotice, Purpose

KANTARA_VERSION = "KI-CR-v1.1.0"
_RECEIPT_NAMESPACE = uuid.UUID("6f1d6a43-0a8b-4f0e-9d6e-2b7f4f1c9a10")

_METHODS = {
    "signed_form": "signed paper form",
    "at_desk": "in person at the practice desk",
    "phone": "by telephone",
    "letter_reply": "reply slip by post",
    "sms_stop": "SMS STOP",
}
_CHANNELS = {
    Channel.SMS: "SMS",
    Channel.EMAIL: "e-mail",
    Channel.LETTER: "letter",
    Channel.PHONE: "phone call",
}


def receipt_id(event: ConsentEvent) -> str:
    """Stable: the same event always gives the same receipt id (a reprint is identical)."""
    return str(uuid.uuid5(_RECEIPT_NAMESPACE, f"consent-event:{event.id}:{event.recorded_at}"))


def consent_receipt(session: Session, event_id: int) -> dict[str, Any]:
    event = session.get(ConsentEvent, event_id)
    if event is None:
        raise NotFound(f"No consent event {event_id}.")
    if event.kind is not ConsentKind.GRANTED or event.purpose_id is None:
        raise RelaisError("A receipt records a consent given; this event is not one.")
    patient = session.get(Patient, event.patient_id)
    purpose = session.get(Purpose, event.purpose_id)
    assert patient is not None
    assert purpose is not None
    notice = session.get(PrivacyNotice, event.notice_id) if event.notice_id else None
    practice = load_practice(session)
    channels = [event.channel] if event.channel is not None else list(Channel)
    termination = (
        f"until {event.expires_at.date().isoformat()} or until withdrawn"
        if event.expires_at is not None
        else "until withdrawn; withdrawing takes one call, letter or SMS STOP"
    )
    return {
        "version": KANTARA_VERSION,
        "jurisdiction": "FR",
        "consentTimestamp": int(event.recorded_at.timestamp()),
        "collectionMethod": _METHODS[event.method.value],
        "consentReceiptID": receipt_id(event),
        "language": patient.language if patient.language in ("fr", "en") else "fr",
        "piiPrincipalId": patient.external_id or f"patient-{patient.id}",
        "piiControllers": [
            {
                "piiController": practice.name or "Practice",
                "onBehalf": False,
                "contact": practice.name or "",
                "address": ", ".join(
                    part
                    for part in (practice.street, f"{practice.postcode} {practice.city}".strip())
                    if part
                ),
                "email": practice.email,
                "phone": practice.phone,
            }
        ],
        "policyUrl": f"privacy notice {notice.version}" if notice else "privacy notice",
        "services": [
            {
                "service": "Relais patient communication",
                "purposes": [
                    {
                        "purpose": purpose.name_en,
                        "purposeCategory": [purpose.code],
                        "consentType": "EXPLICIT",
                        "piiCategory": ["name", *(_CHANNELS[c] for c in channels)],
                        "primaryPurpose": True,
                        "termination": termination,
                        "thirdPartyDisclosure": False,
                    }
                ],
            }
        ],
        "sensitive": True,  # health context: the practice itself is a health service
        "spiCat": ["health"],
    }
