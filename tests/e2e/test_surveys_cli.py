"""Satisfaction surveys from the command line: real processes on a real database.

Each command says what it did; a wrong answer or a mistyped reference is one
located line on stderr with a non-zero exit, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.clock import SystemClock
from app.practice import sign_in
from app.survey_form import reference_code
from tests.e2e.test_cli import PASSWORD, relais
from tests.helpers import ledger


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cabinet.relais"
    assert relais("init", "--db", str(path), "--practice", "Cabinet des Tilleuls").returncode == 0
    people = tmp_path / "people.csv"
    people.write_text("Nom;Prénom;Date de naissance\nQuiroz;Ana;01/02/1960\nRoux;Léo;03/04/1970\n")
    assert relais("import", "--db", str(path), str(people)).returncode == 0
    # Surveys are consent-based: both patients agreed at the desk (no command for that).
    database, admin = sign_in(path, "admin", PASSWORD, SystemClock())
    try:
        with database.transaction() as session:
            for pid in (1, 2):
                ledger.record(session, SystemClock(), admin, pid, "satisfaction_survey")
    finally:
        database.close()
    return path


def _one_line_error(*args: str) -> str:
    done = relais(*args)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def test_invite_list_and_answer_from_a_slip(db: Path) -> None:
    listed = relais("survey", "list", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0] == "At most one survey per patient per 90 days."
    assert lines[1].startswith("1\tVotre avis sur le cabinet et ses rappels\t0 asked, 0 answered")
    assert lines[1].endswith("questions: nps, useful, channel, timing, comment")

    invited = relais("survey", "invite", "--db", str(db), "--patients", "1,2,99")
    assert invited.returncode == 0, invited.stderr
    assert "skipped: patient 99: no such patient" in invited.stdout
    assert invited.stdout.splitlines()[-1].startswith("2 invited to survey 1 (due ")
    again = relais("survey", "invite", "--db", str(db), "--patients", "1")
    assert "skipped: patient 1: a survey is already on its way" in again.stdout

    code = reference_code(1, 1)
    answered = relais("survey", "answer", code, "nps=9", "timing=Au bon moment", "--db", str(db))
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout.strip() == "Invitation 1 (patient 1): 2 answers kept."
    same = relais("survey", "answer", code, "nps=9", "timing=2", "--db", str(db))
    assert same.stdout.strip() == "Invitation 1 (patient 1): 2 answers already kept as they are."

    assert "nps: 11 is not between 0 and 10" in _one_line_error(
        "survey", "answer", code, "nps=11", "--db", str(db)
    )
    typo = ("Z" if code[0] != "Z" else "Y") + code[1:]
    assert "does not check out" in _one_line_error(
        "survey", "answer", typo, "nps=9", "--db", str(db)
    )
    assert "answers are KEY=VALUE" in _one_line_error(
        "survey", "answer", code, "nps", "--db", str(db)
    )
    counted = relais("survey", "list", "--db", str(db)).stdout.splitlines()[1]
    assert "1 asked, 1 answered" in counted


def test_import_reports_each_bad_row_and_imports_the_others(db: Path, tmp_path: Path) -> None:
    assert relais("survey", "list", "--db", str(db)).returncode == 0  # the survey exists
    answers = tmp_path / "answers.csv"
    answers.write_text(
        f"reference,nps,comment\n{reference_code(1, 1)},10,Parfait\n{reference_code(1, 2)},11,\n",
        encoding="utf-8",
    )
    imported = relais("survey", "import", str(answers), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == [
        "row 3, column nps: 11 is not between 0 and 10",
        "2 rows: 1 imported, 0 unchanged, 1 rejected",
    ]
    again = relais("survey", "import", str(answers), "--db", str(db))
    assert again.stdout.splitlines()[-1] == "2 rows: 0 imported, 1 unchanged, 1 rejected"


def test_the_cap_is_shown_and_changed(db: Path) -> None:
    shown = relais("survey", "cap", "--db", str(db))
    assert shown.stdout.strip() == "At most one survey per patient per 90 days."
    changed = relais("survey", "cap", "120", "--db", str(db))
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip() == "At most one survey per patient per 120 days."
    assert "cap_days: between 7 and 730 days" in _one_line_error(
        "survey", "cap", "2", "--db", str(db)
    )
    assert relais("survey", "list", "--db", str(db)).stdout.startswith(
        "At most one survey per patient per 120 days."
    )
