"""Applying one pushed batch in one transaction (#5, STYLE §11): merge, log, answer.

Order inside the transaction: lock the district row (change numbers are then handed out and
committed in order), look up the batch (a retry gets the stored answer, nothing is applied
twice), merge each change, write the log rows, the records, the district's new head and
checksum, and the batch with its answer.

Merge rules:
* Immutable rows (ledger entries, attendance marks, audit events, schedule rows) are inserts; a
  second arrival of the same row id is a no-op. Money is checked on arrival: a repayment on a
  written-off or unknown loan, or a reversal of an unknown entry, is accepted and flagged for
  review (a ``money`` conflict record), never refused: it is cash someone holds a receipt for.
* Mutable records merge field by field, the later HLC wins. If the other value came from
  another device after the pushing device's ``base`` cursor (it had not seen it), the edits
  were concurrent and the losing value is kept as a conflict record.
* A delete always wins (tombstone). A later edit of a tombstoned record is kept as a conflict.
* When a pushed field loses, a correction (the winning value) is logged for everyone, so the
  pushing device converges even if it has already pulled past the winner.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.clock import Timestamp, tick
from app.ids import new_id
from app.models import rules
from app.sync import tables
from app.sync.protocol import CHECKSUM_MOD, SERVER_DEVICE, PushAck, dumps, row_hash
from app.sync.server import db as t
from app.sync.server.auth import DeviceAuth
from app.sync.server.validate import BatchError, Incoming, parse

NO_CONFLICT = frozenset({"updated_at", "deleted"})
# A key the server keeps in a loan's stored values (never logged, never sent to a laptop).
WRITTEN_OFF_ON = "_written_off_on"


@dataclass(slots=True)
class Rec:
    table: str
    district_id: str
    raw: str | None
    raw_meta: str | None
    deleted: bool
    hlc: str
    new: bool = False
    dirty: bool = False
    _data: dict[str, Any] | None = None
    _meta: dict[str, list] | None = None

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = orjson.loads(self.raw or "{}")
        return self._data

    @property
    def meta(self) -> dict[str, list]:
        if self._meta is None:
            self._meta = orjson.loads(self.raw_meta or "{}")
        return self._meta


def load_records(conn: sa.Connection, ids: set[str]) -> dict[str, Rec]:
    """The stored records among ``ids`` (most of a push is new rows: mostly misses).

    The ids go in as one JSON array (``json_each`` on SQLite, ``= ANY`` on PostgreSQL): a
    statement with thousands of bound parameters costs more to build than to run.
    """
    out: dict[str, Rec] = {}
    if not ids:
        return out
    cols = "row_id, table_name, district_id, data, meta, deleted, hlc"
    if conn.dialect.name == "sqlite":
        sql = f"SELECT {cols} FROM srv_record WHERE row_id IN (SELECT value FROM json_each(?))"
        param: Any = dumps(list(ids))
    else:
        sql = f"SELECT {cols} FROM srv_record WHERE row_id = ANY(%s)"
        param = list(ids)
    for row in conn.exec_driver_sql(sql, (param,)):
        out[row[0]] = Rec(row[1], row[2], row[3], row[4], bool(row[5]), row[6])
    return out


class Applier:
    def __init__(
        self,
        district_id: str,
        device_id: str,
        base: int,
        head: int,
        checksum: int,
        clock: str,
        records: dict[str, Rec],
        now_ms: int,
    ) -> None:
        self.district_id, self.device_id, self.base = district_id, device_id, base
        self.head, self.checksum = head, checksum
        self.clock = Timestamp.decode(clock) if clock else None
        self.records = records
        self.now_ms = now_ms
        self.log: list[dict[str, Any]] = []
        self.applied = 0
        self.refused: list[tuple[int, int, str]] = []
        self.good_refs: dict[str, str] = {}  # id → its table, once found in this district

    # -- bookkeeping ------------------------------------------------------------------------
    def server_hlc(self, device: str = SERVER_DEVICE) -> str:
        self.clock = tick(self.clock, SERVER_DEVICE, self.now_ms)
        return Timestamp(self.clock.ms, self.clock.counter, device).encode()

    def _log(
        self, table: str, row_id: str, op: str, hlc: str, fields: dict | str, skip: str | None
    ) -> int:
        self.head += 1
        text = fields if isinstance(fields, str) else orjson.dumps(fields).decode()
        self.log.append((self.district_id, self.head, table, row_id, op, hlc, skip, text))
        return self.head

    def _stamp(self, table: str, row_id: str, rec: Rec, hlc: str) -> None:
        if not rec.new or rec.dirty:
            self.checksum -= row_hash(table, row_id, rec.hlc)
        rec.hlc = hlc
        rec.dirty = True
        self.checksum = (self.checksum + row_hash(table, row_id, hlc)) % CHECKSUM_MOD

    def _new(self, c: Incoming, meta: dict | None) -> Rec:
        rec = Rec(c.table, self.district_id, None, None, bool(c.fields.get("deleted")), "", True)
        rec._data, rec._meta = dict(c.fields), meta
        self.records[c.row_id] = rec
        return rec

    # -- changes ----------------------------------------------------------------------------
    def apply(self, c: Incoming) -> None:
        if c.clamped:
            c.hlc = self.server_hlc(self.device_id)
        rec = self.records.get(c.row_id)
        if rec is not None and not rec.new:
            if rec.district_id != self.district_id:
                self.refused.append((c.index, 403, "this record belongs to another district"))
                return
            if rec.table != c.table:
                self.refused.append((c.index, 409, f"row {c.row_id} is a {rec.table}"))
                return
        for col, target in _refs(c.table).items():
            ref = c.fields.get(col)
            if ref is None or self.good_refs.get(ref) == target:
                continue  # none, or checked already in this batch (the same officer, loan…)
            got = self.records.get(ref)
            if got is None:
                if c.table == "ledgerentry" and col in ("loan_id", "reverses_id"):
                    continue  # money is flagged for review, never refused (_check_money)
                reason = f"{c.table}.{col} points at a record the server does not have"
                self.refused.append((c.index, 409, reason + " (was its creation refused?)"))
                return
            if got.district_id != self.district_id:
                # Refused without naming the other district's record.
                reason = f"{c.table}.{col} points at a record of another district"
                self.refused.append((c.index, 403, reason))
                return
            if got.table != target:
                self.refused.append((c.index, 422, f"{c.table}.{col} must point at a {target}"))
                return
            self.good_refs[ref] = target
        if c.table in tables.immutable_tables():
            self._insert_immutable(c, rec)
        else:
            self._merge(c, rec)

    def _insert_immutable(self, c: Incoming, rec: Rec | None) -> None:
        self.applied += 1
        if rec is not None:
            return  # the same event again: a no-op
        if c.table == "ledgerentry":
            self._check_money(c)
            if c.fields.get("kind") == "write_off":
                self._note_write_off(c)
        rec = self._new(c, None)
        self._log(
            c.table,
            c.row_id,
            "insert",
            c.hlc,
            c.text or c.fields,
            None if c.clamped else self.device_id,
        )
        self._stamp(c.table, c.row_id, rec, c.hlc)

    def _merge(self, c: Incoming, rec: Rec | None) -> None:
        if rec is None:
            if c.op != "insert":
                self.refused.append(
                    (c.index, 409, "the server has no such record (was its creation refused?)")
                )
                return
            self.applied += 1
            seq = self.head + 1
            rec = self._new(c, {f: [c.hlc, self.device_id, seq] for f in c.fields})
            self._log(c.table, c.row_id, c.op, c.hlc, c.text or c.fields, None)
            self._stamp(c.table, c.row_id, rec, c.hlc)
            return
        self.applied += 1
        data, meta = rec.data, rec.meta
        if rec.deleted and c.fields.get("deleted") is not False:
            if c.op == "delete":
                return
            for f, v in c.fields.items():
                if f not in NO_CONFLICT:
                    self._conflict(
                        "deleted",
                        c.table,
                        c.row_id,
                        f,
                        None,
                        v,
                        self.device_id,
                        c.hlc,
                        "changed on a device after it was deleted",
                    )
            undo = {f: data.get(f) for f in c.fields}
            self._log(c.table, c.row_id, "update", rec.hlc, {**undo, "deleted": True}, None)
            return
        eff: dict[str, Any] = {}
        lost: dict[str, Any] = {}
        for f, v in c.fields.items():
            cur = meta.get(f)
            if cur is None or (f == "deleted" and v is True):
                eff[f] = v
                continue
            chlc, cdev, cseq = cur
            if c.hlc == chlc:
                continue  # this very change again
            concurrent = (
                cdev != self.device_id
                and cseq > self.base
                and f not in NO_CONFLICT
                and data.get(f) != v
            )
            if c.hlc > chlc:
                if concurrent:
                    self._conflict(
                        "field",
                        c.table,
                        c.row_id,
                        f,
                        v,
                        data.get(f),
                        cdev,
                        chlc,
                        "changed on two devices; the later change was kept",
                    )
                eff[f] = v
            else:
                if concurrent:
                    self._conflict(
                        "field",
                        c.table,
                        c.row_id,
                        f,
                        data.get(f),
                        v,
                        self.device_id,
                        c.hlc,
                        "changed on two devices; the later change was kept",
                    )
                lost[f] = data.get(f)
        if eff:
            seq = self._log(c.table, c.row_id, c.op, c.hlc, eff, None)
            for f, v in eff.items():
                data[f] = v
                meta[f] = [c.hlc, self.device_id, seq]
            rec.deleted = bool(data.get("deleted"))
            self._stamp(c.table, c.row_id, rec, c.hlc)
        if lost:
            self._log(c.table, c.row_id, "update", rec.hlc, lost, None)

    # -- review records ---------------------------------------------------------------------
    def _conflict(
        self,
        kind: str,
        table: str,
        row_id: str,
        field: str,
        current: Any,
        other: Any,
        other_device: str,
        other_hlc: str,
        message: str,
    ) -> None:
        hlc = self.server_hlc()
        now = t.now().isoformat()
        fields = {
            "kind": kind,
            "table_name": table,
            "row_id": row_id,
            "field": field,
            "current_value": dumps(current),
            "other_value": dumps(other),
            "other_device": other_device,
            "other_hlc": other_hlc,
            "detected_at": now,
            "message": message[:300],
            "resolved": False,
            "resolution": "",
            "resolved_by": None,
            "deleted": False,
            "updated_at": now,
        }
        conflict_id = new_id()
        seq = self.head + 1
        rec = Rec("syncconflict", self.district_id, None, None, False, "", True)
        rec._data, rec._meta = fields, {f: [hlc, SERVER_DEVICE, seq] for f in fields}
        self.records[conflict_id] = rec
        self._log("syncconflict", conflict_id, "insert", hlc, fields, None)
        self._stamp("syncconflict", conflict_id, rec, hlc)

    def _note_write_off(self, c: Incoming) -> None:
        """Keep the write-off date on the loan's record (server-side only, never sent), so a
        repayment made before the write-off and arriving after it is not flagged."""
        loan = self.records.get(c.fields.get("loan_id") or "")
        if loan is None or loan.table != "loan":
            return
        loan.meta  # noqa: B018 - loaded now: a dirty record is written with its meta
        loan.data[WRITTEN_OFF_ON] = c.fields.get("value_date")
        loan.dirty = True

    def _check_money(self, c: Incoming) -> None:
        f = c.fields
        kind = f.get("kind")
        loan = self.records.get(f.get("loan_id") or "")
        if kind == "repayment":
            if loan is not None and loan.data.get("status") != "written_off":
                return  # the usual case, checked first: a repayment on a loan the server has
            if loan is not None and str(f.get("value_date")) < str(
                loan.data.get(WRITTEN_OFF_ON) or ""
            ):
                return  # paid before the loan was written off: the state on that date counts
        elif loan is not None and (kind != "reversal" or f.get("reverses_id") in self.records):
            return
        qepik = f.get("amount_qepik", 0)
        amount = f"{qepik // 100}.{qepik % 100:02d} AZN"
        if loan is None:
            problem = f"{kind} {f.get('receipt_no') or ''} of {amount} for an unknown loan"
            problem = problem.replace("  ", " ")
        elif kind == "reversal":
            problem = f"reversal of an unknown ledger entry ({amount})"
        else:
            number = loan.data.get("number")
            problem = f"repayment {f.get('receipt_no')} of {amount} on loan {number}, which "
            problem += "is written off"
        status = loan.data.get("status") if loan else None
        self._conflict(
            "money",
            c.table,
            c.row_id,
            "kind",
            status,
            kind,
            self.device_id,
            c.hlc,
            problem + ": please review",
        )


_REFS: dict[str, dict[str, str]] = {}  # table → its columns that point at synced rows


def _refs(table: str) -> dict[str, str]:
    refs = _REFS.get(table)
    if refs is None:
        refs = _REFS[table] = rules.references(table)
    return refs


def _referenced(changes: list[Incoming]) -> set[str]:
    """The stored records a batch needs: its own rows and every row its changes point at."""
    ids = {c.row_id for c in changes}
    for c in changes:
        f = c.fields
        for col in _refs(c.table):
            ref = f.get(col)
            if ref is not None:
                ids.add(ref)
    return ids


def _executemany(conn: sa.Connection, table: sa.Table, rows: list[tuple]) -> None:
    """A plain driver executemany: no per-value type processing (the values are ready)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    cols = ", ".join(c.name for c in table.columns)
    sql = f"INSERT INTO {table.name} ({cols}) VALUES ({', '.join([mark] * len(table.columns))})"
    conn.exec_driver_sql(sql, rows)


