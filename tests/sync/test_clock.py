"""#5 clocks: a laptop whose clock was a year ahead cannot freeze a record for everyone else."""

from __future__ import annotations

import time

import sqlalchemy as sa

from app.clock import MAX_AHEAD_MS, Timestamp
from app.services import beneficiaries, office
from app.sync import secrets
from app.sync.client import sync_once
from app.sync.outbox import get_state, set_state
from app.sync.protocol import API, dumps, encode_body
from app.sync.server import db as t
from app.sync.transport import Refused, Transport
from tests.builders import a_beneficiary
from tests.sync.conftest import a_device, a_district_name, first_admin

YEAR_MS = 365 * 24 * 3600 * 1000


def _phone(dev) -> str:
    with dev.db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT phone FROM beneficiary").scalar()


def test_an_edit_stamped_a_year_ahead_does_not_freeze_later_edits(server, tmp_path):
    district = a_district_name()
    a = a_device(server, tmp_path, district, "a")
    admin = first_admin(a)
    person = a_beneficiary(a.db, admin)
    sync_once(a.db)
    b = a_device(server, tmp_path, district, "b")
    sync_once(b.db)
    # A's clock ran a year ahead while it was offline: its HLC state carries that year.
    with a.db.transaction() as s:
        conn = s.connection()
        device = get_state(conn, "device_id")
        set_state(conn, "hlc", Timestamp(int(time.time() * 1000) + YEAR_MS, 0, device).encode())
    beneficiaries.edit_beneficiary(a.db, actor=a.actor(), beneficiary_id=person, phone="111")
    sync_once(a.db)  # the date is right again when it syncs: accepted, re-stamped
    sync_once(b.db)
    assert _phone(b) == "111"
    beneficiaries.edit_beneficiary(b.db, actor=b.actor(), beneficiary_id=person, phone="222")
    sync_once(b.db)
    sync_once(a.db)
    assert _phone(a) == _phone(b) == "222"  # the later edit wins everywhere
    with server.engine.connect() as conn:
        newest = conn.execute(
            sa.select(sa.func.max(t.change.c.hlc)).where(
                t.change.c.district_id == office.office(a.db).district_id
            )
        ).scalar_one()
    assert Timestamp.decode(newest).ms <= time.time() * 1000 + MAX_AHEAD_MS
    a.db.close()
    b.db.close()


def test_a_laptop_whose_clock_is_ahead_now_is_told_to_fix_the_date(server, tmp_path):
    dev = a_device(server, tmp_path, a_district_name(), "a")
    first_admin(dev)
    off = office.office(dev.db)
    tr = Transport(server.url + API, secrets.load_token(off.device_id))
    ahead = int(time.time() * 1000) + YEAR_MS
    body = encode_body(
        [dumps({"v": 2, "device": off.device_id, "batch": 1, "time": ahead, "n": 0})]
    )
    try:
        tr.request("POST", "/push", body=body, headers={"Content-Encoding": "gzip"})
    except Refused as e:
        assert e.status == 422 and e.error == "clock_ahead"
        assert "365.0 days ahead" in e.message and "date" in e.message
    else:
        raise AssertionError("a batch from a clock a year ahead was accepted")
    dev.db.close()
