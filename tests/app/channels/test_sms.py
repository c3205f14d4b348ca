"""The SMS channel against a real HTTP gateway (http.server) on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.channels import Outcome
from app.channels.sms import (
    FORM,
    JSON,
    PRESETS,
    OutgoingSms,
    SmsGatewaySettings,
    render_request,
    send_sms,
)

TOKEN = "tok-5f2b9c1e"
TRICKY_TEXT = 'Rappel : "RDV" à 9 h 30\\n — c:\\dossier\nMerci & à bientôt 😀 {to} %41 +=?'


# --- the gateway ------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: Message
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("ascii"), keep_blank_values=True, strict_parsing=True)

    def query(self) -> dict[str, list[str]]:
        query = urlsplit(self.path).query
        return parse_qs(query, keep_blank_values=True, strict_parsing=True)


@dataclass
class Reply:
    status: int = 200
    body: str = '{"status": "ok", "id": "abc123"}'
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Gateway:
    port: int
    requests: list[Recorded] = field(default_factory=list)
    reply: Reply = field(default_factory=Reply)

    def url(self, path: str = "/api/messages") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


class GatewayServer(ThreadingHTTPServer):
    gateway: Gateway


class RecordingHandler(BaseHTTPRequestHandler):
    server: GatewayServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        gateway = self.server.gateway
        gateway.requests.append(Recorded(self.command, self.path, self.headers, body))
        reply = gateway.reply
        data = reply.body.encode("utf-8")
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self.do_POST()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # each request would otherwise be printed to stderr


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    server = GatewayServer(("127.0.0.1", 0), RecordingHandler)
    server.gateway = Gateway(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server.gateway
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # urllib honours proxy variables, and a proxy would not know our 127.0.0.1.
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("ALL_PROXY", raising=False)


@pytest.fixture
def refusing_port() -> Iterator[int]:
    """A port that is reserved but not listening: the system refuses connections to it."""
    with socket.socket() as reserved:
        reserved.bind(("127.0.0.1", 0))
        yield reserved.getsockname()[1]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel does) but never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


# --- the client side --------------------------------------------------------------------


def json_settings(url: str, **changes: Any) -> SmsGatewaySettings:
    settings = SmsGatewaySettings(
        url=url,
        method="POST",
        auth_header_name="Authorization",
        auth_header_value=f"Bearer {TOKEN}",
        body_template=(
            '{"message": {"to": ["{to}"], "body": "{text}"}, "from": "{sender}", '
            '"client_ref": "{reference}", "flash": false}'
        ),
        content_type=JSON,
        sender="Cabinet",
        success_pattern=r'"status"\s*:\s*"ok"',
        id_pattern=r'"id"\s*:\s*"([^"]+)"',
        timeout_seconds=5.0,
    )
    return replace(settings, **changes)


def form_settings(url: str, **changes: Any) -> SmsGatewaySettings:
    return json_settings(
        url,
        **{
            "content_type": FORM,
            "body_template": "to={to}&text={text}&from={sender}&ref={reference}",
            **changes,
        },
    )


def get_settings(url: str, **changes: Any) -> SmsGatewaySettings:
    return form_settings(url, **{"method": "GET", **changes})


def sms(**changes: Any) -> OutgoingSms:
    return replace(
        OutgoingSms(to_number="+33612345678", text=TRICKY_TEXT, reference="reminder-42:sms"),
        **changes,
    )


# --- what arrives -----------------------------------------------------------------------


def test_json_post_arrives_with_key_and_gives_the_provider_id(gateway: Gateway) -> None:
    result = send_sms(json_settings(gateway.url()), sms())

    assert result.outcome is Outcome.SENT
    assert result.provider_id == "abc123"
    [request] = gateway.requests
    assert (request.method, request.path) == ("POST", "/api/messages")
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.json() == {
        "message": {"to": ["+33612345678"], "body": TRICKY_TEXT},
        "from": "Cabinet",
        "client_ref": "reminder-42:sms",
        "flash": False,
    }


def test_form_post_arrives_intact(gateway: Gateway) -> None:
    result = send_sms(form_settings(gateway.url()), sms())

    assert result.outcome is Outcome.SENT
    [request] = gateway.requests
    assert request.headers["Content-Type"] == FORM
    assert request.form() == {
        "to": ["+33612345678"],
        "text": [TRICKY_TEXT],
        "from": ["Cabinet"],
        "ref": ["reminder-42:sms"],
    }


def test_get_query_string_arrives_intact(gateway: Gateway) -> None:
    settings = get_settings(gateway.url("/send?account=7"), auth_header_name="")

    result = send_sms(settings, sms())

    assert result.outcome is Outcome.SENT
    [request] = gateway.requests
    assert request.method == "GET"
    assert request.body == b""
    assert "Authorization" not in request.headers
    assert urlsplit(request.path).path == "/send"
    assert request.query() == {
        "account": ["7"],
        "to": ["+33612345678"],
        "text": [TRICKY_TEXT],
        "from": ["Cabinet"],
        "ref": ["reminder-42:sms"],
    }


def test_a_text_cannot_add_fields_to_the_request(gateway: Gateway) -> None:
    attack = '", "to": "+33700000000", "x": "&to=+33700000000&text=other'

    send_sms(json_settings(gateway.url()), sms(text=attack))
    send_sms(form_settings(gateway.url()), sms(text=attack))

    as_json, as_form = gateway.requests
    assert as_json.json()["message"] == {"to": ["+33612345678"], "body": attack}
    assert as_form.form()["to"] == ["+33612345678"]
    assert as_form.form()["text"] == [attack]


def test_success_without_id_pattern_has_no_provider_id(gateway: Gateway) -> None:
    result = send_sms(json_settings(gateway.url(), id_pattern=None), sms())

    assert result.outcome is Outcome.SENT
    assert result.provider_id is None


# --- answers that are not a success -----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (500, Outcome.RETRY),
        (503, Outcome.RETRY),
        (429, Outcome.RETRY),
        (408, Outcome.RETRY),
        (400, Outcome.FAILED),
        (422, Outcome.FAILED),
        (401, Outcome.MISCONFIGURED),
        (403, Outcome.MISCONFIGURED),
        (404, Outcome.MISCONFIGURED),
    ],
)
def test_http_status_decides_the_outcome(gateway: Gateway, status: int, outcome: Outcome) -> None:
    gateway.reply = Reply(status, '{"status": "error", "message": "number not reachable"}')

    result = send_sms(json_settings(gateway.url()), sms())

    assert result.outcome is outcome
    assert str(status) in result.detail
    assert "number not reachable" in result.detail
    assert result.provider_id is None


def test_rate_limit_says_how_long_to_wait(gateway: Gateway) -> None:
    gateway.reply = Reply(429, "slow down", {"Retry-After": "30"})

    result = send_sms(json_settings(gateway.url()), sms())

    assert result.outcome is Outcome.RETRY
    assert "asks to wait 30" in result.detail


def test_ok_status_with_an_error_body_is_failed_with_the_start_of_the_body(
    gateway: Gateway,
) -> None:
    body = '{"status": "error", "reason": "' + "x" * 400 + '"}'
    gateway.reply = Reply(200, body)

    result = send_sms(json_settings(gateway.url()), sms())

    assert result.outcome is Outcome.FAILED
    assert body[:100] in result.detail
    assert body[:201] not in result.detail


def test_status_not_counted_as_success_is_failed(gateway: Gateway) -> None:
    result = send_sms(json_settings(gateway.url(), success_statuses=(202,)), sms())

    assert result.outcome is Outcome.FAILED


def test_the_key_never_appears_in_a_detail(gateway: Gateway) -> None:
    gateway.reply = Reply(401, f'{{"error": "invalid key {TOKEN}", "auth": "Bearer {TOKEN}"}}')

    result = send_sms(json_settings(gateway.url()), sms())

    assert result.outcome is Outcome.MISCONFIGURED
    assert TOKEN not in result.detail
    assert TOKEN not in repr(json_settings(gateway.url()))


def test_redirections_are_not_followed(gateway: Gateway) -> None:
    gateway.reply = Reply(302, "", {"Location": "http://elsewhere.example/steal?x=1"})

    result = send_sms(json_settings(gateway.url()), sms())

    assert result.outcome is Outcome.MISCONFIGURED
    assert "redirecting to elsewhere.example" in result.detail
    assert len(gateway.requests) == 1


# --- network failures -------------------------------------------------------------------


def test_gateway_down_is_retry(refusing_port: int) -> None:
    result = send_sms(json_settings(f"http://127.0.0.1:{refusing_port}/send"), sms())

    assert result.outcome is Outcome.RETRY
    assert result.detail == f"127.0.0.1:{refusing_port} refused the connection"


def test_silent_gateway_times_out_as_retry(silent_port: int) -> None:
    settings = json_settings(f"http://127.0.0.1:{silent_port}/send", timeout_seconds=0.3)
    started = time.monotonic()

    result = send_sms(settings, sms())

    assert result.outcome is Outcome.RETRY
    assert "did not answer within 0.3 s" in result.detail
    assert time.monotonic() - started < 2


def test_a_template_that_does_not_parse_is_misconfigured(gateway: Gateway) -> None:
    settings = json_settings(gateway.url(), body_template='{"to": {to}, "text": "{text}"}')

    result = send_sms(settings, sms())

    assert result.outcome is Outcome.MISCONFIGURED
    assert gateway.requests == []


def test_an_address_that_is_not_http_is_never_opened(tmp_path: Any) -> None:
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("do not read")

    result = send_sms(json_settings(secret_file.as_uri()), sms())

    assert result.outcome is Outcome.MISCONFIGURED
    assert "do not read" not in result.detail


# --- settings ---------------------------------------------------------------------------


def test_valid_settings_have_no_errors() -> None:
    assert json_settings("https://sms.example.com/send").validate() == []
    assert form_settings("https://sms.example.com/send").validate() == []
    assert get_settings("http://localhost:8080/send").validate() == []


def test_presets_become_valid_once_filled_in() -> None:
    for name, preset in PRESETS.items():
        filled = replace(
            preset,
            auth_header_value="Bearer key" if preset.auth_header_name else "",
            sender="Cabinet",
        )
        assert filled.validate() == [], name


def test_presets_without_a_key_say_so() -> None:
    problems = PRESETS["JSON POST (generic)"].validate()

    assert {problem.field for problem in problems} == {"auth_header_value", "sender"}


def fields_in_error(settings: SmsGatewaySettings) -> dict[str, str]:
    return {problem.field: problem.code for problem in settings.validate()}


def test_validate_requires_https_except_on_this_computer() -> None:
    assert fields_in_error(json_settings("http://sms.example.com/send")) == {"url": "insecure"}
    assert fields_in_error(json_settings("http://127.0.0.1:9/send")) == {}
    assert fields_in_error(json_settings("sms.example.com/send")) == {"url": "invalid"}
    assert fields_in_error(json_settings("https://sms.example.com:99999/")) == {"url": "invalid"}


def test_validate_requires_to_and_text() -> None:
    settings = json_settings(
        "https://sms.example.com/send", body_template='{"to": "{to}", "body": "{message}"}'
    )

    problems = {problem.code: problem.message for problem in settings.validate()}

    assert problems["missing_placeholder"] == "must contain {text}"
    assert "{message}" in problems["unknown_placeholder"]


@pytest.mark.parametrize(
    "template",
    [
        '{"to": {to}, "text": "{text}"}',  # placeholder outside quotes
        '{"to": "{to}", "text": "{text}",}',  # trailing comma
        "to={to}&text={text}",  # a form body with a JSON content type
    ],
)
def test_validate_catches_a_json_template_that_does_not_parse(template: str) -> None:
    settings = json_settings("https://sms.example.com/send", body_template=template)

    assert fields_in_error(settings) == {"body_template": "invalid_json"}


@pytest.mark.parametrize(
    ("sender", "valid"),
    [
        ("Cabinet", True),
        ("Dr Dupont 2", True),
        ("+33612345678", True),
        ("36180", True),
        ("CabinetDupont", False),  # 13 characters
        ("Médecin", False),  # operators refuse accents
        ("Dr.Dupont!", False),
    ],
)
def test_sender_rules(sender: str, valid: bool) -> None:
    settings = json_settings("https://sms.example.com/send", sender=sender)

    assert ("sender" not in fields_in_error(settings)) is valid


def test_validate_checks_patterns_and_the_rest() -> None:
    settings = json_settings(
        "https://sms.example.com/send",
        method="PUT",
        success_pattern="(unclosed",
        id_pattern='"id": "[^"]+"',
        success_statuses=(),
        auth_header_value="",
        timeout_seconds=0,
    )

    assert set(fields_in_error(settings)) == {
        "method",
        "success_pattern",
        "id_pattern",
        "success_statuses",
        "auth_header_value",
        "timeout_seconds",
    }


def test_get_needs_a_query_string_body() -> None:
    settings = json_settings("https://sms.example.com/send", method="GET")

    assert "content_type" in fields_in_error(settings)


# --- properties -------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(text=st.text(), number=st.text(max_size=20), reference=st.text(max_size=40))
def test_any_values_survive_json_substitution(text: str, number: str, reference: str) -> None:
    settings = json_settings("https://sms.example.com/send")

    request = render_request(settings, OutgoingSms(number, text, reference))

    assert request.body is not None
    decoded = json.loads(request.body.decode("utf-8"))
    assert decoded["message"] == {"to": [number], "body": text}
    assert decoded["client_ref"] == reference


@settings(max_examples=100, deadline=None)
@given(text=st.text(), number=st.text(max_size=20), reference=st.text(max_size=40))
def test_any_values_survive_form_and_query_substitution(
    text: str, number: str, reference: str
) -> None:
    outgoing = OutgoingSms(number, text, reference)
    posted = render_request(form_settings("https://sms.example.com/send"), outgoing)
    queried = render_request(get_settings("https://sms.example.com/send?a=1"), outgoing)

    assert posted.body is not None
    expected = {"to": [number], "text": [text], "from": ["Cabinet"], "ref": [reference]}
    assert parse_qs(posted.body.decode("ascii"), keep_blank_values=True) == expected
    query = parse_qs(urlsplit(queried.url).query, keep_blank_values=True)
    assert query == {"a": ["1"], **expected}
