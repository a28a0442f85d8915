"""Data at rest (#7, #11, DESIGN §6 and §10): an encrypted database that only a password typed
on this laptop opens.

A laptop holding disability and victim status can be stolen. The database file is SQLCipher
(AES-256 pages with an HMAC each, through the maintained ``sqlcipher3`` binding); its random
32-byte key is never stored in clear. Beside the database, ``fieldbook.sqlite.keys`` (JSON) holds
one entry per officer who works on this laptop: the key encrypted with AES-256-GCM under a
key-encryption key derived with scrypt (memory-hard, salted per entry) from that officer's
password, typed here; the login is bound in as associated data, so an entry cannot be moved to
another login. A thief holding both files has only scrypt to attack.

Nothing that leaves the laptop opens it (docs/data-at-rest.md). The officer table travels to the
server and to the other laptops of the district with each officer's password *hash*; no entry is
ever derived from that hash. An officer new to this laptop (arrived by sync, or not the one who
encrypted it) gets an entry only from a password typed here, in one of two ways:

* a colleague who can already open the laptop types their own password in the same login
  dialog (``unlock(..., colleague=(login, password))``); or
* the administrator makes a one-time code on this laptop (``make_code``): random, shown once,
  expiring, bound to one login. It wraps the key in a *pending* entry; the officer's first
  sign-in with it replaces it by an entry from their password and marks the code used.

In both cases the new officer's password is checked against the (decrypted) officer table, as
at login, before their entry is written; a code is used up only by a sign-in that succeeded.

Entries written by earlier versions from the stored password hash (``source`` ``officer-hash``)
are never used: anyone with the hash could open them. They are dropped from the key file on
the next change to it (any officer's unlock, a sync); their officers enrol again like a new one.

Lifecycle the GUI wires: ``unlock`` before ``open_database(key=...)``; ``add_officer_key`` after
creating an officer or changing a password here (the unlocked key is at hand);
``remove_officer_key`` when an officer leaves; ``match_officers`` after a sync (an officer
deactivated elsewhere loses their entry, never the last one).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import tempfile
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError, translatable
from app.passwords import verify_password

KEY_BYTES = 32
# The key file is read, changed and written whole: a sync worker (match_officers) and the GUI
# (a new officer's entry, a code) must not interleave.
_RING_LOCK = threading.RLock()
KEYRING_VERSION = 1
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # ~0.1 s and 32 MB per unlock on an office laptop
SQLITE_MAGIC = b"SQLite format 3\x00"
# One-time codes: 10 symbols of Crockford's base 32 (no I, L, O, U) = 50 random bits, shown as
# two groups of five. Offline, each guess costs a scrypt like a password's: 2**50 of them.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
CODE_HOURS = 72

WRONG = translatable("wrong login or password")
NOT_HERE = translatable(
    "this login does not open this laptop yet: ask a colleague who already works on this "
    "laptop to unlock it with you, or enter a one-time code from the administrator"
)
WRONG_COLLEAGUE = translatable("wrong login or password of the colleague")
SAME_COLLEAGUE = translatable("the colleague who unlocks is another officer")
NO_CODE = translatable("no one-time code was made for this login on this laptop")
WRONG_CODE = translatable("wrong one-time code")
USED_CODE = translatable(
    "this one-time code has already been used: ask the administrator for a new one"
)
EXPIRED_CODE = translatable("this one-time code has expired: ask the administrator for a new one")


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


def _code_aad(login: str, expires: str) -> bytes:
    return f"fieldbook-keyring:v{KEYRING_VERSION}:code:{login}:{expires}".encode()


def _kek(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * 2**20)


def _wrap(key: bytes, secret: str, aad: bytes, source: str) -> dict:
    """``key`` under a scrypt key of ``secret`` (a password or a code typed on this laptop)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(16)
    kek = _kek(secret.encode(), salt, **SCRYPT)
    nonce = os.urandom(12)
    wrapped = AESGCM(kek).encrypt(nonce, key, aad)
    return {
        "kdf": "scrypt", "salt": _b64(salt), **SCRYPT,
        "nonce": _b64(nonce), "wrapped": _b64(wrapped), "source": source,
    }  # fmt: skip


