"""One case file: profile, notes, trainings and attendance, business plans, grants, loans."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.queries.case_files import CaseFile, case_file
from app.services import beneficiaries
from app.ui import labels
from app.ui.common import WithEmptyState, report_error, table_view
from app.ui.context import AppContext
from app.ui.tablemodels import Column, RowsModel, show_date


class CaseFileDialog(QDialog):
    def __init__(self, ctx: AppContext, beneficiary_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.beneficiary_id = beneficiary_id
        self.setObjectName("case_file")
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(self.title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        self.profile_form = QFormLayout()
        profile = QWidget()
        pv = QVBoxLayout(profile)
        pv.addLayout(self.profile_form)
        self.edit_button = QPushButton(self.tr("Edit case file"))
        self.edit_button.setObjectName("edit_case_file")
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setEnabled(ctx.may("beneficiary.write"))
        self.summary_button = QPushButton(self.tr("Case summary (PDF)…"))
        self.summary_button.setObjectName("case_summary")
        self.summary_button.clicked.connect(self.case_summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.summary_button)
        buttons.addStretch(1)
        pv.addLayout(buttons)
        pv.addStretch(1)
        self.tabs.addTab(profile, self.tr("Profile"))

        self.notes_model = RowsModel(
            [Column(self.tr("Date"), lambda n: n.written_on, width=90),
             Column(self.tr("By"), lambda n: n.author, width=150),
             Column(self.tr("Note"), lambda n: n.text)]
        )  # fmt: skip
        self.notes = WithEmptyState(
            table_view(self.notes_model), self.tr("No notes yet — write the first one below.")
        )
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("note_text")
        self.note_text.setPlaceholderText(self.tr("A visit, a phone call, a referral…"))
        self.note_text.setMaximumHeight(80)
        add_note = QPushButton(self.tr("Add note"))
        add_note.setObjectName("add_note")
        add_note.clicked.connect(self.add_note)
        add_note.setEnabled(ctx.may("case_note.write"))
        notes = QWidget()
        nv = QVBoxLayout(notes)
        nv.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.note_text, 1)
        row.addWidget(add_note)
        nv.addLayout(row)
        self.tabs.addTab(notes, self.tr("Notes"))

        self.trainings_model = RowsModel(
            [Column(self.tr("Course"), lambda t: t.title, width=300),
             Column(self.tr("Starts"), lambda t: t.starts_on, width=90),
             Column(self.tr("Attended"), lambda t: f"{t.attended} / {t.sessions}", right=True,
                    width=90),
             Column(self.tr("Completed"), lambda t: t.completed)]
        )  # fmt: skip
        self.trainings = WithEmptyState(
            table_view(self.trainings_model),
            self.tr("Not enrolled in any training — enrol from the Trainings screen."),
        )
        self.tabs.addTab(self.trainings, self.tr("Trainings"))

        self.plans_model = RowsModel(
            [Column(self.tr("Plan"), lambda p: p.title, width=240),
             Column(self.tr("Business"), lambda p: p.business_type, width=140),
             Column(self.tr("Requested"), lambda p: p.requested, right=True, width=110),
             Column(self.tr("Submitted"), lambda p: p.submitted_on, width=90),
             Column(self.tr("Status"), lambda p: labels.plan_status(p.status), width=90),
             Column(self.tr("Score"), lambda p: p.score, right=True)]
        )  # fmt: skip
        self.plans = WithEmptyState(
            table_view(self.plans_model), self.tr("No business plan submitted yet.")
        )
        self.tabs.addTab(self.plans, self.tr("Business plan"))

        self.grants_model = RowsModel(
            [Column(self.tr("Given"), lambda g: g.given_on, width=90),
             Column(self.tr("Items"), lambda g: "; ".join(g.items), width=420),
             Column(self.tr("Value"), lambda g: g.total, right=True)]
        )  # fmt: skip
        self.grants = WithEmptyState(
            table_view(self.grants_model), self.tr("No in-kind grant given yet.")
        )
        self.tabs.addTab(self.grants, self.tr("Grants"))

        self.loans_model = RowsModel(
            [Column(self.tr("Loan"), lambda x: x.number, width=120),
             Column(self.tr("Principal"), lambda x: x.principal, right=True, width=110),
             Column(self.tr("Created"), lambda x: x.created_on, width=90),
             Column(self.tr("Disbursed"), lambda x: x.disbursed_on, width=90),
             Column(self.tr("Status"), lambda x: labels.loan_status(x.status))]
        )  # fmt: skip
        loans_view = table_view(self.loans_model)
        loans_view.doubleClicked.connect(lambda i: self.open_loan(i.row()))
        loans_view.activated.connect(lambda i: self.open_loan(i.row()))
        self.loans = WithEmptyState(loans_view, self.tr("No loans yet."))
        loans_tab = QWidget()
        lv = QVBoxLayout(loans_tab)
        lv.addWidget(self.loans, 1)
        self.new_loan_button = QPushButton(self.tr("New loan for this person"))
        self.new_loan_button.setObjectName("new_loan")
        self.new_loan_button.setEnabled(ctx.may("loan.create"))
        self.new_loan_button.clicked.connect(self.new_loan)
        lv.addWidget(self.new_loan_button)
        self.tabs.addTab(loans_tab, self.tr("Loans"))

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.data: CaseFile | None = None
        self.refresh()

    def refresh(self) -> None:
        self.data = cf = case_file(self.ctx.db, self.beneficiary_id)
        p = cf.profile
        self.setWindowTitle(f"{p.full_name} — {p.code}")
        self.title.setText(f"{p.full_name}  ·  {p.code}")
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        rows = [
            (self.tr("Sex"), labels.sex(p.sex)),
            (self.tr("Birth date"), show_date(p.birth_date)),
            (self.tr("District"), cf.district),
            (self.tr("Village"), p.village),
            (self.tr("Category"), labels.category(p.category)),
            (self.tr("Disability"), (self.tr("Yes") + (f" — {p.disability_note}"
                                     if p.disability_note else "")) if p.disability
             else self.tr("No")),
            (self.tr("Phone"), p.phone),
            (self.tr("ID document"), p.id_document),
            (self.tr("Consent"), self.tr("Given on {date}").replace("{date}",
                                 show_date(p.consent_date)) if p.consent_given
             else self.tr("Not given — ask before sharing any data")),
            (self.tr("Case status"), labels.case_status(p.case_status)),
        ]  # fmt: skip
        for label, value in rows:
            self.profile_form.addRow(label, QLabel(value or "—"))
        for model, box, items in (
            (self.notes_model, self.notes, cf.notes),
            (self.trainings_model, self.trainings, cf.trainings),
            (self.plans_model, self.plans, cf.plans),
            (self.grants_model, self.grants, cf.grants),
            (self.loans_model, self.loans, cf.loans),
        ):
            model.set_rows(items)
            box.set_empty(not items)

    def edit(self) -> None:
        from app.ui.screens.beneficiary_form import BeneficiaryForm

        assert self.data is not None
        if BeneficiaryForm(self.ctx, self.data.profile, self).exec():
            self.refresh()

    def case_summary(self) -> None:
        from app.ui.outputs import save_pdf

        assert self.data is not None
        p = self.data.profile
        save_pdf(self.ctx, self, "case", p.id, f"case-{p.code}.pdf")

    def add_note(self) -> None:
        try:
            beneficiaries.add_case_note(
                self.ctx.db, actor=self.ctx.actor, beneficiary_id=self.beneficiary_id,
                text=self.note_text.toPlainText(),
            )  # fmt: skip
        except DomainError as e:
            report_error(self, e)  # the text stays in the box
            return
        self.note_text.clear()
        self.ctx.changed(people=frozenset({self.beneficiary_id}))
        self.refresh()

    def open_loan(self, row: int) -> None:
        from app.ui.screens.loan_detail import LoanDialog

        LoanDialog(self.ctx, self.loans_model.row_at(row).id, self).exec()
        self.refresh()

    def new_loan(self) -> None:
        from app.ui.screens.loan_form import NewLoanDialog

        dialog = NewLoanDialog(self.ctx, self.beneficiary_id, self)
        if dialog.exec():
            if dialog.created is not None:  # #13: the new loan opens, to be approved
                from app.ui.screens.loan_detail import LoanDialog

                LoanDialog(self.ctx, dialog.created.id, self).exec()
            self.refresh()
