"""The client's side of push: freeze a batch, read the answer, set refused changes aside (#5).

A batch gets its sequence number (``LocalState`` ``push_seq``) and its entries are marked with
it (``outbox.batch_id``) in one transaction *before* the first send. Until the server
acknowledges it, every attempt sends exactly that batch again, so the server can recognise it
and answer from its store. Entries are deleted only up to the acknowledged sequence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert

from app.models import NeedsAttention
from app.store import Database
from app.sync.protocol import ENVELOPE, OP_CODES, dumps, short_hlc


@dataclass(frozen=True)
class Batch:
    seq: int
    rows: list[Any]  # outbox rows: seq, table_name, row_id, op, fields, hlc, change_id
    lines: list[str]


def get_state(conn: Connection, key: str, default: str = "") -> str:
    value = conn.exec_driver_sql("SELECT value FROM localstate WHERE key = ?", (key,)).scalar()
    return default if value is None else value


def set_state(conn: Connection, key: str, value: object) -> None:
    conn.exec_driver_sql(
        "INSERT INTO localstate (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def wire_line(table: str, row_id: str, op: str, fields: str, hlc: str) -> str:
    values = json.loads(fields)
    for key in ENVELOPE:
        values.pop(key, None)
    return dumps([table, row_id, OP_CODES[op], short_hlc(hlc), values])


_COLUMNS = "seq, table_name, row_id, op, fields, hlc, change_id"


def next_batch(db: Database, size: int, after: int = 0) -> Batch | None:
    """The oldest unacknowledged batch numbered above ``after`` if there is one, else a new one
    of up to ``size`` entries. (``after``: a batch in flight while the next one is prepared.)"""
    with db.transaction() as s:
        conn = s.connection()
        first = conn.exec_driver_sql(
            "SELECT min(CAST(batch_id AS INTEGER)) FROM outbox "
            "WHERE batch_id IS NOT NULL AND CAST(batch_id AS INTEGER) > ?",
            (after,),
        ).scalar()
        if first is not None:
            seq = int(first)
            rows = conn.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM outbox WHERE batch_id = ? ORDER BY seq", (str(seq),)
            ).all()
        else:
            rows = conn.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM outbox WHERE batch_id IS NULL ORDER BY seq LIMIT ?",
                (size,),
            ).all()
            if not rows:
                return None
            # A batch carries one "base" cursor: end it where a pull happened between entries
            # (client.base_for), so entries written after that pull are not sent as unseen.
            tops = [m[0] for m in json.loads(get_state(conn, "pull_marks", "[]") or "[]")]
            cut = min((top for top in tops if top >= rows[0][0]), default=None)
            if cut is not None:
                rows = [r for r in rows if r[0] <= cut]
            seq = int(get_state(conn, "push_seq", "0")) + 1
            conn.exec_driver_sql(
                "UPDATE outbox SET batch_id = ? WHERE batch_id IS NULL AND seq <= ?",
                (str(seq), rows[-1][0]),
            )
            set_state(conn, "push_seq", seq)
    lines = [wire_line(r[1], r[2], r[3], r[4], r[5]) for r in rows]
    return Batch(seq, list(rows), lines)


def acknowledge(db: Database, batch: Batch, acked: int, refused: list[dict]) -> int:
    """Set refused entries aside, delete entries up to ``acked``; returns how many were sent.

    Never past this batch: a batch prepared after it has not been sent yet, even if the server
    holds a higher number (from before this database was restored); that one is sent and
    either recognised or refused as reused (then renumbered)."""
    acked = min(acked, batch.seq)
    with db.transaction() as s:
        conn = s.connection()
        if batch.seq <= acked:
            for r in refused:
                row = batch.rows[r["index"]]
                change = {"fields": json.loads(row[4]), "hlc": row[5], "change_id": row[6]}
                set_aside(conn, "push", row[1], row[2], row[3], change, r["status"], r["reason"])
        done = conn.exec_driver_sql(
            "DELETE FROM outbox WHERE batch_id IS NOT NULL AND CAST(batch_id AS INTEGER) <= ?",
            (acked,),
        ).rowcount
        set_state(conn, "acked", acked)
    return done


def set_aside_failed(db: Database, batch: Batch, status: int) -> None:
    """The server keeps failing on this one change: keep it aside with that reason, so the
    changes behind it go on (``client._Run._server_fails_on``); a retry queues it again."""
    row = batch.rows[0]
    change = {"fields": json.loads(row[4]), "hlc": row[5], "change_id": row[6]}
    reason = f"the server failed on this change ({status}); the others were sent"
    with db.transaction() as s:
        conn = s.connection()
        set_aside(conn, "push", row[1], row[2], row[3], change, status, reason)
        conn.exec_driver_sql("DELETE FROM outbox WHERE seq = ?", (row[0],))
        # Later batches were never sent: the next one continues the numbering.


def set_aside(
    conn: Connection,
    direction: str,
    table: str,
    row_id: str,
    op: str,
    change: dict,
    status: int,
    reason: str,
) -> None:
    """Keep a change with the reason it could not go through ("Needs attention")."""
    conn.execute(
        insert(NeedsAttention.__table__),  # type: ignore[attr-defined]
        [
            {
                "direction": direction,
                "table_name": table,
                "row_id": row_id,
                "op": op,
                "change": dumps(change),
                "status": status,
                "reason": reason[:500],
                "created_at": datetime.now(UTC),
            }
        ],
    )


def renumber(db: Database, server_acked: int) -> None:
    """The server holds a higher batch number than this database (restored from a backup):
    continue after it. Unacknowledged entries are sent again in new batches; the server treats
    what it already has as no-ops (same row ids, same HLCs)."""
    with db.transaction() as s:
        conn = s.connection()
        conn.exec_driver_sql("UPDATE outbox SET batch_id = NULL WHERE batch_id IS NOT NULL")
        set_state(conn, "push_seq", max(server_acked, int(get_state(conn, "push_seq", "0"))))


def unfreeze(db: Database, seq: int) -> None:
    """Release a batch the server refused *before* applying it (too large), to split it, and
    any batch prepared after it (never sent), so the entries keep their order."""
    with db.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE outbox SET batch_id = NULL WHERE CAST(batch_id AS INTEGER) >= ?", (seq,)
        )


def pending_count(conn: Connection) -> int:
    return conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar_one()