def _unwrap(entry: dict, secret: str, aad: bytes) -> bytes | None:
    """The key, or None for a wrong secret or an entry that is not one this version makes."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if entry.get("kdf") != "scrypt" or entry.get("source") not in ("password", "code"):
        return None  # never a key from anything but a scrypt of a typed secret
    try:
        kek = _kek(secret.encode(), _unb64(entry["salt"]), entry["n"], entry["r"], entry["p"])
        key = AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]), aad)
    except (InvalidTag, KeyError, ValueError, TypeError, OverflowError):
        return None
    return key if len(key) == KEY_BYTES else None


def _password_entry(key: bytes, login: str, password: str) -> dict:
    return _wrap(key, password, _aad(login), "password")


def _read(db_path: str | os.PathLike[str]) -> dict:
    """The key file, without any entry this version would not use (see ``_usable``): what is
    written back is therefore always clean."""
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
    officers = ring.get("officers")
    pending = ring.get("pending")
    ring["officers"] = {
        k: v for k, v in (officers.items() if isinstance(officers, dict) else ()) if _usable(v)
    }
    ring["pending"] = {
        k: v for k, v in (pending.items() if isinstance(pending, dict) else ()) if _pending(v)
    }
    ring["legacy"] = not isinstance(officers, dict) or ring["officers"].keys() != officers.keys()
    return ring


def _usable(entry: object) -> bool:
    """An entry from a password typed on this laptop. Earlier versions also wrote entries from
    the stored password hash (``officer-hash``): the hash is on the server and on every laptop
    of the district, so such an entry is dropped, never opened."""
    return isinstance(entry, dict) and entry.get("source") == "password"


def _pending(entry: object) -> bool:
    return isinstance(entry, dict) and (entry.get("source") == "code" or "used" in entry)


def _write(db_path: str | os.PathLike[str], ring: dict) -> None:
    path = keyfile_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ring = {k: v for k, v in ring.items() if k != "legacy"}
    if not ring.get("pending"):
        ring.pop("pending", None)
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


def _change(db_path: str | os.PathLike[str], edit: Callable[[dict], object]) -> None:
    """Read, edit and write the key file under the lock (legacy entries leave with any change)."""
    with _RING_LOCK:
        ring = _read(db_path)
        if edit(ring) is not False or ring["legacy"]:
            _write(db_path, ring)


def _norm(login: str) -> str:
    login = login.strip().lower()  # as app.services.office stores logins
    if not login:
        raise ValidationError("enter a login name", field="login")
    return login


def _now() -> datetime:
    return datetime.now(UTC)


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


def unlock(
    db_path: str | os.PathLike[str],
    login: str,
    password: str,
    *,
    colleague: tuple[str, str] | None = None,
    code: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """The database key for this officer's password typed here. ``PermissionDenied`` otherwise:
    ``WRONG`` for a login with an entry here, ``NOT_HERE`` (how to get one) for a login without
    (the key file names its logins in clear, so this tells a thief nothing new).

    An officer with no entry on this laptop (or whose entry no longer matches, e.g. a password
    changed on another laptop) is let in once by a ``colleague`` (login, password) who can open
    it, or by a one-time ``code`` the administrator made here for this login. Their password is
    then checked against the officer table inside the database, as at login, and an entry from
    it is written: from then on their password alone opens the laptop.
    """
    login = _norm(login)
    with _RING_LOCK:
        ring = _read(db_path)
    entry = ring["officers"].get(login)
    if entry is not None:
        key = _unwrap(entry, password, _aad(login))
        if key is not None:
            if ring["legacy"]:
                _change(db_path, lambda _ring: False)  # drops the hash-derived entries
            return key
    if colleague is None and not code:
        raise PermissionDenied(WRONG if entry is not None else NOT_HERE, field="password")
    if colleague is not None:
        other = _norm(colleague[0])
        if other == login:
            raise ValidationError(SAME_COLLEAGUE, field="colleague_login")
        theirs = ring["officers"].get(other)
        key = _unwrap(theirs, colleague[1], _aad(other)) if theirs is not None else None
        if key is None or not _is_officer(db_path, key, other, colleague[1]):
            raise PermissionDenied(WRONG_COLLEAGUE, field="colleague_password")
    else:
        key = _open_code(ring, login, code or "", now or _now())
    if not _is_officer(db_path, key, login, password):
        raise PermissionDenied(WRONG, field="password")  # a code stays unused
    new = _password_entry(key, login, password)
    used = (now or _now()).isoformat(timespec="seconds")

    def enrol(ring: dict) -> None:
        ring["officers"][login] = new
        if code and colleague is None:
            ring["pending"][login] = {"used": used}

    _change(db_path, enrol)
    return key


def _open_code(ring: dict, login: str, code: str, now: datetime) -> bytes:
    pending = ring["pending"].get(login)
    if pending is None:
        raise PermissionDenied(NO_CODE, field="code")
    if "used" in pending:
        raise PermissionDenied(USED_CODE, field="code")
    try:
        expired = now >= datetime.fromisoformat(pending["expires"])
    except (KeyError, TypeError, ValueError):
        expired = True
    if expired:
        raise PermissionDenied(EXPIRED_CODE, field="code")
    key = _unwrap(pending, normalise_code(code), _code_aad(login, pending["expires"]))
    if key is None:
        raise PermissionDenied(WRONG_CODE, field="code")
    return key


def _is_officer(
    db_path: str | os.PathLike[str], key: bytes | None, login: str, password: str
) -> bool:
    """``login`` is an active officer in the database ``key`` opens and ``password`` is theirs."""
    from app.store import connect  # the store loads SQLAlchemy: only when a file is opened

    conn = connect(db_path, read_only=True, key=key)
    try:
        row = conn.execute(
            "SELECT password_hash FROM officer WHERE login = ? AND active = 1 AND deleted = 0",
            (login,),
        ).fetchone()
    finally:
        conn.close()
    return row is not None and verify_password(password, row[0])


def normalise_code(code: str) -> str:
    """What the officer typed, as the code was made: case, spaces and dashes do not matter, and
    the letters O, I and L read as the digits they look like."""
    text = "".join(ch for ch in code.upper() if ch not in " -\t")
    return text.translate(str.maketrans("OIL", "011"))


def make_code(db, login: str, *, hours: int = CODE_HOURS, now: datetime | None = None) -> str:
    """A one-time code with which ``login`` opens this encrypted laptop at their first sign-in.

    ``db`` is the open (unlocked) ``Database``: the administrator makes the code here and gives
    it to the officer in person; it is shown once and kept nowhere in clear. It wraps the key in
    a pending entry bound to the login and to its expiry (``hours``); a new code replaces the
    previous one; the sign-in that uses it replaces it by an entry from the officer's password.
    """
    key = getattr(db, "key", None)
    if key is None:
        raise Conflict("this database is not encrypted", field="database")
    login = _norm(login)
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM officer WHERE login = ? AND active = 1 AND deleted = 0", (login,)
        ).first()
    if found is None:
        raise NotFound("no active officer with this login", field="login")
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    expires = ((now or _now()) + timedelta(hours=hours)).isoformat(timespec="seconds")
    entry = {**_wrap(key, code, _code_aad(login, expires), "code"), "expires": expires}
    _change(db.path, lambda ring: ring["pending"].__setitem__(login, entry))
    return f"{code[:5]}-{code[5:]}"


def add_officer_key(db_path: str | os.PathLike[str], key: bytes, login: str, password: str) -> None:
    """Let ``login`` open the database with ``password`` typed here (a new officer created on
    this laptop, or a password changed here)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    login = _norm(login)
    entry = _password_entry(key, login, password)  # scrypt outside the lock
    _change(db_path, lambda ring: ring["officers"].__setitem__(login, entry))


