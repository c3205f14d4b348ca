"""The network channels of the reminders: e-mail over SMTP, SMS over an HTTP gateway.

The outbox hands a channel one rendered message at a time and records what
comes back. Sending never raises for a network problem: every failure is a
:class:`SendResult` whose :class:`Outcome` tells the outbox what to do next,
so one unreachable server cannot stop a dispatch cycle. Exceptions are left
for programming errors.

These modules touch no database and import no Qt.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

DETAIL_MAX_LENGTH = 300


class Outcome(enum.StrEnum):
    """What the outbox should do with the message next."""

    SENT = "sent"
    """The server or gateway accepted the message."""
    RETRY = "retry"
    """Temporary: server down, timeout, 4xx SMTP reply, HTTP 429/5xx. Try again later."""
    FAILED = "failed"
    """Permanent for this message (recipient refused, request rejected); others may go."""
    MISCONFIGURED = "misconfigured"
    """Settings are wrong (password, URL, certificate): every message will fail the same
    way until someone fixes them, so the outbox should stop and tell a person."""


@dataclass(frozen=True)
class SendResult:
    """What happened to one message.

    Attributes:
        outcome: what the outbox should do next.
        detail: one line, in English, that a person can read in the outbox
            ("smtp.example.fr:587 refused the connection"). Never contains a
            password or token.
        provider_id: the Message-ID of an e-mail, or the gateway's id of an SMS,
            for tracing a message with the provider; None when unknown.
    """

    outcome: Outcome
    detail: str
    provider_id: str | None = None


_WHITESPACE_RUN = re.compile(r"\s+")


def one_line(text: str, secrets: Iterable[str] = (), limit: int = DETAIL_MAX_LENGTH) -> str:
    """``text`` made fit for :attr:`SendResult.detail`: one line, bounded, secrets masked.

    Servers echo what they please in their replies; masking every secret here,
    in the one place all details pass through, means no code path can forget.
    """
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = _WHITESPACE_RUN.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text
