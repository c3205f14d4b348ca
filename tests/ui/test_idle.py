"""Auto-lock: no input for the interval locks the window; the password unlocks it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.access import Actor
from app.clock import FixedClock
from app.practice import PracticeDatabase
from app.settings import load_practice
from tests.helpers.fixtures import ADMIN_PASSWORD
from ui.context import UiContext
from ui.idle import IdleWatcher
from ui.login import LoginDialog
from ui.main_window import MainWindow


def test_watcher_fires_after_the_interval_without_input(qtbot: QtBot) -> None:
    watcher = IdleWatcher(100)
    watcher.start()
    try:
        with qtbot.waitSignal(watcher.idle, timeout=2_000):
            pass
        assert not watcher.active  # fires once, until started again
    finally:
        watcher.stop()


def test_input_postpones_the_lock(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watcher = IdleWatcher(400)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    try:
        for _ in range(6):  # 6 x 150 ms of typing: longer than the interval
            qtbot.wait(150)
            qtbot.keyClick(edit, Qt.Key.Key_A)
        assert not fired
        with qtbot.waitSignal(watcher.idle, timeout=2_000):
            pass
    finally:
        watcher.stop()


def test_auto_lock_then_unlock_with_the_password(
    qtbot: QtBot, database: PracticeDatabase, admin: Actor, clock: FixedClock
) -> None:
    with database.read_session() as session:
        context = UiContext(database, admin, clock, load_practice(session))
    window = MainWindow(context, idle_interval_ms=150)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    patients = window.current_page()

    with qtbot.waitSignal(window.locked, timeout=3_000):
        pass
    assert window.is_locked
    assert not window.workspace.isVisible()
    assert not patients.isVisible()  # no patient data on screen
    assert not window.idle_watcher.active

    answered: list[str] = []

    def answer_unlock_prompt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, answer_unlock_prompt)
            return
        if not answered:
            answered.append("wrong")
            dialog.password_edit.setText("not it")
        else:
            if dialog.busy:
                QTimer.singleShot(20, answer_unlock_prompt)
                return
            assert "password is not right" in dialog.message.text()
            answered.append("right")
            dialog.password_edit.setText(ADMIN_PASSWORD)
        dialog.submit()
        if len(answered) == 1:
            QTimer.singleShot(20, answer_unlock_prompt)

    QTimer.singleShot(0, answer_unlock_prompt)
    with qtbot.waitSignal(window.unlocked, timeout=15_000):
        pass
    assert answered == ["wrong", "right"]
    assert not window.is_locked
    assert window.workspace.isVisible()
    assert window.idle_watcher.active
    window.close()


def test_sign_out_from_the_lock_page(
    qtbot: QtBot, database: PracticeDatabase, admin: Actor, clock: FixedClock
) -> None:
    with database.read_session() as session:
        context = UiContext(database, admin, clock, load_practice(session))
    window = MainWindow(context, unlocker=lambda _context, _parent: False)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    with qtbot.waitSignal(window.closed) as closed:
        qtbot.mouseClick(window.lock_page.sign_out_button, Qt.MouseButton.LeftButton)
    assert closed.args == [True]
