"""E-mail through the practice's own SMTP server: STARTTLS, SSL, or a relay on this computer.

:func:`send_email` sends one message over its own connection.
:class:`EmailSession` keeps one connection for a whole dispatch cycle. On
loopback, with STARTTLS and a login, 50 messages took 1.42 s with one
connection each and 0.63 s over one session (median of 5 runs on the 2-core
development machine; ``tests/app/channels/test_email.py`` checks the
difference on 20). Against a real server across the Internet each connection
costs several more round trips and a TLS handshake, so the gap grows.

Every failure comes back as a :class:`~app.channels.SendResult`; the tables
in :func:`_classify_connection_failure` and :func:`_classify_send_failure`
are the one place that decides between retrying, giving up on one message,
and calling for someone to fix the settings.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.errors import MessageError
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Self

from email_validator import EmailNotValidError, validate_email

from app.channels import Outcome, SendResult, one_line
from app.clock import Clock, SystemClock
from app.errors import FieldError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

Security = Literal["starttls", "ssl", "none"]
SECURITY_MODES: tuple[Security, ...] = ("starttls", "ssl", "none")

# Only a relay on this very computer may be spoken to without encryption.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

# Python's default policy turns an over-long header into RFC 2047 encoded
# words; a List-Unsubscribe URL longer than a line would then be unreadable
# to mail clients. Headers we set with ``set_raw`` (already folded by us) are
# kept verbatim; every other header is still folded and encoded normally.
_MESSAGE_POLICY = SMTP_POLICY.clone(refold_source="none")


@dataclass(frozen=True)
class EmailSettings:
    """How to reach the practice's SMTP server.

    Attributes:
        security: ``starttls`` (usually port 587), ``ssl`` (implicit TLS,
            usually port 465) or ``none`` (only for a relay on localhost).
        username: empty when the server takes mail without a login.
        reply_to: where patients' replies go when not to the sender address.
        verify_certificate: False accepts any certificate; only for a
            practice's own server with a self-made certificate, as it lets an
            impostor read the password.
        ca_file: a PEM file of certificates to trust instead of the system's.
    """

    host: str
    port: int
    security: Security
    username: str
    password: str = field(repr=False)
    sender_address: str
    sender_name: str
    reply_to: str | None = None
    timeout_seconds: float = 20.0
    verify_certificate: bool = True
    ca_file: str | None = None

    @property
    def server(self) -> str:
        """``host:port``, as details name the server."""
        return f"{self.host}:{self.port}"

    def validate(self) -> list[FieldError]:
        """Every problem with these settings, located by field; empty when usable."""
        errors: list[FieldError] = []
        host = self.host.strip()
        if not host:
            errors.append(FieldError("host", "required, e.g. smtp.example.fr", "required"))
        elif "/" in host or any(character.isspace() for character in host):
            errors.append(
                FieldError("host", "the server's name only, without smtp:// or spaces", "invalid")
            )
        # Settings come from stored JSON, where a port may arrive as text.
        if not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            errors.append(FieldError("port", "between 1 and 65535 (usually 587 or 465)", "range"))
        if self.security not in SECURITY_MODES:
            errors.append(FieldError("security", "starttls, ssl or none", "invalid"))
        elif self.security == "none" and host and host.lower() not in LOCAL_HOSTS:
            errors.append(
                FieldError(
                    "security",
                    "without encryption the password and the patients' messages would cross "
                    "the network readable by anyone on the way; 'none' is only accepted for "
                    "a relay on this computer (localhost)",
                    "insecure",
                )
            )
        errors.extend(_address_errors("sender_address", self.sender_address))
        if self.reply_to:
            errors.extend(_address_errors("reply_to", self.reply_to))
        if "\n" in self.sender_name or "\r" in self.sender_name:
            errors.append(FieldError("sender_name", "must fit on one line", "invalid"))
        if self.username and not self.password:
            errors.append(FieldError("password", "required when a user name is set", "required"))
        if not isinstance(self.timeout_seconds, int | float) or not self.timeout_seconds > 0:
            errors.append(FieldError("timeout_seconds", "must be more than 0 seconds", "range"))
        if self.ca_file and not os.path.isfile(self.ca_file):
            errors.append(FieldError("ca_file", f"no such file: {self.ca_file}", "not_found"))
        return errors


def _address_errors(field_name: str, address: str) -> list[FieldError]:
    if not address.strip():
        return [FieldError(field_name, "required", "required")]
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        return [FieldError(field_name, str(error), "invalid")]
    return []


@dataclass(frozen=True)
class OutgoingEmail:
    """One rendered e-mail for one patient.

    Attributes:
        idempotency_key: the outbox's key for this message; the Message-ID is
            derived from it, so a resend carries the same id and a receiving
            server or mail client can recognise the duplicate.
        unsubscribe_mailto: an address (with or without ``mailto:``) for
            the List-Unsubscribe header.
        unsubscribe_url: an ``https://`` link for one-click unsubscribe (RFC 8058).
        language: BCP 47 tag of the text, e.g. ``fr``.
    """

    to_address: str
    to_name: str
    subject: str
    text: str
    html: str | None
    idempotency_key: str
    unsubscribe_mailto: str | None
    unsubscribe_url: str | None
    language: str


def message_id_for(idempotency_key: str, sender_address: str) -> str:
    """The Message-ID of the message with this key: the same key always gives the same id.

    The key is hashed because it may hold characters a Message-ID cannot.
    """
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:32]
    domain = sender_address.rpartition("@")[2]
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_domain = ""
    return f"<relais.{digest}@{ascii_domain or 'relais.invalid'}>"


def build_message(
    settings: EmailSettings, email: OutgoingEmail, clock: Clock | None = None
) -> EmailMessage:
    """The complete message, ready for SMTP.

    Raises ValueError (or :class:`email.errors.MessageError`) for content that
    cannot be put in an e-mail: an invalid address, a line break in a header.
    """
    now = (clock or SystemClock()).now()
    message = EmailMessage(policy=_MESSAGE_POLICY)
    message.set_raw("From", _mailbox("From", settings.sender_name, settings.sender_address))
    message.set_raw("To", _mailbox("To", email.to_name, email.to_address))
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    # Spaces around a header's text do not survive its encoding: drop them
    # here, so that what is sent is exactly what arrives.
    message["Subject"] = email.subject.strip()
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id_for(email.idempotency_key, settings.sender_address)
    # RFC 3834: out-of-office and other auto-responders stay quiet; the second
    # header is how Microsoft Exchange is asked the same (bounces still come).
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "OOF, AutoReply"
    _add_unsubscribe_headers(message, email)
    # Quoted-printable keeps every line short and 7-bit, which any relay accepts.
    message.set_content(email.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if email.html:
        message.add_alternative(email.html, subtype="html", charset="utf-8", cte="quoted-printable")
    # Only now: setting the content clears every Content-* header.
    message["Content-Language"] = email.language
    return message


def _mailbox(header_name: str, display_name: str, address: str) -> str:
    """``Name <address>``, encoded and folded here rather than by the e-mail package.

    When the e-mail package folds a long non-ASCII name over two lines it can
    drop the space where it cuts ("…Lefèvre :" arrived as "…Lefèvre:"). The
    older encoder used here puts every character, spaces included, inside
    RFC 2047 encoded words, and readers join adjacent encoded words.
    """
    # email-validator, unlike the e-mail package, accepts the accented
    # addresses (zoé@exemple.fr) that servers with SMTPUTF8 deliver.
    validate_email(address, check_deliverability=False)  # EmailNotValidError is a ValueError
    # A run of spaces between the words of a name is read back as one space anyway.
    name = " ".join(display_name.split())
    if name.isascii() and "=?" not in name:
        return formataddr((name, address))  # quotes the name when it needs quoting
    encoded = Header(name, "utf-8", header_name=header_name).encode(linesep="\n")
    return f"{encoded}\n <{address}>"


def _add_unsubscribe_headers(message: EmailMessage, email: OutgoingEmail) -> None:
    links: list[str] = []
    if email.unsubscribe_mailto:
        mailto = email.unsubscribe_mailto
        links.append(mailto if mailto.lower().startswith("mailto:") else f"mailto:{mailto}")
    if email.unsubscribe_url:
        links.append(email.unsubscribe_url)
    if not links:
        return
    for link in links:
        if not link.isascii() or any(character.isspace() for character in link):
            raise ValueError(f"unsubscribe link must be ASCII without spaces: {link!r}")
    message.set_raw("List-Unsubscribe", ",\n ".join(f"<{link}>" for link in links))
    # RFC 8058 one-click needs an HTTPS link: mail providers POST to it themselves.
    if email.unsubscribe_url and email.unsubscribe_url.lower().startswith("https://"):
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"


def send_email(
    settings: EmailSettings, email: OutgoingEmail, clock: Clock | None = None
) -> SendResult:
    """Send one message over a connection of its own; never raises for network trouble."""
    with EmailSession(settings, clock) as session:
        return session.send(email)


class EmailSession:
    """One SMTP connection for many messages, e.g. a dispatch cycle.

    The connection is opened by the first :meth:`send`, so a connection
    problem comes back as a result like any other. If the server cannot be
    reached or refuses the settings, every later :meth:`send` of the session
    returns that same result without trying again: the next cycle will. If a
    server closes a connection that served earlier messages (idle timeout,
    a limit of messages per connection), the session reconnects once and
    resends, but only when the message surely did not reach the server.

    Use from one thread at a time.

    Attributes:
        connections_opened: how many connections the session has opened.
    """

    def __init__(self, settings: EmailSettings, clock: Clock | None = None) -> None:
        self._settings = settings
        self._clock = clock
        self._smtp: _TrackedSMTP | None = None
        self._connection_failure: SendResult | None = None
        self.connections_opened = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def send(self, email: OutgoingEmail) -> SendResult:
        if self._connection_failure is not None:
            return self._connection_failure
        try:
            message = build_message(self._settings, email, self._clock)
        except (ValueError, MessageError) as error:
            return self._result(Outcome.FAILED, f"the message could not be built: {error}")
        served_earlier_messages = self._smtp is not None
        while True:
            if self._smtp is None:
                failure = self._connect()
                if failure is not None:
                    self._connection_failure = failure
                    return failure
            assert self._smtp is not None  # _connect sets it or reports why not
            smtp = self._smtp
            smtp.data_started = False
            try:
                smtp.send_message(
                    message,
                    from_addr=self._settings.sender_address,
                    to_addrs=[email.to_address],
                )
            except (smtplib.SMTPException, OSError) as error:
                if smtp.sock is None or _connection_is_unusable(error):
                    self._discard_connection()
                    if served_earlier_messages and not smtp.data_started:
                        served_earlier_messages = False
                        continue
                outcome, detail = _classify_send_failure(
                    error, self._settings, email.to_address, smtp.data_started
                )
                return self._result(outcome, detail)
            return self._result(
                Outcome.SENT,
                f"accepted by {self._settings.server}: {smtp.data_reply}",
                provider_id=str(message["Message-ID"]),
            )

    def close(self) -> None:
        """Say goodbye to the server; safe to call more than once."""
        if self._smtp is None:
            return
        # When the server went away first there is nothing left to close politely.
        with contextlib.suppress(smtplib.SMTPException, OSError):
            self._smtp.quit()
        self._discard_connection()

    def _connect(self) -> SendResult | None:
        settings = self._settings
        try:
            tls_context = _tls_context(settings) if settings.security != "none" else None
        except (OSError, ValueError) as error:
            return self._result(
                Outcome.MISCONFIGURED, f"the certificate file could not be read: {error}"
            )
        try:
            if settings.security == "ssl":
                smtp: _TrackedSMTP = _TrackedSMTPSSL(
                    settings.host,
                    settings.port,
                    timeout=settings.timeout_seconds,
                    context=tls_context,
                )
            else:
                smtp = _TrackedSMTP(
                    settings.host,
                    settings.port,
                    timeout=settings.timeout_seconds,
                )
        except (smtplib.SMTPException, OSError) as error:
            return self._result(*_classify_connection_failure(error, settings))
        self.connections_opened += 1
        try:
            problem = _greet_and_log_in(smtp, settings, tls_context)
        except (smtplib.SMTPException, OSError) as error:
            problem = _classify_connection_failure(error, settings)
        if problem is not None:
            smtp.close()
            return self._result(*problem)
        self._smtp = smtp
        return None

    def _discard_connection(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def _result(self, outcome: Outcome, detail: str, provider_id: str | None = None) -> SendResult:
        return SendResult(outcome, one_line(detail, [self._settings.password]), provider_id)


def _greet_and_log_in(
    smtp: smtplib.SMTP, settings: EmailSettings, tls_context: ssl.SSLContext | None
) -> tuple[Outcome, str] | None:
    smtp.ehlo_or_helo_if_needed()
    if settings.security == "starttls":
        if not smtp.has_extn("starttls"):
            return (
                Outcome.MISCONFIGURED,
                f"{settings.server} does not offer STARTTLS; check the security setting "
                "(port 465 usually means SSL)",
            )
        smtp.starttls(context=tls_context)
        smtp.ehlo()
    if settings.username:
        if not smtp.has_extn("auth"):
            return (
                Outcome.MISCONFIGURED,
                f"{settings.server} does not offer to log in on this connection; "
                "check the security setting, or leave the user name empty",
            )
        _log_in(smtp, settings.username, settings.password)
    return None


def _log_in(smtp: smtplib.SMTP, username: str, password: str) -> None:
    if (username + password).isascii():
        smtp.login(username, password)
        return
    # smtplib sends credentials as ASCII and raises on "Été-2024"; PLAIN
    # (RFC 4616) and LOGIN carry UTF-8, so those two are done here.
    mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in mechanisms:
        code, reply = smtp.docmd("AUTH", "PLAIN " + _base64(f"\0{username}\0{password}"))
    elif "LOGIN" in mechanisms:
        code, reply = smtp.docmd("AUTH", "LOGIN " + _base64(username))
        if code == 334:
            code, reply = smtp.docmd(_base64(password))
    else:
        raise smtplib.SMTPException(
            "the server offers no way to log in with a password that has accents "
            "or other non-ASCII characters"
        )
    if code not in (235, 503):  # 503: already logged in
        raise smtplib.SMTPAuthenticationError(code, reply)


def _base64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class _TrackedSMTP(smtplib.SMTP):
    """An SMTP client that remembers whether DATA began, and the server's last answer to it.

    A connection dropped before DATA means the message surely did not arrive
    and may be resent at once; after DATA began it may have arrived. The
    answer to DATA often names the server's queue id, which helps a support
    person trace the message.
    """

    data_started = False
    data_reply = ""

    def data(self, msg: ReadableBuffer | str) -> tuple[int, bytes]:
        self.data_started = True
        code, reply = super().data(msg)
        self.data_reply = f"{code} {reply.decode('utf-8', 'replace')}"
        return code, reply


class _TrackedSMTPSSL(_TrackedSMTP, smtplib.SMTP_SSL):
    pass


def _tls_context(settings: EmailSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.ca_file)
    if not settings.verify_certificate:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _connection_is_unusable(error: BaseException) -> bool:
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code == 421:
        return True  # "service closing transmission channel"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return any(code == 421 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPException):
        return isinstance(error, smtplib.SMTPServerDisconnected)
    # Any socket error or timeout leaves the conversation in an unknown state.
    return isinstance(error, OSError)


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}"


def _is_temporary(code: int) -> bool:
    return 400 <= code < 500


def _classify_connection_failure(  # noqa: PLR0911 -- one return per row of the table
    error: BaseException, settings: EmailSettings
) -> tuple[Outcome, str]:
    """Outcome of a failure while connecting, securing the connection or logging in.

    ============================================  =============
    failure                                        outcome
    ============================================  =============
    login refused (535 …)                          MISCONFIGURED
    server has no STARTTLS / AUTH / mechanism      MISCONFIGURED
    certificate not trusted, TLS handshake error   MISCONFIGURED
    greeting or EHLO answered 5xx                  MISCONFIGURED
    greeting or EHLO answered 4xx                  RETRY
    connection refused, timeout, unknown host      RETRY
    connection closed, any other socket error      RETRY
    ============================================  =============
    """
    server = settings.server
    error = _underlying(error)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return (
            Outcome.MISCONFIGURED,
            f"{server} refused the user name or password "
            f"({_reply(error.smtp_code, error.smtp_error)})",
        )
    if isinstance(error, smtplib.SMTPResponseException):
        outcome = Outcome.RETRY if _is_temporary(error.smtp_code) else Outcome.MISCONFIGURED
        return (
            outcome,
            f"{server} refused the connection: {_reply(error.smtp_code, error.smtp_error)}",
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return Outcome.RETRY, f"{server} closed the connection before the message could be sent"
    if isinstance(error, smtplib.SMTPException):
        # E.g. "No suitable authentication method found."
        return Outcome.MISCONFIGURED, f"{server}: {error}"
    if isinstance(error, ssl.SSLCertVerificationError):
        return (
            Outcome.MISCONFIGURED,
            f"the certificate of {settings.host} could not be verified ({error.verify_message})",
        )
    if isinstance(error, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return Outcome.RETRY, f"{server} closed the connection during the TLS handshake"
    if isinstance(error, ssl.SSLError):
        return (
            Outcome.MISCONFIGURED,
            f"secure connection to {server} failed ({error.reason or error})"
            f"{_security_hint(settings)}",
        )
    if isinstance(error, TimeoutError):
        return (
            Outcome.RETRY,
            f"{server} did not answer within {settings.timeout_seconds:g} s"
            f"{_security_hint(settings)}",
        )
    if isinstance(error, ConnectionRefusedError):
        return Outcome.RETRY, f"{server} refused the connection"
    if isinstance(error, socket.gaierror):
        return (
            Outcome.RETRY,
            f"the server {settings.host} could not be found (no network, or a mistyped name)",
        )
    return Outcome.RETRY, f"could not reach {server}: {_os_error_text(error)}"


def _classify_send_failure(  # noqa: PLR0911 -- one return per row of the table
    error: BaseException, settings: EmailSettings, recipient: str, data_started: bool
) -> tuple[Outcome, str]:
    """Outcome of a failure while handing one message over an open connection.

    ============================================  =============
    failure                                        outcome
    ============================================  =============
    recipient refused 5xx                          FAILED
    recipient refused 4xx                          RETRY
    sender address refused 5xx                     MISCONFIGURED
    sender address refused 4xx                     RETRY
    message refused 5xx (DATA)                     FAILED
    message refused 4xx (DATA)                     RETRY
    address needs SMTPUTF8, server lacks it        FAILED
    connection closed, timeout, socket error       RETRY
    ============================================  =============
    """
    server = settings.server
    error = _underlying(error)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()), (451, b"no reason given"))
        if _is_temporary(code):
            return (
                Outcome.RETRY,
                f"{server} cannot take mail for {recipient} now ({_reply(code, text)})",
            )
        return Outcome.FAILED, f"{server} refused the recipient {recipient} ({_reply(code, text)})"
    if isinstance(error, smtplib.SMTPSenderRefused):
        reply = _reply(error.smtp_code, error.smtp_error)
        if _is_temporary(error.smtp_code):
            return Outcome.RETRY, f"{server} cannot take mail now ({reply})"
        return (
            Outcome.MISCONFIGURED,
            f"{server} refused the sender address {settings.sender_address} ({reply}); "
            "the account may not be allowed to send as this address",
        )
    if isinstance(error, smtplib.SMTPResponseException):
        reply = _reply(error.smtp_code, error.smtp_error)
        if _is_temporary(error.smtp_code):
            return Outcome.RETRY, f"{server} could not take the message now ({reply})"
        return Outcome.FAILED, f"{server} refused the message ({reply})"
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return (
            Outcome.FAILED,
            f"{server} cannot send to an address with non-ASCII characters ({recipient})",
        )
    if isinstance(error, smtplib.SMTPServerDisconnected | ssl.SSLError | ConnectionError):
        if data_started:
            return (
                Outcome.RETRY,
                f"{server} closed the connection while receiving the message; it may have "
                "arrived (a resend carries the same Message-ID)",
            )
        return Outcome.RETRY, f"{server} closed the connection"
    if isinstance(error, TimeoutError):
        if data_started:
            return (
                Outcome.RETRY,
                f"{server} did not confirm the message within {settings.timeout_seconds:g} s; "
                "it may have arrived (a resend carries the same Message-ID)",
            )
        return Outcome.RETRY, f"{server} did not answer within {settings.timeout_seconds:g} s"
    if isinstance(error, smtplib.SMTPException):
        return Outcome.RETRY, f"{server}: {error}"
    return Outcome.RETRY, f"connection to {server} failed: {_os_error_text(error)}"


def _underlying(error: BaseException) -> BaseException:
    # smtplib reports a timeout or a reset while it waits for a reply as
    # SMTPServerDisconnected("Connection unexpectedly closed: timed out").
    cause = error.__context__
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(cause, OSError):
        return cause
    return error


def _security_hint(settings: EmailSettings) -> str:
    if settings.security == "ssl" and settings.port != 465:
        return "; is the security setting right? SSL is usually port 465, STARTTLS port 587"
    if settings.security != "ssl" and settings.port == 465:
        return "; port 465 usually needs the SSL security setting"
    return ""


def _os_error_text(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
