"""An in-kind grant (#13): the items (pre-filled from the approved plan's grant lines), their
serial numbers, and whether they are handed over today or only prepared for a later day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.queries.plans import PlanDetail
from app.services import plans
from app.services.plans import Item
from app.ui.common import FormErrors, date_edit, form_dialog, from_qdate
from app.ui.context import AppContext

DESCRIPTION, QUANTITY, VALUE, SERIAL = range(4)


class ItemsTable(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("grant_items")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Quantity"), self.tr("Value of one (₼)"),
             self.tr("Serial numbers")]
        )  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for col, width in ((QUANTITY, 80), (VALUE, 130), (SERIAL, 180)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        add = QPushButton(self.tr("Add item"))
        add.setObjectName("add_item")
        add.clicked.connect(lambda: self.add_item())
        remove = QPushButton(self.tr("Remove item"))
        remove.setObjectName("remove_item")
        remove.clicked.connect(self.remove_item)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def add_item(self, description: str = "", quantity: str = "1", value: str = "") -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for col, text in ((DESCRIPTION, description), (QUANTITY, quantity), (VALUE, value),
                          (SERIAL, "")):  # fmt: skip
            cell = QTableWidgetItem(text)
            if col in (QUANTITY, VALUE):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, col, cell)
        return r

    def remove_item(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def items(self) -> list[Item]:
        out = []
        self.rows: list[int] = []  # the grid row of each item sent (a refusal names it)
        for r in range(self.table.rowCount()):
            texts = [
                (c.text().strip() if (c := self.table.item(r, col)) is not None else "")
                for col in range(4)
            ]
            if not any((texts[DESCRIPTION], texts[VALUE], texts[SERIAL])):
                continue
            out.append(Item(texts[DESCRIPTION], texts[QUANTITY], texts[VALUE], texts[SERIAL]))
            self.rows.append(r + 1)
        return out


class GrantForm(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        beneficiary_id: str,
        person: str,
        plan: PlanDetail | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.beneficiary_id = beneficiary_id
        self.plan = plan
        self.saved_id: str | None = None
        self.setObjectName("grant_form")
        self.setWindowTitle(self.tr("In-kind grant — {person}").replace("{person}", person))
        self.items = ItemsTable()
        self.given_on = date_edit()
        self.given_on.setObjectName("given_on")
        self.handed = QCheckBox(self.tr("Handed over on this day (the act is signed)"))
        self.handed.setObjectName("handed_over")
        self.handed.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Items"), self.items)
        form.addRow(self.tr("Date"), self.given_on)
        form.addRow("", self.handed)
        self.errors = FormErrors(
            form, {"items": self.items, "given_on": self.given_on, "business_plan": self.handed}
        )
        form_dialog(self, form, self.errors, self.save, self.tr("Record the grant"))
        self.resize(760, 420)
        if plan is not None:
            for x in plan.lines:
                if x.source == "grant":
                    self.items.add_item(x.item, str(x.quantity),
                                        f"{x.unit_price:.2f}".replace(".", ","))  # fmt: skip
        if self.items.table.rowCount() == 0:
            self.items.add_item()
        self.items.table.setFocus()
        self.items.table.setCurrentCell(0, SERIAL if plan is not None else DESCRIPTION)

    def save(self) -> None:
        self.errors.clear()
        on: date = from_qdate(self.given_on.date())
        try:
            self.saved_id = plans.record_grant(
                self.ctx.db, actor=self.ctx.actor, beneficiary_id=self.beneficiary_id,
                items=self.items.items(), given_on=on, handed_over=self.handed.isChecked(),
                business_plan_id=self.plan.id if self.plan is not None else None,
            )  # fmt: skip
        except DomainError as e:
            self.errors.show_line(e, "items", self.items.rows)  # what was typed stays
            return
        self.ctx.changed(people=frozenset({self.beneficiary_id}))
        self.accept()
