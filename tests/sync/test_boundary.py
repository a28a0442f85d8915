"""#11 trust boundaries at the server's door, attacked through a real server (SQLite, PostgreSQL).

* Memory is bounded per request whatever the body: a gzip bomb, an endless line, too many lines,
  a 100 MB enrollment body, chunked or declared, are refused with 413 and a reason, early.
* Invalid input gets a 422 ``ErrorBody`` naming the field, without echoing what was sent.
* Enrollment checks what a device claims; the client checks what a server answers.
* No input a client controls (headers, query, JSON bodies, the batch header) ends in a 500.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
import sqlalchemy as sa

from app.ids import new_id
from app.store import open_database
from app.sync import outbox
from app.sync.client import SyncError
from app.sync.enroll import enroll
from app.sync.protocol import (
    API,
    H_PROTOCOL,
    MAX_BODY_BYTES,
    MAX_JSON_BYTES,
    MAX_LINES,
    dumps,
    encode_body,
)
from app.sync.server import auth
from tests.sync.attacks import (
    MIB,
    endless_line,
    error_body,
    gzip_bomb,
    send_raw,
    vm_hwm_kib,
    vm_rss_kib,
)
from tests.sync.conftest import (
    PG,
    ServerProcess,
    ServerThread,
    a_district_name,
    free_port,
    pg_database,
)

SECRET = "SECRET-VALUE-never-echoed"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def srv(request, tmp_path_factory) -> Iterator[ServerThread]:
    """A real server on SQLite, and on PostgreSQL where ``FIELDBOOK_TEST_PG`` is set."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("server") / "server.sqlite")
        drop = None
    else:
        if not PG:
            pytest.skip("FIELDBOOK_TEST_PG is not set")
        drop = pg_database()
        url = drop.__enter__()
    server = ServerThread(url).start()
    yield server
    server.stop()
    server.engine.dispose()
    if drop:
        drop.__exit__(None, None, None)


def _enroll(srv: ServerThread, **claims) -> tuple[int, dict]:
    district = claims.pop("district_name", None) or a_district_name()
    body = {"code": srv.code(*district), "name": "laptop", **claims}
    return _post_json(srv, "/enroll", body)


def _post_json(srv: ServerThread, path: str, obj, headers: dict | None = None) -> tuple[int, dict]:
    raw = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
    h = {"Content-Type": "application/json", **(headers or {})}
    status, _, body, _ = send_raw(srv.port, "POST", API + path, h, raw)
    return status, json.loads(body)


@pytest.fixture(scope="module")
def device(srv) -> dict:
    status, answer = _enroll(srv)
    assert status == 200, answer
    return answer


def _bearer(device: dict) -> dict[str, str]:
    return {"Authorization": f"Bearer {device['token']}", H_PROTOCOL: "2"}


def _batch(device: dict, *lines: str, **header) -> bytes:
    head = {"v": 2, "device": device["device_id"], "batch": 1, "time": int(time.time() * 1000)}
    head.update(n=len(lines), **header)
    return encode_body([dumps(head), *lines])


def _push(srv, device, body: bytes, **send) -> tuple[int, dict, int]:
    h = {**_bearer(device), "Content-Encoding": "gzip", "Content-Type": "application/x-ndjson"}
    status, _, answer, sent = send_raw(srv.port, "POST", f"{API}/push", h, body, **send)
    return status, json.loads(answer), sent


# -- memory: bombs and huge bodies -------------------------------------------------------------
def test_a_gzip_bomb_is_refused_early_without_being_held(srv, device):
    bomb = gzip_bomb(3900)  # 3.9 GiB of zeros in under 4 MiB
    assert len(bomb) < MAX_BODY_BYTES
    status, err, _ = _push(srv, device, bomb)
    assert status == 413 and error_body(json.dumps(err).encode())["error"] == "too_large"
    assert "line" in err["message"] or "decompressed" in err["message"]


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (endless_line(40), "longer than"),  # one line, no newline: stops at 1 MiB
        (endless_line(40, b"\n"), "decompressed"),  # 40 MiB of empty lines
        (encode_body(["[]"] * (MAX_LINES + 1)), "lines"),  # more lines than a batch may hold
    ],
    ids=["endless-line", "newlines", "too-many-lines"],
)
def test_a_body_past_a_cap_is_refused_with_a_reason(srv, device, body, says):
    status, err, _ = _push(srv, device, body)
    assert status == 413 and says in err["message"], err


