"""Officers (#13): the administrator resets a forgotten password and deactivates an officer who
left; never oneself, never the office's last administrator."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import office
from tests.builders import PASSWORD, an_officer


def test_a_reset_password_signs_in_and_the_old_one_no_longer(db, admin):
    an_officer(db, admin, "loan_officer", login="vüsal")
    office.reset_password(db, actor=admin, login="Vüsal ", password="yeni-parol-2026")
    assert office.authenticate(db, login="vüsal", password="yeni-parol-2026").login == "vüsal"
    with pytest.raises(PermissionDenied):
        office.authenticate(db, login="vüsal", password=PASSWORD)
    with pytest.raises(ValidationError) as short:
        office.reset_password(db, actor=admin, login="vüsal", password="qısa")
    assert short.value.field == "password"


def test_a_deactivated_officer_cannot_sign_in_until_reactivated(db, admin):
    an_officer(db, admin, "loan_officer", login="vüsal")
    office.set_officer_active(db, actor=admin, login="vüsal", active=False)
    with pytest.raises(PermissionDenied):
        office.authenticate(db, login="vüsal", password=PASSWORD)
    office.set_officer_active(db, actor=admin, login="vüsal", active=True)
    assert office.authenticate(db, login="vüsal", password=PASSWORD).role == "loan_officer"


def test_never_oneself_never_the_last_administrator_and_only_an_administrator(db, admin):
    other_admin = an_officer(db, admin, "administrator", login="ilqar")
    supervisor = an_officer(db, admin, "supervisor", login="nərmin")
    with pytest.raises(Conflict, match="your own login"):
        office.set_officer_active(db, actor=admin, login=admin.login, active=False)
    office.set_officer_active(db, actor=other_admin, login=admin.login, active=False)
    with pytest.raises(Conflict, match="last administrator"):  # ilqar is the last one now
        office.set_officer_active(db, actor=admin, login="ilqar", active=False)
    with pytest.raises(PermissionDenied):
        office.set_officer_active(db, actor=supervisor, login="ilqar", active=False)
    with pytest.raises(PermissionDenied):
        office.reset_password(db, actor=supervisor, login="ilqar", password="yeni-parol-2026")


def test_the_command_line_does_the_same(db, admin, capsys, monkeypatch):
    path = str(db.path)
    monkeypatch.setenv("FIELDBOOK_NEW_PASSWORD", "yeni-parol-2026")
    assert main(["officer", "add", "--db", path, "nərmin", "--name", "Quliyeva Nərmin",
                 "--role", "supervisor", "--json"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["role"] == "supervisor"
    assert office.authenticate(db, login="nərmin", password="yeni-parol-2026")
    assert main(["officer", "deactivate", "--db", path, "nərmin"]) == 0
    capsys.readouterr()
    assert main(["officer", "list", "--db", path, "--json"]) == 0
    listed = {o["login"]: o["active"] for o in json.loads(capsys.readouterr().out)}
    assert listed == {"admin": True, "nərmin": False}
    monkeypatch.setenv("FIELDBOOK_NEW_PASSWORD", "short")
    assert main(["officer", "reset-password", "--db", path, "nərmin"]) != 0
    assert "at least 8 characters" in capsys.readouterr().err
