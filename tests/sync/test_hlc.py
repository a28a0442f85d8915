"""app.clock: the hybrid logical clock never runs backwards and refuses absurd futures."""

from __future__ import annotations

import pytest

from app.clock import MAX_AHEAD_MS, MAX_COUNTER, ClockSkew, Timestamp, observe, tick

T0 = 1_764_066_000_000  # 2025-11-25 10:20 UTC in ms
YEAR_MS = 365 * 24 * 3600 * 1000


def test_tick_follows_the_wall_clock_when_it_moves_forward():
    a = tick(None, "dev-a", now_ms=T0)
    b = tick(a, "dev-a", now_ms=T0 + 5)
    assert a == Timestamp(T0, 0, "dev-a")
    assert b == Timestamp(T0 + 5, 0, "dev-a")


def test_tick_is_monotonic_when_the_clock_goes_back():
    last = tick(None, "dev-a", now_ms=T0)
    seen = [last]
    for now in (T0, T0 - 1, T0 - 3_600_000, T0 - YEAR_MS, T0):
        last = tick(last, "dev-a", now_ms=now)
        seen.append(last)
    assert seen == sorted(seen)
    assert len(set(seen)) == len(seen)
    assert [t.encode() for t in seen] == sorted(t.encode() for t in seen)
    assert seen[-1] == Timestamp(T0, 5, "dev-a")


def test_encoded_timestamps_sort_as_the_timestamps_do():
    stamps = [
        Timestamp(T0, 0, "b"),
        Timestamp(T0, 10, "a"),
        Timestamp(T0, 2, "a"),
        Timestamp(T0 + 1, 0, "a"),
        Timestamp(999, 99_999, "z"),
    ]
    assert sorted(t.encode() for t in stamps) == [t.encode() for t in sorted(stamps)]


def test_decode_reverses_encode_with_a_uuid_device():
    device = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    t = Timestamp(T0, 17, device)
    assert Timestamp.decode(t.encode()) == t


def test_observe_moves_past_a_remote_timestamp_slightly_ahead():
    local = tick(None, "dev-a", now_ms=T0)
    remote = Timestamp(T0 + 60_000, 4, "dev-b")
    merged = observe(local, remote, "dev-a", now_ms=T0)
    assert merged == Timestamp(T0 + 60_000, 5, "dev-a")
    after = tick(merged, "dev-a", now_ms=T0 + 1)  # local wall clock still behind: keep counting
    assert after == Timestamp(T0 + 60_000, 6, "dev-a")


def test_observe_of_an_older_remote_keeps_the_local_clock():
    local = Timestamp(T0, 3, "dev-a")
    merged = observe(local, Timestamp(T0 - 10, 50, "dev-b"), "dev-a", now_ms=T0)
    assert merged == Timestamp(T0, 4, "dev-a")


def test_observe_accepts_up_to_the_bound():
    remote = Timestamp(T0 + MAX_AHEAD_MS, 0, "dev-b")
    merged = observe(None, remote, "dev-a", now_ms=T0)
    assert merged.ms == T0 + MAX_AHEAD_MS


def test_observe_refuses_just_past_the_bound():
    with pytest.raises(ClockSkew):
        observe(None, Timestamp(T0 + MAX_AHEAD_MS + 1, 0, "dev-b"), "dev-a", now_ms=T0)


def test_a_clock_a_year_ahead_is_refused_and_does_not_drag_the_local_clock():
    local = tick(None, "dev-a", now_ms=T0)
    with pytest.raises(ClockSkew):
        observe(local, Timestamp(T0 + YEAR_MS, 0, "dev-b"), "dev-a", now_ms=T0)
    assert tick(local, "dev-a", now_ms=T0 + 1) == Timestamp(T0 + 1, 0, "dev-a")


def test_the_counter_never_outgrows_its_five_digits():
    """After a pull from a clock a day ahead, a busy device ticks on the same ms for a day."""
    last = Timestamp(T0, MAX_COUNTER - 1, "dev-a")
    seen = [last]
    for _ in range(3):
        last = tick(last, "dev-a", now_ms=T0 - 1)
        seen.append(last)
    assert all(t.counter <= MAX_COUNTER for t in seen)
    assert [t.encode() for t in seen] == sorted(t.encode() for t in seen)
    assert len({t.encode() for t in seen}) == len(seen)
    merged = observe(None, Timestamp(T0, MAX_COUNTER, "dev-b"), "dev-a", now_ms=T0)
    assert merged.counter <= MAX_COUNTER
    assert merged.encode() > Timestamp(T0, MAX_COUNTER, "dev-b").encode()
