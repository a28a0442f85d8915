"""#7/#11 data at rest: the encrypted database, its key wrapped by each officer's password typed on
this laptop, an officer new to the laptop let in by a colleague or a one-time code (never by the
password hash that sync brings), encrypted backups that restore, and the in-place migration of a
plain laptop that keeps its outbox."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app import crypto
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services import backups, beneficiaries, loans, office
from app.store import open_database
from tests.builders import (
    ADMIN_LOGIN,
    PASSWORD,
    a_beneficiary,
    a_disbursed_loan,
    an_office,
    an_officer,
    snapshot,
)

SECRET_NAME = "Zülfüqarova"  # a name that appears nowhere but in this beneficiary's case file
NOTE = "Mina partlayışında sol ayağını itirib"  # a case note: the most sensitive kind of text


def on_disk(*paths: Path) -> bytes:
    """Every byte of the given files and their -wal/-shm companions."""
    out = b""
    for p in paths:
        for f in (p, Path(f"{p}-wal"), Path(f"{p}-shm")):
            if f.exists():
                out += f.read_bytes()
    return out


def outbox(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM outbox ORDER BY seq")]


def an_encrypted_office(tmp_path: Path):
    """A new office whose database is encrypted from the start; returns (db, admin, key)."""
    path = tmp_path / "fieldbook.sqlite"
    key = crypto.create_keyring(path, ADMIN_LOGIN, PASSWORD)
    db = open_database(path, key=key)
    office.initialise_office(db, district_name="Xaçmaz", district_code="XAC", device_no=3)
    admin = office.create_officer(
        db,
        actor=None,
        login=ADMIN_LOGIN,
        full_name="Rəşad Məmmədov",
        role="administrator",
        password=PASSWORD,
    )
    return db, admin, key


def a_sensitive_case(db, admin) -> str:
    ben = a_beneficiary(db, admin, surname=SECRET_NAME, given_name="Məlahət")
    beneficiaries.add_case_note(
        db, actor=admin, beneficiary_id=ben, text=NOTE, written_on=date(2026, 2, 3)
    )
    return ben


def test_the_file_on_disk_holds_no_name_in_clear_text(tmp_path):
    db, admin, _ = an_encrypted_office(tmp_path / "enc")
    a_sensitive_case(db, admin)
    raw = on_disk(db.path, crypto.keyfile_path(db.path))
    db.close()
    plain_db, plain_admin = an_office(tmp_path / "plain")  # the same case in a plain file
    a_sensitive_case(plain_db, plain_admin)
    plain = on_disk(plain_db.path)
    plain_db.close()
    for secret in (SECRET_NAME, NOTE, "Məlahət"):
        assert secret.encode() in plain  # the check would see it if it were there
        assert secret.encode() not in raw
    assert b"SQLite format 3" not in raw[:16]
    assert crypto.is_encrypted(tmp_path / "enc" / "fieldbook.sqlite")
    plain_reader = sqlite3.connect(tmp_path / "enc" / "fieldbook.sqlite")
    with pytest.raises(sqlite3.DatabaseError):  # without the key it is not even a database
        plain_reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain_reader.close()


def test_a_wrong_password_opens_nothing(tmp_path):
    db, admin, key = an_encrypted_office(tmp_path)
    a_sensitive_case(db, admin)
    db.close()
    path = tmp_path / "fieldbook.sqlite"
    before = path.read_bytes()
    with pytest.raises(PermissionDenied, match="wrong login or password"):
        crypto.unlock(path, ADMIN_LOGIN, "not-the-password")
    with pytest.raises(PermissionDenied, match="does not open this laptop yet"):
        crypto.unlock(path, "nobody", PASSWORD)  # no entry: told how to get one
    with pytest.raises(PermissionDenied):
        open_database(path, key=bytes(32))  # a made-up key reads no row
    ring = json.loads(crypto.keyfile_path(path).read_text())
    ring["officers"]["admin"]["wrapped"] = ring["officers"]["admin"]["wrapped"][::-1]
    crypto.keyfile_path(path).write_text(json.dumps(ring))  # a tampered key file
    with pytest.raises(PermissionDenied):
        crypto.unlock(path, ADMIN_LOGIN, PASSWORD)
    assert path.read_bytes() == before
    assert key  # the right key still opens it (the key file is only a wrapping)
    again = open_database(path, key=key)
    try:
        assert beneficiaries.count_beneficiaries(again) == 1
    finally:
        again.close()


def test_every_officer_opens_it_with_their_own_password(tmp_path):
    db, admin, key = an_encrypted_office(tmp_path)
    officer = an_officer(db, admin, "loan_officer", login="gunay")
    crypto.add_officer_key(db.path, key, officer.login, PASSWORD)  # what the GUI does on create
    loan = a_disbursed_loan(db, officer)
    loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="100.00", paid_on=date(2026, 2, 15)
    )
    db.close()
    assert crypto.officers_with_keys(db.path) == ["admin", "gunay"]
    assert crypto.unlock(db.path, "Gunay ", PASSWORD) == key
    crypto.add_officer_key(db.path, key, "gunay", "a-new-password")  # a changed password
    with pytest.raises(PermissionDenied):
        crypto.unlock(db.path, "gunay", PASSWORD)
    assert crypto.unlock(db.path, "gunay", "a-new-password") == key
    crypto.remove_officer_key(db.path, "gunay")  # an officer who left
    with pytest.raises(PermissionDenied):
        crypto.unlock(db.path, "gunay", "a-new-password")
    reopened = open_database(db.path, key=crypto.unlock(db.path, ADMIN_LOGIN, PASSWORD))
    try:
        state = loans.loan_state(reopened, loan.id, as_of=date(2026, 3, 1))
        assert state is not None
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        reopened.close()


def test_officers_arriving_by_sync_get_no_key_and_those_who_left_lose_theirs(tmp_path):
    db, admin, key = an_encrypted_office(tmp_path)
    # A row as a pull writes it: the officer was created on another laptop, no key entry here.
    an_officer(db, admin, "trainer", login="leyla")
    assert crypto.match_officers(db) == []  # her password hash came by sync: no entry from it
    assert crypto.officers_with_keys(db.path) == ["admin"]
    with pytest.raises(PermissionDenied, match="ask a colleague"):
        crypto.unlock(db.path, "leyla", PASSWORD)
    # A colleague who already works here unlocks with her: her own password opens it from then on
    assert crypto.unlock(db.path, "leyla", PASSWORD, colleague=(ADMIN_LOGIN, PASSWORD)) == key
    assert crypto.unlock(db.path, "leyla", PASSWORD) == key
    with db.engine.begin() as conn:  # deactivated on another laptop, then pulled
        conn.exec_driver_sql("UPDATE officer SET active = 0 WHERE login = 'leyla'")
    assert crypto.match_officers(db) == ["leyla"]
    with pytest.raises(PermissionDenied):
        crypto.unlock(db.path, "leyla", PASSWORD)
    with db.engine.begin() as conn:  # even if every officer were marked gone, one key stays
        conn.exec_driver_sql("UPDATE officer SET active = 0")
    assert crypto.match_officers(db) == []
    assert crypto.unlock(db.path, ADMIN_LOGIN, PASSWORD) == key
    db.close()
    plain = open_database(tmp_path / "plain.sqlite")
    assert crypto.match_officers(plain) == []  # a plain file has no key file to match
    assert not crypto.keyfile_path(plain.path).exists()
    plain.close()


def test_a_colleague_lets_a_new_officer_in_only_with_both_passwords_right(tmp_path):
    db, admin, key = an_encrypted_office(tmp_path)
    an_officer(db, admin, "loan_officer", login="gunay")
    an_officer(db, admin, "loan_officer", login="kamran")
    an_officer(db, admin, "trainer", login="rauf")
    crypto.add_officer_key(db.path, key, "rauf", PASSWORD)
    with db.engine.begin() as conn:  # rauf left, but this laptop has not synced since
        conn.exec_driver_sql("UPDATE officer SET active = 0 WHERE login = 'rauf'")
    db.close()
    path = db.path
    before = crypto.keyfile_path(path).read_bytes()
    with pytest.raises(PermissionDenied, match="of the colleague"):
        crypto.unlock(path, "gunay", PASSWORD, colleague=(ADMIN_LOGIN, "not-the-password"))
    with pytest.raises(PermissionDenied, match="of the colleague"):
        crypto.unlock(path, "gunay", PASSWORD, colleague=("kamran", PASSWORD))  # no entry either
    with pytest.raises(PermissionDenied, match="of the colleague"):
        crypto.unlock(path, "gunay", PASSWORD, colleague=("rauf", PASSWORD))  # deactivated
    with pytest.raises(ValidationError, match="another officer"):
        crypto.unlock(path, "gunay", PASSWORD, colleague=("Gunay", PASSWORD))
    with pytest.raises(PermissionDenied, match="wrong login or password"):  # her password is
        crypto.unlock(path, "gunay", "a-guess-123", colleague=(ADMIN_LOGIN, PASSWORD))  # checked
    with pytest.raises(PermissionDenied, match="wrong login or password"):
        crypto.unlock(path, "nobody", PASSWORD, colleague=(ADMIN_LOGIN, PASSWORD))
    assert crypto.keyfile_path(path).read_bytes() == before  # nothing written by a refusal
    assert crypto.unlock(path, "gunay", PASSWORD, colleague=(ADMIN_LOGIN, PASSWORD)) == key
    ring = json.loads(crypto.keyfile_path(path).read_text())
    assert ring["officers"]["gunay"]["source"] == "password"
    assert crypto.unlock(path, "gunay", PASSWORD) == key  # alone from now on
    # A password changed on another laptop: the old entry no longer matches; a colleague helps
    reopened = open_database(path, key=key)
    with reopened.engine.begin() as conn:
        from app.services.office import hash_password

        conn.exec_driver_sql(
            "UPDATE officer SET password_hash = ? WHERE login = 'gunay'",
            (hash_password("yeni-parol-456"),),
        )
    reopened.close()
    with pytest.raises(PermissionDenied, match="wrong login or password"):
        crypto.unlock(path, "gunay", "yeni-parol-456")
    assert crypto.unlock(path, "gunay", "yeni-parol-456", colleague=(ADMIN_LOGIN, PASSWORD)) == key
    assert crypto.unlock(path, "gunay", "yeni-parol-456") == key
    with pytest.raises(PermissionDenied):
        crypto.unlock(path, "gunay", PASSWORD)  # the old password no longer opens it


def test_a_one_time_code_lets_one_officer_in_once_before_it_expires(tmp_path):
    db, admin, key = an_encrypted_office(tmp_path)
    an_officer(db, admin, "loan_officer", login="gunay")
    an_officer(db, admin, "trainer", login="leyla")
    with pytest.raises(NotFound):
        crypto.make_code(db, "nobody")
    leyla = office.actor_for(db, "leyla")
    with pytest.raises(PermissionDenied):  # only the administrator makes codes
        office.unlock_code(db, actor=leyla, login="gunay")
    assert crypto.pending_codes(db.path) == {}
    code = office.unlock_code(db, actor=admin, login="gunay")
    assert len(code) == 11 and code[5] == "-"
    assert set(code.replace("-", "")) <= set(crypto.CODE_ALPHABET)
    assert crypto.pending_codes(db.path).keys() == {"gunay"}
    path = db.path
    db.close()
    assert code.replace("-", "").encode() not in crypto.keyfile_path(path).read_bytes()
    with pytest.raises(PermissionDenied, match="wrong one-time code"):
        crypto.unlock(path, "gunay", PASSWORD, code="AAAAA-AAAAA")
    with pytest.raises(PermissionDenied, match="no one-time code"):
        crypto.unlock(path, "leyla", PASSWORD, code=code)  # bound to one login
    with pytest.raises(PermissionDenied, match="no one-time code"):
        crypto.unlock(path, "nobody", PASSWORD, code=code)
    with pytest.raises(PermissionDenied, match="wrong login or password"):
        crypto.unlock(path, "gunay", "a-guess-123", code=code)  # the code stays unused
    assert crypto.pending_codes(path).keys() == {"gunay"}
    typed = f" {code.lower().replace('-', ' ')} "  # case and spaces do not matter
    assert crypto.unlock(path, "gunay", PASSWORD, code=typed) == key
    assert crypto.pending_codes(path) == {}
    assert crypto.officers_with_keys(path) == ["admin", "gunay"]
    assert crypto.unlock(path, "gunay", PASSWORD) == key  # her password alone from now on
    with pytest.raises(PermissionDenied, match="already been used"):  # a second time
        crypto.unlock(path, "gunay", "a-guess-123", code=code)

    db = open_database(path, key=key)
    late = crypto.make_code(db, "leyla", hours=1, now=datetime.now(UTC) - timedelta(hours=2))
    db.close()
    with pytest.raises(PermissionDenied, match="has expired"):
        crypto.unlock(path, "leyla", PASSWORD, code=late)
    ring = json.loads(crypto.keyfile_path(path).read_text())
    ring["pending"]["leyla"]["expires"] = "2999-01-01T00:00:00+00:00"  # expiry edited by hand
    crypto.keyfile_path(path).write_text(json.dumps(ring))
    with pytest.raises(PermissionDenied, match="wrong one-time code"):  # bound into the wrapping
        crypto.unlock(path, "leyla", PASSWORD, code=late)
    db = open_database(path, key=key)
    first, second = crypto.make_code(db, "leyla"), crypto.make_code(db, "leyla")
    db.close()
    with pytest.raises(PermissionDenied, match="wrong one-time code"):
        crypto.unlock(path, "leyla", PASSWORD, code=first)  # a new code replaces the previous
    assert crypto.unlock(path, "leyla", PASSWORD, code=second) == key


def old_hash_entry(key: bytes, login: str, stored: str) -> dict:
    """What versions before #11 wrote for an officer who arrived by sync (``officer-hash``)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    _scheme, n, salt, digest = stored.split("$")
    kek = hashlib.sha256(b"fieldbook-kek:" + base64.b64decode(digest)).digest()
    nonce = b"\x01" * 12
    return {
        "kdf": "scrypt", "salt": salt, "n": int(n), "r": 8, "p": 1,
        "dklen": len(base64.b64decode(digest)), "nonce": base64.b64encode(nonce).decode(),
        "wrapped": base64.b64encode(AESGCM(kek).encrypt(nonce, key, crypto._aad(login))).decode(),
        "source": "officer-hash",
    }  # fmt: skip


