"""The Today page: counts and lists from a real database, one-click call outcomes, reviews."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import access, calls, rights_requests, today
from app.access import Actor, Permission
from app.patients import ContactData, PatientData, insert_many
from app.planner import EXCLUSION_CODES
from db.models import (
    AuditEvent,
    CallOutcome,
    Channel,
    ContactKind,
    ContactPoint,
    Message,
    MessageStatus,
    RequestKind,
    Role,
)
from tests.helpers.messages import add_message, add_reminder
from ui.context import UiContext
from ui.i18n import install_translators, remove_translators
from ui.today.call_list import NUMBERS, PATIENT, TRIES
from ui.today.page import TodayPage

# The offscreen platform says this whenever a window is shown; it is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)


def _utc(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@dataclass
class Scene:
    helene: int
    luc: int
    marie: int
    paul: int
    paul_call: int
    helene_call: int
    unsure: int
    retrying: int


@pytest.fixture
def scene(context: UiContext) -> Scene:
    """Saturday 28 November 2026, 10:30 in Paris (the suite's clock)."""
    people = [
        PatientData("Lefèvre", "Hélène", date(1948, 3, 2), contacts=[
            ContactData(ContactKind.MOBILE, "+33612345678"),
            ContactData(ContactKind.EMAIL, "helene@exemple.fr")]),
        PatientData("Martin", "Luc", date(1940, 1, 5), no_digital_access=True, large_print=True,
                    contacts=[ContactData(ContactKind.POSTAL, "3 rue des Lilas, 69003 Lyon",
                                          street="3 rue des Lilas", postcode="69003",
                                          city="Lyon", country="FR")]),
        PatientData("Dupont", "Marie", date(1975, 6, 1),
                    contacts=[ContactData(ContactKind.MOBILE, "+33611111111")]),
        PatientData("Roux", "Paul", date(1962, 9, 14), contacts=[
            ContactData(ContactKind.MOBILE, "+33622222222"),
            ContactData(ContactKind.LANDLINE, "+33478000000")]),
    ]  # fmt: skip
    now = context.clock.now()
    with context.database.transaction() as session:
        helene, luc, marie, paul = insert_many(session, now, people)
        for sent_at in (_utc(28, 8), _utc(28, 9)):
            add_message(session, now, helene, Channel.SMS, MessageStatus.SENT,
                        scheduled_for=sent_at, sent_at=sent_at)  # fmt: skip
        add_message(session, now, helene, Channel.EMAIL, MessageStatus.PLANNED,
                    scheduled_for=_utc(28, 15))  # fmt: skip
        paul_call = add_message(
            session, now, paul, Channel.PHONE, MessageStatus.QUEUED,
            scheduled_for=_utc(28, 9), expires_at=_utc(30, 14, 30), recipient="+33622222222",
            body="Bonjour, ici le cabinet du Parc. Puis-je parler à M. Paul Roux ? "
                 "Nous vous rappelons votre rendez-vous de lundi à 15 h 30.",
        )  # fmt: skip
        helene_call = add_message(
            session, now, helene, Channel.PHONE, MessageStatus.QUEUED,
            scheduled_for=_utc(28, 9, 15), expires_at=_utc(1, 8, month=12),
            recipient="+33612345678", body="Bonjour, ici le cabinet du Parc.",
        )  # fmt: skip
        unsure = add_message(
            session, now, marie, Channel.SMS, MessageStatus.UNKNOWN, scheduled_for=_utc(28, 9),
            attempts=1, recipient="+33611111111",
            last_error="interrupted while sending: check with the provider before resending",
        )  # fmt: skip
        retrying = add_message(
            session, now, helene, Channel.EMAIL, MessageStatus.RETRY, purpose="vaccination",
            scheduled_for=_utc(28, 9), attempts=2, next_attempt_at=_utc(28, 10),
            last_error="mail server unreachable (connection refused)",
            recipient="helene@exemple.fr",
        )  # fmt: skip
        add_message(session, now, luc, Channel.LETTER, MessageStatus.QUEUED,
                    purpose="screening_recall", recipient="3 rue des Lilas")  # fmt: skip
        # A consent purpose, and Marie never gave her consent.
        add_reminder(session, now, marie, _utc(3, 9, month=12), purpose="health_education")
        rights_requests.open_request(
            session, context.clock, context.actor, marie, RequestKind.ACCESS,
            date(2026, 10, 20), "letter",
        )  # fmt: skip
    return Scene(helene, luc, marie, paul, paul_call, helene_call, unsure, retrying)


def _page(qtbot, context: UiContext) -> TodayPage:
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    _settled(qtbot, page)
    return page


def _settled(qtbot, page: TodayPage) -> None:
    """Wait until no refresh is running or queued, and the last one is on screen."""
    qtbot.waitUntil(lambda: page.summary is not None and not page.busy(), timeout=10_000)


def _message(context: UiContext, message_id: int) -> Message:
    with context.database.read_session() as session:
        message = session.get(Message, message_id)
        assert message is not None
        return message


def _texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _call_names(page: TodayPage) -> list[str]:
    table = page.call_list.table
    return [table.item(r, PATIENT).text() for r in range(table.rowCount())]


def test_the_page_shows_the_days_counts_and_lists(qtbot, context, scene) -> None:
    page = _page(qtbot, context)
    tiles = {channel: (t.count.text(), t.detail.text()) for channel, t in page.tiles.items()}
    assert tiles == {
        Channel.SMS: ("2", "2 sent"),
        Channel.EMAIL: ("1", "1 to go"),
        Channel.LETTER: ("1", "1 to print"),
        Channel.PHONE: ("2", "2 to call"),
    }
    assert page.heading.text().startswith("Today, ")
    assert "28" in page.heading.text()
    assert page.calls_box.title() == "Call list (2)"
    assert _call_names(page) == ["ROUX Paul", "LEFÈVRE Hélène"]  # in the order to call
    table = page.call_list.table
    assert table.item(0, NUMBERS).text() == "06 22 22 22 22 (mobile)\n04 78 00 00 00 (landline)"
    assert table.item(0, TRIES).text() == "Not called yet"
    # The first call is selected: its script is there and one click records it.
    assert page.call_list.selected_call().message_id == scene.paul_call
    assert page.call_list.script.toPlainText().startswith("Bonjour, ici le cabinet du Parc.")
    assert page.call_list.buttons[CallOutcome.REACHED].isEnabled()

    (retry,) = _texts(page.retry_list)
    assert retry == (
        "\u21bb Will try again at 11:00\nLEFÈVRE Hélène — E-mail, Vaccination\n"
        "mail server unreachable (connection refused)"
    )
    assert not page.retry_list.item(0).icon().isNull()  # a sign and an icon, not a colour
    (unsure,) = _texts(page.review_list)
    assert unsure.startswith("? Not sure it went\nDUPONT Marie — SMS")
    assert page.review_list.item(0).toolTip() == "To: 06 11 11 11 11"

    top = page.left_out.topLevelItem(0)
    assert page.left_out_box.title() == "Left out, and why (1)"
    assert top.text(0) == "No consent recorded (1)"
    # Purposes are named in the UI's language: French until English is installed.
    assert top.child(0).text(0).startswith("DUPONT Marie — Information santé, ")
    assert "DUPONT Marie (Access (Art. 15), due 20/11/2026)" in page.overdue.text()
    assert page.overdue.isVisible()
    assert page.print_run.text().startswith("Letters waiting for the print run: 1 (large print: 1)")


def test_every_exclusion_code_has_words(qtbot, context) -> None:
    page = _page(qtbot, context)
    words = [page.reason_text(code) for code in EXCLUSION_CODES]
    assert all(w and w not in EXCLUSION_CODES for w in words)
    assert len(set(words)) == len(words)
    assert page.reason_text("cap_week") == "Weekly limit reached"
    assert page.reason_text("too_late_for_post") == "Too late for the post"


def test_an_empty_day_says_so(qtbot, context) -> None:
    page = _page(qtbot, context)
    assert [t.detail.text() for t in page.tiles.values()] == ["nothing today"] * 4
    assert page.call_list.empty.isVisible()
    assert not page.call_list.table.isVisible()
    assert not page.call_list.buttons[CallOutcome.REACHED].isEnabled()
    assert _texts(page.retry_list) == ["Nothing to retry."]
    assert _texts(page.review_list) == ["Nothing to review."]
    assert not page.retry_button.isEnabled()
    assert page.left_out.topLevelItem(0).text(0) == "\u2713 Nobody is left out."
    assert not page.overdue.isVisible()


def test_reached_on_the_selected_call_records_it_and_takes_it_off_the_list(
    qtbot, context, scene
) -> None:
    page = _page(qtbot, context)
    qtbot.mouseClick(page.call_list.buttons[CallOutcome.REACHED], Qt.MouseButton.LeftButton)
    assert _call_names(page) == ["LEFÈVRE Hélène"]  # at once, before any refresh
    assert page.call_list.selected_call().message_id == scene.helene_call  # the next one
    assert page.message.text() == "ROUX Paul reached: the call is done."
    message = _message(context, scene.paul_call)
    assert (message.status, message.call_outcome, message.handled_by) == (
        MessageStatus.CALLED, CallOutcome.REACHED, "admin",
    )  # fmt: skip
    _settled(qtbot, page)
    assert _call_names(page) == ["LEFÈVRE Hélène"]
    assert page.calls_box.title() == "Call list (1)"
    assert page.tiles[Channel.PHONE].detail.text() == "1 called · 1 to call"


def test_no_answer_keeps_the_call_for_later_and_moves_on(qtbot, context, scene) -> None:
    page = _page(qtbot, context)
    page.call_list.note.setText("Sonne dans le vide")
    qtbot.mouseClick(page.call_list.buttons[CallOutcome.NO_ANSWER], Qt.MouseButton.LeftButton)
    assert page.call_list.selected_call().message_id == scene.helene_call
    _settled(qtbot, page)
    # Paul goes back in line after Hélène, to be called again in an hour.
    assert _call_names(page) == ["LEFÈVRE Hélène", "ROUX Paul"]
    assert page.call_list.table.item(1, TRIES).text() == (
        "\u2706 No answer (try 1 of 3)\nagain after 11:30"
    )
    message = _message(context, scene.paul_call)
    assert (message.status, message.attempts, message.last_error) == (
        MessageStatus.QUEUED, 1, "Sonne dans le vide",
    )  # fmt: skip


def test_wrong_number_flags_the_number_dialled(qtbot, context, scene) -> None:
    page = _page(qtbot, context)
    number = page.call_list.number
    assert number.isEnabled()  # Paul has two numbers: say which one was dialled
    number.setCurrentIndex(number.findText("04 78 00 00 00 (landline)"))
    qtbot.mouseClick(page.call_list.buttons[CallOutcome.WRONG_NUMBER], Qt.MouseButton.LeftButton)
    assert "04 78 00 00 00 is flagged" in page.message.text()
    with context.database.read_session() as session:
        flagged = {
            c.value: c.bounced
            for c in session.scalars(
                select(ContactPoint).where(ContactPoint.patient_id == scene.paul)
            )
        }
    assert flagged == {"+33622222222": False, "+33478000000": True}
    _settled(qtbot, page)
    assert _call_names(page) == ["LEFÈVRE Hélène"]
    # The failed call waits under "to retry", in words.
    assert any(
        t.startswith("\u2717 Failed\nROUX Paul — Phone") and t.endswith("\nWrong number")
        for t in _texts(page.retry_list)
    )


def test_outcomes_are_reachable_by_keyboard(qtbot, context, scene) -> None:
    page = _page(qtbot, context)
    shortcuts = {
        outcome: button.shortcut().toString() for outcome, button in page.call_list.buttons.items()
    }
    assert shortcuts == {
        CallOutcome.REACHED: "Alt+R",
        CallOutcome.VOICEMAIL: "Alt+V",
        CallOutcome.NO_ANSWER: "Alt+N",
        CallOutcome.WRONG_NUMBER: "Alt+W",
    }
    others = [page.retry_button, page.sent_button, page.send_again_button, page.refresh_button]
    keys = [b.shortcut() for b in others] + [b.shortcut() for b in page.call_list.buttons.values()]
    assert len({k.toString() for k in keys}) == len(keys)  # no two buttons share a key
    assert all(not k.isEmpty() for k in keys)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.call_list.table.setFocus()
    qtbot.keyClick(page.call_list.table, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: the button fires a moment after the key.
    qtbot.waitUntil(lambda: _message(context, scene.paul_call).call_outcome is not None)
    assert _message(context, scene.paul_call).call_outcome is CallOutcome.VOICEMAIL
    assert _call_names(page) == ["LEFÈVRE Hélène"]
    _settled(qtbot, page)


def test_it_was_sent_settles_an_unsure_message(qtbot, context, scene) -> None:
    page = _page(qtbot, context)
    assert not page.sent_button.isEnabled()  # nothing selected yet
    assert page.select_message(scene.unsure)
    assert page.sent_button.isEnabled()
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    assert _message(context, scene.unsure).status is MessageStatus.SENT
    assert page.message.text() == "DUPONT Marie's message is recorded as sent."
    _settled(qtbot, page)
    assert _texts(page.review_list) == ["Nothing to review."]
    assert page.review_box.title() == "To review (0)"
    assert page.tiles[Channel.SMS].count.text() == "3"


def test_send_again_asks_first(qtbot, context, scene, monkeypatch) -> None:
    page = _page(qtbot, context)
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(message: today.MessageToCheck) -> bool:
        asked.append(message.patient_name)
        return next(answers)

    monkeypatch.setattr(page, "confirm_send_again", confirm)
    page.select_message(scene.unsure)
    assert not page.send_again_selected()  # the person said no: nothing changes
    assert _message(context, scene.unsure).status is MessageStatus.UNKNOWN
    assert page.send_again_selected()
    assert asked == ["DUPONT Marie", "DUPONT Marie"]
    message = _message(context, scene.unsure)
    assert (message.status, message.next_attempt_at) == (MessageStatus.PLANNED, None)
    _settled(qtbot, page)
    assert _texts(page.review_list) == ["Nothing to review."]
    assert page.tiles[Channel.SMS].detail.text() == "2 sent · 1 to go"


def test_retry_now(qtbot, context, scene) -> None:
    page = _page(qtbot, context)
    page.select_message(scene.retrying)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    message = _message(context, scene.retrying)
    assert (message.status, message.next_attempt_at) == (MessageStatus.RETRY, context.clock.now())
    _settled(qtbot, page)
    (text,) = _texts(page.retry_list)
    assert text.startswith("\u21bb Will try again at 10:30\nLEFÈVRE Hélène")


def test_an_outcome_another_desk_recorded_first_is_explained(qtbot, context, scene) -> None:
    page = _page(qtbot, context)
    with context.database.transaction() as session:
        calls.record_outcome(session, context.clock, NADIA, scene.paul_call, CallOutcome.REACHED)
    qtbot.mouseClick(page.call_list.buttons[CallOutcome.VOICEMAIL], Qt.MouseButton.LeftButton)
    assert "not on the call list any more" in page.message.text()
    assert _message(context, scene.paul_call).call_outcome is CallOutcome.REACHED
    page.refresh()
    _settled(qtbot, page)
    assert _call_names(page) == ["LEFÈVRE Hélène"]


def test_the_summary_is_read_off_the_gui_thread(qtbot, context, scene, monkeypatch) -> None:
    threads: list[str] = []
    real = today.summary

    def spy(session, clock):
        threads.append(threading.current_thread().name)
        return real(session, clock)

    monkeypatch.setattr(today, "summary", spy)
    page = _page(qtbot, context)
    assert threads
    assert threading.main_thread().name not in threads
    page.refresh()
    assert page.updating.isVisible()  # a quiet word while it reads
    page.refresh()  # asked again meanwhile: read once more afterwards, not twice at once
    _settled(qtbot, page)
    assert not page.updating.isVisible()
    assert len(threads) == 3


def test_without_the_right_to_edit_nothing_can_be_recorded(
    qtbot, context, scene, monkeypatch
) -> None:
    monkeypatch.setitem(
        access.ROLE_PERMISSIONS, Role.RECEPTIONIST, frozenset({Permission.VIEW_PATIENTS})
    )
    context.actor = NADIA
    page = _page(qtbot, context)
    assert _call_names(page) == ["ROUX Paul", "LEFÈVRE Hélène"]  # still shown
    assert not any(b.isEnabled() for b in page.call_list.buttons.values())
    page.call_list.select_call(scene.helene_call)  # choosing another call changes nothing
    assert not any(b.isEnabled() for b in page.call_list.buttons.values())
    page.select_message(scene.unsure)
    assert not page.sent_button.isEnabled()
    with context.database.read_session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "call.recorded" not in actions


def test_screenshot_today_in_english(qtbot, qapp, context, scene) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    install_translators(qapp, "en")
    try:
        more = [
            PatientData(last, first, date(1950 + n, 1, 1),
                        contacts=[ContactData(ContactKind.LANDLINE, f"+3347800{n:04d}")])
            for n, (last, first) in enumerate(
                [("Guérin", "Thérèse"), ("N'Diaye", "Aminata"), ("Fontaine", "Joël")]
            )
        ]  # fmt: skip
        now = context.clock.now()
        with context.database.transaction() as session:
            for n, patient_id in enumerate(insert_many(session, now, more)):
                add_message(session, now, patient_id, Channel.PHONE, MessageStatus.QUEUED,
                            recipient=f"+3347800{n:04d}", scheduled_for=_utc(28, 9, 30 + n),
                            expires_at=_utc(2, 9 + n, month=12),
                            body="Bonjour, ici le cabinet du Parc.")  # fmt: skip
        page = _page(qtbot, context)
        qtbot.mouseClick(page.call_list.buttons[CallOutcome.NO_ANSWER], Qt.MouseButton.LeftButton)
        _settled(qtbot, page)
        page.select_message(scene.unsure)
        qtbot.wait(10)
        assert page.grab().save(str(SCREENSHOTS / "today-en.png"))
    finally:
        remove_translators(qapp)


def test_why_a_message_waits_is_said_in_the_user_s_language(
    qtbot, context: UiContext, qapp
) -> None:
    import dataclasses

    from app import dispatch

    page = _page(qtbot, context)
    waiting = today.MessageToCheck(
        message_id=1, patient_id=1, patient_name="LEFÈVRE Hélène",
        purpose=today.PurposeName("appointment_reminder", "Rappel de rendez-vous",
                                  "Appointment reminder"),
        channel=Channel.SMS, status=MessageStatus.RETRY, recipient="+33612345678",
        scheduled_for=_utc(28, 9), expires_at=_utc(30, 9), attempts=1, next_attempt_at=None,
        last_error=dispatch.NO_SMS_GATEWAY, call_outcome=None,
    )  # fmt: skip
    assert page.problem_text(waiting) == (
        "No SMS gateway is set up yet: see the Sending messages page."
    )
    other = dataclasses.replace(waiting, last_error="gateway answered 503")
    assert page.problem_text(other) == "gateway answered 503"  # the server's own words
    install_translators(qapp, "fr")
    try:
        assert page.problem_text(waiting) == (
            "Aucune passerelle SMS n’est encore réglée : voir la page Envoi des messages."
        )
    finally:
        remove_translators(qapp)
