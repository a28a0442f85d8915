"""Start: the first-run set-up (office and administrator) and the offline login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.crypto import NOT_HERE, encrypt_existing, unlock
from app.districts import DISTRICTS
from app.errors import DomainError, NotFound, ValidationError
from app.queries.case_files import officers
from app.services import office
from app.services.context import Actor
from app.store import Database, open_database
from app.sync.client import server_url
from app.ui import workers
from app.ui.common import FormErrors, error_text
from app.ui.screens.server_box import connect_laptop


def needs_setup(db: Database) -> bool:
    """True until this database has an office and at least one officer."""
    try:
        office.office(db)
    except NotFound:
        return True
    return not officers(db)


class SetupDialog(QDialog):
    """First start: which district office this laptop serves, and its administrator."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setObjectName("setup")
        self.setWindowTitle(self.tr("Set up Fieldbook"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Welcome. This laptop keeps its own records and works without internet. "
                "Choose the district office it serves and create the administrator's login."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.district = QComboBox()
        self.district.setEditable(False)
        for d in sorted(DISTRICTS.values(), key=lambda d: d.name):
            self.district.addItem(f"{d.name} ({d.code})", (d.name, d.code, d.name_en))
        self.device_no = QSpinBox()
        self.device_no.setRange(1, 99)
        self.device_no.setToolTip(self.tr("Each laptop of the office has its own number"))
        self.full_name = QLineEdit()
        self.login = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt = QCheckBox(
            self.tr("Encrypt the records on this laptop (recommended: a lost laptop shows nothing)")
        )
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setChecked(True)
        self.demo_requested = False
        form.addRow(self.tr("District office"), self.district)
        form.addRow(self.tr("Laptop number"), self.device_no)
        form.addRow(self.tr("Administrator's full name"), self.full_name)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password (8 or more characters)"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        form.addRow("", self.encrypt)
        layout.addLayout(form)
        self.errors = FormErrors(
            form,
            {"district": self.district, "device_no": self.device_no,
             "full_name": self.full_name, "login": self.login, "password": self.password,
             "repeat": self.repeat},
        )  # fmt: skip
        layout.addWidget(self.errors.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create office"))
        demo = buttons.addButton(
            self.tr("Practise with a demo office"), QDialogButtonBox.ButtonRole.ActionRole
        )
        demo.setObjectName("practise")
        demo.setToolTip(self.tr("Opens a separate demo database; real records are not touched"))
        demo.clicked.connect(self.practise)
        join = buttons.addButton(
            self.tr("Join through a sync server…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        join.setObjectName("join")
        join.setToolTip(
            self.tr(
                "For a laptop of an office that already syncs: its officers and records come down"
            )
        )
        join.clicked.connect(self.join)
        self.joined = False
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.keep_office()
        self.full_name.setFocus()

    def keep_office(self) -> None:
        """The office exists but has no administrator yet: its district stays as it is."""
        try:
            off = office.office(self.db)
        except NotFound:
            return
        self.district.setCurrentIndex(
            self.district.findText(off.district_name, flags=Qt.MatchFlag.MatchStartsWith)
        )
        self.district.setEnabled(False)
        self.device_no.setValue(off.device_no)
        self.device_no.setEnabled(False)

    def ask_server(self) -> bool:
        """The join dialog (a seam for tests); True once this laptop is enrolled and synced."""
        return JoinDialog(self.db, self).exec() == QDialog.DialogCode.Accepted

    def join(self) -> None:
        """Enroll with the server and pull the district: its officers then log in as usual."""
        finished = self.ask_server()
        self.keep_office()  # once enrolled, the district is the server's
        if not needs_setup(self.db):
            self.joined = True
            self.accept()
            return
        if finished:  # a district with no officer yet: this laptop creates the first
            message = self.tr(
                "Connected. The district has no officer yet: create its administrator."
            )
        elif server_url(self.db):  # the copy was cut short: Join again goes on with it
            message = self.tr(
                "Connected, but the district's records have not all arrived yet: choose Join "
                "again to go on."
            )
        else:
            return
        self.create_button.setEnabled(finished)  # no second administrator beside the real ones
        self.errors.general.setText(message)
        self.errors.general.show()

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError(self.tr("the two passwords differ"), field="repeat")
            if len(self.password.text()) < 8:
                raise ValidationError(
                    self.tr("a password has at least 8 characters"), field="password"
                )
            if not self.full_name.text().strip():
                raise ValidationError(self.tr("enter the administrator's name"), field="full_name")
            try:  # joined, or set up before without an administrator: the office stands
                office.office(self.db)
            except NotFound:
                name, code, name_en = self.district.currentData()
                office.initialise_office(
                    self.db, district_name=name, district_code=code, district_en=name_en,
                    device_no=self.device_no.value(),
                )  # fmt: skip
            self.actor = office.create_officer(
                self.db, actor=None, login=self.login.text(), full_name=self.full_name.text(),
                role="administrator", password=self.password.text(),
            )  # fmt: skip
        except DomainError as e:
            self.errors.show(e)
            return
        if self.encrypt.isChecked():  # the file is encrypted in place before any record exists
            path = self.db.path
            self.db.close()
            key = encrypt_existing(path, self.actor.login, self.password.text())
            self.db = open_database(path, key=key)
        self.accept()

    def practise(self) -> None:
        """The demo office instead: the caller opens it (see ``app.ui.app.sign_in``)."""
        self.demo_requested = True
        self.accept()


class JoinDialog(QDialog):
    """Server address and the one-time code from head office; enroll and a first sync run in a
    worker with progress. A refusal or no connection is said here and what was typed stays."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.task = None
        self.setObjectName("join_dialog")
        self.setWindowTitle(self.tr("Join through a sync server"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.state = QLabel(
            self.tr(
                "Enter the server address and the one-time code head office gave for this "
                "laptop. The district's officers and records are then copied here."
            )
        )
        self.state.setWordWrap(True)
        self.state.setObjectName("join_state")
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setObjectName("server_url")
        self.url.setPlaceholderText("https://fieldbook.example.az")
        self.code = QLineEdit()
        self.code.setObjectName("enroll_code")
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Code"), self.code)
        layout.addWidget(self.state)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Connect"))
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.connect_laptop)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.url.setFocus()

    def connect_laptop(self):
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.state.setText(self.tr("Enter the server address and the code."))
            return None
        self.ok.setEnabled(False)
        self.cancel.setEnabled(False)  # the work stops through its progress dialog's Cancel

        def failed(error: BaseException) -> None:
            self.ok.setEnabled(True)
            self.cancel.setEnabled(True)
            self.state.setText(error_text(error))

        self.task = workers.start(
            connect_laptop, self.db, url, code, on_done=lambda _r: self.accept(),
            on_error=failed, title=self.tr("Connecting to the server…"), parent=self,
        )  # fmt: skip
        return self.task


class LoginDialog(QDialog):
    """The officer's login; checked against this laptop's database (no network needed)."""

    def __init__(self, db: Database | None, parent=None, *, path: Path | None = None) -> None:
        """``db`` open (a plain file), or ``db=None`` and the ``path`` of an encrypted file,
        which the officer's password unlocks (#7)."""
        super().__init__(parent)
        self.db = db
        self.path = path
        self.actor: Actor | None = None
        self.setObjectName("login")
        self.setWindowTitle(self.tr("Fieldbook — log in"))
        layout = QVBoxLayout(self)
        if db is not None:
            heading = self.tr("{district} office").replace(
                "{district}", office.office(db).district_name
            )
        else:
            heading = self.tr("Fieldbook (encrypted)")
        title = QLabel(heading)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        form = QFormLayout()
        self.login = QLineEdit()
        self.login.setObjectName("login_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        # An officer new to this encrypted laptop (#11): a colleague who already works on it types
        # their own password here, or the officer types a one-time code from the administrator.
        self.first_time = QLabel(
            self.tr(
                "First time on this laptop? A colleague who already works on it types their "
                "login and password below, or enter the one-time code the administrator made "
                "for you on this laptop."
            )
        )
        self.first_time.setObjectName("first_time")
        self.first_time.setWordWrap(True)
        self.colleague_login = QLineEdit()
        self.colleague_login.setObjectName("colleague_login")
        self.colleague_password = QLineEdit()
        self.colleague_password.setObjectName("colleague_password")
        self.colleague_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit()
        self.code.setObjectName("one_time_code")
        self.code.setPlaceholderText("XXXXX-XXXXX")
        form.addRow(self.first_time)
        form.addRow(self.tr("Colleague's login"), self.colleague_login)
        form.addRow(self.tr("Colleague's password"), self.colleague_password)
        form.addRow(self.tr("or one-time code"), self.code)
        self.form = form
        layout.addLayout(form)
        self.errors = FormErrors(
            form, {"login": self.login, "password": self.password,
                   "colleague_login": self.colleague_login,
                   "colleague_password": self.colleague_password, "code": self.code},
        )  # fmt: skip
        layout.addWidget(self.errors.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.new_here = buttons.addButton(
            self.tr("First time on this laptop…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_here.setObjectName("new_here")
        self.new_here.clicked.connect(lambda: self.show_first_time(True))
        self.new_here.setVisible(db is None)  # only an encrypted laptop needs it
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_first_time(False)
        self.login.setFocus()

    def show_first_time(self, shown: bool) -> None:
        """The colleague's login and password and the one-time code: hidden until needed."""
        self.first_time_shown = shown
        self.form.setRowVisible(self.first_time, shown)
        for field in (self.colleague_login, self.colleague_password, self.code):
            self.form.setRowVisible(field, shown)
        self.new_here.setEnabled(not shown)
        if shown:
            self.colleague_login.setFocus()
            # The explanation wraps over several lines: give it the width and height it needs.
            self.setMinimumWidth(max(self.minimumWidth(), 460))
            self.layout().activate()
            self.adjustSize()

    def check(self) -> None:
        self.errors.clear()
        try:
            if self.db is None:  # encrypted: the password unwraps the key, then opens the file
                assert self.path is not None
                colleague, code = None, None
                if self.first_time_shown and self.colleague_login.text().strip():
                    colleague = (self.colleague_login.text(), self.colleague_password.text())
                elif self.first_time_shown:
                    code = self.code.text().strip() or None
                try:
                    key = unlock(
                        self.path, self.login.text(), self.password.text(),
                        colleague=colleague, code=code,
                    )  # fmt: skip
                except DomainError as e:
                    if e.template == NOT_HERE:
                        self.show_first_time(True)
                    raise
                self.db = open_database(self.path, key=key)
            self.actor = office.authenticate(
                self.db, login=self.login.text(), password=self.password.text()
            )
        except DomainError as e:
            self.errors.show(e)
            if self.db is None and e.template == NOT_HERE:
                self.colleague_login.setFocus()  # told how to get in: the colleague types next
            elif e.field in ("password", "login"):
                self.password.selectAll()
                self.password.setFocus()
            return
        self.colleague_password.clear()  # a colleague's password is not kept in the dialog
        self.accept()
