"""A real TCP proxy on 127.0.0.1 that injects faults or throttles a link (tests, bench).

It forwards bytes both ways between a client and the server. Faults are armed by the test:

* ``drop_push_answers = n``: the next n answers to ``POST /v1/push`` are swallowed and both
  sockets closed: the server has applied the batch, the client never hears it.
* ``corrupt_pushes = n``: one byte of the next n push bodies is flipped on the way.
* ``on_push_answer``: called when a push answer arrives, before it is dropped (kill a client).
* ``rate`` (bytes/s each way) and ``delay`` (seconds each way): a slow, far link.

It counts every byte it forwards (headers included), so the bench can report bytes on the wire.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from collections.abc import Callable


class FaultProxy:
    def __init__(self, target_port: int, *, rate: float | None = None, delay: float = 0.0) -> None:
        self.target_port = target_port
        self.rate, self.delay = rate, delay
        self.drop_push_answers = 0
        self.corrupt_pushes = 0
        self.on_push_answer: Callable[[], None] | None = None
        self.on_push_request: Callable[[], None] | None = None
        self.bytes_up = 0
        self.bytes_down = 0
        self.dropped = 0
        self._lock = threading.Lock()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            state = {"push": False}
            for src, dst, up in ((client, server, True), (server, client, False)):
                threading.Thread(
                    target=self._pump, args=(src, dst, up, state, (client, server)), daemon=True
                ).start()

    def _pump(self, src, dst, up: bool, state: dict, pair) -> None:
        """Read from ``src``; a second thread writes to ``dst`` after the link's delay."""
        q: queue.Queue = queue.Queue()
        threading.Thread(target=self._writer, args=(q, dst, up, pair), daemon=True).start()
        try:
            while True:
                data = src.recv(16384)
                if not data:
                    break
                data = self._fault(data, up, state)
                if data is None:
                    break
                q.put((time.monotonic(), data))
        except OSError:
            pass
        q.put(None)

    def _fault(self, data: bytes, up: bool, state: dict) -> bytes | None:
        if up:
            at = None
            if b"POST /v1/push" in data:
                state["push"] = True
                if self.on_push_request:
                    hook, self.on_push_request = self.on_push_request, None
                    hook()
                    return None
                end = data.find(b"\r\n\r\n")
                at = end + 4 + 20 if end >= 0 and len(data) > end + 30 else None
                state["corrupt_next"] = at is None
            elif state.pop("corrupt_next", False) and len(data) > 30:
                at = 20
            if at is not None:
                with self._lock:
                    corrupt = self.corrupt_pushes > 0
                    self.corrupt_pushes -= corrupt
                if corrupt:
                    data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
            return data
        if state.get("push"):
            state["push"] = False
            with self._lock:
                drop = self.drop_push_answers > 0
                self.drop_push_answers -= drop
            if drop:
                if self.on_push_answer:
                    hook, self.on_push_answer = self.on_push_answer, None
                    hook()
                self.dropped += 1
                return None
        return data

    def _writer(self, q: queue.Queue, dst, up: bool, pair) -> None:
        try:
            while True:
                item = q.get()
                if item is None:
                    break
                arrived, data = item
                wait = arrived + self.delay - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                step = 1024 if self.rate else len(data)
                for i in range(0, len(data), step):
                    chunk = data[i : i + step]
                    if self.rate:
                        time.sleep(len(chunk) / self.rate)
                    dst.sendall(chunk)
                with self._lock:
                    if up:
                        self.bytes_up += len(data)
                    else:
                        self.bytes_down += len(data)
        except OSError:
            pass
        finally:
            for s in pair:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
