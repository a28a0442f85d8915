"""app.ids: client-made UUIDv7 ids and offline-unique human numbers."""

from __future__ import annotations

import time
import uuid

from app import ids
from app.ids import human_number, new_id


def test_new_id_is_a_uuid_version_7_with_the_rfc_variant():
    value = uuid.UUID(new_id())
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert (value.int >> 76) & 0xF == 7
    assert (value.int >> 62) & 0b11 == 0b10


def test_new_id_starts_with_the_current_millisecond():
    before = time.time_ns() // 1_000_000
    value = uuid.UUID(new_id())
    after = time.time_ns() // 1_000_000
    assert before <= value.int >> 80 <= after + 1


def test_ids_of_a_burst_are_unique_and_sort_in_creation_order():
    burst = [new_id() for _ in range(10_000)]  # more than 4096 per millisecond is likely
    assert len(set(burst)) == len(burst)
    assert burst == sorted(burst)


def test_ids_keep_increasing_when_the_clock_goes_back(monkeypatch):
    first = new_id()
    real = time.time_ns
    monkeypatch.setattr(ids.time, "time_ns", lambda: real() - 3_600 * 10**9)  # an hour back
    later = [new_id() for _ in range(100)]
    assert [first, *later] == sorted([first, *later])


def test_human_number():
    assert human_number("XAC", 3, 42) == "XAC-3-00042"
    assert human_number("XAC", 3, 1, "R") == "XAC-3-R00001"
    assert human_number("QUB", 12, 123456) == "QUB-12-123456"


def test_numbers_of_two_devices_never_collide():
    device_3 = {human_number("XAC", 3, n) for n in range(1, 500)}
    device_4 = {human_number("XAC", 4, n) for n in range(1, 500)}
    assert not device_3 & device_4


def test_id_floor_orders_ids_by_the_time_they_were_made():
    import time as _time

    from app.ids import id_floor, new_id

    before = id_floor(_time.time_ns() // 1_000_000)
    made = new_id()
    after = id_floor(_time.time_ns() // 1_000_000 + 1000)
    assert before <= made < after
