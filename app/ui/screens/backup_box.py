"""Settings → Backups (#7): a folder (a USB stick), automatic daily copies keeping the last N,
"Back up now", and a restore that checks the file first and keeps the current database aside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.services import backups
from app.settings import load_settings, save_settings
from app.ui import workers
from app.ui.common import error_text, report_error
from app.ui.context import AppContext

HOURLY_MS = 60 * 60_000


class AutoBackup(QObject):
    """The daily backup: at start and every hour (it does nothing once today's exists)."""

    reported = Signal(str)  # an error or the age warning, for the status bar

    def __init__(self, ctx: AppContext, *, start: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self.run)
        if start:
            QTimer.singleShot(20_000, self.run)  # not while the person is logging in
            self.timer.start()

    def run(self) -> workers.Task:
        return workers.start(
            lambda db, state: backups.scheduled_backup(db), self.ctx.db,
            on_done=self._done, on_error=lambda e: self.reported.emit(error_text(e)),
        )  # fmt: skip

    def _done(self, result: backups.ScheduledBackup) -> None:
        message = result.error or result.warning
        if message:
            self.reported.emit(error_text(message))


class BackupBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("backups")
        self.setTitle(self.tr("Backups"))
        s = load_settings()
        self.folder = QLabel(str(s.backup_dir))
        self.folder.setObjectName("backup_folder")
        self.folder.setWordWrap(True)
        choose = QPushButton(self.tr("Choose folder…"))
        choose.clicked.connect(self.choose_folder)
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, 60)
        self.keep.setValue(s.backup_keep)
        self.keep.valueChanged.connect(
            lambda n: save_settings(load_settings().with_changes(backup_keep=n))
        )
        self.state = QLabel()
        self.state.setObjectName("backup_state")
        self.state.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.setObjectName("backup_now")
        self.now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(ctx.may("officer.manage"))
        self.restore_button.clicked.connect(self.restore)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Folder (a USB stick is best)"), row)
        form.addRow(self.tr("Daily copies to keep"), self.keep)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.show_state()

    # -- state -----------------------------------------------------------------------------
    def show_state(self, extra: str = "") -> None:
        s = load_settings()
        if s.last_backup_at is None:
            text = self.tr("No backup yet: connect the stick and back up now.")
        else:
            text = self.tr("Last backup: {when}.").replace(
                "{when}", s.last_backup_at.astimezone().strftime("%d.%m.%Y %H:%M")
            )
        warning = backups.backup_age_warning(s.last_backup_at)
        if warning and s.last_backup_at is not None:
            text += " " + self.tr("Older than a week: back up now.")
            self.state.setStyleSheet("color: #b42318;")
        else:
            self.state.setStyleSheet("")
        self.state.setText(f"{extra} {text}".strip())

    def choose_backup_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())

    def choose_folder(self) -> None:
        folder = self.choose_backup_folder()
        if folder:
            save_settings(load_settings().with_changes(backup_folder=folder))
            self.folder.setText(folder)

    # -- actions ---------------------------------------------------------------------------
    def backup_now(self) -> workers.Task:
        self.now_button.setEnabled(False)
        self.state.setText(self.tr("Backing up…"))
        folder = load_settings().backup_dir

        def done(info: backups.BackupInfo) -> None:
            backups.remember_backup(info)
            self.now_button.setEnabled(True)
            self.show_state(self.tr("Saved {name}.").replace("{name}", info.path.name))

        def failed(error: BaseException) -> None:
            self.now_button.setEnabled(True)
            self.show_state(self.tr("The backup failed."))
            report_error(self, error)

        return workers.start(
            lambda db, dest, state: backups.backup_now(db, dest), self.ctx.db, folder,
            on_done=done, on_error=failed, title=self.tr("Backing up"), parent=self,
        )  # fmt: skip

    def choose_backup_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), self.folder.text(), "Fieldbook (*.sqlite)"
        )
        return path

    def confirm_restore(self, check: backups.BackupCheck) -> bool:
        counts = check.counts
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "{district}, laptop {code}-{n}: {people} case files, {loans} loans, {pending} "
                "changes not yet synced.\n\nThe current database is kept aside, not deleted. "
                "Fieldbook closes after the restore; start it again."
            )
            .replace("{district}", check.district_name)
            .replace("{code}", check.district_code)
            .replace("{n}", str(check.device_no))
            .replace("{people}", str(counts.get("beneficiaries", 0)))
            .replace("{loans}", str(counts.get("loans", 0)))
            .replace("{pending}", str(check.pending_outbox)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> backups.RestoreResult | None:
        chosen = self.choose_backup_file()
        if not chosen:
            return None
        check = backups.check_backup(Path(chosen), key=self.ctx.db.key)
        if not check.ok:
            problem = error_text(check.refusal) if check.refusal else check.problem or ""
            QMessageBox.warning(self, self.tr("Cannot restore"), problem)
            return None
        if not self.confirm_restore(check):
            return None
        path, key = self.ctx.db.path, self.ctx.db.key
        workers.wait_all()
        self.ctx.db.close()
        try:
            result = backups.restore_backup(path, Path(chosen), key=key)
        except Exception as e:  # the current file is untouched or set aside: say which
            report_error(self, e)
            return None
        self.restored = result
        self.ctx.status_message.emit(
            self.tr("Restored. The previous database is kept as {aside}.")
            .replace("{aside}", str(result.aside))
        )  # fmt: skip
        QTimer.singleShot(0, QApplication.instance().quit)
        return result
