"""A patient's messages with their "why", as the communication profile shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app import appointments, outbox, preferences
from app.appointments import AppointmentData
from app.clock import FixedClock
from app.patients import ContactData, PatientData, insert_many
from db.models import Channel, ContactKind
from ui.i18n import install_translators, remove_translators
from ui.patients.consent_grid import CommunicationProfileDialog
from ui.patients.sent_messages import PatientMessagesView, why_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
MONDAY = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))


@pytest.fixture
def patient_id(context) -> int:
    with context.database.transaction() as session:
        (pid,) = insert_many(session, MONDAY.now(), [PatientData(
            "Lefèvre", "Hélène", date(1948, 3, 2),
            contacts=[ContactData(ContactKind.EMAIL, "helene@exemple.fr"),
                      ContactData(ContactKind.POSTAL, "3 rue Neuve, 69003 Lyon")])])  # fmt: skip
        preferences.save(session, MONDAY, context.actor, pid, preferences.ContactPreferences(
            channels={"appointment_reminder": [Channel.SMS, Channel.EMAIL]}))  # fmt: skip
        appointments.create_appointment(
            session, MONDAY, context.actor, AppointmentData(pid, MONDAY.now() + timedelta(days=9))
        )
        outbox.plan_messages(session, MONDAY)
    return pid


def test_each_message_says_why_in_words(qtbot, qapp, context, patient_id) -> None:
    install_translators(qapp, "en")
    try:
        view = PatientMessagesView(context, patient_id)
        qtbot.addWidget(view)
        assert view.table.rowCount() == 2  # two days before and the day before
        assert view.table.item(0, 1).text() == "E-mail"
        assert view.table.item(0, 3).text() == "planned"
        assert view.why.text().splitlines() == [
            "For the patient's care: sent unless they object.",
            "E-mail is the first channel the patient chose that can be used.",
            "Not by SMS: no number or address that works.",
        ]
        assert view.text.toPlainText() == "(written when it is sent)"
    finally:
        remove_translators(qapp)


def test_a_paper_fallback_and_a_quiet_time_move_are_explained() -> None:
    reason = {
        "basis": "consent",
        "consent": {"state": "granted"},
        "channel": "letter",
        "chosen_by": "paper_fallback",
        "skipped": [{"channel": "email", "why": "withdrawn"}],
        "moved_for_quiet_times": "2026-12-07T09:00:00+00:00",
        "caps": {"week": [0, 2], "month": [1, 6]},
    }
    assert why_text(reason).splitlines() == [
        "The patient gave their consent for this.",
        "No chosen channel could be used, so it goes on paper.",
        "Not by E-mail: consent withdrawn.",
        "Moved out of the patient's quiet hours.",
        "Within the patient's limits on messages.",
    ]


def test_the_profile_has_a_messages_tab(qtbot, qapp, context, patient_id) -> None:
    install_translators(qapp, "en")
    try:
        dialog = CommunicationProfileDialog(context, patient_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.sent_messages)
        qtbot.waitExposed(dialog)
        SCREENSHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SCREENSHOTS / "profile_messages_en.png"))
        assert dialog.tabs.tabText(2) == "Messa&ges"
    finally:
        remove_translators(qapp)
