"""#5 security: scope comes from the token; bad input is refused with a reason, nothing written."""

from __future__ import annotations

import gzip
import json
import time

import pytest

from app.ids import new_id
from app.services import conflicts, office
from app.sync import outbox, secrets
from app.sync.client import SyncError, sync_once
from app.sync.protocol import API, H_PROTOCOL, MAX_BODY_BYTES, dumps, encode_body
from app.sync.server import auth
from app.sync.server.auth import AuthError
from app.sync.transport import Refused, Transport
from tests.builders import a_beneficiary
from tests.sync.conftest import a_device, a_district_name, first_admin
from tests.sync.helpers import a_loan_with_repayments, count, server_log_count


def _device_id(dev) -> str:
    with dev.db.engine.connect() as conn:
        return outbox.get_state(conn, "device_id")


def _tr(dev, url: str, token: str | None = None) -> Transport:
    return Transport(url + API, token or secrets.load_token(_device_id(dev)))


def _push(
    tr: Transport,
    device_id: str,
    lines: list[str],
    *,
    batch: int = 1,
    v: int = 2,
    body: bytes | None = None,
) -> dict:
    head = {
        "v": v,
        "device": device_id,
        "batch": batch,
        "time": int(time.time() * 1000),
        "n": len(lines),
    }
    data = body if body is not None else encode_body([dumps(head), *lines])
    _, _, answer = tr.request("POST", "/push", body=data, headers={"Content-Encoding": "gzip"})
    return json.loads(answer)


def _refusal(call) -> Refused:
    with pytest.raises(Refused) as e:
        call()
    assert e.value.message  # every refusal carries a sentence
    return e.value


@pytest.fixture
def two_districts(server, tmp_path):
    a = a_device(server, tmp_path, a_district_name(), "a")
    admin = first_admin(a)
    person = a_beneficiary(a.db, admin)
    sync_once(a.db)
    c = a_device(server, tmp_path, a_district_name(), "c")
    first_admin(c)
    sync_once(c.db)
    yield a, c, person
    a.db.close()
    c.db.close()


def test_a_revoked_device_is_refused_and_keeps_its_outbox(server, tmp_path):
    dev = a_device(server, tmp_path, a_district_name(), "a")
    a_loan_with_repayments(dev, 2)
    device_id = _device_id(dev)
    assert auth.revoke(server.engine, device_id) == 1
    with pytest.raises(SyncError) as e:
        sync_once(dev.db)
    assert e.value.kind == "not_enrolled" and "revoked" in e.value.message
    assert server_log_count(server.engine, office.office(dev.db).district_id) == 0
    with dev.db.engine.connect() as conn:
        assert outbox.pending_count(conn) > 0
    refused = _refusal(lambda: _tr(dev, server.url).get_json("/status"))
    assert refused.status == 403 and refused.error == "revoked"
    dev.db.close()


def test_an_unknown_token_is_401(server, tmp_path):
    dev = a_device(server, tmp_path, a_district_name(), "a")
    refused = _refusal(lambda: _tr(dev, server.url, token="not-a-token").get_json("/pull"))
    assert refused.status == 401
    dev.db.close()


def test_a_device_never_reads_or_writes_another_district(server, two_districts):
    a, c, person = two_districts
    district_a = office.office(a.db).district_id
    before = server_log_count(server.engine, district_a)
    tr = _tr(c, server.url)
    refused = _refusal(lambda: tr.get_json("/pull", district=district_a))
    assert refused.status == 403
    # An edit of district A's case file sent with district C's token: refused alone.
    answer = _push(
        tr,
        _device_id(c),
        [
            dumps(["beneficiary", person, "u", f"{int(time.time() * 1000)}-0", {"phone": "1"}]),
            dumps(
                [
                    "beneficiary",
                    new_id(),
                    "i",
                    f"{int(time.time() * 1000)}-1",
                    {"district_id": district_a, "code": "Z"},
                ]
            ),
        ],
        batch=100,
    )
    assert [(r["index"], r["status"]) for r in answer["refused"]] == [(0, 403), (1, 403)]
    assert server_log_count(server.engine, district_a) == before
    sync_once(a.db)
    assert count(a.db, "SELECT count(*) FROM beneficiary WHERE phone = '1'") == 0


def test_a_forged_device_id_is_refused(server, two_districts):
    a, c, _ = two_districts
    district_a = office.office(a.db).district_id
    before = server_log_count(server.engine, district_a)
    lines = [dumps(["auditevent", "y" * 36, "i", f"{int(time.time() * 1000)}-0", {}])]
    refused = _refusal(lambda: _push(_tr(c, server.url), _device_id(a), lines, batch=50))
    assert refused.status == 403 and refused.error == "forged_device"
    assert server_log_count(server.engine, district_a) == before


