"""SMS through an HTTP gateway that the practice chooses, described by settings rather than code.

Providers differ in URL, authentication and body, but nearly all take one
HTTP request per message. :class:`SmsGatewaySettings` describes that request
with a body template holding ``{to}``, ``{text}``, ``{sender}`` and
``{reference}``. Values never break the template, whatever they contain:
a JSON template is parsed first and the values are put into the parsed
strings; a form or query-string template gets URL-encoded values.

The reference (the outbox's idempotency key) is offered to the gateway so
that a provider able to deduplicate can recognise a resend after a timeout,
when we cannot know whether the first request got through.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from types import MappingProxyType
from typing import IO, Final, Literal
from urllib.parse import quote_plus, urlsplit

from app.channels import Outcome, SendResult, one_line
from app.errors import FieldError

Method = Literal["POST", "GET"]
ContentType = Literal["application/json", "application/x-www-form-urlencoded"]
JSON: Final = "application/json"
FORM: Final = "application/x-www-form-urlencoded"
METHODS: tuple[Method, ...] = ("POST", "GET")
CONTENT_TYPES: tuple[ContentType, ...] = (JSON, FORM)

PLACEHOLDERS = ("to", "text", "sender", "reference")
REQUIRED_PLACEHOLDERS = ("to", "text")
_PLACEHOLDER = re.compile(r"\{(to|text|sender|reference)\}")
_ANYTHING_LIKE_A_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# Only a gateway on this very computer may be spoken to without encryption.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

# Operators accept up to 11 letters, digits and spaces, with at least one
# letter (all digits would be read as a phone number), or a phone number.
_ALPHANUMERIC_SENDER = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}")
_NUMERIC_SENDER = re.compile(r"\+?[0-9]{3,15}")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")

# Values that would break a naive substitution: rendering them is how
# validate() proves a template sound.
_SAMPLE_VALUES: Mapping[str, str] = MappingProxyType(
    {
        "to": "+33612345678",
        "text": 'Rappel : "rendez-vous" à 9 h\\n\nMerci {to} & à bientôt 😀',
        "sender": "Cabinet",
        "reference": "sample-reference",
    }
)

SNIPPET_LENGTH = 200
_MAX_ANSWER_BYTES = 64 * 1024


@dataclass(frozen=True)
class SmsGatewaySettings:
    """How to ask the practice's SMS gateway to send one message.

    Attributes:
        url: the gateway's endpoint; for GET, the query built from
            ``body_template`` is appended to it.
        auth_header_name: e.g. ``Authorization``; empty when the gateway takes
            its key elsewhere (in the URL or the body).
        auth_header_value: e.g. ``Bearer …``. Never shown in a detail.
        body_template: JSON or form text with ``{to}``, ``{text}``,
            ``{sender}``, ``{reference}``. In JSON, placeholders go inside
            quoted strings: ``{"text": "{text}"}``.
        sender: an alphanumeric sender id (up to 11 characters) or a number.
        success_statuses: HTTP statuses that mean the gateway took the message.
        success_pattern: a regular expression the answer must match as well,
            for gateways that answer 200 to every request, e.g.
            ``"status"\\s*:\\s*"ok"``.
        id_pattern: a regular expression whose first group captures the
            gateway's id for the message.
    """

    url: str
    method: Method = "POST"
    auth_header_name: str = "Authorization"
    auth_header_value: str = field(default="", repr=False)
    body_template: str = '{"to": "{to}", "text": "{text}"}'
    content_type: ContentType = JSON
    sender: str = ""
    success_statuses: tuple[int, ...] = (200, 201, 202)
    success_pattern: str | None = None
    id_pattern: str | None = None
    timeout_seconds: float = 15.0

    @property
    def server(self) -> str:
        """``host`` or ``host:port``, as details name the gateway: never its path or query."""
        return _gateway_name(self.url)

    def validate(self) -> list[FieldError]:
        """Every problem with these settings, located by field; empty when usable."""
        errors = _url_errors(self.url)
        if self.method not in METHODS:
            errors.append(FieldError("method", "POST or GET", "invalid"))
        if self.content_type not in CONTENT_TYPES:
            errors.append(FieldError("content_type", " or ".join(CONTENT_TYPES), "invalid"))
        elif self.method == "GET" and self.content_type != FORM:
            errors.append(
                FieldError(
                    "content_type",
                    f"a GET gateway takes its values in the query string: use {FORM}",
                    "invalid",
                )
            )
        errors.extend(self._template_errors())
        errors.extend(self._sender_errors())
        errors.extend(self._auth_errors())
        # Settings come from stored JSON, where a status may arrive as text.
        if not self.success_statuses or not all(
            isinstance(status, int) and 100 <= status <= 599 for status in self.success_statuses
        ):
            errors.append(
                FieldError("success_statuses", "one or more HTTP statuses, e.g. 200", "invalid")
            )
        if self.success_pattern is not None:
            success = _compile(self.success_pattern)
            if isinstance(success, str):
                errors.append(FieldError("success_pattern", success, "invalid"))
        if self.id_pattern is not None:
            compiled = _compile(self.id_pattern)
            if isinstance(compiled, str):
                errors.append(FieldError("id_pattern", compiled, "invalid"))
            elif compiled.groups < 1:
                errors.append(
                    FieldError(
                        "id_pattern",
                        'needs one group (…) around the id, e.g. "id"\\s*:\\s*"([^"]+)"',
                        "invalid",
                    )
                )
        if not isinstance(self.timeout_seconds, int | float) or not self.timeout_seconds > 0:
            errors.append(FieldError("timeout_seconds", "must be more than 0 seconds", "range"))
        return errors

    def _template_errors(self) -> list[FieldError]:
        template = self.body_template
        errors: list[FieldError] = []
        missing = [name for name in REQUIRED_PLACEHOLDERS if f"{{{name}}}" not in template]
        if missing:
            errors.append(
                FieldError(
                    "body_template",
                    "must contain " + " and ".join(f"{{{name}}}" for name in missing),
                    "missing_placeholder",
                )
            )
        unknown = sorted(set(_ANYTHING_LIKE_A_PLACEHOLDER.findall(template)) - set(PLACEHOLDERS))
        if unknown:
            errors.append(
                FieldError(
                    "body_template",
                    "unknown placeholder "
                    + ", ".join(f"{{{name}}}" for name in unknown)
                    + "; use {to}, {text}, {sender} or {reference}",
                    "unknown_placeholder",
                )
            )
        if self.method == "POST" and self.content_type == JSON:
            try:
                json.loads(render_json(template, _SAMPLE_VALUES))
            except ValueError as error:
                errors.append(
                    FieldError(
                        "body_template",
                        f"not valid JSON ({error}); placeholders go inside quotes, "
                        'e.g. "text": "{text}"',
                        "invalid_json",
                    )
                )
        return errors

    def _sender_errors(self) -> list[FieldError]:
        if not self.sender:
            if "{sender}" in self.body_template:
                return [FieldError("sender", "required: the template uses {sender}", "required")]
            return []
        if _ALPHANUMERIC_SENDER.fullmatch(self.sender) or _NUMERIC_SENDER.fullmatch(self.sender):
            return []
        return [
            FieldError(
                "sender",
                "up to 11 letters (without accents), digits or spaces with at least one letter, "
                "or a phone number such as +33612345678",
                "invalid",
            )
        ]

    def _auth_errors(self) -> list[FieldError]:
        if not self.auth_header_name:
            return []
        errors: list[FieldError] = []
        if not _HEADER_NAME.fullmatch(self.auth_header_name):
            errors.append(
                FieldError("auth_header_name", "a header name such as Authorization", "invalid")
            )
        if not self.auth_header_value:
            errors.append(
                FieldError("auth_header_value", "required when a header name is set", "required")
            )
        elif "\r" in self.auth_header_value or "\n" in self.auth_header_value:
            errors.append(FieldError("auth_header_value", "must fit on one line", "invalid"))
        return errors


def _url_errors(url: str) -> list[FieldError]:
    invalid = FieldError("url", "a full address such as https://sms.example.com/send", "invalid")
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 -- raises ValueError for a port out of range
    except ValueError:
        return [invalid]
    if parts.hostname is None or parts.scheme not in ("http", "https"):
        return [invalid]
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        return [
            FieldError(
                "url",
                "use https:// so that the messages and the gateway's key are encrypted on the "
                "way; http:// is only accepted for a gateway on this computer (localhost)",
                "insecure",
            )
        ]
    return []


def _compile(pattern: str) -> re.Pattern[str] | str:
    """The compiled pattern, or why it does not compile."""
    try:
        return re.compile(pattern)
    except re.error as error:
        return f"not a valid regular expression: {error}"


@dataclass(frozen=True)
class OutgoingSms:
    """One rendered SMS for one patient.

    Attributes:
        to_number: E.164, e.g. ``+33612345678``.
        reference: the outbox's idempotency key for this message.
    """

    to_number: str
    text: str
    reference: str


@dataclass(frozen=True)
class GatewayRequest:
    """The HTTP request :func:`send_sms` makes, built by :func:`render_request`."""

    method: str
    url: str
    headers: Mapping[str, str] = field(repr=False)  # holds the gateway's key
    body: bytes | None


def render_json(template: str, values: Mapping[str, str]) -> str:
    """``template`` (JSON) with each placeholder in its strings replaced by its value.

    Raises ValueError when the template is not JSON.
    """
    return json.dumps(_fill_json(json.loads(template), values), ensure_ascii=False)


def _fill_json(node: object, values: Mapping[str, str]) -> object:
    if isinstance(node, str):
        return _fill_text(node, values)
    if isinstance(node, list):
        return [_fill_json(item, values) for item in node]
    if isinstance(node, dict):
        return {_fill_text(key, values): _fill_json(item, values) for key, item in node.items()}
    return node


def _fill_text(text: str, values: Mapping[str, str]) -> str:
    # One pass: a value that itself contains "{to}" is not substituted again.
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


def render_form(template: str, values: Mapping[str, str]) -> str:
    """``template`` (``a=1&b={text}``) with URL-encoded values: no value can add a field."""
    return _PLACEHOLDER.sub(
        lambda match: quote_plus(values[match.group(1)], safe=""), template.strip()
    )


def render_request(settings: SmsGatewaySettings, sms: OutgoingSms) -> GatewayRequest:
    """The request for one message. Raises ValueError for a JSON template that does not parse."""
    values = {
        "to": sms.to_number,
        "text": sms.text,
        "sender": settings.sender,
        "reference": sms.reference,
    }
    headers = {"User-Agent": "Relais", "Accept": "application/json, text/plain, */*"}
    if settings.auth_header_name:
        headers[settings.auth_header_name] = settings.auth_header_value
    if settings.method == "GET":
        query = render_form(settings.body_template, values)
        separator = "&" if "?" in settings.url else "?"
        return GatewayRequest("GET", f"{settings.url}{separator}{query}", headers, None)
    if settings.content_type == JSON:
        body = render_json(settings.body_template, values).encode("utf-8")
    else:
        body = render_form(settings.body_template, values).encode("ascii")
    headers["Content-Type"] = settings.content_type
    return GatewayRequest(settings.method, settings.url, headers, body)


def send_sms(settings: SmsGatewaySettings, sms: OutgoingSms) -> SendResult:
    """Ask the gateway to send one SMS; never raises for network trouble.

    ===========================================  =============
    what happened                                 outcome
    ===========================================  =============
    a success status (and success_pattern)        SENT
    success status, success_pattern not found     FAILED
    HTTP 408, 429, 5xx                            RETRY
    HTTP 401, 403                                 MISCONFIGURED
    HTTP 404, 405, 415 (wrong URL or method)      MISCONFIGURED
    HTTP 3xx (we do not follow redirections)      MISCONFIGURED
    any other HTTP 4xx                            FAILED
    connection refused, timeout, unknown host     RETRY
    connection closed, any other socket error     RETRY
    certificate not trusted, TLS error            MISCONFIGURED
    template or URL unusable                      MISCONFIGURED
    ===========================================  =============
    """
    secrets = _secrets(settings)
    gateway = _gateway_name(settings.url)
    try:
        if urlsplit(settings.url).scheme.lower() not in ("http", "https"):
            # urllib would also open file: and ftp: addresses.
            raise ValueError("the address must start with https://")
        prepared = render_request(settings, sms)
        request = urllib.request.Request(  # noqa: S310 -- the scheme is checked just above
            prepared.url, data=prepared.body, headers=dict(prepared.headers), method=prepared.method
        )
    except ValueError as error:
        return SendResult(
            Outcome.MISCONFIGURED, one_line(f"the gateway settings are unusable: {error}", secrets)
        )
    try:
        with _opener().open(request, timeout=settings.timeout_seconds) as response:
            answer = _Answer(
                response.status, response.reason, _read_text(response), response.headers
            )
    except urllib.error.HTTPError as error:
        try:
            answer = _Answer(error.code, str(error.reason), _read_text(error), error.headers)
        finally:
            error.close()
    except urllib.error.URLError as error:
        outcome, detail = _classify_network_failure(error.reason, gateway, settings)
        return SendResult(outcome, one_line(detail, secrets))
    except (http.client.HTTPException, OSError) as error:
        outcome, detail = _classify_network_failure(error, gateway, settings)
        return SendResult(outcome, one_line(detail, secrets))
    return _classify_answer(answer, gateway, settings, secrets)


@dataclass(frozen=True)
class _Answer:
    status: int
    reason: str
    body: str
    headers: Message


def _classify_answer(  # noqa: PLR0911 -- one return per row of the table in send_sms
    answer: _Answer, gateway: str, settings: SmsGatewaySettings, secrets: list[str]
) -> SendResult:
    status = answer.status
    snippet = one_line(answer.body[:SNIPPET_LENGTH], secrets) or "(empty answer)"
    said = f"{gateway} answered {status} {answer.reason}".rstrip()

    def result(outcome: Outcome, detail: str, provider_id: str | None = None) -> SendResult:
        return SendResult(outcome, one_line(detail, secrets), provider_id)

    if status in settings.success_statuses:
        if settings.success_pattern is not None:
            success = _compile(settings.success_pattern)
            if isinstance(success, str):
                return result(Outcome.MISCONFIGURED, f"success_pattern is {success}")
            if not success.search(answer.body):
                return result(Outcome.FAILED, f"{said} without the expected success: {snippet}")
        provider_id = _provider_id(settings, answer.body)
        suffix = f", id {provider_id}" if provider_id else ""
        return result(Outcome.SENT, f"accepted by {gateway} ({status}){suffix}", provider_id)
    if status in (408, 429) or 500 <= status <= 599:
        retry_after = answer.headers.get("Retry-After")
        wait = f" (asks to wait {retry_after})" if retry_after else ""
        return result(Outcome.RETRY, f"{said}{wait}: {snippet}")
    if status in (401, 403):
        return result(Outcome.MISCONFIGURED, f"{said}: the gateway refused the key: {snippet}")
    if status in (404, 405, 415):
        # A send endpoint that is not there, or refuses this method or body
        # type, will refuse every message: the URL or the method is wrong.
        return result(Outcome.MISCONFIGURED, f"{said}: check the URL and method: {snippet}")
    if 300 <= status <= 399:
        location = _gateway_name(answer.headers.get("Location") or "")
        return result(
            Outcome.MISCONFIGURED,
            f"{said}, redirecting to {location or 'another address'}; "
            "put the final address in the settings",
        )
    return result(Outcome.FAILED, f"{said}: {snippet}")


def _provider_id(settings: SmsGatewaySettings, body: str) -> str | None:
    if settings.id_pattern is None:
        return None
    pattern = _compile(settings.id_pattern)
    if isinstance(pattern, str) or pattern.groups < 1:
        return None  # validate() reports it; the message itself did go
    match = pattern.search(body)
    return match.group(1) if match else None


def _classify_network_failure(  # noqa: PLR0911 -- one return per kind of failure
    error: object, gateway: str, settings: SmsGatewaySettings
) -> tuple[Outcome, str]:
    if isinstance(error, ssl.SSLCertVerificationError):
        return (
            Outcome.MISCONFIGURED,
            f"the certificate of {gateway} could not be verified ({error.verify_message})",
        )
    if isinstance(error, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return Outcome.RETRY, f"{gateway} closed the connection during the TLS handshake"
    if isinstance(error, ssl.SSLError):
        return Outcome.MISCONFIGURED, f"secure connection to {gateway} failed ({error.reason})"
    if isinstance(error, TimeoutError):
        return Outcome.RETRY, f"{gateway} did not answer within {settings.timeout_seconds:g} s"
    if isinstance(error, ConnectionRefusedError):
        return Outcome.RETRY, f"{gateway} refused the connection"
    if isinstance(error, socket.gaierror):
        return Outcome.RETRY, f"{gateway} could not be found (no network, or a mistyped name)"
    if isinstance(error, http.client.HTTPException | OSError):
        text = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return Outcome.RETRY, f"connection to {gateway} failed: {text or type(error).__name__}"
    # URLError's reason is a plain string when no connection was attempted,
    # e.g. "unknown url type": the URL itself is wrong.
    return Outcome.MISCONFIGURED, f"the gateway URL is unusable: {error}"


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    # Following a redirection would send the key (and the patient's number)
    # to wherever the answer points; a gateway's API has no reason to redirect.
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        return None


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        _RefuseRedirects(), urllib.request.HTTPSHandler(context=ssl.create_default_context())
    )


def _read_text(response: http.client.HTTPResponse | urllib.error.HTTPError) -> str:
    data = response.read(_MAX_ANSWER_BYTES)
    charset = response.headers.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def _gateway_name(url: str) -> str:
    """``host`` or ``host:port``: never the path or query, where some gateways take the key."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "the gateway"
    if not parts.hostname:
        return "the gateway"
    return f"{parts.hostname}:{port}" if port else parts.hostname


