"""`verify` from the command line, run in the process on either engine: every check it
runs leaves one ``integrity.checked`` audit event, a failed one too."""

from __future__ import annotations

import io
from typing import Any

import pytest
from sqlalchemy import select, text

from app import audit, maintenance
from app.cli import build_parser, run
from app.practice import FileDatabase, PracticeDatabase, ServerDatabase
from db.models import AuditEvent
from tests.helpers.fixtures import CliTarget
from tests.helpers.sqlcipher_pages import damage_table


def _relais(target: CliTarget, clock, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    parsed = build_parser().parse_args([*args, "--db", target.db])
    code = run(parsed, out=out, err=err, environ=target.environ, clock=clock)
    return code, out.getvalue(), err.getvalue()


def _checks_recorded(database: PracticeDatabase) -> list[tuple[str, dict[str, Any]]]:
    with database.read_session() as session:
        return [
            (event.username, event.details)
            for event in session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == maintenance.INTEGRITY_CHECKED)
                .order_by(AuditEvent.id)
            )
        ]


def _kind(database: PracticeDatabase) -> str:
    return "server" if isinstance(database, ServerDatabase) else "file"


def _remove_an_audit_event(database: PracticeDatabase, clock) -> None:
    """What someone with the key (or the database's owner) could do behind Relais's back."""
    with database.transaction() as session:
        removed = audit.record(session, clock, "admin", "practice.opened").id
        audit.record(session, clock, "admin", "practice.opened")  # the one that tells
    with database.transaction() as session:
        if isinstance(database, ServerDatabase):
            # Put back at once: the next test on this worker's database needs its guard.
            session.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only"))
            session.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": removed})
            session.execute(text("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only"))
        else:
            session.execute(text("DROP TRIGGER audit_event_no_delete"))
            session.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": removed})


def test_each_verify_on_the_command_line_is_recorded(database, cli_target, clock) -> None:
    checks = list(
        maintenance.SERVER_CHECKS if _kind(database) == "server" else maintenance.FILE_CHECKS
    )
    for times in (1, 2):
        code, said, err = _relais(cli_target, clock, "verify")
        assert (code, err) == (0, ""), said
        assert said.startswith("OK ")
        assert "NOTE" not in said
        recorded = _checks_recorded(database)
        assert len(recorded) == times
        username, details = recorded[-1]
        assert username == "admin"
        assert details == {
            "database": _kind(database),
            "checks": checks,
            "run_by": "command",
            "ok": True,
            "problems": 0,
            "audit_events": details["audit_events"],
        }
        assert details["audit_events"] >= 1
    with database.read_session() as session:
        assert audit.verify_chain(session).intact


def test_a_failed_verify_is_recorded_too(database, cli_target, clock) -> None:
    _remove_an_audit_event(database, clock)
    code, said, err = _relais(cli_target, clock, "verify")
    assert code == 1
    assert said.startswith("FAIL audit log: audit event ")
    assert "NOTE" not in said
    assert err.count("\n") == 1
    assert "failed verification" in err
    [(username, details)] = _checks_recorded(database)
    assert username == "admin"
    assert (details["ok"], details["problems"]) == (False, 1)


@pytest.mark.file_only  # only a file opens with the recovery key
def test_a_verify_opened_with_the_recovery_key_says_so_in_the_log(
    database, cli_target, clock, tmp_path
) -> None:
    assert isinstance(database, FileDatabase)
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(database.data_key.recovery_text + "\n", encoding="utf-8")
    code, _said, err = _relais(cli_target, clock, "verify", "--recovery-key-file", str(key_file))
    assert (code, err) == (0, "")
    [(username, details)] = _checks_recorded(database)
    assert username == maintenance.RECOVERY_KEY_ACTOR
    assert details["ok"] is True


@pytest.mark.file_only  # breaks the file's pages
def test_a_file_too_damaged_to_take_the_event_is_reported_as_before(
    database, cli_target, clock, db_path
) -> None:
    root = damage_table(database, "audit_event")

    code, said, err = _relais(cli_target, clock, "verify")
    assert code == 1
    lines = said.splitlines()
    assert lines[0] == (
        "NOTE this check could not be written to the audit log: database disk image is malformed"
    )
    assert lines[1].startswith(f"FAIL encryption check: HMAC verification failed for page {root}")
    assert err.startswith("relais verify: error: practice.relais failed verification: ")
    assert err.count("\n") == 1  # one line, no traceback
