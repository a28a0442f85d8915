"""Choose one loan when the repayment form's search matches several (#14): each with the
borrower's birth date and village, the case code and the installment due now, so two people
of one name are told apart. Enter or a double click picks; Escape picks none. Nothing is ever
picked silently."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.queries.loan_views import LoanChoice
from app.ui.common import table_view
from app.ui.tablemodels import Column, RowsModel


class ChooseLoanDialog(QDialog):
    def __init__(
        self,
        loans: Sequence[LoanChoice],
        dues: Mapping[str, Decimal],
        typed: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.chosen: LoanChoice | None = None
        self.setObjectName("choose_loan")
        self.setWindowTitle(self.tr("Which loan?"))
        self.resize(860, 360)
        note = QLabel(
            self.tr("{n} loans match “{typed}”. Choose one:")
            .replace("{n}", str(len(loans))).replace("{typed}", typed)
        )  # fmt: skip
        self.model = RowsModel(
            [Column(self.tr("Loan"), lambda c: c.number, width=120),
             Column(self.tr("Name"), lambda c: c.beneficiary, width=240),
             Column(self.tr("Born"), lambda c: c.birth_date, width=90),
             Column(self.tr("Village"), lambda c: c.village, width=130),
             Column(self.tr("Case"), lambda c: c.code, width=120),
             Column(self.tr("Due now"), lambda c: dues.get(c.id), right=True)]
        )  # fmt: skip
        self.model.set_rows(list(loans))
        self.table = table_view(self.model, sortable=False)
        self.table.setObjectName("loans")
        self.table.selectRow(0)
        self.table.activated.connect(lambda _: self.accept())
        self.table.doubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()

    def accept(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.chosen = self.model.row_at(index.row())
        super().accept()
