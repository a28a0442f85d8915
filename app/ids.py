"""Client-generated, time-ordered ids (UUID version 7) and offline-unique human numbers.

Rows are created on laptops with no server to hand out keys, so every id is generated where
the row is born. Version 7 UUIDs start with the millisecond time, which keeps B-tree inserts
local and makes ids roughly sortable by creation.

An id is a plain ``str`` everywhere (rows, JSON, the sync protocol), named by what it is where
it is passed (``loan_id``, ``officer_id``). #12: the ``NewType`` ids declared here (``LoanId``…)
were used nowhere and no type checker runs to hold them, so they went.
"""

from __future__ import annotations

import os
import random
import time
import uuid

# What ``new_id`` makes: a lower-case UUID version 7 (RFC 9562), 36 characters. The one
# expression both ends check ids with (``app.models.rules``, ``app.sync.protocol``).
ID_REGEX = r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"

_last_ms = 0
_seq = 0
# The 62 random bits need uniqueness, not secrecy: a PRNG seeded from the OS is as good and ten
# times cheaper than a system call per id. Reseeded in a forked child so two processes differ.
_rand = random.Random(os.urandom(32))
os.register_at_fork(after_in_child=lambda: _rand.seed(os.urandom(32)))


def new_id() -> str:
    """A UUIDv7 string (RFC 9562): 48-bit Unix ms, 12-bit counter within the ms, 62 random bits."""
    global _last_ms, _seq
    ms = time.time_ns() // 1_000_000
    if ms <= _last_ms:
        ms = _last_ms
        _seq = (_seq + 1) & 0xFFF
        if _seq == 0:  # 4096 ids in one ms: borrow the next ms rather than repeat
            ms += 1
    else:
        _seq = 0
    _last_ms = ms
    rand = _rand.getrandbits(62)
    value = (ms << 80) | (0x7 << 76) | (_seq << 64) | (0b10 << 62) | rand
    return str(uuid.UUID(int=value))


def id_floor(at_ms: int) -> str:
    """The smallest UUIDv7 string made at or after ``at_ms`` (Unix ms): ids compare as time.

    Lets a query ask an indexed primary key for "rows created since" (e.g. today's receipts).
    """
    h = f"{at_ms:012x}"
    return f"{h[:8]}-{h[8:]}-0000-0000-000000000000"


def human_number(district_code: str, device_no: int, counter: int, prefix: str = "") -> str:
    """``XAC-3-00042``: district code, the device's short number, then its own counter.

    Unique across devices without asking the server, because the device number is unique within
    the district and each device counts only its own numbers. ``prefix`` marks the kind
    (``R`` for receipts: ``XAC-3-R00042``).
    """
    return f"{district_code}-{device_no}-{prefix}{counter:05d}"
