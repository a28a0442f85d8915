"""#11: an encrypted laptop opens only with a password typed on it. An officer new to the laptop
signs in the first time in the login dialog with a colleague who already works on it, or with a
one-time code the administrator made here (Settings → Officers); a used or expired code is
refused with a sentence that says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import crypto
from app.services import office
from app.store import open_database
from app.ui.login import LoginDialog

DEMO = "fieldbook-demo"  # every demo officer's password


@pytest.fixture
def encrypted_office(tmp_path: Path) -> Path:
    """A small demo office encrypted by its supervisor: no one else has a key entry yet."""
    from app.demo.build import build_demo

    path = tmp_path / "office.sqlite"
    db = open_database(path)
    build_demo(db, beneficiaries=10, seed=5)
    db.close()
    crypto.encrypt_existing(path, "admin", DEMO)
    return path


def a_login_dialog(qtbot, path: Path, login: str, password: str) -> LoginDialog:
    dialog = LoginDialog(None, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, password)
    return dialog


def test_a_colleague_unlocks_for_an_officer_new_to_the_laptop(qtbot, encrypted_office):
    dialog = a_login_dialog(qtbot, encrypted_office, "loan1", DEMO)
    assert dialog.colleague_login.isHidden()
    dialog.check()  # her password is right, but nothing on this laptop opens with it yet
    assert dialog.db is None and dialog.actor is None
    assert "ask a colleague" in dialog.errors.message("password")
    assert not dialog.colleague_login.isHidden() and not dialog.code.isHidden()
    qtbot.keyClicks(dialog.colleague_login, "admin")
    qtbot.keyClicks(dialog.colleague_password, "not-the-password")
    dialog.check()
    assert dialog.db is None
    assert "of the colleague" in dialog.errors.message("colleague_password")
    assert dialog.login.text() == "loan1"  # what was typed stays
    dialog.colleague_password.clear()
    qtbot.keyClicks(dialog.colleague_password, DEMO)
    dialog.check()
    assert dialog.actor is not None and dialog.actor.login == "loan1"
    assert dialog.colleague_password.text() == ""  # not kept
    dialog.db.close()
    assert "loan1" in crypto.officers_with_keys(encrypted_office)
    again = a_login_dialog(qtbot, encrypted_office, "loan1", DEMO)  # alone from now on
    again.check()
    assert again.actor is not None and again.actor.login == "loan1"
    again.db.close()


def test_a_one_time_code_from_the_officers_box_lets_an_officer_in_once(
    qtbot, encrypted_office, message_boxes
):
    from app.ui.context import AppContext
    from app.ui.screens.officers import OfficersBox

    admin = a_login_dialog(qtbot, encrypted_office, "admin", DEMO)
    admin.check()
    db = admin.db
    box = OfficersBox(AppContext(db, admin.actor))
    qtbot.addWidget(box)
    assert box.code_button.isVisibleTo(box) and box.code_button.isEnabled()
    assert box.make_code() is None  # no officer selected: said so, nothing made
    row = next(i for i in range(box.model.rowCount()) if box.model.row_at(i).login == "trainer")
    box.table.setCurrentIndex(box.model.index(row, 0))
    shown = []
    box.show_code = lambda officer, code: shown.append((officer.login, code))
    code = box.make_code()
    assert shown == [("trainer", code)] and len(code) == 11
    from app.services.office import actor_for

    assert not OfficersBox(AppContext(db, actor_for(db, "supervisor"))).code_button.isEnabled()
    db.close()

    dialog = a_login_dialog(qtbot, encrypted_office, "trainer", DEMO)
    dialog.new_here.click()  # she knows she is new here
    assert not dialog.code.isHidden()
    qtbot.keyClicks(dialog.code, "AAAAA-AAAAA")
    dialog.check()
    assert dialog.db is None and "wrong one-time code" in dialog.errors.message("code")
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code.lower())
    dialog.check()
    assert dialog.actor is not None and dialog.actor.login == "trainer"
    dialog.db.close()
    assert crypto.pending_codes(encrypted_office) == {}

    reused = a_login_dialog(qtbot, encrypted_office, "trainer", "a-wrong-password")
    reused.new_here.click()
    qtbot.keyClicks(reused.code, code)
    reused.check()
    assert reused.db is None
    assert "already been used" in reused.errors.message("code")


def test_an_expired_code_is_refused_with_a_clear_message(qtbot, encrypted_office):
    db = open_database(encrypted_office, key=crypto.unlock(encrypted_office, "admin", DEMO))
    two_days_ago = datetime.now(UTC) - timedelta(hours=73)
    code = crypto.make_code(db, "loan2", now=two_days_ago)  # valid for 72 hours from then
    db.close()
    dialog = a_login_dialog(qtbot, encrypted_office, "loan2", DEMO)
    dialog.new_here.click()
    qtbot.keyClicks(dialog.code, code)
    dialog.check()
    assert dialog.db is None and dialog.actor is None
    assert "has expired" in dialog.errors.message("code")
    assert "ask the administrator for a new one" in dialog.errors.message("code")


def test_a_plain_laptop_shows_no_first_time_fields(qtbot, demo_db):
    dialog = LoginDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.new_here.isVisible() and dialog.colleague_login.isHidden()
    assert office.office(demo_db).district_name
