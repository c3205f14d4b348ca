"""run_gui end to end: sign in, the main window opens, closing it ends the run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.practice import PracticeDatabase
from app.version import version
from tests.helpers.fixtures import ADMIN_PASSWORD
from ui.app import create_application, run_gui
from ui.i18n import remove_translators
from ui.login import LoginDialog
from ui.main_window import MainWindow


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    monkeypatch.setenv("RELAIS_LANGUAGE", "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale.c())
    qapp.setQuitOnLastWindowClosed(True)


def test_create_application_sets_name_style_and_font(qapp: QApplication) -> None:
    app = create_application([])
    assert app is qapp
    assert app.applicationName() == "Relais"
    assert app.font().pointSizeF() >= 10
    assert not app.windowIcon().isNull()  # the title bars' icon, from resources/icons


def test_sign_in_then_close_the_window(
    qtbot: QtBot, english: None, database: PracticeDatabase, db_path: Path
) -> None:
    database.close()
    seen: list[str] = []

    def drive() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, LoginDialog):
            if not widget.busy and not seen:
                seen.append("login")
                widget.username_edit.setText("admin")
                widget.password_edit.setText(ADMIN_PASSWORD)
                widget.submit()
            QTimer.singleShot(20, drive)
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].isVisible():
            seen.append(windows[0].windowTitle())
            windows[0].close()
            return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert run_gui(db_path, ["relais"]) == 0
    assert seen == ["login", f"Relais {version()} — Cabinet du Parc"]


def test_cancelling_the_sign_in_ends_the_run(
    qtbot: QtBot, english: None, database: PracticeDatabase, db_path: Path
) -> None:
    database.close()

    def cancel() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, LoginDialog):
            widget.reject()
        else:
            QTimer.singleShot(20, cancel)

    QTimer.singleShot(0, cancel)
    assert run_gui(db_path, ["relais"]) == 0
