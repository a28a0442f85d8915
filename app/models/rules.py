"""The domain rule of every synced column: one table that both ends apply (#11, DESIGN §10).

The laptop's ``Writer`` checks every row it writes against these rules, the server checks every
pushed change against them on arrival, and a laptop checks every pulled row before storing it.
So a value one end accepts is a value the other end can store, sort, replay and print: no
device can push what would make a pull page, a replay or a report fail.

Each column gets one ``Rule``, worked out from the model (type, length, nullability, foreign
key) and sharpened by the tables below (code lists, number bounds, id and JSON columns). A rule
answers ``why(value)``: ``None`` when the value may be stored, else a short reason that names the
column and never echoes the value (it may be hostile or personal).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import orjson
import sqlalchemy as sa

from app.ids import ID_REGEX
from app.vocabulary import (  # #12: every code list is defined once, there
    AMORTIZATIONS,
    BUDGET_SOURCES,
    CASE_STATUSES,
    CATEGORIES,
    CONFLICT_KINDS,
    ENTRY_KINDS,
    FREQUENCIES,
    GRANT_STATUSES,
    LOAN_DECISIONS,
    LOAN_STATUSES,
    LOAN_WARNINGS,
    METHODS,
    PLAN_EVENTS,
    PLAN_STATUSES,
    ROLES,
    ROUNDINGS,
    SEXES,
)

# -- vocabularies that are not model constants (#12: the codes are app.vocabulary's) -----------
ALLOCATION_PARTS = ("penalty", "fee", "interest", "principal")
RESOLUTIONS = ("", "current", "other")

# A money column holds at most a billion manat: far beyond any micro-loan, and a district's sum
# of ninety million such entries still fits the 64-bit integers SQLite and PostgreSQL hold.
MAX_MONEY_QEPIK = 10**11
MAX_TERM = 1200  # installments; the same bound as the loan math (ledger.schedule.MAX_TERM)
MAX_RATE_BP = 100_000  # 1000 % a year: refuses typos, allows any real product
MAX_JSON_CHARS = 20_000  # an audit event's detail, a conflict's values
MIN_YEAR, MAX_YEAR = 1900, 2200

ID_PATTERN = re.compile(ID_REGEX.removesuffix("$") + r"\Z")
# An HLC: 16-digit wall ms, 5-digit counter, then the author (a device id, or "server").
HLC_PATTERN = re.compile(r"[0-9]{16}-[0-9]{5}-(?:server|" + ID_REGEX.strip("^$") + r")\Z")
# Control characters other than tab and line breaks, and lone UTF-16 surrogates: PostgreSQL
# refuses NUL and invalid text, and none of these belong in a name, a note or a number.
_BAD_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def is_id(value: object) -> bool:
    """A row id as this product makes them (a lower-case UUID version 7 string)."""
    return type(value) is str and ID_PATTERN.match(value) is not None


def is_hlc(value: object) -> bool:
    return type(value) is str and HLC_PATTERN.match(value) is not None


@dataclass(frozen=True, slots=True)
class Rule:
    """What one column accepts. ``kind``: id, ref, date, datetime, bool, int, code, text, json."""

    table: str
    column: str
    kind: str
    nullable: bool
    max_len: int = 0
    lo: int = 0
    hi: int = 0
    codes: frozenset[str] = frozenset()
    ref: str | None = None  # the table a ``ref`` points at
    extra: Callable[[Any], str | None] | None = field(default=None, compare=False)

    @property
    def name(self) -> str:
        return f"{self.table}.{self.column}"

    def why(self, value: Any) -> str | None:
        """Why ``value`` may not be stored in this column (None when it may)."""
        if value is None:
            return None if self.nullable else f"{self.name} may not be empty"
        kind = self.kind
        cls = value.__class__
        if kind == "id" or kind == "ref":
            if cls is not str or ID_PATTERN.match(value) is None:
                return f"{self.name} is not an id"
            return None
        if kind == "text" or kind == "code" or kind == "json" or kind == "hlc":
            if cls is not str:
                return f"{self.name} must be text"
            if kind == "code":
                return None if value in self.codes else f"{self.name} is not one of its codes"
            if len(value) > self.max_len:
                return f"{self.name} is longer than {self.max_len} characters"
            if _BAD_TEXT.search(value) is not None:
                return f"{self.name} holds control characters"
            if kind == "hlc" and value and HLC_PATTERN.match(value) is None:
                return f"{self.name} is not a clock stamp"
            if kind == "json":
                try:
                    orjson.loads(value)
                except orjson.JSONDecodeError:
                    return f"{self.name} is not JSON"
            if self.extra is not None and (reason := self.extra(value)) is not None:
                return f"{self.name} {reason}"
            return None
        if kind == "int":
            if cls is not int:
                if cls is float:
                    return f"{self.name} must be a whole number (money is integer qəpik)"
                return f"{self.name} must be a whole number"
            if not self.lo <= value <= self.hi:
                return f"{self.name} must be between {self.lo} and {self.hi}"
            return None
        if kind == "bool":
            return None if cls is bool else f"{self.name} must be true or false"
        if kind == "date":
            if cls is date:
                d = value
            elif cls is not str or len(value) != 10:
                return f"{self.name} is not a date (YYYY-MM-DD)"
            else:
                try:
                    d = date.fromisoformat(value)
                except ValueError:
                    return f"{self.name} is not a date (YYYY-MM-DD)"
            if not MIN_YEAR <= d.year <= MAX_YEAR:
                return f"{self.name} is outside {MIN_YEAR}–{MAX_YEAR}"
            return None
        if kind == "datetime":
            if cls is datetime:
                t = value
            elif cls is not str or not 10 <= len(value) <= 40:
                return f"{self.name} is not a date and time"
            else:
                try:
                    t = datetime.fromisoformat(value)
                except ValueError:
                    return f"{self.name} is not a date and time"
            if not MIN_YEAR <= t.year <= MAX_YEAR:
                return f"{self.name} is outside {MIN_YEAR}–{MAX_YEAR}"
            return None
        return f"{self.name} has no rule"  # pragma: no cover - every kind is handled above


def _allocation_order(value: str) -> str | None:
    parts = value.split(",")
    if sorted(parts) != sorted(ALLOCATION_PARTS):
        return "must name each of penalty, fee, interest, principal once"
    return None


# (table, column) → code list; columns that hold one of a fixed set of words.
CODES: dict[tuple[str, str], tuple[str, ...]] = {
    ("beneficiary", "sex"): SEXES,
    ("beneficiary", "category"): CATEGORIES,
    ("beneficiary", "case_status"): CASE_STATUSES,
    ("officer", "role"): ROLES,
    ("loan", "status"): LOAN_STATUSES,
    ("loandecision", "decision"): LOAN_DECISIONS,
    ("ledgerentry", "kind"): ENTRY_KINDS,
    ("businessplan", "status"): PLAN_STATUSES,
    ("planevent", "kind"): PLAN_EVENTS,
    ("inkindgrant", "status"): GRANT_STATUSES,
    ("syncconflict", "kind"): CONFLICT_KINDS,
    ("syncconflict", "resolution"): RESOLUTIONS,
}
for _t in ("loan", "loanproduct"):
    CODES[(_t, "method")] = METHODS
    CODES[(_t, "amortization")] = AMORTIZATIONS
    CODES[(_t, "frequency")] = FREQUENCIES
    CODES[(_t, "rounding")] = ROUNDINGS

# (table or "*", column) → (low, high) for whole numbers. Money columns (``*_qepik``) default to
# 0..MAX_MONEY_QEPIK; a ledger entry's amount is positive.
BOUNDS: dict[tuple[str, str], tuple[int, int]] = {
    ("*", "rate_bp"): (0, MAX_RATE_BP),
    ("*", "term"): (1, MAX_TERM),
    ("*", "min_term"): (1, MAX_TERM),
    ("*", "max_term"): (1, MAX_TERM),
    ("*", "grace"): (0, MAX_TERM),
    ("installment", "n"): (1, MAX_TERM),
    ("trainingsession", "n"): (1, 1000),
    ("trainingcourse", "min_sessions_to_complete"): (0, 1000),
    ("businessplan", "score"): (0, 100),
    ("planevent", "round"): (1, 1000),
    ("planevent", "score_tenths"): (0, 1000),
    ("planrubric", "version"): (1, 1_000_000),
    ("grantitem", "quantity"): (1, 1_000_000),
    ("ledgerentry", "amount_qepik"): (1, MAX_MONEY_QEPIK),
    ("loan", "principal_qepik"): (1, MAX_MONEY_QEPIK),
    ("ledgerentry", "balance_after_qepik"): (-MAX_MONEY_QEPIK, MAX_MONEY_QEPIK),
}
# Columns holding an id without a foreign key (format checked, no reference followed).
IDS = {
    ("auditevent", "officer_id"),
    ("syncconflict", "row_id"),
    ("syncconflict", "resolved_by"),
}
JSON_COLUMNS = {
    ("auditevent", "detail"),
    ("businessplan", "budget"),
    ("planevent", "marks"),
    ("planrubric", "criteria"),
    ("syncconflict", "current_value"),
    ("syncconflict", "other_value"),
}
HLC_COLUMNS = {("syncconflict", "other_hlc")}


def _warnings(value: str) -> str | None:
    parts = value.split(",") if value else []
    if any(p not in LOAN_WARNINGS for p in parts) or len(set(parts)) != len(parts):
        return "must list known warnings once each"
    return None


MAX_LINES = 200  # budget lines in a plan; criteria in a rubric


def _objects(value: str, keys: dict[str, tuple[type, int, int]]) -> list[dict] | str:
    """A JSON list of at most ``MAX_LINES`` objects with exactly the ``keys`` (``code`` may be
    left out): text of ``lo..hi`` characters or whole numbers in ``lo..hi``. The problem, or
    the list."""
    items = orjson.loads(value)
    if not isinstance(items, list) or len(items) > MAX_LINES:
        return f"must be a list of at most {MAX_LINES} lines"
    for item in items:
        if not isinstance(item, dict) or not set(keys) - {"code"} <= set(item) <= set(keys):
            return "has a line without its parts"
        for key, (kind, lo, hi) in keys.items():
            if key not in item:
                continue
            v = item[key]
            if kind is int and (type(v) is not int or not lo <= v <= hi):
                return f"has a {key} outside {lo}–{hi}"
            if kind is str and (
                type(v) is not str or not lo <= len(v) <= hi or _BAD_TEXT.search(v) is not None
            ):
                return f"has a {key} that is not a text of {lo}–{hi} characters"
    return items


def _budget(value: str) -> str | None:
    items = _objects(
        value,
        {
            "item": (str, 1, 200),
            "quantity": (int, 1, 1_000_000),
            "unit_qepik": (int, 0, MAX_MONEY_QEPIK),
            "source": (str, 1, 10),
        },
    )
    if isinstance(items, str):
        return items
    if any(i["source"] not in BUDGET_SOURCES for i in items):
        return "has a line paid by an unknown source"
    return None


def _weighted(value: str, keys: dict[str, tuple[type, int, int]]) -> str | None:
    items = _objects(value, keys)
    if isinstance(items, str):
        return items
    if items and sum(i["weight"] for i in items) != 100:
        return "has weights that do not sum to 100"
    return None


def _criteria(value: str) -> str | None:
    keys = {"name": (str, 1, 200), "weight": (int, 1, 100), "code": (str, 1, 20)}
    if not orjson.loads(value):
        return "has no criterion"
    return _weighted(value, keys)


def _marks(value: str) -> str | None:
    keys = {"name": (str, 1, 200), "weight": (int, 1, 100), "mark": (int, 0, 5)}
    return _weighted(value, keys)


EXTRA: dict[tuple[str, str], Callable[[Any], str | None]] = {
    ("businessplan", "budget"): _budget,
    ("planevent", "marks"): _marks,
    ("planrubric", "criteria"): _criteria,
    ("loan", "warnings"): _warnings,
    ("loan", "allocation_order"): _allocation_order,
    ("loanproduct", "allocation_order"): _allocation_order,
}
# The columns every synced row has, which the envelope carries (never pushed as fields).
ENVELOPE = frozenset({"id", "hlc", "device_id", "district_id", "recorded_at"})


def _sql_type(col: sa.Column) -> Any:
    return getattr(col.type, "impl", col.type)


def rule_for(table: str, col: sa.Column) -> Rule:
    name = col.name
    key = (table, name)
    typ = _sql_type(col)
    nullable = bool(col.nullable)
    fks = list(col.foreign_keys)
    if name == "id" or key in IDS:
        return Rule(table, name, "id", nullable)
    if fks:
        return Rule(table, name, "ref", nullable, ref=fks[0].column.table.name)
    if isinstance(typ, sa.Boolean):
        return Rule(table, name, "bool", nullable)
    if isinstance(typ, sa.Integer):
        lo, hi = BOUNDS.get(key) or BOUNDS.get(("*", name)) or (0, 0)
        if (lo, hi) == (0, 0):
            hi = MAX_MONEY_QEPIK if name.endswith("_qepik") else 2**31 - 1
        return Rule(table, name, "int", nullable, lo=lo, hi=hi)
    if isinstance(typ, sa.DateTime):
        return Rule(table, name, "datetime", nullable)
    if isinstance(typ, sa.Date):
        return Rule(table, name, "date", nullable)
    if key in CODES:
        return Rule(table, name, "code", nullable, codes=frozenset(CODES[key]))
    length = getattr(typ, "length", None) or 0
    if key in JSON_COLUMNS:
        return Rule(
            table, name, "json", nullable, max_len=length or MAX_JSON_CHARS, extra=EXTRA.get(key)
        )
    if key in HLC_COLUMNS or name == "hlc":
        return Rule(table, name, "hlc", nullable, max_len=length or 64)
    return Rule(
        table, name, "text", nullable, max_len=length or MAX_JSON_CHARS, extra=EXTRA.get(key)
    )


@functools.cache
def table_rules(table: str) -> dict[str, Rule]:
    """Column name → rule for one synced table."""
    from app.models import synced_tables  # the model registry (no cycle at import time)

    model = synced_tables()[table]
    return {c.name: rule_for(table, c) for c in model.__table__.columns}  # type: ignore[attr-defined]


@functools.cache
def required(table: str) -> frozenset[str]:
    """Fields an insert must carry (not nullable, no default, not in the envelope)."""
    from app.models import synced_tables

    cols = synced_tables()[table].__table__.columns  # type: ignore[attr-defined]
    return frozenset(
        c.name for c in cols if not c.nullable and c.default is None and c.name not in ENVELOPE
    )


def why(table: str, column: str, value: Any) -> str | None:
    """Why ``value`` may not be stored in ``table.column`` (None when it may)."""
    rule = table_rules(table).get(column)
    if rule is None:
        return f"{table} has no column {column!r}"
    return rule.why(value)


_MIN_DATE, _MAX_DATE = f"{MIN_YEAR}-01-01", f"{MAX_YEAR}-12-31"


def field_problem(table: str, fields: dict[str, Any]) -> tuple[str, str] | None:
    """The first (column, reason) of ``fields`` that may not be stored, or None.

    The reference: each field asked of its rule. The hot paths (a push, every local write) use
    ``checker``, generated from the same rules, which comes back here for the exact reason.
    Envelope columns are not checked here (each end sets them itself).
    """
    rules = table_rules(table)
    for key, value in fields.items():
        if key in ENVELOPE:
            continue
        rule = rules.get(key)
        if rule is None:
            return key, f"{table} has no column {key!r}"
        reason = rule.why(value)
        if reason is not None:
            return key, reason
    return None


def _date_ok(v: str) -> bool:
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _datetime_ok(v: str) -> bool:
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


def _json_ok(v: str) -> bool:
    try:
        orjson.loads(v)
    except orjson.JSONDecodeError:
        return False
    return True


def _condition(rule: Rule, name: str) -> str:
    """A Python expression over ``v`` that is true when ``rule`` surely takes ``v``. False means
    "not sure": ``field_problem`` then gives the exact reason (or finds it fine after all)."""
    k = rule.kind
    if k == "int":
        ok = f"v.__class__ is int and {rule.lo} <= v <= {rule.hi}"
    elif k in ("id", "ref"):
        ok = "v.__class__ is str and len(v) == 36 and _ID(v) is not None"
    elif k == "code":
        ok = f"v.__class__ is str and v in _R[{name!r}].codes"
    elif k == "bool":
        ok = "v.__class__ is bool"
    elif k == "date":
        ok = "v.__class__ is str and len(v) == 10 and _MIN <= v <= _MAX and _date_ok(v)"
    elif k == "datetime":
        ok = "v.__class__ is str and 19 <= len(v) <= 40 and _MIN <= v[:10] <= _MAX"
        ok += " and _datetime_ok(v)"
    elif k == "json" and rule.extra is None:
        ok = f"v.__class__ is str and len(v) <= {rule.max_len} and v.isprintable()"
        ok += " and _json_ok(v)"
    elif k == "text" and rule.extra is None:
        ok = f"v.__class__ is str and len(v) <= {rule.max_len}"
        ok += " and (v.isprintable() or _BAD(v) is None)"
    else:
        ok = f"_R[{name!r}].why(v) is None"
    return ok if not rule.nullable else f"v is None or ({ok})"


@functools.cache
def checker(table: str) -> Callable[[dict[str, Any]], tuple[str, str] | None]:
    """``field_problem`` of one table as straight-line code, generated once from its rules: the
    hot path of a push (thousands of changes a second) and of every local write. One test per
    column present; on any doubt it asks ``field_problem``, which has the last word and gives
    the exact reason. ``tests/test_rules.py`` holds the two to the same answers."""
    table_r = table_rules(table)
    body = [
        "def check(fields):",
        "    if not fields.keys() <= _KNOWN:",
        "        return _slow(fields)",
    ]
    for name, rule in table_r.items():
        if name in ENVELOPE:
            continue
        body += [
            f"    v = fields.get({name!r}, _MISSING)",
            f"    if v is not _MISSING and not ({_condition(rule, name)}):",
            "        return _slow(fields)",
        ]
    body.append("    return None")
    scope: dict[str, Any] = {
        "_KNOWN": frozenset(table_r),
        "_MISSING": object(),
        "_R": table_r,
        "_ID": ID_PATTERN.match,
        "_BAD": _BAD_TEXT.search,
        "_MIN": _MIN_DATE,
        "_MAX": _MAX_DATE,
        "_date_ok": _date_ok,
        "_datetime_ok": _datetime_ok,
        "_json_ok": _json_ok,
        "_slow": functools.partial(field_problem, table),
    }
    exec("\n".join(body), scope)  # the code is made here, from the model's own rules
    return scope["check"]


def row_problem(table: str, fields: dict[str, Any], *, insert: bool) -> str | None:
    """The first reason these fields of one change may not be stored (None when they may).

    Checks each field, the fields an insert needs, and the rules that join fields of one row.
    """
    found = checker(table)(fields)
    if found is not None:
        return found[1]
    if insert:
        missing = required(table) - fields.keys()
        if missing:
            return f"missing {', '.join(sorted(missing))}"
        if table == "ledgerentry":
            return ledger_row(fields)
    return None


def ledger_row(f: dict[str, Any]) -> str | None:
    """The rules that join fields of one ledger entry."""
    reversal = f.get("kind") == "reversal"
    if reversal and not f.get("reverses_id"):
        return "ledgerentry: a reversal names the entry it reverses"
    if not reversal and f.get("reverses_id"):
        return "ledgerentry: only a reversal names another entry"
    return None


def references(table: str) -> dict[str, str]:
    """Column → referenced table, for the columns of ``table`` that point at synced rows."""
    from app.models import synced_tables

    synced = synced_tables()
    return {
        name: rule.ref
        for name, rule in table_rules(table).items()
        if rule.kind == "ref" and rule.ref in synced and name not in ENVELOPE
    }
