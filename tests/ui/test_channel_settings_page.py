"""The e-mail and SMS settings on screen: located errors, nothing saved until they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import channel_settings
from app.access import Actor
from app.channels import Outcome, SendResult
from app.channels.sms import SmsGatewaySettings
from db.models import Role
from tests.helpers.servers import SmsGateway, SmtpServer
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
        assert (
            page.email_test.outcome.text() == f"✓ Test e-mail accepted by 127.0.0.1:{server.port}."
        )
        (received,) = server.inbox.messages
        assert received["To"].addresses[0].addr_spec == "dr.roux@cabinet-du-parc.fr"
    finally:
        server.stop()
    job = page.send_test()  # the server is gone now
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert page.email_test.outcome.text() == (
        "⚠ Not sent for now: the mail server could not be reached or asked to wait "
        f"(127.0.0.1:{server.port} refused the connection). "
        "Reminders are tried again later by themselves."
    )


def _type_gateway(page: ChannelSettingsPage, gateway: SmsGateway) -> None:
    """What a manager types, starting from the generic JSON preset (it reads the answer's id)."""
    page.preset.setCurrentIndex(1)
    page.preset.activated.emit(1)
    page.url.setText(f"http://127.0.0.1:{gateway.port}/send")
    page.auth_value.setText("Bearer test-token")
    page.sms_sender.setText("CABINET")


def test_a_test_sms_goes_with_the_gateway_as_typed_and_says_its_id(qtbot, context) -> None:
    with context.database.transaction() as session:  # saved: a gateway that is not there
        channel_settings.save(
            session,
            context.clock,
            context.actor,
            channel_settings.ChannelSettings(
                None,
                SmsGatewaySettings(url="https://sms.example.invalid/send", auth_header_name=""),
                "",
            ),
        )
    gateway = SmsGateway().start()
    try:
        page = ChannelSettingsPage(context)
        qtbot.addWidget(page)
        _type_gateway(page, gateway)
        page.sms_test.target.setText("06 12 34 56 78")
        job = page.send_test_sms()
        qtbot.waitUntil(lambda: job.done, timeout=20_000)
        assert page.sms_test.outcome.text() == (
            f"✓ Test SMS accepted by 127.0.0.1:{gateway.port}, message id gw-1."
        )
        (received,) = gateway.inbox.requests
        assert received["to"] == "+33612345678"
        assert received["text"] == page.test_sms_text()
        assert received["text"] == "Relais: this test SMS checks that the practice can send SMS."
        assert received["from"] == "CABINET"
        assert page.sms_test.button.isEnabled()
    finally:
        gateway.stop()
    job = page.send_test_sms()  # the gateway is down now
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert page.sms_test.outcome.text() == (
        "⚠ Not sent for now: the SMS gateway could not be reached or asked to wait "
        f"(127.0.0.1:{gateway.port} refused the connection). "
        "Reminders are tried again later by themselves."
    )
    assert gateway.inbox.requests == [received]  # nothing more went


def test_a_test_sms_needs_a_mobile_number_said_under_the_field(qtbot, context) -> None:
    gateway = SmsGateway().start()
    try:
        page = ChannelSettingsPage(context)
        qtbot.addWidget(page)
        _type_gateway(page, gateway)
        for typed, why in (
            ("", "⚠ Type the mobile number that should receive the test."),
            ("04 76 12 34 56", "⚠ This is not a mobile number: an SMS cannot reach it."),
            ("06 12", "⚠ This is not a valid mobile number (numbers without +country are "
                      "read as FR)."),
        ):  # fmt: skip
            page.sms_test.target.setText(typed)
            assert page.send_test_sms() is None
            assert page.sms_test.target_error.text() == why
            assert not page.sms_test.target_error.isHidden()
        page.sms_test.target.setText("06 12 34 56 78")
        assert page.sms_test.target_error.isHidden()  # typing clears it
        page.sms_on.setChecked(False)
        assert page.send_test_sms() is None
        assert page.sms_test.outcome.text() == '⚠ Tick "Send SMS" and fill in the gateway first.'
        page.sms_on.setChecked(True)
        page.url.setText("http://sms.example.fr/send")  # not https, not local
        assert page.send_test_sms() is None
        assert page.sms_test.outcome.text().startswith("⚠ Not sent: url: use https://")
    finally:
        gateway.stop()
    assert gateway.inbox.requests == []


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        (Outcome.FAILED, "⚠ Not sent: the SMS gateway refused the message (it said no)."),
        (Outcome.MISCONFIGURED, "⚠ Not sent: the settings need correcting (it said no)."),
    ],
)
def test_what_a_refusal_says(qtbot, context, outcome, words) -> None:
    page = ChannelSettingsPage(context)
    qtbot.addWidget(page)
    page.sms_test.show_outcome(
        page.outcome_text(SendResult(outcome, "it said no"), "the SMS gateway"), error=True
    )
    assert page.sms_test.outcome.text() == words


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
