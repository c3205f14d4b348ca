"""How did today's appointments go: the Today page lists past appointments without an
outcome, and one click (saved off the GUI thread) records attended, missed or cancelled."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import access, appointments
from app.access import Actor, Permission
from app.appointments import AppointmentData
from app.patients import ContactData, PatientData, insert_many
from db.models import Appointment, AppointmentOutcome, AppointmentStatus, ContactKind, Role
from ui.context import UiContext
from ui.today.outcomes import PATIENT, WHEN
from ui.today.page import TodayPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)


@pytest.fixture
def booked(context: UiContext) -> dict[str, int]:
    """Saturday 28 November 2026, 10:30 in Paris (the suite's clock)."""
    people = [
        PatientData("Lefèvre", "Hélène", date(1948, 3, 2),
                    contacts=[ContactData(ContactKind.MOBILE, "+33612345678")]),
        PatientData("Roux", "Paul", date(1962, 9, 14),
                    contacts=[ContactData(ContactKind.MOBILE, "+33622222222")]),
    ]  # fmt: skip
    with context.database.transaction() as session:
        helene, paul = insert_many(session, context.clock.now(), people)
        made = {
            name: appointments.create_appointment(
                session, context.clock, context.actor,
                AppointmentData(patient, start, practitioner="Dr Roux"),
            ).id
            for name, patient, start in (
                ("yesterday", paul, datetime(2026, 11, 27, 14, 0, tzinfo=UTC)),
                ("this_morning", helene, datetime(2026, 11, 28, 8, 0, tzinfo=UTC)),
                ("this_afternoon", paul, datetime(2026, 11, 28, 14, 0, tzinfo=UTC)),
            )
        }  # fmt: skip
    return made


def _page(qtbot, context: UiContext) -> TodayPage:
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    _settled(qtbot, page)
    return page


def _settled(qtbot, page: TodayPage) -> None:
    qtbot.waitUntil(
        lambda: page.summary is not None and not page.busy() and not page.outcomes.busy(),
        timeout=10_000,
    )


def _shown(page: TodayPage) -> list[tuple[str, str]]:
    table = page.outcomes.table
    return [
        (table.item(r, WHEN).text(), table.item(r, PATIENT).text()) for r in range(table.rowCount())
    ]


def _outcome(context, appointment_id) -> tuple[AppointmentStatus, AppointmentOutcome | None]:
    with context.database.read_session() as session:
        row = session.get(Appointment, appointment_id)
        assert row is not None
        return row.status, row.outcome


def test_past_appointments_are_listed_and_one_click_records_what_happened(
    qtbot, context, booked
) -> None:
    page = _page(qtbot, context)
    # Yesterday's (another day: its date) and this morning's; not this afternoon's.
    assert [patient for _when, patient in _shown(page)] == ["ROUX Paul", "LEFÈVRE Hélène"]
    assert _shown(page)[1][0] == "09:00"
    assert page.outcomes_box.title() == "How did the appointments go? (2)"
    assert page.outcomes.selected() is not None
    assert page.outcomes.selected().id == booked["yesterday"]

    qtbot.mouseClick(page.outcomes.buttons[AppointmentOutcome.MISSED], Qt.MouseButton.LeftButton)
    _settled(qtbot, page)
    assert _outcome(context, booked["yesterday"]) == (
        AppointmentStatus.BOOKED,
        AppointmentOutcome.MISSED,
    )
    assert page.message.text() == "ROUX Paul missed the appointment."
    assert [patient for _when, patient in _shown(page)] == ["LEFÈVRE Hélène"]
    assert page.outcomes.selected().id == booked["this_morning"]  # the next, ready

    qtbot.mouseClick(
        page.outcomes.buttons[AppointmentOutcome.CANCELLED_IN_TIME], Qt.MouseButton.LeftButton
    )
    _settled(qtbot, page)
    assert _outcome(context, booked["this_morning"]) == (
        AppointmentStatus.CANCELLED,
        AppointmentOutcome.CANCELLED_IN_TIME,
    )
    assert _shown(page) == []
    assert page.outcomes.empty.isVisible()
    assert not any(b.isEnabled() for b in page.outcomes.buttons.values())
    assert page.outcomes_box.title() == "How did the appointments go? (0)"


def test_the_outcome_is_saved_off_the_gui_thread(qtbot, context, booked, monkeypatch) -> None:
    threads: list[str] = []
    real = appointments.record_outcome

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(appointments, "record_outcome", spy)
    page = _page(qtbot, context)
    assert page.outcomes.record(AppointmentOutcome.ATTENDED)
    assert not page.outcomes.buttons[AppointmentOutcome.MISSED].isEnabled()  # one at a time
    _settled(qtbot, page)
    assert threads
    assert threading.main_thread().name not in threads
    assert _outcome(context, booked["yesterday"])[1] is AppointmentOutcome.ATTENDED


def test_an_appointment_another_desk_cancelled_meanwhile_is_explained(
    qtbot, context, booked
) -> None:
    page = _page(qtbot, context)
    with context.database.transaction() as session:
        appointments.cancel_appointment(session, context.clock, context.actor, booked["yesterday"])
    assert page.outcomes.record(AppointmentOutcome.ATTENDED)
    _settled(qtbot, page)
    assert "was cancelled: it can only be 'cancelled in time'" in page.message.text()
    assert _outcome(context, booked["yesterday"]) == (AppointmentStatus.CANCELLED, None)
    # The refresh after the error drops it from the list.
    page.refresh()
    _settled(qtbot, page)
    assert [patient for _when, patient in _shown(page)] == ["LEFÈVRE Hélène"]


def test_alt_a_records_attended_on_the_selected_row(qtbot, context, booked) -> None:
    page = _page(qtbot, context)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.outcomes.table.setFocus()
    qtbot.keyClick(page.outcomes.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _outcome(context, booked["yesterday"])[1] is not None)
    _settled(qtbot, page)
    assert _outcome(context, booked["yesterday"])[1] is AppointmentOutcome.ATTENDED


def test_without_the_right_to_edit_the_buttons_stay_off(
    qtbot, context, booked, monkeypatch
) -> None:
    monkeypatch.setitem(
        access.ROLE_PERMISSIONS, Role.RECEPTIONIST, frozenset({Permission.VIEW_PATIENTS})
    )
    context.actor = NADIA
    page = _page(qtbot, context)
    assert len(_shown(page)) == 2  # still shown
    assert not any(b.isEnabled() for b in page.outcomes.buttons.values())
    assert not page.outcomes.record(AppointmentOutcome.ATTENDED)
    with context.database.read_session() as session:
        assert session.scalars(select(Appointment.outcome)).all() == [None, None, None]


def test_screenshot_today_with_outcomes(qtbot, context, booked) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page = _page(qtbot, context)
    assert page.grab().save(str(SCREENSHOTS / "today-outcomes.png"))
