"""the trust dashboard reads when reminders left and reached from appointments and reminders

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-29

Attendance "with and without a reminder" and the reach on paper looked up every
message of the period's reminders by id (about 240,000 and 50,000 scattered reads
on the bench's million messages, 1.3 s and 0.8 s of CPU on SQLCipher).  What they
need is now kept beside what they count, by ``app.reach`` whenever a message
leaves, is posted or reaches someone on the phone:

- ``appointment.reminded_<channel>_at``: when a message carrying the appointment's
  reminder first left on the channel (sent, printed, posted, a call answered or a
  voicemail left; its ``sent_at``, or ``updated_at`` without one), compared with the
  start by the dashboard, so a moved appointment needs nothing recomputed;
- ``reminder.reached_at``: when a letter carrying it was first marked posted or a
  call carrying it first reached the patient.

Both go into the indexes the dashboard reads (``ix_appointment_outcome``,
``ix_reminder_patient``) so the figures come from the indexes alone.

The intrusion watch (messages per patient per month) grouped each month's half a
million messages by patient (a sort, 1.0 s of CPU); ``message_month`` holds the
count of messages that left per patient, UTC month, purpose and channel, in the
order the watch reads it (the few messages between the practice's midnight and
UTC's at a month's ends are read from the messages).  Existing
data is filled in here by set-based SQL, the same definitions as ``app.reach``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

CHANNELS = ("sms", "email", "letter", "phone")
# When a message left, and which ones did: as app.reach (and app.dashboard before it).
LEFT_AT = "coalesce(m.sent_at, m.updated_at)"
LEFT = (
    "(m.status IN ('sent', 'printed', 'posted')"
    " OR (m.status = 'called' AND m.call_outcome IN ('reached', 'voicemail')))"
)
REACHED = "(m.status = 'posted' OR (m.status = 'called' AND m.call_outcome = 'reached'))"
ITEMS = "message_item mi JOIN message m ON m.id = mi.message_id"


def upgrade() -> None:
    for channel in CHANNELS:
        op.add_column("appointment", sa.Column(f"reminded_{channel}_at", sa.DateTime()))
    op.add_column("reminder", sa.Column("reached_at", sa.DateTime()))

    # Only the rows that have something to say are written (most reminders never reached
    # anyone on paper); each value is the earliest of its messages.
    op.execute(
        f"""
        UPDATE reminder SET reached_at = (
            SELECT min({LEFT_AT}) FROM {ITEMS}
            WHERE mi.reminder_id = reminder.id AND {REACHED})
        WHERE id IN (SELECT mi.reminder_id FROM {ITEMS} WHERE {REACHED})
        """  # noqa: S608 -- the module's own constants
    )
    per_channel = ", ".join(
        f"""reminded_{channel}_at = (
            SELECT min({LEFT_AT}) FROM reminder r
            JOIN message_item mi ON mi.reminder_id = r.id JOIN message m ON m.id = mi.message_id
            WHERE r.appointment_id = appointment.id AND m.channel = '{channel}' AND {LEFT})"""  # noqa: S608
        for channel in CHANNELS
    )
    op.execute(
        f"""
        UPDATE appointment SET {per_channel}
        WHERE id IN (
            SELECT r.appointment_id FROM reminder r
            JOIN message_item mi ON mi.reminder_id = r.id JOIN message m ON m.id = mi.message_id
            WHERE {LEFT})
        """  # noqa: S608 -- the module's own constants
    )

    op.create_table(
        "message_month",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_message_month_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purpose.id"], name=op.f("fk_message_month_purpose_id_purpose")
        ),
        sa.PrimaryKeyConstraint(
            "month", "patient_id", "purpose_id", "channel", name=op.f("pk_message_month")
        ),
        sqlite_with_rowid=False,
    )
    month = (
        "to_char(m.sent_at, 'YYYY-MM')"
        if op.get_bind().dialect.name == "postgresql"
        else "strftime('%Y-%m', m.sent_at)"
    )
    op.execute(
        f"""
        INSERT INTO message_month (month, patient_id, purpose_id, channel, messages)
        SELECT {month}, m.patient_id, m.purpose_id, m.channel, count(*) FROM message m
        WHERE m.sent_at IS NOT NULL AND {LEFT}
        GROUP BY {month}, m.patient_id, m.purpose_id, m.channel
        """  # noqa: S608 -- the module's own constants
    )

    op.drop_index("ix_appointment_outcome", table_name="appointment")
    op.create_index(
        "ix_appointment_outcome",
        "appointment",
        ["starts_at", "outcome", "patient_id", *(f"reminded_{c}_at" for c in CHANNELS)],
        unique=False,
    )
    op.drop_index("ix_reminder_patient", table_name="reminder")
    op.create_index(
        "ix_reminder_patient",
        "reminder",
        ["patient_id", "due_at", "status", "purpose_id", "reached_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("message_month")
    op.drop_index("ix_reminder_patient", table_name="reminder")
    op.create_index(
        "ix_reminder_patient",
        "reminder",
        ["patient_id", "due_at", "status", "purpose_id"],
        unique=False,
    )
    op.drop_index("ix_appointment_outcome", table_name="appointment")
    op.create_index(
        "ix_appointment_outcome",
        "appointment",
        ["starts_at", "outcome", "patient_id"],
        unique=False,
    )
    with op.batch_alter_table("reminder") as batch:
        batch.drop_column("reached_at")
    with op.batch_alter_table("appointment") as batch:
        for channel in CHANNELS:
            batch.drop_column(f"reminded_{channel}_at")
