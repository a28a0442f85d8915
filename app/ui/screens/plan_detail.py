"""One business plan (#13): its budget, its scores by the rubric, its history, and the actions
the officer's role allows — score it, approve, reject or send it back with a reason, revise a
plan sent back, and make the in-kind grant of an approved plan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
)

from app.errors import DomainError
from app.money import format_amount
from app.queries.plans import MARK_MAX, PlanDetail, Rubric, plan, rubric, weighted_tenths
from app.services import plans
from app.ui import labels
from app.ui.common import FormErrors, form_dialog, report_error, table_view
from app.ui.context import AppContext
from app.ui.tablemodels import Column, RowsModel


class PlanDialog(QDialog):
    def __init__(self, ctx: AppContext, plan_id: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id = plan_id
        self.setObjectName("plan")
        self.resize(900, 600)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("plan_summary")
        self.summary.setWordWrap(True)
        self.lines_model = RowsModel(
            [Column(self.tr("Item"), lambda x: x.item, width=300),
             Column(self.tr("Quantity"), lambda x: x.quantity, right=True, width=80),
             Column(self.tr("Price of one"), lambda x: x.unit_price, right=True, width=110),
             Column(self.tr("Total"), lambda x: x.total, right=True, width=110),
             Column(self.tr("Paid by"), lambda x: labels.budget_source(x.source))]
        )  # fmt: skip
        self.reviews_model = RowsModel(
            [Column(self.tr("Date"), lambda r: r.on, width=90),
             Column(self.tr("Reviewer"), lambda r: r.officer, width=170),
             Column(self.tr("Score"), lambda r: f"{r.score:.1f}", right=True, width=70),
             Column(self.tr("Marks"), lambda r: ", ".join(f"{m}/{MARK_MAX}" for _, _, m in
                                                          r.marks), width=170),
             Column(self.tr("Note"), lambda r: r.note)]
        )  # fmt: skip
        self.history_model = RowsModel(
            [Column(self.tr("Date"), lambda h: h.on, width=90),
             Column(self.tr("What"), lambda h: labels.plan_status("submitted")
                    if h.kind == "submitted" else labels.plan_event(h.kind), width=150),
             Column(self.tr("Round"), lambda h: h.round, right=True, width=60),
             Column(self.tr("By"), lambda h: h.officer, width=170),
             Column(self.tr("Reason or score"), lambda h: h.text)]
        )  # fmt: skip
        tabs = QTabWidget()
        lines = table_view(self.lines_model, sortable=False)
        lines.setObjectName("plan_lines")
        tabs.addTab(lines, self.tr("Budget"))
        reviews = table_view(self.reviews_model, sortable=False)
        reviews.setObjectName("plan_reviews")
        tabs.addTab(reviews, self.tr("Scores"))
        history = table_view(self.history_model, sortable=False)
        history.setObjectName("plan_history")
        tabs.addTab(history, self.tr("History"))

        self.score_button = QPushButton(self.tr("Score…"))
        self.score_button.setObjectName("score_plan")
        self.score_button.clicked.connect(self.score)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("approve_plan")
        self.approve_button.clicked.connect(lambda: self.decide("approve"))
        self.back_button = QPushButton(self.tr("Send back…"))
        self.back_button.setObjectName("send_back_plan")
        self.back_button.clicked.connect(lambda: self.decide("send_back"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("reject_plan")
        self.reject_button.clicked.connect(lambda: self.decide("reject"))
        self.revise_button = QPushButton(self.tr("Revise…"))
        self.revise_button.setObjectName("revise_plan")
        self.revise_button.clicked.connect(self.revise)
        self.grant_button = QPushButton(self.tr("In-kind grant from this plan…"))
        self.grant_button.setObjectName("grant_from_plan")
        self.grant_button.clicked.connect(self.grant)
        actions = QHBoxLayout()
        for b in (self.score_button, self.approve_button, self.back_button, self.reject_button,
                  self.revise_button, self.grant_button):  # fmt: skip
            actions.addWidget(b)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(tabs, 1)
        layout.addLayout(actions)
        self.detail: PlanDetail | None = None
        self.refresh()

    def refresh(self) -> None:
        self.detail = d = plan(self.ctx.db, self.plan_id)
        s = d.summary
        self.setWindowTitle(self.tr("Business plan — {person}").replace("{person}", d.person))
        self.title.setText(f"{s.title} · {d.person}")
        score = "—" if s.score is None else f"{s.score:.1f} / 100"
        parts = [
            self.tr("Status: {status}").replace("{status}", labels.plan_status(s.status)),
            self.tr("Score: {score}").replace("{score}", score),
            self.tr("Round {n}").replace("{n}", str(d.round)),
            self.tr("Written by {who}").replace("{who}", d.submitted_by or "—"),
        ]
        t = d.totals
        money = (
            self.tr("Budget {total}: own contribution {own}, in-kind grant {grant}, loan {loan}")
            .replace("{total}", format_amount(t.budget)).replace("{own}", format_amount(t.own))
            .replace("{grant}", format_amount(t.grant)).replace("{loan}", format_amount(t.loan))
        )  # fmt: skip
        text = " · ".join(parts) + "\n" + money
        if s.business_type:
            text = f"{s.business_type}\n{text}"
        if s.reason:
            text += "\n" + self.tr("Decision: {reason}").replace("{reason}", s.reason)
        if d.description:
            text += "\n" + d.description
        self.summary.setText(text)
        self.lines_model.set_rows(d.lines)
        self.reviews_model.set_rows(d.reviews)
        self.history_model.set_rows(d.history)
        me = self.ctx.actor.officer_id
        mine = d.submitted_by_id == me
        submitted = s.status == "submitted"
        self.score_button.setEnabled(
            submitted and self.ctx.may("plan.review") and not mine
            and not any(r.officer_id == me for r in d.reviews) and len(d.reviews) < 2
        )  # fmt: skip
        decide = submitted and self.ctx.may("plan.decide") and not mine
        self.approve_button.setEnabled(decide and bool(d.reviews))
        self.back_button.setEnabled(decide)
        self.reject_button.setEnabled(decide)
        self.revise_button.setEnabled(
            self.ctx.may("plan.submit")
            and (s.status == "sent_back" or (submitted and not d.reviews))
        )
        self.grant_button.setEnabled(
            s.status == "approved" and self.ctx.may("grant.record") and d.totals.grant > 0
            and not d.grants
        )  # fmt: skip
        tips = {
            self.approve_button: self.tr("Score the plan by the rubric first.")
            if decide and not d.reviews else "",
            self.score_button: self.tr("The officer who wrote the plan does not score it.")
            if mine else "",
        }  # fmt: skip
        for button, tip in tips.items():
            button.setToolTip(tip)

    def _changed(self) -> None:
        assert self.detail is not None
        self.ctx.changed(people=frozenset({self.detail.summary.beneficiary_id}))
        self.refresh()

    def score(self) -> None:
        dialog = ScoreDialog(self.ctx, self.plan_id, rubric(self.ctx.db), self)
        if dialog.exec():
            self._changed()

    def ask_reason(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, prompt)
        return text if ok else None

    def decide(self, decision: str) -> None:
        titles = {
            "approve": self.tr("Approve the plan"),
            "reject": self.tr("Reject the plan"),
            "send_back": self.tr("Send the plan back"),
        }
        prompts = {
            "approve": self.tr("Why is it approved? (kept in the plan's history)"),
            "reject": self.tr("Why is it rejected? (the person is told)"),
            "send_back": self.tr("What must be changed before it is scored again?"),
        }
        reason = self.ask_reason(titles[decision], prompts[decision])
        if reason is None:
            return
        try:
            plans.decide_business_plan(self.ctx.db, actor=self.ctx.actor, plan_id=self.plan_id,
                                       decision=decision, reason=reason)  # fmt: skip
        except DomainError as e:
            report_error(self, e)
            return
        self._changed()

    def revise(self) -> None:
        from app.ui.screens.plan_form import PlanForm

        assert self.detail is not None
        d = self.detail
        if PlanForm(self.ctx, d.summary.beneficiary_id, d.person, d, self).exec():
            self._changed()

    def grant(self) -> None:
        from app.ui.screens.grant_form import GrantForm

        assert self.detail is not None
        d = self.detail
        form = GrantForm(self.ctx, d.summary.beneficiary_id, d.person, d, self)
        if form.exec():
            self._changed()


class ScoreDialog(QDialog):
    """Marks 0–5 for each criterion of the rubric in use; the weighted score follows them."""

    def __init__(self, ctx: AppContext, plan_id: str, rub: Rubric, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id = plan_id
        self.rubric = rub
        self.setObjectName("score_form")
        self.setWindowTitle(self.tr("Score the business plan"))
        form = QFormLayout()
        self.marks: list[QSpinBox] = []
        for i, c in enumerate(rub.criteria):
            spin = QSpinBox()
            spin.setObjectName(f"mark_{i}")
            spin.setRange(0, MARK_MAX)
            spin.valueChanged.connect(self.update_total)
            self.marks.append(spin)
            name = labels.criterion(c.name, c.code)
            form.addRow(self.tr("{criterion} (weight {w})").replace("{criterion}", name)
                        .replace("{w}", str(c.weight)), spin)  # fmt: skip
        self.total = QLabel()
        self.total.setObjectName("score_total")
        form.addRow(self.tr("Score"), self.total)
        self.note = QLineEdit()
        self.note.setObjectName("score_note")
        self.note.setPlaceholderText(self.tr("What is strong, what is weak (optional)"))
        form.addRow(self.tr("Note"), self.note)
        formula = QLabel(
            self.tr("Score = Σ weight × mark ÷ {max}, out of 100 (the weights sum to 100).")
            .replace("{max}", str(MARK_MAX))
        )  # fmt: skip
        formula.setWordWrap(True)
        formula.setStyleSheet("color: #52606D;")
        form.addRow(formula)
        self.errors = FormErrors(form, {"marks": self.total, "note": self.note})
        form_dialog(self, form, self.errors, self.save, self.tr("Save the score"))
        self.setMinimumWidth(560)
        self.update_total()
        if self.marks:
            self.marks[0].setFocus()

    def update_total(self) -> None:
        tenths = weighted_tenths((c.weight for c in self.rubric.criteria),
                                 (s.value() for s in self.marks))  # fmt: skip
        self.total.setText(f"{tenths / 10:.1f} / 100")

    def save(self) -> None:
        self.errors.clear()
        try:
            plans.review_business_plan(
                self.ctx.db, actor=self.ctx.actor, plan_id=self.plan_id,
                marks=[s.value() for s in self.marks], note=self.note.text(),
                rubric_version=self.rubric.version,
            )  # fmt: skip
        except DomainError as e:
            self.errors.show(e)
            return
        self.accept()
