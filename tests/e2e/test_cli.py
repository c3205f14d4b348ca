"""The command line as the OS task scheduler or a script runs it: a real process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "mot de passe du cabinet"


def relais(
    *args: str, password: str | None = PASSWORD, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RELAIS_")}
    if password is not None:
        environment["RELAIS_PASSPHRASE"] = password
    environment.update(env)
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


@pytest.fixture
def initialised(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "cabinet.relais"
    result = relais("init", "--db", str(db), "--practice", "Cabinet des Tilleuls")
    assert result.returncode == 0, result.stderr
    match = re.search(r"((?:[0-9A-F]{4} ){15}[0-9A-F]{4})", result.stdout)
    assert match, result.stdout
    return db, match.group(1)


def test_init_prints_the_recovery_key_once_and_refuses_to_overwrite(initialised) -> None:
    db, recovery = initialised
    assert db.exists()
    assert db.with_name(db.name + ".keys").exists()
    again = relais("init", "--db", str(db))
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1
    assert "already exists" in again.stderr
    assert recovery not in again.stdout


def test_no_password_and_wrong_password_fail_in_one_line(initialised) -> None:
    db, _ = initialised
    missing = relais("verify", "--db", str(db), password=None)
    assert missing.returncode == 1
    assert "RELAIS_PASSPHRASE" in missing.stderr
    wrong = relais("verify", "--db", str(db), password="pas le bon mot de passe")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "relais verify: error: Wrong password for 'admin'."


def test_verify_with_password_or_recovery_key(initialised, tmp_path: Path) -> None:
    db, recovery = initialised
    ok = relais("verify", "--db", str(db))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("OK cabinet.relais")
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery + "\n")
    with_key = relais(
        "verify", "--db", str(db), "--recovery-key-file", str(key_file), password=None
    )
    assert with_key.returncode == 0, with_key.stderr


def test_backup_then_restore_with_the_same_login(initialised, tmp_path: Path) -> None:
    db, _ = initialised
    out = tmp_path / "sauvegarde.relais-backup"
    made = relais("backup", "--db", str(db), "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert "verified" in made.stdout
    target = tmp_path / "ailleurs.relais"
    restored = relais("restore", "--db", str(target), "--from", str(out))
    assert restored.returncode == 0, restored.stderr
    assert relais("verify", "--db", str(target)).returncode == 0


def test_passphrase_file_and_user_option(initialised, tmp_path: Path) -> None:
    db, _ = initialised
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSWORD + "\n")
    result = relais(
        "verify",
        "--db",
        str(db),
        "--user",
        "ADMIN",
        "--passphrase-file",
        str(secret),
        password=None,
    )
    assert result.returncode == 0, result.stderr


def test_import_and_demo(initialised, tmp_path: Path) -> None:
    db, _ = initialised
    csv_file = tmp_path / "export.csv"
    csv_file.write_bytes(
        "Nom;Prénom;Date de naissance;Portable\r\n"
        "Lefèvre;Hélène;12/03/1948;06 12 34 56 78\r\n"
        "Martin;Luc;31/02/1980;06 98 76 54 32\r\n".encode("cp1252")
    )
    imported = relais("import", "--db", str(db), str(csv_file))
    assert imported.returncode == 0, imported.stderr
    assert "row 3, column Date de naissance" in imported.stdout
    strict = relais("import", "--db", str(db), str(csv_file), "--strict")
    assert strict.returncode == 1
    assert "nothing was imported" in strict.stderr
    demo_db = tmp_path / "demo.relais"
    demo = relais("demo", "--db", str(demo_db), "--patients", "40", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    assert "Added 40 demo patients" in demo.stdout


def test_export_then_erase_a_patient(initialised, tmp_path: Path) -> None:
    db, _ = initialised
    csv_file = tmp_path / "one.csv"
    csv_file.write_text(
        "Nom;Prénom;Date de naissance;Portable\nQuiroz;Ana;01/02/1960;06 11 22 33 44\n"
    )
    assert relais("import", "--db", str(db), str(csv_file)).returncode == 0
    exported = relais("export", "--db", str(db), "--patient", "1", "--out", str(tmp_path / "out"))
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "out" / "patient-1-access.json").read_text(encoding="utf-8"))
    assert data["patient"]["last_name"] == "Quiroz"
    erased = relais("erase", "--db", str(db), "--patient", "1")
    assert erased.returncode == 0, erased.stderr
    assert "1 contact points" in erased.stdout
    again = relais("export", "--db", str(db), "--patient", "1", "--out", str(tmp_path / "again"))
    assert again.returncode == 0, again.stderr
    data = json.loads((tmp_path / "again" / "patient-1-access.json").read_text(encoding="utf-8"))
    assert data["patient"]["last_name"] != "Quiroz"
    assert data["contact_points"] == []
    missing = relais("erase", "--db", str(db), "--patient", "99")
    assert missing.returncode == 1
    assert "No patient with id 99" in missing.stderr


def test_export_writes_the_json_and_a_readable_pdf_and_no_half_files(
    initialised, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    db, _ = initialised
    csv_file = tmp_path / "one.csv"
    csv_file.write_text(
        "Nom;Prénom;Date de naissance;Portable\nŁukasiewicz;Zoé;01/02/1960;06 11 22 33 44\n"
    )
    assert relais("import", "--db", str(db), str(csv_file)).returncode == 0
    out = tmp_path / "out"
    exported = relais("export", "--db", str(db), "--patient", "1", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    json_file, pdf_file = out / "patient-1-access.json", out / "patient-1-access.pdf"
    assert str(json_file) in exported.stdout
    assert str(pdf_file) in exported.stdout
    assert sorted(p.name for p in out.iterdir()) == [json_file.name, pdf_file.name]
    text = "\n".join(page.extract_text() for page in PdfReader(pdf_file).pages)
    assert "Vos données détenues par Cabinet des Tilleuls" in text
    assert "Łukasiewicz" in text

    # A PDF that cannot be put in place fails the command and leaves no temporary file.
    blocked = tmp_path / "blocked"
    (blocked / pdf_file.name).mkdir(parents=True)
    failed = relais("export", "--db", str(db), "--patient", "1", "--out", str(blocked))
    assert failed.returncode == 1
    assert len(failed.stderr.strip().splitlines()) == 1, failed.stderr
    assert not list(blocked.glob("*.tmp"))


def test_the_register_of_requests_from_the_command_line(initialised, tmp_path: Path) -> None:
    db, _ = initialised
    csv_file = tmp_path / "one.csv"
    csv_file.write_text("Nom;Prénom;Date de naissance\nQuiroz;Ana;01/02/1960\n")
    assert relais("import", "--db", str(db), str(csv_file)).returncode == 0
    added = relais(
        "request", "add", "--db", str(db), "--patient", "1", "--kind", "access",
        "--received", "2026-01-31", "--via", "letter",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Request 1 recorded; answer by 2026-02-28."
    listed = relais("request", "list", "--db", str(db), "--open")
    assert "OVERDUE" in listed.stdout  # the real clock is long past February 2026
    wrong = relais("request", "add", "--db", str(db), "--patient", "1", "--kind", "acces")
    assert wrong.returncode == 1
    assert "--kind 'acces': use one of access, rectification" in wrong.stderr
    missing = relais("request", "answer", "--db", str(db), "--id", "1")
    assert missing.returncode == 1
    assert "request answer needs --outcome" in missing.stderr
    refused = relais("request", "answer", "--db", str(db), "--id", "1", "--outcome", "refused")
    assert refused.returncode == 1
    assert "answer: say why" in refused.stderr
    answered = relais("request", "answer", "--db", str(db), "--id", "1", "--outcome", "fulfilled")
    assert answered.returncode == 0, answered.stderr
    assert relais("request", "list", "--db", str(db), "--open").stdout == ""
    assert "(fulfilled)" in relais("request", "list", "--db", str(db)).stdout


def test_an_objection_from_the_command_line(initialised, tmp_path: Path) -> None:
    db, _ = initialised
    csv_file = tmp_path / "one.csv"
    csv_file.write_text("Nom;Prénom;Date de naissance\nQuiroz;Ana;01/02/1960\n")
    assert relais("import", "--db", str(db), str(csv_file)).returncode == 0
    to_all = relais("object", "--db", str(db), "--patient", "1")
    assert to_all.returncode == 0, to_all.stderr
    assert "every consent-based purpose" in to_all.stdout
    one = relais(
        "object", "--db", str(db), "--patient", "1", "--purpose", "vaccination",
        "--channel", "sms", "--method", "phone",
    )  # fmt: skip
    assert one.returncode == 0, one.stderr
    assert "vaccination by sms" in one.stdout
    unknown = relais("object", "--db", str(db), "--patient", "1", "--purpose", "vaccins")
    assert unknown.returncode == 1
    assert "vaccins" in unknown.stderr
    exported = relais("export", "--db", str(db), "--patient", "1", "--out", str(tmp_path / "out"))
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "out" / "patient-1-access.json").read_text(encoding="utf-8"))
    assert [(e["purpose"], e["channel"], e["kind"]) for e in data["consent_history"]] == [
        (None, None, "objected"),
        ("vaccination", "sms", "objected"),
    ]
