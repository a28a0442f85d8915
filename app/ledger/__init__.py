"""Loan math: schedules, allocation, replayed loan states and portfolio quality.

Pure functions over frozen dataclasses and ``Decimal``: no Qt, no SQLModel, no session
(STYLE.md item 3). The rules are in docs/loan-math.md.
"""

from __future__ import annotations

from app.ledger.portfolio import BUCKETS, PortfolioSummary, par_bucket, summarize, summarize_qepik
from app.ledger.replay import (
    ALLOCATION_DEFAULT,
    ENTRY_KINDS,
    Allocation,
    Entry,
    EntryRow,
    InstallmentState,
    LoanState,
    allocate,
    due_qepik,
    entry_row,
    live_entries,
    live_rows,
    replay,
    replay_qepik,
)
from app.ledger.schedule import (
    Installment,
    LoanTerms,
    Schedule,
    build_schedule,
    due_dates,
    validate_terms,
)

__all__ = [
    "ALLOCATION_DEFAULT",
    "BUCKETS",
    "ENTRY_KINDS",
    "Allocation",
    "Entry",
    "EntryRow",
    "Installment",
    "InstallmentState",
    "LoanState",
    "LoanTerms",
    "PortfolioSummary",
    "Schedule",
    "allocate",
    "build_schedule",
    "due_dates",
    "due_qepik",
    "entry_row",
    "live_entries",
    "live_rows",
    "par_bucket",
    "replay",
    "replay_qepik",
    "summarize",
    "summarize_qepik",
    "validate_terms",
]
