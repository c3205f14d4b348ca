"""Where the practice's SMTP server and SMS gateway are configured.

Stored in the encrypted database (one JSON setting), so the SMTP password and
the gateway's token never sit in a plain file.  Saving validates first and
audits which fields changed, never their values.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.channels.email import EmailSettings
from app.channels.sms import SmsGatewaySettings
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.settings import read_json_object
from db.models import Setting

CHANNELS_KEY = "channels"


@dataclass(frozen=True)
class ChannelSettings:
    email: EmailSettings | None = None
    sms: SmsGatewaySettings | None = None
    # The number patients may text STOP to (the gateway's), shown in every SMS.
    sms_reply_number: str = ""


def _email_from(data: dict[str, Any]) -> EmailSettings:
    return EmailSettings(**data)


def _sms_from(data: dict[str, Any]) -> SmsGatewaySettings:
    values = dict(data)
    if "success_statuses" in values:
        values["success_statuses"] = tuple(values["success_statuses"])
    return SmsGatewaySettings(**values)


def from_json(data: dict[str, Any]) -> ChannelSettings:
    """Settings from their JSON form; unknown or missing fields are located errors."""
    errors: list[FieldError] = []
    email = sms = None
    for name, build in (("email", _email_from), ("sms", _sms_from)):
        part = data.get(name)
        if part is None:
            continue
        try:
            built = build(part)
        except TypeError as exc:
            errors.append(FieldError(name, str(exc).replace("__init__() ", ""), "fields"))
            continue
        errors += [FieldError(f"{name}.{e.field}", e.message, e.code) for e in built.validate()]
        if name == "email":
            email = built
        else:
            sms = built
    if errors:
        raise ValidationError(errors)
    return ChannelSettings(email, sms, str(data.get("sms_reply_number", "")))  # type: ignore[arg-type]


def as_json(settings: ChannelSettings) -> dict[str, Any]:
    data: dict[str, Any] = {"sms_reply_number": settings.sms_reply_number}
    if settings.email is not None:
        data["email"] = dataclasses.asdict(settings.email)
    if settings.sms is not None:
        data["sms"] = dataclasses.asdict(settings.sms)
        data["sms"]["success_statuses"] = list(settings.sms.success_statuses)
    return data


def load(session: Session) -> ChannelSettings:
    value = session.scalar(select(Setting.value).where(Setting.key == CHANNELS_KEY))
    return from_json(value) if isinstance(value, dict) else ChannelSettings()


def save(session: Session, clock: Clock, actor: Actor, settings: ChannelSettings) -> list[str]:
    """Store validated settings; returns the names of the fields that changed."""
    actor.require(Permission.MANAGE_SETTINGS)
    after = as_json(settings)
    from_json(after)  # the same validation as on load: nothing unusable is stored
    row = session.get(Setting, CHANNELS_KEY)
    before = row.value if row is not None and isinstance(row.value, dict) else {}
    changed = sorted(_changed_fields(before, after))
    if row is None:
        session.add(Setting(key=CHANNELS_KEY, value=after, updated_at=clock.now()))
    else:
        row.value = after
        row.updated_at = clock.now()
    if changed:
        audit.record(session, clock, actor, "settings.channels", details={"fields": changed})
    return changed


def _changed_fields(before: dict[str, Any], after: dict[str, Any], prefix: str = "") -> set[str]:
    changed = set()
    for key in before.keys() | after.keys():
        old, new = before.get(key), after.get(key)
        if isinstance(old, dict) or isinstance(new, dict):
            changed |= _changed_fields(old or {}, new or {}, f"{prefix}{key}.")
        elif old != new:
            changed.add(prefix + key)
    return changed


def read_file(path: Path) -> ChannelSettings:
    """Settings from a JSON file, as the ``settings`` command takes them."""
    return from_json(read_json_object(path))
