"""a template has a variant: the easy-read letter beside the standard one

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_KEY = ["purpose_code", "channel", "language", "tone"]


def upgrade() -> None:
    with op.batch_alter_table("message_template", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("variant", sa.String(length=24), nullable=False, server_default="standard")
        )
        batch_op.drop_index("uq_message_template_version")
        batch_op.create_index(
            "uq_message_template_version", [*_KEY, "variant", "version"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("message_template", schema=None) as batch_op:
        batch_op.drop_index("uq_message_template_version")
        batch_op.create_index("uq_message_template_version", [*_KEY, "version"], unique=True)
        batch_op.drop_column("variant")
