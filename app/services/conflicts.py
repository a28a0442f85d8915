"""Sync conflicts for a supervisor (#5, Reports → Conflicts).

A conflict record says which value lost when two devices changed the same field, which edit
arrived for a record already deleted, or which money change needs a look. Resolving one is an
ordinary local change (row, audit event, outbox entry): keeping the other value writes it as a
new edit, which wins everywhere because its HLC is later; keeping the current value only closes
the record. Either way the resolution syncs, so no other laptop shows it again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.errors import Conflict as ConflictError
from app.errors import NotFound, ValidationError
from app.models import NeedsAttention, SyncConflict
from app.services._write import Writer
from app.services.context import Actor, Changes, require
from app.store import Database
from app.sync import tables
from app.sync.merge import RetryResult, retry_attention

_TITLES = {
    "beneficiary": ("Beneficiary", "code"),
    "loan": ("Loan", "number"),
    "ledgerentry": ("Ledger entry", "receipt_no"),
    "officer": ("Officer", "login"),
    "loanproduct": ("Loan product", "name"),
    "trainingcourse": ("Training", "title"),
    "businessplan": ("Business plan", "title"),
}


@dataclass(frozen=True)
class ConflictView:
    """A plain read model of one open conflict (never a live ORM row)."""

    id: str
    kind: str  # field | deleted | money
    table: str
    row_id: str
    field: str
    current_value: Any
    other_value: Any
    other_device: str
    detected_at: datetime
    label: str  # "Beneficiary XAC-3-B00042: phone"
    message: str


def _label(s: Any, table: str, row_id: str, field: str) -> str:
    title, key = _TITLES.get(table, (table.capitalize(), ""))
    name = row_id[:8]
    model = tables.synced_models().get(table)
    if key and model is not None:
        found = s.execute(select(getattr(model, key)).where(model.id == row_id)).scalar()
        name = found or name
    return f"{title} {name}: {field.replace('_', ' ')}" if field else f"{title} {name}"


def list_conflicts(db: Database) -> list[ConflictView]:
    """Open conflicts, newest first."""
    with db.session() as s:
        rows = s.execute(
            select(SyncConflict)
            .where(SyncConflict.resolved == False, SyncConflict.deleted == False)
            .order_by(SyncConflict.detected_at.desc())  # type: ignore[attr-defined]
        ).scalars()
        return [
            ConflictView(
                r.id,
                r.kind,
                r.table_name,
                r.row_id,
                r.field,
                json.loads(r.current_value),
                json.loads(r.other_value),
                r.other_device,
                r.detected_at,
                _label(s, r.table_name, r.row_id, r.field),
                r.message,
            )
            for r in rows
        ]


def resolve_conflict(db: Database, *, actor: Actor, conflict_id: str, keep: str) -> Changes:
    """Close a conflict, keeping the ``current`` value or writing the ``other`` one back.

    Raises:
        PermissionDenied: not a supervisor or administrator. NotFound: no such conflict.
        Conflict: already resolved. ValidationError: ``keep`` other on a money review.
    """
    require(actor, "conflict.resolve")
    if keep not in ("current", "other"):
        raise ValidationError("keep the current or the other value", field="keep")
    with db.transaction() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.deleted:
            raise NotFound("no such conflict", field="conflict")
        if c.resolved:
            raise ConflictError("this conflict is already resolved", field="conflict")
        w = Writer(s, actor)
        if keep == "other":
            if c.kind == "money":
                raise ValidationError("a money review is closed, not reversed here", field="keep")
            model = tables.synced_models().get(c.table_name)
            if model is None or s.get(model, c.row_id) is None:
                raise NotFound("the record of this conflict is not on this laptop", field="row")
            value = tables.to_python(c.table_name, c.field, json.loads(c.other_value))
            changes = {c.field: value}
            if c.kind == "deleted":
                changes["deleted"] = False
            w.update(model, c.row_id, changes)
        w.update(
            SyncConflict,
            c.id,
            {"resolved": True, "resolution": keep, "resolved_by": actor.officer_id or None},
        )
        w.audit("conflict.resolve", c.table_name, c.row_id, field=c.field, keep=keep)
    touched = frozenset({c.row_id})
    return Changes(
        people=touched if c.table_name == "beneficiary" else frozenset(),
        loans=touched if c.table_name in ("loan", "ledgerentry") else frozenset(),
    )


@dataclass(frozen=True)
class NeedsAttentionView:
    """A change that could not go through, with the server's (or this database's) reason."""

    id: int
    direction: str  # push: refused by the server; pull: could not be stored here
    table: str
    row_id: str
    op: str
    status: int
    reason: str
    created_at: datetime
    label: str


def list_needs_attention(db: Database) -> list[NeedsAttentionView]:
    """The "Needs attention" list, oldest first."""
    with db.session() as s:
        rows = s.execute(
            select(NeedsAttention).order_by(NeedsAttention.id)  # type: ignore[arg-type]
        ).scalars()
        return [
            NeedsAttentionView(
                r.id or 0,
                r.direction,
                r.table_name,
                r.row_id,
                r.op,
                r.status,
                r.reason,
                r.created_at,
                _label(s, r.table_name, r.row_id, ""),
            )
            for r in rows
        ]


def retry_needs_attention(db: Database, ids: list[int] | None = None) -> RetryResult:
    """Try "Needs attention" rows again (all, or ``ids``): a pulled row is checked and stored
    again, a refused local change goes back into the outbox for the next sync (#11). Any
    officer may: nothing is decided, the same rules apply again."""
    return retry_attention(db, ids)
