"""satisfaction surveys: the questions, who was asked and by which message, the answers

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey")),
    )
    op.create_table(
        "survey_invitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"],
            name=op.f("fk_survey_invitation_survey_id_survey"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"],
            name=op.f("fk_survey_invitation_patient_id_patient"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"], ["message.id"],
            name=op.f("fk_survey_invitation_message_id_message"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_invitation")),
    )  # fmt: skip
    op.create_index("ix_survey_invitation_patient", "survey_invitation", ["patient_id", "asked_at"])
    op.create_index("ix_survey_invitation_survey", "survey_invitation", ["survey_id", "asked_at"])
    op.create_index("ix_survey_invitation_message", "survey_invitation", ["message_id"])
    op.create_table(
        "survey_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invitation_id", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(length=40), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(length=2000), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["invitation_id"], ["survey_invitation.id"],
            name=op.f("fk_survey_answer_invitation_id_survey_invitation"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answer")),
    )  # fmt: skip
    op.create_index(
        "uq_survey_answer_question", "survey_answer", ["invitation_id", "question_key"],
        unique=True,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("uq_survey_answer_question", table_name="survey_answer")
    op.drop_table("survey_answer")
    op.drop_index("ix_survey_invitation_message", table_name="survey_invitation")
    op.drop_index("ix_survey_invitation_survey", table_name="survey_invitation")
    op.drop_index("ix_survey_invitation_patient", table_name="survey_invitation")
    op.drop_table("survey_invitation")
    op.drop_table("survey")
