from __future__ import annotations

from sqlalchemy import select

from app import audit
from app.access import Permission
from db.models import AuditEvent


def test_events_chain_to_each_other(practice, clock) -> None:
    database, admin = practice
    with database.transaction() as session:
        first = audit.record(session, clock, admin, "test.one", details={"n": 1})
        second = audit.record(session, clock, admin, "test.two", entity="patient", entity_id=7)
    assert second.previous_hash == first.hash
    with database.read_session() as session:
        report = audit.verify_chain(session)
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    assert report.intact
    assert report.events_checked == len(events)
    assert events[0].previous_hash == audit.GENESIS_HASH


def test_reads_of_a_record_are_listed_for_that_record(practice, clock) -> None:
    database, admin = practice
    assert admin.can(Permission.VIEW_AUDIT)
    with database.transaction() as session:
        audit.record(session, clock, admin, "patient.read", entity="patient", entity_id=3)
        audit.record(session, clock, admin, "patient.read", entity="patient", entity_id=4)
        events = audit.events_for(session, admin, "patient", 3)
    assert [(e.action, e.entity_id, e.username) for e in events] == [("patient.read", 3, "admin")]
