"""Complaints past a deadline show on Today in words, and lead to the Feedback page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from app import complaints
from db.models import ComplaintCategory, ComplaintChannel, ComplaintOutcome
from ui.context import UiContext
from ui.today.page import TodayPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"  # with the others, looked at


def _record(context: UiContext, received: date) -> int:
    with context.database.transaction() as session:
        return complaints.record_complaint(
            session,
            context.clock,
            context.actor,
            received_on=received,
            channel=ComplaintChannel.PHONE,
            from_whom="M. Zqxlate",
            category=ComplaintCategory.RECEPTION,
            description="Zqx rude at the desk",
        ).id


def _page(qtbot, context: UiContext) -> TodayPage:
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitUntil(lambda: page.summary is not None and not page.busy(), timeout=10_000)
    return page


def _short(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def test_overdue_complaints_are_said_in_words_with_a_sign(qtbot, context) -> None:
    # Today is Saturday 28 Nov 2026.  Received Mon 2 Nov: acknowledgement due Wed 4 Nov.
    unacknowledged = _record(context, date(2026, 11, 2))
    # Received 20 Oct, acknowledged, answer due 19 Nov: 9 days late.
    unanswered = _record(context, date(2026, 10, 20))
    on_time = _record(context, date(2026, 11, 27))  # due Tue 1 Dec
    answered = _record(context, date(2026, 10, 1))
    with context.database.transaction() as session:
        complaints.acknowledge(
            session, context.clock, context.actor, unanswered, on=date(2026, 10, 21)
        )
        complaints.answer(
            session,
            context.clock,
            context.actor,
            answered,
            outcome=ComplaintOutcome.NOT_UPHELD,
            text="x",
        )
    page = _page(qtbot, context)
    assert [o.complaint.id for o in page.summary.overdue_complaints] == [
        unanswered,
        unacknowledged,
    ]
    assert on_time not in {o.complaint.id for o in page.summary.overdue_complaints}
    text = page.overdue_complaints.text()
    # "9 day(s)" until the English catalogue has the plural, "9 days" after.
    first, second = text.split("; ")
    assert first.startswith(
        f"\u26a0 Complaint of {_short(date(2026, 10, 20))}: answer overdue by 9 day"
    )
    assert second.startswith(
        f"Complaint of {_short(date(2026, 11, 2))}: acknowledgement overdue by 24 day"
    )
    assert "Zqx" not in text  # no name, no description on the day's first screen
    assert page.overdue_complaints.isVisible()
    assert page.feedback_button.isVisible()
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(10)  # the layout settles around the new line
    page.grab().save(str(SHOTS / "today-complaints.png"))
    with qtbot.waitSignal(page.feedback_requested, timeout=1000):
        qtbot.mouseClick(page.feedback_button, Qt.MouseButton.LeftButton)


def test_nothing_overdue_nothing_shown(qtbot, context) -> None:
    _record(context, date(2026, 11, 27))
    page = _page(qtbot, context)
    assert page.summary.overdue_complaints == ()
    assert not page.overdue_complaints.isVisible()
    assert not page.feedback_button.isVisible()
