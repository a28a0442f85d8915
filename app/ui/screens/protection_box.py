"""Settings → Data protection (#7): whether this laptop's records are encrypted, encrypting an
existing plain database in place (its unsynced outbox kept), and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.errors import DomainError
from app.settings import load_settings, save_settings
from app.ui import workers
from app.ui.common import report_error
from app.ui.context import AppContext


class ProtectionBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("protection")
        self.setTitle(self.tr("Data protection"))
        self.state = QLabel()
        self.state.setObjectName("encryption_state")
        self.state.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Encrypt this laptop's records…"))
        self.encrypt_button.setObjectName("encrypt_now")
        self.encrypt_button.clicked.connect(self.encrypt)
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(0, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(load_settings().idle_lock_minutes)
        self.idle.valueChanged.connect(
            lambda n: save_settings(load_settings().with_changes(idle_lock_minutes=n))
        )
        form = QFormLayout()
        form.addRow(self.tr("Lock the window after"), self.idle)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.encrypt_button)
        layout.addLayout(form)
        self.refresh()

    def refresh(self) -> None:
        encrypted = self.ctx.db.key is not None
        self.state.setText(
            self.tr(
                "The records on this laptop are encrypted; the password of each officer who has "
                "signed in here opens them. An officer new to this laptop signs in the first "
                "time with a colleague or a one-time code (Officers)."
            )
            if encrypted
            else self.tr(
                "The records on this laptop are NOT encrypted: anyone with the laptop can read "
                "them. The administrator can encrypt them now; unsynced changes are kept."
            )
        )
        self.state.setStyleSheet("" if encrypted else "color: #b42318;")
        self.encrypt_button.setVisible(not encrypted)
        self.encrypt_button.setEnabled(self.ctx.may("officer.manage"))

    def ask_password(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Encrypt"),
            self.tr("Your password, {name}, to confirm:").replace(
                "{name}", self.ctx.actor.full_name),
            QLineEdit.EchoMode.Password,
        )  # fmt: skip
        return text if ok else None

    def encrypt(self) -> workers.Task | None:
        password = self.ask_password()
        if password is None:
            return None
        from app.services import office

        try:  # checked before the file is closed: a typo changes nothing
            office.authenticate(self.ctx.db, login=self.ctx.actor.login, password=password)
        except DomainError as e:
            report_error(self, e)
            return None
        path, login = self.ctx.db.path, self.ctx.actor.login
        workers.wait_all()
        self.ctx.db.close()

        def work(state):
            from app.crypto import encrypt_existing

            return encrypt_existing(path, login, password)

        def done(_key) -> None:
            self.ctx.status_message.emit(
                self.tr("Encrypted. Fieldbook closes now; start it again and log in.")
            )
            QTimer.singleShot(1500, QApplication.instance().quit)

        return workers.start(
            work, on_done=done, on_error=lambda e: report_error(self, e),
            title=self.tr("Encrypting…"), parent=self,
        )  # fmt: skip
