"""Loan proposals (#13): the warnings a proposal had to explain and the officer's reason.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("loan") as batch_op:
        batch_op.add_column(
            sa.Column("warnings", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("warnings_reason", sa.String(length=300), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("loan") as batch_op:
        batch_op.drop_column("warnings_reason")
        batch_op.drop_column("warnings")
