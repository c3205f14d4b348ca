"""a complaint recorded twice can be voided as a duplicate, keeping its row

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-29

``voided_on`` says the day it was voided (NULL: it counts); ``duplicate_of`` the
complaint it repeats, when the person voiding it said which.  Every count of the
register (the dashboard, the transparency report, the Today view) leaves out the
rows with a ``voided_on``; the rows themselves stay, as the audit log names them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voided_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("duplicate_of", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_complaint_duplicate_of_complaint"),
            "complaint",
            ["duplicate_of"],
            ["id"],
            ondelete="SET NULL",
            # The original may come after its duplicate in id order (db.models).
            deferrable=True,
            initially="DEFERRED",
        )


def downgrade() -> None:
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_complaint_duplicate_of_complaint"), type_="foreignkey"
        )
        batch_op.drop_column("duplicate_of")
        batch_op.drop_column("voided_on")