def _secrets(settings: SmsGatewaySettings) -> list[str]:
    value = settings.auth_header_value.strip()
    # "Bearer abc" or "Basic abc": the token alone may be echoed back too.
    return [value, value.rpartition(" ")[2]] if value else []


PRESETS: Mapping[str, SmsGatewaySettings] = MappingProxyType(
    {
        "JSON POST (generic)": SmsGatewaySettings(
            url="https://sms.example.com/api/messages",
            method="POST",
            auth_header_name="Authorization",
            body_template=(
                '{"to": "{to}", "from": "{sender}", "text": "{text}", "reference": "{reference}"}'
            ),
            content_type=JSON,
            id_pattern=r'"id"\s*:\s*"([^"]+)"',
        ),
        "Form POST (generic)": SmsGatewaySettings(
            url="https://sms.example.com/send",
            method="POST",
            auth_header_name="Authorization",
            body_template="to={to}&from={sender}&text={text}&reference={reference}",
            content_type=FORM,
        ),
        "GET query string (generic)": SmsGatewaySettings(
            url="https://sms.example.com/send",
            method="GET",
            auth_header_name="",
            body_template="to={to}&from={sender}&text={text}&reference={reference}",
            content_type=FORM,
        ),
    }
)
"""Common shapes of gateway, without credentials, to adapt to the chosen provider.

They are generic: no provider's exact API is claimed. Fill in ``url``, the
key and ``sender`` with :func:`dataclasses.replace`.
"""
