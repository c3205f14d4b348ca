"""The e-mail channel against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from hypothesis import given, settings
from hypothesis import strategies as st

from app.channels import Outcome
from app.channels.email import (
    EmailSession,
    EmailSettings,
    OutgoingEmail,
    build_message,
    message_id_for,
    send_email,
)
from app.clock import FixedClock
from tests.helpers.certificates import Certificates, make_certificates

USERNAME = "reception"
PASSWORD = "s3cret-Password-42"


# --- the server side --------------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    peer: Any

    def message(self) -> EmailMessage:
        # SMTP carries CRLF; a mailbox stores local line ends, as this does.
        stored = self.content.replace(b"\r\n", b"\n")
        parsed = email.message_from_bytes(stored, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class RecordingHandler:
    """Keeps what arrives; answers RCPT or DATA as a test asks."""

    received: list[Received] = field(default_factory=list)
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_reply: str | None = None

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply is not None:
            return self.data_reply
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content, session.peer)
        )
        return "250 2.0.0 Ok: queued as TESTQUEUE1"


@dataclass
class SmtpServer:
    port: int
    handler: RecordingHandler


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def start_smtp() -> Iterator[Callable[..., SmtpServer]]:
    controllers: list[Controller] = []

    def start(**smtp_options: Any) -> SmtpServer:
        handler = RecordingHandler()
        controller = Controller(
            handler,
            hostname="127.0.0.1",
            port=free_port(),
            # aiosmtpd would otherwise look up this machine's full name.
            server_hostname="relais-test.invalid",
            **smtp_options,
        )
        controller.start()
        controllers.append(controller)
        return SmtpServer(controller.port, handler)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    """A throw-away certificate authority and a server certificate for 127.0.0.1 and localhost."""
    return make_certificates(tmp_path_factory.mktemp("tls"))


def server_tls_context(certificates: Certificates) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates.cert_file, certificates.key_file)
    return context


def accept_reception(
    server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
) -> AuthResult:
    accepted = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USERNAME.encode()
        and auth_data.password == PASSWORD.encode()
    )
    # handled=False: aiosmtpd then answers the refusal itself (535).
    return AuthResult(success=accepted, handled=False)


def start_tls_server(
    start_smtp: Callable[..., SmtpServer], certificates: Certificates, **options: Any
) -> SmtpServer:
    """STARTTLS required, and a login required after it, like a practice's provider."""
    return start_smtp(
        tls_context=server_tls_context(certificates),
        require_starttls=True,
        authenticator=options.pop("authenticator", accept_reception),
        auth_required=True,
        auth_require_tls=True,
        **options,
    )


# --- the client side --------------------------------------------------------------------


def plain_settings(port: int, **changes: Any) -> EmailSettings:
    settings = EmailSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        username="",
        password="",
        sender_address="cabinet@dupont-sante.fr",
        sender_name="Cabinet du Dr Hélène Lefèvre",
        timeout_seconds=5.0,
    )
    return replace(settings, **changes)


def tls_settings(port: int, certificates: Certificates, **changes: Any) -> EmailSettings:
    tls = {
        "security": "starttls",
        "username": USERNAME,
        "password": PASSWORD,
        "ca_file": certificates.ca_file,
    }
    return plain_settings(port, **(tls | changes))


def outgoing(**changes: Any) -> OutgoingEmail:
    message = OutgoingEmail(
        to_address="zoe.lefevre@exemple.fr",
        to_name="Zoé Lefèvre",
        subject="Rappel : rendez-vous du 3 décembre à 9 h 30",
        text="Bonjour Zoé,\nvotre rendez-vous est à 9 h 30. À bientôt 😀\n",
        html="<p>Bonjour Zoé,</p><p>votre rendez-vous est à <b>9 h 30</b>. À bientôt 😀</p>",
        idempotency_key="reminder-42:lead-24h",
        unsubscribe_mailto="desabonnement@dupont-sante.fr?subject=stop-42",
        unsubscribe_url="https://dupont-sante.fr/desabonnement/9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        language="fr",
    )
    return replace(message, **changes)


