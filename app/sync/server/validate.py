"""Reading a pushed batch: the header, then each change checked on its own (#5).

A whole batch is refused (``BatchError``) only when it cannot be read at all (corrupt, truncated,
oversized, a forged device, a clock far ahead). A change that is wrong on its own (an unknown
table, a float where money goes, another district's record) is refused alone with its reason;
the rest of the batch is applied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import ValidationError

from app.clock import MAX_AHEAD_MS
from app.models import rules
from app.sync import tables
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
    # The fields' JSON exactly as sent, when it can be logged as it is: the line parsed as JSON,
    # every value passed its rule, and the id, table, operation and stamp before it are checked
    # words, so the first "{" of the line opens the fields. (A pull page re-encodes every line
    # anyway: what is stored never reaches a laptop unread.)
    text: str | None = None


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


_ID = rules.ID_PATTERN.match
# table → (the fields an insert needs, its compiled rule check, immutable?), filled once
_SPECS: dict[str, tuple[frozenset[str], Callable[[dict], tuple[str, str] | None], bool]] = {}


def read_change(
    index: int, line: str, *, device_id: str, district_id: str, now_ms: int
) -> Incoming | Refusal:
    try:
        table, row_id, op, short, fields = orjson.loads(line)
    except (ValueError, TypeError):
        raise BatchError(400, "malformed", f"change {index} cannot be read") from None
    ms, _, counter = short.partition("-") if type(short) is str else ("", "", "")
    if not (0 < len(ms) <= 16 and 0 < len(counter) <= 5 and (ms + counter).isdecimal()) or (
        not short.isascii()
    ):
        return Refusal(index=index, status=422, reason="the change's clock stamp is not valid")
    ms_value = int(ms)
    full = f"{ms_value:016d}-{int(counter):05d}-{device_id}"  # protocol.full_hlc, inlined
    if type(fields) is not dict or type(row_id) is not str or not _ID(row_id):
        return Refusal(index=index, status=422, reason="a change needs a row id and fields")
    spec = _SPECS.get(table) if type(table) is str else None
    if spec is None:
        if type(table) is str and table in tables.synced_models():  # first use: work it out
            _SPECS.update(
                (t, (rules.required(t), rules.checker(t), t in tables.immutable_tables()))
                for t in tables.synced_models()
            )
            return read_change(
                index, line, device_id=device_id, district_id=district_id, now_ms=now_ms
            )
        return Refusal(index=index, status=422, reason="unknown table")
    required, check, immutable = spec
    op = OPS.get(op) if type(op) is str else None
    if op is None:
        return Refusal(index=index, status=422, reason="unknown operation")
    if op != "insert" and immutable:
        return Refusal(index=index, status=409, reason=f"{table} rows are immutable")
    if table == "syncconflict" and op == "insert":
        return Refusal(index=index, status=403, reason="only the server makes conflict records")
    if fields.get("district_id", district_id) != district_id:
        return Refusal(index=index, status=403, reason="a device writes only its own district")
    clean = fields
    if not ENVELOPE.isdisjoint(fields):
        clean = {k: v for k, v in fields.items() if k not in ENVELOPE}
    # rules.row_problem, unrolled for the hot path: the same three checks in the same order
    found = check(clean)
    if found is not None:
        return Refusal(index=index, status=422, reason=found[1])
    if op == "insert":
        if not required <= clean.keys():
            missing = ", ".join(sorted(required - clean.keys()))
            return Refusal(index=index, status=422, reason=f"missing {missing}")
        if (
            table == "ledgerentry"
            and (clean["kind"] == "reversal") is (clean.get("reverses_id") is None)
            and (reason := rules.ledger_row(clean)) is not None
        ):
            return Refusal(index=index, status=422, reason=reason)
    text = line[line.index("{") : -1] if clean is fields and line.endswith("}]") else None
    change = Incoming(index, table, row_id, op, full, clean, False, text)
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