def test_a_compressed_body_past_its_cap_is_refused_declared_or_chunked(srv, device):
    h = {**_bearer(device), "Content-Length": str(10 * MAX_BODY_BYTES)}
    status, _, body, sent = send_raw(srv.port, "POST", f"{API}/push", h, b"x" * MIB)
    assert status == 413 and error_body(body)["error"] == "too_large"
    status, _, body, sent = send_raw(
        srv.port, "POST", f"{API}/push", _bearer(device), chunked_total=100 * MIB
    )
    assert status == 413 and error_body(body)["error"] == "too_large"
    assert sent < 25 * MIB  # refused while it was still coming (socket buffers hold a few MB)


def test_a_huge_enrollment_body_is_refused_before_it_is_read(srv):
    h = {"Content-Type": "application/json", "Content-Length": str(100 * MIB)}
    status, _, body, sent = send_raw(srv.port, "POST", f"{API}/enroll", h, b"{" + b" " * MIB)
    assert status == 413 and error_body(body)["error"] == "too_large"
    h = {"Content-Type": "application/json"}
    status, _, body, sent = send_raw(
        srv.port, "POST", f"{API}/enroll", h, chunked_total=100 * MIB, chunk=16 * 1024
    )
    assert status == 413 and "at most" in error_body(body)["message"]
    assert sent < 25 * MIB
    # Just under the cap is read and judged on its content (a long name: 422).
    padded = json.dumps({"code": "X", "name": "a" * (MAX_JSON_BYTES - 40)}).encode()
    assert len(padded) <= MAX_JSON_BYTES
    status, err = _post_json(srv, "/enroll", padded)
    assert status == 422 and err["field"] == "body.name"


@pytest.mark.slow
def test_the_server_process_memory_stays_bounded_under_attack(tmp_path):
    """Peak RSS of a real server process: a 3.9 GiB bomb and a 100 MB enrollment body."""
    proc = ServerProcess(str(tmp_path / "s.sqlite"), free_port()).start()
    try:
        pid = proc.proc.pid
        status, answer = _enroll(proc)
        assert status == 200
        time.sleep(0.3)
        base = vm_rss_kib(pid)
        status, _, _ = _push(proc, answer, gzip_bomb(3900))
        assert status == 413
        h = {"Content-Type": "application/json"}
        status, *_ = send_raw(proc.port, "POST", f"{API}/enroll", h, chunked_total=100 * MIB)
        assert status == 413
        grew_mib = (vm_hwm_kib(pid) - base) / 1024
        assert grew_mib < 100, f"the server grew by {grew_mib:.0f} MiB"
    finally:
        proc.stop()


# -- 422 without echo ----------------------------------------------------------------------------
def test_invalid_input_is_a_422_naming_the_field_without_echoing_it(srv, device):
    cases = [
        ({"code": "X", "device_id": SECRET}, "body.device_id"),
        ({"code": "X", "short_no": SECRET}, "body.short_no"),
        ({"code": SECRET * 3}, "body.code"),
        ({"code": "X", "district": {"id": SECRET, "name": "N", "code": "XAC"}}, "body.district.id"),
        ({"name": SECRET}, "body.code"),
    ]
    for body, field in cases:
        status, err = _post_json(srv, "/enroll", body)
        assert status == 422 and err["field"] == field, (body, err)
        assert SECRET not in json.dumps(err) and "input" not in err
        assert err["message"].startswith(field)
    status, err = _post_json(srv, "/enroll", b'{"code": "' + SECRET.encode() + b'", ')
    assert status == 422 and SECRET not in json.dumps(err) and "JSON" in err["message"]
    status, _, body, _ = send_raw(
        srv.port, "GET", f"{API}/status", {**_bearer(device), H_PROTOCOL: SECRET}
    )
    err = error_body(body)
    assert status == 422 and err["field"] == "header.x-fieldbook-protocol"
    assert SECRET not in body.decode()


