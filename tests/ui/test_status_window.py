"""The start window, driven offscreen with pytest-qt on real database files."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from app.demo.build import build_demo
from app.store import open_database
from app.ui.app import StatusWindow, install_fonts


def texts(window: StatusWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel))


def test_new_database_says_what_to_do(qtbot, qapp, tmp_path):
    db = open_database(tmp_path / "new.sqlite")
    window = StatusWindow(db)
    qtbot.addWidget(window)
    assert "Welcome" in window.heading.text()
    assert "fieldbook demo" in texts(window)
    db.close()


def test_demo_office_shows_its_figures_with_the_manat_sign(qtbot, qapp, tmp_path):
    install_fonts(qapp)
    db = open_database(tmp_path / "demo.sqlite")
    build_demo(db, district="Xaçmaz", beneficiaries=60, seed=2, today=date.today())
    window = StatusWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = texts(window)
    assert window.heading.text() == "Xaçmaz office"
    assert "XAC-1" in shown
    assert "₼" in shown
    assert "60" in shown
    assert qapp.font().family() == "Arimo"
    assert not window.grab().isNull()
    db.close()
