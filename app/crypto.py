"""Data at rest (#7, DESIGN §6): an encrypted database whose key each officer's password unwraps.

A laptop holding disability and victim status can be stolen. The database file is SQLCipher
(AES-256 pages with an HMAC each, through the maintained ``sqlcipher3`` binding); its random
32-byte key is never stored in clear. Beside the database, ``fieldbook.sqlite.keys`` (JSON) holds
one entry per officer: the key encrypted with AES-256-GCM under a key-encryption key derived from
that officer's password with scrypt (memory-hard, salted per entry; the login is bound in as
associated data, so an entry cannot be moved to another login). Any officer of the office opens
the database with their own password; a thief holding both files has only scrypt to attack.

Migrating an existing plain database (``encrypt_existing``): the officer doing it proves their
password; every other active officer's entry is bootstrapped from the scrypt digest of their
password that the officer table already holds (the same derivation their login runs), so
everyone can still log in — and on that officer's first unlock the entry is re-derived from the
password itself with a fresh salt (``source`` ``officer-hash`` → ``password``). Until then the
entry is as strong as the stored password hash, which is itself inside the encrypted file.

Lifecycle the GUI wires (the lead): ``unlock`` before ``open_database(key=...)``;
``add_officer_key`` after creating an officer or changing a password (the unlocked key is at
hand); ``remove_officer_key`` when an officer leaves.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError, translatable

KEY_BYTES = 32
# The key file is read, changed and written whole: a sync worker (match_officers) and the GUI
# (a new officer's key, the re-derived entry at unlock) must not interleave.
_RING_LOCK = threading.RLock()
KEYRING_VERSION = 1
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # ~0.1 s and 32 MB per unlock on an office laptop
SQLITE_MAGIC = b"SQLite format 3\x00"
WRONG = translatable("wrong login or password")


def keyfile_path(db_path: str | os.PathLike[str]) -> Path:
    return Path(f"{os.fspath(db_path)}.keys")


def is_encrypted(db_path: str | os.PathLike[str]) -> bool:
    """True if the file exists, is not empty and is not a plain SQLite database."""
    p = Path(db_path)
    if not p.is_file() or p.stat().st_size == 0:
        return False
    with open(p, "rb") as f:
        return f.read(16) != SQLITE_MAGIC


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _aad(login: str) -> bytes:
    return f"fieldbook-keyring:v{KEYRING_VERSION}:{login}".encode()


def _kek(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * 2**20)


def _wrap(key: bytes, login: str, kek: bytes, kdf: dict, source: str) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, key, _aad(login))
    return {**kdf, "nonce": _b64(nonce), "wrapped": _b64(wrapped), "source": source}


def _password_entry(key: bytes, login: str, password: str) -> dict:
    salt = os.urandom(16)
    kdf = {"kdf": "scrypt", "salt": _b64(salt), **SCRYPT}
    kek = _kek(password.encode(), salt, **SCRYPT)
    return _wrap(key, login, kek, kdf, "password")


def _read(db_path: str | os.PathLike[str]) -> dict:
    path = keyfile_path(db_path)
    try:
        ring = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFound(
            "no key file beside {name}", field="database", name=Path(db_path).name
        ) from None
    except ValueError:
        raise ValidationError(
            "the key file {name} is damaged", field="database", name=path.name
        ) from None
    if not isinstance(ring, dict) or ring.get("version") != KEYRING_VERSION:
        raise ValidationError(
            "the key file {name} is not one Fieldbook reads", field="database", name=path.name
        )
    return ring


def _write(db_path: str | os.PathLike[str], ring: dict) -> None:
    path = keyfile_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".keys-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(ring, f, indent=2, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _norm(login: str) -> str:
    login = login.strip().lower()  # as app.services.office stores logins
    if not login:
        raise ValidationError("enter a login name", field="login")
    return login


# -- the keyring -------------------------------------------------------------------------------
def create_keyring(db_path: str | os.PathLike[str], login: str, password: str) -> bytes:
    """A new random database key, wrapped for ``login``. Refuses to replace an existing key file."""
    if keyfile_path(db_path).exists():
        raise Conflict("this database already has a key file", field="database")
    key = os.urandom(KEY_BYTES)
    login = _norm(login)
    _write(
        db_path,
        {"version": KEYRING_VERSION, "officers": {login: _password_entry(key, login, password)}},
    )
    return key


def unlock(db_path: str | os.PathLike[str], login: str, password: str) -> bytes:
    """The database key for this officer's password. ``PermissionDenied`` otherwise (the same
    message for an unknown login and a wrong password, as at login)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    login = _norm(login)
    ring = _read(db_path)
    entry = ring.get("officers", {}).get(login)
    if not isinstance(entry, dict):
        raise PermissionDenied(WRONG, field="password")
    try:
        salt = _unb64(entry["salt"])
        n, r, p = int(entry["n"]), int(entry["r"]), int(entry["p"])
        secret = password.encode()
        if entry.get("source") == "officer-hash":  # bootstrapped at migration (see module doc)
            secret = hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=entry["dklen"])
            kek = hashlib.sha256(b"fieldbook-kek:" + secret).digest()
        else:
            kek = _kek(secret, salt, n, r, p)
        key = AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]), _aad(login))
    except (InvalidTag, KeyError, ValueError, TypeError):
        raise PermissionDenied(WRONG, field="password") from None
    if entry.get("source") != "password":
        add_officer_key(db_path, key, login, password)  # now derived from the password itself
    return key


