"""survey requests: which survey a satisfaction-survey reminder asks

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_request",
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reminder_id"], ["reminder.id"],
            name=op.f("fk_survey_request_reminder_id_reminder"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"],
            name=op.f("fk_survey_request_survey_id_survey"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("reminder_id", name=op.f("pk_survey_request")),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("survey_request")
