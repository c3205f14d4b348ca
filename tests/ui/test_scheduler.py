"""The GUI's reminder clock: the first tick catches up at once, off the GUI thread."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from app import appointments, channel_settings, scheduler
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from app.settings import PracticeSettings, save_practice
from db.models import ContactKind
from tests.helpers.servers import SmtpServer
from ui.context import UiContext
from ui.scheduler import ReminderScheduler

AT = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


def test_the_first_tick_sends_what_is_due_without_blocking_the_gui(
    qtbot, database, admin, smtp, monkeypatch
) -> None:
    clock = FixedClock(AT)
    with database.transaction() as session:
        save_practice(session, clock, admin, PracticeSettings(name="Cabinet", phone="0478001122"))
        (pid,) = insert_many(session, clock.now(), [PatientData(
            "Roux", "Inès", date(1990, 1, 1),
            contacts=[ContactData(ContactKind.EMAIL, "ines@exemple.fr")])])  # fmt: skip
        appointments.create_appointment(
            session, clock, admin, AppointmentData(pid, AT + timedelta(hours=36))
        )
        channel_settings.save(
            session, clock, admin, channel_settings.from_json({"email": smtp.settings()})
        )
        settings = PracticeSettings(name="Cabinet", phone="0478001122")
    threads: list[threading.Thread] = []
    real_tick = scheduler.tick

    def watched_tick(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_tick(*args, **kwargs)

    monkeypatch.setattr(scheduler, "tick", watched_tick)
    reminders = ReminderScheduler(UiContext(database, admin, clock, settings))
    try:
        with qtbot.waitSignal(reminders.ticked, timeout=20_000) as blocker:
            reminders.start()
    finally:
        reminders.shutdown()
    assert blocker.args[0].sent == 1
    assert len(smtp.inbox.messages) == 1
    assert threads
    assert threads[0] is not threading.main_thread()  # the GUI thread only waits
