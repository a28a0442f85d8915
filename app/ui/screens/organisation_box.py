"""Settings → the organisation on every paper, and the rubric business plans are scored by (#13).

Both are the office's, synced to its other laptops: the organisation's name, programme, address
and phone head every receipt, act, card and certificate; the rubric's weighted criteria are what
a reviewer marks 0–5. Saving either adds a version (scores already given keep theirs).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import DomainError
from app.queries.office import profile
from app.queries.plans import rubric
from app.services import office, plans
from app.ui import labels
from app.ui.common import FormErrors, form_dialog
from app.ui.context import AppContext


class OrganisationBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Organisation on every paper"))
        self.ctx = ctx
        self.setObjectName("organisation_box")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.organisation.setPlaceholderText(self.tr("e.g. Mine Action Agency of Azerbaijan"))
        self.programme = QLineEdit()
        self.programme.setObjectName("programme")
        self.programme.setPlaceholderText(self.tr("e.g. Socio-economic reintegration programme"))
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.phone = QLineEdit()
        self.phone.setObjectName("office_phone")
        self.phone.setPlaceholderText("+994 …")
        form = QFormLayout(self)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Programme"), self.programme)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        self.errors = FormErrors(
            form, {"organisation": self.organisation, "programme": self.programme,
                   "address": self.address, "phone": self.phone},
        )  # fmt: skip
        form.insertRow(0, self.errors.general)
        self.state = QLabel()
        self.state.setObjectName("organisation_state")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_organisation")
        self.save_button.clicked.connect(self.save)
        self.rubric_button = QPushButton(self.tr("Business plan rubric…"))
        self.rubric_button.setObjectName("edit_rubric")
        self.rubric_button.clicked.connect(self.edit_rubric)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.state, 1)
        row.addWidget(self.rubric_button)
        form.addRow(row)
        may = ctx.may("office.profile")
        for w in (self.organisation, self.programme, self.address, self.phone, self.save_button):
            w.setEnabled(may)
        self.rubric_button.setEnabled(ctx.may("plan.rubric"))
        self.load()

    def load(self) -> None:
        prof = profile(self.ctx.db)
        self.organisation.setText(prof.organisation)
        self.programme.setText(prof.programme)
        self.address.setText(prof.address)
        self.phone.setText(prof.phone)
        self.state.setText(
            "" if prof.organisation
            else self.tr("Not set yet: papers are headed with the district office only.")
        )  # fmt: skip

    def save(self) -> None:
        self.errors.clear()
        try:
            office.save_profile(
                self.ctx.db, actor=self.ctx.actor, organisation=self.organisation.text(),
                programme=self.programme.text(), address=self.address.text(),
                phone=self.phone.text(),
            )  # fmt: skip
        except DomainError as e:
            self.errors.show(e)
            return
        self.ctx.changed()
        self.state.setText(self.tr("Saved: the next papers carry it."))

    def edit_rubric(self) -> None:
        RubricDialog(self.ctx, self).exec()


class RubricDialog(QDialog):
    """The criteria and their weights; the sum shows as it is typed and must be 100."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rubric_form")
        self.setWindowTitle(self.tr("Business plan rubric"))
        current = rubric(ctx.db)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("criteria")
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 80)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(220)
        self.table.itemChanged.connect(lambda *_: self.update_sum())
        self.sum = QLabel()
        self.sum.setObjectName("weights_sum")
        for c in current.criteria:
            self.add(labels.criterion(c.name, c.code) if c.code else c.name, str(c.weight),
                     c.code)  # fmt: skip
        add = QPushButton(self.tr("Add criterion"))
        add.setObjectName("add_criterion")
        add.clicked.connect(lambda: self.add("", ""))
        remove = QPushButton(self.tr("Remove criterion"))
        remove.setObjectName("remove_criterion")
        remove.clicked.connect(self.remove)
        version = (
            self.tr("The rubric that ships with Fieldbook.")
            if current.version == 0
            else self.tr("Version {n}.").replace("{n}", str(current.version))
        )
        note = QLabel(
            version + " "
            + self.tr("Each criterion is marked 0–5; the weights sum to 100. Saving makes a new "
                      "version; scores already given keep the rubric they were given by.")
        )  # fmt: skip
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.sum)
        box = QVBoxLayout()
        box.addWidget(note)
        box.addWidget(self.table)
        box.addLayout(buttons)
        form = QFormLayout()
        form.addRow(box)
        self.errors = FormErrors(form, {})
        self.form = form
        form_dialog(self, form, self.errors, self.save, self.tr("Save as a new version"))
        self.setMinimumWidth(600)
        self.update_sum()

    def add(self, name: str, weight: str, code: str = "") -> None:
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        item = QTableWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, (code, name))  # a shipped one, as shown
        self.table.setItem(r, 0, item)
        self.table.setItem(r, 1, QTableWidgetItem(weight))
        self.table.blockSignals(False)
        self.update_sum()

    def remove(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.update_sum()

    def criteria(self) -> list[tuple[str, str, str]]:
        """(name, weight, code): a shipped criterion left as shown keeps its code, so it reads
        in every language; renamed, it is the office's own."""
        out = []
        for r in range(self.table.rowCount()):
            name, weight = (self.table.item(r, c).text().strip() for c in (0, 1))
            code, shown = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) or ("", "")
            if name or weight:
                out.append((name, weight, code if code and name == shown else ""))
        return out

    def update_sum(self) -> None:
        total = sum(int(w) for _, w, _ in self.criteria() if w.isdigit())
        self.sum.setText(self.tr("Sum of weights: {n} of 100").replace("{n}", str(total)))
        self.sum.setStyleSheet("" if total == 100 else "color: #B42318; font-weight: 600;")

    def save(self) -> None:
        self.errors.clear()
        try:
            plans.save_rubric(self.ctx.db, actor=self.ctx.actor, criteria=self.criteria())
        except DomainError as e:
            self.errors.show(e)  # shown at the top; the table keeps what was typed
            return
        self.accept()
