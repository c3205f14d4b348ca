"""Practice-wide settings, stored in the database as one JSON value per key."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.access import Actor, Permission
from app.clock import Clock
from app.errors import FieldError, ValidationError
from db.models import Setting

PRACTICE_KEY = "practice"


@dataclass
class PracticeSettings:
    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    # Phones typed without +country are read in this region (ISO 3166 alpha-2).
    default_region: str = "FR"
    timezone: str = "Europe/Paris"
    language: str = "fr"
    idle_lock_minutes: int = 5
    # The data protection officer, named in the record of processing (GDPR Art. 30,
    # 37(7)); left empty, the record says it is to be completed.
    dpo_name: str = ""
    dpo_contact: str = ""  # how patients reach them: an e-mail, a phone or an address

    def zone(self) -> ZoneInfo:
        """The practice's time zone; an unknown name falls back to Paris rather than failing."""
        try:
            return ZoneInfo(self.timezone)
        except (KeyError, ValueError):
            return ZoneInfo("Europe/Paris")

    def today(self, clock: Clock) -> date:
        """Today at the practice: a baby born at 00:30 in Paris is not "in the future"."""
        return clock.now().astimezone(self.zone()).date()

    def validate(self) -> None:
        errors = []
        if not self.name.strip():
            errors.append(FieldError("name", "the practice needs a name"))
        if len(self.default_region) != 2 or not self.default_region.isalpha():
            errors.append(FieldError("default_region", "use a two-letter country code, e.g. FR"))
        if not 1 <= self.idle_lock_minutes <= 240:
            errors.append(FieldError("idle_lock_minutes", "between 1 and 240 minutes"))
        if self.dpo_name.strip() and not self.dpo_contact.strip():
            errors.append(FieldError("dpo_contact", "say how to reach the data protection officer"))
        if self.language not in ("fr", "en"):
            errors.append(FieldError("language", "fr or en"))
        if errors:
            raise ValidationError(errors)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PracticeSettings:
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def load_practice(session: Session) -> PracticeSettings:
    value = session.scalar(select(Setting.value).where(Setting.key == PRACTICE_KEY))
    return PracticeSettings.from_json(value) if isinstance(value, dict) else PracticeSettings()


def save_practice(session: Session, clock: Clock, actor: Actor, settings: PracticeSettings) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    settings.validate()
    settings.default_region = settings.default_region.upper()
    row = session.get(Setting, PRACTICE_KEY)
    before = row.value if row is not None else {}
    after = asdict(settings)
    if row is None:
        session.add(Setting(key=PRACTICE_KEY, value=after, updated_at=clock.now()))
    else:
        row.value = after
        row.updated_at = clock.now()
    changed = sorted(key for key in after if before.get(key) != after[key])
    audit.record(session, clock, actor, "settings.changed", details={"fields": changed})


def read_json_object(path: Path) -> dict[str, Any]:
    """A settings file's JSON object; a syntax error is located by line and column."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValidationError(
            [FieldError(str(path), f"line {exc.lineno}, column {exc.colno}: {exc.msg}", "json")]
        ) from None
    if not isinstance(data, dict):
        raise ValidationError([FieldError(str(path), "expected a JSON object", "json")])
    return data
