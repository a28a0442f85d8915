"""Server memory under hostile bodies (#11). Run: ``.venv/bin/python bench/bench_boundary.py``.

Starts ``fieldbook server`` (SQLite) in a subprocess and reads its resident memory from
``/proc/<pid>/status``: ``VmRSS`` when idle, then the peak (``VmHWM``, reset between attacks
through ``/proc/<pid>/clear_refs``, or a fresh server where that is not allowed) while it receives

a. a gzip bomb: 3.9 GiB of zeros in 3.9 MiB (under the 4 MiB compressed cap), sent with its size;
   a'. the same of newlines (empty lines: only the cap on decompressed bytes stops it);
b. a 10 GiB bomb (10 MiB compressed) sent chunked, without a size;
c. a 100 MB enrollment body, chunked (a declared 100 MB size is refused before a byte is read);
d. for scale, the largest batch the server reads: 5,000 change lines of 6 KB (30 MB once
   decompressed; each change is refused on its own, the batch is read whole).

``--src DIR`` runs the server from another copy of the code (``git archive`` of an older
commit) with this virtualenv, to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.ids import new_id  # noqa: E402
from app.sync.protocol import API, H_PROTOCOL, dumps, encode_body  # noqa: E402
from app.sync.server import auth  # noqa: E402
from app.sync.server import db as t  # noqa: E402
from tests.sync.attacks import (  # noqa: E402
    MIB,
    gzip_bomb,
    send_raw,
    vm_hwm_kib,
    vm_rss_kib,
)
from tests.sync.conftest import free_port, wait_for  # noqa: E402


class Server:
    def __init__(self, folder: Path, src: Path) -> None:
        self.db = str(folder / f"server-{time.monotonic_ns()}.sqlite")
        self.port = free_port()
        env = {**os.environ, "PYTHONPATH": str(src)}
        cmd = [sys.executable, "-m", "app.cli", "server", "--db", self.db, "--port", str(self.port)]
        self.proc = subprocess.Popen(cmd, cwd=src, env=env, stderr=subprocess.DEVNULL)
        wait_for(self.port)
        engine = t.make_engine(self.db)
        code = auth.new_code(engine, district="Xaçmaz")
        engine.dispose()
        body = json.dumps({"code": code, "name": "bench"}).encode()
        h = {"Content-Type": "application/json"}
        status, _, answer, _ = send_raw(self.port, "POST", f"{API}/enroll", h, body)
        assert status == 200, answer
        self.device = json.loads(answer)
        time.sleep(0.5)
        self.idle = vm_rss_kib(self.proc.pid)

    def reset_peak(self) -> bool:
        try:
            Path(f"/proc/{self.proc.pid}/clear_refs").write_text("5")
            return True
        except OSError:
            return False

    def peak(self) -> int:
        return vm_hwm_kib(self.proc.pid)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def _push(srv: Server, body: bytes, **send) -> tuple[int, str]:
    h = {
        "Authorization": f"Bearer {srv.device['token']}",
        H_PROTOCOL: "2",
        "Content-Encoding": "gzip",
        "Content-Type": "application/x-ndjson",
    }
    status, _, answer, _ = send_raw(srv.port, "POST", f"{API}/push", h, body, timeout=300, **send)
    return status, answer.decode(errors="replace")[:100]


def _chunked_bomb(srv: Server, raw_gib: int) -> tuple[int, str]:
    """A bomb without a size: send_raw's chunked mode sends zeros, so build it by hand."""
    import socket

    bomb = gzip_bomb(raw_gib * 1024)
    h = (
        f"POST {API}/push HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        "Transfer-Encoding: chunked\r\n"
        f"Authorization: Bearer {srv.device['token']}\r\n{H_PROTOCOL}: 2\r\n\r\n"
    )
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=300)
    try:
        s.sendall(h.encode())
        for i in range(0, len(bomb), 256 * 1024):
            piece = bomb[i : i + 256 * 1024]
            try:
                s.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            except OSError:
                break
        else:
            s.sendall(b"0\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    except OSError:
        pass
    finally:
        s.close()
    status = int(data.split(b" ", 2)[1]) if data else 0
    return status, data.partition(b"\r\n\r\n")[2].decode(errors="replace")[:100]


def _largest_batch(srv: Server) -> bytes:
    now = int(time.time() * 1000)
    head = {"v": 2, "device": srv.device["device_id"], "batch": 1, "time": now, "n": 5000}
    pad = "x" * 6000
    lines = [dumps(["nosuchtable", new_id(), "i", f"{now}-{i}", {"n": pad}]) for i in range(5000)]
    return encode_body([dumps(head), *lines])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=ROOT, help="the code to run the server from")
    args = ap.parse_args()
    attacks = [
        ("a. 3.9 GiB gzip bomb of zeros (3.9 MiB, sized)", lambda s: _push(s, gzip_bomb(3900))),
        (
            "a'. 3.9 GiB gzip bomb of newlines (3.9 MiB, sized)",
            lambda s: _push(s, gzip_bomb(3900, b"\n")),
        ),
        ("b. 10 GiB gzip bomb (10 MiB, chunked)", lambda s: _chunked_bomb(s, 10)),
        (
            "c. 100 MB enrollment body (chunked)",
            lambda s: send_raw(
                s.port,
                "POST",
                f"{API}/enroll",
                {"Content-Type": "application/json"},
                chunked_total=100 * MIB,
                timeout=300,
            )[::2],
        ),
        ("d. largest readable batch (30 MB decompressed)", lambda s: _push(s, _largest_batch(s))),
    ]
    with tempfile.TemporaryDirectory() as folder:
        srv = Server(Path(folder), args.src)
        try:
            print(f"server from {args.src}")
            print(f"idle server RSS: {srv.idle / 1024:.1f} MiB")
            for name, attack in attacks:
                if not srv.reset_peak():
                    srv.stop()
                    srv = Server(Path(folder), args.src)
                before = vm_rss_kib(srv.proc.pid)
                started = time.perf_counter()
                status, answer = attack(srv)
                took = time.perf_counter() - started
                peak = srv.peak()
                print(
                    f"{name}: HTTP {status} in {took:.2f} s; peak RSS {peak / 1024:.1f} MiB "
                    f"(+{(peak - before) / 1024:.1f} over {before / 1024:.1f}); {answer[:70]!r}"
                )
        finally:
            srv.stop()


if __name__ == "__main__":
    main()
