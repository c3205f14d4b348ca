"""The progress dialog shows a task's progress in the words the screen chooses (issue 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_background import count_to
from ui.background import run_in_background


def test_the_dialog_shows_the_described_message_not_the_task_s(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    described: list[str] = []

    def describe(message: str) -> str:
        described.append(message)
        return "Étape " + message.removeprefix("item ")

    job = run_in_background(
        parent, "Counting", count_to(500, 0.02), None, lambda _error: None, describe=describe
    )
    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)), timeout=5_000)
    dialog = parent.findChildren(QProgressDialog)[0]
    qtbot.waitUntil(lambda: dialog.labelText().startswith("Étape "), timeout=5_000)
    assert not dialog.labelText().startswith("item ")
    assert described
    assert all(message.startswith("item ") for message in described)
    (cancel_button,) = dialog.findChildren(QPushButton)
    with qtbot.waitSignal(job.finished, timeout=5_000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
