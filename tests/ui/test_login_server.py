"""Signing in to a group practice's PostgreSQL database from the login dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from app import server_credentials
from app.clock import FixedClock
from app.practice import ServerDatabase, create_server_practice
from app.settings import PracticeSettings
from db.engine import public_url
from tests.helpers.fixtures import ADMIN_PASSWORD
from ui.login import LoginDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def server(postgres_database: URL, clock: FixedClock) -> ServerDatabase:
    database, _ = create_server_practice(
        postgres_database,
        clock,
        admin_username="admin",
        admin_full_name="Alice Admin",
        admin_password=ADMIN_PASSWORD,
        practice=PracticeSettings(name="Maison de santé des Tilleuls"),
    )
    database.close()
    return database


def _sign_in(qtbot: QtBot, dialog: LoginDialog, password: str, server_password: str = "") -> None:
    dialog.username_edit.setText("admin")
    dialog.password_edit.setText(password)
    dialog.server_password_edit.setText(server_password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)


def test_the_server_password_is_asked_once_and_kept_in_the_keychain(
    qtbot: QtBot, server: ServerDatabase, keychain, clock: FixedClock
) -> None:
    address = server_credentials.server_address(public_url(server.url))
    dialog = LoginDialog(address, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.needs_server_password
    assert dialog.server_password_edit.isVisible()
    _sign_in(qtbot, dialog, "wrong password", "not the server's")
    assert "could not be opened" in dialog.message.text()
    assert "password authentication failed" in dialog.message.text()
    assert "not the server's" not in dialog.message.text()
    dialog.message.clear()
    dialog.remember_check.setChecked(True)
    dialog.username_edit.setText("admin")
    dialog.password_edit.setText("wrong password")
    dialog.server_password_edit.setText(str(server.url.password))
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "login-server.png"))
    _sign_in(qtbot, dialog, "wrong password", str(server.url.password))
    assert "password is not right" in dialog.message.text()
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        _sign_in(qtbot, dialog, ADMIN_PASSWORD, str(server.url.password))
    opened, actor = dialog.result_value
    opened.close()
    assert actor.username == "admin"
    assert server_credentials.stored_password(address) == server.url.password
    # Next time the keychain supplies it: no server password field.
    again = LoginDialog(server_credentials.with_password(address, {}), clock)
    qtbot.addWidget(again)
    again.show()
    assert not again.needs_server_password
    assert not again.server_password_edit.isVisible()
