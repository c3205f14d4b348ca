"""initial schema: settings, users, audit, patients

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.migrations.helpers import allow_changes, forbid_changes

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=True),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index("ix_audit_event_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "patient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("birth_name", sa.String(length=100), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column(
            "sex",
            sa.Enum("F", "M", "X", "U", name="sex", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "moved",
                "deceased",
                "archived",
                name="patientstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("household", sa.String(length=64), nullable=True),
        sa.Column("large_print", sa.Boolean(), nullable=False),
        sa.Column("easy_read", sa.Boolean(), nullable=False),
        sa.Column("needs_call", sa.Boolean(), nullable=False),
        sa.Column("no_digital_access", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.String(length=220), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient")),
        sa.UniqueConstraint("external_id", name=op.f("uq_patient_external_id")),
    )
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.create_index("ix_patient_birth_date", ["birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_patient_household"), ["household"], unique=False)
        batch_op.create_index("ix_patient_sort_key", ["sort_key", "id"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin", "practitioner", "receptionist", name="role", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("last_failed_login_at", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    op.create_table(
        "contact_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "mobile",
                "landline",
                "email",
                "postal",
                name="contactkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("value", sa.String(length=320), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("street_extra", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=16), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("bounced", sa.Boolean(), nullable=False),
        sa.Column("shared_with_household", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_contact_point_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_point")),
    )
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.create_index("ix_contact_point_patient", ["patient_id"], unique=False)
        batch_op.create_index("ix_contact_point_value", ["kind", "value"], unique=False)

    op.create_table(
        "patient_search_term",
        sa.Column("term", sa.String(length=320), nullable=False),
        sa.Column("sort_key", sa.String(length=220), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("words", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_patient_search_term_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "term", "sort_key", "patient_id", name=op.f("pk_patient_search_term")
        ),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("patient_search_term", schema=None) as batch_op:
        batch_op.create_index("ix_patient_search_term_patient", ["patient_id"], unique=False)

    forbid_changes("audit_event")


def downgrade() -> None:
    allow_changes("audit_event")
    with op.batch_alter_table("patient_search_term", schema=None) as batch_op:
        batch_op.drop_index("ix_patient_search_term_patient")

    op.drop_table("patient_search_term")
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_point_value")
        batch_op.drop_index("ix_contact_point_patient")

    op.drop_table("contact_point")
    op.drop_table("user_account")
    op.drop_table("setting")
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_index("ix_patient_sort_key")
        batch_op.drop_index(batch_op.f("ix_patient_household"))
        batch_op.drop_index("ix_patient_birth_date")

    op.drop_table("patient")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")

    op.drop_table("audit_event")