# -- what a device claims at enrollment ----------------------------------------------------------
@pytest.mark.parametrize(
    "claims",
    [
        {"device_id": "x" * 36},
        {"device_id": str(uuid.uuid4())},  # a UUID, but not the version 7 ids are made with
        {"device_id": new_id().upper()},
        {"device_id": "../../etc/passwd"},
        {"short_no": 0},
        {"short_no": 1000},
        {"short_no": -1},
        {"short_no": 2**70},
        {"short_no": True},
        {"short_no": "3"},
        {"protocol": 2**70},
        {"name": "lap\x00top"},
        {"name": "a/b"},
        {"name": "\ud800"},
        {"code": "AB\x00C"},
        {"district": {"id": "x", "name": "N", "code": "XAC"}},
        {"district": {"id": new_id(), "name": "N", "code": "xa/"}},
        {"district": {"id": new_id(), "name": "", "code": "XAC"}},
        {"district": {"id": new_id(), "name": "N\x00", "code": "XAC"}},
        {"district": "XAC"},
    ],
)
def test_a_claim_out_of_its_format_or_range_is_refused(srv, claims):
    status, err = _enroll(srv, **claims)
    assert status in (422, 426), (claims, err)  # a huge protocol is "the server is too old"
    assert error_body(json.dumps(err).encode())


def test_a_device_joins_only_the_district_of_its_code(srv):
    name, code = a_district_name()
    srv.code(name, code)  # creates the district
    with srv.engine.connect() as conn:
        from app.sync.server import db as t

        real = conn.execute(sa.select(t.district).where(t.district.c.name == name)).one()
    # Another district's name, or its own name with another code: refused.
    other = {"id": new_id(), "name": "Somewhere else", "code": code}
    status, err = _enroll(srv, district_name=(name, code), district=other, device_id=new_id())
    assert status == 409 and err["error"] == "other_district"
    wrong_code = {"id": new_id(), "name": name, "code": "QQQ" if code != "QQQ" else "QQR"}
    status, err = _enroll(srv, district_name=(name, code), district=wrong_code, device_id=new_id())
    assert status == 409 and err["error"] == "other_district"
    # A first device bringing the id of a district that already exists: refused, not a 500.
    name2, code2 = a_district_name()
    srv.code(name2, code2)
    taken = {"id": real.id, "name": name2, "code": code2}
    status, err = _enroll(srv, district_name=(name2, code2), district=taken, device_id=new_id())
    assert status == 409 and err["error"] == "other_district"
    # The district's own claim, with a free number in range: accepted, number kept.
    own = {"id": new_id(), "name": name2, "code": code2}
    status, answer = _enroll(
        srv, district_name=(name2, code2), district=own, device_id=new_id(), short_no=999
    )
    assert status == 200 and answer["short_no"] == 999 and answer["district"]["id"] == own["id"]
    # The district has no number left after 999: the next device is refused with a reason.
    status, err = _enroll(srv, district_name=(name2, code2))
    assert status == 409 and err["error"] == "district_full"


# -- no 500 on input a client controls -------------------------------------------------------------
HUGE = str(2**64)
BAD_PROTOCOL = [HUGE, "-" + HUGE, "1e3", "", " ", "2.0", "٢", "9" * 5000, "0x2"]
BAD_AUTH = [
    "Bearer",
    "Bearer ",
    "bearer x",
    "Bearer " + "A" * 8000,
    "Bearer \xff\xfe",
    "Basic dXNlcjpwYXNz",
    "Bearer a b c",
]
BAD_QUERIES = [
    "cursor=" + HUGE,
    "cursor=-1",
    "cursor=9223372036854775807",
    "cursor=abc",
    "cursor=%00",
    "cursor=1&cursor=2",
    "limit=" + HUGE,
    "limit=0",
    "district=%00",
    "district=" + "a" * 5000,
    "district=" + new_id() + "%00",
    "district=" + new_id(),
    "district=",
    "district=%ff%fe",
]


def _no_500(status: int, body: bytes, what) -> None:
    assert status < 500, (what, status, body[:300])
    if status >= 400:
        error_body(body)


