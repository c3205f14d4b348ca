"""The practice's own versions of message templates, kept beside the shipped defaults.

Each save adds a version; none is ever changed or removed, so what a patient
received can always be traced to the words in force at the time, and going
back to the default is one more version, not an erasure.  The newest version
of a key is the one used; a key with no version uses the shipped default.

Versions are kept per key, variant included: the practice's easy-read letter
(:class:`db.models.TemplateVariant`) has its own versions, its own history and
its own default, apart from the standard letter of the same purpose.

A version is saved only when it renders and passes the lint's errors (health
words in an SMS, no sender, no way to stop...): a practice manager's typo must
not reach a patient.  Warnings (a character that doubles an SMS's cost) are
advice and do not block.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, NotFound, ValidationError
from app.settings import load_practice
from app.templates import TemplateKey, default_source, lint
from db.models import Channel, MessageTemplate, Purpose, TemplateVariant, Tone

# The column's size: PostgreSQL would refuse a longer text; SQLite would keep it silently.
MAX_SOURCE_LENGTH = 20_000


@dataclass(frozen=True)
class TemplateVersion:
    """One saved version of a template; ``created_at`` is aware UTC."""

    version: int
    created_at: datetime
    created_by: str
    source: str


def _of_key(key: TemplateKey) -> tuple[ColumnElement[bool], ...]:
    return (
        MessageTemplate.purpose_code == key.purpose,
        MessageTemplate.channel == Channel(key.channel),
        MessageTemplate.language == key.language,
        MessageTemplate.tone == Tone(key.tone),
        MessageTemplate.variant == TemplateVariant(key.variant),
    )


def _newest_row(session: Session, key: TemplateKey) -> MessageTemplate | None:
    return session.scalar(
        select(MessageTemplate)
        .where(*_of_key(key))
        .order_by(MessageTemplate.version.desc())
        .limit(1)
    )


def current_source(session: Session, key: TemplateKey) -> tuple[str, int | None]:
    """The practice's newest version of a template, or the shipped default (version None)."""
    row = _newest_row(session, key)
    if row is not None:
        return row.source, row.version
    return default_source(key), None


def newest(session: Session, key: TemplateKey) -> TemplateVersion | None:
    """The version in use, or None when the shipped default is."""
    row = _newest_row(session, key)
    return None if row is None else _version_of(row)


def history(session: Session, key: TemplateKey) -> list[TemplateVersion]:
    """Every saved version of ``key``, newest first (empty: only the default was ever used)."""
    rows = session.scalars(
        select(MessageTemplate).where(*_of_key(key)).order_by(MessageTemplate.version.desc())
    )
    return [_version_of(row) for row in rows]


def _version_of(row: MessageTemplate) -> TemplateVersion:
    return TemplateVersion(row.version, row.created_at, row.created_by, row.source)


def save(session: Session, clock: Clock, actor: Actor, key: TemplateKey, source: str) -> int:
    """Store ``source`` as the newest version of ``key``; returns its version number.

    Refused with a :class:`ValidationError` on ``source`` when the lint finds an
    error (each one a :class:`FieldError`, its line in the message and the
    lint's code as its code), or when nothing changed (code ``unchanged``).
    """
    actor.require(Permission.MANAGE_SETTINGS)
    _require_purpose(session, key)
    source = _normalised(source)
    practice_name = load_practice(session).name or None
    errors = [
        FieldError("source", str(issue), issue.code)
        for issue in lint(key, source, practice_name=practice_name)
        if issue.severity == "error"
    ]
    if errors:
        raise ValidationError(errors)
    return _store(session, clock, actor, key, source, from_default=False)


def revert_to_default(session: Session, clock: Clock, actor: Actor, key: TemplateKey) -> int:
    """Store the shipped default as a new version; the practice's versions stay in the history."""
    actor.require(Permission.MANAGE_SETTINGS)
    _require_purpose(session, key)
    # The shipped defaults are linted by their own tests; a lint rule added later
    # must not lock the practice out of going back to them.
    return _store(session, clock, actor, key, _normalised(default_source(key)), from_default=True)


def _require_purpose(session: Session, key: TemplateKey) -> None:
    if session.scalar(select(Purpose.id).where(Purpose.code == key.purpose)) is None:
        raise NotFound(f"No purpose with code {key.purpose!r}.")


def _normalised(source: str) -> str:
    # A text pasted from a Windows editor would otherwise count as a change on every line.
    return source.replace("\r\n", "\n").replace("\r", "\n")


def _store(
    session: Session,
    clock: Clock,
    actor: Actor,
    key: TemplateKey,
    source: str,
    *,
    from_default: bool,
) -> int:
    if len(source) > MAX_SOURCE_LENGTH:
        raise ValidationError(
            [
                FieldError(
                    "source",
                    f"the template is {len(source)} characters long; "
                    f"the limit is {MAX_SOURCE_LENGTH}",
                    "too_long",
                )
            ]
        )
    try:
        current, _version = current_source(session, key)
    except NotFound:
        current = ""  # a purpose the practice added: no shipped words to compare with
    if _normalised(current) == source:
        raise ValidationError([FieldError("source", "nothing changed", "unchanged")])
    highest = session.scalar(select(func.max(MessageTemplate.version)).where(*_of_key(key)))
    version = (highest or 0) + 1
    row = MessageTemplate(
        purpose_code=key.purpose,
        channel=Channel(key.channel),
        language=key.language,
        tone=Tone(key.tone),
        variant=TemplateVariant(key.variant),
        version=version,
        source=source,
        created_at=clock.now(),
        created_by=actor.username,
    )
    session.add(row)
    session.flush()
    details: dict[str, object] = {
        "purpose": key.purpose,
        "channel": key.channel,
        "language": key.language,
        "tone": key.tone,
        "variant": key.variant,
        "version": version,
    }
    if from_default:
        details["from_default"] = True
    audit.record(
        session,
        clock,
        actor,
        "template.saved",
        entity="message_template",
        entity_id=row.id,
        details=details,
    )
    return version


__all__ = [
    "MAX_SOURCE_LENGTH",
    "TemplateVersion",
    "current_source",
    "history",
    "newest",
    "revert_to_default",
    "save",
]
