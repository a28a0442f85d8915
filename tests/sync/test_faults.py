"""#5 faults: a cut link, a killed client, a crashed server, a batch twice, a damaged payload.

Each test ends the same way: every repayment is on the server exactly once, the laptop's
outbox is empty, and the laptop and the server agree (checksum).
"""

from __future__ import annotations

import json
import subprocess

import pytest

from app.services import office
from app.store import open_database
from app.sync import outbox
from app.sync.client import SyncError, sync_once
from app.sync.protocol import API, H_DIGEST, digest, dumps, encode_body
from app.sync.transport import Refused, Transport
from tests.sync.conftest import (
    FIELDBOOK,
    ROOT,
    ServerProcess,
    a_device,
    a_district_name,
    env_for_subprocess,
    free_port,
)
from tests.sync.helpers import (
    a_loan_with_repayments,
    repayment_ids,
    server_log_count,
    server_repayment_ids,
    set_batch_size,
)
from tests.sync.proxy import FaultProxy


def _exactly_once(dev, engine) -> None:
    result = sync_once(dev.db)
    assert result.pending == 0 and result.checksum_ok is True
    ids = repayment_ids(dev.db)
    assert server_repayment_ids(engine, office.office(dev.db).district_id) == ids
    assert len(ids) == len(set(ids))


def test_an_answer_lost_after_the_server_applied_is_not_applied_twice(server, tmp_path):
    proxy = FaultProxy(server.port)
    dev = a_device(server, tmp_path, a_district_name(), "a", url=proxy.url)
    a_loan_with_repayments(dev, 12)
    set_batch_size(dev.db, 10)
    proxy.drop_push_answers = 2  # two answers in a row vanish; the third attempt hears it
    result = sync_once(dev.db)
    assert proxy.dropped == 2
    assert result.pending == 0
    assert len(repayment_ids(dev.db)) == 12
    _exactly_once(dev, server.engine)
    proxy.close()
    dev.db.close()


def test_a_link_down_for_longer_than_the_retries_keeps_the_outbox_and_resumes(server, tmp_path):
    proxy = FaultProxy(server.port)
    dev = a_device(server, tmp_path, a_district_name(), "a", url=proxy.url)
    a_loan_with_repayments(dev, 5)
    proxy.drop_push_answers = 10
    with pytest.raises(SyncError) as e:
        sync_once(dev.db)
    assert e.value.kind == "offline" and "kept" in e.value.message
    with dev.db.engine.connect() as conn:
        assert outbox.pending_count(conn) > 0  # nothing deleted without an acknowledgement
        assert int(outbox.get_state(conn, "batch_size")) == 125  # small after failures
    proxy.drop_push_answers = 0
    _exactly_once(dev, server.engine)
    with dev.db.engine.connect() as conn:
        assert int(outbox.get_state(conn, "batch_size")) == 250  # larger when it goes well
    proxy.close()
    dev.db.close()


def test_a_damaged_payload_is_refused_whole_and_sent_again(server, tmp_path):
    proxy = FaultProxy(server.port)
    dev = a_device(server, tmp_path, a_district_name(), "a", url=proxy.url)
    a_loan_with_repayments(dev, 4)
    proxy.corrupt_pushes = 1
    _exactly_once(dev, server.engine)
    assert proxy.corrupt_pushes == 0
    proxy.close()
    dev.db.close()


def _transport(dev, server_url: str) -> Transport:
    from app.sync import secrets

    with dev.db.engine.connect() as conn:
        device_id = outbox.get_state(conn, "device_id")
    return Transport(server_url + API, secrets.load_token(device_id))


def _body(dev, batch: outbox.Batch, **header) -> bytes:
    with dev.db.engine.connect() as conn:
        device_id = outbox.get_state(conn, "device_id")
    head = {"v": 2, "device": device_id, "batch": batch.seq, "time": 0, "n": len(batch.lines)}
    import time

    head.update(time=int(time.time() * 1000), **header)
    return encode_body([dumps(head), *batch.lines])


