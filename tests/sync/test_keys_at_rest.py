"""#11: an encrypted laptop opens only with a password typed on it (DESIGN §10).

A real server and two laptops of one district: officers made on laptop A reach laptop B (which
is encrypted) with their password hashes, as sync must bring them for offline login. Then the
key file of B is attacked with everything the server keeps (every value of every table, the
JSON of every change and record, the password hashes and their parts), with what leaves B (its
device token) and with what a head-office account reads: every entry against every secret,
through every derivation the code offers (scrypt of a typed password or code) and the one an
earlier version used (a key from the stored password hash). None opens it; the same harness
given the real password does, so it is not blind. A head-office pull carries no password hash.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app import crypto
from app.services import office
from app.store import open_database
from app.sync import outbox, secrets
from app.sync.client import sync_once
from app.sync.protocol import API
from app.sync.server import auth
from app.sync.server import db as t
from app.sync.transport import Transport
from tests.builders import PASSWORD
from tests.sync.conftest import a_device, a_district_name, first_admin


def _leaves(value, out: set[str]) -> None:
    """Every scalar inside a value, JSON text included, as text."""
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(str(k))
            _leaves(v, out)
    elif isinstance(value, list | tuple):
        for v in value:
            _leaves(v, out)
    elif value is not None:
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        out.add(text)
        if text[:1] in "[{":
            with contextlib.suppress(ValueError):
                _leaves(json.loads(text), out)


def server_holdings(engine: sa.Engine, tables=None) -> set[str]:
    """Every value the server keeps, in every one of its tables (or of ``tables``)."""
    out: set[str] = set()
    with engine.connect() as conn:
        for table in tables or t.meta.sorted_tables:
            for row in conn.execute(sa.select(table)):
                _leaves(tuple(row), out)
    return out


def secret_bytes(values: set[str]) -> set[bytes]:
    """The values as bytes, and each part of a stored password hash decoded every way."""
    out = {v.encode() for v in values}
    for v in values:
        parts = v.split("$")
        if len(parts) == 4 and parts[0] == "scrypt":
            for part in parts[2:]:
                raw = base64.b64decode(part)
                out |= {raw, raw.hex().encode(), part.encode()}
    return out


def _legacy_kek(secret: bytes) -> bytes:
    """How an earlier version made an entry's key from the password hash's digest."""
    return hashlib.sha256(b"fieldbook-kek:" + secret).digest()


def attack(keyfile: Path, secrets_: set[bytes], scrypt_secrets: set[bytes]) -> list[str]:
    """The entries of the key file that any of the secrets opens, and how."""
    ring = json.loads(keyfile.read_text())
    entries = [(login, e, crypto._aad(login)) for login, e in ring.get("officers", {}).items()]
    entries += [
        (f"code:{login}", e, crypto._code_aad(login, e["expires"]))
        for login, e in ring.get("pending", {}).items()
        if "wrapped" in e
    ]
    opened = []
    for name, entry, aad in entries:
        nonce, wrapped = base64.b64decode(entry["nonce"]), base64.b64decode(entry["wrapped"])
        salt = base64.b64decode(entry["salt"])
        for secret in secrets_:  # cheap: the hash-derived key of the earlier version
            for aad_ in {aad, crypto._aad(name.removeprefix("code:"))}:
                try:
                    AESGCM(_legacy_kek(secret)).decrypt(nonce, wrapped, aad_)
                    opened.append(f"{name}: hash-derived from {secret[:12]!r}")
                except InvalidTag:
                    pass
        for secret in scrypt_secrets:  # what the code offers: scrypt of a typed secret
            kek = crypto._kek(secret, salt, entry["n"], entry["r"], entry["p"])
            try:
                AESGCM(kek).decrypt(nonce, wrapped, aad)
                opened.append(f"{name}: scrypt of {secret[:12]!r}")
            except InvalidTag:
                pass
    return opened


@pytest.fixture
def district(server, tmp_path):
    """Laptop A (plain) made the officers; laptop B joined, then was encrypted by its admin."""
    name = a_district_name()
    a = a_device(server, tmp_path, name, "a")
    admin = first_admin(a)
    for login, role in (("gunay", "loan_officer"), ("leyla", "trainer")):
        office.create_officer(
            a.db, actor=admin, login=login, full_name="Günay Həsənova", role=role,
            password=PASSWORD,
        )  # fmt: skip
    sync_once(a.db)
    b = a_device(server, tmp_path, name, "b")
    assert sync_once(b.db).pulled > 0
    b.db.close()
    key = crypto.encrypt_existing(b.path, "admin", PASSWORD)
    b.db = open_database(b.path, key=key)
    office.create_officer(  # made on A after B was encrypted: arrives by sync with its hash
        a.db, actor=admin, login="rauf", full_name="Rauf Əliyev", role="supervisor",
        password=PASSWORD,
    )  # fmt: skip
    sync_once(a.db)
    sync_once(b.db)
    assert crypto.match_officers(b.db) == []
    yield a, b, key, name
    a.db.close()
    b.db.close()


def test_nothing_the_server_keeps_opens_an_encrypted_laptop(server, district):
    _a, b, key, _name = district
    path = b.path
    assert crypto.officers_with_keys(path) == ["admin"]  # none from a synced hash
    # Officers enrol the two ways there are: a colleague present, a one-time code.
    assert crypto.unlock(path, "gunay", PASSWORD, colleague=("admin", PASSWORD)) == key
    code = crypto.make_code(b.db, "leyla")
    assert crypto.unlock(path, "leyla", PASSWORD, code=code) == key
    crypto.make_code(b.db, "rauf")  # made, not yet used: a pending entry sits in the file
    sync_once(b.db)  # B pushes and pulls again: nothing about keys goes with it
    assert crypto.officers_with_keys(path) == ["admin", "gunay", "leyla"]

    held = server_holdings(server.engine)
    hashes = {v for v in held if v.startswith("scrypt$")}
    assert len(hashes) >= 4  # the server does hold every officer's hash (laptops need it)
    with b.db.engine.connect() as conn:
        device_id = outbox.get_state(conn, "device_id")
    token = secrets.load_token(device_id)
    assert token  # what B sends with every request
    held |= {token, device_id}
    raw = secret_bytes(held)
    # scrypt costs ~0.1 s a try: every value as a cheap key, the secret-like ones through scrypt
    # (the hashes and each part of them, the token, the server's token and code hashes)
    credentials = server_holdings(server.engine, [t.device, t.code])
    strong = secret_bytes(hashes | {token}) | {v.encode() for v in credentials if len(v) >= 32}
    assert len(strong) > 20
    assert attack(crypto.keyfile_path(path), raw, strong) == []
    # The harness is not blind: the real password opens an entry, and an entry of the kind an
    # earlier version made from a stored hash is opened by what the server holds.
    assert attack(crypto.keyfile_path(path), set(), {PASSWORD.encode()})
    # Through the code's own door: hashes and the token, typed as a password or a code, fail.
    for secret in [*sorted(hashes)[:2], token]:
        for login in ("admin", "gunay", "rauf"):
            with pytest.raises(crypto.PermissionDenied):
                crypto.unlock(path, login, secret)
            with pytest.raises(crypto.PermissionDenied):
                crypto.unlock(path, login, secret, code=secret)
    # A legacy entry written from a hash the server holds would be opened: that is why unlock
    # never uses one and drops it from the file.
    with b.db.engine.connect() as conn:
        rauf_hash = conn.exec_driver_sql(
            "SELECT password_hash FROM officer WHERE login = 'rauf'"
        ).scalar_one()
    assert rauf_hash in hashes
    from tests.test_crypto import old_hash_entry

    ring = json.loads(crypto.keyfile_path(path).read_text())
    ring["officers"]["rauf"] = old_hash_entry(key, "rauf", rauf_hash)
    crypto.keyfile_path(path).write_text(json.dumps(ring))
    assert attack(crypto.keyfile_path(path), raw, set()) == [
        f"rauf: hash-derived from {base64.b64decode(rauf_hash.split('$')[3])[:12]!r}"
    ]
    with pytest.raises(crypto.PermissionDenied, match="does not open this laptop yet"):
        crypto.unlock(path, "rauf", PASSWORD)
    assert crypto.unlock(path, "gunay", PASSWORD) == key  # any unlock drops it
    assert attack(crypto.keyfile_path(path), raw, set()) == []


def test_a_head_office_pull_carries_no_password_hash(server, district):
    a, _b, _key, _name = district
    district_id = office.office(a.db).district_id
    code = auth.new_code(server.engine, district=None, head_office=True)
    answer = Transport(server.url + API).post_json("/enroll", {"code": code, "name": "Bakı"})
    head_office = Transport(server.url + API, answer["token"])
    _, _, body = head_office.request("GET", "/pull", query={"district": district_id})
    page = gzip.decompress(body).decode()
    officers = [json.loads(line) for line in page.splitlines() if '"officer"' in line[:40]]
    assert {row[5].get("login") for row in officers} >= {"admin", "gunay", "leyla", "rauf"}
    assert all("password_hash" not in row[5] for row in officers)
    assert "password_hash" not in page and "scrypt$" not in page
    assert all(row[5].get("full_name") and row[5].get("role") for row in officers if row[5])
    # A laptop of the district still gets the hash: offline login checks it
    with a.db.engine.connect() as conn:
        device_id = outbox.get_state(conn, "device_id")
    laptop = Transport(server.url + API, secrets.load_token(device_id))
    _, _, body = laptop.request("GET", "/pull")
    assert "scrypt$" in gzip.decompress(body).decode()
