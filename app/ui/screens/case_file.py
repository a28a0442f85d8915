"""One case file: profile, notes, trainings and attendance, business plans, grants, loans."""

from __future__ import annotations

from datetime import date

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
from app.services import beneficiaries, plans
from app.services.validate import parse_date
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
             Column(self.tr("Status"), lambda p: labels.plan_status(p.status), width=110),
             Column(self.tr("Score"), lambda p: None if p.score is None else f"{p.score:.1f}",
                    right=True)]
        )  # fmt: skip
        plans_view = table_view(self.plans_model)
        plans_view.setObjectName("plans")
        plans_view.doubleClicked.connect(lambda i: self.open_plan(i.row()))
        plans_view.activated.connect(lambda i: self.open_plan(i.row()))
        self.plans = WithEmptyState(
            plans_view,
            self.tr("No business plan yet — write one with the person after the training."),
        )
        self.new_plan_button = QPushButton(self.tr("New business plan…"))
        self.new_plan_button.setObjectName("new_plan")
        self.new_plan_button.setEnabled(ctx.may("plan.submit"))
        self.new_plan_button.clicked.connect(self.new_plan)
        open_plan = QPushButton(self.tr("Open plan"))
        open_plan.setObjectName("open_plan")
        open_plan.clicked.connect(lambda: self.open_plan(plans_view.currentIndex().row()))
        plans_tab = QWidget()
        pv2 = QVBoxLayout(plans_tab)
        pv2.addWidget(self.plans, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_plan_button)
        row.addWidget(open_plan)
        row.addStretch(1)
        pv2.addLayout(row)
        self.tabs.addTab(plans_tab, self.tr("Business plan"))

        self.grants_model = RowsModel(
            [Column(self.tr("Date"), lambda g: g.given_on, width=90),
             Column(self.tr("Status"), lambda g: labels.grant_status(g.status), width=110),
             Column(self.tr("Items"), lambda g: "; ".join(g.items), width=420),
             Column(self.tr("Value"), lambda g: g.total, right=True)]
        )  # fmt: skip
        self.grants_view = table_view(self.grants_model)
        self.grants_view.setObjectName("grants")
        self.grants_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._enable_grants()
        )
        self.grants = WithEmptyState(
            self.grants_view,
            self.tr("No in-kind grant yet — an approved plan's grant lines become one."),
        )
        self.hand_over_button = QPushButton(self.tr("Hand over…"))
        self.hand_over_button.setObjectName("hand_over")
        self.hand_over_button.clicked.connect(self.hand_over)
        self.act_button = QPushButton(self.tr("Handover act (PDF)…"))
        self.act_button.setObjectName("handover_act")
        self.act_button.clicked.connect(self.handover_act)
        grants_tab = QWidget()
        gv = QVBoxLayout(grants_tab)
        gv.addWidget(self.grants, 1)
        row = QHBoxLayout()
        row.addWidget(self.hand_over_button)
        row.addWidget(self.act_button)
        row.addStretch(1)
        gv.addLayout(row)
        self.tabs.addTab(grants_tab, self.tr("Grants"))

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
        if cf.grants and self.grants_view.currentIndex().row() < 0:
            self.grants_view.selectRow(0)
        self._enable_grants()

    def _grant(self):
        row = self.grants_view.currentIndex().row()
        return self.grants_model.row_at(row) if row >= 0 else None

    def _enable_grants(self) -> None:
        g = self._grant()
        self.hand_over_button.setEnabled(
            g is not None and g.status == "prepared" and self.ctx.may("grant.record")
        )
        self.act_button.setEnabled(g is not None and self.ctx.may("export.handover"))

    def new_plan(self) -> None:
        from app.ui.screens.plan_detail import PlanDialog
        from app.ui.screens.plan_form import PlanForm

        assert self.data is not None
        p = self.data.profile
        form = PlanForm(self.ctx, p.id, f"{p.full_name} ({p.code})", None, self)
        if form.exec():
            self.refresh()
            if form.saved_id is not None:  # the new plan opens, to be scored
                PlanDialog(self.ctx, form.saved_id, self).exec()
                self.refresh()

    def open_plan(self, row: int) -> None:
        from app.ui.screens.plan_detail import PlanDialog

        if row < 0:
            return
        PlanDialog(self.ctx, self.plans_model.row_at(row).id, self).exec()
        self.refresh()

    def ask_date(self, title: str, prompt: str) -> str | None:
        """The day of the handover, typed (a seam the tests answer)."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, title, prompt, text=date.today().strftime("%d.%m.%Y"))
        return text if ok else None

    def hand_over(self) -> None:
        g = self._grant()
        if g is None:
            return
        text = self.ask_date(
            self.tr("Hand over the grant"), self.tr("Handed over on (dd.mm.yyyy):")
        )
        if text is None:
            return
        try:
            on = parse_date(text, "on")
            plans.hand_over_grant(self.ctx.db, actor=self.ctx.actor, grant_id=g.id, on=on)
        except DomainError as e:
            report_error(self, e)
            return
        self.ctx.changed(people=frozenset({self.beneficiary_id}))
        self.refresh()

    def handover_act(self) -> None:
        from app.ui.outputs import save_pdf

        g = self._grant()
        if g is None or self.data is None:
            return
        save_pdf(self.ctx, self, "handover", g.id, f"handover-{self.data.profile.code}.pdf")

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