def test_oversized_and_malformed_batches_are_refused_whole(server, two_districts):
    a, _, _ = two_districts
    tr, device_id = _tr(a, server.url), _device_id(a)
    district_a = office.office(a.db).district_id
    before = server_log_count(server.engine, district_a)
    cases = {
        413: [b"\x00" * (MAX_BODY_BYTES + 1), gzip.compress(b"\n" * (40 * 1024 * 1024))],
        400: [
            b"not gzip",
            gzip.compress(b"{not json\n"),
            gzip.compress(b'{"v": 2}\n'),
            encode_body([dumps({"v": 2, "device": device_id, "batch": 7, "time": 0, "n": 3})]),
            encode_body(
                [dumps({"v": 2, "device": device_id, "batch": 7, "time": 0, "n": 1}), "[1, 2"]
            ),
        ],
    }
    for status, bodies in cases.items():
        for body in bodies:
            refused = _refusal(lambda b=body: _push(tr, device_id, [], batch=7, body=b))
            assert refused.status == status, (status, body[:20])
    assert server_log_count(server.engine, district_a) == before


def test_a_change_refused_for_a_reason_is_set_aside_and_does_not_block_the_rest(server, tmp_path):
    dev = a_device(server, tmp_path, a_district_name(), "a")
    a_loan_with_repayments(dev, 2)
    with dev.db.transaction() as s:  # a buggy old build once queued money as a float
        s.connection().exec_driver_sql(
            "INSERT INTO outbox (change_id, table_name, row_id, op, fields, hlc, device_id, "
            "district_id, created_at) SELECT 'bad', 'ledgerentry', 'bad0' || substr(row_id, 5), "
            "'insert', "
            "json_set(fields, '$.amount_qepik', 10.5, '$.receipt_no', 'X'), hlc, device_id, "
            "district_id, created_at FROM outbox WHERE table_name = 'ledgerentry' LIMIT 1"
        )
    result = sync_once(dev.db)
    assert result.pending == 0 and result.needs_attention == 1
    with dev.db.engine.connect() as conn:
        status, reason = conn.exec_driver_sql("SELECT status, reason FROM needsattention").one()
    assert status == 422 and "qəpik" in reason
    (shown,) = conflicts.list_needs_attention(dev.db)
    assert (shown.direction, shown.table, shown.status) == ("push", "ledgerentry", 422)
    assert shown.label.startswith("Ledger entry ")
    assert count(dev.db, "SELECT count(*) FROM ledgerentry WHERE kind = 'repayment'") == 2
    assert result.checksum_ok is True  # the rest is on the server, and they agree
    dev.db.close()


def test_an_older_client_gets_a_clear_answer_and_keeps_its_outbox(server, tmp_path):
    dev = a_device(server, tmp_path, a_district_name(), "a")
    a_loan_with_repayments(dev, 1)
    tr = _tr(dev, server.url)
    refused = _refusal(lambda: tr.request("GET", "/pull", headers={H_PROTOCOL: "0"}))
    assert refused.status == 426 and "too old" in refused.message
    refused = _refusal(lambda: _push(tr, _device_id(dev), [], v=0))
    assert refused.status == 426 and "install the new version" in refused.message
    with dev.db.engine.connect() as conn:
        assert outbox.pending_count(conn) > 0
    # The previous protocol version is still served (a client one version behind).
    assert tr.request("GET", "/pull", headers={H_PROTOCOL: "1"})[0] == 200
    dev.db.close()


def test_head_office_reads_every_district_and_writes_none(server, two_districts):
    a, c, _ = two_districts
    code = auth.new_code(server.engine, district=None, head_office=True)
    tr = Transport(server.url + API)
    answer = tr.post_json("/enroll", {"code": code, "name": "Bakı"})
    assert answer["role"] == "head_office" and answer["district"] is None
    with pytest.raises(AuthError):
        auth.enroll(server.engine, auth.EnrollRequest(code=code))  # a code works once
    ho = Transport(server.url + API, answer["token"])
    for dev in (a, c):
        _, _, body = ho.request(
            "GET", "/pull", query={"district": office.office(dev.db).district_id}
        )
        assert len(gzip.decompress(body).splitlines()) > 1
    refused = _refusal(lambda: _push(ho, answer["device_id"], []))
    assert refused.status == 403


def test_an_integer_beyond_64_bits_is_refused_alone():
    """SQLite cannot store it: accepted, it would break every later pull of the district."""
    from app.sync.protocol import Refusal
    from app.sync.server.validate import read_change

    def line(qepik: str) -> str:
        return (
            '["ledgerentry","01a22bce-4a25-7000-a4e8-1a4e077a52a0","i","1796031269425-0",'
            '{"loan_id":"01a22bce-4285-7000-8b18-e161a9e0d22e","kind":"repayment",'
            '"value_date":"2026-02-01","amount_qepik":' + qepik + ","
            '"officer_id":"01a22bce-41ff-7000-9e28-b818dfaffe36"}]'
        )

    too_big = ("9223372036854775808", "18446744073709551615", "-9223372036854775809")
    # Beyond 64 bits, and within 64 bits but beyond what any loan could be (#11): refused.
    for value in (*too_big, "9223372036854775807", "100000000001", "0", "-5"):
        got = read_change(0, line(value), device_id="d", district_id="x", now_ms=0)
        assert isinstance(got, Refusal) and got.status == 422, value
        assert "between 1 and 100000000000" in got.reason or "whole number" in got.reason
        assert len(value) < 5 or value not in got.reason  # never echoes the value
    fine = read_change(0, line("100000000000"), device_id="d", district_id="x", now_ms=0)
    assert not isinstance(fine, Refusal) and fine.fields["amount_qepik"] == 10**11