def body_text(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None
    assert part.get_content_type() == f"text/{subtype}"
    content = part.get_content()
    assert isinstance(content, str)
    return content


# --- what arrives -----------------------------------------------------------------------


def test_text_and_html_arrive_with_accents_intact(start_smtp: Callable[..., SmtpServer]) -> None:
    server = start_smtp()

    result = send_email(plain_settings(server.port), outgoing())

    assert result.outcome is Outcome.SENT
    assert "queued as TESTQUEUE1" in result.detail
    [received] = server.handler.received
    assert received.mail_from == "cabinet@dupont-sante.fr"
    assert received.rcpt_tos == ["zoe.lefevre@exemple.fr"]
    assert received.content.isascii()  # nothing raw 8-bit on the wire: any relay passes it on
    message = received.message()
    assert message.get_content_type() == "multipart/alternative"
    assert body_text(message, "plain") == outgoing().text
    assert body_text(message, "html") == f"{outgoing().html}\n"  # the e-mail package ends lines
    assert message["Subject"] == "Rappel : rendez-vous du 3 décembre à 9 h 30"
    assert message["From"].addresses[0].display_name == "Cabinet du Dr Hélène Lefèvre"
    assert message["From"].addresses[0].addr_spec == "cabinet@dupont-sante.fr"
    assert message["To"].addresses[0].display_name == "Zoé Lefèvre"


def test_text_only_message_is_a_single_part(start_smtp: Callable[..., SmtpServer]) -> None:
    server = start_smtp()

    send_email(plain_settings(server.port), outgoing(html=None))

    message = server.handler.received[0].message()
    assert message.get_content_type() == "text/plain"
    assert message.get_content() == outgoing().text


def test_headers_for_deduplication_unsubscribe_and_auto_responders(
    start_smtp: Callable[..., SmtpServer],
) -> None:
    server = start_smtp()
    settings = plain_settings(server.port, reply_to="secretariat@dupont-sante.fr")

    first = send_email(settings, outgoing())
    again = send_email(settings, outgoing())
    other = send_email(settings, outgoing(idempotency_key="reminder-43:lead-24h"))

    messages = [received.message() for received in server.handler.received]
    assert first.provider_id == again.provider_id == messages[0]["Message-ID"]
    assert messages[1]["Message-ID"] == messages[0]["Message-ID"]
    assert other.provider_id == messages[2]["Message-ID"] != messages[0]["Message-ID"]
    assert messages[0]["Message-ID"].endswith("@dupont-sante.fr>")
    assert messages[0]["List-Unsubscribe"] == (
        "<mailto:desabonnement@dupont-sante.fr?subject=stop-42>, "
        "<https://dupont-sante.fr/desabonnement/9f8e7d6c5b4a39281706f5e4d3c2b1a0>"
    )
    assert messages[0]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert messages[0]["Auto-Submitted"] == "auto-generated"
    assert messages[0]["Content-Language"] == "fr"
    assert messages[0]["Reply-To"] == "secretariat@dupont-sante.fr"
    assert messages[0]["Date"] is not None


def test_unsubscribe_headers_follow_what_is_given() -> None:
    settings = plain_settings(25)

    mail_only = build_message(settings, outgoing(unsubscribe_url=None))
    neither = build_message(settings, outgoing(unsubscribe_url=None, unsubscribe_mailto=None))

    assert mail_only["List-Unsubscribe"] == (
        "<mailto:desabonnement@dupont-sante.fr?subject=stop-42>"
    )
    assert mail_only["List-Unsubscribe-Post"] is None  # one-click needs an https link
    assert neither["List-Unsubscribe"] is None


def test_date_comes_from_the_clock() -> None:
    clock = FixedClock(datetime(2026, 12, 3, 8, 0, tzinfo=UTC))

    message = build_message(plain_settings(25), outgoing(), clock)

    assert message["Date"].datetime == datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


def test_message_id_depends_on_the_key_only() -> None:
    assert message_id_for("k", "a@b.fr") == message_id_for("k", "a@b.fr")
    assert message_id_for("k", "a@b.fr") != message_id_for("k2", "a@b.fr")
    # Keys may hold anything; the id stays a valid Message-ID.
    assert message_id_for("<weird key> @ with spaces", "a@b.fr").count("@") == 1


# --- TLS and login ----------------------------------------------------------------------


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_starttls_and_login_with_a_trusted_certificate(
    start_smtp: Callable[..., SmtpServer], certificates: Certificates, mechanism: str
) -> None:
    other = {"PLAIN": "LOGIN", "LOGIN": "PLAIN"}[mechanism]
    logged_in_with: list[str] = []

    def authenticator(*args: Any) -> AuthResult:
        logged_in_with.append(args[3])
        return accept_reception(*args)

    server = start_tls_server(
        start_smtp, certificates, authenticator=authenticator, auth_exclude_mechanism=[other]
    )

    result = send_email(tls_settings(server.port, certificates), outgoing())

    assert result.outcome is Outcome.SENT, result.detail
    assert logged_in_with == [mechanism]
    assert len(server.handler.received) == 1


def test_implicit_tls(start_smtp: Callable[..., SmtpServer], certificates: Certificates) -> None:
    server = start_smtp(ssl_context=server_tls_context(certificates))

    result = send_email(
        plain_settings(server.port, security="ssl", ca_file=certificates.ca_file), outgoing()
    )

    assert result.outcome is Outcome.SENT, result.detail
    assert len(server.handler.received) == 1


def test_a_password_with_accents_logs_in(
    start_smtp: Callable[..., SmtpServer], certificates: Certificates
) -> None:
    def accept_accented(*args: Any) -> AuthResult:
        auth_data = args[4]
        return AuthResult(success=auth_data.password == "Été-2024 ça".encode(), handled=False)

    server = start_tls_server(start_smtp, certificates, authenticator=accept_accented)

    result = send_email(tls_settings(server.port, certificates, password="Été-2024 ça"), outgoing())

    assert result.outcome is Outcome.SENT, result.detail


def test_wrong_password_is_misconfigured_and_never_shown(
    start_smtp: Callable[..., SmtpServer], certificates: Certificates
) -> None:
    server = start_tls_server(start_smtp, certificates)
    wrong = "wrong-Password-99"
    settings = tls_settings(server.port, certificates, password=wrong)

    result = send_email(settings, outgoing())

    assert result.outcome is Outcome.MISCONFIGURED
    assert "refused the user name or password" in result.detail
    assert wrong not in result.detail
    assert wrong not in repr(settings)
    assert server.handler.received == []


def test_untrusted_certificate_is_misconfigured(
    start_smtp: Callable[..., SmtpServer], certificates: Certificates
) -> None:
    server = start_tls_server(start_smtp, certificates)

    result = send_email(tls_settings(server.port, certificates, ca_file=None), outgoing())

    assert result.outcome is Outcome.MISCONFIGURED
    assert "certificate of 127.0.0.1 could not be verified" in result.detail
    assert server.handler.received == []


def test_certificate_check_can_be_turned_off_for_a_home_made_certificate(
    start_smtp: Callable[..., SmtpServer], certificates: Certificates
) -> None:
    server = start_tls_server(start_smtp, certificates)
    settings = tls_settings(server.port, certificates, ca_file=None, verify_certificate=False)

    assert send_email(settings, outgoing()).outcome is Outcome.SENT


def test_login_refused_on_a_server_without_starttls(
    start_smtp: Callable[..., SmtpServer],
) -> None:
    server = start_smtp()  # no TLS offered at all

    result = send_email(plain_settings(server.port, security="starttls"), outgoing())

    assert result.outcome is Outcome.MISCONFIGURED
    assert "does not offer STARTTLS" in result.detail


def test_missing_certificate_file_is_misconfigured(tmp_path: Path) -> None:
    settings = plain_settings(free_port(), security="ssl", ca_file=str(tmp_path / "none.pem"))

    result = send_email(settings, outgoing())

    assert result.outcome is Outcome.MISCONFIGURED
    assert "certificate file could not be read" in result.detail


# --- failures ---------------------------------------------------------------------------


@pytest.fixture
def refusing_port() -> Iterator[int]:
    """A port that is reserved but not listening: the system refuses connections to it."""
    with socket.socket() as reserved:
        reserved.bind(("127.0.0.1", 0))
        yield reserved.getsockname()[1]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel does) but never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def test_server_not_running_is_retry(refusing_port: int) -> None:
    result = send_email(plain_settings(refusing_port), outgoing())

    assert result.outcome is Outcome.RETRY
    assert result.detail == f"127.0.0.1:{refusing_port} refused the connection"


