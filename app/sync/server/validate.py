"""Reading a pushed batch: the header, then each change checked on its own (#5).

A whole batch is refused (``BatchError``) only when it cannot be read at all (corrupt, truncated,
oversized, a forged device, a clock far ahead). A change that is wrong on its own (an unknown
table, a float where money goes, another district's record) is refused alone with its reason;
the rest of the batch is applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import ValidationError

from app.models import rules
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


_SHORT_HLC = re.compile(r"([0-9]{1,16})-([0-9]{1,5})\Z")


def read_change(
    index: int, line: str, *, device_id: str, district_id: str, now_ms: int
) -> Incoming | Refusal:
    try:
        table, row_id, op, short, fields = orjson.loads(line)
    except (ValueError, TypeError):
        raise BatchError(400, "malformed", f"change {index} cannot be read") from None
    m = _SHORT_HLC.match(short) if type(short) is str else None
    if m is None:
        return Refusal(index=index, status=422, reason="the change's clock stamp is not valid")
    ms_value = int(m[1])
    full = f"{ms_value:016d}-{int(m[2]):05d}-{device_id}"  # protocol.full_hlc, inlined
    if type(fields) is not dict or not rules.is_id(row_id):
        return Refusal(index=index, status=422, reason="a change needs a row id and fields")
    if type(table) is not str or table not in tables.synced_models():
        return Refusal(index=index, status=422, reason="unknown table")
    op = OPS.get(op) if type(op) is str else None
    if op is None:
        return Refusal(index=index, status=422, reason="unknown operation")
    if op != "insert" and table in tables.immutable_tables():
        return Refusal(index=index, status=409, reason=f"{table} rows are immutable")
    if table == "syncconflict" and op == "insert":
        return Refusal(index=index, status=403, reason="only the server makes conflict records")
    if fields.get("district_id", district_id) != district_id:
        return Refusal(index=index, status=403, reason="a device writes only its own district")
    clean = fields
    if not ENVELOPE.isdisjoint(fields):
        clean = {k: v for k, v in fields.items() if k not in ENVELOPE}
    reason = rules.row_problem(table, clean, insert=op == "insert")
    if reason is not None:
        return Refusal(index=index, status=422, reason=reason)
    change = Incoming(index, table, row_id, op, full, clean)
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
