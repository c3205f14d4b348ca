"""consent ledger, purposes, privacy notices, preferences

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.migrations.helpers import allow_changes, forbid_changes

# DESIGN §4: care purposes are sent unless the patient objects; the others
# need an explicit, recorded consent (never pre-ticked).
SEEDED_PURPOSES = [
    ("appointment_reminder", "Rappel de rendez-vous", "Appointment reminder", "care"),
    ("medication_reminder", "Rappel de traitement", "Medication reminder", "care"),
    ("screening_recall", "Dépistage et relance", "Screening and recall", "care"),
    ("vaccination", "Vaccination", "Vaccination", "care"),
    ("health_education", "Information santé", "Health education", "consent"),
    ("satisfaction_survey", "Enquête de satisfaction", "Satisfaction survey", "consent"),
    ("practice_events", "Vie du cabinet", "Practice events", "consent"),
]


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_document")),
    )
    with op.batch_alter_table("evidence_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_document_sha256"), ["sha256"], unique=False)

    op.create_table(
        "privacy_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.String(length=2000), nullable=False),
        sa.Column("needs_reconfirmation", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_notice")),
        sa.UniqueConstraint("version", name=op.f("uq_privacy_notice_version")),
    )
    op.create_table(
        "purpose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_fr", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column(
            "basis",
            sa.Enum("care", "consent", name="lawfulbasis", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purpose")),
        sa.UniqueConstraint("code", name=op.f("uq_purpose_code")),
    )
    op.create_table(
        "consent_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "sms", "email", "letter", "phone", name="channel", native_enum=False, length=24
            ),
            nullable=True,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "granted",
                "withdrawn",
                "refused",
                "objected",
                name="consentkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "method",
            sa.Enum(
                "signed_form",
                "at_desk",
                "phone",
                "letter_reply",
                "sms_stop",
                name="consentmethod",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("witness", sa.String(length=64), nullable=True),
        sa.Column("notice_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence_document.id"],
            name=op.f("fk_consent_event_evidence_id_evidence_document"),
        ),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["privacy_notice.id"],
            name=op.f("fk_consent_event_notice_id_privacy_notice"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_consent_event_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purpose.id"], name=op.f("fk_consent_event_purpose_id_purpose")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_event")),
    )
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consent_event_patient", ["patient_id", "recorded_at"], unique=False
        )

    op.create_table(
        "preferences",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("max_per_week", sa.Integer(), nullable=True),
        sa.Column("max_per_month", sa.Integer(), nullable=True),
        sa.Column("quiet_before", sa.String(length=5), nullable=False),
        sa.Column("quiet_after", sa.String(length=5), nullable=False),
        sa.Column("quiet_days", sa.JSON(), nullable=False),
        sa.Column("quiet_on_public_holidays", sa.Boolean(), nullable=False),
        sa.Column("quiet_channels", sa.JSON(), nullable=False),
        sa.Column(
            "tone",
            sa.Enum("formal", "informal", name="tone", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "paper_format",
            sa.Enum(
                "standard",
                "large_print",
                "easy_read",
                name="paperformat",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("paper_only", sa.Boolean(), nullable=False),
        sa.Column("call_instead_of_letter", sa.Boolean(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_preferences_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("patient_id", name=op.f("pk_preferences")),
    )

    purpose = sa.table(
        "purpose",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name_fr", sa.String),
        sa.column("name_en", sa.String),
        sa.column("basis", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(
        purpose,
        [
            {
                "id": n,
                "code": code,
                "name_fr": fr,
                "name_en": en,
                "basis": basis,
                "active": True,
                "position": n,
            }
            for n, (code, fr, en, basis) in enumerate(SEEDED_PURPOSES, start=1)
        ],
    )
    forbid_changes("consent_event")


def downgrade() -> None:
    allow_changes("consent_event")
    op.drop_table("preferences")
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_event_patient")

    op.drop_table("consent_event")
    op.drop_table("purpose")
    op.drop_table("privacy_notice")
    with op.batch_alter_table("evidence_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_document_sha256"))

    op.drop_table("evidence_document")
