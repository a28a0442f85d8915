"""Record a day's collections in one go (#14): the due list's loans, each ticked as paid as
scheduled with what was to be collected; the officer unticks who did not pay and types only
the exceptions. One confirmation with the count and the total; each repayment gets its own
receipt number. A loan the service refuses is named with its reason and the others are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import DomainError
from app.money import format_amount, parse_amount
from app.queries.due import DueRow
from app.services import loans
from app.ui.common import date_edit, error_text, from_qdate
from app.ui.context import AppContext

PAID, LOAN, NAME, DUE, RECEIVED = range(5)


class BulkEntryDialog(QDialog):
    def __init__(self, ctx: AppContext, rows: Sequence[DueRow], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = list(rows)
        self.saved: list[loans.RepaymentResult] = []
        self.failed: list[tuple[DueRow, str]] = []
        self.setObjectName("bulk_entry")
        self.setWindowTitle(self.tr("The day's collections"))
        self.resize(760, 520)
        note = QLabel(
            self.tr("Each ticked loan is recorded as paid with the amount received. Untick who "
                    "did not pay; type only the amounts that differ.")
        )  # fmt: skip
        note.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 5)
        self.table.setObjectName("bulk_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Paid"), self.tr("Loan"), self.tr("Name"), self.tr("To collect"),
             self.tr("Received (₼)")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((PAID, 50), (LOAN, 120), (DUE, 110), (RECEIVED, 120)):
            self.table.setColumnWidth(col, width)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(self.rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(r, PAID, tick)
            for col, text in ((LOAN, row.number), (NAME, row.beneficiary),
                              (DUE, format_amount(row.to_collect))):  # fmt: skip
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if col == DUE:
                    cell.setTextAlignment(right)
                self.table.setItem(r, col, cell)
            amount = QTableWidgetItem(f"{row.to_collect:.2f}".replace(".", ","))
            amount.setTextAlignment(right)
            self.table.setItem(r, RECEIVED, amount)
        self.table.itemChanged.connect(lambda *_: self.update_total())
        self.paid_on = date_edit()
        self.paid_on.setObjectName("bulk_paid_on")
        self.total = QLabel()
        self.total.setObjectName("bulk_total")
        self.total.setStyleSheet("font-weight: 600;")
        self.outcome = QLabel()
        self.outcome.setObjectName("bulk_outcome")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("bulk_save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Paid on")))
        row.addWidget(self.paid_on)
        row.addStretch(1)
        row.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.update_total()

    def ticked(self) -> list[tuple[int, DueRow, str]]:
        return [
            (r, row, self.table.item(r, RECEIVED).text().strip())
            for r, row in enumerate(self.rows)
            if self.table.item(r, PAID).checkState() == Qt.CheckState.Checked
        ]

    def update_total(self) -> Decimal | None:
        total = Decimal("0.00")
        for _, _, text in self.ticked():
            try:
                total += parse_amount(text)
            except DomainError:
                self.total.setText(self.tr("An amount is not a number"))
                self.save_button.setEnabled(False)
                return None
        n = len(self.ticked())
        self.total.setText(
            self.tr("{n} repayments, {total}").replace("{n}", str(n))
            .replace("{total}", format_amount(total))
        )  # fmt: skip
        self.save_button.setText(self.tr("Record {n} repayments…").replace("{n}", str(n)))
        self.save_button.setEnabled(n > 0)
        return total

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        total = self.update_total()
        ticked = self.ticked()
        if total is None or not ticked:
            return
        question = (
            self.tr("Record {n} repayments, {total} in all, each with its own receipt?")
            .replace("{n}", str(len(ticked))).replace("{total}", format_amount(total))
        )  # fmt: skip
        if not self.confirm(self.tr("Record the collections"), question):
            return
        result = loans.record_repayments(
            self.ctx.db, actor=self.ctx.actor, paid_on=from_qdate(self.paid_on.date()),
            items=[(row.loan_id, text) for _, row, text in ticked],
        )  # fmt: skip
        self.saved = result.saved
        by_id = {row.loan_id: (r, row) for r, row, _ in ticked}
        self.failed = [(by_id[loan_id][1], error_text(e)) for loan_id, e in result.failed]
        for r, _, _ in ticked:  # recorded ones leave the list of what is still to record
            if by_id and self.rows[r].loan_id not in dict(result.failed):
                self.table.item(r, PAID).setCheckState(Qt.CheckState.Unchecked)
        lines = [
            self.tr("{n} repayments recorded, receipts {first}–{last}.")
            .replace("{n}", str(len(self.saved)))
            .replace("{first}", self.saved[0].receipt_no if self.saved else "—")
            .replace("{last}", self.saved[-1].receipt_no if self.saved else "—")
        ]  # fmt: skip
        lines += [f"{row.number} {row.beneficiary}: {why}" for row, why in self.failed]
        self.outcome.setText("\n".join(lines))
        if self.saved:
            self.ctx.changes_applied.emit(result.changes)
        if not self.failed:
            self.accept()