def test_the_same_batch_sent_twice_is_applied_once_with_the_same_answer(server, tmp_path):
    dev = a_device(server, tmp_path, a_district_name(), "a")
    a_loan_with_repayments(dev, 3)
    district_id = office.office(dev.db).district_id
    batch = outbox.next_batch(dev.db, 1000)
    assert batch is not None
    tr = _transport(dev, server.url)
    headers = {"Content-Encoding": "gzip", H_DIGEST: digest(batch.lines)}
    first = json.loads(tr.request("POST", "/push", body=_body(dev, batch), headers=headers)[2])
    log_after_first = server_log_count(server.engine, district_id)
    second = json.loads(tr.request("POST", "/push", body=_body(dev, batch), headers=headers)[2])
    assert first["duplicate"] is False and second["duplicate"] is True
    assert second["applied"] == first["applied"] == len(batch.lines)
    assert second["acked"] == first["acked"] == batch.seq
    assert server_log_count(server.engine, district_id) == log_after_first
    # The same number with other changes is refused: the server never answers for a batch it
    # did not see (a database restored from a backup renumbers and sends again).
    other = outbox.Batch(batch.seq, batch.rows[:1], batch.lines[:1])
    with pytest.raises(Refused) as e:
        tr.request(
            "POST",
            "/push",
            body=_body(dev, other),
            headers={"Content-Encoding": "gzip", H_DIGEST: digest(other.lines)},
        )
    assert e.value.status == 409 and e.value.body["acked"] == batch.seq
    tr.close()
    _exactly_once(dev, server.engine)
    dev.db.close()


def test_a_client_killed_between_apply_and_acknowledgement_resumes(server, tmp_path):
    proxy = FaultProxy(server.port)
    dev = a_device(server, tmp_path, a_district_name(), "a")
    a_loan_with_repayments(dev, 6)
    set_batch_size(dev.db, 5)
    dev.db.close()
    proc: list[subprocess.Popen] = []
    proxy.drop_push_answers = 1
    proxy.on_push_answer = lambda: proc[0].kill()  # SIGKILL, the answer never arrives
    proc.append(
        subprocess.Popen(
            [*FIELDBOOK, "sync", "--db", str(dev.path), "--server", proxy.url],
            cwd=ROOT,
            env=env_for_subprocess(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    assert proc[0].wait(30) == -9
    dev.db = open_database(dev.path)
    with dev.db.engine.connect() as conn:
        assert outbox.pending_count(conn) > 0
    _exactly_once(dev, server.engine)
    proxy.close()
    dev.db.close()


@pytest.mark.parametrize("when", ["before_apply", "after_apply"])
def test_a_server_crash_mid_push_loses_and_doubles_nothing(tmp_path, when):
    srv = ServerProcess(str(tmp_path / "server.sqlite"), free_port()).start()
    proxy = FaultProxy(srv.port)
    dev = a_device(srv, tmp_path, a_district_name(), "a", url=proxy.url)
    a_loan_with_repayments(dev, 6)
    set_batch_size(dev.db, 5)
    if when == "before_apply":
        proxy.on_push_request = srv.kill
    else:
        proxy.drop_push_answers = 1
        proxy.on_push_answer = srv.kill
    with pytest.raises(SyncError):
        sync_once(dev.db)
    srv.start()  # the same file, the same port
    try:
        _exactly_once(dev, srv.engine)
    finally:
        srv.stop()
        proxy.close()
        dev.db.close()


def test_a_laptop_restored_from_a_backup_sends_what_is_missing_once(server, tmp_path):
    from app.services import loans

    dev = a_device(server, tmp_path, a_district_name(), "a")
    loan_id = a_loan_with_repayments(dev, 4)
    set_batch_size(dev.db, 6)
    copy = dev.db.backup(tmp_path / "backup.sqlite")  # taken before the sync
    _exactly_once(dev, server.engine)
    dev.db.close()
    restored = open_database(copy)  # the laptop's disk died; last night's copy comes back
    loans.record_repayment(restored, actor=office.actor_for(restored, "admin"),
                           loan_id=loan_id, amount="10.00")  # fmt: skip
    result = sync_once(restored)
    assert result.pending == 0 and result.checksum_ok is True
    ids = repayment_ids(restored)
    assert len(ids) == 5
    assert server_repayment_ids(server.engine, office.office(restored).district_id) == ids
    restored.close()