def test_entries_an_earlier_version_made_from_a_password_hash_are_dropped(tmp_path):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    db, admin, key = an_encrypted_office(tmp_path)
    an_officer(db, admin, "trainer", login="leyla")
    with db.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT password_hash FROM officer WHERE login = 'leyla'"
        ).scalar_one()
    db.close()
    path = db.path
    ring = json.loads(crypto.keyfile_path(path).read_text())
    ring["officers"]["leyla"] = old_hash_entry(key, "leyla", stored)
    crypto.keyfile_path(path).write_text(json.dumps(ring))
    legacy = ring["officers"]["leyla"]
    # Why it must go: the hash alone (which the server holds) opens it.
    digest = base64.b64decode(stored.split("$")[3])
    kek = hashlib.sha256(b"fieldbook-kek:" + digest).digest()
    opened = AESGCM(kek).decrypt(
        base64.b64decode(legacy["nonce"]), base64.b64decode(legacy["wrapped"]), crypto._aad("leyla")
    )
    assert opened == key
    assert crypto.officers_with_keys(path) == ["admin"]  # never counted, never used
    with pytest.raises(PermissionDenied, match="does not open this laptop yet"):
        crypto.unlock(path, "leyla", PASSWORD)  # not even with her real password
    for secret in (stored, digest.hex(), base64.b64encode(digest).decode()):
        with pytest.raises(PermissionDenied):
            crypto.unlock(path, "leyla", secret)
    assert "leyla" in json.loads(crypto.keyfile_path(path).read_text())["officers"]
    assert crypto.unlock(path, ADMIN_LOGIN, PASSWORD) == key  # the first unlock after upgrading
    assert "leyla" not in json.loads(crypto.keyfile_path(path).read_text())["officers"]
    assert "officer-hash" not in crypto.keyfile_path(path).read_text()
    # She enrols like any officer new to the laptop
    assert crypto.unlock(path, "leyla", PASSWORD, colleague=(ADMIN_LOGIN, PASSWORD)) == key
    assert crypto.unlock(path, "leyla", PASSWORD) == key


