"""Recording consent events in tests, with the defaults most tests need."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app import consent
from app.access import Actor
from app.clock import Clock
from db.models import Channel, ConsentEvent, ConsentKind, ConsentMethod


def record(
    session: Session,
    clock: Clock,
    actor: Actor,
    patient_id: int,
    purpose_code: str | None,
    channel: Channel | None = None,
    kind: ConsentKind = ConsentKind.GRANTED,
    method: ConsentMethod = ConsentMethod.AT_DESK,
    **details: Any,
) -> ConsentEvent:
    """consent.record with the event's essentials positional; evidence etc. as keywords."""
    return consent.record(
        session,
        clock,
        actor,
        patient_id=patient_id,
        purpose_code=purpose_code,
        channel=channel,
        kind=kind,
        method=method,
        **details,
    )
