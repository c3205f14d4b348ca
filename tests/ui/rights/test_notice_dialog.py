"""The privacy notice from the Data-rights page: the versions listed, the one in force
first, a new one published by an administrator; the dialogs grabbed to PNG."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from app import consent
from app.access import Actor
from db.models import Role
from ui.rights.notice_dialog import (
    AGREE_AGAIN,
    PUBLISHED,
    SUMMARY,
    VERSION,
    NoticeDialog,
    PublishNoticeDialog,
)
from ui.rights.requests_page import RequestsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NADIA = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)


def _rows(dialog: NoticeDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [
        tuple(table.item(row, column).text() for column in (VERSION, PUBLISHED, AGREE_AGAIN))
        for row in range(table.rowCount())
    ]


def test_an_administrator_publishes_a_new_version(qtbot, context) -> None:
    with context.database.transaction() as session:
        consent.publish_notice(
            session, context.clock, context.actor, "2026-03",
            "Première version : rappels par SMS, e-mail, courrier ou appel.",
            needs_reconfirmation=False, published_on=date(2026, 3, 2),
        )  # fmt: skip
    dialog = NoticeDialog(context)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [("2026-03", "02/03/2026", "no")]
    assert dialog.in_force.text() == "In force now: version 2026-03, published on 02/03/2026."

    publish = PublishNoticeDialog(context, dialog)
    qtbot.addWidget(publish)
    assert not publish.publish_button.isEnabled()  # nothing typed yet
    assert publish.published_on.date() == QDate(2026, 11, 28)
    assert publish.published_on.maximumDate() == QDate(2026, 11, 28)  # never ahead
    publish.version.setText("2026-11")
    publish.summary.setPlainText(
        "Nouvelle finalité : enquêtes de satisfaction par e-mail, avec votre accord."
    )
    publish.reconfirm.setChecked(True)
    assert publish.publish_button.isEnabled()
    publish.show()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert publish.grab().save(str(SCREENSHOTS / "privacy_notice_publish.png"))
    assert publish.publish()
    assert publish.published == "2026-11"

    with qtbot.waitSignal(dialog.published) as said:
        dialog.after_publishing("2026-11")
    assert said.args == ["Version 2026-11 published."]
    assert _rows(dialog) == [("2026-11", "28/11/2026", "yes"), ("2026-03", "02/03/2026", "no")]
    assert dialog.table.item(0, SUMMARY).text().startswith("Nouvelle finalité")
    assert dialog.in_force.text() == "In force now: version 2026-11, published on 28/11/2026."
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # the rows take their height once the summary column has its width
    assert dialog.table.rowHeight(0) < 3 * dialog.fontMetrics().lineSpacing()
    assert dialog.grab().save(str(SCREENSHOTS / "privacy_notice.png"))
    with context.database.read_session() as session:
        [newest, _first] = consent.notices(session)
    assert (newest.version, newest.needs_reconfirmation) == ("2026-11", True)


def test_a_version_already_used_is_explained_under_the_fields(qtbot, context) -> None:
    with context.database.transaction() as session:
        consent.publish_notice(
            session, context.clock, context.actor, "2026-11", "Première version",
            needs_reconfirmation=False,
        )  # fmt: skip
    publish = PublishNoticeDialog(context)
    qtbot.addWidget(publish)
    publish.version.setText("2026-11")
    publish.summary.setPlainText("Autre chose")
    publish.published_on.setDate(QDate(2026, 10, 1))
    assert not publish.publish()
    assert publish.error.isVisibleTo(publish)
    assert publish.error.text() == (
        "⚠ Version 2026-11 exists already: give the new one another name."
    )
    assert publish.published is None


def test_the_page_opens_the_dialog_and_says_what_was_published(qtbot, context) -> None:
    page = RequestsPage(context)
    qtbot.addWidget(page)
    assert page.notice_button.isEnabled()
    seen: list[str] = []

    def publish_through_the_dialogs() -> None:
        # The notice dialog is modal: fill the publishing dialog once it is open.
        top = QApplication.activeModalWidget()
        if isinstance(top, NoticeDialog):
            seen.append(top.in_force.text())
            QTimer.singleShot(0, fill_publish)
            top.publish_button.click()
        else:
            QTimer.singleShot(20, publish_through_the_dialogs)

    def fill_publish() -> None:
        top = QApplication.activeModalWidget()
        if not isinstance(top, PublishNoticeDialog):
            QTimer.singleShot(20, fill_publish)
            return
        top.version.setText("2026-11")
        top.summary.setPlainText("Première version")
        top.publish_button.click()
        QTimer.singleShot(0, close_notice)

    def close_notice() -> None:
        top = QApplication.activeModalWidget()
        if isinstance(top, NoticeDialog):
            seen.append(top.in_force.text())
            top.reject()
        else:
            QTimer.singleShot(20, close_notice)

    QTimer.singleShot(0, publish_through_the_dialogs)
    page.show_notice()
    assert seen[0].startswith("No version published yet")
    assert seen[1] == "In force now: version 2026-11, published on 28/11/2026."
    assert page.message.text().endswith("Version 2026-11 published.")


def test_a_receptionist_sees_the_button_but_cannot_publish(qtbot, context) -> None:
    theirs = replace(context, actor=NADIA)
    page = RequestsPage(theirs)
    qtbot.addWidget(page)
    assert not page.notice_button.isEnabled()
    dialog = NoticeDialog(theirs)
    qtbot.addWidget(dialog)
    assert not dialog.publish_button.isEnabled()
    publish = PublishNoticeDialog(theirs)
    qtbot.addWidget(publish)
    publish.version.setText("2026-11")
    publish.summary.setPlainText("Première version")
    assert not publish.publish()
    assert publish.error.text() == "⚠ Only an administrator publishes the privacy notice."


def test_the_button_sits_with_the_reports_on_the_page(qtbot, context) -> None:
    page = RequestsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 420)
    page.show()
    qtbot.waitExposed(page)
    assert page.notice_button.isVisible()
    assert page.notice_button.text() == "Pri&vacy notice…"
    SCREENSHOTS.mkdir(exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "rights_page_with_notice.png"))
