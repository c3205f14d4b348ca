"""print runs are kept: the batch PDF with its hash, and where each letter lies in it

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("letters", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("emptied_at", sa.DateTime(), nullable=True),
        sa.Column("emptied_why", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_batch")),
    )
    op.create_index("ix_print_batch_created", "print_batch", ["created_at"], unique=False)
    op.create_table(
        "print_batch_letter",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("first_page", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["print_batch.id"],
            name=op.f("fk_print_batch_letter_batch_id_print_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["message.id"],
            name=op.f("fk_print_batch_letter_message_id_message"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_print_batch_letter_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("batch_id", "position", name=op.f("pk_print_batch_letter")),
    )
    op.create_index(
        "ix_print_batch_letter_message", "print_batch_letter", ["message_id"], unique=False
    )
    op.create_index(
        "ix_print_batch_letter_patient", "print_batch_letter", ["patient_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_print_batch_letter_patient", table_name="print_batch_letter")
    op.drop_index("ix_print_batch_letter_message", table_name="print_batch_letter")
    op.drop_table("print_batch_letter")
    op.drop_index("ix_print_batch_created", table_name="print_batch")
    op.drop_table("print_batch")
