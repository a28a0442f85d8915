"""Settings → Officers: the administrator adds the office's logins (loan officers, trainers,
supervisors). On an encrypted laptop each officer created here gets a key entry from the
password typed here (#7); for an officer who arrived by sync, the administrator makes a
one-time code on this laptop (#11, ``app.crypto.make_code``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.errors import DomainError, ValidationError
from app.models import ROLES
from app.queries.case_files import officers
from app.services import office
from app.ui import labels
from app.ui.common import FormErrors, form_dialog, report_error, table_view
from app.ui.context import AppContext
from app.ui.tablemodels import Column, RowsModel


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class NewOfficerDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created = None
        self.setObjectName("new_officer")
        self.setWindowTitle(self.tr("New officer"))
        self.full_name = QLineEdit()
        self.login = QLineEdit()
        self.role = QComboBox()
        for r in ROLES:
            self.role.addItem(labels.role(r), r)
        self.role.setCurrentIndex(self.role.findData("loan_officer"))
        self.password, self.repeat = _secret(), _secret()  # typed twice
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password (8 or more characters)"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.errors = FormErrors(
            form, {"full_name": self.full_name, "login": self.login, "role": self.role,
                   "password": self.password, "repeat": self.repeat},
        )  # fmt: skip
        form_dialog(self, form, self.errors, self.save)

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError(self.tr("the two passwords differ"), field="repeat")
            self.created = office.create_officer(
                self.ctx.db, actor=self.ctx.actor, login=self.login.text(),
                full_name=self.full_name.text(), role=self.role.currentData(),
                password=self.password.text(),
            )  # fmt: skip
            if self.ctx.db.key is not None:  # encrypted laptop: this officer can open it too
                from app.crypto import add_officer_key

                add_officer_key(
                    self.ctx.db.path, self.ctx.db.key, self.created.login, self.password.text()
                )
        except DomainError as e:
            self.errors.show(e)
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    """The administrator types a new password for an officer who forgot theirs (twice)."""

    def __init__(self, ctx: AppContext, login: str, full_name: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.login = login
        self.done_ok = False
        self.setObjectName("reset_password")
        self.setWindowTitle(self.tr("New password for {name}").replace("{name}", full_name))
        self.password, self.repeat = _secret(), _secret()  # typed twice
        form = QFormLayout()
        form.addRow(self.tr("New password (8 or more characters)"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.errors = FormErrors(form, {"password": self.password, "repeat": self.repeat})
        form_dialog(self, form, self.errors, self.save)

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError(self.tr("the two passwords differ"), field="repeat")
            office.reset_password(self.ctx.db, actor=self.ctx.actor, login=self.login,
                                  password=self.password.text())  # fmt: skip
            if self.ctx.db.key is not None:  # encrypted laptop: the new password opens it here
                from app.crypto import add_officer_key

                add_officer_key(self.ctx.db.path, self.ctx.db.key, self.login, self.password.text())
        except DomainError as e:
            self.errors.show(e)
            return
        self.done_ok = True
        self.accept()


class OfficersBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("officers")
        self.setTitle(self.tr("Officers of this office"))
        self.model = RowsModel(
            [Column(self.tr("Name"), lambda o: o.full_name, width=220),
             Column(self.tr("Login"), lambda o: o.login, width=120),
             Column(self.tr("Role"), lambda o: labels.role(o.role), width=170),
             Column(self.tr("Active"), lambda o: o.active)]
        )  # fmt: skip
        self.table = table_view(self.model)
        self.table.setMinimumHeight(140)
        self.add_button = QPushButton(self.tr("Add an officer…"))
        self.add_button.setObjectName("add_officer")
        self.add_button.setEnabled(ctx.may("officer.manage"))
        self.add_button.clicked.connect(self.add)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.setObjectName("reset_password")
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("Deactivate or reactivate"))
        self.active_button.setObjectName("toggle_active")
        self.active_button.setToolTip(
            self.tr("An officer who left can no longer sign in; their records stay theirs")
        )
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.reset_button, self.active_button):
            button.setEnabled(ctx.may("officer.manage"))
        self.code_button = QPushButton(self.tr("One-time code to open this laptop…"))
        self.code_button.setObjectName("make_code")
        self.code_button.setToolTip(
            self.tr(
                "For an officer who has not yet signed in on this encrypted laptop: the code "
                "lets them in once, within 72 hours; from then on their own password opens it"
            )
        )
        self.code_button.setVisible(ctx.db.key is not None)
        self.code_button.setEnabled(ctx.may("officer.manage"))
        self.code_button.clicked.connect(self.make_code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.code_button)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(officers(self.ctx.db))

    def add(self) -> None:
        if NewOfficerDialog(self.ctx, self).exec():
            self.refresh()

    def selected(self):
        index = self.table.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self, self.tr("Officers"), self.tr("Select an officer in the list first.")
            )
            return None
        return self.model.row_at(index.row())

    def reset_password(self) -> None:
        officer = self.selected()
        if (
            officer is not None
            and ResetPasswordDialog(self.ctx, officer.login, officer.full_name, self).exec()
        ):
            QMessageBox.information(
                self, self.tr("Officers"),
                self.tr("{name} signs in with the new password from now on.")
                .replace("{name}", officer.full_name),
            )  # fmt: skip

    def confirm(self, title: str, question: str) -> bool:
        """Asks once (a seam for tests)."""
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def toggle_active(self) -> None:
        officer = self.selected()
        if officer is None:
            return
        if officer.active:
            question = self.tr(
                "Deactivate {name}? They can no longer sign in; their records stay theirs."
            ).replace("{name}", officer.full_name)
        else:
            question = self.tr("Let {name} sign in again?").replace("{name}", officer.full_name)
        if not self.confirm(self.tr("Officers"), question):
            return
        try:
            office.set_officer_active(self.ctx.db, actor=self.ctx.actor, login=officer.login,
                                      active=not officer.active)  # fmt: skip
            if officer.active and self.ctx.db.key is not None:  # nor open this laptop's file
                from app.crypto import remove_officer_key

                remove_officer_key(self.ctx.db.path, officer.login)
        except DomainError as e:
            report_error(self, e)
        self.refresh()

    def make_code(self) -> str | None:
        """A one-time code for the selected officer, shown once (it is kept nowhere in clear)."""
        index = self.table.currentIndex()
        if not index.isValid():
            QMessageBox.information(
                self, self.tr("One-time code"), self.tr("Select an officer in the list first.")
            )
            return None
        officer = self.model.row_at(index.row())
        try:
            code = office.unlock_code(self.ctx.db, actor=self.ctx.actor, login=officer.login)
        except DomainError as e:
            report_error(self, e)
            return None
        self.show_code(officer, code)
        return code

    def show_code(self, officer, code: str) -> None:
        """Shown once; the officer types it at their first sign-in here (a seam for tests)."""
        QMessageBox.information(
            self,
            self.tr("One-time code"),
            self.tr(
                "Give this code to {name} in person. At their first sign-in on this laptop they "
                'choose "First time on this laptop…" and type it with their own login and '
                "password. It works once, for 72 hours, and is not shown again.\n\n{code}"
            )
            .replace("{name}", officer.full_name)
            .replace("{code}", code),
        )
