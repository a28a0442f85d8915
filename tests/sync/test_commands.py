"""#5 surfaces: the command line (DESIGN §7), the versioned API, the status the GUI polls."""

from __future__ import annotations

import json
import stat
import subprocess
import time

from app.services import office
from app.store import open_database
from app.sync.client import SyncStatus, status_text, sync_once, sync_status
from app.sync.protocol import API
from app.sync.transport import Transport
from tests.sync.conftest import (
    FIELDBOOK,
    ROOT,
    a_device,
    a_district_name,
    env_for_subprocess,
    first_admin,
)
from tests.sync.helpers import a_loan_with_repayments


def _cli(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*FIELDBOOK, *args],
        cwd=ROOT,
        env=env_for_subprocess(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_enroll_and_sync_from_the_command_line(server, tmp_path):
    name, code = a_district_name()
    made = _cli(
        tmp_path, "server", "enroll", "--db", server.db_url, "--district", name, "--code", code
    )
    assert made.returncode == 0, made.stderr
    one_time = made.stdout.strip().splitlines()[-1]
    assert len(one_time) == 14 and one_time.count("-") == 2
    path = tmp_path / "laptop.sqlite"
    enrolled = _cli(
        tmp_path, "enroll", "--db", str(path), "--server", server.url, "--code", one_time
    )
    assert enrolled.returncode == 0, enrolled.stderr
    assert f"{code}-1" in enrolled.stdout
    again = _cli(
        tmp_path,
        "enroll",
        "--db",
        str(tmp_path / "x.sqlite"),
        "--server",
        server.url,
        "--code",
        one_time,
    )
    assert again.returncode == 1 and "already used" in again.stderr
    db = open_database(path)
    device_id = office.office(db).device_id
    from tests.sync.conftest import Device

    a_loan_with_repayments(Device(db, path, "laptop"), 3)
    db.close()
    token = tmp_path / "tokens" / f"{device_id}.token"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    assert token.read_text() not in path.read_bytes().decode("latin-1")  # never in the database
    synced = _cli(tmp_path, "sync", "--db", str(path), "--json")
    assert synced.returncode == 0, synced.stderr
    out = json.loads(synced.stdout)
    assert out["pending"] == 0 and out["pushed"] > 6 and out["conflicts"] == 0
    assert set(out) >= {"pushed", "pulled", "conflicts", "pending"}
    assert (
        _cli(
            tmp_path, "server", "revoke", "--db", server.db_url, "--device", f"{code}-1"
        ).returncode
        == 0
    )
    refused = _cli(tmp_path, "sync", "--db", str(path))
    assert refused.returncode == 1 and "revoked" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_the_api_is_versioned_and_documented(server):
    tr = Transport(server.url + API)
    health = tr.get_json("/health")
    assert health["status"] == "ok" and health["protocol"] >= 1 and health["time"] > 0
    doc = tr.get_json("/openapi.json")
    assert {"/v1/push", "/v1/pull", "/v1/enroll", "/v1/health", "/v1/status"} <= set(doc["paths"])
    tr.close()


def test_the_status_the_gui_polls_is_local_and_cheap(server, tmp_path):
    dev = a_device(server, tmp_path, a_district_name(), "a")
    first_admin(dev)
    before = sync_status(dev.db)
    assert before.enrolled and before.pending > 0 and before.last_sync_at is None
    sync_once(dev.db)
    started = time.perf_counter()
    for _ in range(20):
        after = sync_status(dev.db)
    assert (time.perf_counter() - started) / 20 < 0.005
    assert after.pending == 0 and after.conflicts == 0 and after.last_sync_at is not None
    assert status_text(after).startswith("synced at ")
    assert status_text(after, syncing=(40, 120)) == "syncing 40 of 120"
    lonely = SyncStatus(False, None, None, 0, 0, 0)
    assert status_text(lonely).startswith("offline")
    busy = SyncStatus(True, "x", after.last_sync_at, 0, 2, 0)
    assert status_text(busy).endswith("2 conflicts to review")
    dev.db.close()
