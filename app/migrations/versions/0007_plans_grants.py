"""Business plans and grants in the product (#13): budget lines, scores and decisions as events,
the office's rubric, grant status and serial numbers, and the organisation on every paper.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _envelope() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("businessplan") as b:
        b.add_column(sa.Column("description", sa.String(2000), nullable=False, server_default=""))
        b.add_column(sa.Column("budget", sa.String(20000), nullable=False, server_default="[]"))
        b.add_column(
            sa.Column("loan_requested_qepik", sa.Integer(), nullable=False, server_default="0")
        )
        b.add_column(sa.Column("submitted_by", sa.String(36), nullable=True))
        b.create_foreign_key("fk_businessplan_submitted_by", "officer", ["submitted_by"], ["id"])
    with op.batch_alter_table("loan") as b:
        b.add_column(sa.Column("business_plan_id", sa.String(36), nullable=True))
        b.create_foreign_key(
            "fk_loan_business_plan_id", "businessplan", ["business_plan_id"], ["id"]
        )
    with op.batch_alter_table("inkindgrant") as b:
        b.add_column(
            sa.Column("status", sa.String(12), nullable=False, server_default="handed_over")
        )
    with op.batch_alter_table("grantitem") as b:
        b.add_column(sa.Column("serial_no", sa.String(200), nullable=False, server_default=""))
    op.create_table(
        "planevent",
        *_envelope(),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("score_tenths", sa.Integer(), nullable=True),
        sa.Column("marks", sa.String(length=20000), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(["district_id"], ["district.id"]),
        sa.ForeignKeyConstraint(["plan_id"], ["businessplan.id"]),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_planevent_district_id", "planevent", ["district_id"])
    op.create_index("ix_planevent_plan_id", "planevent", ["plan_id"])
    op.create_table(
        "planrubric",
        *_envelope(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("criteria", sa.String(length=20000), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["district_id"], ["district.id"]),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_planrubric_district_id", "planrubric", ["district_id"])
    op.create_table(
        "officeprofile",
        *_envelope(),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("programme", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["district_id"], ["district.id"]),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_officeprofile_district_id", "officeprofile", ["district_id"])


def downgrade() -> None:
    for table in ("officeprofile", "planrubric", "planevent"):
        op.drop_index(f"ix_{table}_district_id", table_name=table)
        if table == "planevent":
            op.drop_index("ix_planevent_plan_id", table_name=table)
        op.drop_table(table)
    with op.batch_alter_table("grantitem") as b:
        b.drop_column("serial_no")
    with op.batch_alter_table("inkindgrant") as b:
        b.drop_column("status")
    with op.batch_alter_table("loan") as b:
        b.drop_constraint("fk_loan_business_plan_id", type_="foreignkey")
        b.drop_column("business_plan_id")
    with op.batch_alter_table("businessplan") as b:
        b.drop_constraint("fk_businessplan_submitted_by", type_="foreignkey")
        b.drop_column("submitted_by")
        b.drop_column("loan_requested_qepik")
        b.drop_column("budget")
        b.drop_column("description")
