"""Applying pulled changes to the local tables (#5, STYLE §2: the sync engine's write path).

The server has already merged: its log holds, in order, the values that won. A page is applied
with its new cursor in one transaction, rows in log order, with no outbox entries (these changes
are not ours to push). The authoring device audited each change where it was made, and those
audit events arrive here like any other row.

* A field that has a local edit still waiting in the outbox is not overwritten: the local value
  goes to the server with the next push, where it either wins or is kept as a conflict record.
* Foreign keys are not enforced while a page is applied: a row may arrive before the row it
  points at (its parent's creation was refused on another laptop and waits there for a person).
* A page that breaks a local constraint (two officers took the same login offline) is applied
  row by row; the rows that cannot be stored are kept in "Needs attention" with the reason.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from app.clock import ClockSkew, Timestamp, observe, wall_ms
from app.ids import new_id
from app.models import rules
from app.store import Database
from app.sync import tables
from app.sync.outbox import get_state, set_aside, set_state
from app.sync.protocol import CHECKSUM_MOD, OPS, dumps, row_hash


@dataclass
class Row:
    table: str
    row_id: str
    op: str
    hlc: str
    fields: dict[str, Any]
    unreadable: bool = False


@dataclass(frozen=True)
class PageResult:
    applied: int
    set_aside: int


def collapse(entries: Iterable[list]) -> list[Row]:
    """One row per record, its changes merged in log order (the last value of a field wins).

    An entry that cannot be read as ``[seq, table, row_id, op, hlc, {fields}]`` becomes a row
    of its own with ``unreadable`` set: it is set aside, never a reason to stop the page.
    """
    out: dict[object, Row] = {}
    bad = 0
    for entry in entries:
        try:
            _seq, table, row_id, op, hlc, fields = entry
            if type(fields) is not dict or type(row_id) is not str or type(table) is not str:
                raise TypeError
            op = OPS[op]
            if type(hlc) is not str:
                raise TypeError
        except (TypeError, ValueError, KeyError):
            bad += 1
            out[("unreadable", bad)] = Row(
                str(entry[1])[:40] if _indexable(entry) else "?",
                str(entry[2])[:36] if _indexable(entry) else "?",
                "?",
                "",
                {"entry": entry},
                unreadable=True,
            )
            continue
        row = out.get(row_id)
        if row is None or row.unreadable:
            out[row_id] = Row(table, row_id, op, hlc, dict(fields))
        else:
            row.fields.update(fields)
            row.hlc = hlc
    return list(out.values())


def _indexable(entry: object) -> bool:
    return isinstance(entry, list) and len(entry) >= 3


def problem(row: Row) -> str | None:
    """Why a pulled row cannot be stored here (None when it can), by the rules both ends apply
    (``app.models.rules``). Columns this database does not have are left out first: a server
    one schema ahead may send them."""
    if row.unreadable:
        return "the change could not be read"
    model = tables.synced_models().get(row.table)
    if model is None:
        return "a kind of record this version does not know (update Fieldbook)"
    if not rules.is_id(row.row_id):
        return "the record's id is not valid"
    if not rules.is_hlc(row.hlc):
        return "the change's clock stamp is not valid"
    known = tables.columns(row.table)
    row.fields = {k: v for k, v in row.fields.items() if k in known}
    return rules.row_problem(row.table, row.fields, insert=False)


def _pending_fields(conn: sa.Connection, ids: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row_id, fields in conn.exec_driver_sql(
            f"SELECT row_id, fields FROM outbox WHERE row_id IN ({marks})", tuple(chunk)
        ):
            out.setdefault(row_id, set()).update(json.loads(fields))
    return out


def _values(row: Row, district_id: str) -> dict[str, Any]:
    cols = tables.columns(row.table)
    conv = tables.converters(row.table)
    values = {k: (conv[k](v) if k in conv else v) for k, v in row.fields.items() if k in cols}
    values.update(
        id=row.row_id,
        hlc=row.hlc,
        device_id=Timestamp.decode(row.hlc).device,
        district_id=district_id,
    )
    return values


def _existing(conn: sa.Connection, table: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` this file already has (one statement: the ids go in as a JSON array)."""
    sql = f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))"
    return set(conn.exec_driver_sql(sql, (json.dumps(ids),)).scalars())


_INSERTS: dict[tuple[str, tuple[str, ...], str], tuple[str, list] | None] = {}


