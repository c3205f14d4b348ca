"""When the reminder generators last ran, and whether they must run again before tomorrow.

Recall programmes and medication schedules turn into reminder rows ahead of
time (``app.recalls.refresh``, ``app.medication.refresh``).  Their windows move
by days, so running once per local day is enough; what changes the result
sooner (a programme saved, a tag removed, a recall done, a schedule stopped)
marks the generator stale and the next tick runs it again.  The mark is a
:class:`~db.models.Setting` row, so it is written in the same transaction as
the change that needs it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from db.models import Setting

RECALLS = "generation.recalls"
MEDICATION = "generation.medication"


def needed(session: Session, key: str, today: date) -> bool:
    """Whether the generator ``key`` has not run today, or was marked stale since."""
    row = session.get(Setting, key)
    if row is None or not isinstance(row.value, dict):
        return True
    return bool(row.value.get("stale")) or row.value.get("day") != today.isoformat()


def ran(session: Session, key: str, today: date, now: datetime) -> None:
    _write(session, key, {"day": today.isoformat(), "stale": False}, now)


def invalidate(session: Session, key: str, now: datetime) -> None:
    """Make the next tick run the generator ``key`` again, whatever the day."""
    row = session.get(Setting, key)
    day = row.value.get("day") if row is not None and isinstance(row.value, dict) else None
    _write(session, key, {"day": day, "stale": True}, now)


def _write(session: Session, key: str, value: dict[str, object], now: datetime) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=now))
    else:
        row.value = value
        row.updated_at = now
