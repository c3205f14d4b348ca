"""``relais --self-test``: prove that an installed Relais has every part it needs.

A bundle can build and still miss a piece at run time: the SQLCipher
extension, Alembic's migration scripts (loaded by path, not imported), the
DejaVu fonts, Argon2's or cryptography's compiled parts.  The self-test walks
the path a practice walks on its first day, with the same services the GUI
calls, in a temporary folder that is removed afterwards:

1. create an encrypted database with its first admin (Argon2 key slot,
   SQLCipher, every Alembic migration);
2. add a patient on paper, with an appointment;
3. plan and queue the appointment's reminder letter (the dispatcher's cycle);
4. render the letter to PDF with the shipped fonts;
5. sign in again with the password and read it all back;
6. check that the file is really encrypted and the PDF embeds DejaVu.

It imports no Qt, so it runs on a machine with no display.  The dates are
fixed (the suite's own print day), so the outcome does not depend on the day
it runs.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from app import version
from app.errors import RelaisError

_START = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
_APPOINTMENT = datetime(2026, 12, 10, 13, 30, tzinfo=UTC)  # Thursday 14:30 in Paris
_PRINT_DAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # paper is planned a week ahead
_PASSWORD = "self-test horse battery staple"  # noqa: S105 -- a throwaway database's password
_SQLITE_MAGIC = b"SQLite format 3\x00"
_EMBEDDED_DEJAVU = re.compile(rb"/BaseFont\s*/[A-Z]{6}\+DejaVuSans")


class SelfTestFailed(RelaisError):
    """A step did not give what it must; the message says which and what was seen."""


@dataclass
class SelfTestReport:
    """The steps that ran, each with its time in milliseconds, and what was checked."""

    steps: list[tuple[str, float]] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def total_ms(self) -> float:
        return sum(ms for _name, ms in self.steps)


@contextmanager
def _timed(report: SelfTestReport, name: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    except SelfTestFailed:
        raise
    except Exception as exc:
        raise SelfTestFailed(f"{name}: {type(exc).__name__}: {exc}") from exc
    report.steps.append((name, (time.perf_counter() - started) * 1000))


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def run_self_test(folder: Path) -> SelfTestReport:  # noqa: PLR0915 -- one story, step by step
    """Run every step in ``folder`` (which must exist and be empty); raise on the first failure."""
    from app import appointments, dispatch, letters
    from app.clock import FixedClock
    from app.patients import ContactData, PatientData, create_patient
    from app.practice import create_practice, sign_in
    from app.settings import PracticeSettings
    from db.models import ContactKind, Message, MessageStatus, Patient, Sex
    from db.schema import head_revision

    report = SelfTestReport()
    clock = FixedClock(_START)
    db_path = folder / "self-test.relais"
    pdf_path = folder / "letter.pdf"

    with _timed(report, "create encrypted database"):
        database, admin = create_practice(
            db_path,
            clock,
            admin_username="admin",
            admin_full_name="Self Test",
            admin_password=_PASSWORD,
            practice=PracticeSettings(
                name="Cabinet du Self-Test",
                street="4 place Bellecour",
                postcode="69002",
                city="Lyon",
                phone="04 78 00 11 22",
            ),
        )
    try:
        with (
            _timed(report, "add a patient and an appointment"),
            database.transaction() as session,
        ):
            patient = create_patient(
                session,
                clock,
                admin,
                PatientData(
                    "Wałęsa",
                    "Łucja",
                    date(1955, 3, 5),
                    sex=Sex.FEMALE,
                    no_digital_access=True,
                    contacts=[
                        ContactData(
                            ContactKind.POSTAL,
                            "12 avenue Jean Jaurès, 69007 Lyon",
                            street="12 avenue Jean Jaurès",
                            postcode="69007",
                            city="Lyon",
                            country="FR",
                        )
                    ],
                ),
            )
            patient_id = patient.id
            appointments.create_appointment(
                session,
                clock,
                admin,
                appointments.AppointmentData(
                    patient_id, _APPOINTMENT, practitioner="Dr Claire Roux"
                ),
            )
        with _timed(report, "plan and queue the reminder letter"):
            clock.advance(seconds=(_PRINT_DAY - clock.now()).total_seconds())
            cycle = dispatch.dispatch(database, clock)
            _check(
                cycle.planned >= 1 and cycle.queued_letters == 1,
                f"the dispatcher planned {cycle.planned} and queued {cycle.queued_letters} "
                "letters; one letter was expected",
            )
        with _timed(report, "render the letter PDF"):
            with database.transaction() as session:
                waiting = letters.letters_to_print(session, clock.now())
                _check(len(waiting) == 1, f"{len(waiting)} letters to print; 1 was expected")
                pdf = letters.render_letters(session, clock, [waiting[0].message_id])
            _check(pdf.startswith(b"%PDF-"), "the letter is not a PDF")
            pdf_path.write_bytes(pdf)
    finally:
        database.close()

    with _timed(report, "sign in again and read back"):
        database, _actor = sign_in(db_path, "admin", _PASSWORD, clock)
        try:
            with database.read_session() as session:
                read_back = session.get(Patient, patient_id)
                _check(
                    read_back is not None and read_back.last_name == "Wałęsa",
                    "the patient did not read back",
                )
                message = session.query(Message).filter_by(patient_id=patient_id).one()
                _check(
                    message.status is MessageStatus.QUEUED,
                    f"the letter is {message.status}, not queued",
                )
                _check(
                    "Wałęsa" in (message.body or "") and "14 h 30" in (message.body or ""),
                    "the rendered letter's body was not kept",
                )
            from db.schema import current_revision

            revision = current_revision(database.engine)
            _check(revision == head_revision(), f"schema at {revision}, not {head_revision()}")
        finally:
            database.close()

    with _timed(report, "check encryption and fonts"):
        header = db_path.read_bytes()[:16]
        _check(header != _SQLITE_MAGIC, "the database file is not encrypted")
        _check(
            _EMBEDDED_DEJAVU.search(pdf) is not None and b"/FontFile2" in pdf,
            "the letter does not embed the DejaVu font",
        )

    engines = version.engine_versions()
    report.facts = {
        "version": version.version(),
        "python": sys.version.split()[0],
        "sqlcipher": engines.get("SQLCipher", "?"),
        "sqlite": engines.get("SQLite", "?"),
        "schema": revision or "",
        "letter": f"{len(pdf):,} bytes, DejaVu embedded",
    }
    return report


def main(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the self-test in a temporary folder; print the report; 0 if every step passed."""
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    print(f"{version.title()} self-test", file=out)
    try:
        with tempfile.TemporaryDirectory(prefix="relais-self-test-") as folder:
            report = run_self_test(Path(folder))
    except (RelaisError, OSError) as exc:
        print(f"relais --self-test: FAILED: {exc}", file=err)
        return 1
    for name, ms in report.steps:
        print(f"  ok  {name:<36} {ms:8.1f} ms", file=out)
    for name, value in report.facts.items():
        print(f"  {name}: {value}", file=out)
    elapsed = (time.perf_counter() - started) * 1000
    print(f"self-test passed in {elapsed:.0f} ms", file=out)
    return 0
