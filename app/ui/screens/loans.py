"""Loans: the portfolio table (outstanding and days late by replay), late rows marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.queries.loans import LoanRow, loan_rows
from app.queries.office import officer_names
from app.services.context import Changes
from app.store import Database
from app.text import found, query_words
from app.ui import labels, workers
from app.ui.common import SearchBox, WithEmptyState, heading, report_error, shortcut, table_view
from app.ui.context import AppContext
from app.ui.i18n import number
from app.ui.tablemodels import LATE, Column, RowsModel


def _load(db: Database, as_of: date, state: object) -> list[LoanRow]:
    """In the worker: every loan with its figures (the bulk integer-qəpik replay of
    ``app.queries.loans``) and its search key (the case file's stored one, as typed folded)."""
    return loan_rows(db, as_of)


_FEW = 50  # changed loans re-read one by one; more reload the table in the worker


class LoansScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("loans")
        self.stale = True
        self.rows: list[LoanRow] = []
        self.names: dict[str, str] = {}  # officer id → name (#14)
        self.model = RowsModel(
            [Column(self.tr("Loan"), lambda r: r.number, width=115),
             Column(self.tr("Beneficiary"), lambda r: r.beneficiary, width=165),
             Column(self.tr("Product"), lambda r: r.product, width=150),
             Column(self.tr("Principal"), lambda r: r.principal, right=True, width=100),
             Column(self.tr("Disbursed"), lambda r: r.disbursed_on, width=90),
             Column(self.tr("Outstanding"), lambda r: r.outstanding, right=True, width=100),
             Column(self.tr("Days late"), lambda r: r.days_late or "", right=True, width=80,
                    sort=lambda r: r.days_late),
             Column(self.tr("Officer"), lambda r: self.names.get(r.officer_id, ""), width=140),
             Column(self.tr("Status"), lambda r: labels.loan_status(r.status))],
            highlight=lambda r: LATE if r.late else None,
            parent=self,
        )  # fmt: skip
        self.table = table_view(self.model)
        self.table.doubleClicked.connect(lambda i: self.open_row(i.row()))
        self.table.activated.connect(lambda i: self.open_row(i.row()))
        self.body = WithEmptyState(self.table, self.tr("Loading loans…"))
        self.search = SearchBox()
        self.search.setObjectName("loan_search")
        self.search.setPlaceholderText(self.tr("Find a loan by number or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply)
        self.search.down_pressed.connect(self.table.setFocus)
        self.search.returnPressed.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.late_only = QCheckBox(self.tr("Late only"))
        self.late_only.setObjectName("late_only")
        self.late_only.toggled.connect(self.apply)
        self.officer = QComboBox()  # #14: one officer's portfolio
        self.officer.setObjectName("loan_officer_filter")
        self.officer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.officer.currentIndexChanged.connect(lambda *_: self.apply())
        self.reassign_button = QPushButton(self.tr("Reassign the loans shown…"))
        self.reassign_button.setObjectName("reassign")
        self.reassign_button.setEnabled(ctx.may("loan.reassign"))
        self.reassign_button.clicked.connect(self.reassign)
        self.new_button = QPushButton(self.tr("New loan (Ctrl+N)"))
        self.new_button.setObjectName("new_loan")
        self.new_button.setEnabled(ctx.may("loan.create"))
        self.new_button.clicked.connect(self.new_loan)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.officer)
        top.addWidget(self.late_only)
        top.addWidget(self.reassign_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Loans")))
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.count)
        shortcut(self, "Ctrl+F", lambda: (self.search.setFocus(), self.search.selectAll()))
        shortcut(self, "Ctrl+N", self.new_loan)
        ctx.changes_applied.connect(self.on_changes)

    def refresh(self) -> None:
        """Replaying every loan takes a moment on a big office: done off the GUI thread."""
        self.stale = False
        if not self.rows:
            self.body.set_empty(True, self.tr("Loading loans…"))
        workers.start(
            _load,
            self.ctx.db,
            date.today(),
            on_done=self._loaded,
            on_error=lambda e: report_error(self, e),
            parent=self,
        )

    def _loaded(self, rows: list[LoanRow]) -> None:
        self.rows = rows
        self.names = officer_names(self.ctx.db)
        chosen = self.officer.currentData()
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(self.tr("All officers"), None)
        held = {r.officer_id for r in rows}
        for officer_id, name in sorted(self.names.items(), key=lambda kv: kv[1]):
            if officer_id in held:
                self.officer.addItem(name, officer_id)
        self.officer.setCurrentIndex(max(0, self.officer.findData(chosen)))
        self.officer.blockSignals(False)
        self.apply()

    def shown(self) -> list[LoanRow]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def reassign(self) -> None:
        """#14: the loans shown (one found by its number, or all of an officer's) to another."""
        from app.ui.screens.reassign import ReassignDialog

        loans = [r for r in self.shown() if r.status in ("proposed", "approved", "active")]
        if loans and ReassignDialog(self.ctx, loans, self).exec():
            self.refresh()

    def apply(self) -> None:
        words = query_words(self.search.text())  # #14: the case files' spellings, one search
        officer = self.officer.currentData()
        shown = [
            r
            for r in self.rows
            if found(r.key, words)
            and (r.late or not self.late_only.isChecked())
            and (officer is None or r.officer_id == officer)
        ]
        self.model.set_rows(shown)
        if not self.rows:
            self.body.set_empty(
                True,
                self.tr("No loans yet — open a case file, or press Ctrl+N to create a loan."),
            )
        elif not shown:
            self.body.set_empty(True, self.tr("No loan matches. Clear the search or the filter."))
        else:
            self.body.set_empty(False)
        late = sum(1 for r in self.rows if r.late)
        self.count.setText(
            self.tr("{shown} of {total} loans; {late} late").replace("{shown}", number(len(shown)))
            .replace("{total}", number(len(self.rows))).replace("{late}", number(late))
        )  # fmt: skip

    def on_changes(self, changes: Changes) -> None:
        """Refresh only the loans that changed (#12, STYLE §9): a repayment replays one loan,
        not 50,000. Many, or "*" (a sync, a resolved conflict), reload the whole table."""
        if not changes.loans:
            return
        if not self.isVisible():
            self.stale = True
        elif "*" in changes.loans or not self.rows or len(changes.loans) > _FEW:
            self.refresh()
        else:
            self.update_loans(changes.loans)

    def update_loans(self, ids: frozenset[str]) -> None:
        """Re-read these loans' rows and figures; a new loan joins in number order, a deleted
        one leaves."""
        today = date.today()
        fresh = {r.id: r for i in ids for r in loan_rows(self.ctx.db, today, loan_id=i)}
        rows = [fresh.pop(r.id, r) for r in self.rows if r.id not in ids or r.id in fresh]
        if fresh:  # new loans
            rows = sorted([*rows, *fresh.values()], key=lambda r: r.number)
        self.rows = rows
        self.apply()

    def open_row(self, row: int) -> None:
        if row < 0 or self.body.is_empty:
            return
        from app.ui.screens.loan_detail import LoanDialog

        LoanDialog(self.ctx, self.model.row_at(row).id, self).exec()

    def new_loan(self) -> None:
        if not self.ctx.may("loan.create"):
            return
        from app.ui.screens.loan_detail import LoanDialog
        from app.ui.screens.loan_form import NewLoanDialog

        form = NewLoanDialog(self.ctx, parent=self)
        if form.exec() and form.created is not None:  # #13: the new loan opens, to be approved
            LoanDialog(self.ctx, form.created.id, self).exec()
