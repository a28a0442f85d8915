"""Start: first-run set-up, offline login, the main window's navigation and role limits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.crypto import encrypt_existing, is_encrypted
from app.services import office
from app.store import open_database
from app.ui.login import LoginDialog, SetupDialog, needs_setup
from tests.ui.conftest import settle, type_text


def test_first_start_sets_up_the_office_and_its_administrator(qtbot, tmp_path):
    db = open_database(tmp_path / "new.sqlite")
    assert needs_setup(db)
    dialog = SetupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.district.setCurrentIndex(dialog.district.findText("Ağdam", Qt.MatchFlag.MatchStartsWith))
    type_text(dialog.full_name, "Məmmədova Lalə")
    qtbot.keyClicks(dialog.password, "uzun-parol-1")
    qtbot.keyClicks(dialog.repeat, "uzun-parol-2")
    dialog.save()
    assert dialog.errors.message("repeat")  # the passwords differ: nothing written
    assert needs_setup(db) and dialog.full_name.text() == "Məmmədova Lalə"
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "uzun-parol-1")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == "administrator"
    db = dialog.db  # reopened with its key: the file was encrypted before any record existed
    assert db.key is not None and is_encrypted(db.path)
    assert office.office(db).district_name == "Ağdam" and not needs_setup(db)
    db.close()


def test_an_encrypted_laptop_opens_only_with_an_officers_password(qtbot, tmp_path):
    from app.demo.build import build_demo

    path = tmp_path / "office.sqlite"
    db = open_database(path)
    build_demo(db, beneficiaries=20, seed=4)
    db.close()
    encrypt_existing(path, "supervisor", "fieldbook-demo")
    assert b"liyev" not in path.read_bytes()  # no name in clear text on the disk
    dialog = LoginDialog(None, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.colleague_login.isHidden() and dialog.new_here.isVisible()
    qtbot.keyClicks(dialog.login, "supervisor")
    qtbot.keyClicks(dialog.password, "wrong-password")
    dialog.check()
    assert dialog.db is None and dialog.actor is None  # nothing opened
    assert "wrong login or password" in dialog.errors.message("password")
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "fieldbook-demo")
    dialog.check()
    assert dialog.actor is not None and dialog.actor.login == "supervisor"
    assert office.office(dialog.db).district_name == "Xaçmaz"
    dialog.db.close()


def test_login_works_offline_and_a_wrong_password_keeps_the_login(qtbot, demo_db):
    dialog = LoginDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.login, "loan1")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert "wrong login or password" in dialog.errors.message("password")
    assert dialog.login.text() == "loan1"
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "fieldbook-demo")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.login == "loan1"


def test_navigation_by_keyboard_and_the_status_bar(qtbot, make_window):
    window = make_window("supervisor")
    assert window.current_key() == "beneficiaries"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "loans"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "due"  # #14: the due list beside the repayments
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "reports"
    settle(qtbot)
    assert window.screens["reports"].values["active_loans"].text() != "…"
    assert "Hüseynova Günel" in window.who.text()
    assert "Xaçmaz" in window.where.text()
    assert "Offline" in window.sync_state.text()


def test_a_trainer_cannot_reach_loans_or_repayments(qtbot, make_window):
    window = make_window("trainer")
    assert window.current_key() == "trainings"
    assert not window.allowed("loans") and not window.allowed("repayments")
    assert not window.show_screen("repayments")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "trainings"
    assert not window.screens["repayments"].save_button.isEnabled()


def test_a_loan_officer_starts_on_repayments_and_may_not_reverse(qtbot, make_window):
    window = make_window("loan1")
    assert window.current_key() == "repayments"
    assert window.allowed("loans") and not window.screens["trainings"].new_button.isEnabled()


def test_the_window_locks_when_idle_and_only_the_password_opens_it(qtbot, make_window):
    window = make_window("loan1")
    lock = window.idle_lock
    lock.lock()  # as the idle timer would
    dialog = lock.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert window.centralWidget().isHidden()
    dialog.password.setText("not-the-password")
    dialog.check()
    assert lock.locked and "wrong login or password" in dialog.errors.message("password")
    dialog.reject()  # Esc does not unlock
    assert lock.locked
    dialog.password.setText("fieldbook-demo")
    dialog.check()
    qtbot.waitUntil(lambda: not lock.locked)
    assert not window.centralWidget().isHidden()
    assert lock.timer.isActive()


def test_a_file_fieldbook_cannot_open_is_named_in_a_message_and_left_as_it_is(tmp_path):
    """#11: started on an empty (or damaged, or newer) file, the desktop says why in a message
    box and exits; the file is not touched."""
    import os
    import subprocess
    import sys

    path = tmp_path / "office.sqlite"
    path.write_bytes(b"")
    env = {**os.environ, "FIELDBOOK_SMOKE_EXIT_MS": "300", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "gui", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert "fieldbook: shown QMessageBox" in done.stdout
    assert path.read_bytes() == b"" and not path.with_name("office.sqlite-wal").exists()
