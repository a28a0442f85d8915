"""Which tables sync, which are immutable, and how stored values convert (#5).

Both ends read this from the client's SQLModel metadata, so adding a synced table in a migration
needs no second list. Immutable tables (ledger entries, attendance marks, audit events,
schedule rows) only ever receive inserts and never conflict.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from app import models
from app.models import MutableRow, SyncedRow


def synced_models() -> dict[str, type[SyncedRow]]:
    """Table name → model for every table that syncs."""
    return models.synced_tables()


@functools.cache
def immutable_tables() -> frozenset[str]:
    return frozenset(t for t, m in synced_models().items() if not issubclass(m, MutableRow))


@functools.cache
def columns(table: str) -> dict[str, sa.Column]:
    return {c.name: c for c in synced_models()[table].__table__.columns}  # type: ignore[attr-defined]


def _type(col: sa.Column) -> Any:
    """The column's SQL type, looking through SQLModel's decorators (AutoString, UTCDateTime)."""
    return getattr(col.type, "impl", col.type)


def _to_date(v: Any) -> Any:
    return date.fromisoformat(v) if isinstance(v, str) else v


def _to_datetime(v: Any) -> Any:
    return datetime.fromisoformat(v) if isinstance(v, str) else v


def _to_bool(v: Any) -> Any:
    return None if v is None else bool(v)


@functools.cache
def converters(table: str) -> dict[str, Callable[[Any], Any]]:
    """Per column, a function from the JSON value to what SQLAlchemy stores (dates as dates)."""
    out: dict[str, Callable[[Any], Any]] = {}
    for name, col in columns(table).items():
        typ = _type(col)
        if isinstance(typ, sa.DateTime):
            out[name] = _to_datetime
        elif isinstance(typ, sa.Date):
            out[name] = _to_date
        elif isinstance(typ, sa.Boolean):
            out[name] = _to_bool
    return out


def to_python(table: str, field: str, value: Any) -> Any:
    conv = converters(table).get(field)
    return conv(value) if conv else value


@functools.cache
def rules(table: str) -> dict[str, tuple[str, bool, int]]:
    """Per column: (kind ``int``/``str``/``any``, nullable, max length)."""
    out = {}
    for name, col in columns(table).items():
        typ = _type(col)
        if isinstance(typ, sa.Integer | sa.Boolean):
            kind = "int"
        elif isinstance(typ, sa.String):
            kind = "str"
        else:
            kind = "any"
        out[name] = (kind, bool(col.nullable), getattr(typ, "length", None) or 0)
    return out


def check_value(table: str, field: str, value: Any) -> str | None:
    """Why a pushed value cannot be stored in ``table.field`` (None when it can)."""
    rule = rules(table).get(field)
    if rule is None:
        return f"{table} has no column {field!r}"
    kind, nullable, length = rule
    if value is None:
        return None if nullable else f"{table}.{field} may not be empty"
    if kind == "int":
        if type(value) is int and not -(2**63) <= value < 2**63:
            return f"{table}.{field} is out of range"  # SQLite would refuse it at every pull
        if type(value) is int or type(value) is bool:
            return None
        if isinstance(value, float):
            return f"{table}.{field} must be a whole number (money is integer qəpik)"
        return f"{table}.{field} must be a number"
    if kind == "str":
        if type(value) is not str:
            return f"{table}.{field} must be text"
        if length and len(value) > length:
            return f"{table}.{field} is longer than {length} characters"
    return None