def remove_officer_key(db_path: str | os.PathLike[str], login: str) -> None:
    """``login`` can no longer open the database on this laptop (an officer who left)."""
    login = _norm(login)

    def remove(ring: dict) -> None:
        ring["officers"].pop(login, None)
        ring["pending"].pop(login, None)
        if not ring["officers"]:
            raise Conflict("the last officer's key cannot be removed", field="login")

    _change(db_path, remove)


def match_officers(db) -> list[str]:
    """Bring the key file of an encrypted ``db`` in line with its officer table (after a sync).

    An officer deactivated or removed elsewhere loses their entry and any pending code here,
    unless no one else would be left. An officer who arrived by sync gets *nothing*: their
    password hash came from the server, and no entry is ever made from it (module doc).
    ``db`` is an open ``Database``; a plain one is left alone. Returns the logins removed.
    """
    if getattr(db, "key", None) is None:
        return []
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT login, active = 1 AND deleted = 0 FROM officer").all()
    active, gone = set(), set()
    for login, ok in rows:
        if not (login or "").strip():
            continue  # a damaged row: that officer cannot log in anyway
        (active if ok else gone).add(_norm(login))
    gone -= active
    removed: list[str] = []

    def match(ring: dict) -> bool:
        have = ring["officers"]
        removed.extend(login for login in sorted(gone) if login in have)
        if removed and len(have) == len(removed):
            removed.clear()  # never lock everyone out
        for login in removed:
            del have[login]
        codes = [login for login in ring["pending"] if login in gone]
        for login in codes:
            del ring["pending"][login]
        return bool(removed or codes)

    _change(db.path, match)
    return removed