def test_an_encrypted_backup_restores_on_a_new_laptop(tmp_path):
    db, admin, key = an_encrypted_office(tmp_path / "old-laptop")
    a_sensitive_case(db, admin)
    saved_outbox = outbox(db)
    taken = backups.backup_now(db, tmp_path / "usb")
    db.close()
    assert SECRET_NAME.encode() not in on_disk(taken.path)
    assert crypto.is_encrypted(taken.path)
    assert crypto.keyfile_path(taken.path).exists()  # wrapped keys travel with the backup
    assert not backups.check_backup(taken.path).ok  # no key, no look inside
    assert not backups.check_backup(taken.path, bytes(32)).ok
    check = backups.check_backup(taken.path, key)
    assert check.ok and check.counts["beneficiaries"] == 1 and check.pending_outbox > 0

    new_laptop = tmp_path / "new-laptop" / "fieldbook.sqlite"
    unlocked = crypto.unlock(taken.path, ADMIN_LOGIN, PASSWORD)  # the officer types a password
    result = backups.restore_backup(new_laptop, taken.path, key=unlocked)
    assert result.check.ok
    restored = open_database(new_laptop, key=crypto.unlock(new_laptop, ADMIN_LOGIN, PASSWORD))
    try:
        assert outbox(restored) == saved_outbox
        case = beneficiaries.get_beneficiary(restored, beneficiaries_ids(restored)[0])
        assert case.surname == SECRET_NAME
    finally:
        restored.close()
    assert SECRET_NAME.encode() not in on_disk(new_laptop)


