"""When the reminder generators last ran, and whether they must run again before tomorrow.

Recall programmes and medication schedules turn into reminder rows ahead of
time (``app.recalls.refresh``, ``app.medication.refresh``).  Their windows move
by days, so running once per local day is enough; what changes the result
sooner (a programme saved, a tag removed, a recall done, a schedule stopped)
marks the generator stale and the next tick runs it again: all of it, or only
the parts named (the one programme a tag or a recall done concerns, so that a
change at the desk does not redo every cohort).  The mark is a
:class:`~db.models.Setting` row, so it is written in the same transaction as
the change that needs it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.models import Base, Reminder, Setting

RECALLS = "generation.recalls"
MEDICATION = "generation.medication"


def needed(session: Session, key: str, today: date) -> bool:
    """Whether the generator ``key`` has not run today, or was marked stale since."""
    return parts_to_run(session, key, today) != set()


def parts_to_run(session: Session, key: str, today: date) -> set[int] | None:
    """What the generator must run: None for everything, else the parts named (maybe none)."""
    value = _value(session, key)
    if value.get("stale") or value.get("day") != today.isoformat():
        return None
    return {int(part) for part in value.get("parts", [])}


def ran(session: Session, key: str, today: date, now: datetime) -> None:
    _write(session, key, {"day": today.isoformat(), "stale": False, "parts": []}, now)


def invalidate(session: Session, key: str, now: datetime, part: int | None = None) -> None:
    """Make the next tick run the generator ``key`` again, whatever the day: all of it, or
    only ``part`` (a programme's id) besides what is already due."""
    value = _value(session, key)
    if part is None:
        value["stale"] = True
    else:
        value["parts"] = sorted({*value.get("parts", []), part})
    _write(session, key, value, now)


def _value(session: Session, key: str) -> dict[str, Any]:
    row = session.get(Setting, key)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def _write(session: Session, key: str, value: dict[str, object], now: datetime) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=now))
    else:
        row.value = value
        row.updated_at = now


def insert_reminders(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert reminder rows in bulk; returns their ids in order.

    On SQLite the transaction holds the write lock (BEGIN IMMEDIATE), so new
    rowids follow the current maximum one by one, as ``patients.insert_many``
    relies on: SQLAlchemy's sorted RETURNING costs seconds for ten thousand
    rows there.  Other engines hand the ids back with RETURNING.
    """
    if not rows:
        return []
    table = Base.metadata.tables[Reminder.__tablename__]
    if session.get_bind().dialect.name == "sqlite":
        first = (session.scalar(select(func.max(Reminder.id))) or 0) + 1
        session.connection().execute(insert(table), rows)
        return list(range(first, first + len(rows)))
    result = session.connection().execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    return [row[0] for row in result]
