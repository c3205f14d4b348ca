"""the complaints register: received, acknowledged, answered, with their deadlines

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("from_whom", sa.String(length=200), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("description", sa.String(length=4000), nullable=False),
        sa.Column("acknowledge_by", sa.Date(), nullable=False),
        sa.Column("answer_by", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.String(length=4000), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("lessons", sa.String(length=4000), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name="fk_complaint_patient_id_patient",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_complaint"),
    )
    op.create_index("ix_complaint_open", "complaint", ["status", "answer_by"], unique=False)
    op.create_index("ix_complaint_patient_id", "complaint", ["patient_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_complaint_patient_id", table_name="complaint")
    op.drop_index("ix_complaint_open", table_name="complaint")
    op.drop_table("complaint")
