"""an appointment records what happened: attended, missed, cancelled in time

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("outcome_recorded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("outcome_recorded_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_column("outcome_recorded_by")
        batch_op.drop_column("outcome_recorded_at")
        batch_op.drop_column("outcome")
