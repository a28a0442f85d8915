"""Settings → Loan products (#13): a supervisor adds, revises and retires the office's products.

A new office cannot lend before it has one. Revising makes a new version and retires the old
one (loans copy their terms, so no loan changes). The form previews the largest, longest loan
the product allows, with its formula, while the terms are typed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.errors import DomainError
from app.money import format_amount
from app.queries.office import ProductView, products
from app.services import loans
from app.ui import labels
from app.ui.common import FormErrors, WithEmptyState, error_text, report_error, table_view
from app.ui.context import AppContext
from app.ui.schedule_preview import SchedulePreview
from app.ui.tablemodels import Column, RowsModel
from app.vocabulary import AMORTIZATIONS, FREQUENCIES, METHODS, ROUNDINGS

ORDERS = (
    "penalty,fee,interest,principal",
    "interest,principal,penalty,fee",
    "fee,penalty,interest,principal",
    "principal,interest,penalty,fee",
)


def _plain(amount: Decimal) -> str:
    """An amount as the form shows it for editing: ``1500,50`` (the forms read a comma or a
    point)."""
    return f"{amount:f}".replace(".", ",")


class ProductDialog(QDialog):
    """Add a product, or revise ``product`` (a new version replaces it on Save)."""

    def __init__(self, ctx: AppContext, product: ProductView | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product = product
        self.saved: str | None = None
        self.setObjectName("product_form")
        self.setWindowTitle(
            self.tr("New loan product") if product is None else self.tr("Revise loan product")
        )
        self.name = QLineEdit()
        self.name.setObjectName("product_name")
        self.rate = QLineEdit()
        self.rate.setObjectName("product_rate")
        self.rate.setPlaceholderText(self.tr("e.g. 18"))
        self.method = QComboBox()
        for code in METHODS:
            self.method.addItem(labels.method(code), code)
        self.amortization = QComboBox()
        for code in AMORTIZATIONS:
            self.amortization.addItem(labels.amortization(code), code)
        self.frequency = QComboBox()
        for code in FREQUENCIES:
            self.frequency.addItem(labels.frequency(code), code)
        self.min_term, self.max_term, self.grace = QSpinBox(), QSpinBox(), QSpinBox()
        for box, low, value in ((self.min_term, 1, 3), (self.max_term, 1, 24), (self.grace, 0, 0)):
            box.setRange(low, 120)
            box.setValue(value)
        self.min_principal, self.max_principal = QLineEdit("100"), QLineEdit("10000")
        self.multiple = QLineEdit()
        self.multiple.setPlaceholderText(self.tr("none"))
        self.rounding = QComboBox()
        for code in ROUNDINGS:
            self.rounding.addItem(code, code)
        self.order = QComboBox()
        for order in ORDERS:
            self.order.addItem(" → ".join(labels.allocation_part(p) for p in order.split(",")),
                               order)  # fmt: skip
        terms = QHBoxLayout()
        terms.addWidget(self.min_term)
        terms.addWidget(QLabel(self.tr("to")))
        terms.addWidget(self.max_term)
        amounts = QHBoxLayout()
        amounts.addWidget(self.min_principal)
        amounts.addWidget(QLabel(self.tr("to")))
        amounts.addWidget(self.max_principal)
        form = QFormLayout()
        form.addRow(self.tr("Product name"), self.name)
        form.addRow(self.tr("Annual rate (%)"), self.rate)
        form.addRow(self.tr("Interest"), self.method)
        form.addRow(self.tr("Installments"), self.amortization)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.tr("Term (installments)"), terms)
        form.addRow(self.tr("Principal (₼)"), amounts)
        form.addRow(self.tr("Grace (installments of interest only)"), self.grace)
        form.addRow(self.tr("Round installments up to (₼)"), self.multiple)
        form.addRow(self.tr("Rounding of the qəpik"), self.rounding)
        form.addRow(self.tr("A repayment pays"), self.order)
        self.errors = FormErrors(
            form,
            {"name": self.name, "rate": self.rate, "method": self.method,
             "amortization": self.amortization, "frequency": self.frequency,
             "min_term": self.min_term, "max_term": self.max_term,
             "min_principal": self.min_principal, "max_principal": self.max_principal,
             "grace": self.grace, "multiple": self.multiple, "rounding": self.rounding,
             "allocation_order": self.order},
        )  # fmt: skip
        self.preview_box = SchedulePreview()
        self.preview_model, self.formula = self.preview_box.model, self.preview_box.formula
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Add product") if product is None else self.tr("Save as a new version")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.errors.general)
        left.addLayout(form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.preview_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(1240, 640)
        if product is not None:
            self._fill(product)
        for edit in (self.name, self.rate, self.min_principal, self.max_principal, self.multiple):
            edit.textChanged.connect(self.preview)
        for box in (self.min_term, self.max_term, self.grace):
            box.valueChanged.connect(self.preview)
        for combo in (self.method, self.amortization, self.frequency, self.rounding, self.order):
            combo.currentIndexChanged.connect(self.preview)
        self.preview()
        self.name.setFocus()

    def _fill(self, p: ProductView) -> None:
        self.name.setText(p.name)
        self.rate.setText(_plain(p.rate))
        for combo, code in ((self.method, p.method), (self.amortization, p.amortization),
                            (self.frequency, p.frequency), (self.rounding, p.rounding),
                            (self.order, p.allocation_order)):  # fmt: skip
            index = combo.findData(code)
            if index < 0:  # an order typed at the command line: offered as it is
                combo.addItem(code, code)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.min_term.setValue(p.min_term)
        self.max_term.setValue(p.max_term)
        self.grace.setValue(p.grace)
        self.min_principal.setText(_plain(p.min_principal))
        self.max_principal.setText(_plain(p.max_principal))
        self.multiple.setText("" if p.multiple is None else _plain(p.multiple))

    def terms(self) -> dict:
        """The terms as typed, for ``app.services.loans`` (which checks them)."""
        return {
            "name": self.name.text(), "rate": self.rate.text(),
            "method": self.method.currentData(), "amortization": self.amortization.currentData(),
            "frequency": self.frequency.currentData(), "min_term": self.min_term.value(),
            "max_term": self.max_term.value(), "min_principal": self.min_principal.text(),
            "max_principal": self.max_principal.text(), "grace": self.grace.value(),
            "multiple": self.multiple.text().strip() or None,
            "rounding": self.rounding.currentData(), "allocation_order": self.order.currentData(),
        }  # fmt: skip

    def preview(self) -> None:
        """The largest, longest loan the terms allow; a hint instead while they are wrong."""
        try:
            checked = loans.product_terms(**{**self.terms(), "name": self.name.text() or "-"})
            schedule = loans.preview_product(checked, date.today())
        except DomainError as e:
            self.preview_box.show_hint(error_text(e) if self.rate.text().strip() else "")
            return
        title = (
            self.tr("A loan of {amount} over {term} installments, disbursed today:")
            .replace("{amount}", format_amount(schedule.terms.principal))
            .replace("{term}", str(schedule.terms.term))
        )  # fmt: skip
        self.preview_box.show_schedule(schedule, title)

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.product is None:
                self.saved = loans.create_product(self.ctx.db, actor=self.ctx.actor, **self.terms())
            else:
                self.saved = loans.revise_product(
                    self.ctx.db, actor=self.ctx.actor, product_id=self.product.id, **self.terms()
                )
        except DomainError as e:
            self.errors.show(e)  # everything typed stays
            return
        self.accept()


def _rate(rate: Decimal) -> str:
    """``14,5`` for 14.50 % (the comma of az and ru; English reads it too)."""
    text = f"{rate:f}"
    return (text.rstrip("0").rstrip(".") if "." in text else text).replace(".", ",")


def _range(p: ProductView) -> str:
    return f"{format_amount(p.min_principal)} – {format_amount(p.max_principal)}"


class ProductsBox(QGroupBox):
    """The office's loan products, with Add, Revise and Retire for a supervisor."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("products")
        self.setTitle(self.tr("Loan products"))
        self.model = RowsModel(
            [Column(self.tr("Product"), lambda p: p.name, width=230),
             Column(self.tr("Rate %"), lambda p: _rate(p.rate), right=True, width=70),
             Column(self.tr("Interest"), lambda p: labels.method(p.method), width=140),
             Column(self.tr("Frequency"), lambda p: labels.frequency(p.frequency), width=90),
             Column(self.tr("Term"), lambda p: f"{p.min_term}–{p.max_term}", width=70),
             Column(self.tr("Principal"), _range, width=200),
             Column(self.tr("Loans"), lambda p: p.loans, right=True, width=60),
             Column(self.tr("In use"), lambda p: labels.yes_no(p.active))]
        )  # fmt: skip
        self.table = table_view(self.model)
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(lambda _: self.revise())
        self.body = WithEmptyState(
            self.table,
            self.tr("No loan products yet. Add the first one: loans are made from a product."),
        )
        manage = ctx.may("product.manage")
        self.add_button = QPushButton(self.tr("Add a loan product…"))
        self.add_button.setObjectName("add_product")
        self.revise_button = QPushButton(self.tr("Revise…"))
        self.revise_button.setObjectName("revise_product")
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retire_product")
        for button in (self.add_button, self.revise_button, self.retire_button):
            button.setEnabled(manage)
        if not manage:
            self.add_button.setToolTip(self.tr("A supervisor or administrator manages products"))
        self.add_button.clicked.connect(self.add)
        self.revise_button.clicked.connect(self.revise)
        self.retire_button.clicked.connect(self.retire)
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.show_retired.toggled.connect(self.refresh)
        buttons = QHBoxLayout()
        for w in (self.add_button, self.revise_button, self.retire_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.show_retired)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = products(self.ctx.db, retired=self.show_retired.isChecked())
        self.model.set_rows(rows)
        self.body.set_empty(not rows)

    def selected(self) -> ProductView | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.body.is_empty:
            QMessageBox.information(
                self, self.tr("Loan products"), self.tr("Select a product in the list first.")
            )
            return None
        return self.model.row_at(index.row())

    def add(self) -> None:
        if ProductDialog(self.ctx, None, self).exec():
            self.refresh()

    def revise(self) -> None:
        product = self.selected()
        if product is None or not self.ctx.may("product.manage"):
            return
        if not product.active:
            QMessageBox.information(
                self, self.tr("Loan products"),
                self.tr("This product is retired. Add a new one instead."),
            )  # fmt: skip
            return
        if ProductDialog(self.ctx, product, self).exec():
            self.refresh()

    def confirm(self, title: str, question: str) -> bool:
        """Asks once (a seam for tests)."""
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def retire(self) -> None:
        product = self.selected()
        if product is None or not product.active:
            return
        question = (
            self.tr("Retire {name}? Its {n} loans go on as they are; no new loan can use it.")
            .replace("{name}", product.name)
            .replace("{n}", str(product.loans))
        )
        if not self.confirm(self.tr("Retire a loan product"), question):
            return
        try:
            loans.retire_product(self.ctx.db, actor=self.ctx.actor, product_id=product.id)
        except DomainError as e:
            report_error(self, e)
            return
        self.refresh()
