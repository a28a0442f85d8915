"""Settings → Sync server (#5, #7): connect this laptop to the central server with the one-time
code head office gives (``fieldbook server enroll``). The token stays outside the database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.sync import client
from app.sync.enroll import enroll
from app.ui import workers
from app.ui.common import error_text
from app.ui.context import AppContext
from app.ui.sync_status import match_keys


def connect_laptop(db, url: str, code: str, state=None):
    """Enroll, then a first sync (officers and records of the district come down)."""
    already = client.server_url(db)
    # Enrolled before but the first copy did not finish (a cut line, Cancel): go on with it;
    # the one-time code is used up.
    enrolled = None if already else enroll(db, server_url=url, code=code)
    result = client.sync_once(
        db,
        progress=(lambda d, t, p: state.set_progress(d, t, p)) if state else None,
        cancelled=state.is_cancelled if state else None,
    )
    match_keys(db)  # an encrypted laptop: officers deactivated elsewhere lose their key
    return enrolled, result


class ServerBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("server")
        self.setTitle(self.tr("Sync server"))
        self.state = QLabel()
        self.state.setObjectName("server_state")
        self.state.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("server_url")
        self.url.setPlaceholderText("https://fieldbook.example.az")
        self.code = QLineEdit()
        self.code.setObjectName("enroll_code")
        self.code.setPlaceholderText(self.tr("one-time code from head office"))
        self.connect_button = QPushButton(self.tr("Connect this laptop"))
        self.connect_button.setObjectName("connect_server")
        self.connect_button.clicked.connect(self.connect_server)
        self.connect_button.setEnabled(ctx.may("officer.manage"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("Server address"), self.url)
        self.form.addRow(self.tr("Code"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(self.form)
        layout.addWidget(self.connect_button)
        self.refresh()

    def server_url(self) -> str:
        return client.server_url(self.ctx.db) or ""

    def refresh(self) -> None:
        url = self.server_url()
        enrolled = bool(url)
        for w in (self.url, self.code, self.connect_button):
            w.setVisible(not enrolled)
        for i in range(self.form.rowCount()):
            label = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            if label and label.widget():
                label.widget().setVisible(not enrolled)
        self.state.setText(
            self.tr("Connected to {url}. Sync runs every few minutes; F5 syncs now.").replace(
                "{url}", url
            )
            if enrolled
            else self.tr(
                "Not connected: everything stays on this laptop. To send records to head "
                "office, enter the server address and the one-time code they give you."
            )
        )

    def connect_server(self) -> workers.Task | None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.state.setText(self.tr("Enter the server address and the code."))
            return None
        self.connect_button.setEnabled(False)

        def done(result) -> None:
            self.refresh()
            self.ctx.changed(
                people=frozenset({"*"}), loans=frozenset({"*"}), trainings=frozenset({"*"})
            )

        def failed(error: BaseException) -> None:
            self.connect_button.setEnabled(True)
            self.state.setText(error_text(error))  # what was typed stays in the fields

        return workers.start(
            connect_laptop, self.ctx.db, url, code, on_done=done, on_error=failed,
            title=self.tr("Connecting to the server…"), parent=self,
        )  # fmt: skip
