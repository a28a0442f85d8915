"""Reassign loans to another officer (#14): the loans shown on the Loans screen — one found by
its number, or every loan of a leaving officer — with the day and the reason kept."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit

from app.errors import DomainError
from app.queries.loans import LoanRow
from app.queries.office import loan_officers_active
from app.services import loans
from app.ui.common import FormErrors, date_edit, form_dialog, from_qdate
from app.ui.context import AppContext


class ReassignDialog(QDialog):
    def __init__(self, ctx: AppContext, rows: Sequence[LoanRow], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = list(rows)
        self.setObjectName("reassign_form")
        self.setWindowTitle(self.tr("Reassign {n} loans").replace("{n}", str(len(self.rows))))
        numbers = ", ".join(r.number for r in self.rows[:5])
        more = len(self.rows) - 5
        what = QLabel(numbers + (self.tr(" and {n} more").replace("{n}", str(more))
                                 if more > 0 else ""))  # fmt: skip
        what.setWordWrap(True)
        self.officer = QComboBox()
        self.officer.setObjectName("to_officer")
        for officer_id, name in loan_officers_active(ctx.db):
            self.officer.addItem(name, officer_id)
        self.on = date_edit()
        self.reason = QLineEdit()
        self.reason.setObjectName("reassign_reason")
        self.reason.setPlaceholderText(self.tr("e.g. Elşən left the office on 30 November"))
        form = QFormLayout()
        form.addRow(self.tr("Loans"), what)
        form.addRow(self.tr("To"), self.officer)
        form.addRow(self.tr("From"), self.on)
        form.addRow(self.tr("Reason"), self.reason)
        self.errors = FormErrors(form, {"officer": self.officer, "on": self.on,
                                        "reason": self.reason})  # fmt: skip
        form_dialog(self, form, self.errors, self.save, self.tr("Reassign"))
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            changes = loans.reassign_loans(
                self.ctx.db, actor=self.ctx.actor, loan_ids=[r.id for r in self.rows],
                officer_id=self.officer.currentData(), reason=self.reason.text(),
                on=from_qdate(self.on.date()),
            )  # fmt: skip
        except DomainError as e:
            self.errors.show(e)
            return
        self.ctx.changes_applied.emit(changes)
        self.accept()
