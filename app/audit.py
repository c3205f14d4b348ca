"""The append-only, hash-chained audit log (DESIGN §6).

Each event's hash covers its content and the previous event's hash, so any
edited, inserted or removed row breaks the chain from that point on, and
:func:`verify_chain` names the first broken link.  The table itself refuses
UPDATE and DELETE (triggers in the first migration).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.access import Actor, Permission
from app.clock import Clock
from db.engine import WRITE_LOCK_ID
from db.models import AuditEvent

GENESIS_HASH = "0" * 64


def _canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    previous_hash: str,
    at: datetime,
    username: str,
    action: str,
    entity: str | None,
    entity_id: int | None,
    details: dict[str, Any],
) -> str:
    payload = _canonical_json(
        {
            "previous": previous_hash,
            "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
            "user": username,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": details,
        }
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    clock: Clock,
    actor: Actor | str,
    action: str,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction.

    ``details`` must not carry health data or contact values: ids, counts and
    field names only, so the log can be shown to the patient it concerns.
    """
    username = actor if isinstance(actor, str) else actor.username
    details = dict(details or {})
    if session.get_bind().dialect.name == "postgresql":
        # Two desks must never extend the chain from the same link.  A server
        # engine's writing transaction holds this lock from BEGIN already (it is
        # re-entrant); taking it here keeps the chain whole on any connection.
        session.execute(text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_ID})"))
    previous = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    previous_hash = previous or GENESIS_HASH
    at = clock.now()
    event = AuditEvent(
        at=at,
        username=username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=details,
        previous_hash=previous_hash,
        hash=event_hash(previous_hash, at, username, action, entity, entity_id, details),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainReport:
    events_checked: int
    first_broken_id: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole log in order and stop at the first link that does not hold."""
    expected_previous = GENESIS_HASH
    checked = 0
    for event in _all_events(session):
        if event.previous_hash != expected_previous:
            return ChainReport(
                checked,
                event.id,
                f"audit event {event.id} does not follow the event before it "
                "(an event was removed or inserted)",
            )
        recomputed = event_hash(
            event.previous_hash,
            event.at,
            event.username,
            event.action,
            event.entity,
            event.entity_id,
            event.details,
        )
        if recomputed != event.hash:
            return ChainReport(
                checked, event.id, f"audit event {event.id} was altered after it was written"
            )
        expected_previous = event.hash
        checked += 1
    return ChainReport(checked)


def _all_events(session: Session) -> Iterator[AuditEvent]:
    # Closed when the walk stops at a broken link, not left to the garbage collector:
    # on PostgreSQL yield_per reads through a server-side cursor that must be closed.
    with session.scalars(
        select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=1000)
    ) as events:
        yield from events


def events_for(session: Session, actor: Actor, entity: str, entity_id: int) -> list[AuditEvent]:
    """Who did what to one record, oldest first (e.g. who opened a patient's file)."""
    actor.require(Permission.VIEW_AUDIT)
    return list(
        session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
            .order_by(AuditEvent.id)
        )
    )
