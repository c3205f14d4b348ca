"""the planner's exclusions are kept until the reminder is planned again

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_exclusion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("lead", sa.String(length=16), nullable=True),
        sa.Column("channel", sa.String(length=24), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reminder_id"],
            ["reminder.id"],
            name=op.f("fk_plan_exclusion_reminder_id_reminder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_exclusion")),
    )
    op.create_index("ix_plan_exclusion_reminder", "plan_exclusion", ["reminder_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_plan_exclusion_reminder", table_name="plan_exclusion")
    op.drop_table("plan_exclusion")
