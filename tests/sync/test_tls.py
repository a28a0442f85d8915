"""#11 TLS: the server serves HTTPS, the client verifies it, and plain HTTP stays local.

A CA and a server certificate (IP 127.0.0.1, DNS localhost) are made with ``cryptography`` in a
temporary folder; a real uvicorn serves HTTPS on 127.0.0.1. The client trusts the system's CAs,
or only those of ``FIELDBOOK_CA_FILE`` / ``--ca-file``, and refuses ``http://`` to anything but
an address written as loopback or private, before any connection is made.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.store import open_database
from app.sync.client import SyncError, sync_once
from app.sync.enroll import enroll
from app.sync.protocol import API
from app.sync.server.run import ServeError, check_tls
from app.sync.transport import (
    ALLOW_HTTP_ENV,
    CA_FILE_ENV,
    Transport,
    TrustError,
    UnsafeServer,
    is_private_host,
)
from tests.sync.conftest import (
    FIELDBOOK,
    ROOT,
    ServerThread,
    a_device,
    a_district_name,
    env_for_subprocess,
    first_admin,
    free_port,
    wait_for,
)
from tests.sync.helpers import a_loan_with_repayments, server_repayment_ids

# -- certificates ------------------------------------------------------------------------------


@dataclass
class Pki:
    ca: Path  # the office CA's certificate (what a laptop is told to trust)
    cert: Path  # the server's certificate, signed by the CA
    key: Path  # the server's key
    other_ca: Path  # a CA that signed nothing here


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write_key(key, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(_name(common))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_pki(folder: Path) -> Pki:
    ca_key, ca_cert = _ca("Fieldbook test office CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(folder / "ca.pem", folder / "server.pem", folder / "server.key", folder / "other.pem")
    pki.ca.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    pki.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, pki.key)
    pki.other_ca.write_bytes(_ca("Someone else's CA")[1].public_bytes(serialization.Encoding.PEM))
    return pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


class TlsServerThread(ServerThread):
    """uvicorn serving HTTPS in a thread of this process."""

    def __init__(self, db_url: str, pki: Pki) -> None:
        super().__init__(db_url)
        self.pki = pki

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self, **uvicorn_options: object) -> TlsServerThread:
        tls = check_tls(str(self.pki.cert), str(self.pki.key))
        super().start(**tls, **uvicorn_options)
        return self


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory, pki: Pki):
    srv = TlsServerThread(str(tmp_path_factory.mktemp("tls") / "server.sqlite"), pki).start()
    yield srv
    srv.stop()
    srv.engine.dispose()


@pytest.fixture
def no_trust_settings(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    monkeypatch.delenv(ALLOW_HTTP_ENV, raising=False)
    return monkeypatch


# -- (a) HTTPS with a trusted CA ------------------------------------------------------------


def test_enroll_and_sync_over_https_when_the_laptop_trusts_the_office_ca(
    tls_server, pki, tmp_path, no_trust_settings
):
    no_trust_settings.setenv(CA_FILE_ENV, str(pki.ca))
    district = a_district_name()
    dev = a_device(tls_server, tmp_path, district, "laptop", url=tls_server.url)
    a_loan_with_repayments(dev, 3)
    done = sync_once(dev.db)
    assert done.pending == 0 and done.pushed > 6 and done.checksum_ok
    # The certificate names localhost too: the same server by name.
    by_name = sync_once(dev.db, server_url=f"https://localhost:{tls_server.port}")
    assert by_name.pending == 0
    district_id = dev.db.engine.connect().exec_driver_sql("SELECT id FROM district").scalar()
    assert len(server_repayment_ids(tls_server.engine, district_id)) == 3
    dev.db.close()


def test_the_command_line_passes_ca_file_and_the_server_serves_https(pki, tmp_path):
    """``fieldbook server --certfile --keyfile`` and ``fieldbook enroll/sync --ca-file``."""
    port, db_url = free_port(), str(tmp_path / "server.sqlite")
    env = {k: v for k, v in env_for_subprocess(tmp_path).items() if k != CA_FILE_ENV}

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*FIELDBOOK, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )

    made = cli("server", "enroll", "--db", db_url, "--district", "Xaçmaz")
    assert made.returncode == 0, made.stderr
    code = made.stdout.strip().splitlines()[-1]
    server = subprocess.Popen(
        [
            *FIELDBOOK,
            *("server", "--db", db_url, "--port", str(port)),
            *("--certfile", str(pki.cert), "--keyfile", str(pki.key)),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        url = f"https://127.0.0.1:{port}"
        laptop = str(tmp_path / "laptop.sqlite")
        refused = cli("enroll", "--db", laptop, "--server", url, "--code", code)
        assert refused.returncode == 1
        assert "certificate is not trusted" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1  # one line, no traceback
        enrolled = cli(
            "enroll", "--db", laptop, "--server", url, "--code", code, "--ca-file", str(pki.ca)
        )
        assert enrolled.returncode == 0, enrolled.stderr
        synced = cli("sync", "--db", laptop, "--ca-file", str(pki.ca), "--json")
        assert synced.returncode == 0, synced.stderr
        untrusted = cli("sync", "--db", laptop)
        assert untrusted.returncode == 1 and "certificate is not trusted" in untrusted.stderr
    finally:
        server.terminate()
        server.wait(10)


# -- (b) HTTPS with a certificate the laptop does not trust -----------------------------------


def test_enroll_fails_with_a_certificate_error_when_the_ca_is_not_trusted(
    tls_server, tmp_path, no_trust_settings
):
    db = open_database(tmp_path / "laptop.sqlite")
    code = tls_server.code(*a_district_name())
    with pytest.raises(SyncError) as caught:  # the system's CAs do not know the office CA
        enroll(db, server_url=tls_server.url, code=code)
    assert "certificate is not trusted" in caught.value.message
    assert "CA" in caught.value.message  # it says how to fix it
    with db.engine.connect() as conn:  # nothing was stored
        assert conn.exec_driver_sql("SELECT count(*) FROM district").scalar() == 0
    db.close()


def test_sync_fails_with_a_certificate_error_for_another_ca(
    tls_server, pki, tmp_path, no_trust_settings
):
    no_trust_settings.setenv(CA_FILE_ENV, str(pki.ca))
    dev = a_device(tls_server, tmp_path, a_district_name(), "laptop", url=tls_server.url)
    first_admin(dev)
    no_trust_settings.setenv(CA_FILE_ENV, str(pki.other_ca))
    with pytest.raises(SyncError) as caught:
        sync_once(dev.db)
    assert caught.value.kind == "offline" and "certificate is not trusted" in caught.value.message
    assert "Unsent changes are kept" in caught.value.message
    no_trust_settings.setenv(CA_FILE_ENV, str(pki.ca))
    assert sync_once(dev.db).pending == 0  # trusted again: the kept changes go
    dev.db.close()


def test_a_certificate_for_another_name_is_refused(tls_server, pki, no_trust_settings):
    """The CA is trusted, but the certificate names 127.0.0.1 and localhost, not 127.0.0.2."""
    connect = socket.create_connection

    def to_the_server(address, *args, **kwargs):  # 127.0.0.2 reaches the server on 127.0.0.1
        return connect(("127.0.0.1", address[1]), *args, **kwargs)

    no_trust_settings.setattr(socket, "create_connection", to_the_server)
    tr = Transport(f"https://127.0.0.2:{tls_server.port}{API}", ca_file=str(pki.ca))
    with pytest.raises(TrustError) as caught:
        tr.get_json("/health")
    assert "127.0.0.2" in caught.value.message
    tr.close()


def test_a_missing_ca_file_is_one_clear_sentence(tls_server, tmp_path, no_trust_settings):
    missing = tmp_path / "nowhere" / "ca.pem"
    with pytest.raises(UnsafeServer, match=r"the CA file .*ca\.pem does not exist"):
        Transport(tls_server.url + API, ca_file=str(missing))
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    with pytest.raises(UnsafeServer, match="holds no usable certificate"):
        Transport(tls_server.url + API, ca_file=str(junk))


# -- (c) plain HTTP to anything public is refused before connecting ---------------------------

LOCAL = [
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.5",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.1.20",
    "169.254.10.1",
    "[::1]",
    "[fd12:3456::1]",
    "[fe80::1]",
    "[::ffff:10.1.2.3]",
    "localhost",
    "LOCALHOST",
]
PUBLIC = [
    "sync.example.org",
    "8.8.8.8",
    "172.32.0.1",
    "192.169.0.1",
    "100.64.0.1",
    "11.0.0.1",
    "[2001:db8::1]",
    "[::ffff:8.8.8.8]",
    "localhost.example.org",
    "10.0.0.5.nip.io",
    "127.1",  # what getaddrinfo would read as 127.0.0.1; as written, not an address
    "intranet",  # a bare name: whatever the DNS says today, not the address written
]


@pytest.fixture
def no_connection(no_trust_settings) -> list:
    """Any attempt to resolve or connect fails the test."""
    attempts: list = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"a connection was attempted: {args}")

    no_trust_settings.setattr(socket, "getaddrinfo", refuse)
    no_trust_settings.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.mark.parametrize("host", LOCAL)
def test_local_and_private_addresses_as_written_may_use_http(host):
    assert is_private_host(host.strip("[]"))
    Transport(f"http://{host}:8765{API}").close()


@pytest.mark.parametrize("host", PUBLIC)
def test_http_to_a_public_address_or_any_name_is_refused_without_connecting(host, no_connection):
    assert not is_private_host(host.strip("[]"))
    with pytest.raises(UnsafeServer) as caught:
        Transport(f"http://{host}:8765{API}")
    message = caught.value.message
    assert "refusing plain http://" in message and "https://" in message
    assert "\n" not in message
    assert no_connection == []


def test_enroll_over_http_to_a_public_name_is_refused_and_stores_nothing(tmp_path, no_connection):
    db = open_database(tmp_path / "laptop.sqlite")
    with pytest.raises(UnsafeServer):
        enroll(db, server_url="http://sync.example.org:8765", code="ABC-DEF-GHJ")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM district").scalar() == 0
    db.close()
    assert no_connection == []


def test_http_to_a_public_name_is_allowed_when_asked_explicitly(no_trust_settings):
    with pytest.raises(UnsafeServer):
        Transport("http://sync.example.org/v1")
    Transport("http://sync.example.org/v1", allow_http=True).close()
    no_trust_settings.setenv(ALLOW_HTTP_ENV, "1")
    Transport("http://sync.example.org/v1").close()


def test_the_command_line_refuses_http_to_a_public_name_in_one_line(tmp_path):
    env = {k: v for k, v in env_for_subprocess(tmp_path).items() if k != ALLOW_HTTP_ENV}
    run = subprocess.run(
        [
            *FIELDBOOK,
            *("enroll", "--db", str(tmp_path / "l.sqlite")),
            *("--server", "http://sync.example.org:8765", "--code", "ABC-DEF-GHJ"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "refusing plain http:// to sync.example.org" in lines[0]
    assert "--insecure-http" in lines[0]


# -- (d) plain HTTP on 127.0.0.1 works as before ----------------------------------------------


def test_http_on_loopback_works_as_before(server, tmp_path, pki, no_trust_settings):
    no_trust_settings.setenv(CA_FILE_ENV, str(pki.other_ca))  # irrelevant to plain http
    assert server.url.startswith("http://127.0.0.1:")
    dev = a_device(server, tmp_path, a_district_name(), "laptop")
    a_loan_with_repayments(dev, 2)
    assert sync_once(dev.db).pending == 0
    dev.db.close()


# -- the server's TLS files --------------------------------------------------------------------


def test_server_tls_files_are_checked_in_one_line(pki, tmp_path):
    assert check_tls(None, None) == {}
    assert check_tls(str(pki.cert), str(pki.key)) == {
        "ssl_certfile": str(pki.cert),
        "ssl_keyfile": str(pki.key),
    }
    with pytest.raises(ServeError, match="both --certfile and --keyfile"):
        check_tls(str(pki.cert), None)
    with pytest.raises(ServeError, match=r"--keyfile: no such file .*missing\.key"):
        check_tls(str(pki.cert), str(tmp_path / "missing.key"))
    other = tmp_path / "other.key"
    _write_key(ec.generate_private_key(ec.SECP256R1()), other)
    with pytest.raises(ServeError, match="cannot serve HTTPS"):
        check_tls(str(pki.cert), str(other))  # a key that is not the certificate's


def test_fieldbook_server_with_a_missing_certificate_says_so_in_one_line(tmp_path, pki):
    run = subprocess.run(
        [
            *FIELDBOOK,
            *("server", "--db", str(tmp_path / "s.sqlite"), "--port", str(free_port())),
            *("--certfile", str(tmp_path / "nope.pem"), "--keyfile", str(pki.key)),
        ],
        cwd=ROOT,
        env=env_for_subprocess(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "--certfile: no such file" in lines[0] and "nope.pem" in lines[0]


def test_the_transport_verifies_by_default():
    ctx = Transport("https://sync.example.org/v1").context
    assert ctx is not None
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
