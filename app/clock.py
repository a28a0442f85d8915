"""Hybrid logical clock (DESIGN §4): wall milliseconds + counter + device, as a sortable string.

Laptop clocks are often wrong. The HLC never goes backwards on this device (a clock set back
keeps counting from the last value), and a remote timestamp may pull it forward by at most
``MAX_AHEAD_MS``: a timestamp further ahead than that is refused (``ClockSkew``) instead of
dragging every later local edit into the future, so a laptop whose clock is a year ahead cannot
freeze a record. The server (#5) applies the same bound and tells the user to fix the date.

#12: a low shared module (it imports nothing of Fieldbook), so the services' ``Writer``, the sync
engine and the server all stamp with it without the services importing ``app.sync``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

MAX_AHEAD_MS = 24 * 3600 * 1000  # one day
# The counter is encoded in five digits; past this it carries into the next millisecond, so the
# encoded strings keep sorting in clock order (after a pull from a clock up to a day ahead, a busy
# device can tick on one millisecond for hours).
MAX_COUNTER = 99_999


class ClockSkew(Exception):
    """A remote timestamp is implausibly far ahead of this device's clock."""


@dataclass(frozen=True, order=True)
class Timestamp:
    ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """``0001764066000000-00000-<device>``: compares correctly as a plain string."""
        return f"{self.ms:016d}-{self.counter:05d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        ms, counter, device = text.split("-", 2)
        return cls(int(ms), int(counter), device)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: Timestamp | None, device: str, now_ms: int | None = None) -> Timestamp:
    """The next local timestamp after ``last``."""
    now = wall_ms() if now_ms is None else now_ms
    if last is None or now > last.ms:
        return Timestamp(now, 0, device)
    return _carry(last.ms, last.counter + 1, device)


def _carry(ms: int, counter: int, device: str) -> Timestamp:
    if counter > MAX_COUNTER:
        return Timestamp(ms + 1, 0, device)
    return Timestamp(ms, counter, device)


def observe(
    last: Timestamp | None, remote: Timestamp, device: str, now_ms: int | None = None
) -> Timestamp:
    """Merge a received timestamp into the local clock (the HLC receive rule), bounded.

    Raises:
        ClockSkew: ``remote`` is more than ``MAX_AHEAD_MS`` ahead of the local wall clock.
    """
    now = wall_ms() if now_ms is None else now_ms
    if remote.ms - now > MAX_AHEAD_MS:
        raise ClockSkew(f"timestamp {remote.ms} is more than a day ahead of this clock ({now})")
    base = max(now, remote.ms, last.ms if last else 0)
    counter = 0
    if last is not None and base == last.ms:
        counter = max(counter, last.counter + 1)
    if base == remote.ms:
        counter = max(counter, remote.counter + 1)
    return _carry(base, counter, device)
