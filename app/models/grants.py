"""Business plans, their scoring and decisions, and in-kind grants (#13, DESIGN §8).

A plan's *content* (title, budget lines, support requested) is a mutable record the officer
revises when a supervisor sends it back. What happens to it (a reviewer's score, a decision, a
resubmission) is a :class:`PlanEvent`: immutable, so two laptops scoring or deciding offline both
keep their event and never conflict. The plan's status and score are derived from its events
(``app.queries.plans``); ``BusinessPlan.status`` and ``score`` hold only what plans decided
before #13 carried.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from app.models.base import MutableRow, SyncedRow
from app.vocabulary import PLAN_STATUSES  # noqa: F401  (#12: the codes in one place)


class BusinessPlan(MutableRow, table=True):
    beneficiary_id: str = Field(foreign_key="beneficiary.id", index=True, max_length=36)
    title: str = Field(max_length=200)
    business_type: str = Field(default="", max_length=80)
    requested_qepik: int = 0  # the support asked for: in-kind lines plus the loan
    submitted_on: date
    status: str = Field(default="submitted", max_length=10)  # before #13; events decide now
    score: int | None = None  # 0..100, given with a decision before #13
    decided_on: date | None = None
    decided_by: str | None = Field(default=None, foreign_key="officer.id", max_length=36)
    decision_note: str = Field(default="", max_length=1000)
    # #13: the plan as written with the person
    description: str = Field(default="", max_length=2000)
    budget: str = Field(default="[]", max_length=20000)  # JSON budget lines (see rules)
    loan_requested_qepik: int = 0
    submitted_by: str | None = Field(default=None, foreign_key="officer.id", max_length=36)


class PlanEvent(SyncedRow, table=True):
    """Something that happened to a plan: a reviewer's score, a supervisor's decision
    (approve, reject, send back) or the officer's resubmission after a send-back.

    ``round`` counts submissions (1, then 2 after the first resubmission...): a score counts
    for the round it was given in. A review keeps the criteria, weights and marks it was given
    with (``marks``), so editing the rubric never changes a past score.
    """

    plan_id: str = Field(foreign_key="businessplan.id", index=True, max_length=36)
    kind: str = Field(max_length=10)
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
    happened_on: date
    round: int = 1
    score_tenths: int | None = None  # a review's weighted score ×10 (0..1000)
    marks: str = Field(default="[]", max_length=20000)  # JSON [{name, weight, mark}]
    reason: str = Field(default="", max_length=1000)


class PlanRubric(SyncedRow, table=True):
    """A version of the office's scoring rubric: weighted criteria (weights sum to 100), each
    marked 0–5 by a reviewer. Editing adds a version; the highest version is the one in use."""

    version: int
    criteria: str = Field(max_length=20000)  # JSON [{name, weight, code?}]
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
    made_on: date


class InKindGrant(MutableRow, table=True):
    """Goods handed over (a sewing machine for a tailor shop). Value is the sum of its items.

    ``status``: ``prepared`` (items listed, ``given_on`` the day planned) or ``handed_over``
    (``given_on`` the day of the handover; grants before #13 were recorded handed over)."""

    beneficiary_id: str = Field(foreign_key="beneficiary.id", index=True, max_length=36)
    business_plan_id: str | None = Field(default=None, foreign_key="businessplan.id", max_length=36)
    given_on: date
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
    total_qepik: int
    status: str = Field(default="handed_over", max_length=12)


class GrantItem(MutableRow, table=True):
    grant_id: str = Field(foreign_key="inkindgrant.id", index=True, max_length=36)
    description: str = Field(max_length=200)
    quantity: int = 1
    unit_value_qepik: int
    serial_no: str = Field(default="", max_length=200)  # one or more, comma-separated


class OfficeProfile(SyncedRow, table=True):
    """The organisation as every paper names it (set once in Settings, #13). Saving adds a
    version; the latest (by clock) is the one printed. Synced, so every laptop of the
    district prints the same."""

    organisation: str = Field(default="", max_length=200)
    programme: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=40)
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
