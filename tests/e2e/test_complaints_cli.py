"""The complaints register from the command line: real processes on a real database.

Each command says what it did in one line; a mistake is one located line on
stderr with a non-zero exit, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_cli import relais

# Tuesday 10 November 2026: Wednesday 11 is Armistice Day, so the acknowledgement
# is due Friday 13 and the answer (30 days) on 10 December.
RECEIVED = "2026-11-10"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cabinet.relais"
    created = relais("init", "--db", str(path), "--practice", "Cabinet des Tilleuls")
    assert created.returncode == 0, created.stderr
    return path


def _one_line_error(*args: str) -> str:
    done = relais(*args)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def test_a_complaint_from_arrival_to_closing(db: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "one.csv"
    csv_file.write_text("Nom;Prénom;Date de naissance\nQuiroz;Ana;01/02/1960\n")
    assert relais("import", "--db", str(db), str(csv_file)).returncode == 0
    added = relais(
        "complaint", "add", "--db", str(db), "--received", RECEIVED, "--channel", "letter",
        "--category", "waiting", "--from", "Mme Quiroz", "--patient", "1",
        "--description", "Waited two hours without a word",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == (
        "Complaint 1 recorded; acknowledge by 2026-11-13, answer by 2026-12-10."
    )
    listed = relais("complaint", "list", "--db", str(db), "--open")
    (line,) = listed.stdout.splitlines()
    assert line.startswith("1\treceived 2026-11-10\tletter\twaiting\tpatient 1\treceived\t")
    assert "ACKNOWLEDGE OVERDUE by" in line  # the real clock is past 13 November 2026
    assert "Waited" not in listed.stdout  # the description stays in the register's screen
    overdue = relais("complaint", "list", "--db", str(db), "--overdue")
    assert "acknowledge overdue by" in overdue.stdout
    assert "(due 2026-11-13)" in overdue.stdout

    acked = relais("complaint", "ack", "1", "--db", str(db), "--on", "2026-11-12")
    assert acked.returncode == 0, acked.stderr
    assert acked.stdout.strip() == ("Complaint 1 acknowledged on 2026-11-12; answer by 2026-12-10.")
    assert "already acknowledged on 2026-11-12" in _one_line_error(
        "complaint", "ack", "1", "--db", str(db)
    )
    assert "complaint close needs --lessons" in _one_line_error(
        "complaint", "close", "1", "--db", str(db)
    )
    assert "not answered yet" in _one_line_error(
        "complaint", "close", "1", "--db", str(db), "--lessons", "Call the waiting room"
    )
    answered = relais(
        "complaint", "answer", "1", "--db", str(db), "--outcome", "upheld",
        "--answer", "We apologised and now tell patients of delays",
    )  # fmt: skip
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout.strip() == "Complaint 1 answered: upheld."
    closed = relais(
        "complaint", "close", "1", "--db", str(db), "--lessons", "Announce delays over 20 min"
    )
    assert closed.returncode == 0, closed.stderr
    assert relais("complaint", "list", "--db", str(db), "--open").stdout == ""
    everything = relais("complaint", "list", "--db", str(db)).stdout
    assert "\tclosed\tanswered " in everything
    assert "(upheld), closed " in everything


def test_mistakes_are_located_in_one_line_and_nothing_is_written(db: Path) -> None:
    base = ("complaint", "add", "--db", str(db), "--from", "anonymous", "--description", "x")
    assert "--channel 'pigeon': use one of letter, email, phone" in _one_line_error(
        *base, "--channel", "pigeon", "--category", "care"
    )
    assert "complaint add needs --category" in _one_line_error(*base, "--channel", "phone")
    assert "received_on: cannot be in the future" in _one_line_error(
        *base, "--channel", "phone", "--category", "care", "--received", "2999-01-01"
    )
    assert "patient_id: no patient with id 7" in _one_line_error(
        *base, "--channel", "phone", "--category", "care", "--patient", "7"
    )
    assert "complaint ack needs the complaint's number" in _one_line_error(
        "complaint", "ack", "--db", str(db)
    )
    assert "No complaint with number 5" in _one_line_error("complaint", "ack", "5", "--db", str(db))
    assert "--outcome 'yes': use one of upheld" in _one_line_error(
        "complaint", "answer", "5", "--db", str(db), "--outcome", "yes", "--answer", "ok"
    )
    assert relais("complaint", "list", "--db", str(db)).stdout == ""


def test_the_delays_are_a_setting_checked_before_they_are_kept(db: Path) -> None:
    shown = relais("complaint", "delays", "--db", str(db))
    assert shown.stdout.strip() == (
        "Complaints are acknowledged within 2 working days and answered within 30 days of receipt."
    )
    assert "answer_days: between 7 and 90 days" in _one_line_error(
        "complaint", "delays", "--db", str(db), "--answer-days", "200"
    )
    changed = relais("complaint", "delays", "--db", str(db), "--answer-days", "21")
    assert changed.returncode == 0, changed.stderr
    assert "within 2 working days and answered within 21 days" in changed.stdout
    added = relais(
        "complaint", "add", "--db", str(db), "--received", RECEIVED, "--channel", "email",
        "--category", "messages", "--from", "anonymous", "--description", "Too many SMS",
    )  # fmt: skip
    assert added.stdout.strip() == (
        "Complaint 1 recorded; acknowledge by 2026-11-13, answer by 2026-12-01."
    )
