"""The encrypted file itself: keys, plaintext, crashes and concurrent writers."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlcipher3 import dbapi2 as sqlcipher

from app import audit, patients
from app.access import Actor
from app.clock import SystemClock
from app.practice import PracticeDatabase, sign_in
from db.engine import create_encrypted_engine
from db.errors import DatabaseError, WrongKeyError
from db.keys import DataKey
from db.models import Patient
from tests.helpers.fixtures import ADMIN_PASSWORD

pytestmark = pytest.mark.file_only  # the encrypted file itself: keys, pages, backups


REPO = Path(__file__).resolve().parents[2]


def _add_patient(database: PracticeDatabase, admin: Actor, last: str, first: str) -> int:
    data = patients.PatientData(last_name=last, first_name=first, birth_date=date(1950, 1, 2))
    with database.transaction() as session:
        return patients.create_patient(session, SystemClock(), admin, data).id


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_wrong_password_is_clear_and_changes_no_byte(
    practice: tuple[PracticeDatabase, Actor], db_path: Path, clock
) -> None:
    database, admin = practice
    _add_patient(database, admin, "Durand", "Jeanne")
    database.close()
    before = {
        p.name: _digest(p) for p in db_path.parent.iterdir() if p.name.endswith(("relais", ".keys"))
    }

    with pytest.raises(WrongKeyError, match="Wrong password for 'admin'"):
        sign_in(db_path, "admin", "not the password", clock)
    # A wrong raw key goes all the way to SQLCipher and must not write either.
    with pytest.raises(WrongKeyError, match="cannot be opened"):
        create_encrypted_engine(db_path, DataKey.generate())

    after = {
        p.name: _digest(p) for p in db_path.parent.iterdir() if p.name.endswith(("relais", ".keys"))
    }
    assert after == before
    assert set(before) == {"practice.relais", "practice.relais.keys"}


def test_canary_name_never_appears_in_plaintext(
    practice: tuple[PracticeDatabase, Actor], db_path: Path
) -> None:
    database, admin = practice
    canary = "Zqxjkvanneau"
    _add_patient(database, admin, canary, "Canari")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists(), "the test must look at the WAL while it holds the new row"
    for path in (db_path, wal):
        content = path.read_bytes()
        assert canary.encode() not in content
        assert canary.encode("utf-16-le") not in content
        assert content[:16] != b"SQLite format 3\x00"


def test_recovery_key_alone_opens_the_file_with_plain_sqlcipher(
    practice: tuple[PracticeDatabase, Actor], db_path: Path
) -> None:
    database, admin = practice
    _add_patient(database, admin, "Lefèvre", "Paul")
    recovery = database.data_key.recovery_text
    database.close()

    hex_key = recovery.replace(" ", "")
    connection = sqlcipher.connect(str(db_path))
    connection.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    names = connection.execute("SELECT last_name FROM patient").fetchall()
    connection.close()
    assert names == [("Lefèvre",)]


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    sys.path.insert(0, {repo!r})
    from app import patients
    from app.clock import SystemClock
    from app.practice import sign_in
    database, admin = sign_in(Path({path!r}), "admin", {password!r}, SystemClock())
    clock = SystemClock()
    for i in range(100000):
        data = patients.PatientData(last_name="Ecrit", first_name=f"N{{i}}",
                                    birth_date=date(1960, 1, 1))
        with database.transaction() as session:
            patients.create_patient(session, clock, admin, data)
        print(i, flush=True)   # acknowledged: committed before this line
    """
)


def test_sigkill_while_writing_keeps_every_acknowledged_row(
    practice: tuple[PracticeDatabase, Actor], db_path: Path
) -> None:
    database, _ = practice
    key = database.data_key
    database.close()
    script = WRITER.format(repo=str(REPO), path=str(db_path), password=ADMIN_PASSWORD)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    acknowledged = -1
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    while acknowledged < 40 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        acknowledged = int(line)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert acknowledged >= 40, "the writer did not get going"
    # Read what it printed after our last readline too: those rows were committed as well.
    rest = process.stdout.read().split()
    process.stdout.close()
    acknowledged = max([acknowledged, *map(int, rest)])

    engine = create_encrypted_engine(db_path, key)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert connection.execute(text("PRAGMA cipher_integrity_check")).all() == []
        written = connection.execute(
            select(func.count()).select_from(Patient).where(Patient.last_name == "Ecrit")
        ).scalar_one()
    engine.dispose()
    assert written >= acknowledged + 1


def test_two_threads_writing_at_once_lose_nothing(
    practice: tuple[PracticeDatabase, Actor],
) -> None:
    database, admin = practice
    clock = SystemClock()
    per_thread = 60
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(name: str) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                data = patients.PatientData(
                    last_name=name, first_name=f"P{i}", birth_date=date(1970, 5, 6)
                )
                with database.transaction() as session:
                    patients.create_patient(session, clock, admin, data)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("Premier", "Second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with database.read_session() as session:
        counts = dict(
            session.execute(
                select(Patient.last_name, func.count()).group_by(Patient.last_name)
            ).all()
        )
        assert audit.verify_chain(session).intact  # both threads extended one chain
    assert counts == {"Premier": per_thread, "Second": per_thread}


def test_missing_database_is_a_clear_error(tmp_path: Path, clock) -> None:
    with pytest.raises(DatabaseError, match="no database"):
        sign_in(tmp_path / "absent.relais", "admin", "whatever-long", clock)
