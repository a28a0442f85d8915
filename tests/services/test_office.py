"""app.services.office: the office's district and device, officers and offline login."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.errors import NotFound, PermissionDenied, ValidationError
from app.services import office
from app.store import open_database
from tests.builders import PASSWORD, an_office, an_officer, row_counts


def test_an_office_knows_its_district_and_device(db):
    here = office.office(db)
    assert (here.district_name, here.district_code, here.device_no) == ("Xaçmaz", "XAC", 3)


def test_a_database_without_an_office_says_so(tmp_path):
    db = open_database(tmp_path / "empty.sqlite")
    try:
        with pytest.raises(NotFound):
            office.office(db)
    finally:
        db.close()


def test_initialise_office_is_idempotent_for_the_same_district(db):
    before = office.office(db)
    again = office.initialise_office(db, district_name="Xaçmaz", district_code="XAC", device_no=3)
    assert again == before
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM device")).scalar() == 1


def test_a_database_belongs_to_one_district(db):
    with pytest.raises(ValidationError) as err:
        office.initialise_office(db, district_name="Quba", district_code="QUB", device_no=3)
    assert err.value.field == "district"
    assert office.office(db).district_name == "Xaçmaz"


@pytest.mark.parametrize("code", ["XA", "XACM", "X4C", "ÇAX"])
def test_a_district_code_is_three_ascii_letters(tmp_path, code):
    db = open_database(tmp_path / "x.sqlite")
    try:
        with pytest.raises(ValidationError) as err:
            office.initialise_office(db, district_name="Xaçmaz", district_code=code)
        assert err.value.field == "district_code"
    finally:
        db.close()


def test_the_first_administrator_is_created_only_once(db, admin):
    assert admin.role == "administrator"
    before = row_counts(db)
    with pytest.raises(PermissionDenied):
        office.create_officer(
            db, actor=None, login="second", full_name="Başqa Admin", role="administrator",
            password=PASSWORD,
        )  # fmt: skip
    assert row_counts(db) == before


def test_the_first_officer_must_be_the_administrator(tmp_path):
    db = open_database(tmp_path / "x.sqlite")
    try:
        office.initialise_office(db, district_name="Quba", district_code="QUB")
        with pytest.raises(ValidationError) as err:
            office.create_officer(
                db, actor=None, login="a", full_name="A B", role="loan_officer", password=PASSWORD
            )
        assert err.value.field == "role"
    finally:
        db.close()


def test_only_an_administrator_adds_officers(db, admin):
    supervisor = an_officer(db, admin, "supervisor")
    with pytest.raises(PermissionDenied):
        an_officer(db, supervisor, "loan_officer")


def test_a_login_is_unique_case_insensitively(db, admin):
    an_officer(db, admin, "trainer", login="leyla")
    with pytest.raises(ValidationError) as err:
        an_officer(db, admin, "trainer", login="  LEYLA ")
    assert err.value.field == "login"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"login": " "}, "login"),
        ({"full_name": ""}, "full_name"),
        ({"role": "accountant"}, "role"),
        ({"password": "short"}, "password"),
    ],
)
def test_create_officer_validation_names_the_field(db, admin, changes, field):
    args = {"login": "new", "full_name": "Yeni İşçi", "role": "trainer", "password": PASSWORD}
    with pytest.raises(ValidationError) as err:
        office.create_officer(db, actor=admin, **{**args, **changes})
    assert err.value.field == field


def test_login_with_the_right_password(db, admin):
    actor = office.authenticate(db, login="ADMIN ", password=PASSWORD)
    assert actor == admin


def test_wrong_password_and_unknown_login_give_the_same_message(db, admin):
    with pytest.raises(PermissionDenied) as wrong_password:
        office.authenticate(db, login="admin", password="yanlış-parol")
    with pytest.raises(PermissionDenied) as unknown_login:
        office.authenticate(db, login="nobody", password=PASSWORD)
    assert str(wrong_password.value) == str(unknown_login.value)
    assert wrong_password.value.field == unknown_login.value.field


def test_password_is_stored_hashed_and_nowhere_in_clear(tmp_path):
    secret = "Gizli-Şifrə-2026"
    db, admin = an_office(tmp_path)
    office.create_officer(
        db, actor=admin, login="nigar", full_name="Nigar Quliyeva", role="trainer", password=secret
    )
    with db.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT password_hash FROM officer WHERE login='nigar'")
        ).scalar()
    assert stored.startswith("scrypt$")
    assert secret not in stored
    assert office.verify_password(secret, stored)
    assert not office.verify_password(secret + "x", stored)
    assert office.authenticate(db, login="nigar", password=secret).role == "trainer"
    db.close()  # checkpoints the WAL into the main file
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert secret.encode() not in raw
    assert secret.encode("utf-16-le") not in raw
    assert b"nigar" in raw  # the search would have found a clear-text value


def test_the_same_password_hashes_differently_each_time():
    assert office.hash_password(PASSWORD) != office.hash_password(PASSWORD)


@pytest.mark.parametrize(
    "stored",
    ["plain-text", "md5$1$a$b", "scrypt$abc$YQ==$YQ==", "scrypt$16384$a$b", "scrypt$0$YQ==$YQ==",
     "scrypt$16384$YQ==$"],
)  # fmt: skip
def test_a_malformed_stored_hash_never_verifies(stored):
    """A damaged row (a bad import, a hand edit) is a wrong password, not a crash at login."""
    assert office.verify_password(PASSWORD, stored) is False


def test_login_against_a_damaged_hash_is_the_usual_refusal(db, admin):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE officer SET password_hash = 'scrypt$x$!$!' WHERE login='admin'"))
    with pytest.raises(PermissionDenied, match="wrong login or password"):
        office.authenticate(db, login="admin", password=PASSWORD)


def test_actor_for_a_known_login(db, admin):
    assert office.actor_for(db, "admin") == admin
    with pytest.raises(NotFound):
        office.actor_for(db, "ghost")
