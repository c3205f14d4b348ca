"""Outbox rows written directly, for tests that need a message in a given state.

The planner and the dispatcher make messages for real elsewhere; these tests
need one retrying, one unsure after a crash, one on the call list, without
running a server to get there.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Channel,
    Message,
    MessageItem,
    MessageStatus,
    Purpose,
    Reminder,
    ReminderSource,
    Tone,
)

_keys = itertools.count(1)


def purpose_id(session: Session, code: str) -> int:
    found = session.scalar(select(Purpose.id).where(Purpose.code == code))
    assert found is not None, code
    return found


def add_reminder(
    session: Session,
    now: datetime,
    patient_id: int,
    due_at: datetime,
    purpose: str = "appointment_reminder",
    label: str = "",
) -> int:
    reminder = Reminder(
        patient_id=patient_id,
        purpose_id=purpose_id(session, purpose),
        source=ReminderSource.ONE_OFF,
        due_at=due_at,
        label=label,
        created_at=now,
        created_by="test",
    )
    session.add(reminder)
    session.flush()
    return reminder.id


def add_message(
    session: Session,
    now: datetime,
    patient_id: int,
    channel: Channel,
    status: MessageStatus,
    *,
    purpose: str = "appointment_reminder",
    scheduled_for: datetime | None = None,
    expires_at: datetime | None = None,
    reminder_id: int | None = None,
    **columns: Any,
) -> int:
    """One message (with its item when ``reminder_id`` is given); returns its id."""
    scheduled_for = scheduled_for or now
    message = Message(
        idempotency_key=f"test:{next(_keys)}",
        patient_id=patient_id,
        purpose_id=purpose_id(session, purpose),
        channel=channel,
        status=status,
        scheduled_for=scheduled_for,
        expires_at=expires_at or scheduled_for + timedelta(days=2),
        language="fr",
        tone=Tone.FORMAL,
        created_at=now,
        updated_at=columns.pop("updated_at", now),
        **columns,
    )
    session.add(message)
    session.flush()
    if reminder_id is not None:
        session.add(
            MessageItem(
                message_id=message.id,
                reminder_id=reminder_id,
                lead="P1D",
                due_at=message.expires_at,
            )
        )
        session.flush()
    return message.id
