"""Charge a fee or a late-payment penalty on a loan (#13), with its reason, from the loan screen.

A supervisor's action (``loan.charge``). The charge is a ledger entry like any other: on the
ledger, paid first by the next repayments in the product's order, corrected by a reversal.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
)

from app.errors import DomainError
from app.services import loans
from app.ui import labels
from app.ui.common import FormErrors, date_edit, form_dialog, from_qdate
from app.ui.context import AppContext


class ChargeDialog(QDialog):
    def __init__(self, ctx: AppContext, loan_id: str, number: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id = loan_id
        self.saved: loans.EntrySaved | None = None
        self.setObjectName("charge_form")
        self.setWindowTitle(self.tr("Charge on loan {n}").replace("{n}", number))
        self.kind = QComboBox()
        for code in ("fee", "penalty"):
            self.kind.addItem(labels.entry_kind(code), code)
        self.amount = QLineEdit()
        self.amount.setObjectName("charge_amount")
        self.amount.setPlaceholderText(self.tr("e.g. 5,00"))
        self.on = date_edit()
        self.reason = QLineEdit()
        self.reason.setObjectName("charge_reason")
        self.reason.setPlaceholderText(self.tr("e.g. 12 days late on installment 3"))
        form = QFormLayout()
        form.addRow(self.tr("Charge"), self.kind)
        form.addRow(self.tr("Amount (₼)"), self.amount)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Reason"), self.reason)
        self.errors = FormErrors(
            form, {"kind": self.kind, "amount": self.amount, "on": self.on, "reason": self.reason}
        )
        form_dialog(self, form, self.errors, self.save, self.tr("Record the charge"))
        self.setMinimumWidth(480)  # the reason and its error line read in full
        self.amount.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            self.saved = loans.record_charge(
                self.ctx.db, actor=self.ctx.actor, loan_id=self.loan_id,
                kind=self.kind.currentData(), amount=self.amount.text(),
                on=from_qdate(self.on.date()), reason=self.reason.text(),
            )  # fmt: skip
        except DomainError as e:
            self.errors.show(e)  # what was typed stays
            return
        self.accept()
