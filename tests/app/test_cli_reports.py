"""`report` and `appointment outcome` from the command line, run in the process with a
fixed clock on a real encrypted database: one line says what was done, a mistake is
one line on stderr and exit 1."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader

from app import appointments
from app.appointments import AppointmentData
from app.cli import build_parser, run
from db.models import Channel, Complaint, ComplaintCategory, ComplaintChannel, MessageStatus
from tests.helpers import people
from tests.helpers.fixtures import CliTarget
from tests.helpers.messages import add_message


def _relais(target: CliTarget, clock, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    parsed = build_parser().parse_args([*args, "--db", target.db])
    code = run(parsed, out=out, err=err, environ=target.environ, clock=clock)
    return code, out.getvalue(), err.getvalue()


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_transparency_report_covers_the_last_quarter_by_default(
    database, cli_target, clock, tmp_path
) -> None:
    with database.transaction() as session:
        [helene] = people.add(session, clock.now(), people.texting("Dupont", date(1948, 4, 12)))
        sent = datetime(2026, 8, 10, 8, tzinfo=UTC)
        add_message(
            session, sent, helene, Channel.SMS, MessageStatus.SENT,
            scheduled_for=sent, sent_at=sent, recipient="+33612345600",
        )  # fmt: skip
        session.add(
            Complaint(
                received_on=date(2026, 9, 1), channel=ComplaintChannel.PHONE,
                from_whom="Hélène Dupont", patient_id=helene,
                category=ComplaintCategory.WAITING, description="Dupont waited",
                acknowledge_by=date(2026, 9, 3), answer_by=date(2026, 10, 1),
                recorded_at=clock.now(), recorded_by="admin", updated_at=clock.now(),
            )
        )  # fmt: skip
    out = tmp_path / "rapport.pdf"
    code, said, err = _relais(cli_target, clock, "report", "--out", str(out))
    assert (code, err) == (0, "")
    assert said == (
        f"Transparency report from 2026-07-01 to 2026-09-30 written to {out}: "
        "1 messages sent, 1 complaints.\n"
    )
    text = _text(out)
    assert "Du 1 juillet 2026 au 30 septembre 2026" in text  # the practice's language
    assert "Dupont" not in text
    assert "+33612345600" not in text

    chosen = tmp_path / "report.pdf"
    code, said, _ = _relais(
        cli_target, clock, "report", "--out", str(chosen), "--from", "2026-09-01",
        "--to", "2026-09-30", "--language", "en",
    )  # fmt: skip
    assert code == 0
    assert "0 messages sent, 1 complaints" in said
    assert "From 1 September 2026 to 30 September 2026" in _text(chosen)


def test_report_mistakes_are_one_line(cli_target, database, clock, tmp_path) -> None:
    out = str(tmp_path / "x.pdf")
    for args, reason in (
        (("--from", "2026-07-01"), "--from and --to go together"),
        (("--from", "2026-09-30", "--to", "2026-07-01"), "to: the period ends before it starts"),
        (
            ("--kind", "processing", "--from", "2026-07-01", "--to", "2026-09-30"),
            "the record of processing has no period",
        ),
    ):
        code, said, err = _relais(cli_target, clock, "report", "--out", out, *args)
        assert (code, said) == (1, "")
        assert err.count("\n") == 1
        assert reason in err
    assert not Path(out).exists()


def test_the_record_of_processing(cli_target, database, clock, tmp_path) -> None:
    out = tmp_path / "registre.pdf"
    code, said, _ = _relais(cli_target, clock, "report", "--kind", "processing", "--out", str(out))
    assert code == 0
    assert said == f"Record of processing written to {out}.\n"
    assert "Registre des activités de traitement" in _text(out)


def test_an_appointments_outcome_from_the_command_line(cli_target, database, admin, clock) -> None:
    # The clock says 9:30 UTC on 28 November: 9:00 UTC has passed, Monday has not come.
    with database.transaction() as session:
        [helene] = people.add(session, clock.now(), people.texting("Dupont", date(1948, 4, 12)))
        morning, monday = (
            appointments.create_appointment(
                session, clock, admin, AppointmentData(helene, start, practitioner="Dr Roux")
            ).id
            for start in (
                datetime(2026, 11, 28, 9, tzinfo=UTC),
                datetime(2026, 11, 30, 9, tzinfo=UTC),
            )
        )
    code, said, _ = _relais(cli_target, clock, "appointment", "awaiting")
    assert code == 0
    assert said == f"{morning}\t2026-11-28 10:00\tpatient {helene} DUPONT Hélène\tDr Roux\n"

    code, said, _ = _relais(cli_target, clock, "appointment", "outcome", str(morning), "attended")
    assert (code, said) == (0, f"Appointment {morning} recorded as attended.\n")
    code, said, _ = _relais(cli_target, clock, "appointment", "outcome", str(morning), "attended")
    assert (code, said) == (0, f"Appointment {morning} was already attended.\n")
    assert _relais(cli_target, clock, "appointment", "awaiting")[1] == ""

    code, said, err = _relais(cli_target, clock, "appointment", "outcome", str(monday), "missed")
    assert (code, said) == (1, "")
    assert err == (
        f"relais appointment: error: outcome: appointment {monday} is on 30/11/2026: "
        "what happened can be recorded from that day on\n"
    )
    code, said, _ = _relais(cli_target, clock, "appointment", "outcome", str(morning), "clear")
    assert (code, said) == (0, f"Appointment {morning} cleared.\n")
    code, _, err = _relais(cli_target, clock, "appointment", "outcome", str(morning))
    assert code == 1
    assert "needs the appointment's number" in err