def test_silent_server_times_out_as_retry(silent_port: int) -> None:
    started = time.monotonic()

    result = send_email(plain_settings(silent_port, timeout_seconds=0.3), outgoing())

    assert result.outcome is Outcome.RETRY
    assert "did not answer within 0.3 s" in result.detail
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        ("550 5.1.1 <zoe.lefevre@exemple.fr>: mailbox unavailable", Outcome.FAILED),
        ("451 4.3.0 try again later", Outcome.RETRY),
    ],
)
def test_recipient_refused(
    start_smtp: Callable[..., SmtpServer], reply: str, outcome: Outcome
) -> None:
    server = start_smtp()
    server.handler.rcpt_replies["zoe.lefevre@exemple.fr"] = reply

    result = send_email(plain_settings(server.port), outgoing())

    assert result.outcome is outcome
    assert reply.split(maxsplit=1)[0] in result.detail
    assert result.provider_id is None


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        ("554 5.6.0 message content rejected", Outcome.FAILED),
        ("452 4.3.1 insufficient system storage", Outcome.RETRY),
    ],
)
def test_message_refused_after_data(
    start_smtp: Callable[..., SmtpServer], reply: str, outcome: Outcome
) -> None:
    server = start_smtp()
    server.handler.data_reply = reply

    result = send_email(plain_settings(server.port), outgoing())

    assert result.outcome is outcome
    assert reply in result.detail


