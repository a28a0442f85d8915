"""Hostile requests for the trust-boundary tests (#11) and ``bench/bench_boundary.py``.

Raw sockets where a well-behaved HTTP client would refuse to send what an attacker sends (a body
far larger than its ``Content-Length`` would allow to be held, chunked bodies without end).
"""

from __future__ import annotations

import json
import select
import socket
import time
import zlib

MIB = 1 << 20


def gzip_bomb(raw_mib: int, byte: bytes = b"\0") -> bytes:
    """A gzip body that holds ``raw_mib`` MiB of ``byte`` in about 1 KB per MiB (no trailer: it
    is never meant to be read to its end). Each 1 MiB segment is fully flushed, so it depends
    on nothing before it and can be repeated instead of compressed again. Zeros make one endless
    line; newlines make millions of empty lines (only the decompressed-bytes cap stops those)."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = byte * MIB
    head = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    segment = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    return head + segment * (raw_mib - 1)


def endless_line(raw_mib: int, byte: bytes = b"a") -> bytes:
    """A gzip body of one line of ``raw_mib`` MiB without a newline."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    return c.compress(byte * (raw_mib * MIB)) + c.flush()


def send_raw(
    port: int,
    method: str,
    path: str,
    headers: dict[str, str],
    body: bytes = b"",
    *,
    chunked_total: int = 0,
    chunk: int = 256 * 1024,
    timeout: float = 30.0,
) -> tuple[int, dict[str, str], bytes, int]:
    """Send a request on a raw socket and read the answer; returns (status, headers, body, sent).

    With ``chunked_total``, the body is ``chunked_total`` bytes of zeros in chunked encoding (no
    ``Content-Length``), sent until the server answers or stops reading. ``sent`` is how many
    body bytes went out before the answer came.
    """
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    if chunked_total:
        headers = {**headers, "Transfer-Encoding": "chunked"}
    elif "Content-Length" not in headers:
        headers = {**headers, "Content-Length": str(len(body))}
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    sent = 0
    try:
        s.sendall(head.encode("utf-8"))  # raw bytes, as an attacker may send
        if chunked_total:
            piece = f"{chunk:x}\r\n".encode() + bytes(chunk) + b"\r\n"
            while sent < chunked_total:
                if select.select([s], [], [], 0)[0]:
                    break  # the answer is there: stop sending
                try:
                    s.sendall(piece)
                except OSError:
                    break
                sent += chunk
            else:
                s.sendall(b"0\r\n\r\n")
        else:
            view = memoryview(body)
            while sent < len(body):
                if select.select([s], [], [], 0)[0]:
                    break
                try:
                    sent += s.send(view[sent : sent + chunk])
                except OSError:
                    break
        return (*_read_answer(s, timeout), sent)
    finally:
        s.close()


def _read_answer(s: socket.socket, timeout: float) -> tuple[int, dict[str, str], bytes]:
    data = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            got = s.recv(65536)
        except ConnectionResetError:
            break
        if not got:
            break
        data += got
        head, sep, rest = data.partition(b"\r\n\r\n")
        if sep:
            lines = head.decode("latin-1").split("\r\n")
            headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
            length = int(headers.get("content-length", -1))
            if 0 <= length <= len(rest):
                return int(lines[0].split()[1]), headers, rest[:length]
    if not data:
        raise ConnectionError("the server closed the connection without an answer")
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
    return int(lines[0].split()[1]), headers, rest


def error_body(body: bytes) -> dict:
    """The documented ``ErrorBody`` of a refusal (asserts its shape)."""
    err = json.loads(body)
    assert set(err) <= {"error", "message", "time", "acked", "field"}, err
    assert isinstance(err["error"], str) and isinstance(err["message"], str), err
    return err


def vm_hwm_kib(pid: int) -> int:
    """The peak resident memory of process ``pid`` (Linux ``VmHWM``), KiB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def vm_rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")