def officers_with_keys(db_path: str | os.PathLike[str]) -> list[str]:
    """The logins whose own password opens this laptop."""
    return sorted(_read(db_path)["officers"])


def pending_codes(db_path: str | os.PathLike[str]) -> dict[str, str]:
    """Unused one-time codes: login → expiry (ISO, UTC)."""
    return {
        login: entry["expires"]
        for login, entry in _read(db_path)["pending"].items()
        if "used" not in entry and isinstance(entry.get("expires"), str)
    }


# -- encrypting an existing database -----------------------------------------------------------
def encrypt_in_place(db_path: str | os.PathLike[str], key: bytes) -> None:
    """Turn the plain database at ``db_path`` into an encrypted one, keeping every row.

    Every connection to it must be closed. ``sqlcipher_export`` copies schema and rows into an
    encrypted temporary file beside it, which is checked (same row counts, including the sync
    outbox) and then renamed over the plain file, so a power cut leaves one whole file or the
    other. The plain file's blocks are not wiped by the rename: pair this with the laptop's
    disk encryption where there is one.
    """
    from app.store import connect, driver  # (as above)

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
    """Encrypt a plain office database in place; ``login`` gets the first key entry.

    ``login``/``password`` must be an active officer's (checked against the officer table, as
    at login). Returns the new key. The other officers get no entry from their stored password
    hash: each enrols at a first sign-in here with a colleague or a one-time code (module doc).
    Unsynced changes (the outbox) are kept: every row is.
    """

    db_path = Path(db_path)
    if keyfile_path(db_path).exists():
        raise Conflict("this database already has a key file", field="database")
    login = _norm(login)
    if not _is_officer(db_path, None, login, password):
        raise PermissionDenied(WRONG, field="password")
    key = os.urandom(KEY_BYTES)
    entry = _password_entry(key, login, password)
    _write(db_path, {"version": KEYRING_VERSION, "officers": {login: entry}})
    try:
        encrypt_in_place(db_path, key)
    except BaseException:
        keyfile_path(db_path).unlink(missing_ok=True)
        raise
    return key
