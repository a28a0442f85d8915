"""Search that finds real spellings (#14): every case file's search key made again with the
spelling-blind sound of each name (``app.text.person_key``). Local only: each laptop makes the
same keys from the same names.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.text import person_key

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("beneficiary") as b:
        b.alter_column("search_key", type_=sa.String(1000), existing_nullable=False)
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, surname, given_name, patronymic, code FROM beneficiary")
    ).fetchall()
    keys = [
        {
            "id": r[0],
            "key": person_key(r[1], r[2], r[3] or "", r[4]),
        }
        for r in rows
    ]
    if keys:
        conn.execute(sa.text("UPDATE beneficiary SET search_key = :key WHERE id = :id"), keys)


def downgrade() -> None:
    with op.batch_alter_table("beneficiary") as b:
        b.alter_column("search_key", type_=sa.String(300), existing_nullable=False)
