"""One loan: terms, the schedule with each installment's state, the ledger, and the actions the
officer's role allows (approve or reject a proposed loan, disburse, reverse an entry with a
reason, charge a fee or penalty, write off)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from app.errors import DomainError
from app.money import format_amount
from app.queries.loan_views import EntryLine, LoanDetail, loan_detail
from app.services import loans
from app.services.context import may_reverse
from app.ui import labels
from app.ui.common import report_error, table_view
from app.ui.context import AppContext
from app.ui.tablemodels import LATE, Column, RowsModel, show_date


class LoanDialog(QDialog):
    def __init__(self, ctx: AppContext, loan_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id = loan_id
        self.setObjectName("loan")
        self.resize(940, 640)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("loan_summary")
        self.summary.setWordWrap(True)
        self.schedule_model = RowsModel(
            [Column("#", lambda i: i.n, right=True, width=40),
             Column(self.tr("Due"), lambda i: i.due, width=90),
             Column(self.tr("Principal"), lambda i: i.principal_due, right=True, width=110),
             Column(self.tr("Interest"), lambda i: i.interest_due, right=True, width=100),
             Column(self.tr("Paid"), lambda i: i.principal_paid + i.interest_paid, right=True,
                    width=110),
             Column(self.tr("Paid on"), lambda i: i.paid_on, width=90),
             Column(self.tr("Status"), lambda i: labels.installment_status(i.status))],
            highlight=lambda i: LATE if i.status == "overdue" else None,
        )  # fmt: skip
        self.entries_model = RowsModel(
            [Column(self.tr("Date"), lambda e: e.value_date, width=90),
             Column(self.tr("Type"), lambda e: labels.entry_kind(e.kind), width=110),
             Column(self.tr("Amount"), lambda e: e.amount, right=True, width=110),
             Column(self.tr("Receipt"), lambda e: e.receipt_no, width=120),
             Column(self.tr("Penalty"), lambda e: e.penalty if e.kind == "repayment" else None,
                    right=True, width=80),
             Column(self.tr("Fee"), lambda e: e.fee if e.kind == "repayment" else None,
                    right=True, width=80),
             Column(self.tr("Interest"), lambda e: e.interest if e.kind == "repayment" else None,
                    right=True, width=90),
             Column(self.tr("Principal"), lambda e: e.principal if e.kind == "repayment"
                    else None, right=True, width=110),
             Column(self.tr("Officer"), lambda e: e.officer, width=140),
             Column(self.tr("Note"), self._note)],
            highlight=lambda e: LATE if e.reversed else None,
        )  # fmt: skip
        self.schedule = table_view(self.schedule_model, sortable=False)
        self.schedule.setObjectName("schedule")
        self.entries = table_view(self.entries_model, sortable=False)
        self.entries.setObjectName("entries")
        self.entries.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.schedule)
        split.addWidget(self.entries)

        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(lambda: self.decide("approved"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("reject")
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        self.disburse_button = QPushButton(self.tr("Disburse"))
        self.disburse_button.setObjectName("disburse")
        self.disburse_button.clicked.connect(self.disburse)
        self.reverse_button = QPushButton(self.tr("Reverse selected entry…"))
        self.reverse_button.setObjectName("reverse")
        self.reverse_button.clicked.connect(self.reverse)
        self.write_off_button = QPushButton(self.tr("Write off…"))
        self.write_off_button.setObjectName("write_off")
        self.write_off_button.clicked.connect(self.write_off)
        self.charge_button = QPushButton(self.tr("Charge a fee or penalty…"))
        self.charge_button.setObjectName("charge")
        self.charge_button.clicked.connect(self.charge)
        self.repay_button = QPushButton(self.tr("Record repayment…"))
        self.repay_button.setObjectName("record_repayment")
        self.repay_button.clicked.connect(self.record_repayment)
        self.receipt_button = QPushButton(self.tr("Receipt (PDF)…"))
        self.receipt_button.setObjectName("entry_receipt")
        self.receipt_button.clicked.connect(self.receipt)
        self.card_button = QPushButton(self.tr("Schedule card (PDF)…"))
        self.card_button.setObjectName("schedule_card")
        self.card_button.clicked.connect(self.schedule_card)
        actions = QHBoxLayout()
        for b in (self.approve_button, self.reject_button, self.disburse_button, self.repay_button,
                  self.reverse_button, self.receipt_button, self.charge_button,
                  self.write_off_button, self.card_button):  # fmt: skip
            actions.addWidget(b)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self.detail: LoanDetail | None = None
        self.refresh()

    def _note(self, e: EntryLine) -> str:
        if e.kind == "reversal":
            return self.tr("reverses an earlier entry: {reason}").replace("{reason}", e.reason)
        if e.reversed:
            return self.tr("reversed")
        return e.reason

    def refresh(self) -> None:
        self.detail = d = loan_detail(self.ctx.db, self.loan_id)
        st, loan = d.state, d.loan
        self.setWindowTitle(self.tr("Loan {n}").replace("{n}", loan.number))
        self.title.setText(f"{loan.number} · {d.full_name} ({loan.code})")
        parts = [
            f"{loan.product}: {format_amount(loan.principal)}, {loan.rate}% "
            + self.tr("a year, {n} installments").replace("{n}", str(loan.term)),
            self.tr("Status: {s}").replace("{s}", labels.loan_status(loan.status)),
        ]
        if loan.status == "proposed":
            parts.append(self.tr("proposed by {name}, awaiting a supervisor's approval")
                         .replace("{name}", d.proposer))  # fmt: skip
        elif d.decision is not None:
            said = (self.tr("approved by {name} on {d}") if d.decision.decision == "approved"
                    else self.tr("rejected by {name} on {d}"))  # fmt: skip
            said = said.replace("{name}", d.decision.officer)
            said = said.replace("{d}", show_date(d.decision.decided_on))
            parts.append(f"{said}: {d.decision.reason}" if d.decision.reason else said)
        if d.warnings:
            parts.append(
                self.tr("proposed despite: {warnings} — {reason}")
                .replace("{warnings}", "; ".join(labels.loan_warning(w) for w in d.warnings))
                .replace("{reason}", d.warnings_reason)
            )
        if loan.disbursed_on:
            parts.append(self.tr("disbursed {d}").replace("{d}", show_date(loan.disbursed_on)))
            parts.append(
                self.tr("principal outstanding {p}; total owed today {t}")
                .replace("{p}", format_amount(st.outstanding_principal))
                .replace("{t}", format_amount(st.total_outstanding))
            )
            if st.days_in_arrears:
                parts.append(self.tr("{d} days late").replace("{d}", str(st.days_in_arrears)))
        self.summary.setText(" · ".join(parts))
        self.schedule_model.set_rows(st.installments)
        self.entries_model.set_rows(d.entries)
        self._enable()

    def selected_entry(self) -> EntryLine | None:
        index = self.entries.currentIndex()
        return self.entries_model.row_at(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        d = self.detail
        assert d is not None
        self.disburse_button.setVisible(d.loan.status == "approved")
        self.disburse_button.setEnabled(self.ctx.may("loan.disburse"))
        proposed = d.loan.status == "proposed"
        own = d.loan.officer_id == self.ctx.actor.officer_id
        for button in (self.approve_button, self.reject_button):
            button.setVisible(proposed)
            button.setEnabled(self.ctx.may("loan.approve") and not own)
            button.setToolTip(
                self.tr("A supervisor other than the officer who proposed the loan decides")
                if own or not self.ctx.may("loan.approve") else ""
            )  # fmt: skip
        entry = self.selected_entry()
        self.reverse_button.setEnabled(
            entry is not None and entry.reversible
            and may_reverse(self.ctx.actor, entry.kind, entry.officer_id, entry.recorded_on,
                            date.today())
        )  # fmt: skip
        self.write_off_button.setEnabled(
            self.ctx.may("loan.write_off") and d.loan.status == "active"
        )
        self.charge_button.setEnabled(self.ctx.may("loan.charge") and d.loan.status == "active")
        self.card_button.setEnabled(
            d.loan.disbursed_on is not None and self.ctx.may("export.schedule")
        )
        self.receipt_button.setEnabled(  # #14: reprint any receipt from the ledger
            entry is not None and bool(entry.receipt_no) and self.ctx.may("export.receipt")
        )
        self.repay_button.setVisible(d.loan.status == "active")
        self.repay_button.setEnabled(self.ctx.may("loan.repay"))

    def receipt(self) -> None:
        from app.ui.outputs import save_receipt

        entry = self.selected_entry()
        if entry is not None and entry.receipt_no:
            save_receipt(self.ctx, entry.receipt_no, self)

    def record_repayment(self) -> None:
        """#14: open repayment entry with this loan chosen (this window and the case file it
        was opened from close, so the entry is in front)."""
        d = self.detail
        assert d is not None
        self.ctx.repay_requested.emit(d.loan.id)
        window = self
        while isinstance(window, QDialog):
            window.accept()
            window = window.parent()

    def schedule_card(self) -> None:
        from app.ui.outputs import save_pdf

        d = self.detail
        assert d is not None
        save_pdf(self.ctx, self, "schedule", d.loan.id, f"schedule-{d.loan.number}.pdf")

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_reason(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, prompt)
        return text if ok else None

    def _done(self, saved: loans.EntrySaved) -> None:
        self.ctx.changes_applied.emit(saved.changes)  # what the service says it changed
        self.refresh()

    def decide(self, decision: str) -> None:
        """Approve or reject the proposed loan, with a reason (required to reject)."""
        d = self.detail
        assert d is not None
        if decision == "approved":
            title = self.tr("Approve loan")
            prompt = self.tr("Approve {number} for {name}? A note for the file (optional):")
        else:
            title = self.tr("Reject loan")
            prompt = self.tr("Why is {number} for {name} rejected?")
        prompt = prompt.replace("{number}", d.loan.number).replace("{name}", d.full_name)
        reason = self.ask_reason(title, prompt)
        if reason is None:
            return
        try:
            changes = loans.decide_loan(self.ctx.db, actor=self.ctx.actor, loan_id=self.loan_id,
                                        decision=decision, reason=reason)  # fmt: skip
        except DomainError as e:
            report_error(self, e)
            return
        self.ctx.changes_applied.emit(changes)
        self.refresh()

    def charge(self) -> None:
        from app.ui.screens.charge_form import ChargeDialog

        d = self.detail
        assert d is not None
        form = ChargeDialog(self.ctx, self.loan_id, d.loan.number, self)
        if form.exec() and form.saved is not None:
            self._done(form.saved)

    def disburse(self) -> None:
        d = self.detail
        assert d is not None
        question = (
            self.tr("Pay out {amount} to {name} today?")
            .replace("{amount}", format_amount(d.loan.principal))
            .replace("{name}", d.full_name)
        )
        if not self.confirm(self.tr("Disburse"), question):
            return
        try:
            saved = loans.disburse(self.ctx.db, actor=self.ctx.actor, loan_id=self.loan_id)
        except DomainError as e:
            report_error(self, e)
            return
        self._done(saved)

    def reverse(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        reason = self.ask_reason(
            self.tr("Reverse entry"),
            self.tr("Why is this {kind} of {amount} reversed?")
            .replace("{kind}", labels.entry_kind(entry.kind).lower())
            .replace("{amount}", format_amount(entry.amount)),
        )
        if reason is None:
            return
        try:
            saved = loans.reverse_entry(
                self.ctx.db, actor=self.ctx.actor, entry_id=entry.id, reason=reason
            )
        except DomainError as e:
            report_error(self, e)
            return
        self._done(saved)

    def write_off(self) -> None:
        reason = self.ask_reason(
            self.tr("Write off"), self.tr("Why is what is still owed written off?")
        )
        if reason is None:
            return
        try:
            saved = loans.write_off(
                self.ctx.db, actor=self.ctx.actor, loan_id=self.loan_id, reason=reason
            )
        except DomainError as e:
            report_error(self, e)
            return
        self._done(saved)