def _insert(conn: sa.Connection, t: sa.Table, keys: tuple[str, ...]) -> tuple[str, list] | None:
    """The driver-level INSERT for rows with ``keys`` of ``t``, and how to make its parameters.

    A pulled page is mostly new rows; going past SQLAlchemy's per-row parameter handling to one
    driver ``executemany``, with the conversions its types would apply (each column's own bind
    processor) and the columns' constant defaults for the fields a row does not carry, halves
    the time. ``None`` when a missing column's default is computed per row: then SQLAlchemy
    inserts (it calls the default).
    """
    key = (t.name, keys, conn.dialect.name)
    if key in _INSERTS:
        return _INSERTS[key]
    found: tuple[str, list] | None = None
    defaults: dict[str, Any] = {}
    for col in t.columns:
        if col.name in keys or col.default is None:
            continue
        if not col.default.is_scalar:
            break
        defaults[col.name] = col.default.arg
    else:
        names = [*keys, *defaults]
        marks = ", ".join("?" * len(names))
        sql = f"INSERT INTO {t.name} ({', '.join(names)}) VALUES ({marks})"
        procs = [t.c[k].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for k in names]
        constant = [
            p(v) if p is not None else v
            for p, v in zip(procs[len(keys) :], defaults.values(), strict=True)
        ]
        found = (sql, [procs[: len(keys)], tuple(constant)])
    _INSERTS[key] = found
    return found


def _write_rows(conn: sa.Connection, rows: list[Row], district_id: str) -> None:
    """Insert or update rows, grouped so each statement is one executemany."""
    by_table: dict[str, list[Row]] = {}
    for r in rows:
        by_table.setdefault(r.table, []).append(r)
    for table, group in by_table.items():
        t = tables.synced_models()[table].__table__  # type: ignore[attr-defined]
        have = _existing(conn, table, [r.row_id for r in group])
        immutable = table in tables.immutable_tables()
        runs: dict[tuple[bool, tuple[str, ...]], list[dict]] = {}
        for r in group:
            values = _values(r, district_id)
            if r.row_id in have and immutable:
                values = {k: values[k] for k in ("id", "hlc", "device_id")}
            runs.setdefault((r.row_id in have, tuple(values)), []).append(values)
        for (exists, keys), batch in runs.items():
            if not exists:
                plan = _insert(conn, t, keys)
                if plan is None:
                    conn.execute(sa.insert(t), batch)
                    continue
                sql, (procs, constant) = plan
                conn.exec_driver_sql(
                    sql,
                    [
                        (
                            *(
                                v if p is None else p(v)
                                for p, v in zip(procs, row.values(), strict=True)
                            ),
                            *constant,
                        )
                        for row in batch
                    ],
                )
                continue
            b = sa.bindparam
            stmt = (
                sa.update(t)
                .where(t.c.id == b("_id"))
                .values({k: b(f"_{k}") for k in keys if k != "id"})
            )
            conn.execute(stmt, [{f"_{k}": v for k, v in values.items()} for values in batch])


def _observe(conn: sa.Connection, rows: list[Row], server_ms: int) -> None:
    if not rows:
        return
    device = get_state(conn, "device_id")
    last_text = get_state(conn, "hlc")
    last = Timestamp.decode(last_text) if last_text else None
    newest = Timestamp.decode(max(r.hlc for r in rows))
    try:  # the bound is measured from the later of this clock and the server's
        merged = observe(last, newest, device, now_ms=max(wall_ms(), server_ms))
    except ClockSkew:
        return  # a stamp far ahead of both clocks must not drag this one (app/clock.py)
    set_state(conn, "hlc", merged.encode())


def apply_page(db: Database, entries: list[list], *, cursor: int, server_ms: int) -> PageResult:
    """Apply one pulled page and store ``cursor``, all in one local transaction.

    Rows that break a rule or cannot be stored are set aside ("Needs attention") in that same
    transaction; the page is never refused because of them.
    """
    rows = collapse(entries)
    with _write_conn(db) as conn:
        try:
            with conn.begin():
                return _apply(conn, rows, cursor, server_ms, row_by_row=False)
        except Exception as e:
            if not _storable(e):
                raise
        with conn.begin():
            return _apply(conn, rows, cursor, server_ms, row_by_row=True)


@contextlib.contextmanager
def _write_conn(db: Database) -> Iterator[sa.Connection]:
    """A write connection with foreign keys off (a child may arrive before its parent)."""
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # ignored inside a transaction: set before BEGIN
        try:
            yield conn.execution_options(fieldbook_write=True)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _storable(e: BaseException) -> bool:
    """True when ``e`` is about a row's values (set that row aside), False when it is about the
    database or the machine (a full disk, a locked or read-only file: the sync fails and the
    page is pulled again later)."""
    if isinstance(e, sa.exc.OperationalError):
        return False
    return isinstance(e, sa.exc.SQLAlchemyError | ValueError | TypeError | KeyError | OverflowError)


def _store(conn: sa.Connection, rows: list[Row], *, row_by_row: bool) -> list[Row]:
    """Write the rows that pass the rules; set the others aside. Returns the rows stored."""
    district_id = get_state(conn, "district_id")
    good: list[Row] = []
    for r in rows:
        reason = problem(r)
        if reason is None:
            good.append(r)
        else:
            _set_aside(conn, r, 422, reason)
    pending = _pending_fields(
        conn, [r.row_id for r in good if r.table not in tables.immutable_tables()]
    )
    for r in good:
        for f in pending.get(r.row_id, ()):
            r.fields.pop(f, None)
    if not row_by_row:
        _write_rows(conn, good, district_id)
        return good
    stored = []
    for r in good:
        try:
            with conn.begin_nested():
                _write_rows(conn, [r], district_id)
            stored.append(r)
        except Exception as e:
            if not _storable(e):
                raise
            orig = getattr(e, "orig", None) or e
            _set_aside(conn, r, 409, f"could not be stored here: {str(orig)[:300]}")
    return stored


