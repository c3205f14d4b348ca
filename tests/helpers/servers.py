"""Real servers on 127.0.0.1 for the outbox's tests: an SMTP server and an SMS gateway.

Both record what they received, so a test counts deliveries the way a
provider would.  They can be stopped and started again on the same port to
play a server that is down, then back.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class SmtpInbox:
    """What an SMTP server received, message by message."""

    messages: list[EmailMessage] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    # Seconds each message takes, like a real server far away: room to kill a sender.
    delay: float = 0.0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        with self.lock:
            self.messages.append(parsed)
        return "250 Message accepted for delivery"


class SmtpServer:
    """An aiosmtpd server on a fixed loopback port, which can go down and come back."""

    def __init__(self, port: int | None = None, delay: float = 0.0) -> None:
        self.port = port or free_port()
        self.inbox = SmtpInbox(delay=delay)
        self._controller: Controller | None = None

    def start(self) -> SmtpServer:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def settings(self) -> dict[str, Any]:
        """The ``email`` part of the channel settings for this server."""
        return {
            "host": "127.0.0.1",
            "port": self.port,
            "security": "none",
            "username": "",
            "password": "",
            "sender_address": "accueil@cabinet-du-parc.fr",
            "sender_name": "Cabinet du Parc",
            "timeout_seconds": 5.0,
        }


@dataclass
class GatewayInbox:
    requests: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class SmsGateway:
    """An HTTP SMS gateway that accepts JSON posts and answers with an id."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.inbox = GatewayInbox()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> SmsGateway:
        inbox = self.inbox

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                with inbox.lock:
                    inbox.requests.append(body)
                    reference = f"gw-{len(inbox.requests)}"
                answer = json.dumps({"status": "ok", "id": reference}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *_args: object) -> None:
                pass  # the tests read the inbox, not stderr

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def settings(self) -> dict[str, Any]:
        """The ``sms`` part of the channel settings for this gateway."""
        return {
            "url": f"http://127.0.0.1:{self.port}/send",
            "method": "POST",
            "auth_header_name": "Authorization",
            "auth_header_value": "Bearer test-token",
            "body_template": '{"to": "{to}", "text": "{text}", "ref": "{reference}"}',
            "content_type": "application/json",
            "sender": "CABINET",
            "success_pattern": '"status"\\s*:\\s*"ok"',
            "id_pattern": '"id"\\s*:\\s*"([^"]+)"',
            "timeout_seconds": 5.0,
        }
