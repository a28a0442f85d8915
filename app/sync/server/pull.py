"""One pull page of a district's change log (#5).

The page and the district's head and checksum are read in one snapshot (REPEATABLE READ on
PostgreSQL, a read transaction on SQLite). Change numbers of a district are handed out under the
district row's lock and committed in that order, so every number up to the head is visible in
the snapshot: a cursor taken from a page never skips a change that commits later.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from app.sync.protocol import MAX_PAGE, OP_CODES, PullTrailer, dumps, encode_body
from app.sync.server import db as t


def pull_page(
    engine: Engine, *, district_id: str, device_id: str, cursor: int, limit: int, now_ms: int
) -> tuple[bytes, PullTrailer] | None:
    """The gzip NDJSON page after ``cursor`` (None if the district does not exist)."""
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
        rows = conn.execute(
            sa.select(c.seq, c.table_name, c.row_id, c.op, c.hlc, c.fields)
            .where(c.district_id == district_id, c.seq > cursor)
            .where(sa.or_(c.skip_device.is_(None), c.skip_device != device_id))
            .order_by(c.seq)
            .limit(limit)
        ).all()
    lines = [
        f'[{seq},"{table}","{row_id}","{OP_CODES[op]}","{hlc}",{fields}]'
        for seq, table, row_id, op, hlc, fields in rows
    ]
    nxt = rows[-1][0] if len(rows) == limit else max(d.head, cursor)
    trailer = PullTrailer(
        next=nxt,
        head=d.head,
        checksum=str(d.checksum),
        more=nxt < d.head,
        count=len(rows),
        time=now_ms,
    )
    lines.append(dumps(trailer.model_dump()))
    return encode_body(lines, level=6), trailer
