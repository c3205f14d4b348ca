"""Telling the planner to look at a patient's reminders again.

The planner visits a reminder only when its next lead time comes near
(``reminder.attention_at``).  Whatever changes the choice it made — consent,
preferences, a contact point, the patient's status — clears that time, so the
next tick plans the patient afresh.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from db.models import Reminder, ReminderStatus


def renew(session: Session, patient_id: int) -> None:
    session.execute(
        update(Reminder)
        .where(Reminder.patient_id == patient_id, Reminder.status == ReminderStatus.ACTIVE)
        .values(attention_at=None)
    )


def renew_all(session: Session) -> None:
    """Every active reminder: after a change that concerns them all (the reminder timing)."""
    session.execute(
        update(Reminder).where(Reminder.status == ReminderStatus.ACTIVE).values(attention_at=None)
    )
