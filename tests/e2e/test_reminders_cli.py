"""Reminders from the command line, as the OS task scheduler runs them: real processes.

The hard one: a dispatcher killed with SIGKILL in the middle of 200 e-mails,
then run again, delivers each message at most once and loses none silently.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import appointments, channel_settings
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from app.practice import create_practice, sign_in
from app.settings import PracticeSettings
from db.models import ContactKind, Message, MessageStatus
from tests.e2e.test_cli import PASSWORD, REPO, relais
from tests.helpers.servers import SmsGateway, SmtpServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

AT = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)  # a Tuesday, 10:00 in Paris
COUNT = 200


def _practice(tmp_path: Path, smtp: SmtpServer, gateway: SmsGateway, count: int) -> Path:
    """A practice with ``count`` patients by e-mail, each with an appointment in 36 hours."""
    path = tmp_path / "cabinet.relais"
    clock = FixedClock(AT - timedelta(days=20))
    database, admin = create_practice(
        path, clock, admin_username="admin", admin_full_name="Alice Admin",
        admin_password=PASSWORD,
        practice=PracticeSettings(name="Cabinet des Tilleuls", phone="04 78 00 11 22",
                                  city="Lyon", postcode="69003"),
    )  # fmt: skip
    people = [
        PatientData(f"Patient{n:03d}", "Zoé", date(1950, 1, 1) + timedelta(days=n),
                    contacts=[ContactData(ContactKind.EMAIL, f"p{n:03d}@exemple.fr")])
        for n in range(count)
    ]  # fmt: skip
    with database.transaction() as session:
        ids = insert_many(session, clock.now(), people)
        for pid in ids:
            appointments.create_appointment(
                session, clock, admin, AppointmentData(pid, AT + timedelta(hours=36))
            )
        channel_settings.save(session, clock, admin, channel_settings.from_json(
            {"email": smtp.settings(), "sms": gateway.settings()}))  # fmt: skip
    database.close()
    return path


@pytest.fixture
def gateway() -> Iterator[SmsGateway]:
    server = SmsGateway().start()
    yield server
    server.stop()


def _message_of(path: Path, last_name: str) -> int:
    """The id of the letter to the patient named ``last_name``."""
    from db.models import Patient

    database, _ = sign_in(path, "admin", PASSWORD, FixedClock(datetime.now(UTC)))
    try:
        with database.read_session() as session:
            return session.scalars(
                select(Message.id)
                .join(Patient, Patient.id == Message.patient_id)
                .where(Patient.last_name == last_name)
            ).one()
    finally:
        database.close()


def _statuses(path: Path) -> Counter[MessageStatus]:
    database, _ = sign_in(path, "admin", PASSWORD, FixedClock(AT))
    try:
        with database.read_session() as session:
            return Counter(session.scalars(select(Message.status)))
    finally:
        database.close()


def test_plan_then_dispatch_then_nothing_twice(tmp_path, gateway) -> None:
    smtp = SmtpServer().start()
    try:
        db = _practice(tmp_path, smtp, gateway, 3)
        planned = relais("plan", "--db", str(db), "--at", AT.isoformat(), "--json")
        assert planned.returncode == 0, planned.stderr
        report = json.loads(planned.stdout)
        assert len(report["messages"]) == 3
        assert report["messages"][0]["reason"]["chosen_by"] == "preference"
        first = relais("dispatch", "--db", str(db), "--at", AT.isoformat())
        assert first.returncode == 0, first.stderr
        assert "3 sent" in first.stdout
        again = relais("dispatch", "--db", str(db), "--at", AT.isoformat())
        assert "0 sent" in again.stdout
        assert len(smtp.inbox.messages) == 3
    finally:
        smtp.stop()


def test_settings_are_loaded_from_a_file_and_shown_without_secrets(tmp_path, gateway) -> None:
    smtp = SmtpServer().start()
    try:
        db = _practice(tmp_path, smtp, gateway, 1)
        settings_file = tmp_path / "channels.json"
        bad = {"email": {**smtp.settings(), "port": 0}}
        settings_file.write_text(json.dumps(bad))
        refused = relais("settings", "--db", str(db), "--from", str(settings_file))
        assert refused.returncode == 1
        assert "email.port" in refused.stderr
        shown = relais("settings", "--db", str(db))
        assert shown.returncode == 0, shown.stderr
        assert "test-token" not in shown.stdout
        assert json.loads(shown.stdout)["sms"]["auth_header_value"] == "***"
    finally:
        smtp.stop()


def test_settings_load_the_reminder_timing_and_show_it_in_force(tmp_path, gateway) -> None:
    smtp = SmtpServer().start()
    try:
        db = _practice(tmp_path, smtp, gateway, 1)  # an appointment on Wednesday at 22:00
        timing_file = tmp_path / "timing.json"
        timing_file.write_text(json.dumps({
            "postal_days": 3,
            "leads": {"appointment_reminder": {"email": ["P0D", "P0D"], "letter": ["P2D"]}},
        }))  # fmt: skip
        refused = relais("settings", "--db", str(db), "--timing-from", str(timing_file))
        assert refused.returncode == 1
        assert "leads.appointment_reminder.email: P0D is there twice" in refused.stderr
        assert "leads.appointment_reminder.letter: a letter P2D cannot reach" in refused.stderr

        timing_file.write_text(json.dumps({
            "sending_time": "09:30",
            "leads": {"appointment_reminder": {"email": ["P0D"]}},
        }))  # fmt: skip
        saved = relais("settings", "--db", str(db), "--timing-from", str(timing_file))
        assert saved.returncode == 0, saved.stderr
        assert "leads.appointment_reminder.email, sending_time" in saved.stdout

        shown = relais("settings", "--db", str(db))
        assert shown.returncode == 0, shown.stderr
        timing = json.loads(shown.stdout)["timing"]
        assert timing["sending_time"] == "09:30"
        assert timing["postal_days"] == 3
        assert timing["leads"]["appointment_reminder"]["email"] == ["P0D"]
        assert timing["leads"]["appointment_reminder"]["sms"] == ["P2D", "P1D"]  # the default
        assert timing["leads"]["medication_reminder"]["letter"] == ["P7D"]

        planned = relais("plan", "--db", str(db), "--at", AT.isoformat(), "--json")
        assert planned.returncode == 0, planned.stderr
        [message] = json.loads(planned.stdout)["messages"]
        assert message["items"][0]["lead"] == "P0D"
        assert message["send_at"] == "2026-12-09T09:30:00+01:00"
    finally:
        smtp.stop()


def test_sigkill_mid_dispatch_then_restart_delivers_each_message_at_most_once(
    tmp_path, gateway
) -> None:
    smtp = SmtpServer(delay=0.02).start()
    try:
        db = _practice(tmp_path, smtp, gateway, COUNT)
        environment = {k: v for k, v in os.environ.items() if not k.startswith("RELAIS_")}
        environment["RELAIS_PASSPHRASE"] = PASSWORD
        sender = subprocess.Popen(
            [sys.executable, str(REPO / "main.py"), "dispatch", "--db", str(db),
             "--at", AT.isoformat()],
            env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while len(smtp.inbox.messages) < COUNT // 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(sender.pid, signal.SIGKILL)
        sender.communicate(timeout=30)  # reaps it and closes its pipe
        killed_after = len(smtp.inbox.messages)
        assert 0 < killed_after < COUNT, "the kill must land in the middle of the run"

        restarted = relais("dispatch", "--db", str(db), "--at", AT.isoformat())
        assert restarted.returncode == 0, restarted.stderr

        keys = Counter(m["Message-ID"] for m in smtp.inbox.messages)
        assert max(keys.values()) == 1  # never twice
        statuses = _statuses(db)
        assert statuses[MessageStatus.PLANNED] == 0  # none left behind
        assert statuses[MessageStatus.SENT] + statuses[MessageStatus.UNKNOWN] == COUNT
        assert statuses[MessageStatus.UNKNOWN] <= 1  # only the one in flight at the kill
        assert statuses[MessageStatus.SENT] <= len(keys) <= COUNT
    finally:
        smtp.stop()


def test_serve_ticks_until_told_to_stop(tmp_path, gateway) -> None:
    smtp = SmtpServer().start()
    try:
        db = _practice(tmp_path, smtp, gateway, 2)
        environment = {k: v for k, v in os.environ.items() if not k.startswith("RELAIS_")}
        environment["RELAIS_PASSPHRASE"] = PASSWORD
        server = subprocess.Popen(
            [sys.executable, str(REPO / "main.py"), "serve", "--db", str(db), "--interval", "1"],
            env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            time.sleep(4)
            assert server.poll() is None  # still serving
        finally:
            server.send_signal(signal.SIGTERM)
            out, err = server.communicate(timeout=30)
        assert server.returncode == 0, err
        assert "Stopped." in out
        assert "tick:" in err  # each tick logs what it did
    finally:
        smtp.stop()


def test_stop_replies_from_the_gateway_s_export(tmp_path, gateway) -> None:
    smtp = SmtpServer().start()
    try:
        db = _practice(tmp_path, smtp, gateway, 1)
        replies = tmp_path / "replies.csv"
        replies.write_text("from;text\n+33699999999;STOP\n", encoding="utf-8")
        result = relais("import", "--db", str(db), str(replies), "--sms-replies")
        assert result.returncode == 0, result.stderr
        assert "line 2: no patient has the number 06 99 99 99 99" in result.stdout
        assert "0 STOP recorded" in result.stdout
    finally:
        smtp.stop()


def test_letters_are_printed_from_the_command_line_once(tmp_path) -> None:
    path = tmp_path / "cabinet.relais"
    clock = FixedClock(AT - timedelta(days=20))
    database, admin = create_practice(
        path, clock, admin_username="admin", admin_full_name="Alice Admin",
        admin_password=PASSWORD,
        practice=PracticeSettings(name="Cabinet des Tilleuls", phone="04 78 00 11 22",
                                  city="Lyon", postcode="69003"),
    )  # fmt: skip
    people = [
        PatientData("Łukasiewicz", "Zoé", date(1941, 5, 6), no_digital_access=True,
                    contacts=[ContactData(ContactKind.POSTAL, "3 rue des Lilas, 69003 Lyon",
                                          street="3 rue des Lilas", postcode="69003",
                                          city="Lyon", country="FR")]),
        PatientData("Straße", "Jörg", date(1944, 7, 8), no_digital_access=True,
                    contacts=[ContactData(ContactKind.POSTAL, "8 quai Perrache, 69002 Lyon",
                                          street="8 quai Perrache", postcode="69002",
                                          city="Lyon", country="FR")]),
    ]  # fmt: skip
    with database.transaction() as session:
        for pid in insert_many(session, clock.now(), people):
            appointments.create_appointment(
                session, clock, admin, AppointmentData(pid, AT + timedelta(days=7, hours=4))
            )
    database.close()
    queued = relais("dispatch", "--db", str(path), "--at", AT.isoformat())
    assert queued.returncode == 0, queued.stderr
    assert "2 queued_letters" in queued.stdout
    labels = relais(
        "print", "--db", str(path), "--kind", "labels", "--sheet", "L7163", "--start", "3",
        "--out", str(tmp_path / "labels.pdf"),
    )  # fmt: skip
    assert labels.returncode == 0, labels.stderr
    label_text = PdfReader(tmp_path / "labels.pdf").pages[0].extract_text()
    assert label_text.splitlines()[::3] == ["Jörg STRASSE", "Zoé ŁUKASIEWICZ"]  # by postcode
    bad_start = relais("print", "--db", str(path), "--kind", "labels", "--start", "22",
                       "--out", str(tmp_path / "bad.pdf"))  # fmt: skip
    assert bad_start.returncode == 1
    assert "start_at" in bad_start.stderr
    no_calls = relais("print", "--db", str(path), "--kind", "calls", "--out", str(tmp_path))
    assert no_calls.returncode == 1
    assert "No calls to make today" in no_calls.stderr
    out = tmp_path / "print" / "today.pdf"
    printed = relais(
        "print", "--db", str(path), "--kind", "letters", "--out", str(out), "--mark-printed"
    )
    assert printed.returncode == 0, printed.stderr
    assert f"2 letters written to {out} and marked printed (kept as print run 1)" in printed.stdout
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.index("Straße") < text.index("Łukasiewicz")  # by postcode: 69002 first
    assert _statuses(path) == Counter({MessageStatus.PRINTED: 2})

    # The batch is kept: listed, reprinted byte for byte, one letter alone.
    listed = relais("reprint", "--db", str(path), "--list")
    assert listed.returncode == 0, listed.stderr
    (row,) = listed.stdout.splitlines()
    assert row.startswith("1\t")
    assert "\t2 letters\t3 pages\t" in row
    assert row.endswith("kept")
    again_out = tmp_path / "reprint.pdf"
    reprinted = relais("reprint", "--db", str(path), "--batch", "1", "--out", str(again_out))
    assert reprinted.returncode == 0, reprinted.stderr
    assert f"Print run 1 written to {again_out}." in reprinted.stdout
    assert again_out.read_bytes() == out.read_bytes()
    zoe = _message_of(path, "Łukasiewicz")
    one_out = tmp_path / "one.pdf"
    one = relais("reprint", "--db", str(path), "--batch", "1", "--message", str(zoe),
                 "--out", str(one_out))  # fmt: skip
    assert one.returncode == 0, one.stderr
    (page,) = PdfReader(one_out).pages
    assert "ŁUKASIEWICZ" in page.extract_text()
    assert "STRASSE" not in page.extract_text()
    assert _statuses(path) == Counter({MessageStatus.PRINTED: 2})  # a reprint changes nothing
    # The printed run's labels, in its order, from the third label of a half-used sheet.
    run_labels = relais("reprint", "--db", str(path), "--batch", "1", "--labels",
                        "--sheet", "L7163", "--start", "3",
                        "--out", str(tmp_path / "run-labels.pdf"))  # fmt: skip
    assert run_labels.returncode == 0, run_labels.stderr
    labels_pdf = tmp_path / "run-labels.pdf"
    assert f"Labels of print run 1 written to {labels_pdf}." in run_labels.stdout
    label_lines = PdfReader(labels_pdf).pages[0].extract_text().splitlines()
    assert label_lines[::3] == ["Jörg STRASSE", "Zoé ŁUKASIEWICZ"]  # as the run printed them
    with_message = relais("reprint", "--db", str(path), "--batch", "1", "--labels",
                          "--message", str(zoe), "--out", str(tmp_path))  # fmt: skip
    assert with_message.returncode == 1
    assert "not with --message" in with_message.stderr
    unknown = relais("reprint", "--db", str(path), "--batch", "7", "--out", str(tmp_path))
    assert unknown.returncode == 1
    assert "relais reprint: error: --batch 7: No kept print run number 7." in unknown.stderr
    stranger = relais("reprint", "--db", str(path), "--batch", "1", "--message", "999",
                      "--out", str(tmp_path))  # fmt: skip
    assert stranger.returncode == 1
    assert "--message 999: Letter 999 is not in print run number 1." in stranger.stderr
    again = relais("print", "--db", str(path), "--out", str(tmp_path / "again.pdf"))
    assert again.returncode == 1
    assert "No letters are waiting" in again.stderr
    assert not (tmp_path / "again.pdf").exists()


def test_the_agenda_s_csv_export_imports_from_the_command_line(tmp_path, gateway) -> None:
    smtp = SmtpServer().start()
    try:
        db = _practice(tmp_path, smtp, gateway, 2)
    finally:
        smtp.stop()
    export = tmp_path / "agenda.csv"
    export.write_bytes(
        "Id;Date;Heure;Durée;Nom;Date de naissance;Praticien;Statut\r\n"
        "A1;10/12/2026;09:30;20;Patient000 Zoé;01/01/1950;Dr Roux;Confirmé\r\n"
        "A2;11/12/2026;25:00;20;Patient001 Zoé;02/01/1950;Dr Roux;Confirmé\r\n".encode("cp1252")
    )
    first = relais("import", "--db", str(db), "--agenda", str(export))
    assert first.returncode == 0, first.stderr
    assert "line 3" in first.stdout  # the bad time, located
    assert "1 appointments created" in first.stdout
    again = relais("import", "--db", str(db), "--agenda", str(export))
    assert "0 appointments created" in again.stdout
    assert "1 unchanged" in again.stdout