def _write(conn: sa.Connection, a: Applier) -> None:
    if a.log:
        _executemany(conn, t.change, a.log)
    new, old = [], []
    for row_id, rec in a.records.items():
        if not rec.dirty:
            continue
        # An immutable record's values live in its one log row; the record keeps its place.
        data = "" if rec._meta is None else dumps(rec.data)
        meta = None if rec._meta is None else dumps(rec.meta)
        if rec.new:
            new.append((row_id, rec.table, rec.district_id, data, meta, rec.deleted, rec.hlc))
        else:
            old.append({"rid": row_id, "d": data, "m": meta, "del": rec.deleted, "h": rec.hlc})
    if new:
        _executemany(conn, t.record, new)
    if old:
        b = sa.bindparam
        conn.execute(
            t.record.update()
            .where(t.record.c.row_id == b("rid"))
            .values(data=b("d"), meta=b("m"), deleted=b("del"), hlc=b("h")),
            old,
        )


def apply_batch(
    engine: Engine, device: DeviceAuth, lines: list[str], digest: str, now_ms: int
) -> PushAck:
    """Apply a batch at most once; returns (and stores) the answer.

    The cyclic garbage collector is paused meanwhile: a batch makes tens of thousands of small
    dicts and lists, none of them in a cycle, and the collector's passes over them cost more
    than the rest of the parse (measured in ``bench/bench_sync.py``).
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _apply_batch(engine, device, lines, digest, now_ms)
    finally:
        if paused:
            gc.enable()


def _apply_batch(
    engine: Engine, device: DeviceAuth, lines: list[str], digest: str, now_ms: int
) -> PushAck:
    if device.role != "device" or device.district_id is None:
        raise BatchError(403, "read_only", "a head-office account reads; it does not push")
    started = time.perf_counter()
    parsed = parse(lines, device_id=device.id, district_id=device.district_id, now_ms=now_ms)
    header = parsed.header
    with t.write_conn(engine) as conn, conn.begin():
        locked = t.lock_district(conn, device.district_id)
        assert locked is not None
        b = t.batch.c
        prev = conn.execute(
            sa.select(b.digest, b.response).where(b.device_id == device.id, b.seq == header.batch)
        ).first()
        pushed = conn.execute(
            sa.select(t.device.c.pushed).where(t.device.c.id == device.id)
        ).scalar_one()
        if prev is not None and prev.digest == digest:
            ack = PushAck.model_validate_json(prev.response)
            return ack.model_copy(update={"duplicate": True, "acked": pushed, "time": now_ms})
        if prev is not None or header.batch <= pushed:
            raise BatchError(
                409,
                "batch_reused",
                "this batch number was used for other changes "
                "(was the database restored from a backup?)",
                acked=pushed,
            )
        a = Applier(
            device.district_id,
            device.id,
            header.base,
            locked.head,
            locked.checksum,
            locked.hlc,
            load_records(conn, _referenced(parsed.changes)),
            now_ms,
        )
        a.refused = [(r.index, r.status, r.reason) for r in parsed.refused]
        for c in parsed.changes:
            a.apply(c)
        _write(conn, a)
        conn.execute(
            t.district.update()
            .where(t.district.c.id == device.district_id)
            .values(head=a.head, checksum=a.checksum, hlc=a.clock.encode() if a.clock else "")
        )
        ack = PushAck(
            batch=header.batch,
            acked=header.batch,
            applied=a.applied,
            refused=[{"index": i, "status": s, "reason": r} for i, s, r in sorted(a.refused)],
            clamped=sum(c.clamped for c in parsed.changes),
            head=a.head,
            time=now_ms,
            apply_ms=round((time.perf_counter() - started) * 1000, 2),
        )
        conn.execute(
            t.batch.insert().values(
                device_id=device.id,
                seq=header.batch,
                digest=digest,
                received_at=t.now(),
                response=ack.model_dump_json(),
            )
        )
        conn.execute(
            t.device.update()
            .where(t.device.c.id == device.id)
            .values(pushed=header.batch, last_seen=t.now())
        )
    return ack