def test_a_recipient_address_that_cannot_be_used_fails_that_message_only(
    start_smtp: Callable[..., SmtpServer],
) -> None:
    server = start_smtp()

    with EmailSession(plain_settings(server.port)) as session:
        broken = session.send(outgoing(to_address="not an address"))
        fine = session.send(outgoing())

    assert broken.outcome is Outcome.FAILED
    assert "could not be built" in broken.detail
    assert fine.outcome is Outcome.SENT


# --- sessions ---------------------------------------------------------------------------


def test_session_sends_fifty_messages_over_one_connection(
    start_smtp: Callable[..., SmtpServer], certificates: Certificates
) -> None:
    server = start_tls_server(start_smtp, certificates)

    with EmailSession(tls_settings(server.port, certificates)) as session:
        results = [
            session.send(outgoing(idempotency_key=f"reminder-{number}")) for number in range(50)
        ]

    assert {result.outcome for result in results} == {Outcome.SENT}
    assert session.connections_opened == 1
    assert len(server.handler.received) == 50
    assert len({received.peer for received in server.handler.received}) == 1
    assert len({result.provider_id for result in results}) == 50


def test_a_refused_recipient_does_not_end_the_session(
    start_smtp: Callable[..., SmtpServer],
) -> None:
    server = start_smtp()
    server.handler.rcpt_replies["gone@exemple.fr"] = "550 5.1.1 no such user"

    with EmailSession(plain_settings(server.port)) as session:
        outcomes = [
            session.send(outgoing(to_address=address)).outcome
            for address in ("a@exemple.fr", "gone@exemple.fr", "b@exemple.fr")
        ]

    assert outcomes == [Outcome.SENT, Outcome.FAILED, Outcome.SENT]
    assert session.connections_opened == 1


def test_session_reconnects_once_when_the_server_dropped_the_connection(
    start_smtp: Callable[..., SmtpServer],
) -> None:
    server = start_smtp(timeout=0.2)  # aiosmtpd hangs up on a client idle this long

    with EmailSession(plain_settings(server.port)) as session:
        first = session.send(outgoing(idempotency_key="one"))
        time.sleep(0.5)
        second = session.send(outgoing(idempotency_key="two"))

    assert (first.outcome, second.outcome) == (Outcome.SENT, Outcome.SENT), second.detail
    assert session.connections_opened == 2
    assert len(server.handler.received) == 2


def test_session_stops_trying_once_the_server_is_unreachable(refusing_port: int) -> None:
    with EmailSession(plain_settings(refusing_port)) as session:
        results = [session.send(outgoing(idempotency_key=str(number))) for number in range(3)]

    assert {result.outcome for result in results} == {Outcome.RETRY}
    assert session.connections_opened == 0


