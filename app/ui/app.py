"""Starting the desktop client: open (create, migrate) the database, set up the office on first
start, log in offline, show the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.resources import FONT_BOLD, FONT_REGULAR
from app.services.context import Actor
from app.store import Database, UnusableDatabase, open_database
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


def sign_in(
    path: Path, app: QApplication, *, language: str = "en"
) -> tuple[Database, Actor] | None:
    """Open the file and log in: the set-up on a new database, the unlock-and-login on an
    encrypted one, else the login. None when the person cancels (the file is closed)."""
    from app.crypto import is_encrypted

    if is_encrypted(path):
        dialog: SetupDialog | LoginDialog = LoginDialog(None, path=path)
    else:
        db = open_database(path)
        dialog = SetupDialog(db) if needs_setup(db) else LoginDialog(db)
    smoke_exit_after(app, dialog)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if isinstance(dialog, SetupDialog) and dialog.demo_requested:
        dialog.db.close()
        return open_demo(app)
    if isinstance(dialog, SetupDialog) and dialog.joined:  # officers came from the server
        dialog = LoginDialog(dialog.db)
        smoke_exit_after(app, dialog)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if not accepted or dialog.actor is None:
        if dialog.db is not None:
            dialog.db.close()
        return None
    assert dialog.db is not None
    return dialog.db, dialog.actor


DEMO_FILE = "fieldbook-demo.sqlite"


def open_demo(app: QApplication) -> tuple[Database, Actor] | None:
    """Practice on the demo office in its own file beside the real one (built once)."""
    from app.store import default_db_path

    path = default_db_path().with_name(DEMO_FILE)
    if not path.exists():
        from PySide6.QtWidgets import QProgressDialog

        from app.demo.build import build_demo

        wait = QProgressDialog(app.translate("app", "Building the demo office…"), "", 0, 0)
        wait.setCancelButton(None)
        wait.show()
        app.processEvents()
        db = open_database(path)
        build_demo(db, beneficiaries=300, progress=lambda *_: app.processEvents())
        db.close()
        wait.close()
    db = open_database(path)
    dialog = LoginDialog(db)
    dialog.login.setText("supervisor")
    dialog.password.setPlaceholderText("fieldbook-demo")
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        db.close()
        return None
    return db, dialog.actor


def run(db_path: str | None = None) -> int:
    from app.settings import load_settings
    from app.store import default_db_path

    app = application()
    settings = load_settings()
    from app.ui import i18n

    i18n.install(app, settings.language)
    path = Path(db_path) if db_path else default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        signed = sign_in(path, app)
    except UnusableDatabase as e:  # damaged, empty, newer, read-only… (#11): say so, touch nothing
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            app.translate("app", "Fieldbook cannot open this file"),
            str(e),
        )
        smoke_exit_after(app, box)
        box.exec()
        return 1
    if signed is None:
        return 0
    db, actor = signed
    try:
        from app.ui.main_window import MainWindow

        window = MainWindow(AppContext(db, actor))
        if db.path.name == DEMO_FILE:
            window.setWindowTitle(
                window.windowTitle()
                + " — "
                + QCoreApplication.translate("MainWindow", "DEMO (practice)")
            )
        window.show()
        return app.exec()
    finally:
        from app.ui import workers

        workers.wait_all()
        db.close()
