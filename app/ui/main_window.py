"""The main window: navigation (Ctrl+1…6), one screen at a time, a status bar that says who is
logged in, which office, and the sync state."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.ui import labels
from app.ui.context import AppContext
from app.ui.lock import IdleLock
from app.ui.screens.beneficiaries import BeneficiariesScreen
from app.ui.screens.due import DueScreen
from app.ui.screens.loans import LoansScreen
from app.ui.screens.repayments import RepaymentsScreen
from app.ui.screens.reports import ReportsScreen
from app.ui.screens.settings import SettingsScreen
from app.ui.screens.trainings import TrainingsScreen
from app.ui.sync_status import SyncController

# Which screens a role works in; the others stay visible but disabled, so nobody wonders
# where they went. Everyone reads case files and reports.
SCREEN_ROLES = {
    "beneficiaries": None,
    "trainings": ("trainer", "supervisor", "administrator"),
    "loans": ("loan_officer", "supervisor", "administrator"),
    "repayments": ("loan_officer", "supervisor", "administrator"),
    "due": ("loan_officer", "supervisor", "administrator"),
    "reports": None,
    "settings": None,
}


def first_screen(role: str) -> str:
    return {"loan_officer": "repayments", "trainer": "trainings"}.get(role, "beneficiaries")


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        *,
        automatic_sync: bool = True,
        automatic_backup: bool = True,
        idle_minutes: int | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle(
            self.tr("Fieldbook — {district} office").replace("{district}", ctx.office.district_name)
        )
        self.resize(1200, 760)
        self.screens: dict[str, QWidget] = {
            "beneficiaries": BeneficiariesScreen(ctx),
            "trainings": TrainingsScreen(ctx),
            "loans": LoansScreen(ctx),
            "repayments": RepaymentsScreen(ctx),
            "due": DueScreen(ctx),
            "reports": ReportsScreen(ctx),
            "settings": SettingsScreen(ctx),
        }
        titles = {
            "beneficiaries": self.tr("Beneficiaries"),
            "trainings": self.tr("Trainings"),
            "loans": self.tr("Loans"),
            "repayments": self.tr("Repayments"),
            "due": self.tr("Due list"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(215)  # the longest item (Russian) with its shortcut
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; border: none; background: #f3f4f6; }"
            "QListWidget::item { padding: 10px 12px; }"
            "QListWidget::item:selected { background: #1d4ed8; color: white; }"
            "QListWidget::item:disabled { color: #9ca3af; }"
        )
        self.stack = QStackedWidget()
        self.keys = list(self.screens)
        for n, key in enumerate(self.keys, start=1):
            item = QListWidgetItem(f"{titles[key]}   Ctrl+{n}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            allowed = SCREEN_ROLES[key] is None or ctx.actor.role in SCREEN_ROLES[key]
            if not allowed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Not part of your role"))
            self.nav.addItem(item)
            self.stack.addWidget(self.screens[key])
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, k=key: self.show_screen(k))
            self.addAction(action)
        self.nav.currentRowChanged.connect(lambda row: self._shown(self.keys[row]))
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.who = QLabel(f"{ctx.actor.full_name} ({labels.role(ctx.actor.role)})")
        self.who.setObjectName("status_officer")
        self.where = QLabel(
            self.tr("{district} · laptop {code}-{n}")
            .replace("{district}", ctx.office.district_name)
            .replace("{code}", ctx.office.district_code)
            .replace("{n}", str(ctx.office.device_no))
        )
        self.sync = SyncController(ctx, automatic=automatic_sync)
        self.sync_state = QLabel(
            self.tr("Offline — changes are kept on this laptop")
            if not self.sync.enrolled()
            else "…"
        )
        self.sync_state.setObjectName("status_sync")
        self.sync.status_changed.connect(self.sync_state.setText)
        # "3 to send" grows with each save; counted a moment later, off the typing path
        self._sync_count = QTimer(self)
        self._sync_count.setSingleShot(True)
        self._sync_count.setInterval(1500)
        self._sync_count.timeout.connect(self.sync.refresh)
        ctx.changes_applied.connect(lambda _: self._sync_count.start())
        if self.sync.enrolled():
            self.sync.refresh()
        bar = self.statusBar()
        bar.addPermanentWidget(self.who)
        bar.addPermanentWidget(self.where)
        bar.addPermanentWidget(self.sync_state)
        ctx.status_message.connect(lambda text: bar.showMessage(text, 15_000))
        ctx.repay_requested.connect(self.repay)
        self._menus()
        if idle_minutes is None:
            from app.settings import load_settings

            idle_minutes = load_settings().idle_lock_minutes
        self.idle_lock = IdleLock(ctx, self, idle_minutes)
        from app.ui.screens.backup_box import AutoBackup

        self.auto_backup = AutoBackup(ctx, start=automatic_backup)
        self.auto_backup.reported.connect(lambda text: bar.showMessage(text, 60_000))
        QTimer.singleShot(0, lambda: self.show_screen(first_screen(ctx.actor.role)))

    def _menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        export = file.addAction(self.tr("Export ledger workbook…"))
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export_ledger)
        export.setEnabled(self.ctx.may("export.ledger"))
        imp = file.addAction(self.tr("Import beneficiaries from Excel…"))
        imp.setShortcut(QKeySequence("Ctrl+I"))
        imp.setEnabled(self.ctx.may("beneficiary.write"))
        imp.triggered.connect(self.import_beneficiaries)
        template = file.addAction(self.tr("Save the import template…"))
        template.triggered.connect(self.save_template)
        file.addSeparator()
        sync = file.addAction(self.tr("Sync now"))
        sync.setShortcut(QKeySequence("F5"))
        sync.triggered.connect(self.sync.sync_now)
        file.addSeparator()
        quit_ = file.addAction(self.tr("Quit"))
        quit_.setShortcut(QKeySequence("Ctrl+Q"))
        quit_.triggered.connect(self.close)

    def export_ledger(self) -> None:
        from datetime import date

        from app.ui.outputs import export_ledger

        export_ledger(self.ctx, date.today(), self)

    def import_beneficiaries(self) -> None:
        from app.ui.import_dialog import ImportDialog

        ImportDialog(self.ctx, self).exec()

    def save_template(self) -> None:
        import shutil

        from app.reports import template_path
        from app.ui.outputs import choose_file

        path = choose_file(
            self, self.tr("Save the import template"), "fieldbook-beneficiaries.xlsx",
            "Excel (*.xlsx)",
        )  # fmt: skip
        if path is not None:
            shutil.copyfile(template_path(), path)
            self.ctx.status_message.emit(
                self.tr("Template saved to {path}").replace("{path}", str(path))
            )

    def allowed(self, key: str) -> bool:
        item = self.nav.item(self.keys.index(key))
        return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def repay(self, loan_id: str) -> None:
        """#14: the loan screen's "Record repayment": the entry, that loan chosen."""
        if self.show_screen("repayments"):
            self.screens["repayments"].choose_loan(loan_id)

    def show_screen(self, key: str) -> bool:
        if not self.allowed(key):
            self.statusBar().showMessage(self.tr("That screen is not part of your role."), 5000)
            return False
        self.nav.setCurrentRow(self.keys.index(key))
        return True

    def _shown(self, key: str) -> None:
        screen = self.screens[key]
        self.stack.setCurrentWidget(screen)
        if getattr(screen, "stale", False):
            screen.refresh()

    def current_key(self) -> str:
        return self.keys[self.nav.currentRow()]
