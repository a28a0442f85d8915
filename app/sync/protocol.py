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
import re
import zlib
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field

from app.ids import ID_REGEX

PROTOCOL_VERSION = 2
# The server accepts the current and the previous protocol (DESIGN §4 "Versions").
OLDEST_PROTOCOL = PROTOCOL_VERSION - 1
API = "/v1"

MAX_BODY_BYTES = 4 * 1024 * 1024  # compressed push body
MAX_RAW_BYTES = 32 * 1024 * 1024  # after decompression (a gzip bomb stops here)
MAX_LINE_BYTES = 1024 * 1024  # one line of a body once decompressed (an endless line stops here)
MAX_JSON_BYTES = 64 * 1024  # a JSON request body (``/enroll``); an enrollment is under 1 KB
MAX_CHANGES = 5000  # changes in one batch
MAX_PAGE = 5000  # changes in one pull page
MAX_PAGE_BYTES = 4 * 1024 * 1024  # and at most this much JSON (uncompressed) in one page
MAX_LINES = max(MAX_CHANGES, MAX_PAGE) + 1  # lines of a body: a header or a trailer, then changes

OPS = {"i": "insert", "u": "update", "d": "delete"}
OP_CODES = {v: k for k, v in OPS.items()}
# Columns every synced row has, which travel outside ``fields``.
ENVELOPE = frozenset({"id", "hlc", "device_id", "district_id", "recorded_at"})
SERVER_DEVICE = "server"  # the author of rows the server makes (conflict records)

H_PROTOCOL = "X-Fieldbook-Protocol"
H_SCHEMA = "X-Fieldbook-Schema"
H_DIGEST = "X-Fieldbook-Digest"


# What a client or a server may claim (DESIGN §10): checked on both ends before anything is stored.
MAX_INT64 = 2**63 - 1  # what SQLite and PostgreSQL BIGINT hold
ID_PATTERN = ID_REGEX  # ``app.ids.new_id``'s ids, as the rule table checks them
# A district code goes into human numbers (``XAC-3-00042``) and file names (backups).
DISTRICT_CODE_PATTERN = r"^[A-Z]{3}$"
# A name a person typed: no control characters, no path separators (pydantic refuses lone
# surrogates in any str).
NAME_PATTERN = r"^[^\x00-\x1f\x7f/\\]*$"
TOKEN_PATTERN = r"^[A-Za-z0-9_-]{32,128}$"  # ``secrets.token_urlsafe(32)`` is 43 characters
MAX_SHORT_NO = 999  # a device's number within its district (``XAC-3-00042``)


def _whole(value: Any) -> Any:
    """A JSON number only: ``true`` and ``"3"`` are not device numbers (``2.0`` is 2)."""
    if isinstance(value, bool | str | bytes):
        raise ValueError("a whole number is expected")
    return value


Whole = Annotated[int, BeforeValidator(_whole)]


class ErrorBody(BaseModel):
    """Every 4xx/5xx answer: a machine code and a sentence for a person.

    ``field`` names the part of the request that was refused (``body.short_no``,
    ``header.x-fieldbook-protocol``) when one part is to blame; the value sent is never echoed.
    """

    error: str
    message: str
    time: int = 0
    acked: int | None = None
    field: str | None = None


class Health(BaseModel):
    status: str = "ok"
    protocol: int = PROTOCOL_VERSION
    oldest_protocol: int = OLDEST_PROTOCOL
    database: str
    time: int


class DistrictInfo(BaseModel):
    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1, max_length=80, pattern=NAME_PATTERN)
    code: str = Field(pattern=DISTRICT_CODE_PATTERN)


class EnrollRequest(BaseModel):
    """A device asks to join the district of a one-time code.

    A database that already holds an office sends its district and device, so that a pilot
    laptop keeps its ids and its device number (human numbers already issued stay unique).
    """

    code: str = Field(max_length=40, pattern=NAME_PATTERN)
    name: str = Field(default="", max_length=80, pattern=NAME_PATTERN)
    protocol: Whole = Field(default=PROTOCOL_VERSION, ge=0, le=MAX_INT64)
    district: DistrictInfo | None = None
    device_id: str | None = Field(default=None, pattern=ID_PATTERN)
    short_no: Annotated[int, Field(ge=1, le=MAX_SHORT_NO), BeforeValidator(_whole)] | None = None


