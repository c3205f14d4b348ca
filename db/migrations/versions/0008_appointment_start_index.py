"""the agenda lists booked appointments by start time from one index

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_appointment_start", "appointment", ["status", "starts_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_appointment_start", table_name="appointment")
