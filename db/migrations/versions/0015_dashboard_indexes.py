"""the trust dashboard reads messages from narrow indexes, never the outbox's wide rows

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-28

Measured on 1,000,000 messages (bench ``dashboard``): what became of the
messages of a year, by purpose and channel (the dashboard's delivery figures
and the transparency report) took about 9 s reading every row by status;
``ix_message_outcome`` holds those columns in the GROUP BY's order, so the
count reads the index alone and sorts nothing.  ``ix_message_sent`` gives the
messages that left in a month with their patient (the intrusion watch), and
``ix_message_item_reminder`` goes from a reminder to its messages without
reading the items themselves (attendance with a reminder, reach on paper).
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_message_outcome",
        "message",
        ["status", "channel", "purpose_id", "call_outcome", "sent_at", "updated_at"],
        unique=False,
    )
    op.create_index(
        "ix_message_sent",
        "message",
        ["sent_at", "patient_id", "status", "call_outcome", "channel", "purpose_id"],
        unique=False,
    )
    op.create_index(
        "ix_message_item_reminder", "message_item", ["reminder_id", "message_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_message_item_reminder", table_name="message_item")
    op.drop_index("ix_message_sent", table_name="message")
    op.drop_index("ix_message_outcome", table_name="message")
