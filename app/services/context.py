"""Who is acting, what they may do, and the ``Changes`` value services return (STYLE §9)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import PermissionDenied

ALL_ROLES = frozenset({"loan_officer", "trainer", "supervisor", "administrator"})
_MANAGERS = frozenset({"supervisor", "administrator"})

# Which roles may perform each use case. One table, so the GUI can ask the same question
# (`allowed`) to enable or disable an action that the service will check again.
PERMISSIONS: dict[str, frozenset[str]] = {
    "beneficiary.write": ALL_ROLES,
    "case_note.write": ALL_ROLES,
    "training.manage": frozenset({"trainer"}) | _MANAGERS,
    "attendance.mark": frozenset({"trainer"}) | _MANAGERS,
    "plan.submit": ALL_ROLES,
    "plan.review": frozenset({"loan_officer", "trainer"}) | _MANAGERS,  # never the plan's writer
    "plan.decide": _MANAGERS,  # never the plan's writer
    "plan.rubric": _MANAGERS,
    "office.profile": _MANAGERS,  # the organisation's name on every paper
    "grant.record": frozenset({"loan_officer"}) | _MANAGERS,
    "product.manage": _MANAGERS,
    "loan.create": frozenset({"loan_officer"}) | _MANAGERS,
    "loan.approve": _MANAGERS,  # #13: never the officer who proposed the loan
    "loan.disburse": frozenset({"loan_officer"}) | _MANAGERS,
    "loan.repay": frozenset({"loan_officer"}) | _MANAGERS,
    "entry.reverse": _MANAGERS,
    "loan.write_off": _MANAGERS,
    "loan.charge": _MANAGERS,
    "loan.reassign": _MANAGERS,  # #14: a leaving officer's portfolio to another
    "officer.manage": frozenset({"administrator"}),
    # #6: exports of personal data and imports (each one audited)
    "export.ledger": _MANAGERS,
    "export.receipt": frozenset({"loan_officer"}) | _MANAGERS,
    "export.schedule": frozenset({"loan_officer"}) | _MANAGERS,
    "export.certificate": frozenset({"trainer"}) | _MANAGERS,
    "export.case": ALL_ROLES,
    "export.handover": frozenset({"loan_officer"}) | _MANAGERS,  # #13: a grant's handover act
    "import.beneficiaries": ALL_ROLES,
    "conflict.resolve": _MANAGERS,  # #5: Reports → Conflicts
}


@dataclass(frozen=True)
class Actor:
    """The logged-in officer on this device. Services take it as ``actor=``."""

    officer_id: str
    login: str
    full_name: str
    role: str
    district_id: str
    device_id: str


def allowed(actor: Actor, action: str) -> bool:
    return actor.role in PERMISSIONS[action]


def may_reverse(
    actor: Actor, kind: str, officer_id: str, recorded_on: object, today: object
) -> bool:
    """#14: a supervisor reverses any entry; an officer reverses a repayment they recorded
    themselves, on the day they recorded it (a mistyped amount caught before the day ends)."""
    if allowed(actor, "entry.reverse"):
        return True
    return (
        allowed(actor, "loan.repay") and kind == "repayment"
        and officer_id == actor.officer_id and recorded_on == today
    )  # fmt: skip


def require(actor: Actor, action: str) -> None:
    """Raise ``PermissionDenied`` unless the actor's role may perform ``action``."""
    if not allowed(actor, action):
        raise PermissionDenied(
            "a {role} may not do this ({action})",
            field="role",
            role=actor.role.replace("_", " "),
            action=action,
        )


@dataclass(frozen=True)
class Changes:
    """What a use case changed, so screens refresh only what concerns them."""

    people: frozenset[str] = field(default_factory=frozenset)
    loans: frozenset[str] = field(default_factory=frozenset)
    trainings: frozenset[str] = field(default_factory=frozenset)
    sync_status: bool = True
