"""The officer's notes on a loan (#14): "promised to pay on …", dated, immutable and synced.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loannote",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["district_id"], ["district.id"]),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"]),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_loannote_district_id", "loannote", ["district_id"])
    op.create_index("ix_loannote_loan_id", "loannote", ["loan_id"])


def downgrade() -> None:
    op.drop_index("ix_loannote_loan_id", table_name="loannote")
    op.drop_index("ix_loannote_district_id", table_name="loannote")
    op.drop_table("loannote")
