"""One pull page of a district's change log (#5).

The page and the district's head and checksum are read in one snapshot (REPEATABLE READ on
PostgreSQL, a read transaction on SQLite). Change numbers of a district are handed out under the
district row's lock and committed in that order, so every number up to the head is visible in
the snapshot: a cursor taken from a page never skips a change that commits later.

A head-office account reads officers without their secrets (``SECRET_COLUMNS``): it needs
names and roles, never password hashes (#11). The district's own laptops still receive the
hash, which offline login checks; it opens no encrypted laptop (docs/data-at-rest.md).
"""

from __future__ import annotations

from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.sync.protocol import MAX_PAGE, MAX_PAGE_BYTES, OP_CODES, PullTrailer, dumps, encode_body
from app.sync.server import db as t

# Columns a head-office reader never receives (app/models/org.py: Officer).
SECRET_COLUMNS: dict[str, frozenset[str]] = {"officer": frozenset({"password_hash"})}


def _without_secrets(table: str, values: Any) -> Any:
    """The row's values less the secret columns of its table (nothing of an unreadable one)."""
    secret = SECRET_COLUMNS.get(table)
    if not secret:
        return values
    if not isinstance(values, dict):
        return {}
    return {k: v for k, v in values.items() if k not in secret}


def pull_page(
    engine: Engine,
    *,
    district_id: str,
    device_id: str,
    cursor: int,
    limit: int,
    now_ms: int,
    head_office: bool | None = None,
) -> tuple[bytes, PullTrailer] | None:
    """The gzip NDJSON page after ``cursor`` (None if the district does not exist).

    ``head_office``: whether the reader is a head-office account, which gets no
    ``SECRET_COLUMNS``; by default the role of ``device_id`` decides (an unknown id counts as
    head office: no secret leaves without a known district device asking)."""
    limit = max(1, min(limit, MAX_PAGE))
    c = t.change.c
    with t.snapshot_conn(engine) as conn, conn.begin():
        d = conn.execute(
            sa.select(t.district.c.head, t.district.c.checksum).where(
                t.district.c.id == district_id
            )
        ).first()
        if d is None:
            return None
        if head_office is None:
            role = conn.execute(
                sa.select(t.device.c.role).where(t.device.c.id == device_id)
            ).scalar()
            head_office = role != "device"
        result = conn.execution_options(stream_results=True, yield_per=500).execute(
            sa.select(c.seq, c.table_name, c.row_id, c.op, c.hlc, c.fields)
            .where(c.district_id == district_id, c.seq > cursor)
            .where(sa.or_(c.skip_device.is_(None), c.skip_device != device_id))
            .order_by(c.seq)
            .limit(limit)
        )
        # Every line is written by the JSON encoder (ids and stamps included), whatever a
        # stored row holds; the page ends at ``limit`` rows or ``MAX_PAGE_BYTES``, whichever
        # comes first, so one page never needs more memory than that, however large the rows.
        lines: list[str] = []
        size = 0
        last = cursor
        full = False
        for seq, table, row_id, op, hlc, fields in result:
            try:
                values = orjson.loads(fields)
            except orjson.JSONDecodeError:
                values = fields  # sent as a string: the laptop sets it aside, unread
            if head_office:
                values = _without_secrets(table, values)
            line = orjson.dumps([seq, table, row_id, OP_CODES.get(op, op), hlc, values]).decode()
            n = len(line.encode()) + 1
            if lines and size + n > MAX_PAGE_BYTES:
                full = True
                break
            lines.append(line)
            size += n
            last = seq
        result.close()
    full = full or len(lines) == limit
    nxt = last if full else max(d.head, cursor)
    trailer = PullTrailer(
        next=nxt,
        head=d.head,
        checksum=str(d.checksum),
        more=nxt < d.head,
        count=len(lines),
        time=now_ms,
    )
    lines.append(dumps(trailer.model_dump()))
    return encode_body(lines, level=6), trailer
