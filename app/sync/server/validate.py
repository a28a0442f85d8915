"""Reading a pushed batch: the header, then each change checked on its own (#5).

A whole batch is refused (``BatchError``) only when it cannot be read at all (corrupt, truncated,
oversized, a forged device, a clock far ahead). A change that is wrong on its own (an unknown
table, a float where money goes, another district's record) is refused alone with its reason;
the rest of the batch is applied.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import ValidationError

from app.sync import tables
from app.sync.hlc import MAX_AHEAD_MS
from app.sync.protocol import (
    ENVELOPE,
    MAX_CHANGES,
    OLDEST_PROTOCOL,
    OPS,
    PROTOCOL_VERSION,
    PushHeader,
    Refusal,
)


class BatchError(Exception):
    """The whole batch is refused; nothing of it is written."""

    def __init__(self, status: int, error: str, message: str, acked: int | None = None) -> None:
        super().__init__(message)
        self.status, self.error, self.message, self.acked = status, error, message, acked


@dataclass(slots=True)
class Incoming:
    index: int
    table: str
    row_id: str
    op: str
    hlc: str
    fields: dict[str, Any]
    clamped: bool = False
    text: str | None = None  # the fields' JSON as sent, when it can be logged as it is


@dataclass
class Parsed:
    header: PushHeader
    changes: list[Incoming] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def check_protocol(version: int) -> None:
    if version < OLDEST_PROTOCOL:
        raise BatchError(
            426,
            "client_too_old",
            f"this Fieldbook is too old for the server (protocol {version}; the server needs "
            f"{OLDEST_PROTOCOL} or newer): install the new version. Unsent changes are kept.",
        )
    if version > PROTOCOL_VERSION:
        raise BatchError(
            426,
            "server_too_old",
            f"the server is older than this Fieldbook (protocol {version} > {PROTOCOL_VERSION}); "
            "ask head office to update it. Unsent changes are kept.",
        )


def read_header(lines: list[str], device_id: str, now_ms: int) -> PushHeader:
    if not lines:
        raise BatchError(400, "malformed", "the batch is empty")
    try:
        header = PushHeader.model_validate_json(lines[0])
    except ValidationError as e:
        reason = e.errors()[0]["msg"]
        raise BatchError(400, "malformed", f"the batch header is invalid: {reason}") from None
    check_protocol(header.v)
    if header.device != device_id:
        raise BatchError(403, "forged_device", "the batch names another device than the token")
    if header.n != len(lines) - 1:
        raise BatchError(400, "truncated", f"the batch says {header.n} changes but holds fewer")
    if header.n > MAX_CHANGES:
        raise BatchError(413, "too_large", f"a batch holds at most {MAX_CHANGES} changes")
    ahead = header.time - now_ms
    if ahead > MAX_AHEAD_MS:
        days = ahead / 86_400_000
        raise BatchError(
            422,
            "clock_ahead",
            f"this laptop's clock is {days:.1f} days ahead of the server: set the right date and "
            "time, then sync again. Nothing was lost.",
        )
    return header


@dataclass(frozen=True, slots=True)
class _Spec:
    """What the hot loop needs to know about one synced table, worked out once."""

    immutable: bool
    # field → the max length of a text, or the accepted types (``ANY``: anything but null)
    fast: dict[str, tuple[type, ...] | int]
    required: frozenset[str]


_ANY = (str, int, bool, float, list, dict)
_I64 = -(2**63)  # the smallest 64-bit integer: what SQLite and PostgreSQL BIGINT hold


@functools.cache
def _specs() -> dict[str, _Spec]:
    out = {}
    immutable = tables.immutable_tables()
    for table in tables.synced_models():
        fast: dict[str, tuple[type, ...] | int] = {}
        for name, (kind, _nullable, length) in tables.rules(table).items():
            if kind == "int":
                fast[name] = (int, bool)
            elif kind == "str":
                fast[name] = length or 1 << 30
            else:  # dates, JSON: a value that is there passes (null goes to check_value)
                fast[name] = _ANY
        required = frozenset(
            n
            for n, c in tables.columns(table).items()
            if not c.nullable and c.default is None and n not in ENVELOPE
        )
        out[table] = _Spec(table in immutable, fast, required)
    return out


def read_change(
    index: int, line: str, *, device_id: str, district_id: str, now_ms: int
) -> Incoming | Refusal:
    try:
        table, row_id, op, short, fields = orjson.loads(line)
        ms, counter = short.split("-", 1)
        ms_value = int(ms)
        full = f"{ms_value:016d}-{int(counter):05d}-{device_id}"  # protocol.full_hlc, inlined
    except (ValueError, TypeError, AttributeError):
        raise BatchError(400, "malformed", f"change {index} cannot be read") from None
    if type(fields) is not dict or type(row_id) is not str or not 0 < len(row_id) <= 36:
        return Refusal(index=index, status=422, reason="a change needs a row id and fields")
    spec = _specs().get(table) if type(table) is str else None
    if spec is None:
        return Refusal(index=index, status=422, reason=f"unknown table {table!r}")
    code, op = op, OPS.get(op) if type(op) is str else None
    if op is None:
        return Refusal(index=index, status=422, reason=f"unknown operation {code!r}")
    if spec.immutable and op != "insert":
        return Refusal(index=index, status=409, reason=f"{table} rows are immutable")
    if table == "syncconflict" and op == "insert":
        return Refusal(index=index, status=403, reason="only the server makes conflict records")
    if fields.get("district_id", district_id) != district_id:
        return Refusal(index=index, status=403, reason="a device writes only its own district")
    fast = spec.fast
    clean = fields
    for key, value in fields.items():  # the hot loop of a push
        if key in ENVELOPE:
            clean = {k: v for k, v in fields.items() if k not in ENVELOPE}
            continue
        rule = fast.get(key)
        if rule is not None:
            if rule.__class__ is int:
                if value.__class__ is str and len(value) <= rule:
                    continue
            elif value.__class__ in rule and (value.__class__ is not int or _I64 <= value < -_I64):
                continue  # an int beyond 64 bits goes to check_value, which refuses it
        reason = tables.check_value(table, key, value)
        if reason:
            return Refusal(index=index, status=422, reason=reason)
    if op == "insert" and not spec.required <= clean.keys():
        missing = spec.required - clean.keys()
        return Refusal(index=index, status=422, reason=f"missing {', '.join(sorted(missing))}")
    as_sent = clean is fields and "{" not in row_id and line.endswith("}]")
    text = line[line.index("{") : -1] if as_sent else None
    change = Incoming(index, table, row_id, op, full, clean, text=text)
    if ms_value - now_ms > MAX_AHEAD_MS:
        change.clamped = True  # re-stamped by the server's clock in apply
    return change


def parse(lines: list[str], *, device_id: str, district_id: str, now_ms: int) -> Parsed:
    out = Parsed(read_header(lines, device_id, now_ms))
    for i, line in enumerate(lines[1:]):
        got = read_change(i, line, device_id=device_id, district_id=district_id, now_ms=now_ms)
        if isinstance(got, Refusal):
            out.refused.append(got)
        else:
            out.changes.append(got)
    return out
