"""the trust dashboard reads who is active, who came back and how many patients got how many
messages from kept data and two indexes

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-29

Measured on the bench's 100,000 patients, 300,000 appointments and a million messages
(SQLCipher):

- ``ix_patient_status`` (status, created_at, no_digital_access): the active patients
  and since when (the consent figures' denominators), the few moved, deceased or
  archived ones (left out of the consent ledger and of retention), and those without
  digital access (the reach on paper) are read from it alone.  Each was a scan of the
  whole patient table, or a lookup of the patient by id for every consent event or
  every patient of the retention cohort: pages of names and addresses decrypted for
  three columns.
- ``ix_appointment_attended`` (outcome, patient_id, starts_at): retention groups each
  patient's attended appointments of the two windows in the index's order, instead of
  a DISTINCT of one window's patients (a sort) looked up in the other's as a list
  (0.26 s of CPU; 0.11 s).
- ``message_month_size``: for each UTC month, how many patients had 1, 2, 3...
  messages leave, every purpose and channel together, kept by ``app.reach`` beside
  ``message_month`` (from which it is filled in here).  The intrusion watch looking at
  everything reads a month's few sizes instead of grouping its 35,000 rows of
  ``message_month`` by patient and then by size (0.2 s of CPU for a year).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_patient_status", "patient", ["status", "created_at", "no_digital_access"])
    op.create_index(
        "ix_appointment_attended", "appointment", ["outcome", "patient_id", "starts_at"]
    )
    op.create_table(
        "message_month_size",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("messages", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("patients", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "messages", name=op.f("pk_message_month_size")),
        sqlite_with_rowid=False,
    )
    # The same definition as app.reach: each patient's month, every purpose and channel.
    op.execute(
        """
        INSERT INTO message_month_size (month, messages, patients)
        SELECT month, messages, count(*) FROM (
            SELECT month, patient_id, sum(messages) AS messages FROM message_month
            GROUP BY month, patient_id) AS per_patient
        GROUP BY month, messages
        """
    )


def downgrade() -> None:
    op.drop_table("message_month_size")
    op.drop_index("ix_appointment_attended", table_name="appointment")
    op.drop_index("ix_patient_status", table_name="patient")
