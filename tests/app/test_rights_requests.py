"""The register of data-rights requests: deadlines, extension, answers, overdue list."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app import rights_requests
from app.access import Actor
from app.clock import FixedClock
from app.errors import PermissionDenied, ValidationError
from app.patients import PatientData, insert_many
from db.models import AuditEvent, RequestKind, RequestOutcome, Role

NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)


@pytest.fixture
def patient_id(database, clock) -> int:
    with database.transaction() as session:
        (pid,) = insert_many(
            session, clock.now(), [PatientData("Dupont", "Hélène", date(1948, 3, 2))]
        )
    return pid


def _open(database, clock, actor, pid, received=date(2026, 11, 20), **extra):
    with database.transaction() as session:
        return rights_requests.open_request(
            session, clock, actor, pid, extra.pop("kind", RequestKind.ACCESS), received,
            extra.pop("via", "desk"), **extra,
        ).id  # fmt: skip


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 11, 20), date(2026, 12, 20)),
        (date(2027, 1, 31), date(2027, 2, 28)),  # no 31 February: the month's last day
        (date(2028, 1, 31), date(2028, 2, 29)),
        (date(2026, 12, 15), date(2027, 1, 15)),
    ],
)
def test_a_request_is_due_one_month_after_it_arrives(received, due) -> None:
    assert rights_requests.due_on(received) == due


def test_a_receptionist_records_a_request_and_the_register_shows_it(
    database, clock, patient_id
) -> None:
    request_id = _open(database, clock, NADIA, patient_id, notes="asked at the desk")
    with database.read_session() as session:
        (row,) = rights_requests.register(session)
        opened = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "request.opened")
        ).one()
    assert (row.id, row.patient_name, row.kind, row.deadline) == (
        request_id,
        "DUPONT Hélène",
        RequestKind.ACCESS,
        date(2026, 12, 20),
    )
    assert row.is_open
    assert row.days_left(date(2026, 11, 28)) == 22
    assert (opened.username, opened.entity_id) == ("nadia", request_id)
    assert "desk" not in str(opened.details)  # the notes stay out of the audit log


def test_bad_input_is_refused_field_by_field_and_nothing_is_recorded(
    database, clock, patient_id
) -> None:
    with pytest.raises(ValidationError) as caught:
        _open(database, clock, NADIA, patient_id, received=date(2026, 12, 1), via="pigeon")
    assert {e.field for e in caught.value.errors} == {"received_on", "received_via"}
    with database.read_session() as session:
        assert rights_requests.register(session) == []


def test_only_a_manager_extends_or_answers(database, clock, patient_id) -> None:
    request_id = _open(database, clock, NADIA, patient_id)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        rights_requests.answer(session, clock, NADIA, request_id, RequestOutcome.FULFILLED)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        rights_requests.extend(session, clock, NADIA, request_id, "complex")


def test_an_extension_needs_a_reason_happens_once_and_gives_three_months(
    database, clock, admin, patient_id
) -> None:
    request_id = _open(database, clock, admin, patient_id)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        rights_requests.extend(session, clock, admin, request_id, "  ")
    assert caught.value.errors[0].code == "required"
    with database.transaction() as session:
        rights_requests.extend(session, clock, admin, request_id, "records on paper")
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        rights_requests.extend(session, clock, admin, request_id, "again")
    assert caught.value.errors[0].code == "twice"
    with database.read_session() as session:
        (row,) = rights_requests.register(session)
    assert (row.deadline, row.extended) == (date(2027, 2, 20), True)


def test_too_late_to_extend_once_the_month_has_passed(database, admin, patient_id) -> None:
    received = FixedClock(datetime(2026, 10, 1, 9, tzinfo=UTC))
    request_id = _open(database, received, admin, patient_id, received=date(2026, 10, 1))
    later = FixedClock(datetime(2026, 11, 28, 9, tzinfo=UTC))
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        rights_requests.extend(session, later, admin, request_id, "complex")
    assert caught.value.errors[0].code == "too_late"
    with database.read_session() as session:
        assert [r.id for r in rights_requests.overdue(session, later)] == [request_id]


def test_an_answer_closes_the_request_once_and_a_refusal_says_why(
    database, clock, admin, patient_id
) -> None:
    first = _open(database, clock, admin, patient_id)
    second = _open(database, clock, admin, patient_id, kind=RequestKind.ERASURE)
    with database.transaction() as session, pytest.raises(ValidationError):
        rights_requests.answer(session, clock, admin, second, RequestOutcome.REFUSED, "")
    with database.transaction() as session:
        rights_requests.answer(session, clock, admin, first, RequestOutcome.FULFILLED)
        rights_requests.answer(
            session, clock, admin, second, RequestOutcome.REFUSED, "records kept 20 years by law"
        )
    with database.transaction() as session, pytest.raises(rights_requests.RequestClosed):
        rights_requests.answer(session, clock, admin, first, RequestOutcome.REFUSED, "no")
    with database.read_session() as session:
        rows = rights_requests.register(session)
        assert rights_requests.register(session, open_only=True) == []
    assert {(r.id, r.outcome, r.answered_on) for r in rows} == {
        (first, RequestOutcome.FULFILLED, date(2026, 11, 28)),
        (second, RequestOutcome.REFUSED, date(2026, 11, 28)),
    }
    assert not any(r.answered_late() for r in rows)


def test_the_register_lists_the_nearest_deadline_first(database, admin, patient_id) -> None:
    clock = FixedClock(datetime(2026, 11, 28, 9, tzinfo=UTC))
    late = _open(database, clock, admin, patient_id, received=date(2026, 11, 25))
    early = _open(database, clock, admin, patient_id, received=date(2026, 11, 2))
    overdue = _open(database, clock, admin, patient_id, received=date(2026, 10, 20))
    with database.read_session() as session:
        rows = rights_requests.register(session)
        assert [r.id for r in rights_requests.overdue(session, clock)] == [overdue]
    assert [r.id for r in rows] == [overdue, early, late]
