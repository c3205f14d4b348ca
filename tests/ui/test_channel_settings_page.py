"""The e-mail and SMS settings on screen: located errors, nothing saved until they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import channel_settings
from app.access import Actor
from db.models import Role
from tests.helpers.servers import SmtpServer
from ui.channel_settings_page import ChannelSettingsPage
from ui.i18n import install_translators, remove_translators

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _fill_email(page: ChannelSettingsPage, port: int = 587) -> None:
    page.email_on.setChecked(True)
    page.host.setText("smtp.cabinet-du-parc.fr")
    page.port.setValue(port)
    page.username.setText("accueil")
    page.password.setText("mot de passe secret")
    page.sender_address.setText("accueil@cabinet-du-parc.fr")
    page.sender_name.setText("Cabinet du Parc")


def test_saved_settings_come_back_and_the_password_is_kept(qtbot, context) -> None:
    page = ChannelSettingsPage(context)
    qtbot.addWidget(page)
    _fill_email(page)
    page.preset.setCurrentIndex(1)
    page.preset.activated.emit(1)
    page.url.setText("https://sms.example.fr/send")
    page.auth_value.setText("Bearer abc")
    page.sms_sender.setText("CABINET")
    page.reply_number.setText("06 39 98 12 34")
    assert page.save(), page.message.text()
    assert page.message.text() == "✓ Saved."
    with context.database.read_session() as session:
        stored = channel_settings.load(session)
    assert stored.email.password == "mot de passe secret"
    assert stored.sms.url == "https://sms.example.fr/send"
    assert stored.sms.id_pattern  # kept from the preset, though it has no box
    again = ChannelSettingsPage(context)
    qtbot.addWidget(again)
    assert again.host.text() == "smtp.cabinet-du-parc.fr"
    assert again.sms_on.isChecked()


def test_each_problem_names_its_field_and_nothing_is_saved(qtbot, context) -> None:
    page = ChannelSettingsPage(context)
    qtbot.addWidget(page)
    _fill_email(page)
    page.sender_address.setText("not an address")
    page.sms_on.setChecked(True)
    page.url.setText("http://sms.example.fr/send")  # not https, not local
    assert not page.save()
    text = page.message.text()
    assert text.startswith("⚠ Not saved:")
    assert "E-mail · sender_address:" in text
    assert "SMS · url:" in text
    with context.database.read_session() as session:
        assert channel_settings.load(session).email is None


def test_a_test_e_mail_reaches_the_server_or_says_why(qtbot, context) -> None:
    server = SmtpServer().start()
    try:
        page = ChannelSettingsPage(context)
        qtbot.addWidget(page)
        page.email_on.setChecked(True)
        page.host.setText("127.0.0.1")
        page.port.setValue(server.port)
        page.security.setCurrentIndex(page.security.findData("none"))
        page.sender_address.setText("accueil@cabinet-du-parc.fr")
        page.sender_name.setText("Cabinet du Parc")
        page.test_address.setText("dr.roux@cabinet-du-parc.fr")
        job = page.send_test()
        qtbot.waitUntil(lambda: job.done, timeout=20_000)
        assert page.message.text() == f"✓ Test e-mail accepted by 127.0.0.1:{server.port}."
        (received,) = server.inbox.messages
        assert received["To"].addresses[0].addr_spec == "dr.roux@cabinet-du-parc.fr"
    finally:
        server.stop()
    job = page.send_test()  # the server is gone now
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert page.message.text().startswith("⚠ Not sent:")
    assert "127.0.0.1" in page.message.text()


def test_only_an_administrator_saves(qtbot, context) -> None:
    context.actor = Actor(user_id=None, username="nadia", role=Role.RECEPTIONIST)
    page = ChannelSettingsPage(context)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()
    assert page.save_button.toolTip() == "Only an administrator can change these settings."


def test_screenshot(qtbot, qapp, context) -> None:
    install_translators(qapp, "fr")
    try:
        page = ChannelSettingsPage(context)
        qtbot.addWidget(page)
        _fill_email(page)
        page.resize(1100, 640)
        page.show()
        qtbot.waitExposed(page)
        SCREENSHOTS.mkdir(exist_ok=True)
        assert page.grab().save(str(SCREENSHOTS / "channel-settings-fr.png"))
    finally:
        remove_translators(qapp)
