"""a reminder can name its channel (recall steps); the tick's scan reads one index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("channel", sa.String(length=24), nullable=True))
        batch_op.drop_index("ix_reminder_attention")
        batch_op.create_index(
            "ix_reminder_attention", ["status", "attention_at", "due_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index("ix_reminder_attention")
        batch_op.create_index("ix_reminder_attention", ["status", "attention_at"], unique=False)
        batch_op.drop_column("channel")
