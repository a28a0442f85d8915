"""Who may export or import personal data, and the audit event each export leaves (#6, DESIGN §6).

Every export of personal data (the ledger workbook, each PDF) and every import writes one audit
event through the one write path (``_write.Writer``): who, when (the event's time), what, how
many rows, pseudonymised or not, and the file's name (never its folder: paths can hold a
person's name).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.errors import PermissionDenied
from app.services._write import Writer
from app.services.context import _MANAGERS, ALL_ROLES, PERMISSIONS, Actor, require
from app.store import Database

_LOAN_ROLES = frozenset({"loan_officer"}) | _MANAGERS

# The permission each output needs. Where PERMISSIONS (services/context.py) has the action its
# entry wins, so the one table stays the authority once these are added there.
EXPORT_PERMISSIONS: dict[str, frozenset[str]] = {
    "export.ledger": _MANAGERS,  # the whole office's personal and financial data
    "export.receipt": _LOAN_ROLES,
    "export.schedule": _LOAN_ROLES,
    "export.certificate": frozenset({"trainer"}) | _MANAGERS,
    "export.case": ALL_ROLES,
    "import.beneficiaries": ALL_ROLES,  # as registering one case file ("beneficiary.write")
}


def may_export(actor: Actor, action: str) -> bool:
    """Whether the actor's role may perform ``action`` (the GUI enables buttons with this)."""
    roles = PERMISSIONS.get(action) or EXPORT_PERMISSIONS[action]
    return actor.role in roles


def require_export(actor: Actor, action: str) -> None:
    """Raise ``PermissionDenied`` unless the actor may perform the export or import."""
    if action in PERMISSIONS:
        require(actor, action)
    elif not may_export(actor, action):
        raise PermissionDenied(
            "a {role} may not do this ({action})",
            field="role",
            role=actor.role.replace("_", " "),
            action=action,
        )


def record_export(
    db: Database,
    *,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str = "",
    rows: int,
    pseudonymised: bool,
    path: Path,
    **detail: Any,
) -> None:
    """Write the audit event of one export in its own transaction."""
    with db.transaction() as s:
        Writer(s, actor).audit(
            action,
            entity,
            entity_id,
            rows=rows,
            pseudonymised=pseudonymised,
            file=Path(path).name,
            **detail,
        )
