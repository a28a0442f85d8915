"""HTTP for the client: one keep-alive connection, a timeout, and two kinds of failure (#5).

``NetworkError``: nothing reliable came back (refused, reset, timeout, a 5xx, a cut body); the
same request may be sent again. ``Refused``: the server answered with a reason (4xx and a JSON
``ErrorBody``); sending it again will not help until something changes.

Trust (#11, docs/sync.md "TLS"): ``https://`` certificates are verified against the system's
trust store, or only against the CA bundle in ``FIELDBOOK_CA_FILE`` (an office with its own
CA). Plain ``http://`` is refused before any connection unless the host is written as a
loopback or private address (or ``localhost``), or ``FIELDBOOK_ALLOW_HTTP=1``: a name is never
resolved to decide, since a hostile DNS could answer with a private address.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import os
import ssl
from urllib.parse import urlencode, urlsplit

from app.errors import render
from app.sync.protocol import H_PROTOCOL, H_SCHEMA, PROTOCOL_VERSION

CA_FILE_ENV = "FIELDBOOK_CA_FILE"
ALLOW_HTTP_ENV = "FIELDBOOK_ALLOW_HTTP"
# Where plain http:// may go: loopback, the private ranges, link-local (the address as written).
PRIVATE_NETS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "127.0.0.0/8",
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "169.254.0.0/16",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
    )
)


class _Sentence:
    """An English ``template`` with ``params`` (translated by the GUI like a ``SyncError``)."""

    def __init__(self, template: str, **params: object) -> None:
        self.template, self.params = template, params
        self.message = render(template, params)
        super().__init__(self.message)  # type: ignore[call-arg]


class NetworkError(Exception):
    """The link failed; retrying the same request is safe."""


class TrustError(_Sentence, NetworkError):
    """The server's certificate could not be verified: no request was sent over that link."""


class ServerFailed(NetworkError):
    """The server answered 5xx: it failed on what it was sent, or is down."""

    def __init__(self, status: int) -> None:
        super().__init__(f"the server failed ({status})")
        self.status = status


class UnsafeServer(_Sentence, ValueError):
    """The server address or trust settings are refused before any connection is made."""


class Refused(Exception):
    """The server refused with a reason."""

    def __init__(self, status: int, error: str, message: str, body: dict) -> None:
        super().__init__(message)
        self.status, self.error, self.message, self.body = status, error, message, body


def is_private_host(host: str) -> bool:
    """Loopback, private or link-local as written (``localhost`` too); never looked up in DNS."""
    if host.lower() == "localhost":
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False  # a name: whatever it resolves to today, it needs https
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in PRIVATE_NETS)


def http_allowed() -> bool:
    return os.environ.get(ALLOW_HTTP_ENV, "").strip().lower() in ("1", "yes", "true")


def tls_context(ca_file: str | None = None) -> ssl.SSLContext:
    """Certificate and host name checks on; the system's CAs, or only those in ``ca_file``."""
    ca_file = ca_file or os.environ.get(CA_FILE_ENV) or None
    if ca_file is None:
        return ssl.create_default_context()
    if not os.path.isfile(ca_file):
        raise UnsafeServer("the CA file {path} does not exist", path=ca_file)
    try:
        return ssl.create_default_context(cafile=ca_file)
    except (ssl.SSLError, OSError, ValueError) as e:
        raise UnsafeServer(
            "the CA file {path} holds no usable certificate ({reason})", path=ca_file, reason=e
        ) from None


class Transport:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        schema: str = "",
        ca_file: str | None = None,
        allow_http: bool | None = None,
    ) -> None:
        """Raises ``UnsafeServer`` (nothing is sent) for plain http to a public host, or a CA
        file that is missing or unreadable; ``ca_file`` and ``allow_http`` default to
        ``FIELDBOOK_CA_FILE`` and ``FIELDBOOK_ALLOW_HTTP``."""
        parts = urlsplit(base_url.rstrip("/"))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UnsafeServer("not a server address: {url}", url=base_url)
        self.scheme, self.host = parts.scheme, parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.prefix = parts.path
        allow = http_allowed() if allow_http is None else allow_http
        if self.scheme == "http" and not allow and not is_private_host(self.host):
            raise UnsafeServer(
                "refusing plain http:// to {host}, which is not a local or private address: "
                "use https:// (or allow it with --insecure-http or FIELDBOOK_ALLOW_HTTP=1)",
                host=self.host,
            )
        self.context = tls_context(ca_file) if self.scheme == "https" else None
        self.token, self.timeout, self.schema = token, timeout, schema
        self._conn: http.client.HTTPConnection | None = None
        self.sent = 0  # bytes of request bodies (headers excluded); the bench counts on the wire

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self.context is not None:
                self._conn = http.client.HTTPSConnection(
                    self.host, self.port, timeout=self.timeout, context=self.context
                )
            else:
                self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
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
            try:
                reused = self._conn is not None
                conn = self._connection()
                conn.request(method, url, body=body, headers=h)
                resp = conn.getresponse()
            except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
                if not reused:
                    raise
                # A kept-alive connection the server had closed meanwhile (after an error
                # answer, or an idle timeout): once more on a new one.
                self.close()
                conn = self._connection()
                conn.request(method, url, body=body, headers=h)
                resp = conn.getresponse()
            data = resp.read()
            status, rh = resp.status, {k.lower(): v for k, v in resp.getheaders()}
        except ssl.SSLCertVerificationError as e:
            self.close()
            raise TrustError(
                "the server's certificate is not trusted ({reason}); if the office uses its own "
                "certificate authority, give its file with --ca-file or FIELDBOOK_CA_FILE",
                reason=e.verify_message or e.reason or e,
            ) from None
        except (TimeoutError, OSError, http.client.HTTPException) as e:
            self.close()
            raise NetworkError(f"no answer from the server ({type(e).__name__}: {e})") from None
        self.sent += len(body or b"")
        if rh.get("connection", "").lower() == "close":
            self.close()
        if status >= 500:
            raise ServerFailed(status)
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
