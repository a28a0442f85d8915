"""Business plans and in-kind grants."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from app.models.base import MutableRow
from app.vocabulary import PLAN_STATUSES  # noqa: F401  (#12: the codes in one place)


class BusinessPlan(MutableRow, table=True):
    beneficiary_id: str = Field(foreign_key="beneficiary.id", index=True, max_length=36)
    title: str = Field(max_length=200)
    business_type: str = Field(default="", max_length=80)
    requested_qepik: int = 0
    submitted_on: date
    status: str = Field(default="submitted", max_length=10)
    score: int | None = None  # 0..100, given with the decision
    decided_on: date | None = None
    decided_by: str | None = Field(default=None, foreign_key="officer.id", max_length=36)
    decision_note: str = Field(default="", max_length=1000)


class InKindGrant(MutableRow, table=True):
    """Goods handed over (a sewing machine for a tailor shop). Value is the sum of its items."""

    beneficiary_id: str = Field(foreign_key="beneficiary.id", index=True, max_length=36)
    business_plan_id: str | None = Field(default=None, foreign_key="businessplan.id", max_length=36)
    given_on: date
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
    total_qepik: int


class GrantItem(MutableRow, table=True):
    grant_id: str = Field(foreign_key="inkindgrant.id", index=True, max_length=36)
    description: str = Field(max_length=200)
    quantity: int = 1
    unit_value_qepik: int
