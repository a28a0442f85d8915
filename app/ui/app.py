"""Starting the desktop client: open (create, migrate) the database, set up the office on first
start, log in offline, show the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.resources import FONT_BOLD, FONT_REGULAR
from app.services.context import Actor
from app.store import Database, open_database
from app.ui.context import AppContext
from app.ui.login import LoginDialog, SetupDialog, needs_setup


def install_fonts(app: QApplication) -> None:
    """Use the shipped Arimo everywhere: it has every Azerbaijani letter and ₼ (DejaVu lacks ₼)."""
    families = []
    for path in (FONT_REGULAR, FONT_BOLD):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], 10))


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Fieldbook")
    app.setOrganizationName("Fieldbook")
    app.setStyle("Fusion")
    install_fonts(app)
    return app


def smoke_exit_after(app: QApplication, window: QWidget) -> None:
    """Bundle smoke test: with FIELDBOOK_SMOKE_EXIT_MS set, report the first window and quit."""
    ms = os.environ.get("FIELDBOOK_SMOKE_EXIT_MS")
    if not ms:
        return

    def done() -> None:
        print(f"fieldbook: shown {window.objectName() or type(window).__name__}", flush=True)
        if isinstance(window, QDialog):
            window.reject()
        app.quit()

    QTimer.singleShot(int(ms), done)


def sign_in(db: Database, app: QApplication) -> Actor | None:
    """The set-up on a new database, else the login. None when the person cancels."""
    dialog: SetupDialog | LoginDialog = SetupDialog(db) if needs_setup(db) else LoginDialog(db)
    smoke_exit_after(app, dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def run(db_path: str | None = None) -> int:
    app = application()
    db = open_database(db_path)
    try:
        actor = sign_in(db, app)
        if actor is None:
            return 0
        from app.ui.main_window import MainWindow

        window = MainWindow(AppContext(db, actor))
        window.show()
        return app.exec()
    finally:
        from app.ui import workers

        workers.wait_all()
        db.close()
