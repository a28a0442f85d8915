"""The server's tables as ``meta.create_all`` made them before migrations (the baseline).

A database made by that ``create_all`` has exactly these tables and no version table;
``db.migrate`` checks that and stamps it with this revision instead of running it.

Revision ID: 0001
Revises:
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "srv_batch",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq"),
    )
    op.create_table(
        "srv_change",
        sa.Column("district_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("skip_device", sa.String(length=36), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("district_id", "seq"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "srv_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("used_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "srv_device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("short_no", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pushed", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("srv_device", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_srv_device_district_id"), ["district_id"], unique=False
        )

    op.create_table(
        "srv_district",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("head", sa.BigInteger(), nullable=False),
        sa.Column("checksum", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "srv_record",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("meta", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("row_id"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("srv_record")
    op.drop_table("srv_district")
    with op.batch_alter_table("srv_device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_srv_device_district_id"))

    op.drop_table("srv_device")
    op.drop_table("srv_code")
    op.drop_table("srv_change")
    op.drop_table("srv_batch")
