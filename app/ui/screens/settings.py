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
    QVBoxLayout,
    QWidget,
)

from app.ui import labels, workers
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

        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_state = QLabel(
            self.tr("Copy the database to a USB stick or another folder. Work can go on meanwhile.")
        )
        self.backup_state.setObjectName("backup_state")
        self.backup_state.setWordWrap(True)
        backup = QGroupBox(self.tr("Backup"))
        bl = QVBoxLayout(backup)
        bl.addWidget(self.backup_state)
        bl.addWidget(self.backup_button)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("English", "en")
        lang_form = QFormLayout()
        lang_form.addRow(self.tr("Language"), self.language)
        lang_box = QGroupBox(self.tr("Language"))
        lang_box.setLayout(lang_form)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        layout.addWidget(box)
        layout.addWidget(backup)
        layout.addWidget(lang_box)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.stale = False

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