def test_no_header_or_query_a_client_controls_ends_in_a_500(srv, device):
    routes = [("GET", f"{API}/status"), ("GET", f"{API}/pull"), ("POST", f"{API}/push")]
    for method, path in routes:
        for value in BAD_PROTOCOL:
            h = {**_bearer(device), H_PROTOCOL: value}
            status, _, body, _ = send_raw(srv.port, method, path, h)
            _no_500(status, body, (path, value[:20]))
        for value in BAD_AUTH:
            h = {H_PROTOCOL: "2", "Authorization": value}
            status, _, body, _ = send_raw(srv.port, method, path, h)
            _no_500(status, body, (path, value[:20]))
            assert status in (401, 403), (path, value[:20], status)
    for query in BAD_QUERIES:
        status, _, body, _ = send_raw(srv.port, "GET", f"{API}/pull?{query}", _bearer(device))
        _no_500(status, body, query[:40])
    # head office names a district: junk there is refused as well
    code = auth.new_code(srv.engine, district=None, head_office=True)
    status, ho = _post_json(srv, "/enroll", {"code": code, "name": "Bakı"})
    assert status == 200
    for query in BAD_QUERIES:
        status, _, body, _ = send_raw(srv.port, "GET", f"{API}/pull?{query}", _bearer(ho))
        _no_500(status, body, ("head office", query[:40]))


ENROLL_BODIES: list[bytes] = [
    b"[]",
    b"null",
    b"1",
    b'"code"',
    b"{}",
    b'{"code": null}',
    b'{"code": 1}',
    b'{"code": ["X"]}',
    b'{"code": {"a": 1}}',
    b'{"code": "X", "protocol": "2"}',
    b'{"code": "X", "protocol": 1e400}',
    b'{"code": "X", "protocol": ' + b"9" * 5000 + b"}",
    b'{"code": "X", "short_no": ' + b"9" * 4000 + b"}",
    b'{"code": "X", "district": []}',
    b'{"code": "X", "district": {"id": null}}',
    b'{"code": "\\u0000"}',
    b'{"code": "\\ud800"}',
    b'{"code": "' + "ə".encode() * 20 + b'"}',
    b'{"code": "X"' + b', "a": 1' * 1000 + b"}",
    b"\xff\xfe{",
    b'{"code": "X", "name": "\xff"}',
    b"[" * 5000 + b"]" * 5000,
    b'{"code": NaN}',
]


def test_no_enrollment_body_ends_in_a_500(srv):
    for body in ENROLL_BODIES:
        for ctype in ("application/json", "text/plain", "application/x-ndjson"):
            h = {"Content-Type": ctype}
            status, _, answer, _ = send_raw(srv.port, "POST", f"{API}/enroll", h, body)
            _no_500(status, answer, (ctype, body[:40]))
            assert status in (400, 403, 413, 422, 426), (body[:40], status)


def test_no_batch_header_ends_in_a_500(srv, device):
    """The first line of a push: every field huge, negative, of the wrong type, with NUL."""
    now = int(time.time() * 1000)
    base = {"v": 2, "device": device["device_id"], "batch": 900, "time": now, "n": 0}
    odd_values = [2**64, -(2**64), 2**63, -1, 0, 1.5, "1", None, True, [], {}, "\x00", "a" * 10**5]
    odd_values.append(10**400)
    for key in ("v", "device", "batch", "cursor", "base", "time", "n", "schema"):
        for value in odd_values:
            head = {**base, key: value}
            try:
                body = encode_body([json.dumps(head)])
            except ValueError:  # no JSON for it
                continue
            status, answer, _ = _push(srv, device, body)
            _no_500(status, json.dumps(answer).encode(), (key, str(value)[:20]))
    for line in ['{"v": 2', "[]", "null", "\x00", '"x"', "{}" * 1000, "1" * 5000]:
        status, answer, _ = _push(srv, device, encode_body([line]))
        _no_500(status, json.dumps(answer).encode(), line[:20])
        assert status == 400


def test_an_unknown_route_or_method_answers_an_error_body(srv):
    for method, path in [("GET", "/nothing"), ("GET", f"{API}/enroll"), ("DELETE", f"{API}/pull")]:
        status, _, body, _ = send_raw(srv.port, method, path, {})
        assert status in (404, 405) and error_body(body)


