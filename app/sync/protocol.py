"""The wire protocol (#5, STYLE §10): the one module both the client and the server import.

Push (``POST /v1/push``): a gzip NDJSON body. The first line is a ``PushHeader``; each further
line is one change ``[table, row_id, op, hlc, fields]`` where ``op`` is ``i``/``u``/``d``,
``hlc`` is ``"<ms>-<counter>"`` (the device part comes from the header) and ``fields`` holds the
changed columns with their stored values (money as integer qəpik, dates ISO). ``id``, ``hlc``,
``device_id`` and ``district_id`` are left out of ``fields``: the server knows them. Lines are
plain arrays, not objects, because a repayment must cost under 80 bytes on the wire.

Pull (``GET /v1/pull?cursor=N``): a gzip NDJSON body of changes
``[seq, table, row_id, op, hlc, fields]`` (full HLC, whose device part is the author) ending with
a ``PullTrailer`` line: the next cursor, the district's head and checksum. A page without its
trailer is incomplete and is not applied.

Every answer carries the server's time (``time``, Unix ms); errors are JSON ``ErrorBody``.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from typing import Any

from pydantic import BaseModel, Field

PROTOCOL_VERSION = 2
# The server accepts the current and the previous protocol (DESIGN §4 "Versions").
OLDEST_PROTOCOL = PROTOCOL_VERSION - 1
API = "/v1"

MAX_BODY_BYTES = 4 * 1024 * 1024  # compressed push body
MAX_RAW_BYTES = 32 * 1024 * 1024  # after decompression (a gzip bomb stops here)
MAX_CHANGES = 5000  # changes in one batch
MAX_PAGE = 5000  # changes in one pull page
MAX_PAGE_BYTES = 4 * 1024 * 1024  # and at most this much JSON (uncompressed) in one page

OPS = {"i": "insert", "u": "update", "d": "delete"}
OP_CODES = {v: k for k, v in OPS.items()}
# Columns every synced row has, which travel outside ``fields``.
ENVELOPE = frozenset({"id", "hlc", "device_id", "district_id", "recorded_at"})
SERVER_DEVICE = "server"  # the author of rows the server makes (conflict records)

H_PROTOCOL = "X-Fieldbook-Protocol"
H_SCHEMA = "X-Fieldbook-Schema"
H_DIGEST = "X-Fieldbook-Digest"


class ErrorBody(BaseModel):
    """Every 4xx/5xx answer: a machine code and a sentence for a person."""

    error: str
    message: str
    time: int = 0
    acked: int | None = None


class Health(BaseModel):
    status: str = "ok"
    protocol: int = PROTOCOL_VERSION
    oldest_protocol: int = OLDEST_PROTOCOL
    database: str
    time: int


class DistrictInfo(BaseModel):
    id: str
    name: str
    code: str


class EnrollRequest(BaseModel):
    """A device asks to join the district of a one-time code.

    A database that already holds an office sends its district and device, so that a pilot
    laptop keeps its ids and its device number (human numbers already issued stay unique).
    """

    code: str = Field(max_length=40)
    name: str = Field(default="", max_length=80)
    protocol: int = PROTOCOL_VERSION
    district: DistrictInfo | None = None
    device_id: str | None = Field(default=None, max_length=36)
    short_no: int | None = None


class EnrollResponse(BaseModel):
    device_id: str
    token: str
    role: str
    district: DistrictInfo | None
    short_no: int
    time: int


class PushHeader(BaseModel):
    """First line of a push body. ``batch`` is this device's batch sequence (1, 2, ...);
    ``cursor`` the pull cursor it holds now; ``base`` the cursor it held when its oldest pending
    change was made (what it had seen: changes after it are concurrent with its edits)."""

    v: int
    schema_: str = Field(default="", alias="schema")
    device: str
    batch: int = Field(ge=1)
    cursor: int = Field(default=0, ge=0)
    base: int = Field(default=0, ge=0)
    time: int
    n: int = Field(ge=0)


class Refusal(BaseModel):
    index: int
    status: int
    reason: str


class PushAck(BaseModel):
    """The server's answer to a batch, stored with it: a retry gets the same answer."""

    batch: int
    acked: int  # the highest batch sequence of this device the server holds
    applied: int = 0
    duplicate: bool = False
    refused: list[Refusal] = []
    clamped: int = 0  # changes whose HLC was too far ahead and was re-stamped
    head: int = 0
    time: int = 0
    apply_ms: float = 0.0


class PullTrailer(BaseModel):
    next: int
    head: int
    checksum: str
    more: bool
    count: int
    time: int


class StatusBody(BaseModel):
    device_id: str
    district: DistrictInfo | None
    acked: int
    head: int
    time: int


# -- encoding -----------------------------------------------------------------------------------
def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def encode_body(lines: list[str], level: int = 9) -> bytes:
    """Join JSON lines and gzip them."""
    comp = zlib.compressobj(level, zlib.DEFLATED, 31)
    data = ("\n".join(lines) + "\n").encode()
    return comp.compress(data) + comp.flush()


class BadPayload(ValueError):
    """A body that is corrupt, truncated or too large once decompressed."""


def decode_body(body: bytes, max_raw: int = MAX_RAW_BYTES) -> list[str]:
    """Gunzip and split a body into lines, refusing corrupt, truncated or oversized input."""
    d = zlib.decompressobj(31)
    try:
        raw = d.decompress(body, max_raw + 1)
    except zlib.error as e:
        raise BadPayload(f"the body is not valid gzip ({e})") from None
    if len(raw) > max_raw or d.unconsumed_tail:
        raise BadPayload(f"the body is larger than {max_raw} bytes once decompressed")
    if not d.eof:
        raise BadPayload("the body is truncated")
    try:
        text = raw.decode()
    except UnicodeDecodeError:
        raise BadPayload("the body is not UTF-8") from None
    return [line for line in text.split("\n") if line]


def digest(lines: list[str]) -> str:
    """The identity of a batch's changes (not its header, which changes on a retry)."""
    h = hashlib.sha256()
    for line in lines:
        h.update(line.encode())
        h.update(b"\n")
    return h.hexdigest()


# -- integrity ----------------------------------------------------------------------------------
CHECKSUM_MOD = 1 << 63


def row_hash(table: str, row_id: str, hlc: str) -> int:
    """One record's contribution to the district checksum (order-independent: a sum)."""
    raw = hashlib.blake2b(f"{table}\x1f{row_id}\x1f{hlc}".encode(), digest_size=8).digest()
    return int.from_bytes(raw, "big") % CHECKSUM_MOD


def short_hlc(hlc: str) -> str:
    """``0001764066000000-00007-<device>`` → ``1764066000000-7`` (the device is in the header)."""
    ms, counter, _ = hlc.split("-", 2)
    return f"{int(ms)}-{int(counter)}"


def full_hlc(short: str, device: str) -> str:
    ms, counter = short.split("-", 1)
    return f"{int(ms):016d}-{int(counter):05d}-{device}"
