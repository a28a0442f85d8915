"""Repayment entry, built for thirty receipts at the end of a market day, keyboard only.

Type part of a loan number or a name (``aliyeva`` finds ``Əliyeva``), Enter picks the one
match — or, when several loans match, asks which (birth date, village, code and amount due
shown; Enter never picks silently, #14) — and fills the installment due now, the arrears shown
beside it and never added silently; Enter again saves. More than the installment, or a day that
is not today, is asked about once. The form clears for the next one, "Paid on" returns to today
and the cursor to the loan field; the split and the new balance are shown, and today's receipts
add up underneath. A refused entry hides the last receipt, so it is never taken for this one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.money import format_amount, parse_amount
from app.queries.loan_views import (
    AmountDue,
    LoanChoice,
    ReceiptRow,
    active_loans,
    amount_due,
    match_loans,
    receipts_on,
)
from app.queries.office import next_receipt_no
from app.services import loans
from app.services.context import Changes
from app.ui.common import (
    FormErrors,
    WithEmptyState,
    date_edit,
    from_qdate,
    heading,
    table_view,
    to_qdate,
)
from app.ui.context import AppContext
from app.ui.tablemodels import LATE, Column, RowsModel, show_date


class RepaymentsScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("repayments")
        self.stale = True
        self.choices: list[LoanChoice] = []
        self.matches: list[LoanChoice] = []
        self.loan: AmountDue | None = None
        self.last_receipt: str | None = None
        self._saving = False
        self._today = date.today()

        self.loan_field = QLineEdit()
        self.loan_field.setObjectName("loan_field")
        self.loan_field.setPlaceholderText(self.tr("Loan number or name, then Enter"))
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated.connect(self._picked)
        self.loan_field.setCompleter(self.completer)
        self.loan_field.textEdited.connect(self._typed)
        self.loan_field.returnPressed.connect(self._choose_first)
        self.loan_info = QLabel(self.tr("No loan chosen."))
        self.loan_info.setObjectName("loan_info")
        self.loan_info.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("e.g. 112,50"))
        self.paid_on = date_edit()
        self.paid_on.setObjectName("paid_on")
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receipt")
        for field in (self.amount, self.receipt):
            field.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setObjectName("save_repayment")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(ctx.may("loan.repay"))

        form = QFormLayout()
        form.addRow(self.tr("Loan"), self.loan_field)
        form.addRow("", self.loan_info)
        form.addRow(self.tr("Amount (₼)"), self.amount)
        form.addRow(self.tr("Paid on"), self.paid_on)
        form.addRow(self.tr("Receipt number"), self.receipt)
        self.errors = FormErrors(
            form, {"loan": self.loan_field, "amount": self.amount, "paid_on": self.paid_on,
                   "receipt_no": self.receipt},
        )  # fmt: skip
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(
            "background: #ecfdf3; border: 1px solid #abefc6; padding: 8px; font-size: 11pt;"
        )
        self.result.hide()
        self.print_button = QPushButton(self.tr("Print receipt"))
        self.print_button.setObjectName("print_receipt")
        self.print_button.clicked.connect(self.print_receipt)
        self.print_button.setEnabled(False)

        self.today_model = RowsModel(
            [Column(self.tr("Receipt"), lambda r: r.receipt_no, width=130),
             Column(self.tr("Time"), lambda r: r.recorded_at.strftime("%H:%M"), width=60),
             Column(self.tr("Loan"), lambda r: r.loan_number, width=115),
             Column(self.tr("Beneficiary"), lambda r: r.beneficiary, width=200),
             Column(self.tr("Amount"), lambda r: r.amount, right=True, width=110),
             Column(self.tr("Note"), lambda r: self.tr("reversed") if r.reversed else "")],
            highlight=lambda r: LATE if r.reversed else None,
        )  # fmt: skip
        today_view = table_view(self.today_model, sortable=False)
        today_view.setObjectName("today_receipts")
        today_view.setToolTip(self.tr("Enter or a double click prints that receipt again"))
        today_view.activated.connect(lambda i: self.reprint(i.row()))  # #14: any of today's
        today_view.doubleClicked.connect(lambda i: self.reprint(i.row()))
        self.today = WithEmptyState(
            today_view,
            self.tr("No repayments recorded today yet — they appear here as you save them."),
        )
        self.day_button = QPushButton(self.tr("Print today's receipts…"))
        self.day_button.setObjectName("print_day")
        self.day_button.clicked.connect(self.print_day)
        self.find_receipt = QLineEdit()  # #14: any receipt again, by its number
        self.find_receipt.setObjectName("find_receipt")
        self.find_receipt.setPlaceholderText(self.tr("Receipt number to print again, then Enter"))
        self.find_receipt.returnPressed.connect(self.print_found)
        self.find_receipt.setMinimumWidth(320)
        self.total = QLabel()
        self.total.setObjectName("today_total")
        self.total.setStyleSheet("font-weight: 600;")

        left = QVBoxLayout()
        left.addWidget(self.errors.general)
        left.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addWidget(self.result)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Repayments")))
        if not ctx.may("loan.repay"):
            note = QLabel(self.tr("Only loan officers and supervisors record repayments."))
            note.setObjectName("role_note")
            layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Recorded today on this laptop")))
        layout.addWidget(self.today, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.find_receipt)
        bottom.addWidget(self.day_button)
        layout.addLayout(bottom)
        ctx.changes_applied.connect(self.on_changes)

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.stale = False
        if self.loan is None:
            self._today_again(force=True)
        self.choices = active_loans(self.ctx.db)
        self._refresh_today()
        if not self.loan_field.hasFocus():
            self.loan_field.setFocus()

    def _refresh_today(self) -> None:
        """Today's receipts and the next receipt number (cheap: after each save)."""
        self.receipt.setPlaceholderText(
            self.tr("{n} (automatic)").replace("{n}", next_receipt_no(self.ctx.db))
        )
        self._show_today(receipts_on(self.ctx.db, self.ctx.actor.officer_id, date.today()))

    def _show_today(self, rows: list[ReceiptRow]) -> None:
        self.today_model.set_rows(rows)
        self.today.set_empty(not rows)
        total = sum((r.amount for r in rows if not r.reversed), Decimal("0.00"))
        self.total.setText(
            self.tr("Today: {n} receipts, {total}").replace("{n}", str(len(rows)))
            .replace("{total}", format_amount(total))
        )  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        if changes.loans and not self._saving:  # another screen moved money: reload all
            self.stale = True
            if self.isVisible():
                self.refresh()

    # -- choosing the loan -----------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.loan = None
        self.matches = match_loans(self.choices, text)[:30] if text.strip() else []
        self.completions.setStringList([c.label for c in self.matches])
        self.loan_info.setText(
            self.tr("{n} matching loans").replace("{n}", str(len(self.matches)))
            if text.strip() else self.tr("No loan chosen.")
        )  # fmt: skip

    def _picked(self, label: str) -> None:
        for c in self.matches:
            if c.label == label:
                self.choose(c)
                return

    def _choose_first(self) -> None:
        if self.completer.popup().isVisible():
            self.completer.popup().hide()
        if self.loan is not None and self.loan_field.text() == self._label():
            self.amount.setFocus()
            return
        matches = self.matches or match_loans(self.choices, self.loan_field.text())
        if not matches:
            self.errors.show(ValidationError(self.tr("no active loan matches this"), field="loan"))
            return
        if len(matches) > 1:  # #14: never pick one of several silently
            chosen = self.choose_among(matches)
            if chosen is None:
                return
            self.choose(chosen)
            return
        self.choose(matches[0])

    def choose_among(self, matches: list[LoanChoice]) -> LoanChoice | None:
        """Ask which of several matching loans (a seam the tests answer)."""
        from app.ui.choose_loan import ChooseLoanDialog

        on = from_qdate(self.paid_on.date())
        dues = {m.id: amount_due(self.ctx.db, m.id, on).due_now for m in matches[:30]}
        dialog = ChooseLoanDialog(matches[:30], dues, self.loan_field.text(), self)
        return dialog.chosen if dialog.exec() else None

    def choose_loan(self, loan_id: str) -> bool:
        """Choose a loan by id (the loan screen's "Record repayment", #14)."""
        if self.stale or not self.choices:
            self.refresh()
        found = next((c for c in self.choices if c.id == loan_id), None)
        if found is not None:
            self.choose(found)
        return found is not None

    def _label(self) -> str:
        return f"{self.loan.number} — {self.loan.beneficiary}" if self.loan else ""

    def choose(self, choice: LoanChoice) -> None:
        """Fill the form for a loan: the amount due now, pre-selected so typing replaces it."""
        self.errors.clear()
        self._today_again()
        self.loan = amount_due(self.ctx.db, choice.id, from_qdate(self.paid_on.date()))
        self.loan_field.setText(self._label())
        due = self.loan
        info = self.tr("Installment due now {due}").replace("{due}", format_amount(due.due_now))
        if due.next_due_on:
            info += " " + self.tr("(on {d})").replace("{d}", show_date(due.next_due_on))
        if due.arrears:
            info += " · " + (
                self.tr("arrears {arrears}, {d} days late — not added")
                .replace("{arrears}", format_amount(due.arrears))
                .replace("{d}", str(due.days_late))
            )  # fmt: skip
        info += " · " + self.tr("total owed {total}").replace(
            "{total}", format_amount(due.total_outstanding)
        )
        self.loan_info.setText(info)
        self.amount.setText(f"{self.loan.due_now:.2f}".replace(".", ","))
        self.amount.setFocus()
        self.amount.selectAll()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        if self.loan is None:
            self._failed()
            self.errors.show(ValidationError(self.tr("choose a loan first"), field="loan"))
            return
        paid_on = from_qdate(self.paid_on.date())
        try:
            amount = parse_amount(self.amount.text())
        except DomainError as e:
            self._failed()
            self.errors.show(e)
            return
        question = []
        if amount > self.loan.due_now:
            question.append(
                self.tr("{amount} is more than the installment due now ({due}).")
                .replace("{amount}", format_amount(amount))
                .replace("{due}", format_amount(self.loan.due_now))
            )  # fmt: skip
        if paid_on != date.today():
            question.append(
                self.tr("It is dated {date}, not today.").replace("{date}", show_date(paid_on))
            )
        if question and not self.confirm(
            self.tr("Record this repayment?"), " ".join([*question, self.tr("Record it?")])
        ):
            return  # everything typed stays
        try:
            result = loans.record_repayment(
                self.ctx.db, actor=self.ctx.actor, loan_id=self.loan.loan_id,
                amount=self.amount.text(), paid_on=paid_on,
                receipt_no=self.receipt.text().strip() or None,
            )  # fmt: skip
        except DomainError as e:
            self._failed()
            self.errors.show(e)  # everything typed stays
            return
        loan_id = self.loan.loan_id
        a = result.allocation
        parts = [
            (self.tr("penalty"), a.penalty), (self.tr("fee"), a.fee),
            (self.tr("interest"), a.interest), (self.tr("principal"), a.principal),
        ]  # fmt: skip
        split = ", ".join(f"{name} {format_amount(v)}" for name, v in parts if v)
        self.result.setText(
            self.tr("Receipt {r}: {amount} on {loan} — {split}. Principal still owed: {left}.")
            .replace("{r}", result.receipt_no).replace("{amount}", format_amount(result.amount))
            .replace("{loan}", result.loan_number).replace("{split}", split)
            .replace("{left}", format_amount(result.outstanding_principal))
            + (" " + self.tr("The loan is repaid.") if result.loan_status == "closed" else "")
        )  # fmt: skip
        self.result.show()
        self.last_receipt = result.receipt_no
        self.print_button.setEnabled(True)
        self.loan = None
        self.loan_field.clear()
        self.amount.clear()
        self.receipt.clear()
        self.matches = []
        self.loan_info.setText(self.tr("Saved. Next loan?"))
        self._today_again(force=True)  # the next entry is today's unless changed on purpose
        self.loan_field.setFocus()
        if result.loan_status != "active":  # repaid: no longer offered
            self.choices = [c for c in self.choices if c.id != loan_id]
        # the service returned the saved receipt row: no re-query, the rest of the list is known
        self._show_today([result.receipt, *self.today_model.keys()])
        self.receipt.setPlaceholderText(
            self.tr("{n} (automatic)").replace("{n}", next_receipt_no(self.ctx.db))
        )
        self._saving = True
        try:
            self.ctx.changes_applied.emit(result.changes)  # other screens mark themselves stale
        finally:
            self._saving = False

    def _failed(self) -> None:
        """A refused entry: the last receipt leaves the panel (it is not this one's)."""
        self.result.hide()
        self.print_button.setEnabled(False)
        self.last_receipt = None

    def _today_again(self, force: bool = False) -> None:
        """ "Paid on" back to today after a save, and when the day changed under an open form."""
        today = date.today()
        if force or (self._today != today and from_qdate(self.paid_on.date()) == self._today):
            self.paid_on.setDate(to_qdate(today))
        self._today = today

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def reprint(self, row: int) -> None:
        """#14: print one of today's receipts again (a lost copy, a second one for the file)."""
        from app.ui.outputs import save_receipt

        r = self.today_model.row_at(row)
        if r is not None:
            save_receipt(self.ctx, r.receipt_no, self)

    def print_day(self) -> None:
        """#14: every receipt of today's list (not the reversed ones) in one PDF."""
        from app.ui.outputs import save_pdf

        rows = self.today_model.keys()  # the rows shown (a RowsModel keys its rows)
        numbers = [r.receipt_no for r in rows if not r.reversed]
        if numbers:
            save_pdf(self.ctx, self, "receipts", "|".join(numbers),
                     f"receipts-{date.today():%Y-%m-%d}.pdf")  # fmt: skip

    def print_found(self) -> None:
        from app.ui.outputs import save_receipt

        number = self.find_receipt.text().strip()
        if number:
            save_receipt(self.ctx, number.upper(), self)

    def print_receipt(self) -> None:
        from app.ui.outputs import save_receipt

        if self.last_receipt:
            save_receipt(self.ctx, self.last_receipt, self)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Esc clears the form for the next receipt
            self.loan = None
            self.loan_field.clear()
            self.amount.clear()
            self.receipt.clear()
            self.errors.clear()
            self._today_again(force=True)
            self.loan_field.setFocus()
            return
        super().keyPressEvent(event)
