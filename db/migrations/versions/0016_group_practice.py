"""several desks on one server: a patient's version, and id sequences in step

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29

``patient.version`` counts the changes to a patient's record: a desk saves
only if the record still has the version it showed, so two desks editing the
same patient cannot silently overwrite each other (SQLAlchemy's
``version_id_col``).  On PostgreSQL, rows seeded with explicit ids (the
purposes of 0002) had left their sequences behind: the first purpose a
practice added collided with id 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.schema import sync_sequences

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patient") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    sync_sequences(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("patient") as batch:
        batch.drop_column("version")