class EnrollResponse(BaseModel):
    """What the server gives a device; the client checks it (``enroll``) before storing it."""

    device_id: str = Field(pattern=ID_PATTERN)
    token: str = Field(pattern=TOKEN_PATTERN)
    role: Literal["device", "head_office"]
    district: DistrictInfo | None
    short_no: Whole = Field(ge=0, le=MAX_SHORT_NO)  # 0: a head-office account
    time: Whole


class PushHeader(BaseModel):
    """First line of a push body. ``batch`` is this device's batch sequence (1, 2, ...);
    ``cursor`` the pull cursor it holds now; ``base`` the cursor it held when its oldest pending
    change was made (what it had seen: changes after it are concurrent with its edits)."""

    v: Whole = Field(ge=0, le=MAX_INT64)
    schema_: str = Field(default="", alias="schema", max_length=64, pattern=NAME_PATTERN)
    device: str = Field(max_length=36)
    batch: Whole = Field(ge=1, le=MAX_INT64)
    cursor: Whole = Field(default=0, ge=0, le=MAX_INT64)
    base: Whole = Field(default=0, ge=0, le=MAX_INT64)
    time: Whole = Field(ge=-MAX_INT64, le=MAX_INT64)
    n: Whole = Field(ge=0, le=MAX_INT64)


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
    """A body that is corrupt, truncated (400) or too large once decompressed (413)."""

    status = 400


class TooLarge(BadPayload):
    status = 413


_NEWLINES = re.compile(rb"\n+")


class LineDecoder:
    """Gunzip a body as it arrives and split it into lines, in bounded memory.

    Decompression never produces more than ``max_raw`` bytes in all (a 4 MB gzip of zeros holds
    4 GB), a line never grows past ``max_line`` bytes, and there are at most ``max_lines``
    non-empty lines: past any of these ``feed`` raises ``TooLarge`` at once, having held at most
    one chunk more than the limit. Feed it the compressed chunks, then call ``finish``.
    """

    CHUNK = 256 * 1024  # decompressed bytes produced per step

    def __init__(
        self,
        max_raw: int = MAX_RAW_BYTES,
        *,
        max_lines: int = MAX_LINES,
        max_line: int = MAX_LINE_BYTES,
    ) -> None:
        self.max_raw, self.max_lines, self.max_line = max_raw, max_lines, max_line
        self.raw = 0
        self.lines: list[str] = []
        self._d = zlib.decompressobj(31)
        self._tail = bytearray()  # the line being read

    def feed(self, data: bytes) -> None:
        d = self._d
        while data and not d.eof:
            room = self.max_raw - self.raw + 1
            try:
                out = d.decompress(data, min(self.CHUNK, room))
            except zlib.error as e:
                raise BadPayload(f"the body is not valid gzip ({e})") from None
            data = d.unconsumed_tail
            self.raw += len(out)
            if self.raw > self.max_raw:
                raise TooLarge(f"the body is larger than {self.max_raw} bytes once decompressed")
            self._split(out)

    def _split(self, out: bytes) -> None:
        if b"\n" not in out:
            self._tail += out
        else:
            # Split on runs of newlines: a body of millions of empty lines costs one scan and
            # makes no objects; the parts between the first and the last run are whole lines.
            parts = _NEWLINES.split(out)
            self._line(bytes(self._tail) + parts[0] if self._tail else parts[0])
            for part in parts[1:-1]:
                self._line(part)
            self._tail = bytearray(parts[-1])
        if len(self._tail) > self.max_line:
            raise TooLarge(f"a line of the body is longer than {self.max_line} bytes")

    def _line(self, raw: bytes) -> None:
        if not raw:
            return
        if len(raw) > self.max_line:
            raise TooLarge(f"a line of the body is longer than {self.max_line} bytes")
        if len(self.lines) >= self.max_lines:
            raise TooLarge(f"the body holds more than {self.max_lines} lines")
        try:
            self.lines.append(raw.decode())
        except UnicodeDecodeError:
            raise BadPayload("the body is not UTF-8") from None

    def finish(self) -> list[str]:
        if not self._d.eof:
            raise BadPayload("the body is truncated")
        if self._tail:
            self._line(bytes(self._tail))
            self._tail = bytearray()
        return self.lines


def decode_body(
    body: bytes,
    max_raw: int = MAX_RAW_BYTES,
    *,
    max_lines: int = MAX_LINES,
    max_line: int = MAX_LINE_BYTES,
) -> list[str]:
    """Gunzip a body and split it into lines, refusing corrupt, truncated or oversized input
    (``LineDecoder``: memory stays bounded whatever the body)."""
    dec = LineDecoder(max_raw, max_lines=max_lines, max_line=max_line)
    dec.feed(body)
    return dec.finish()


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