def test_a_session_sends_many_messages_over_one_tls_connection(
    start_smtp: Callable[..., SmtpServer], certificates: Certificates
) -> None:
    # Why it matters is a speed (about 2x, measured in app/channels/email.py's
    # docstring); a test asserts what causes it, which a busy machine cannot upset.
    server = start_tls_server(start_smtp, certificates)
    settings = tls_settings(server.port, certificates)
    messages = [outgoing(idempotency_key=f"reminder-{number}") for number in range(20)]
    with EmailSession(settings) as session:
        for message in messages:
            assert session.send(message).outcome is Outcome.SENT
    assert session.connections_opened == 1
    assert len(server.handler.received) == 20


# --- settings ---------------------------------------------------------------------------


def test_valid_settings_have_no_errors(certificates: Certificates) -> None:
    assert tls_settings(587, certificates, host="smtp.dupont-sante.fr").validate() == []
    assert plain_settings(25, host="localhost").validate() == []


def test_validate_locates_each_problem() -> None:
    settings = plain_settings(
        0,
        host=" ",
        security="none",
        sender_address="cabinet.dupont-sante.fr",
        username="reception",
        password="",
    )

    problems = {error.field: error for error in settings.validate()}

    assert set(problems) == {"host", "port", "sender_address", "password"}
    assert problems["host"].code == "required"


def test_validate_refuses_no_encryption_to_another_computer() -> None:
    [problem] = plain_settings(25, host="smtp.dupont-sante.fr").validate()

    assert problem.field == "security"
    assert "readable by anyone" in problem.message


# --- properties -------------------------------------------------------------------------

# Any character a person could type in a name or subject, line breaks aside
# (those are refused as header injection).
typed_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029"),
    max_size=120,
)


def decoded(raw_header: str) -> str:
    """A header as an RFC 2047 reader (a mail client) shows it.

    Python's own header parser puts a space between two encoded words that
    split a word of a display name, where RFC 2047 (§6.2) says to join them;
    this decoder follows the RFC, like mail clients do.
    """
    return str(make_header(decode_header(raw_header.replace("\n", ""))))


def mailbox(raw_header: str) -> tuple[str, str]:
    """Display name and address, structure first, then the name's encoded words."""
    [(display_name, address)] = getaddresses([raw_header.replace("\n", "")])
    return decoded(display_name), address


@settings(max_examples=100, deadline=None)
@given(display_name=typed_text, subject=typed_text, text=st.text(max_size=300))
def test_names_subject_and_text_survive_encoding(
    display_name: str, subject: str, text: str
) -> None:
    message = build_message(
        plain_settings(25, sender_name=display_name),
        outgoing(to_name=display_name, subject=subject, text=text),
    )

    wire = message.as_bytes()
    raw = email.message_from_bytes(wire.replace(b"\r\n", b"\n"), policy=email.policy.compat32)
    parsed = email.message_from_bytes(wire.replace(b"\r\n", b"\n"), policy=email.policy.default)

    assert wire.isascii()
    name = " ".join(display_name.split())
    assert mailbox(raw["From"]) == (name, "cabinet@dupont-sante.fr")
    assert mailbox(raw["To"]) == (name, "zoe.lefevre@exemple.fr")
    assert decoded(raw["Subject"]) == subject.strip()
    # Line ends become the mailbox's own, and the text ends with one.
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    assert body_text(parsed, "plain") == (lines if lines.endswith("\n") else f"{lines}\n")


def test_wrong_security_mode_is_misconfigured(start_smtp: Callable[..., SmtpServer]) -> None:
    server = start_smtp()  # plain SMTP, where the settings expect implicit TLS

    result = send_email(plain_settings(server.port, security="ssl"), outgoing())

    assert result.outcome is Outcome.MISCONFIGURED
    assert "secure connection" in result.detail
    assert "SSL is usually port 465" in result.detail


def test_an_address_with_accents_needs_a_server_that_takes_them(
    start_smtp: Callable[..., SmtpServer],
) -> None:
    modern = start_smtp()
    old = start_smtp(enable_SMTPUTF8=False)
    accented = outgoing(to_address="zoé@exemple.fr")

    assert send_email(plain_settings(modern.port), accented).outcome is Outcome.SENT
    refused = send_email(plain_settings(old.port), accented)

    assert modern.handler.received[0].rcpt_tos == ["zoé@exemple.fr"]
    # With SMTPUTF8 the header carries the address as UTF-8, as RFC 6532 allows.
    assert "<zoé@exemple.fr>".encode() in modern.handler.received[0].content
    assert refused.outcome is Outcome.FAILED
    assert "non-ASCII" in refused.detail
