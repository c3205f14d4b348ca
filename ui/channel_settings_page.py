"""Where the practice's e-mail server and SMS gateway are set, without a command line.

The values are stored in the encrypted database (``app.channel_settings``);
each problem is shown with its field ("E-mail · port: between 1 and 65535"),
and nothing is saved until every field holds.  Secrets are typed, never shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import channel_settings, normalize
from app.access import Permission
from app.channel_settings import ChannelSettings
from app.channels import Outcome, SendResult
from app.channels.email import EmailSettings, OutgoingEmail, send_email
from app.channels.sms import PRESETS, OutgoingSms, SmsGatewaySettings, send_sms
from app.errors import FieldError, RelaisError, ValidationError
from db.models import ContactKind
from ui.background import BackgroundTask, run_in_background
from ui.context import UiContext
from ui.style import ERROR_STYLE, page_heading


class ChannelSettingsPage(QWidget):
    """E-mail (SMTP) and SMS gateway settings; an administrator saves them."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.actor.can(Permission.MANAGE_SETTINGS)
        heading = page_heading(self.tr("Sending messages"), self)
        intro = QLabel(
            self.tr(
                "Relais sends e-mails through the practice's mail server and SMS through the "
                "SMS gateway the practice chose. Passwords are kept in the encrypted database."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.job: BackgroundTask | None = None
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(self.editable)
        if not self.editable:
            self.save_button.setToolTip(self.tr("Only an administrator can change these settings."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        columns.addWidget(self._build_email(), 1)
        columns.addWidget(self._build_sms(), 1)
        layout.addLayout(columns)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.load()

    def _build_email(self) -> QGroupBox:
        box = QGroupBox(self.tr("E-mail"), self)
        self.email_on = QCheckBox(self.tr("Send &e-mails"), box)
        self.host = QLineEdit(box)
        self.host.setPlaceholderText("smtp.example.fr")
        self.port = QSpinBox(box)
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox(box)
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        self.security.addItem(self.tr("None (a relay on this computer only)"), "none")
        self.username = QLineEdit(box)
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_address = QLineEdit(box)
        self.sender_name = QLineEdit(box)
        form = QFormLayout(box)
        form.addRow(self.email_on)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sender address:"), self.sender_address)
        form.addRow(self.tr("Sender name:"), self.sender_name)
        self.email_test = SendTest(
            self.tr("An address of the practice"),
            self.tr("Address for a test e-mail"),
            self.tr("Send a &test e-mail"),
            box,
        )
        self.email_test.button.clicked.connect(self.send_test)
        # The names the e-mail test has always had, for tests and scripts.
        self.test_address = self.email_test.target
        self.test_button = self.email_test.button
        form.addRow(self.email_test.label(self.tr("Test to:")), self.email_test)
        return box

    def _build_sms(self) -> QGroupBox:
        box = QGroupBox(self.tr("SMS gateway"), self)
        self.sms_on = QCheckBox(self.tr("Send &SMS"), box)
        self.preset = QComboBox(box)
        self.preset.addItem(self.tr("Choose a starting point…"), "")
        for name in PRESETS:
            self.preset.addItem(name, name)
        self.preset.activated.connect(self._apply_preset)
        self.url = QLineEdit(box)
        self.url.setPlaceholderText("https://…")
        self.method = QComboBox(box)
        self.method.addItems(["POST", "GET"])
        self.content_type = QComboBox(box)
        self.content_type.addItems(["application/json", "application/x-www-form-urlencoded"])
        self.auth_name = QLineEdit(box)
        self.auth_value = QLineEdit(box)
        self.auth_value.setEchoMode(QLineEdit.EchoMode.Password)
        self.body = QPlainTextEdit(box)
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(self.body.fontMetrics().lineSpacing() * 4 + 12)
        self.sms_sender = QLineEdit(box)
        self.success_pattern = QLineEdit(box)
        self.reply_number = QLineEdit(box)
        self._sms_base = SmsGatewaySettings(url="")
        form = QFormLayout(box)
        form.addRow(self.sms_on)
        form.addRow(self.tr("Start from:"), self.preset)
        form.addRow(self.tr("Address:"), self.url)
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Body format:"), self.content_type)
        form.addRow(self.tr("Key header:"), self.auth_name)
        form.addRow(self.tr("Key:"), self.auth_value)
        form.addRow(self.tr("Body ({to}, {text}):"), self.body)
        form.addRow(self.tr("Sender name:"), self.sms_sender)
        form.addRow(self.tr("Success when the answer matches:"), self.success_pattern)
        form.addRow(self.tr("Number for STOP replies:"), self.reply_number)
        self.sms_test = SendTest(
            self.tr("A mobile of the practice"),
            self.tr("Mobile number for a test SMS"),
            self.tr("Send a test S&MS"),
            box,
        )
        self.sms_test.button.clicked.connect(self.send_test_sms)
        form.addRow(self.sms_test.label(self.tr("Test to:")), self.sms_test)
        return box

    def _apply_preset(self) -> None:
        preset = PRESETS.get(str(self.preset.currentData()))
        if preset is not None:
            self._show_sms(preset)
            self.sms_on.setChecked(True)

    def _show_sms(self, sms: SmsGatewaySettings) -> None:
        # Fields without a box here (statuses, id pattern, timeout) are kept as they were.
        self._sms_base = sms
        self.url.setText(sms.url)
        self.method.setCurrentText(sms.method)
        self.content_type.setCurrentText(sms.content_type)
        self.auth_name.setText(sms.auth_header_name)
        self.auth_value.setText(sms.auth_header_value)
        self.body.setPlainText(sms.body_template)
        self.sms_sender.setText(sms.sender)
        self.success_pattern.setText(sms.success_pattern or "")

    def load(self) -> None:
        with self.context.database.read_session() as session:
            current = channel_settings.load(session)
        self.email_on.setChecked(current.email is not None)
        if current.email is not None:
            email = current.email
            self.host.setText(email.host)
            self.port.setValue(email.port)
            self.security.setCurrentIndex(self.security.findData(email.security))
            self.username.setText(email.username)
            self.password.setText(email.password)
            self.sender_address.setText(email.sender_address)
            self.sender_name.setText(email.sender_name)
        self.sms_on.setChecked(current.sms is not None)
        if current.sms is not None:
            self._show_sms(current.sms)
        self.reply_number.setText(current.sms_reply_number)

    def settings(self) -> ChannelSettings:
        """What the form says; raises ``ValidationError`` for fields a setting cannot take."""
        email = sms = None
        if self.email_on.isChecked():
            email = EmailSettings(
                host=self.host.text().strip(),
                port=self.port.value(),
                security=self.security.currentData(),
                username=self.username.text().strip(),
                password=self.password.text(),
                sender_address=self.sender_address.text().strip(),
                sender_name=self.sender_name.text().strip(),
            )
        if self.sms_on.isChecked():
            sms = dataclasses.replace(
                self._sms_base,
                url=self.url.text().strip(),
                method=self.method.currentText(),  # type: ignore[arg-type]
                auth_header_name=self.auth_name.text().strip(),
                auth_header_value=self.auth_value.text(),
                body_template=self.body.toPlainText(),
                content_type=self.content_type.currentText(),  # type: ignore[arg-type]
                sender=self.sms_sender.text().strip(),
                success_pattern=self.success_pattern.text().strip() or None,
            )
        return ChannelSettings(email, sms, self.reply_number.text().strip())

    def save(self) -> bool:
        try:
            with self.context.database.transaction() as session:
                changed = channel_settings.save(
                    session, self.context.clock, self.context.actor, self.settings()
                )
        except ValidationError as error:
            names = {"email": self.tr("E-mail"), "sms": self.tr("SMS")}
            lines = []
            for problem in error.errors:
                part, _, field = problem.field.partition(".")
                lines.append(f"{names.get(part, part)} · {field or part}: {problem.message}")
            self._show(self.tr("Not saved:") + "\n" + "\n".join(lines), error=True)
            return False
        except RelaisError as error:
            self._show(self.tr("Not saved:") + " " + str(error), error=True)
            return False
        self._show(self.tr("Saved.") if changed else self.tr("Nothing changed."), error=False)
        return True

    # -- test sends: the settings as typed, saved or not, sent off the GUI thread ------------

    def send_test(self) -> BackgroundTask | None:
        """Send one e-mail with the settings as typed (saved or not), off the GUI thread."""
        test = self.email_test
        address = test.target.text().strip()
        if address:
            try:
                address = normalize.email(address)
            except normalize.Invalid:
                test.show_target_error(self.tr("This is not an e-mail address."))
                return None
        email_settings = self._typed(
            test,
            lambda typed: typed.email,
            self.tr('Tick "Send e-mails" and fill in the server first.'),
        )
        if email_settings is None:
            return None
        message = OutgoingEmail(
            to_address=address or email_settings.sender_address,
            to_name="",
            subject=self.tr("Relais: test message"),
            text=self.tr("This message checks that Relais can send e-mails."),
            html=None,
            idempotency_key=self._test_key(),
            unsubscribe_mailto=None,
            unsubscribe_url=None,
            language="fr",
        )
        return self._start_test(
            test,
            self.tr("Sending a test e-mail"),
            lambda: send_email(email_settings, message),
            self.tr("the mail server"),
            lambda _result: self.tr("Test e-mail accepted by %1.").replace(
                "%1", email_settings.server
            ),
        )

    def test_sms_text(self) -> str:
        """The whole text of the test SMS: nothing about any patient."""
        return self.tr("Relais: this test SMS checks that the practice can send SMS.")

    def send_test_sms(self) -> BackgroundTask | None:
        """Send one SMS through the gateway as typed (saved or not), off the GUI thread."""
        test = self.sms_test
        region = self.context.settings.default_region
        try:
            number = normalize.phone(test.target.text(), region, ContactKind.MOBILE)
        except normalize.Invalid as invalid:
            test.show_target_error(self._number_problem(invalid, region))
            return None
        sms_settings = self._typed(
            test,
            lambda typed: typed.sms,
            self.tr('Tick "Send SMS" and fill in the gateway first.'),
        )
        if sms_settings is None:
            return None
        message = OutgoingSms(
            to_number=number, text=self.test_sms_text(), reference=self._test_key()
        )

        def accepted(result: SendResult) -> str:
            if result.provider_id:
                return (
                    self.tr("Test SMS accepted by %1, message id %2.")
                    .replace("%1", sms_settings.server)
                    .replace("%2", result.provider_id)
                )
            return self.tr("Test SMS accepted by %1.").replace("%1", sms_settings.server)

        return self._start_test(
            test,
            self.tr("Sending a test SMS"),
            lambda: send_sms(sms_settings, message),
            self.tr("the SMS gateway"),
            accepted,
        )

    def _number_problem(self, invalid: normalize.Invalid, region: str) -> str:
        if invalid.code == "not_mobile":
            return self.tr("This is not a mobile number: an SMS cannot reach it.")
        if invalid.code == "phone_unreadable" and not self.sms_test.target.text().strip():
            return self.tr("Type the mobile number that should receive the test.")
        return self.tr(
            "This is not a valid mobile number (numbers without +country are read as %1)."
        ).replace("%1", region)

    def _typed(
        self, test: SendTest, part: Callable[[ChannelSettings], _Checked | None], missing: str
    ) -> _Checked | None:
        """One channel's settings as typed, or None once ``test`` says why they cannot go."""
        try:
            typed = self.settings()
        except (ValidationError, RelaisError, TypeError) as error:
            test.show_outcome(self.tr("Not sent:") + " " + str(error), error=True)
            return None
        chosen = part(typed)
        if chosen is None:
            test.show_outcome(missing, error=True)
            return None
        problems = chosen.validate()
        if problems:
            test.show_outcome(
                self.tr("Not sent:") + " " + "; ".join(map(str, problems)), error=True
            )
            return None
        return chosen

    def _test_key(self) -> str:
        return f"test-{self.context.clock.now():%Y%m%dT%H%M%S}"

    def _start_test(
        self,
        test: SendTest,
        title: str,
        send: Callable[[], SendResult],
        who: str,
        accepted: Callable[[SendResult], str],
    ) -> BackgroundTask:
        test.button.setEnabled(False)
        test.show_outcome(self.tr("Sending…"), error=False, sign="")

        def done(result: SendResult) -> None:
            if result.outcome is Outcome.SENT:
                test.show_outcome(accepted(result), error=False)
            else:
                test.show_outcome(self.outcome_text(result, who), error=True)

        self.job = run_in_background(
            self,
            title,
            lambda _progress: send(),
            done,
            lambda error: test.show_outcome(self.tr("Not sent:") + " " + str(error), error=True),
        )
        self.job.finished.connect(lambda: test.button.setEnabled(True))
        return self.job

    def outcome_text(self, result: SendResult, who: str) -> str:
        """What a test that did not go says, ``who`` being "the SMS gateway" or "the mail server".

        The outcome in words first (what the practice should do), then the server's own.
        """
        if result.outcome is Outcome.RETRY:
            text = self.tr(
                "Not sent for now: %1 could not be reached or asked to wait (%2). "
                "Reminders are tried again later by themselves."
            )
        elif result.outcome is Outcome.MISCONFIGURED:
            text = self.tr("Not sent: the settings need correcting (%2).")
        else:
            text = self.tr("Not sent: %1 refused the message (%2).")
        return text.replace("%1", who).replace("%2", result.detail)

    def _show(self, text: str, *, error: bool) -> None:
        self.message.setText(("⚠ " if error else "✓ ") + text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.show()


class _Validating(Protocol):
    def validate(self) -> list[FieldError]: ...


_Checked = TypeVar("_Checked", bound=_Validating)


class SendTest(QWidget):
    """A test send for one channel: where to, the button, and what came of it.

    Attributes:
        target: the address or number the test goes to.
        button: sends it.
        target_error: why the target cannot be used, right under the field.
        outcome: what the server or gateway answered, in words.
    """

    def __init__(
        self, placeholder: str, accessible_name: str, button_text: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(placeholder)
        self.target.setAccessibleName(accessible_name)
        self.button = QPushButton(button_text, self)
        self.target_error = QLabel(self)
        self.target_error.setWordWrap(True)
        self.target_error.setStyleSheet(ERROR_STYLE)
        self.target_error.hide()
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.target.textChanged.connect(self.target_error.hide)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.target_error)
        layout.addWidget(self.outcome)

    def label(self, text: str) -> QLabel:
        """The form's label for this row, pointing at the field."""
        label = QLabel(text, self.parentWidget())
        label.setBuddy(self.target)
        return label

    def show_target_error(self, text: str) -> None:
        self.target_error.setText("⚠ " + text)
        self.target_error.show()
        self.outcome.hide()
        self.target.setFocus()

    def show_outcome(self, text: str, *, error: bool, sign: str | None = None) -> None:
        if sign is None:
            sign = "⚠ " if error else "✓ "
        self.outcome.setText(sign + text)
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        self.outcome.show()
