"""Asking before an action that cannot be undone: the safe answer is the default and Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.confirm import confirm

# The offscreen platform cannot size a message box's window; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _answer(qtbot, press) -> None:
    def act() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        press(box)

    QTimer.singleShot(0, act)


def test_the_safe_answer_is_the_default_and_escape_keeps(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def default_then_enter(box: QMessageBox) -> None:
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    _answer(qtbot, default_then_enter)
    assert confirm(parent, "Stop", "Stop it?", "Stop it", "Keep it") is False
    assert seen == ["Keep it"]
    _answer(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert confirm(parent, "Stop", "Stop it?", "Stop it", "Keep it") is False


def test_only_the_named_action_says_yes(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def click_stop(box: QMessageBox) -> None:
        assert box.informativeText() == "Two reminders ahead go too."
        [stop] = [b for b in box.buttons() if b.text() == "Stop it"]
        stop.click()

    _answer(qtbot, click_stop)
    assert confirm(parent, "Stop", "Stop it?", "Stop it", "Keep it",
                   details="Two reminders ahead go too.") is True  # fmt: skip
