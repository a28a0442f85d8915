"""SQLModel tables (DESIGN §2). Importing this package registers every table on the metadata."""

import functools

from app.models.audit import AuditEvent
from app.models.base import MutableRow, SyncedRow
from app.models.grants import (
    PLAN_STATUSES,
    BusinessPlan,
    GrantItem,
    InKindGrant,
    OfficeProfile,
    PlanEvent,
    PlanRubric,
)
from app.models.loans import (
    ENTRY_KINDS,
    LOAN_STATUSES,
    Installment,
    LedgerEntry,
    Loan,
    LoanDecision,
    LoanNote,
    LoanProduct,
)
from app.models.local import LocalState, NumberCounter, Outbox
from app.models.org import ROLES, Device, District, Officer
from app.models.people import CASE_STATUSES, CATEGORIES, SEXES, Beneficiary, CaseNote
from app.models.sync import CONFLICT_KINDS, NeedsAttention, SyncConflict
from app.models.training import AttendanceMark, Enrollment, TrainingCourse, TrainingSession

__all__ = [
    "CASE_STATUSES",
    "CATEGORIES",
    "CONFLICT_KINDS",
    "ENTRY_KINDS",
    "LOAN_STATUSES",
    "PLAN_STATUSES",
    "ROLES",
    "SEXES",
    "AttendanceMark",
    "AuditEvent",
    "Beneficiary",
    "BusinessPlan",
    "CaseNote",
    "Device",
    "District",
    "Enrollment",
    "GrantItem",
    "InKindGrant",
    "Installment",
    "LedgerEntry",
    "Loan",
    "LoanDecision",
    "LoanNote",
    "LoanProduct",
    "LocalState",
    "MutableRow",
    "NeedsAttention",
    "NumberCounter",
    "OfficeProfile",
    "Officer",
    "Outbox",
    "PlanEvent",
    "PlanRubric",
    "SyncConflict",
    "SyncedRow",
    "TrainingCourse",
    "TrainingSession",
]


@functools.cache
def synced_tables() -> dict[str, type[SyncedRow]]:
    """Table name → model for every table that syncs (the one registry both ends read)."""
    out: dict[str, type[SyncedRow]] = {}
    for name in __all__:
        obj = globals()[name]
        if isinstance(obj, type) and issubclass(obj, SyncedRow) and hasattr(obj, "__table__"):
            out[obj.__table__.name] = obj  # type: ignore[attr-defined]
    return out
