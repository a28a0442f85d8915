"""Sync from the desktop (#5): status line, Sync now in a worker, conflicts for a supervisor.

A real uvicorn server on 127.0.0.1 and two real laptop databases (the sync tests' fixtures).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import beneficiaries
from app.sync.client import sync_once, sync_status
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.builders import a_beneficiary, an_officer
from tests.sync.conftest import _token_folder, a_device, a_district_name, first_admin, server
from tests.ui.conftest import settle

__all__ = ["_token_folder", "server"]  # fixtures shared with the sync tests


def _window(qtbot, device, login):
    window = MainWindow(
        AppContext(device.db, device.actor(login)), automatic_sync=False, automatic_backup=False
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_sync_now_and_a_conflict_resolved_from_reports(qtbot, server, tmp_path):
    district = a_district_name()
    a = a_device(server, tmp_path, district, "a")
    admin = first_admin(a)
    an_officer(a.db, admin, "supervisor", login="super1")
    person = a_beneficiary(a.db, admin)
    sync_once(a.db)
    b = a_device(server, tmp_path, district, "b")
    sync_once(b.db)
    beneficiaries.edit_beneficiary(a.db, actor=a.actor(), beneficiary_id=person, phone="0501112233")
    beneficiaries.edit_beneficiary(b.db, actor=b.actor(), beneficiary_id=person, phone="0559998877")
    sync_once(b.db)

    window = _window(qtbot, a, "super1")
    settle(qtbot)
    qtbot.waitUntil(lambda: "to send" in window.sync_state.text(), timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # Sync now
    qtbot.waitUntil(lambda: window.sync.running is not None and window.sync.running.done,
                    timeout=30_000)  # fmt: skip
    settle(qtbot)
    qtbot.waitUntil(lambda: "Synced at" in window.sync_state.text(), timeout=10_000)
    assert "1 conflicts to review" in window.sync_state.text()

    window.show_screen("reports")
    box = window.screens["reports"].conflicts
    box.refresh()
    assert box.model.rowCount() == 1
    conflict = box.model.row_at(0)
    assert conflict.label.endswith(": phone")
    box.table.selectRow(0)
    assert box.other_button.isEnabled()
    box.other_button.click()
    assert box.body.is_empty
    sync_once(a.db)
    sync_once(b.db)
    assert beneficiaries.get_beneficiary(b.db, person) is not None
    with b.db.engine.connect() as conn:
        phone = conn.exec_driver_sql("SELECT phone FROM beneficiary").scalar()
    assert phone == conflict.other_value


def test_an_unenrolled_laptop_says_offline_and_a_loan_officer_cannot_resolve(qtbot, make_window):
    window = make_window("loan1")
    assert window.sync_state.text().startswith("Offline")
    assert window.sync.sync_now() is None
    box = window.screens["reports"].conflicts
    assert not box.keep_button.isEnabled() and not box.other_button.isEnabled()


def test_connect_a_laptop_from_settings(qtbot, server, tmp_path):
    from app.services import office
    from app.store import open_database

    district = a_district_name()
    # a pilot laptop, the first of its district, set up on its own, then connected from Settings
    db = open_database(tmp_path / "pilot.sqlite")
    office.initialise_office(db, district_name=district[0], district_code=district[1],
                             device_no=7)  # fmt: skip
    admin = office.create_officer(db, actor=None, login="boss", full_name="Ağa Bəy",
                                  role="administrator", password="uzun-parol-1")  # fmt: skip
    window = MainWindow(AppContext(db, admin), automatic_sync=False, automatic_backup=False)
    qtbot.addWidget(window)
    box = window.screens["settings"].server
    assert box.connect_button.isVisible() is False or "Not connected" in box.state.text()
    box.url.setText(server.url)
    box.code.setText("wrong-code")
    task = box.connect_server()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    settle(qtbot)
    assert "refused" in box.state.text() and box.url.text() == server.url
    box.code.setText(server.code(*district))
    task = box.connect_server()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    settle(qtbot)
    assert box.server_url() == server.url, box.state.text()
    assert "Connected" in box.state.text()
    assert sync_status(db).pending == 0  # its records went up in the first sync
    db.close()


def test_a_new_laptop_joins_its_office_at_first_start_and_its_officers_log_in(
    qtbot, server, tmp_path
):
    from PySide6.QtWidgets import QDialog

    from app.services import office
    from app.store import open_database
    from app.ui.login import JoinDialog, LoginDialog, SetupDialog, needs_setup
    from tests.builders import PASSWORD

    district = a_district_name()
    first = a_device(server, tmp_path, district, "first")
    first_admin(first)
    a_beneficiary(first.db, first.actor())
    sync_once(first.db)

    db = open_database(tmp_path / "new.sqlite")
    setup = SetupDialog(db)
    qtbot.addWidget(setup)
    assert setup.findChild(object, "join") is not None

    def ask_server() -> bool:  # the real join dialog, driven without its modal loop
        join = JoinDialog(db, setup)
        qtbot.addWidget(join)
        join.url.setText(server.url)
        join.code.setText("not-a-code")
        task = join.connect_laptop()
        qtbot.waitUntil(lambda: task.done, timeout=30_000)
        settle(qtbot)
        assert "refused" in join.state.text() and join.url.text() == server.url  # kept
        assert join.result() != QDialog.DialogCode.Accepted and join.ok.isEnabled()
        join.code.setText(server.code(*district))
        task = join.connect_laptop()
        qtbot.waitUntil(lambda: task.done, timeout=30_000)
        settle(qtbot)
        return join.result() == QDialog.DialogCode.Accepted

    setup.ask_server = ask_server
    setup.join()
    assert setup.joined and setup.result() == QDialog.DialogCode.Accepted
    assert not needs_setup(db)
    assert office.office(db).district_name == district[0]
    login = LoginDialog(db)  # what app.sign_in shows next
    qtbot.addWidget(login)
    login.login.setText("admin")
    login.password.setText(PASSWORD)
    login.check()
    assert login.actor is not None and login.actor.login == "admin"
    assert sync_status(db).pending == 0
    db.close()


def test_a_join_cut_short_goes_on_without_a_new_code_and_setup_waits_for_it(
    qtbot, server, tmp_path
):
    from app.store import open_database
    from app.sync.enroll import enroll
    from app.ui.login import SetupDialog, needs_setup
    from app.ui.screens.server_box import connect_laptop

    district = a_district_name()
    first = a_device(server, tmp_path, district, "first")
    first_admin(first)
    sync_once(first.db)

    db = open_database(tmp_path / "cut.sqlite")
    enroll(db, server_url=server.url, code=server.code(*district))  # then the line dropped
    setup = SetupDialog(db)
    qtbot.addWidget(setup)
    setup.ask_server = lambda: False  # the join dialog closed before the copy finished
    setup.join()
    assert not setup.joined and not setup.create_button.isEnabled()  # no second administrator
    assert "Join again" in setup.errors.general.text()
    assert not setup.district.isEnabled()  # the district is the server's now

    connect_laptop(db, server.url, "the code is used up")  # Join again: no enroll, only the copy
    assert not needs_setup(db)
    setup.ask_server = lambda: True
    setup.join()
    assert setup.joined
    db.close()


def test_needs_attention_is_listed_in_reports_and_tried_again(qtbot, server, tmp_path):
    """#11: a pulled row this laptop could not store waits in Reports with its reason; "Try
    again" stores it once it can be, and the list says so."""
    import json as _json

    from app.sync import outbox

    district = a_district_name()
    a = a_device(server, tmp_path, district, "a")
    admin = first_admin(a)
    person = a_beneficiary(a.db, admin, surname="Əliyeva")
    with a.db.engine.connect() as conn:
        fields = _json.loads(
            conn.exec_driver_sql(
                "SELECT fields FROM outbox WHERE row_id = ? AND table_name = 'beneficiary'",
                (person,),
            ).scalar_one()
        )
    sync_once(a.db)
    b = a_device(server, tmp_path, district, "b")
    sync_once(b.db)
    with b.db.transaction() as s:  # as an older version left it
        conn = s.connection()
        conn.exec_driver_sql("DELETE FROM beneficiary WHERE id = ?", (person,))
        outbox.set_aside(conn, "pull", "beneficiary", person, "insert",
                         {"fields": fields, "hlc": fields["hlc"]}, 409,
                         "could not be stored here: an older version")  # fmt: skip

    window = _window(qtbot, b, "admin")
    window.show_screen("reports")
    box = window.screens["reports"].attention
    box.refresh()
    assert box.model.rowCount() == 1 and not box.body.is_empty
    assert "older version" in box.model.row_at(0).reason
    assert box.retry_button.isEnabled()
    box.grab().save(str(tmp_path / "attention.png"))
    box.retry_button.click()
    assert box.body.is_empty and not box.retry_button.isEnabled()
    assert "1 went through, 0 still" in box.result.text()
    assert beneficiaries.get_beneficiary(b.db, person).surname == "Əliyeva"
    a.db.close()
    b.db.close()