def beneficiaries_ids(db) -> list[str]:
    with db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM beneficiary")]


def test_a_plain_laptop_is_encrypted_in_place_keeping_its_outbox(tmp_path):
    db, admin = an_office(tmp_path)
    officer = an_officer(db, admin, "loan_officer", login="gunay")
    a_sensitive_case(db, admin)
    loan = a_disbursed_loan(db, officer)
    loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="100.00", paid_on=date(2026, 2, 15)
    )
    saved_outbox, saved = outbox(db), snapshot(db)
    assert len(saved_outbox) > 5
    db.close()
    path = tmp_path / "fieldbook.sqlite"
    assert SECRET_NAME.encode() in on_disk(path)

    with pytest.raises(PermissionDenied):
        crypto.encrypt_existing(path, ADMIN_LOGIN, "wrong-password")
    assert not crypto.is_encrypted(path) and not crypto.keyfile_path(path).exists()

    key = crypto.encrypt_existing(path, ADMIN_LOGIN, PASSWORD)
    assert crypto.is_encrypted(path)
    assert SECRET_NAME.encode() not in on_disk(path, crypto.keyfile_path(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "fieldbook.sqlite",
        "fieldbook.sqlite.keys",
    ]
    # the other officer, whose password nobody typed during the migration, has no entry from
    # her stored hash: a colleague who can open the laptop lets her in once
    assert crypto.officers_with_keys(path) == ["admin"]
    with pytest.raises(PermissionDenied, match="does not open this laptop yet"):
        crypto.unlock(path, "gunay", PASSWORD)
    assert crypto.unlock(path, "gunay", PASSWORD, colleague=(ADMIN_LOGIN, PASSWORD)) == key
    assert crypto.unlock(path, "gunay", PASSWORD) == key
    with pytest.raises(PermissionDenied):
        crypto.unlock(path, "gunay", "not-the-password")

    db = open_database(path, key=key)
    try:
        assert outbox(db) == saved_outbox
        assert snapshot(db) == saved
        actor = office.authenticate(db, login="gunay", password=PASSWORD)
        loans.record_repayment(db, actor=actor, loan_id=loan.id, amount="10.00")
        assert len(outbox(db)) > len(saved_outbox)
    finally:
        db.close()


def test_a_plain_backup_restored_onto_an_encrypted_laptop_is_encrypted(tmp_path):
    db, admin = an_office(tmp_path)
    a_sensitive_case(db, admin)
    plain_backup = backups.backup_now(db, tmp_path / "usb")
    db.close()
    key = crypto.encrypt_existing(tmp_path / "fieldbook.sqlite", ADMIN_LOGIN, PASSWORD)
    result = backups.restore_backup(tmp_path / "fieldbook.sqlite", plain_backup.path, key=key)
    assert result.check.ok and result.check.counts["beneficiaries"] == 1
    assert crypto.is_encrypted(tmp_path / "fieldbook.sqlite")
    assert SECRET_NAME.encode() not in on_disk(tmp_path / "fieldbook.sqlite")
