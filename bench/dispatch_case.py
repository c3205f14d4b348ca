"""Dispatch throughput to a local SMTP server, and how long the GUI thread waits during a tick.

Relais: ``dispatch.dispatch`` sending N due e-mails (re-check, render, two
commits per message, one SMTP connection).  The raw engine: ``smtplib``
sending the same number of ready-made messages over one connection.  Then
the GUI case: the QtScheduler tick runs a dispatch of N e-mails while a 10 ms
timer on the GUI thread records the longest gap between its ticks.
"""

from __future__ import annotations

import smtplib
import time
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from app import appointments, channel_settings, dispatch
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from app.practice import PracticeDatabase, create_practice
from app.settings import PracticeSettings
from db.models import ContactKind
from tests.helpers.servers import SmtpServer

MESSAGES = 300
AT = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


def _practice(folder: Path, smtp: SmtpServer, count: int) -> PracticeDatabase:
    clock = FixedClock(AT - timedelta(days=20))
    database, admin = create_practice(
        folder / "dispatch.relais", clock, admin_username="admin", admin_full_name="A",
        admin_password="bench password only",
        practice=PracticeSettings(name="Cabinet", phone="04 78 00 11 22"),
    )  # fmt: skip
    people = [
        PatientData(f"Patient{n:04d}", "Zoé", date(1950, 1, 1) + timedelta(days=n),
                    contacts=[ContactData(ContactKind.EMAIL, f"p{n:04d}@exemple.fr")])
        for n in range(count)
    ]  # fmt: skip
    with database.transaction() as session:
        for pid in insert_many(session, clock.now(), people):
            appointments.create_appointment(
                session, clock, admin, AppointmentData(pid, AT + timedelta(hours=36))
            )
        channel_settings.save(
            session, clock, admin, channel_settings.from_json({"email": smtp.settings()})
        )
    return database


def _raw(smtp: SmtpServer, count: int) -> float:
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", smtp.port) as connection:
        for n in range(count):
            message = EmailMessage()
            message["From"] = "accueil@cabinet-du-parc.fr"
            message["To"] = f"p{n:04d}@exemple.fr"
            message["Subject"] = "Rappel : votre rendez-vous"
            message.set_content("Bonjour, nous vous rappelons votre rendez-vous.")
            connection.send_message(message)
    return time.perf_counter() - start


def throughput(work: Path, _items: list[PatientData]) -> dict[str, Any]:
    folder = work / "dispatch"
    folder.mkdir()
    smtp = SmtpServer().start()
    try:
        database = _practice(folder, smtp, MESSAGES)
        start = time.perf_counter()
        report = dispatch.dispatch(database, FixedClock(AT))
        relais = time.perf_counter() - start
        database.close()
        raw = _raw(smtp, MESSAGES)
    finally:
        smtp.stop()
    return {
        "messages": MESSAGES,
        "sent": report.sent,
        "relais_per_second": round(report.sent / relais, 1),
        "raw_smtplib_per_second": round(MESSAGES / raw, 1),
        "ratio": round((MESSAGES / raw) / (report.sent / relais), 2),
    }


def gui_during_tick(work: Path, _items: list[PatientData]) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.context import UiContext
    from ui.scheduler import ReminderScheduler

    app = QApplication.instance() or QApplication([])
    folder = work / "gui-tick"
    folder.mkdir()
    smtp = SmtpServer().start()
    try:
        database = _practice(folder, smtp, MESSAGES)
        context = UiContext(
            database, _admin(), FixedClock(AT), PracticeSettings(name="Cabinet", phone="1")
        )
        gaps: list[float] = []
        last = [time.perf_counter()]
        done: list[object] = []

        def beat() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(beat)
        reminders = ReminderScheduler(context)
        reminders.ticked.connect(done.append)
        timer.start()
        reminders.start()
        deadline = time.monotonic() + 120
        while not done and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        reminders.shutdown()
        timer.stop()
        database.close()
    finally:
        smtp.stop()
    return {
        "messages": MESSAGES,
        "sent": getattr(done[0], "sent", None) if done else None,
        "longest_gui_gap_ms": round(max(gaps), 1) if gaps else None,
        "timer_beats": len(gaps),
    }


def _admin() -> Any:
    from app.access import Actor
    from db.models import Role

    return Actor(user_id=1, username="admin", role=Role.ADMIN)
