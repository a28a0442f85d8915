"""Choose one loan when the repayment form's search matches several (#14): each with the
borrower's birth date and village, the case code and the installment due now, so two people
of one name are told apart. Enter or a double click picks; Escape picks none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from app.queries.loan_views import LoanChoice
from app.ui.choose_person import ChooseDialog
from app.ui.tablemodels import Column


class ChooseLoanDialog(ChooseDialog):
    def __init__(
        self,
        loans: Sequence[LoanChoice],
        dues: Mapping[str, Decimal],
        typed: str,
        parent=None,
    ) -> None:
        note = (
            self.tr("{n} loans match “{typed}”. Choose one:")
            .replace("{n}", str(len(loans))).replace("{typed}", typed)
        )  # fmt: skip
        columns = [
            Column(self.tr("Loan"), lambda c: c.number, width=120),
            Column(self.tr("Name"), lambda c: c.beneficiary, width=240),
            Column(self.tr("Born"), lambda c: c.birth_date, width=90),
            Column(self.tr("Village"), lambda c: c.village, width=130),
            Column(self.tr("Case"), lambda c: c.code, width=120),
            Column(self.tr("Due now"), lambda c: dues.get(c.id), right=True),
        ]
        super().__init__(loans, columns, note, "loans", parent)
        self.setObjectName("choose_loan")
        self.setWindowTitle(self.tr("Which loan?"))
        self.resize(860, 360)
