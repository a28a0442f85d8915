"""Sync (#5): conflict records (synced) and the local "Needs attention" list.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "needsattention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("change", sa.String(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "syncconflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("current_value", sa.String(), nullable=False),
        sa.Column("other_value", sa.String(), nullable=False),
        sa.Column("other_device", sa.String(length=36), nullable=False),
        sa.Column("other_hlc", sa.String(length=64), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("message", sa.String(length=300), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["district_id"], ["district.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("syncconflict", schema=None) as batch_op:
        batch_op.create_index("ix_syncconflict_district_id", ["district_id"], unique=False)
        batch_op.create_index("ix_syncconflict_resolved", ["resolved"], unique=False)
        batch_op.create_index("ix_syncconflict_row_id", ["row_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("syncconflict", schema=None) as batch_op:
        batch_op.drop_index("ix_syncconflict_row_id")
        batch_op.drop_index("ix_syncconflict_resolved")
        batch_op.drop_index("ix_syncconflict_district_id")
    op.drop_table("syncconflict")
    op.drop_table("needsattention")
