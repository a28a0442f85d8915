"""Lock the window after a set idle time (#7): a laptop left open in a village office shows
nothing until the officer types the password again (checked offline)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
)

from app.errors import DomainError
from app.services import office
from app.ui.common import FormErrors
from app.ui.context import AppContext

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip


class LockDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lock")
        self.setWindowTitle(self.tr("Fieldbook is locked"))
        title = QLabel(
            self.tr("Locked after a while without use. {name}, type your password to go on.")
            .replace("{name}", ctx.actor.full_name)
        )  # fmt: skip
        title.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        self.errors = FormErrors(form, {"password": self.password})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def check(self) -> None:
        try:
            office.authenticate(
                self.ctx.db, login=self.ctx.actor.login, password=self.password.text()
            )
        except DomainError as e:
            self.errors.show(e)
            self.password.selectAll()
            return
        self.accept()

    def reject(self) -> None:  # Esc does not unlock
        return


class IdleLock(QObject):
    """Watches the application's input; after ``minutes`` without any, hides and locks."""

    def __init__(self, ctx: AppContext, window: QMainWindow, minutes: int) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.lock)
        if minutes > 0:
            QApplication.instance().installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in INPUT_EVENTS and not self.locked:
            self.timer.start()  # any input restarts the count
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        central = self.window.centralWidget()
        central.hide()  # nothing of a case file stays on the screen
        dialog = LockDialog(self.ctx, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._unlocked(central))
        dialog.open()

    def _unlocked(self, central) -> None:
        central.show()
        self.locked = False
        self.timer.start()
