"""Signing in and unlocking, on a real encrypted database."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.practice import PracticeDatabase, sign_in, throttle_for
from app.settings import load_practice
from tests.helpers.fixtures import ADMIN_PASSWORD
from ui.context import UiContext
from ui.login import LoginDialog


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def submit(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    if dialog.context is None:
        dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_right_password_signs_in(
    qtbot: QtBot, database: PracticeDatabase, db_path: Path, clock: FixedClock
) -> None:
    database.close()
    dialog = LoginDialog(db_path, clock)
    qtbot.addWidget(dialog)
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        submit(qtbot, dialog, "Admin", ADMIN_PASSWORD)
    opened, actor = dialog.result_value
    try:
        assert actor.username == "admin"
        with opened.read_session() as session:
            assert load_practice(session).name == "Cabinet du Parc"
    finally:
        opened.close()


def test_wrong_password_says_so_and_leaves_the_files_unchanged(
    qtbot: QtBot, database: PracticeDatabase, db_path: Path, clock: FixedClock
) -> None:
    database.close()
    before = (digest(db_path), digest(database.key_file_path))
    dialog = LoginDialog(db_path, clock)
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, "admin", "not the password")
    assert dialog.result() == 0
    assert dialog.result_value is None
    assert "password is not right" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert (digest(db_path), digest(database.key_file_path)) == before
    assert dialog.password_edit.hasSelectedText() or not dialog.password_edit.text()


def test_unknown_user_gets_the_same_clear_message(
    qtbot: QtBot, database: PracticeDatabase, db_path: Path, clock: FixedClock
) -> None:
    database.close()
    dialog = LoginDialog(db_path, clock)
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, "nobody", ADMIN_PASSWORD)
    assert "user name or the password is not right" in dialog.message.text()


def test_repeated_failures_show_the_wait(
    qtbot: QtBot, database: PracticeDatabase, db_path: Path, clock: FixedClock
) -> None:
    database.close()
    throttle = throttle_for(db_path)
    for _ in range(4):
        throttle.record_failure("admin", clock)
    dialog = LoginDialog(db_path, clock)
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, "admin", ADMIN_PASSWORD)  # even the right one must wait
    assert dialog.result_value is None
    assert "Too many failed attempts" in dialog.message.text()
    assert "Wait 2 second" in dialog.message.text()  # 1 s, then 2 s, 4 s ... after 3 free tries


def test_ask_returns_none_when_cancelled_with_escape(
    qtbot: QtBot, database: PracticeDatabase, db_path: Path, clock: FixedClock
) -> None:
    database.close()

    def press_escape() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    assert LoginDialog.ask(db_path, clock) is None


def test_ask_returns_the_open_database(
    qtbot: QtBot, database: PracticeDatabase, db_path: Path, clock: FixedClock
) -> None:
    database.close()

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog)
        assert dialog.username_edit.text() == "admin"
        assert dialog.password_edit.hasFocus() or dialog.focusWidget() is dialog.password_edit
        qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_password)
    result = LoginDialog.ask(db_path, clock, username="admin")
    assert result is not None
    opened, actor = result
    opened.close()
    assert actor.username == "admin"


def test_unlock_checks_the_same_users_password(
    qtbot: QtBot, database: PracticeDatabase, db_path: Path, clock: FixedClock
) -> None:
    database.close()
    opened, actor = sign_in(db_path, "admin", ADMIN_PASSWORD, clock)
    try:
        with opened.read_session() as session:
            context = UiContext(opened, actor, clock, load_practice(session))
        dialog = LoginDialog(db_path, clock, context=context)
        qtbot.addWidget(dialog)
        assert dialog.username_edit.isHidden()
        submit(qtbot, dialog, "", "wrong password")
        assert "password is not right" in dialog.message.text()
        from app.auth import find_user

        with opened.read_session() as session:
            user = find_user(session, "admin")
            assert user is not None
            assert user.failed_logins == 1  # the failure was committed, so back-off works
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            submit(qtbot, dialog, "", ADMIN_PASSWORD)
        assert dialog.result_value is True
    finally:
        opened.close()
