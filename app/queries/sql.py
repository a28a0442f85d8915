"""The read layer's one road to the database (#12): plain SQL through the DB-API cursor.

Bulk reads skip the ORM (an office reads 100,000 case files or 300,000 attendance marks at
once); the connection still comes from the store's engine, so an encrypted file opens as always.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from app.store import Database


def rows(db: Database | Any, sql: str, params: Any = ()) -> list[tuple]:
    """Every row of one statement, as tuples. ``db``: a :class:`~app.store.Database`, or an
    open DB-API connection (a read-only command's, ``app.store.open_reader``)."""
    if getattr(db, "engine", None) is None:
        return db.execute(sql, params).fetchall()
    raw = db.engine.raw_connection()
    try:
        return raw.cursor().execute(sql, params).fetchall()
    finally:
        raw.close()


@lru_cache(maxsize=65_536)
def day(text: str | date | None) -> date | None:
    """A stored ISO date (``2026-02-02``, or a date-time) as a ``date``, memoised: an office
    repeats the same few thousand dates."""
    if text is None or isinstance(text, date):
        return text
    return date.fromisoformat(text[:10])
