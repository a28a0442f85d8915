"""HTTP for the client: one keep-alive connection, a timeout, and two kinds of failure (#5).

``NetworkError``: nothing reliable came back (refused, reset, timeout, a 5xx, a cut body); the
same request may be sent again. ``Refused``: the server answered with a reason (4xx and a JSON
``ErrorBody``); sending it again will not help until something changes.
"""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlencode, urlsplit

from app.sync.protocol import H_PROTOCOL, H_SCHEMA, PROTOCOL_VERSION


class NetworkError(Exception):
    """The link failed; retrying the same request is safe."""


class Refused(Exception):
    """The server refused with a reason."""

    def __init__(self, status: int, error: str, message: str, body: dict) -> None:
        super().__init__(message)
        self.status, self.error, self.message, self.body = status, error, message, body


class Transport:
    def __init__(
        self, base_url: str, token: str | None = None, *, timeout: float = 30.0, schema: str = ""
    ) -> None:
        parts = urlsplit(base_url.rstrip("/"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not a server address: {base_url!r}")
        self.scheme, self.host = parts.scheme, parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.prefix = parts.path
        self.token, self.timeout, self.schema = token, timeout, schema
        self._conn: http.client.HTTPConnection | None = None
        self.sent = 0  # bytes of request bodies (headers excluded); the bench counts on the wire

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            cls = (
                http.client.HTTPSConnection
                if self.scheme == "https"
                else http.client.HTTPConnection
            )
            self._conn = cls(self.host, self.port, timeout=self.timeout)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        query: dict | None = None,
        headers: dict | None = None,
    ) -> tuple[int, dict, bytes]:
        url = self.prefix + path + (f"?{urlencode(query)}" if query else "")
        h = {H_PROTOCOL: str(PROTOCOL_VERSION), H_SCHEMA: self.schema, "Accept-Encoding": "gzip"}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        h.update(headers or {})
        try:
            conn = self._connection()
            conn.request(method, url, body=body, headers=h)
            resp = conn.getresponse()
            data = resp.read()
            status, rh = resp.status, {k.lower(): v for k, v in resp.getheaders()}
        except (TimeoutError, OSError, http.client.HTTPException) as e:
            self.close()
            raise NetworkError(f"no answer from the server ({type(e).__name__}: {e})") from None
        self.sent += len(body or b"")
        if rh.get("connection", "").lower() == "close":
            self.close()
        if status >= 500:
            raise NetworkError(f"the server failed ({status})")
        if status >= 400:
            try:
                err = json.loads(data)
            except ValueError:
                err = {}
            raise Refused(
                status,
                str(err.get("error", status)),
                str(err.get("message", err.get("detail", data[:200]))),
                err,
            )
        return status, rh, data

    def get_json(self, path: str, **query) -> dict:
        return json.loads(self.request("GET", path, query=query or None)[2])

    def post_json(self, path: str, obj: dict) -> dict:
        body = json.dumps(obj).encode()
        headers = {"Content-Type": "application/json"}
        return json.loads(self.request("POST", path, body=body, headers=headers)[2])
