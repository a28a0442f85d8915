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


def test_backup_now_writes_a_database_copy(qtbot, make_window, tmp_path):
    window = make_window("admin")
    window.show_screen("settings")
    screen = window.screens["settings"]
    target = tmp_path / "usb" / "backup.sqlite"
    screen.choose_backup_file = lambda: str(target)
    screen.backup_button.click()
    qtbot.waitUntil(lambda: "Backed up" in screen.backup_state.text(), timeout=10_000)
    with sqlite3.connect(target) as c:
        people = c.execute("SELECT count(*) FROM beneficiary").fetchone()[0]
    assert people == 80
    assert str(window.ctx.db.path) in [
        w.text() for w in screen.findChildren(type(screen.backup_state))
    ]