def _set_aside(conn: sa.Connection, r: Row, status: int, reason: str) -> None:
    change = {"fields": r.fields, "hlc": r.hlc} if not r.unreadable else r.fields
    # The same change met again (a district pulled again from the start): kept once.
    conn.exec_driver_sql(
        "DELETE FROM needsattention WHERE direction = 'pull' AND table_name = ? AND row_id = ? "
        "AND change = ?",
        (r.table, r.row_id, dumps(change)),
    )
    set_aside(conn, "pull", r.table, r.row_id, r.op, change, status, reason)


def _apply(
    conn: sa.Connection, rows: list[Row], cursor: int, server_ms: int, *, row_by_row: bool
) -> PageResult:
    stored = _store(conn, rows, row_by_row=row_by_row)
    _observe(conn, stored, server_ms)
    set_state(conn, "cursor", cursor)
    top = conn.exec_driver_sql("SELECT max(seq) FROM outbox").scalar()
    if top is None:
        set_state(conn, "base_cursor", cursor)  # every local edit from now on has seen this
        set_state(conn, "pull_marks", "[]")
    else:  # edits after outbox entry ``top`` have seen ``cursor`` (client.base_for)
        marks = json.loads(get_state(conn, "pull_marks", "[]") or "[]")
        set_state(conn, "pull_marks", json.dumps([*marks[-49:], [top, cursor]]))
    return PageResult(len(stored), len(rows) - len(stored))


@dataclass(frozen=True)
class RetryResult:
    done: int  # stored now (pulled rows) or queued to be sent again (refused local changes)
    still: int  # set aside again, with today's reason


def retry_attention(db: Database, ids: Iterable[int] | None = None) -> RetryResult:
    """Try the "Needs attention" rows again (all, or those with ``ids``).

    A pulled row is checked and stored again (after an update of Fieldbook, or once the record
    it needed has arrived); a local change the server refused goes back into the outbox, with
    its own values and clock stamp, and is sent with the next sync. Rows that still fail stay,
    with the reason of this attempt.
    """
    wanted = None if ids is None else set(ids)
    done = still = 0
    with _write_conn(db) as conn, conn.begin():
        found = conn.exec_driver_sql(
            "SELECT id, direction, table_name, row_id, op, change FROM needsattention ORDER BY id"
        ).all()
        for att_id, direction, table, row_id, op, change_text in found:
            if wanted is not None and att_id not in wanted:
                continue
            try:
                change = json.loads(change_text)
            except ValueError:
                change = {}
            if direction == "push":
                if not _requeue(conn, table, row_id, op, change):
                    still += 1
                    continue
            else:
                if "entry" in change:  # an unreadable entry: read it again
                    rows = collapse([change["entry"]])
                else:
                    rows = [Row(table, row_id, op, change.get("hlc", ""), change.get("fields", {}))]
                # Tried afresh: if it fails again, _store keeps it with today's reason.
                conn.exec_driver_sql("DELETE FROM needsattention WHERE id = ?", (att_id,))
                if not _store(conn, rows, row_by_row=True):
                    still += 1
                    continue
            conn.exec_driver_sql("DELETE FROM needsattention WHERE id = ?", (att_id,))
            done += 1
    return RetryResult(done, still)


def _requeue(conn: sa.Connection, table: str, row_id: str, op: str, change: dict) -> bool:
    fields, hlc = change.get("fields"), change.get("hlc")
    if not isinstance(fields, dict) or not isinstance(hlc, str) or op not in OPS.values():
        return False
    conn.exec_driver_sql(
        "INSERT INTO outbox (change_id, table_name, row_id, op, fields, hlc, device_id, "
        "district_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new_id(),
            table,
            row_id,
            op,
            json.dumps(fields, ensure_ascii=False, separators=(",", ":")),
            hlc,
            get_state(conn, "device_id"),
            get_state(conn, "district_id"),
            datetime.now(UTC).isoformat(" "),
        ),
    )
    return True


def local_checksum(db: Database) -> str:
    """The order-independent sum the server keeps for the district, computed from this file.

    Rows set aside (refused by the server) are left out: the server does not have them.
    """
    total = 0
    with db.engine.connect() as conn:
        district_id = get_state(conn, "district_id")
        aside = set(
            conn.exec_driver_sql(
                "SELECT row_id FROM needsattention WHERE direction = 'push'"
            ).scalars()
        )
        for table in tables.synced_models():
            for row_id, hlc in conn.exec_driver_sql(
                f"SELECT id, hlc FROM {table} WHERE district_id = ?", (district_id,)
            ):
                if row_id not in aside:
                    total += row_hash(table, row_id, hlc)
    return str(total % CHECKSUM_MOD)
