"""The one write path (STYLE §2): a row, its audit event and its outbox entry, together.

Services open one transaction (``Database.transaction``), build a ``Writer`` on it and make every
change through it. The writer stamps each row with the next HLC timestamp and this device,
queues an outbox entry with the changed fields, and appends audit events — all in the caller's
transaction, so a crash leaves either all of it or none of it. The HLC state is saved in the
same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlmodel import Session, SQLModel

from app.clock import Timestamp, tick
from app.errors import ValidationError
from app.ids import new_id
from app.models import AuditEvent, LocalState, MutableRow, NumberCounter, Outbox, rules
from app.services.context import Actor


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a change")


def _now() -> datetime:
    return datetime.now(UTC)


class Writer:
    """Writes for one actor inside one open session transaction."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self.now = _now()
        row = session.get(LocalState, "hlc")
        self._hlc_row = row
        self._last = Timestamp.decode(row.value) if row and row.value else None

    # -- clock ---------------------------------------------------------------------------
    def next_hlc(self) -> str:
        self._last = tick(self._last, self.actor.device_id)
        return self._last.encode()

    def _save_clock(self) -> None:
        if self._last is None:
            return
        value = self._last.encode()
        if self._hlc_row is None:
            self._hlc_row = LocalState(key="hlc", value=value)
            self.session.add(self._hlc_row)
        else:
            self._hlc_row.value = value

    # -- rows ----------------------------------------------------------------------------
    def insert(self, row: SQLModel) -> SQLModel:
        """Add a new synced row (``id`` set by the caller or generated)."""
        self.insert_many(type(row), [row.model_dump()])
        return row

    def insert_many(self, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        """Insert many rows of one table with one statement (the demo builder's path too)."""
        if not rows:
            return
        outbox = []
        table = model.__table__  # type: ignore[attr-defined]
        for values in rows:
            values.setdefault("id", new_id())
            values["hlc"] = self.next_hlc()
            values["device_id"] = self.actor.device_id
            if values.get("recorded_at") is None:  # the demo backdates its history
                values["recorded_at"] = self.now
            if issubclass(model, MutableRow):
                values.setdefault("deleted", False)
                values["updated_at"] = self.now
            outbox.append(self._outbox(table.name, values["id"], "insert", values))
        # An executemany takes its columns from the first row, so each run of rows with the
        # same keys (a repayment's receipt_no, a disbursement without one) is one statement,
        # in the given order (a reversal follows the entry it points at).
        start = 0
        for end in range(1, len(rows) + 1):
            if end == len(rows) or rows[end].keys() != rows[start].keys():
                self.session.execute(insert(table), rows[start:end])
                start = end
        self.session.execute(insert(Outbox.__table__), outbox)  # type: ignore[attr-defined]
        self._save_clock()

    def update(self, model: type[SQLModel], row_id: str, changes: Mapping[str, Any]) -> None:
        """Change some fields of a mutable record; only the changed fields go to the outbox."""
        values = dict(changes)
        values["hlc"] = self.next_hlc()
        values["device_id"] = self.actor.device_id
        values["updated_at"] = self.now
        table = model.__table__  # type: ignore[attr-defined]
        self.session.execute(update(table).where(table.c.id == row_id).values(**values))
        op = "delete" if values.get("deleted") else "update"
        outbox_row = self._outbox(table.name, row_id, op, values)
        self.session.execute(insert(Outbox.__table__), [outbox_row])  # type: ignore[attr-defined]
        self._save_clock()

    def tombstone(self, model: type[SQLModel], row_id: str) -> None:
        self.update(model, row_id, {"deleted": True})

    def _outbox(self, table: str, row_id: str, op: str, values: Mapping[str, Any]) -> dict:
        fields = dict(values)
        fields.pop("recorded_at", None)  # local wall time; the HLC orders changes
        # The rules the server applies on arrival (#11): what this laptop writes, it can send.
        reason = rules.row_problem(table, fields, insert=op == "insert")
        if reason is not None:
            raise ValidationError("{reason}", field=reason.split(" ", 1)[0], reason=reason)
        return {
            "change_id": new_id(),
            "table_name": table,
            "row_id": row_id,
            "op": op,
            "fields": json.dumps(
                fields, ensure_ascii=False, separators=(",", ":"), default=_json_default
            ),
            "hlc": values["hlc"],
            "device_id": self.actor.device_id,
            "district_id": values.get("district_id", self.actor.district_id),
            "created_at": self.now,
            "batch_id": None,
        }

    # -- audit ---------------------------------------------------------------------------
    def audit(self, action: str, entity: str, entity_id: str = "", **detail: Any) -> None:
        """Append an audit event (it syncs like any immutable row). Never pass secrets here."""
        self.insert_many(
            AuditEvent,
            [
                {
                    "district_id": self.actor.district_id,
                    "at": self.now,
                    "officer_id": self.actor.officer_id or None,
                    "action": action,
                    "entity": entity,
                    "entity_id": entity_id,
                    "detail": json.dumps(
                        {k: _json_value(v) for k, v in detail.items()}, ensure_ascii=False
                    ),
                }
            ],
        )

    # -- numbers -------------------------------------------------------------------------
    def next_numbers(self, kind: str, count: int = 1) -> Iterable[int]:
        """Reserve ``count`` consecutive numbers of ``kind`` on this device."""
        table = NumberCounter.__table__  # type: ignore[attr-defined]
        last = self.session.execute(select(table.c.last).where(table.c.kind == kind)).scalar()
        if last is None:
            self.session.execute(insert(table).values(kind=kind, last=count))
            last = 0
        else:
            self.session.execute(
                update(table).where(table.c.kind == kind).values(last=last + count)
            )
        return range(last + 1, last + count + 1)
