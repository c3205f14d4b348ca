"""Recall programmes, one-off reminders, medication and tags from the command line.

Real processes on a real database, as a practitioner's script would run them:
each command says what it did in one line or a list, and a mistake is one
located line on stderr with a non-zero exit and nothing written.
"""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.clock import SystemClock
from app.practice import sign_in
from db.models import RecallProgramme, Reminder
from tests.e2e.test_cli import PASSWORD, relais

# The practice's day (Paris), as the command says it: between 23:00 and 00:00 UTC the
# machine's date is still yesterday's.
TODAY = datetime.now(ZoneInfo("Europe/Paris")).date()


@pytest.fixture
def practice(tmp_path: Path) -> Path:
    """A practice with three patients from a CSV with tags: two diabetic, one paper only."""
    db = tmp_path / "cabinet.relais"
    assert relais("init", "--db", str(db), "--practice", "Cabinet Roux").returncode == 0
    export = tmp_path / "patients.csv"
    export.write_bytes(
        "Nom;Prénom;Date de naissance;Portable;Adresse;Code postal;Ville;Papier;Étiquettes\r\n"
        "Lefèvre;Hélène;12/03/1948;06 12 34 56 78;3 rue des Lilas;69003;Lyon;non;Diabetes\r\n"
        "Martin;Luc;05/01/1950;;4 rue des Lilas;69003;Lyon;oui;diabetes, asthme\r\n"
        "Petit;Anne;01/09/1972;06 98 76 54 32;5 rue des Lilas;69003;Lyon;non;\r\n".encode("cp1252")
    )
    imported = relais("import", "--db", str(db), str(export))
    assert imported.returncode == 0, imported.stderr
    return db


def _ok(*args: str) -> subprocess.CompletedProcess[str]:
    done = relais(*args)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done


def _fails(*args: str) -> str:
    done = relais(*args)
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1, done.stderr  # one line
    return done.stderr


def _count(db: Path, model) -> int:
    database, _actor = sign_in(db, "admin", PASSWORD, SystemClock())
    try:
        with database.read_session() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        database.close()


PROGRAMME = (
    "--name", "Suivi diabète tous les 3 mois", "--tag", "diabetes",
    "--rrule", "FREQ=MONTHLY;INTERVAL=3",
    "--step", "sms:0", "--step", "letter:30", "--step", "phone:60",
    "--starts-on", (TODAY + timedelta(days=1)).isoformat(),
)  # fmt: skip


def test_a_programme_is_previewed_added_listed_done_and_stopped(practice: Path) -> None:
    db = str(practice)
    tags = _ok("tag", "list", "--db", db).stdout
    assert tags.splitlines() == ["asthme\t1", "diabetes\t2"]
    preview = _ok("programme", "preview", "--db", db, *PROGRAMME).stdout
    assert preview.startswith("2 patients, ")
    assert "LEFÈVRE Hélène" in preview
    assert "MARTIN Luc" in preview
    assert _count(practice, RecallProgramme) == 0  # a preview writes nothing
    added = _ok("programme", "add", "--db", db, *PROGRAMME).stdout
    assert "Programme 1 saved" in added
    listed = _ok("programme", "list", "--db", db).stdout
    assert "Suivi diabète tous les 3 mois\tactive\tscreening_recall\ttag diabetes" in listed
    assert "sms+0d → letter+30d → phone+60d" in listed
    assert "2 patients" in listed
    _ok("dispatch", "--db", db)  # the tick makes the reminders
    assert _count(practice, Reminder) >= 2
    done = _ok("programme", "done", "--db", db, "--id", "1", "--patient", "1").stdout
    assert f"Recall done for patient 1 on {TODAY}" in done
    stopped = _ok("programme", "stop", "--db", db, "--id", "1").stdout
    assert stopped.startswith("Programme 1 stopped; ")
    assert "\tstopped\t" in _ok("programme", "list", "--db", db).stdout


def test_programme_mistakes_are_one_located_line(practice: Path) -> None:
    db = str(practice)
    bad_rule = _fails(
        "programme", "add", "--db", db, "--name", "X", "--rrule", "FREQ=MONTHLY;INTERVAL=0",
        "--step", "sms:0",
    )  # fmt: skip
    assert "rrule: INTERVAL=0: a whole number from 1" in bad_rule
    order = _fails(
        "programme", "preview", "--db", db, "--name", "X", "--rrule", "FREQ=YEARLY",
        "--step", "sms:10", "--step", "letter:5",
    )  # fmt: skip
    assert "steps[2].offset_days: must come after step 1 (10 days)" in order
    missing = _fails("programme", "add", "--db", db, "--name", "X")
    assert "programme add needs --rrule and --step" in missing
    step = relais("programme", "add", "--db", db, "--step", "fax:3")
    assert step.returncode == 2  # argparse's own usage error
    assert "'fax:3' is not a step like sms:0" in step.stderr
    assert _count(practice, RecallProgramme) == 0


def test_one_off_reminders_from_the_command_line(practice: Path) -> None:
    db = str(practice)
    due = f"{TODAY.replace(year=TODAY.year + 1).isoformat()}T09:00+01:00"
    added = _ok(
        "remind", "add", "--db", db, "--patient", "1", "--purpose", "screening_recall",
        "--due", due, "--label", "résultats", "--channel", "email",
    ).stdout  # fmt: skip
    assert added.strip() == "Reminder 1 added."
    listed = _ok("remind", "list", "--db", db).stdout
    assert "patient 1 LEFÈVRE Hélène\tscreening_recall\temail\tactive\trésultats" in listed
    past = _fails(
        "remind", "add", "--db", db, "--patient", "1", "--purpose", "horoscope",
        "--due", "2020-01-01T09:00Z",
    )  # fmt: skip
    assert "due_at: must be in the future" in past
    assert "purpose_code: 'horoscope' is not a purpose" in past
    assert (
        "Reminder 1 cancelled."
        in _ok(
            "remind", "cancel", "--db", db, "--id", "1", "--reason", "donnés au téléphone"
        ).stdout
    )
    assert "\tcancelled\t" in _ok("remind", "list", "--db", db).stdout


def test_medication_and_tags_from_the_command_line(practice: Path) -> None:
    db = str(practice)
    added = _ok(
        "medication", "add", "--db", db, "--patient", "3", "--label", "renouvellement",
        "--rrule", "FREQ=MONTHLY", "--time", "09:00",
    ).stdout  # fmt: skip
    assert added.strip() == "Medication schedule 1 added."
    assert (
        "renouvellement\tFREQ=MONTHLY at 09:00"
        in _ok("medication", "list", "--db", db, "--patient", "3").stdout
    )
    bad = _fails(
        "medication", "add", "--db", db, "--patient", "3", "--label", "x",
        "--rrule", "FREQ=MINUTELY", "--time", "09:00",
    )  # fmt: skip
    assert "rrule: FREQ=MINUTELY: at most once a day" in bad
    assert "0 reminders cancelled" in _ok("medication", "stop", "--db", db, "--id", "1").stdout
    tagged = _ok("tag", "set", "--db", db, "--patient", "3", "--tag", "Asthme", "--tag", "hta")
    assert tagged.stdout.strip() == "Patient 3: asthme, hta."
    assert _ok("tag", "list", "--db", db, "--patient", "3").stdout.split() == ["asthme", "hta"]
    formula = _fails("tag", "set", "--db", db, "--patient", "3", "--tag", "=cmd")
    assert "tags: '=cmd' starts like a spreadsheet formula" in formula
    assert "no tags" in _ok("tag", "set", "--db", db, "--patient", "3").stdout
