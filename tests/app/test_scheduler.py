"""The night's work on either engine: its integrity check is recorded in the audit log,
once per night however many desks run the job."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from app import audit, locks, maintenance, practice, scheduler
from app.access import Actor
from app.practice import PracticeDatabase, ServerDatabase
from app.settings import PracticeSettings
from db.models import AuditEvent
from tests.helpers import people
from tests.helpers.fixtures import ADMIN_PASSWORD
from tests.helpers.sqlcipher_pages import damage_table


def _checks_recorded(database: PracticeDatabase) -> list[AuditEvent]:
    with database.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == maintenance.INTEGRITY_CHECKED)
                .order_by(AuditEvent.id)
            )
        )


def test_the_nightly_check_is_recorded(database, admin, clock) -> None:
    on_server = isinstance(database, ServerDatabase)
    scheduler.nightly(database, clock, admin)
    [event] = _checks_recorded(database)
    assert (event.username, event.at) == (admin.username, clock.now())
    assert event.details == {
        "database": "server" if on_server else "file",
        "checks": list(maintenance.SERVER_CHECKS if on_server else maintenance.FILE_CHECKS),
        "run_by": "nightly",
        "ok": True,
        "problems": 0,
        "audit_events": event.details["audit_events"],
    }
    # Checked after the night's other work: its events are in the count.
    with database.read_session() as session:
        chain = audit.verify_chain(session)
    assert chain.intact
    assert event.details["audit_events"] == chain.events_checked - 1

    clock.advance(days=1)
    scheduler.nightly(database, clock, admin)
    assert len(_checks_recorded(database)) == 2


@pytest.fixture
def server_practice(postgres_database: URL, clock) -> Iterator[tuple[ServerDatabase, Actor]]:
    database, actor = practice.create_server_practice(
        postgres_database,
        clock,
        admin_username="admin",
        admin_full_name="Alice Admin",
        admin_password=ADMIN_PASSWORD,
        practice=PracticeSettings(name="Maison de santé des Tilleuls"),
    )
    yield database, actor
    database.close()


def test_a_desk_that_finds_the_night_taken_records_no_check(server_practice, clock) -> None:
    database, admin = server_practice
    with locks.advisory(database.engine, locks.NIGHTLY_LOCK_ID):  # another desk at work
        assert scheduler.nightly(database, clock, admin) is None
    assert _checks_recorded(database) == []
    scheduler.nightly(database, clock, admin)  # the desk that does the night's work
    assert len(_checks_recorded(database)) == 1


@pytest.mark.file_only  # breaks the file's pages
def test_a_night_whose_backup_fails_on_a_damaged_file_still_records_the_failed_check(
    database, admin, db_path, clock
) -> None:
    with database.transaction() as session:
        people.add(
            session,
            clock.now(),
            *(people.texting(f"Zqx{n}", date(1950, 1, 1), n) for n in range(20)),
        )
    key = database.data_key
    damage_table(database, "patient")

    damaged = practice.open_with_key(db_path, key)
    try:
        with pytest.raises(Exception, match=r"malformed|HMAC|failed its checks"):
            scheduler.nightly(damaged, clock, admin)
        [event] = _checks_recorded(damaged)
    finally:
        damaged.close()
    assert event.details["ok"] is False
    assert event.details["problems"] >= 1
    assert event.details["run_by"] == "nightly"
