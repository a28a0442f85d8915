"""The Due list (#14): who to visit today — the active loans due or late for an officer, a
village, a product and a range of days, the most days late first, with the installment due
now, the arrears, what to collect, the phone and village, the last payment and the latest note.

From here the officer writes a note ("promised to pay on the 12th"), records one repayment,
records a day's collections in one go (paid as scheduled, exceptions typed), copies the list,
saves it to Excel or prints the collection sheet to take on the round.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.money import format_amount
from app.queries.due import DueRow, due_list, loan_officers, villages
from app.queries.office import products
from app.services import loans
from app.ui import workers
from app.ui.common import (
    FormErrors,
    WithEmptyState,
    date_edit,
    form_dialog,
    from_qdate,
    heading,
    report_error,
    table_view,
    to_qdate,
)
from app.ui.context import AppContext
from app.ui.tablemodels import LATE, Column, RowsModel, show_date


class DueScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("due")
        self.stale = True
        self.rows: list[DueRow] = []
        self.officer = QComboBox()
        self.officer.setObjectName("due_officer")
        self.village = QComboBox()
        self.village.setObjectName("due_village")
        self.product = QComboBox()
        self.product.setObjectName("due_product")
        self.on = date_edit()
        self.on.setObjectName("due_on")
        self.until = date_edit(date.today() + timedelta(days=6))
        self.until.setObjectName("due_until")
        for combo in (self.officer, self.village, self.product):
            combo.currentIndexChanged.connect(lambda *_: self.load())
        for edit in (self.on, self.until):
            edit.dateChanged.connect(lambda *_: self.load())
        filters = QHBoxLayout()
        pairs = (
            (self.tr("Officer"), self.officer), (self.tr("Village"), self.village),
            (self.tr("Product"), self.product), (self.tr("On"), self.on),
            (self.tr("Due by"), self.until),
        )  # fmt: skip
        for label, widget in pairs:
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)

        self.model = RowsModel(
            [Column(self.tr("Days late"), lambda r: r.days_late or None, right=True, width=98),
             Column(self.tr("Loan"), lambda r: r.number, width=100),
             Column(self.tr("Name"), lambda r: r.beneficiary, width=165),
             Column(self.tr("Village"), lambda r: r.village, width=90),
             Column(self.tr("Phone"), lambda r: r.phone, width=118),
             Column(self.tr("Next due"), lambda r: r.next_due_on, width=82),
             Column(self.tr("Installment"), lambda r: r.installment, right=True, width=85),
             Column(self.tr("Arrears"), lambda r: r.arrears or None, right=True, width=90),
             Column(self.tr("To collect"), lambda r: r.to_collect, right=True, width=90),
             Column(self.tr("Note"), self._note)],
            highlight=lambda r: LATE if r.days_late > 30 else None,
        )  # fmt: skip
        self.table = table_view(self.model, sortable=False)  # most days late first
        self.table.setObjectName("due_table")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.detail = QLabel()  # the selected loan in full: the note, the last payment
        self.detail.setObjectName("due_detail")
        self.detail.setWordWrap(True)
        self.table.activated.connect(lambda *_: self.record_one())
        self.body = WithEmptyState(
            self.table, self.tr("Nothing due in these days — no visit needed, or widen the dates.")
        )
        self.count = QLabel()
        self.count.setObjectName("due_count")
        self.count.setStyleSheet("font-weight: 600;")
        self.note_button = QPushButton(self.tr("Note…"))
        self.note_button.setObjectName("due_note")
        self.note_button.clicked.connect(self.add_note)
        self.repay_button = QPushButton(self.tr("Record repayment…"))
        self.repay_button.setObjectName("due_repay")
        self.repay_button.clicked.connect(self.record_one)
        self.bulk_button = QPushButton(self.tr("Record the day's collections…"))
        self.bulk_button.setObjectName("due_bulk")
        self.bulk_button.clicked.connect(self.record_many)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("due_copy")
        self.copy_button.clicked.connect(self.copy)
        self.excel_button = QPushButton(self.tr("Excel…"))
        self.excel_button.setObjectName("due_excel")
        self.excel_button.clicked.connect(self.to_excel)
        self.sheet_button = QPushButton(self.tr("Collection sheet (PDF)…"))
        self.sheet_button.setObjectName("collection_sheet")
        self.sheet_button.clicked.connect(self.collection_sheet)
        may = ctx.may("loan.repay")
        for b in (self.note_button, self.repay_button, self.bulk_button):
            b.setEnabled(may)
        actions = QHBoxLayout()
        for b in (self.repay_button, self.bulk_button, self.note_button, self.copy_button,
                  self.excel_button, self.sheet_button):  # fmt: skip
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Due list")))
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.count)
        layout.addLayout(actions)
        ctx.changes_applied.connect(self.on_changes)
        self._filling = False
        self._asked = 0  # the newest load asked for (#14: filters change while one is read)

    def _note(self, r: DueRow) -> str:
        if not r.note:
            return ""
        text = f"{show_date(r.note_on)}: {r.note}"
        if r.promised_on:
            text = self.tr("promised {date}").replace("{date}", show_date(r.promised_on)) + (
                " — " + text
            )
        return text

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.stale = False
        self._filling = True
        try:
            me = self.ctx.actor.officer_id
            self.officer.clear()
            self.officer.addItem(self.tr("All officers"), None)
            for o in loan_officers(self.ctx.db):
                self.officer.addItem(o.name, o.id)
            mine = self.officer.findData(me)
            self.officer.setCurrentIndex(mine if mine >= 0 else 0)
            self.village.clear()
            self.village.addItem(self.tr("All villages"), None)
            for v in villages(self.ctx.db):
                self.village.addItem(v, v)
            self.product.clear()
            self.product.addItem(self.tr("All products"), None)
            for p in products(self.ctx.db):
                self.product.addItem(p.name, p.id)
        finally:
            self._filling = False
        self.load()

    def load(self) -> None:
        """The list is read off the GUI thread (a big portfolio replays for a second or two);
        the newest request wins when filters change quickly."""
        if self._filling:
            return
        self._asked += 1
        asked, filters = self._asked, self._filters()
        if not self.rows:
            self.body.set_empty(True, self.tr("Loading…"))
        workers.start(
            lambda db, state: due_list(db, **filters), self.ctx.db,
            on_done=lambda rows: self._loaded(rows, asked),
            on_error=lambda e: report_error(self, e), parent=self,
        )  # fmt: skip

    def _loaded(self, rows: list[DueRow], asked: int) -> None:
        if asked != self._asked:  # a newer filter is being read
            return
        self.rows = rows
        self.body.set_empty(
            not rows, self.tr("Nothing due in these days — no visit needed, or widen the dates.")
        )
        self.model.set_rows(self.rows)
        total = sum((r.to_collect for r in self.rows), Decimal("0.00"))
        late = sum(1 for r in self.rows if r.days_late)
        self.count.setText(
            self.tr("{n} loans, {late} of them late · to collect {total}")
            .replace("{n}", str(len(self.rows))).replace("{late}", str(late))
            .replace("{total}", format_amount(total))
        )  # fmt: skip
        if self.rows and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)

    def _show_selected(self) -> None:
        r = self.selected()
        if r is None:
            self.detail.setText("")
            return
        parts = [f"{r.number} · {r.beneficiary} ({r.code}) · {r.officer}"]
        if r.last_paid_on is not None and r.last_paid is not None:
            parts.append(
                self.tr("last paid {amount} on {date}")
                .replace("{amount}", format_amount(r.last_paid))
                .replace("{date}", show_date(r.last_paid_on))
            )  # fmt: skip
        else:
            parts.append(self.tr("nothing paid yet"))
        parts.append(self.tr("total owed {total}").replace(
            "{total}", format_amount(r.total_outstanding)))  # fmt: skip
        text = " · ".join(parts)
        if r.note:
            text += "\n" + self._note(r)
        self.detail.setText(text)

    def on_changes(self, changes) -> None:
        if changes.loans:
            self.stale = True
            if self.isVisible():
                self.load()

    def selected(self) -> DueRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- actions ---------------------------------------------------------------------------
    def add_note(self) -> None:
        row = self.selected()
        if row is None:
            return
        if NoteDialog(self.ctx, row, self).exec():
            self.load()

    def record_one(self) -> None:
        row = self.selected()
        if row is not None and self.ctx.may("loan.repay"):
            self.ctx.repay_requested.emit(row.loan_id)

    def record_many(self) -> None:
        from app.ui.screens.bulk_entry import BulkEntryDialog

        due = [r for r in self.rows if r.to_collect > 0]
        if not due:
            return
        if BulkEntryDialog(self.ctx, due, self).exec():
            self.load()

    def lines(self) -> list[list[str]]:
        """The list as text (what Copy puts on the clipboard), a header first."""
        out = [[self.model.headerData(c, Qt.Orientation.Horizontal) for c in
                range(self.model.columnCount())]]  # fmt: skip
        for i in range(self.model.rowCount()):
            out.append([str(self.model.index(i, c).data() or "")
                        for c in range(self.model.columnCount())])  # fmt: skip
        return out

    def copy(self) -> None:
        text = "\n".join("\t".join(cells) for cells in self.lines())
        QGuiApplication.clipboard().setText(text)
        self.ctx.status_message.emit(self.tr("{n} rows copied").replace("{n}", str(len(self.rows))))

    def _filters(self) -> dict:
        return dict(
            on=from_qdate(self.on.date()), until=from_qdate(self.until.date()),
            officer_id=self.officer.currentData(), village=self.village.currentData(),
            product_id=self.product.currentData(),
        )  # fmt: skip

    def to_excel(self) -> None:
        from app.ui.outputs import save_due

        save_due(self.ctx, self, "xlsx", self._filters(), f"due-{date.today():%Y-%m-%d}.xlsx")

    def collection_sheet(self) -> None:
        from app.ui.outputs import save_due

        save_due(self.ctx, self, "pdf", self._filters(), f"collection-{date.today():%Y-%m-%d}.pdf")


class NoteDialog(QDialog):
    """A dated note on the loan, with the day the borrower promised to pay if they did."""

    def __init__(self, ctx: AppContext, row: DueRow, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setObjectName("loan_note")
        self.setWindowTitle(self.tr("Note on {loan} — {name}").replace("{loan}", row.number)
                            .replace("{name}", row.beneficiary))  # fmt: skip
        self.text = QLineEdit()
        self.text.setObjectName("note_text")
        self.text.setPlaceholderText(self.tr("e.g. the market was slow; will pay on Friday"))
        self.promised = QDateEdit()
        self.promised.setObjectName("promised_on")
        self.promised.setDisplayFormat("dd.MM.yyyy")
        self.promised.setCalendarPopup(True)
        self.promised.setSpecialValueText(self.tr("no promise"))
        self.promised.setMinimumDate(to_qdate(date.today() - timedelta(days=1)))
        self.promised.setDate(self.promised.minimumDate())  # shows "no promise"
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.text)
        form.addRow(self.tr("Promised to pay on"), self.promised)
        self.errors = FormErrors(form, {"text": self.text, "promised_on": self.promised})
        form_dialog(self, form, self.errors, self.save, self.tr("Save the note"))
        self.setMinimumWidth(520)
        self.text.setFocus()

    def save(self) -> None:
        self.errors.clear()
        promised = None
        if self.promised.date() != self.promised.minimumDate():
            promised = from_qdate(self.promised.date())
        try:
            changes = loans.add_loan_note(self.ctx.db, actor=self.ctx.actor,
                                          loan_id=self.row.loan_id, text=self.text.text(),
                                          promised_on=promised)  # fmt: skip
        except DomainError as e:
            self.errors.show(e)
            return
        except OSError as e:  # pragma: no cover - the disk
            report_error(self, e)
            return
        self.ctx.changes_applied.emit(changes)
        self.accept()
