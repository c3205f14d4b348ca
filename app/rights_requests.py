"""The register of data-rights requests (GDPR Art. 12 and 15-21).

Each request is recorded when it arrives, is due one month later (Art.
12(3)), may be extended once by two more months with a reason, and is closed
with an outcome; a refusal must say why (Art. 12(4)).  The register is what
a practice shows the CNIL to prove it answers on time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, NotFound, RelaisError, ValidationError
from app.settings import load_practice
from db.models import Patient, RequestKind, RequestOutcome, RightsRequest

RESPONSE_TIME = relativedelta(months=1)
LONGEST_EXTENSION = relativedelta(months=3)
RECEIVED_VIA = ("desk", "letter", "email", "phone")
TEXT_LIMIT = 2000
REASON_LIMIT = 500


class RequestClosed(RelaisError):
    """The request was already answered; the register keeps the answer as it was given."""


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register as a screen or a command shows it."""

    id: int
    patient_id: int
    patient_name: str
    kind: RequestKind
    received_on: date
    received_via: str
    deadline: date
    extended: bool
    answered_on: date | None
    outcome: RequestOutcome | None
    notes: str | None

    @property
    def is_open(self) -> bool:
        return self.answered_on is None

    def days_left(self, today: date) -> int:
        """Days until the deadline; negative once it has passed."""
        return (self.deadline - today).days

    def overdue(self, today: date) -> bool:
        return self.is_open and today > self.deadline

    def answered_late(self) -> bool:
        return self.answered_on is not None and self.answered_on > self.deadline


def due_on(received_on: date) -> date:
    """One month after receipt; 31 January is due on the last day of February."""
    return received_on + RESPONSE_TIME


def _text(value: str | None, field: str, limit: int, errors: list[FieldError]) -> str | None:
    cleaned = (value or "").strip()
    if len(cleaned) > limit:
        errors.append(FieldError(field, f"at most {limit} characters", "too_long"))
    return cleaned or None


def _get(session: Session, request_id: int) -> RightsRequest:
    request = session.get(RightsRequest, request_id)
    if request is None:
        raise NotFound(f"No request with number {request_id} in the register.")
    return request


def _still_open(session: Session, request_id: int) -> RightsRequest:
    request = _get(session, request_id)
    if request.answered_on is not None:
        raise RequestClosed(f"Request {request_id} was answered on {request.answered_on}.")
    return request


def open_request(
    session: Session,
    clock: Clock,
    actor: Actor,
    patient_id: int,
    kind: RequestKind,
    received_on: date,
    received_via: str,
    notes: str | None = None,
) -> RightsRequest:
    """Record a request the day it arrives; its deadline is set from the day of receipt."""
    actor.require(Permission.EDIT_PATIENTS)
    if session.get(Patient, patient_id) is None:
        raise NotFound(f"No patient with id {patient_id}.")
    errors: list[FieldError] = []
    today = load_practice(session).today(clock)
    if received_on > today:
        errors.append(FieldError("received_on", "cannot be in the future", "future"))
    if received_via not in RECEIVED_VIA:
        errors.append(
            FieldError("received_via", f"one of {', '.join(RECEIVED_VIA)}", "via_unknown")
        )
    cleaned = _text(notes, "notes", TEXT_LIMIT, errors)
    if errors:
        raise ValidationError(errors)
    request = RightsRequest(
        patient_id=patient_id,
        kind=kind,
        received_on=received_on,
        received_via=received_via,
        due_on=due_on(received_on),
        notes=cleaned,
        recorded_at=clock.now(),
        recorded_by=actor.username,
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        clock,
        actor,
        "request.opened",
        entity="rights_request",
        entity_id=request.id,
        details={"kind": kind.value, "patient_id": patient_id},
    )
    return request


def extend(
    session: Session, clock: Clock, actor: Actor, request_id: int, reason: str
) -> RightsRequest:
    """Push the deadline to three months after receipt, once, before the first one passes."""
    actor.require(Permission.VIEW_AUDIT)
    request = _still_open(session, request_id)
    errors: list[FieldError] = []
    cleaned = _text(reason, "reason", REASON_LIMIT, errors)
    if cleaned is None:
        errors.append(
            FieldError("reason", "say why (the patient must be told within a month)", "required")
        )
    if request.extended_to is not None:
        errors.append(FieldError("reason", "a request can be extended only once", "twice"))
    elif load_practice(session).today(clock) > request.due_on:
        errors.append(
            FieldError("reason", "the one-month deadline has passed; answer now", "too_late")
        )
    if errors:
        raise ValidationError(errors)
    request.extended_to = request.received_on + LONGEST_EXTENSION
    request.extension_reason = cleaned
    audit.record(
        session, clock, actor, "request.extended", entity="rights_request", entity_id=request.id
    )
    return request


def answer(
    session: Session,
    clock: Clock,
    actor: Actor,
    request_id: int,
    outcome: RequestOutcome,
    text: str | None = None,
) -> RightsRequest:
    """Close a request with its outcome, dated today at the practice."""
    actor.require(Permission.VIEW_AUDIT)
    request = _still_open(session, request_id)
    errors: list[FieldError] = []
    cleaned = _text(text, "answer", TEXT_LIMIT, errors)
    if outcome in (RequestOutcome.REFUSED, RequestOutcome.PARTLY_FULFILLED) and cleaned is None:
        errors.append(
            FieldError("answer", "say why: the patient must be given the reasons", "required")
        )
    if errors:
        raise ValidationError(errors)
    request.answered_on = load_practice(session).today(clock)
    request.answered_by = actor.username
    request.outcome = outcome
    request.answer = cleaned
    audit.record(
        session,
        clock,
        actor,
        "request.answered",
        entity="rights_request",
        entity_id=request.id,
        details={"outcome": outcome.value},
    )
    return request


def register(
    session: Session, *, open_only: bool = False, patient_id: int | None = None
) -> list[RegisterRow]:
    """The register, the nearest deadline first, then the answered ones, newest first."""
    query = select(RightsRequest, Patient.last_name, Patient.first_name).join(
        Patient, Patient.id == RightsRequest.patient_id
    )
    if open_only:
        query = query.where(RightsRequest.answered_on.is_(None))
    if patient_id is not None:
        query = query.where(RightsRequest.patient_id == patient_id)
    rows = [
        RegisterRow(
            id=request.id,
            patient_id=request.patient_id,
            patient_name=f"{last.upper()} {first}".strip(),
            kind=request.kind,
            received_on=request.received_on,
            received_via=request.received_via,
            deadline=request.extended_to or request.due_on,
            extended=request.extended_to is not None,
            answered_on=request.answered_on,
            outcome=request.outcome,
            notes=request.notes,
        )
        for request, last, first in session.execute(query)
    ]
    open_rows = sorted((r for r in rows if r.is_open), key=lambda r: (r.deadline, r.id))
    closed = sorted(
        (r for r in rows if not r.is_open),
        key=lambda r: (r.answered_on or date.min, r.id),
        reverse=True,
    )
    return open_rows + closed


def overdue(session: Session, clock: Clock) -> list[RegisterRow]:
    """Open requests whose deadline has passed: what the Today view must not let slip."""
    today = load_practice(session).today(clock)
    return [row for row in register(session, open_only=True) if row.overdue(today)]