# -- the client checks what a server answers -----------------------------------------------------
class _Liar(BaseHTTPRequestHandler):
    answer: ClassVar[dict] = {}

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(type(self).answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def liar() -> Iterator[tuple[str, type[_Liar]]]:
    handler = type("Liar", (_Liar,), {"answer": {}})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()


def _good_answer() -> dict:
    return {
        "device_id": new_id(),
        "token": "t" * 43,
        "role": "device",
        "district": {"id": new_id(), "name": "Xaçmaz", "code": "XAC"},
        "short_no": 3,
        "time": 0,
    }


def _lie(path: str, value) -> dict:
    answer = _good_answer()
    *parents, last = path.split(".")
    target = answer
    for p in parents:
        target = target[p]
    if value is _DROP:
        del target[last]
    else:
        target[last] = value
    return answer


_DROP = object()
LIES = [
    ("device_id", "../../../home/user/.bashrc"),
    ("device_id", "x" * 36),
    ("device_id", None),
    ("device_id", _DROP),
    ("token", "short"),
    ("token", "a" * 40 + "\n"),
    ("token", "a b" * 20),
    ("token", "t" * 10_000),
    ("short_no", 0),
    ("short_no", 1000),
    ("short_no", -3),
    ("short_no", "3"),
    ("short_no", 2**70),
    ("role", "administrator"),
    ("role", "head_office"),
    ("district", None),
    ("district.code", "X/C"),
    ("district.code", "xac"),
    ("district.code", "XACX"),
    ("district.code", "ƏAC"),
    ("district.name", "../.."),
    ("district.name", "Xaç\x00maz"),
    ("district.name", ""),
    ("district.name", "X" * 500),
    ("district.id", "1; DROP TABLE device"),
]


@pytest.mark.parametrize(("path", "value"), LIES, ids=[f"{p}={str(v)[:12]!r}" for p, v in LIES])
def test_the_client_refuses_a_server_answer_it_cannot_trust(tmp_path, liar, path, value):
    url, handler = liar
    handler.answer = _lie(path, value)
    db = open_database(tmp_path / "laptop.sqlite")
    try:
        with pytest.raises(SyncError) as e:
            enroll(db, server_url=url, code="ABCD-EFGH-JKLM")
        assert e.value.kind == "refused" and "\n" not in e.value.message
        with db.engine.connect() as conn:
            assert not outbox.get_state(conn, "server_url")  # nothing was stored
            assert not outbox.get_state(conn, "device_id")
        assert not any(Path(os.environ["FIELDBOOK_SECRETS_DIR"]).glob("**/*"))
    finally:
        db.close()


def test_the_client_takes_a_sane_answer(tmp_path, liar):
    url, handler = liar
    handler.answer = _good_answer()
    db = open_database(tmp_path / "laptop.sqlite")
    try:
        got = enroll(db, server_url=url, code="ABCD-EFGH-JKLM")
        assert got.device_name == "XAC-3" and got.device_id == handler.answer["device_id"]
    finally:
        db.close()


def test_an_unexpected_failure_is_logged_and_answered_without_internals(tmp_path, caplog):
    """The catch-all: a broken database is a 500 ``ErrorBody`` saying nothing of the server."""
    from app.sync.server import db as t

    srv = ServerThread(str(tmp_path / "broken.sqlite")).start()
    try:
        status, device = _enroll(srv)
        assert status == 200
        t.device.drop(srv.engine)  # something no client can cause
        with caplog.at_level("ERROR", logger="fieldbook.sync.server"):
            status, _, body, _ = send_raw(srv.port, "GET", f"{API}/status", _bearer(device))
        assert status == 500
        err = error_body(body)
        assert err["error"] == "server_error" and "try again" in err["message"]
        assert not any(word in body.decode().lower() for word in ("sqlite", "srv_", "traceback"))
        assert any(r.exc_info for r in caplog.records), "the traceback is logged on the server"
    finally:
        srv.stop()
        srv.engine.dispose()


def test_a_body_sent_with_a_get_is_never_read(srv, device):
    """uvicorn stops reading a body the app does not ask for: no 413 (undocumented) either."""
    h = {**_bearer(device), "Content-Length": str(100 * MIB)}
    status, _, body, _ = send_raw(srv.port, "GET", f"{API}/status", h, b"x" * MIB)
    assert status == 200 and json.loads(body)["device_id"] == device["device_id"]
