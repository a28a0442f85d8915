"""Reports and settings screens: figures as of a date, a backup that runs in a worker."""

from __future__ import annotations

import sqlite3
from datetime import date

from app.money import format_amount
from app.services import reports
from app.ui.common import to_qdate
from tests.ui.conftest import settle


def test_reports_show_the_portfolio_as_of_the_chosen_date(qtbot, make_window):
    window = make_window("supervisor")
    window.show_screen("reports")
    screen = window.screens["reports"]
    settle(qtbot)
    expected = reports.portfolio(window.ctx.db, date.today())
    assert screen.values["outstanding"].text() == format_amount(expected.outstanding_principal)
    assert screen.values["active_loans"].text() == f"{expected.active_loans:,}"
    screen.as_of.setDate(to_qdate(date(2000, 1, 1)))  # before the programme: nothing yet
    settle(qtbot)
    qtbot.waitUntil(lambda: screen.values["active_loans"].text() == "0")
    assert screen.values["enrolled"].text() != "…"
    assert "01.01.2000" in screen.state.text()


def test_backups_to_a_folder_and_a_restore_that_keeps_the_current_file_aside(
    qtbot, make_window, tmp_path
):
    from app.services import beneficiaries
    from app.settings import load_settings, save_settings
    from app.store import open_database

    stick = tmp_path / "usb"
    save_settings(load_settings().with_changes(backup_folder=str(stick)))
    window = make_window("admin")
    window.show_screen("settings")
    box = window.screens["settings"].backups
    assert "No backup yet" in box.state.text()
    task = box.backup_now()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    settle(qtbot)
    (copy,) = stick.glob("fieldbook-XAC-*.sqlite")
    with sqlite3.connect(copy) as c:
        assert c.execute("SELECT count(*) FROM beneficiary").fetchone()[0] == 80
    assert "Last backup" in box.state.text() and load_settings().last_backup_at is not None

    # after the backup a case file is added; restoring brings back the state of the backup
    db = window.ctx.db
    extra = beneficiaries.register_beneficiary(
        db, actor=window.ctx.actor, surname="Sonra", given_name="Gələn", sex="F",
        birth_date="01.01.1990", category="idp",
    )  # fmt: skip
    box.choose_backup_file = lambda: str(copy)
    box.confirm_restore = lambda check: check.counts.get("beneficiaries") == 80
    result = box.restore()
    assert result is not None and result.aside is not None and result.aside.exists()
    reopened = open_database(db.path)
    with reopened.engine.connect() as conn:
        ids = {r[0] for r in conn.exec_driver_sql("SELECT id FROM beneficiary")}
    reopened.close()
    assert len(ids) == 80 and extra not in ids


def test_a_copy_to_any_file(qtbot, make_window, tmp_path):
    window = make_window("admin")
    screen = window.screens["settings"]
    target = tmp_path / "other" / "copy.sqlite"
    screen.choose_backup_file = lambda: str(target)
    screen.backup_button.click()
    qtbot.waitUntil(lambda: "Backed up" in screen.backup_state.text(), timeout=10_000)
    with sqlite3.connect(target) as c:
        assert c.execute("SELECT count(*) FROM beneficiary").fetchone()[0] == 80


def test_the_administrator_adds_a_loan_officer_who_can_then_log_in(qtbot, make_window):
    from app.services import office
    from app.ui.screens.officers import NewOfficerDialog

    window = make_window("admin")
    box = window.screens["settings"].officers
    before = box.model.rowCount()
    dialog = NewOfficerDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Nəsibova Aysel")
    dialog.login.setText("aysel")
    dialog.password.setText("bazar-gunu-1")
    dialog.repeat.setText("bazar-gunu-2")
    dialog.save()
    assert dialog.errors.message("repeat") and dialog.created is None
    dialog.repeat.setText("bazar-gunu-1")
    dialog.save()
    assert dialog.created is not None and dialog.created.role == "loan_officer"
    box.refresh()
    assert box.model.rowCount() == before + 1
    actor = office.authenticate(window.ctx.db, login="aysel", password="bazar-gunu-1")
    assert actor.full_name == "Nəsibova Aysel"


def test_only_the_administrator_adds_officers(qtbot, make_window):
    window = make_window("supervisor")
    assert not window.screens["settings"].officers.add_button.isEnabled()


def test_encrypting_an_existing_plain_database_from_settings(qtbot, make_window, message_boxes):
    import pytest

    from app.crypto import is_encrypted, unlock
    from app.errors import PermissionDenied
    from app.store import open_database

    window = make_window("admin")
    box = window.screens["settings"].protection
    assert "NOT encrypted" in box.state.text() and box.encrypt_button.isEnabled()
    path = window.ctx.db.path
    with window.ctx.db.engine.connect() as conn:
        pending = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()
    box.ask_password = lambda: "wrong-password"
    assert box.encrypt() is None  # refused before anything is closed
    assert [kind for kind, _title, _text in message_boxes] == ["warning"]
    assert "wrong login or password" in message_boxes[0][2]
    assert not is_encrypted(path) and window.ctx.db.engine is not None
    box.ask_password = lambda: "fieldbook-demo"
    task = box.encrypt()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert is_encrypted(path)
    key = unlock(path, "admin", "fieldbook-demo")  # the password typed to encrypt opens it
    with pytest.raises(PermissionDenied, match="does not open this laptop yet"):
        unlock(path, "loan1", "fieldbook-demo")  # no entry from a stored password hash
    assert unlock(path, "loan1", "fieldbook-demo", colleague=("admin", "fieldbook-demo")) == key
    db = open_database(path, key=key)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() == pending
    db.close()
