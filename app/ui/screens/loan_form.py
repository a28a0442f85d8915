"""Create a loan from a product, with the schedule previewed (and its formula) before saving."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.errors import DomainError, ValidationError
from app.money import parse_amount
from app.queries import loans as loan_queries
from app.queries.office import products
from app.services import loans
from app.ui import labels
from app.ui.common import FormErrors, error_text
from app.ui.context import AppContext
from app.ui.schedule_preview import SchedulePreview


class NewLoanDialog(QDialog):
    def __init__(self, ctx: AppContext, beneficiary_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: loans.LoanCreated | None = None
        self.setObjectName("new_loan")
        self.setWindowTitle(self.tr("New loan"))
        self.resize(720, 560)
        form = QFormLayout()
        self.person = QLineEdit()
        self.person.setObjectName("person")
        self.person.setPlaceholderText(self.tr("Type a name or case number"))
        self._people: dict[str, str] = {}
        if ctx.directory is not None:
            for r in ctx.directory._rows.values():
                self._people[f"{r.full_name} ({r.code})"] = r.id
        completer = QCompleter(sorted(self._people))
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.person.setCompleter(completer)
        self.beneficiary_id = beneficiary_id
        if beneficiary_id is not None:
            from app.queries.case_files import case_file

            p = case_file(ctx.db, beneficiary_id).profile
            self.person.setText(f"{p.full_name} ({p.code})")
            self.person.setReadOnly(True)
        self.product = QComboBox()
        self.product.setObjectName("product")
        for p in products(ctx.db):
            self.product.addItem(p.label, p)
        self.principal = QLineEdit()
        self.principal.setObjectName("principal")
        self.principal.setPlaceholderText(self.tr("e.g. 1 500,00"))
        self.term = QSpinBox()
        self.term.setObjectName("term")
        self.term.setRange(1, 120)
        self.term.setValue(12)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.warnings = QLabel()  # #13: what this proposal must explain, for the person chosen
        self.warnings.setObjectName("loan_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #92400e;")
        self.warnings_reason = QLineEdit()
        self.warnings_reason.setObjectName("warnings_reason")
        self.warnings_reason.setPlaceholderText(
            self.tr("Why the loan is proposed anyway (the supervisor reads it)")
        )
        form.addRow(self.tr("Beneficiary"), self.person)
        form.addRow("", self.warnings)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Principal (₼)"), self.principal)
        form.addRow(self.tr("Term (installments)"), self.term)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Reason"), self.warnings_reason)
        self.errors = FormErrors(
            form,
            {"beneficiary": self.person, "product": self.product, "principal": self.principal,
             "term": self.term, "purpose": self.purpose,
             "warnings_reason": self.warnings_reason},
        )  # fmt: skip
        self._form = form
        self.person.textChanged.connect(self.check_warnings)
        self.check_warnings()
        self.preview_box = SchedulePreview()
        self.preview_model, self.formula = self.preview_box.model, self.preview_box.formula
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(self.preview_box, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create loan"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (self.principal.textChanged, self.term.valueChanged,
                       self.product.currentIndexChanged):  # fmt: skip
            signal.connect(self.preview)
        if self.product.count() == 0:
            self.errors.general.setText(
                self.tr(
                    "No loan products yet — a supervisor adds them in Settings → Loan products "
                    "(or: fieldbook product add)."
                )
            )
            self.errors.general.show()
        (self.principal if beneficiary_id else self.person).setFocus()

    def check_warnings(self) -> None:
        """Show what a proposal for the chosen person must explain; the reason row only then."""
        bid = self.beneficiary_id or self._people.get(self.person.text().strip())
        found = loan_queries.loan_warnings(self.ctx.db, bid) if bid else ()
        words = [labels.loan_warning(w) for w in found]
        self.warnings.setText(
            self.tr("To explain in writing: {warnings}").replace("{warnings}", "; ".join(words))
            if words else ""
        )  # fmt: skip
        self.warnings.setVisible(bool(words))
        self._form.setRowVisible(self.warnings_reason, bool(words))

    def _beneficiary(self) -> str:
        if self.beneficiary_id:
            return self.beneficiary_id
        found = self._people.get(self.person.text().strip())
        if found is None:
            raise ValidationError(
                self.tr("choose the person from the list (type part of the name)"),
                field="beneficiary",
            )
        return found

    def preview(self) -> None:
        """The schedule as it would be if disbursed today; silent while the input is partial."""
        product = self.product.currentData()
        try:
            amount = parse_amount(self.principal.text(), field="principal")
            schedule = loans.preview_schedule(
                self.ctx.db, product_id=product.id, principal=amount, term=self.term.value(),
                start=date.today(),
            )  # fmt: skip
        except DomainError as e:  # shown as a hint while typing; Save shows it as an error
            self.preview_box.show_hint(error_text(e) if self.principal.text().strip() else "")
            return
        except AttributeError:  # no product to preview
            return
        self.preview_box.show_schedule(schedule)

    def save(self) -> None:
        self.errors.clear()
        try:
            product = self.product.currentData()
            if product is None:
                raise ValidationError(self.tr("no loan product to choose"), field="product")
            self.created = loans.create_loan(
                self.ctx.db, actor=self.ctx.actor, beneficiary_id=self._beneficiary(),
                product_id=product.id, principal=self.principal.text(), term=self.term.value(),
                purpose=self.purpose.text(), warnings_reason=self.warnings_reason.text(),
            )  # fmt: skip
        except DomainError as e:
            self.errors.show(e)
            return
        self.ctx.changed(loans=frozenset({self.created.id}))
        self.accept()
