"""Settings: where the database lives, a backup now (to a file you choose), the language."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.settings import load_settings, save_settings
from app.ui import i18n, labels, workers
from app.ui.common import heading, report_error
from app.ui.context import AppContext


class SettingsScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("settings")
        self.stale = False
        off = ctx.office
        where = QFormLayout()
        path = QLabel(str(ctx.db.path))
        path.setObjectName("db_path")
        path.setTextInteractionFlags(path.textInteractionFlags().TextSelectableByMouse)
        where.addRow(self.tr("Database file"), path)
        where.addRow(
            self.tr("District office"), QLabel(f"{off.district_name} ({off.district_code})")
        )
        where.addRow(self.tr("This laptop"), QLabel(f"{off.district_code}-{off.device_no}"))
        where.addRow(
            self.tr("Logged in"),
            QLabel(f"{ctx.actor.full_name} — {labels.role(ctx.actor.role)}"),
        )
        box = QGroupBox(self.tr("This office"))
        box.setLayout(where)

        from app.ui.screens.backup_box import BackupBox

        backup = self.backups = BackupBox(ctx)
        # a one-off copy to any file (another stick, a colleague's laptop), beside the daily ones
        self.backup_button = QPushButton(self.tr("Copy to a file…"))
        self.backup_button.setObjectName("backup_to_file")
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_state = QLabel()
        self.backup_state.setObjectName("backup_file_state")
        self.backup_state.setWordWrap(True)
        backup.layout().addWidget(self.backup_state)
        backup.layout().itemAt(backup.layout().count() - 2).layout().insertWidget(
            2, self.backup_button
        )

        # #7: each language named in itself, so anyone finds theirs; remembered in the settings
        # file and applied at the next start (windows take their words when they are built).
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(load_settings().language)))
        self.language.currentIndexChanged.connect(self.choose_language)
        self.language_note = QLabel(self.tr("Restart Fieldbook to switch the language"))
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        lang_form = QFormLayout()
        lang_form.addRow(self.tr("Language"), self.language)
        lang_form.addRow("", self.language_note)
        lang_box = QGroupBox(self.tr("Language"))
        lang_box.setLayout(lang_form)

        from app.ui.screens.officers import OfficersBox
        from app.ui.screens.organisation_box import OrganisationBox
        from app.ui.screens.products import ProductsBox
        from app.ui.screens.server_box import ServerBox

        self.organisation = OrganisationBox(ctx)
        self.officers = OfficersBox(ctx)
        self.products = ProductsBox(ctx)
        self.server = ServerBox(ctx)
        from app.ui.screens.protection_box import ProtectionBox

        self.protection = ProtectionBox(ctx)
        content = QWidget()
        column = QVBoxLayout(content)
        for part in (box, self.organisation, self.officers, self.products, self.protection,
                     self.server, backup, lang_box):  # fmt: skip
            column.addWidget(part)
        column.addStretch(1)
        scroll = QScrollArea()  # a small laptop screen still reaches every setting
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        self.stale = False

    def choose_language(self) -> None:
        code = self.language.currentData()
        try:
            save_settings(load_settings().with_changes(language=code))
        except OSError as e:
            report_error(self, e)
            return
        self.language_note.setVisible(code != i18n.current_language())

    def choose_backup_file(self) -> str:
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        suggested = Path.home() / f"fieldbook-{self.ctx.office.district_code}-{stamp}.sqlite"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), str(suggested), self.tr("Fieldbook backup (*.sqlite)")
        )
        return path

    def backup_now(self) -> None:
        dest = self.choose_backup_file()
        if not dest:
            return
        self.backup_button.setEnabled(False)
        self.backup_state.setText(self.tr("Backing up…"))

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.backup_state.setText(
                self.tr("Backed up to {path} at {time}.").replace("{path}", str(path))
                .replace("{time}", datetime.now().strftime("%H:%M"))
            )  # fmt: skip

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.backup_state.setText(self.tr("The backup failed."))
            report_error(self, error)

        workers.start(
            lambda db, target, state: db.backup(target),
            self.ctx.db,
            dest,
            on_done=done,
            on_error=failed,
            title=self.tr("Backing up"),
            parent=self,
        )
