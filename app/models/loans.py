"""Loan products, loans, their schedules and the immutable ledger."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index
from sqlmodel import Field

from app.models.base import MutableRow, SyncedRow
from app.vocabulary import ENTRY_KINDS, LOAN_DECISIONS, LOAN_STATUSES  # noqa: F401  (#12: the codes, one place)


class LoanProduct(MutableRow, table=True):
    """Terms a loan is created from. Loans copy the terms, so changing a product changes no loan."""

    name: str = Field(max_length=120)
    method: str = Field(default="declining", max_length=12)
    amortization: str = Field(default="equal-installments", max_length=20)
    frequency: str = Field(default="monthly", max_length=10)
    rate_bp: int  # nominal annual rate in basis points: 1800 = 18.00 %
    min_term: int = 1
    max_term: int = 36
    min_principal_qepik: int = 10_000
    max_principal_qepik: int = 1_000_000
    grace: int = 0
    multiple_qepik: int | None = None
    rounding: str = Field(default="half-up", max_length=10)
    allocation_order: str = Field(default="penalty,fee,interest,principal", max_length=60)
    active: bool = True


class Loan(MutableRow, table=True):
    number: str = Field(max_length=24, unique=True)
    beneficiary_id: str = Field(foreign_key="beneficiary.id", index=True, max_length=36)
    product_id: str = Field(foreign_key="loanproduct.id", max_length=36)
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
    principal_qepik: int
    rate_bp: int
    term: int
    method: str = Field(max_length=12)
    amortization: str = Field(max_length=20)
    frequency: str = Field(max_length=10)
    grace: int = 0
    multiple_qepik: int | None = None
    rounding: str = Field(max_length=10)
    allocation_order: str = Field(max_length=60)
    purpose: str = Field(default="", max_length=200)
    created_on: date
    status: str = Field(default="proposed", max_length=12)
    disbursed_on: date | None = None
    # #13: what the proposal had to explain (codes of app.vocabulary.LOAN_WARNING, comma-joined)
    # and the officer's written reason for proposing it anyway
    warnings: str = Field(default="", max_length=60)
    warnings_reason: str = Field(default="", max_length=300)
    # #13: the approved business plan the loan finances, where the person has one
    business_plan_id: str | None = Field(default=None, foreign_key="businessplan.id", max_length=36)


class LoanDecision(SyncedRow, table=True):
    """A supervisor's decision on a proposed loan (#13): approved or rejected, with a reason.

    Immutable: two supervisors deciding offline both keep their event and never conflict; the
    first decision recorded (by HLC) is the loan's (``app.queries.loans.decision``).
    """

    loan_id: str = Field(foreign_key="loan.id", index=True, max_length=36)
    decision: str = Field(max_length=10)
    reason: str = Field(default="", max_length=300)
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
    decided_on: date


class LoanNote(SyncedRow, table=True):
    """A dated note on a loan from the officer's round (#14): "promised to pay on the 12th",
    "moved to Bakı for work". Immutable: a later note supersedes, both are kept."""

    loan_id: str = Field(foreign_key="loan.id", index=True, max_length=36)
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
    written_on: date
    promised_on: date | None = None  # the day the borrower promised to pay, if they did
    text: str = Field(max_length=500)


class Installment(SyncedRow, table=True):
    """A schedule row fixed at disbursement. Payments never change it: state is replayed."""

    # Covering: a loan's schedule is read from the index alone, in order (#12, app.queries.loans).
    __table_args__ = (
        Index("ix_installment_replay", "loan_id", "n", "due_on", "principal_qepik",
              "interest_qepik"),
    )  # fmt: skip

    loan_id: str = Field(foreign_key="loan.id", max_length=36)
    n: int
    due_on: date
    principal_qepik: int
    interest_qepik: int


class LedgerEntry(SyncedRow, table=True):
    """An immutable money movement. Corrections are reversal entries pointing at the original.

    ``alloc_*`` record how a repayment was split when it was recorded (for the receipt); balances
    are always derived by replaying all entries in date order (a back-dated entry may re-split).
    """

    # Covering: what a replay reads of a loan's entries comes from the index alone, in
    # recording order; 50,000 loans' figures read 0.6 s sooner than through the loan_id index and
    # the table (#12, app.queries.loans). It also serves every "entries of this loan" lookup.
    __table_args__ = (
        Index("ix_ledgerentry_replay", "loan_id", "value_date", "hlc", "id", "kind",
              "amount_qepik", "reverses_id"),
    )  # fmt: skip

    loan_id: str = Field(foreign_key="loan.id", max_length=36)
    kind: str = Field(max_length=14)
    value_date: date
    amount_qepik: int
    receipt_no: str | None = Field(default=None, max_length=30, unique=True)
    reverses_id: str | None = Field(default=None, foreign_key="ledgerentry.id", max_length=36)
    reason: str = Field(default="", max_length=300)
    officer_id: str = Field(foreign_key="officer.id", max_length=36)
    alloc_penalty_qepik: int = 0
    alloc_fee_qepik: int = 0
    alloc_interest_qepik: int = 0
    alloc_principal_qepik: int = 0
    balance_after_qepik: int | None = None
