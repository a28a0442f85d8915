"""A business plan written with the person (#13): what the business is, its budget lines (each
paid by the person's own contribution, an in-kind grant or a loan) and the loan asked for.

The same form revises a plan a supervisor sent back (then it asks what changed, and the plan
goes to a new round of scoring) or corrects a submitted plan nobody has scored yet.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.money import format_amount, parse_amount
from app.queries.plans import PlanDetail
from app.services import plans
from app.services.plans import Line
from app.ui import labels
from app.ui.common import FormErrors, form_dialog
from app.ui.context import AppContext
from app.vocabulary import BUDGET_SOURCES

ITEM, QUANTITY, PRICE, SOURCE, TOTAL = range(5)


class BudgetTable(QWidget):
    """The budget lines, typed in a grid; the totals under it follow each keystroke."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("budget")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Quantity"), self.tr("Price of one (₼)"),
             self.tr("Paid by"), self.tr("Total")]
        )  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for col, width in ((QUANTITY, 80), (PRICE, 120), (SOURCE, 160), (TOTAL, 110)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(170)
        self.table.itemChanged.connect(lambda *_: self.update_totals())
        add = QPushButton(self.tr("Add line"))
        add.setObjectName("add_line")
        add.clicked.connect(lambda: self.add_line())
        remove = QPushButton(self.tr("Remove line"))
        remove.setObjectName("remove_line")
        remove.clicked.connect(self.remove_line)
        self.totals = QLabel()
        self.totals.setObjectName("budget_totals")
        self.totals.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.totals)

    def add_line(self, item: str = "", quantity: str = "1", price: str = "", source: str = "own"):
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        for col, text in ((ITEM, item), (QUANTITY, quantity), (PRICE, price)):
            cell = QTableWidgetItem(text)
            if col != ITEM:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, col, cell)
        total = QTableWidgetItem("")
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(r, TOTAL, total)
        combo = QComboBox()
        for code in BUDGET_SOURCES:
            combo.addItem(labels.budget_source(code), code)
        combo.setCurrentIndex(max(0, combo.findData(source)))
        combo.currentIndexChanged.connect(lambda *_: self.update_totals())
        self.table.setCellWidget(r, SOURCE, combo)
        self.table.blockSignals(False)
        self.update_totals()
        if not item:
            self.table.setCurrentCell(r, ITEM)
        return r

    def remove_line(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.update_totals()

    def _text(self, r: int, col: int) -> str:
        cell = self.table.item(r, col)
        return cell.text().strip() if cell is not None else ""

    def lines(self) -> list[Line]:
        """The typed lines (blank rows left out), as the service takes them; ``rows`` keeps
        the grid row of each, so a refusal names the row the officer sees."""
        out = []
        self.rows: list[int] = []
        for r in range(self.table.rowCount()):
            item, qty, price = (self._text(r, c) for c in (ITEM, QUANTITY, PRICE))
            if not (item or price):
                continue
            combo = self.table.cellWidget(r, SOURCE)
            out.append(Line(item, qty, price, combo.currentData()))
            self.rows.append(r + 1)
        return out

    def update_totals(self) -> None:
        sums = {code: Decimal(0) for code in BUDGET_SOURCES}
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            try:
                qty = int(self._text(r, QUANTITY))
                total = parse_amount(self._text(r, PRICE), allow_zero=True) * qty
            except (DomainError, ValueError, InvalidOperation):
                self.table.item(r, TOTAL).setText("")
                continue
            self.table.item(r, TOTAL).setText(format_amount(total))
            sums[self.table.cellWidget(r, SOURCE).currentData()] += total
        self.table.blockSignals(False)
        whole = sum(sums.values(), Decimal(0))
        self.totals.setText(
            self.tr("Budget {total}: own contribution {own}, in-kind grant {grant}, loan {loan}")
            .replace("{total}", format_amount(whole))
            .replace("{own}", format_amount(sums["own"]))
            .replace("{grant}", format_amount(sums["grant"]))
            .replace("{loan}", format_amount(sums["loan"]))
        )


class PlanForm(QDialog):
    """New plan for ``beneficiary_id``, or a revision of ``current``."""

    def __init__(
        self,
        ctx: AppContext,
        beneficiary_id: str,
        person: str,
        current: PlanDetail | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.beneficiary_id = beneficiary_id
        self.current = current
        self.saved_id: str | None = None
        self.setObjectName("plan_form")
        resubmit = current is not None and current.status == "sent_back"
        if current is None:
            self.setWindowTitle(self.tr("New business plan — {person}").replace("{person}", person))
        else:
            self.setWindowTitle(
                self.tr("Revise business plan — {person}").replace("{person}", person)
            )
        self.title = QLineEdit()
        self.title.setObjectName("plan_title")
        self.title.setPlaceholderText(self.tr("e.g. Tailor shop for women's clothes"))
        self.business_type = QLineEdit()
        self.business_type.setObjectName("business_type")
        self.business_type.setPlaceholderText(self.tr("e.g. tailoring"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("plan_description")
        self.description.setPlaceholderText(
            self.tr("Customers, competitors, prices, where the work is done…")
        )
        self.description.setMaximumHeight(70)
        self.budget = BudgetTable()
        self.loan = QLineEdit()
        self.loan.setObjectName("loan_requested")
        self.loan.setPlaceholderText(self.tr("0 if no loan is asked for"))
        self.reason = QLineEdit()
        self.reason.setObjectName("revision_reason")
        self.reason.setPlaceholderText(self.tr("What changed since it was sent back"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Business"), self.business_type)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Budget"), self.budget)
        form.addRow(self.tr("Loan asked for (₼)"), self.loan)
        if resubmit:
            form.addRow(self.tr("What changed"), self.reason)
        else:
            self.reason.hide()
        self.errors = FormErrors(
            form,
            {"title": self.title, "business_type": self.business_type,
             "description": self.description, "lines": self.budget,
             "loan_requested": self.loan, "reason": self.reason},
        )  # fmt: skip
        save_text = self.tr("Resubmit the plan") if resubmit else self.tr("Submit the plan")
        form_dialog(self, form, self.errors, self.save, save_text if current is None or resubmit
                    else self.tr("Save the plan"))  # fmt: skip
        self.resize(820, 640)
        if current is None:
            self.budget.add_line()
        else:
            self.title.setText(current.summary.title)
            self.business_type.setText(current.summary.business_type)
            self.description.setPlainText(current.description)
            for x in current.lines:
                price = f"{x.unit_price:.2f}".replace(".", ",")
                self.budget.add_line(x.item, str(x.quantity), price, x.source)
            if current.loan_requested:
                self.loan.setText(f"{current.loan_requested:.2f}".replace(".", ","))
        self.title.setFocus()

    def save(self) -> None:
        self.errors.clear()
        fields = dict(
            title=self.title.text(), business_type=self.business_type.text(),
            description=self.description.toPlainText(), lines=self.budget.lines(),
            loan_requested=self.loan.text().strip() or "0",
        )  # fmt: skip
        try:
            if self.current is None:
                self.saved_id = plans.submit_business_plan(
                    self.ctx.db, actor=self.ctx.actor, beneficiary_id=self.beneficiary_id, **fields
                )
            else:
                plans.revise_business_plan(
                    self.ctx.db, actor=self.ctx.actor, plan_id=self.current.id,
                    reason=self.reason.text(), **fields,
                )  # fmt: skip
                self.saved_id = self.current.id
        except DomainError as e:
            # a line's problem under the budget, by its grid row; what was typed stays
            self.errors.show_line(e, "lines", self.budget.rows)
            return
        self.ctx.changed(people=frozenset({self.beneficiary_id}))
        self.accept()
