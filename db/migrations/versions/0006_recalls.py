"""patient tags, recall programmes (steps, recalls done) and medication schedules

The links from a reminder to its programme step or its medication schedule are
tables of their own: adding a foreign key column to ``reminder`` makes SQLite
copy and drop the table, and dropping it with foreign keys on would delete the
outbox's ``message_item`` rows by cascade.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patient_tag",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_patient_tag_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("patient_id", "tag", name=op.f("pk_patient_tag")),
    )
    op.create_index("ix_patient_tag_tag", "patient_tag", ["tag", "patient_id"], unique=False)
    op.create_table(
        "recall_programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=24), nullable=True),
        sa.Column("tag", sa.String(length=40), nullable=True),
        sa.Column("rrule", sa.String(length=500), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purpose.id"], name=op.f("fk_recall_programme_purpose_id_purpose")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recall_programme")),
        sa.UniqueConstraint("name", name=op.f("uq_recall_programme_name")),
    )
    op.create_table(
        "recall_step",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=True),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["recall_programme.id"],
            name=op.f("fk_recall_step_programme_id_recall_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("programme_id", "position", name=op.f("pk_recall_step")),
    )
    op.create_table(
        "recall_done",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("occurrence", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_recall_done_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["recall_programme.id"],
            name=op.f("fk_recall_done_programme_id_recall_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recall_done")),
    )
    op.create_index(
        "ix_recall_done_programme",
        "recall_done",
        ["programme_id", "patient_id", "done_on"],
        unique=False,
    )
    op.create_index("ix_recall_done_patient", "recall_done", ["patient_id"], unique=False)
    op.create_table(
        "recall_reminder",
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("occurrence", sa.Date(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_recall_reminder_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["recall_programme.id"],
            name=op.f("fk_recall_reminder_programme_id_recall_programme"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reminder_id"],
            ["reminder.id"],
            name=op.f("fk_recall_reminder_reminder_id_reminder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("reminder_id", name=op.f("pk_recall_reminder")),
    )
    op.create_index(
        "uq_recall_reminder_step",
        "recall_reminder",
        ["programme_id", "patient_id", "occurrence", "step"],
        unique=True,
    )
    op.create_table(
        "medication_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("rrule", sa.String(length=500), nullable=False),
        sa.Column("time_of_day", sa.Time(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_medication_schedule_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medication_schedule")),
    )
    op.create_index(
        "ix_medication_schedule_patient", "medication_schedule", ["patient_id"], unique=False
    )
    op.create_table(
        "medication_occurrence",
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reminder_id"],
            ["reminder.id"],
            name=op.f("fk_medication_occurrence_reminder_id_reminder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["schedule_id"],
            ["medication_schedule.id"],
            name=op.f("fk_medication_occurrence_schedule_id_medication_schedule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("reminder_id", name=op.f("pk_medication_occurrence")),
    )
    op.create_index(
        "uq_medication_occurrence_due",
        "medication_occurrence",
        ["schedule_id", "due_at"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("uq_medication_occurrence_due", table_name="medication_occurrence")
    op.drop_table("medication_occurrence")
    op.drop_index("ix_medication_schedule_patient", table_name="medication_schedule")
    op.drop_table("medication_schedule")
    op.drop_index("uq_recall_reminder_step", table_name="recall_reminder")
    op.drop_table("recall_reminder")
    op.drop_index("ix_recall_done_patient", table_name="recall_done")
    op.drop_index("ix_recall_done_programme", table_name="recall_done")
    op.drop_table("recall_done")
    op.drop_table("recall_step")
    op.drop_table("recall_programme")
    op.drop_index("ix_patient_tag_tag", table_name="patient_tag")
    op.drop_table("patient_tag")
