"""A STOP keyed in from Today: for the patient whose SMS was answered, never the household."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, select

from app import consent, preferences
from app.consent import PurposeView
from app.importers.sms_replies import StopStatus
from app.patients import ContactData, PatientData, insert_many
from app.preferences import ContactPreferences
from db.models import (
    Channel,
    ConsentEvent,
    ConsentKind,
    ConsentMethod,
    ContactKind,
    Message,
    MessageStatus,
)
from tests.helpers.messages import add_message
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.today.page import TodayPage
from ui.today.stop_dialog import StopDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
SHARED = "+33611111111"
MARIE_CHOICES = ContactPreferences(
    channels={"appointment_reminder": [Channel.SMS, Channel.LETTER]}, max_per_week=2
)


@dataclass
class Household:
    paul: int
    marie: int


@pytest.fixture
def household(context: UiContext) -> Household:
    """M. and Mme Lefèvre share a mobile; the SMS of Friday went to him."""
    people = [
        PatientData("Lefèvre", "Paul", date(1950, 1, 1), household="lefevre",
                    contacts=[ContactData(ContactKind.MOBILE, SHARED, shared_with_household=True)]),
        PatientData("Lefèvre", "Marie", date(1952, 2, 2), household="lefevre",
                    contacts=[ContactData(ContactKind.MOBILE, SHARED, shared_with_household=True)]),
    ]  # fmt: skip
    now = context.clock.now()
    friday = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
    with context.database.transaction() as session:
        paul, marie = insert_many(session, now, people)
        add_message(session, now, paul, Channel.SMS, MessageStatus.SENT, recipient=SHARED,
                    scheduled_for=friday, sent_at=friday)  # fmt: skip
        preferences.save(session, context.clock, context.actor, marie, MARIE_CHOICES)
        consent.record(session, context.clock, context.actor, patient_id=marie,
                       purpose_code="health_education", channel=Channel.SMS,
                       kind=ConsentKind.GRANTED, method=ConsentMethod.SIGNED_FORM)  # fmt: skip
    return Household(paul, marie)


def _sms_allowed(context: UiContext, patient_id: int) -> dict[str, bool]:
    """For each purpose, whether the patient's ledger lets an SMS go."""
    now = context.clock.now()
    with context.database.read_session() as session:
        events = consent.events_by_patient(session, [patient_id]).get(patient_id, [])
        return {
            p.code: consent.state_of(events, PurposeView(p.code, p.basis), Channel.SMS, now).allowed
            for p in consent.purposes(session)
        }


def _while_open(act: Callable[[StopDialog], None]) -> None:
    """Run ``act`` on the STOP dialog once it is open (exec() blocks the test meanwhile)."""

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StopDialog):
            QTimer.singleShot(10, drive)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # a failed check must not leave the test waiting

    QTimer.singleShot(0, drive)


def _page(qtbot, context: UiContext) -> TodayPage:
    page = TodayPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.summary is not None, timeout=20_000)
    return page


def test_a_stop_keyed_in_stops_sms_for_him_and_not_his_wife(qtbot, context, household) -> None:
    marie_before = _sms_allowed(context, household.marie)
    assert marie_before["health_education"]  # she said yes to SMS for it
    page = _page(qtbot, context)

    def key_in(dialog: StopDialog) -> None:
        qtbot.keyClicks(dialog.number, "06 11 11 11 11")
        dialog.received.setDate(QDate(2026, 11, 28))
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)

    _while_open(key_in)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)

    assert page.message.text() == "STOP recorded: no more SMS to LEFÈVRE Paul, for any purpose."
    with context.database.read_session() as session:
        events = session.scalars(
            select(ConsentEvent)
            .where(ConsentEvent.method == ConsentMethod.SMS_STOP)
            .order_by(ConsentEvent.id)
        ).all()
        assert {e.patient_id for e in events} == {household.paul}
        assert {e.channel for e in events} == {Channel.SMS}
        assert events[0].recorded_by == context.actor.username
        assert events[0].note == (
            "STOP read on the practice's phone, received 28/11/2026, from 06 11 11 11 11"
        )
        marie_choices = preferences.load(session, household.marie)
    paul_now = _sms_allowed(context, household.paul)
    assert len(events) == len(paul_now) == 7  # one event per purpose
    assert not any(paul_now.values())
    assert _sms_allowed(context, household.marie) == marie_before  # she keeps her SMS
    assert marie_choices == MARIE_CHOICES


def test_a_shared_number_without_our_sms_records_nothing_and_offers_the_patient(
    qtbot, context, household
) -> None:
    with context.database.transaction() as session:
        session.execute(delete(Message))  # no SMS of ours for the STOP to answer
    page = _page(qtbot, context)

    def shared_then_chosen(dialog: StopDialog) -> None:
        dialog.number.setText("06 11 11 11 11")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.problem.text() == (
            "⚠ 06 11 11 11 11 is shared by 2 patients and none of them was sent an SMS from "
            "us: whose STOP it is cannot be told. Nothing was recorded. Choose the patient below."
        )
        with context.database.read_session() as session:
            assert session.scalars(select(ConsentEvent.method)).all() == [
                ConsentMethod.SIGNED_FORM  # Marie's own consent, from the fixture
            ]
        assert dialog.by_patient.isChecked()
        assert dialog.finder.results.count() == 2  # the household, found by the number
        assert dialog.finder.select_patient(household.marie)
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)

    _while_open(shared_then_chosen)
    outcome = page.record_stop()
    assert outcome is not None
    assert (outcome.status, outcome.patient_id) == (StopStatus.RECORDED, household.marie)
    assert not any(_sms_allowed(context, household.marie).values())
    assert _sms_allowed(context, household.paul)["appointment_reminder"]


def test_an_unknown_or_wrong_number_says_so_and_records_nothing(qtbot, context, household) -> None:
    page = _page(qtbot, context)
    said: dict[str, str] = {}

    def wrong_numbers(dialog: StopDialog) -> None:
        dialog.number.setText("06 99 99 99 99")
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        said["unknown"] = dialog.problem.text()
        dialog.number.setText("04 76 12 34 56")
        assert dialog.problem.isHidden()  # typing again clears the old answer
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        said["landline"] = dialog.number_error.text()

    _while_open(wrong_numbers)
    assert page.record_stop() is None
    assert said == {
        "unknown": "⚠ No patient has the number 06 99 99 99 99 and no SMS went to it. Nothing "
        "was recorded. Check the number, or choose the patient.",
        "landline": "⚠ This is not a mobile number: it cannot have sent an SMS.",
    }
    with context.database.read_session() as session:
        assert session.scalars(select(ConsentEvent.method)).all() == [ConsentMethod.SIGNED_FORM]
    assert page.message.isHidden()


def test_screenshot(qtbot, qapp, context, household) -> None:
    install_translators(qapp, "fr")
    try:
        dialog = StopDialog(context)
        qtbot.addWidget(dialog)
        dialog.number.setText("06 99 99 99 99")
        dialog.record()
        dialog.show()
        qtbot.waitExposed(dialog)
        SCREENSHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SCREENSHOTS / "stop-dialog-fr.png"))
    finally:
        remove_translators(qapp)