def add_officer_key(db_path: str | os.PathLike[str], key: bytes, login: str, password: str) -> None:
    """Let ``login`` open the database with ``password`` (a new officer, or a changed password)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    login = _norm(login)
    entry = _password_entry(key, login, password)  # scrypt outside the lock
    with _RING_LOCK:
        ring = _read(db_path)
        ring.setdefault("officers", {})[login] = entry
        _write(db_path, ring)


def remove_officer_key(db_path: str | os.PathLike[str], login: str) -> None:
    """``login`` can no longer open the database on this laptop (an officer who left)."""
    with _RING_LOCK:
        ring = _read(db_path)
        ring.get("officers", {}).pop(_norm(login), None)
        if not ring.get("officers"):
            raise Conflict("the last officer's key cannot be removed", field="login")
        _write(db_path, ring)


def match_officers(db) -> tuple[list[str], list[str]]:
    """Bring the key file of an encrypted ``db`` in line with its officer table (after a sync).

    An officer created on another laptop of the office arrives by sync with no key entry here:
    they get one bootstrapped from the password hash that arrived with them (as at migration,
    re-derived from the password itself at their first unlock). An officer deactivated or
    removed elsewhere loses theirs, unless no one else would be left. ``db`` is an open
    ``Database``; a plain one is left alone. Returns (logins added, logins removed).
    """
    key = getattr(db, "key", None)
    if key is None:
        return [], []
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT login, password_hash, active = 1 AND deleted = 0 FROM officer"
        ).all()
    active: dict[str, str] = {}
    gone: set[str] = set()
    for login, stored, ok in rows:
        if not (login or "").strip():
            continue  # a damaged row: that officer cannot log in anyway
        if ok:
            active[_norm(login)] = stored
        else:
            gone.add(_norm(login))
    gone -= active.keys()
    with _RING_LOCK:
        ring = _read(db.path)
        have = ring.setdefault("officers", {})
        added = []
        for login, stored in active.items():
            if login not in have:
                entry = _hash_entry(key, login, stored or "")
                if entry is not None:
                    have[login] = entry
                    added.append(login)
        removed = [login for login in sorted(gone) if login in have]
        if removed and len(have) == len(removed):
            removed = []  # never lock everyone out
        for login in removed:
            del have[login]
        if added or removed:
            _write(db.path, ring)
    return sorted(added), removed


def officers_with_keys(db_path: str | os.PathLike[str]) -> list[str]:
    return sorted(_read(db_path).get("officers", {}))


# -- encrypting an existing database -----------------------------------------------------------
def encrypt_in_place(db_path: str | os.PathLike[str], key: bytes) -> None:
    """Turn the plain database at ``db_path`` into an encrypted one, keeping every row.

    Every connection to it must be closed. ``sqlcipher_export`` copies schema and rows into an
    encrypted temporary file beside it, which is checked (same row counts, including the sync
    outbox) and then renamed over the plain file, so a power cut leaves one whole file or the
    other. The plain file's blocks are not wiped by the rename: pair this with the laptop's
    disk encryption where there is one.
    """
    from app.store import connect, driver

    db_path = Path(db_path)
    if is_encrypted(db_path):
        raise Conflict("this database is already encrypted", field="database")
    sqlcipher = driver(key)
    fd, tmp = tempfile.mkstemp(prefix=".encrypt-", suffix=".sqlite", dir=db_path.parent)
    os.close(fd)
    os.unlink(tmp)  # SQLCipher creates it
    try:
        plain = sqlcipher.connect(os.fspath(db_path), isolation_level=None)
        try:
            plain.execute("PRAGMA journal_mode = DELETE")  # folds the WAL in, removes -wal/-shm
            tables = [r[0] for r in plain.execute(_TABLES)]
            counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
            plain.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (tmp,))
            plain.execute("SELECT sqlcipher_export('enc')")
            plain.execute("DETACH DATABASE enc")
        finally:
            plain.close()
        check = connect(tmp, key=key)
        try:
            got = {t: check.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
            ok = check.execute("PRAGMA integrity_check").fetchone()[0]
            check.execute("PRAGMA journal_mode = DELETE")
        finally:
            check.close()
        if got != counts or ok != "ok":
            raise RuntimeError(f"the encrypted copy does not match ({ok}); nothing was changed")
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        for ext in ("-wal", "-shm"):
            Path(f"{db_path}{ext}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except BaseException:
        for leftover in (tmp, f"{tmp}-wal", f"{tmp}-shm", f"{tmp}-journal"):
            Path(leftover).unlink(missing_ok=True)
        raise


_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def encrypt_existing(db_path: str | os.PathLike[str], login: str, password: str) -> bytes:
    """Encrypt a plain office database in place and give every active officer a key entry.

    ``login``/``password`` must be an active officer's (checked against the officer table, as
    at login). Returns the new key. Unsynced changes (the outbox) are kept: every row is.
    """
    from app.store import connect

    db_path = Path(db_path)
    if keyfile_path(db_path).exists():
        raise Conflict("this database already has a key file", field="database")
    login = _norm(login)
    conn = connect(db_path, read_only=True)
    try:
        officers = dict(
            conn.execute(
                "SELECT login, password_hash FROM officer WHERE active = 1 AND deleted = 0"
            )
        )
    finally:
        conn.close()
    from app.services.office import verify_password

    if login not in officers or not verify_password(password, officers[login]):
        raise PermissionDenied(WRONG, field="password")
    key = os.urandom(KEY_BYTES)
    ring = {"version": KEYRING_VERSION, "officers": {login: _password_entry(key, login, password)}}
    for other, stored in officers.items():
        if other != login:
            entry = _hash_entry(key, other, stored)
            if entry is not None:
                ring["officers"][other] = entry
    _write(db_path, ring)
    try:
        encrypt_in_place(db_path, key)
    except BaseException:
        keyfile_path(db_path).unlink(missing_ok=True)
        raise
    return key


def _hash_entry(key: bytes, login: str, stored: str) -> dict | None:
    """An entry unwrapped by the scrypt digest the officer's login computes (see module doc)."""
    try:
        scheme, n_text, salt, digest = stored.split("$")
        n = int(n_text)
        digest_b = _unb64(digest)
        _unb64(salt)
    except ValueError:
        return None  # a damaged hash: that officer cannot log in anyway
    if scheme != "scrypt" or not digest_b:
        return None
    kek = hashlib.sha256(b"fieldbook-kek:" + digest_b).digest()
    kdf = {"kdf": "scrypt", "salt": salt, "n": n, "r": 8, "p": 1, "dklen": len(digest_b)}
    return _wrap(key, login, kek, kdf, "officer-hash")
