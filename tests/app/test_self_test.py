"""``relais --self-test`` from a checkout: the same run the installers do on the bundle."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import self_test

ROOT = Path(__file__).resolve().parents[2]
# main.py's entry point, then whether Qt was loaded: the self-test must run with no display.
PROGRAM = (
    "import sys; import main; code = main.main(['--self-test']); "
    "print('qt loaded:', 'PySide6' in sys.modules); sys.exit(code)"
)


def test_the_self_test_walks_every_step_and_checks_the_pdf(tmp_path) -> None:
    report = self_test.run_self_test(tmp_path)
    assert [name for name, _ms in report.steps] == [
        "create encrypted database",
        "add a patient and an appointment",
        "plan and queue the reminder letter",
        "render the letter PDF",
        "sign in again and read back",
        "check encryption and fonts",
    ]
    assert all(ms >= 0 for _name, ms in report.steps)
    assert report.facts["sqlcipher"].startswith("4.")
    db_file = tmp_path / "self-test.relais"
    assert db_file.read_bytes()[:16] != b"SQLite format 3\x00"

    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "letter.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "WAŁĘSA" in text or "Wałęsa" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any(name.endswith("+DejaVuSans") for name in fonts), fonts


def test_a_failed_step_says_which(tmp_path) -> None:
    (tmp_path / "self-test.relais").write_bytes(b"in the way")
    with pytest.raises(
        self_test.SelfTestFailed, match=r"^create encrypted database: RelaisError: .*already exists"
    ):
        self_test.run_self_test(tmp_path)


def test_main_py_self_test_prints_the_report_and_exits_0(tmp_path) -> None:
    env = os.environ | {"TMPDIR": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)  # it imports no Qt: no display setting needed
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("Relais ")
    assert "ok  render the letter PDF" in result.stdout
    assert result.stdout.rstrip().splitlines()[-2].startswith("self-test passed in ")
    assert result.stdout.rstrip().splitlines()[-1] == "qt loaded: False"
    assert list(tmp_path.iterdir()) == []  # the temporary folder is removed
