"""Starting the desktop client: open (create, migrate) the database and show the main window.

The full screens (login, case files, loans, repayments, trainings) are built in #4; until then
the window shows this office's status and portfolio, read through the services.
"""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from app.errors import NotFound
from app.money import format_amount
from app.resources import FONT_BOLD, FONT_REGULAR
from app.services import office, reports
from app.services.beneficiaries import count_beneficiaries
from app.store import Database, open_database


class StatusWindow(QMainWindow):
    """The office at a glance: district, device, case files and portfolio quality."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Fieldbook"))
        self.resize(560, 360)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.refresh()

    def _row(self, label: str, value: str) -> None:
        field = QLabel(value)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, field)

    def refresh(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._row(self.tr("Database"), str(self.db.path))
        try:
            off = office.office(self.db)
        except NotFound:
            self.heading.setText(self.tr("Welcome to Fieldbook"))
            self.hint.setText(
                self.tr(
                    "This database has no office yet. To practise with a demo district office, "
                    'run: fieldbook demo --db "{path}" and start Fieldbook again.'
                ).replace("{path}", str(self.db.path))
            )
            return
        today = date.today()
        p = reports.portfolio(self.db, today)
        self.heading.setText(self.tr("{district} office").replace("{district}", off.district_name))
        self._row(self.tr("Device"), f"{off.district_code}-{off.device_no}")
        self._row(self.tr("Case files"), str(count_beneficiaries(self.db)))
        self._row(self.tr("Active loans"), str(p.active_loans))
        self._row(self.tr("Outstanding principal"), format_amount(p.outstanding_principal))
        self._row(self.tr("PAR30"), f"{p.par30:.2%}")
        self._row(self.tr("Repayment rate"), f"{p.repayment_rate:.2%}")
        self.hint.setText(
            self.tr("Figures as of {date}.").replace("{date}", today.strftime("%d.%m.%Y"))
        )


def install_fonts(app: QApplication) -> None:
    """Use the shipped Arimo everywhere: it has every Azerbaijani letter and ₼ (DejaVu lacks ₼)."""
    families = []
    for path in (FONT_REGULAR, FONT_BOLD):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], app.font().pointSize()))


def smoke_exit_after(app: QApplication, window: QWidget) -> None:
    """Bundle smoke test: with FIELDBOOK_SMOKE_EXIT_MS set, report the first window and quit."""
    import os

    ms = os.environ.get("FIELDBOOK_SMOKE_EXIT_MS")
    if not ms:
        return
    from PySide6.QtCore import QTimer

    def done() -> None:
        print(f"fieldbook: shown {window.objectName() or type(window).__name__}", flush=True)
        app.quit()

    QTimer.singleShot(int(ms), done)


def run(db_path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Fieldbook")
    install_fonts(app)
    db = open_database(db_path)
    window = StatusWindow(db)
    window.show()
    smoke_exit_after(app, window)
    try:
        return app.exec()
    finally:
        db.close()
