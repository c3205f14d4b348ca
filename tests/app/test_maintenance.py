"""verify, backup and restore on real encrypted files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import audit, maintenance, patients
from app.access import Actor
from app.clock import FixedClock
from app.errors import PermissionDenied, RelaisError
from app.practice import PracticeDatabase, open_with_key, sign_in
from db.errors import DatabaseError, DatabaseInUseError
from db.keys import DataKey, KeyFile
from db.models import AuditEvent, Role
from tests.helpers.fixtures import ADMIN_PASSWORD
from tests.helpers.sqlcipher_pages import damage_table

pytestmark = pytest.mark.file_only  # the encrypted file itself: keys, pages, backups


def _fill(database: PracticeDatabase, clock: FixedClock, admin: Actor, count: int = 30) -> None:
    with database.transaction() as session:
        for i in range(count):
            data = patients.validate(
                patients.PatientForm(
                    last_name=f"Martin{chr(97 + i % 26)}",
                    first_name="Élodie",
                    birth_date="03/04/1961",
                    mobile=f"06 12 34 {i % 100:02d} 78",
                ),
                "FR",
                date(2026, 11, 28),
            )
            patients.create_patient(session, clock, admin, data)


def test_verify_passes_on_a_healthy_database(practice, db_path, clock) -> None:
    database, admin = practice
    _fill(database, clock, admin)
    report = maintenance.verify(db_path, database.data_key)
    assert report.ok, report.problems
    assert report.audit_events >= 32


def test_three_overwritten_bytes_are_reported(practice, db_path, clock) -> None:
    database, admin = practice
    _fill(database, clock, admin, 200)
    key = database.data_key
    database.close()
    content = bytearray(db_path.read_bytes())
    middle = len(content) // 2
    content[middle : middle + 3] = bytes(b ^ 0xFF for b in content[middle : middle + 3])
    db_path.write_bytes(bytes(content))

    report = maintenance.verify(db_path, key)
    assert not report.ok
    page = middle // 4096 + 1
    assert f"HMAC verification failed for page {page}" in report.problems[0]


def test_an_edited_audit_row_is_named_by_verify(practice, db_path, clock) -> None:
    database, admin = practice
    _fill(database, clock, admin, 5)
    with database.session() as session:
        victim = session.execute(
            text(
                "SELECT id FROM audit_event WHERE action = 'patient.created' "
                "ORDER BY id LIMIT 1 OFFSET 2"
            )
        ).scalar_one()
    # The table refuses edits through the application...
    with pytest.raises(Exception, match="append-only"), database.transaction() as session:
        session.execute(
            text("UPDATE audit_event SET username = 'x' WHERE id = :id"), {"id": victim}
        )
    # ...so an attacker with the key drops the trigger first; the chain still tells.
    with database.transaction() as session:
        session.execute(text("DROP TRIGGER audit_event_no_update"))
        session.execute(
            text("UPDATE audit_event SET username = 'someone-else' WHERE id = :id"), {"id": victim}
        )
    report = maintenance.verify(db_path, database.data_key)
    assert report.problems == [f"audit log: audit event {victim} was altered after it was written"]


def test_a_removed_audit_row_is_named_by_verify(practice, db_path, clock) -> None:
    database, admin = practice
    _fill(database, clock, admin, 5)
    with database.transaction() as session:
        session.execute(text("DROP TRIGGER audit_event_no_delete"))
        session.execute(text("DELETE FROM audit_event WHERE id = 4"))
    report = maintenance.verify(db_path, database.data_key)
    assert report.problems == [
        "audit log: audit event 5 does not follow the event before it "
        "(an event was removed or inserted)"
    ]


def test_backup_restores_to_an_identical_database_with_the_same_logins(
    practice, db_path, clock, tmp_path: Path
) -> None:
    database, admin = practice
    _fill(database, clock, admin, 50)
    out = tmp_path / "backups" / "monday.relais-backup"
    out.parent.mkdir()
    before = maintenance.dump_tables(database.engine)
    with database.transaction() as session:
        report = maintenance.backup(
            database.engine, db_path, database.data_key, out, session, clock, admin
        )
    assert report.table_rows["patient"] == 50
    database.close()

    target = tmp_path / "restored" / "practice.relais"
    target.parent.mkdir()
    keys = maintenance.read_backup_keys(out)
    restored = maintenance.restore(out, target, keys.unwrap("admin", ADMIN_PASSWORD), clock.now())
    assert restored.previous_kept_as is None

    copy = open_with_key(
        target, KeyFile.load(KeyFile.path_for(target)).unwrap("admin", ADMIN_PASSWORD)
    )
    after = maintenance.dump_tables(copy.engine)
    copy.close()
    assert after == before
    assert maintenance.verify(target, keys.unwrap("admin", ADMIN_PASSWORD)).ok
    again, actor = sign_in(target, "admin", ADMIN_PASSWORD, clock)  # the same logins work
    again.close()
    assert actor.role is Role.ADMIN


def test_restore_over_an_existing_database_keeps_the_old_one(
    practice, db_path, clock, tmp_path: Path
) -> None:
    database, admin = practice
    out = tmp_path / "b.relais-backup"
    with database.transaction() as session:
        maintenance.backup(database.engine, db_path, database.data_key, out, session, clock, admin)
    _fill(database, clock, admin, 3)  # after the backup: these must survive in the kept copy
    key = database.data_key
    database.close()

    report = maintenance.restore(out, db_path, key, clock.now())
    assert report.previous_kept_as is not None
    kept = open_with_key(report.previous_kept_as, key)
    restored = open_with_key(db_path, key)
    try:
        assert maintenance.dump_tables(kept.engine)["patient"] != []
        assert maintenance.dump_tables(restored.engine)["patient"] == []
    finally:
        kept.close()
        restored.close()


def test_restore_refuses_an_open_database(practice, db_path, clock, tmp_path: Path) -> None:
    database, admin = practice
    out = tmp_path / "b.relais-backup"
    with database.transaction() as session:
        maintenance.backup(database.engine, db_path, database.data_key, out, session, clock, admin)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseInUseError, match="is open"):
        maintenance.restore(out, db_path, database.data_key, clock.now())
    assert db_path.read_bytes() == before


def test_backup_refuses_to_overwrite_and_needs_the_backup_permission(
    practice, db_path, clock, tmp_path: Path
) -> None:
    database, _admin = practice
    existing = tmp_path / "exists.relais-backup"
    existing.write_bytes(b"keep me")
    receptionist = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    with database.transaction() as session:
        with pytest.raises(PermissionDenied):
            maintenance.backup(
                database.engine,
                db_path,
                database.data_key,
                tmp_path / "new.relais-backup",
                session,
                clock,
                receptionist,
            )
        with pytest.raises(RelaisError, match="already exists"):
            maintenance.backup(
                database.engine, db_path, database.data_key, existing, session, clock, _admin
            )
    assert existing.read_bytes() == b"keep me"


def test_a_damaged_backup_is_refused_before_anything_is_replaced(
    practice, db_path, clock, tmp_path: Path
) -> None:
    database, admin = practice
    out = tmp_path / "b.relais-backup"
    with database.transaction() as session:
        maintenance.backup(database.engine, db_path, database.data_key, out, session, clock, admin)
    key = database.data_key
    database.close()
    content = bytearray(out.read_bytes())
    content[len(content) // 2] ^= 0xFF
    out.write_bytes(bytes(content))
    before = db_path.read_bytes()
    with pytest.raises(RelaisError, match="damaged"):
        maintenance.restore(out, db_path, key, clock.now())
    assert db_path.read_bytes() == before


# -- every check leaves one audit event ---------------------------------------------------


def _checks_recorded(database: PracticeDatabase) -> list[AuditEvent]:
    with database.read_session() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == maintenance.INTEGRITY_CHECKED)
                .order_by(AuditEvent.id)
            )
        )


def test_a_check_leaves_one_event_with_what_was_checked_and_counts_only(
    practice, db_path, clock
) -> None:
    database, admin = practice
    _fill(database, clock, admin, 3)
    maintenance.verify(db_path, database.data_key)
    assert _checks_recorded(database) == []  # the check itself only reads

    report = maintenance.verify_and_record(
        db_path, database.data_key, clock, "admin", maintenance.COMMAND
    )
    assert report.ok, report.problems
    assert report.not_recorded is None
    [event] = _checks_recorded(database)
    assert (event.username, event.at, event.entity, event.entity_id) == (
        "admin",
        clock.now(),
        None,
        None,
    )
    assert event.details == {
        "database": "file",
        "checks": ["encryption", "integrity", "audit_chain"],
        "run_by": "command",
        "ok": True,
        "problems": 0,
        "audit_events": report.audit_events,
    }
    # The event is one more whole link of the chain.
    again = maintenance.verify(db_path, database.data_key)
    assert again.ok, again.problems
    assert again.audit_events == report.audit_events + 1


def test_a_failed_check_is_recorded_with_its_number_of_problems(practice, db_path, clock) -> None:
    database, admin = practice
    _fill(database, clock, admin, 5)
    with database.transaction() as session:
        session.execute(text("DROP TRIGGER audit_event_no_delete"))
        session.execute(text("DELETE FROM audit_event WHERE id = 4"))
    report = maintenance.verify_and_record(
        db_path, database.data_key, clock, admin, maintenance.NIGHTLY
    )
    assert len(report.problems) == 1
    assert report.not_recorded is None
    [event] = _checks_recorded(database)
    assert event.details["ok"] is False
    assert event.details["problems"] == 1
    assert event.details["run_by"] == "nightly"
    assert "audit event" not in str(event.details)  # counts, never the problem's words
    # The new link follows the last one: the chain is broken where it was, and only there.
    assert maintenance.verify(db_path, database.data_key).problems == report.problems


def test_a_database_too_damaged_to_take_the_event_still_reports_its_problems(
    practice, db_path, clock
) -> None:
    database, admin = practice
    _fill(database, clock, admin, 200)
    key = database.data_key
    root = damage_table(database, "audit_event")

    report = maintenance.verify_and_record(db_path, key, clock, "admin", maintenance.COMMAND)
    assert f"HMAC verification failed for page {root}" in report.problems[0]
    assert report.not_recorded is not None  # said, not raised
    assert report.not_recorded == "database disk image is malformed"


def test_a_key_that_does_not_open_the_file_writes_nothing(practice, db_path, clock) -> None:
    database, _admin = practice
    database.close()
    before = db_path.read_bytes()
    other_key = DataKey.generate()
    report = maintenance.verify_and_record(db_path, other_key, clock, "admin", maintenance.COMMAND)
    assert not report.ok
    assert report.not_recorded is not None
    assert "cannot be opened" in report.not_recorded
    assert db_path.read_bytes() == before


def test_checking_a_missing_file_makes_none(tmp_path: Path, clock) -> None:
    missing = tmp_path / "nowhere.relais"
    with pytest.raises(DatabaseError, match="There is no database"):
        maintenance.verify_and_record(
            missing, DataKey.generate(), clock, "admin", maintenance.COMMAND
        )
    assert not missing.exists()


def test_a_backup_that_fails_on_a_damaged_page_leaves_the_database_writable(
    practice, db_path, clock, tmp_path: Path
) -> None:
    database, admin = practice
    _fill(database, clock, admin, 30)
    key = database.data_key
    damage_table(database, "patient")

    damaged = open_with_key(db_path, key)
    try:
        with pytest.raises(Exception, match="malformed"), damaged.transaction() as session:
            maintenance.backup(
                damaged.engine, db_path, key, tmp_path / "b.relais-backup", session, clock, admin
            )
        # The connection the export failed on is not lent again: writes still go in.
        with damaged.transaction() as session:
            audit.record(session, clock, admin, "practice.opened")
    finally:
        damaged.close()
