"""survey invitations opened by an answer: not asked, left out of the response rate

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-29

A CSV row of answers that matches no invitation used to open one "asked by e-mail",
without a message: counted as asked and answered at once, it raised the response
rate.  ``survey_invitation.opened_by_answer`` marks such invitations, so the rate
and the frequency cap leave them out.  Those opened before are found as that code
made them: no message, e-mail, answered at the very moment it was opened, and
answered from a CSV.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("survey_invitation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("opened_by_answer", sa.Boolean(), nullable=False, server_default="0")
        )
    op.execute(
        """
        UPDATE survey_invitation SET opened_by_answer = TRUE
        WHERE message_id IS NULL AND channel = 'email' AND answered_at = asked_at
          AND EXISTS (SELECT 1 FROM survey_answer
                      WHERE survey_answer.invitation_id = survey_invitation.id
                        AND survey_answer.source = 'csv')
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("survey_invitation", schema=None) as batch_op:
        batch_op.drop_column("opened_by_answer")
