"""Covering indexes for the replay (#12): a loan's schedule and entries read from the index.

They replace the plain ``loan_id`` indexes, which are their first column. On a 100,000-person
office the upgrade takes a few seconds, once.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_ENTRY = ["loan_id", "value_date", "hlc", "id", "kind", "amount_qepik", "reverses_id"]
_INSTALLMENT = ["loan_id", "n", "due_on", "principal_qepik", "interest_qepik"]


def upgrade() -> None:
    op.create_index("ix_ledgerentry_replay", "ledgerentry", _ENTRY)
    op.drop_index("ix_ledgerentry_loan_id", table_name="ledgerentry")
    op.create_index("ix_installment_replay", "installment", _INSTALLMENT)
    op.drop_index("ix_installment_loan_id", table_name="installment")


def downgrade() -> None:
    op.create_index("ix_installment_loan_id", "installment", ["loan_id"])
    op.drop_index("ix_installment_replay", table_name="installment")
    op.create_index("ix_ledgerentry_loan_id", "ledgerentry", ["loan_id"])
    op.drop_index("ix_ledgerentry_replay", table_name="ledgerentry")
