"""Reports: portfolio quality and the training summary for the district, as of a chosen date."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ledger import PortfolioSummary
from app.money import format_amount
from app.queries.courses import TrainingSummary, training_summary
from app.services import reports
from app.ui import workers
from app.ui.common import date_edit, from_qdate, heading, report_error
from app.ui.context import AppContext
from app.ui.i18n import number


def percent(value) -> str:
    return f"{value * 100:.2f} %".replace(".", ",")


class ReportsScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("reports")
        self.stale = True
        self.as_of = date_edit()
        self.as_of.setObjectName("as_of")
        self.as_of.dateChanged.connect(lambda _: self.refresh())
        self.state = QLabel()
        self.state.setObjectName("report_state")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("As of")))
        top.addWidget(self.as_of)
        top.addWidget(self.state, 1)
        self.export_button = QPushButton(self.tr("Export ledger workbook…"))
        self.export_button.setObjectName("export_ledger")
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(ctx.may("export.ledger"))
        top.addWidget(self.export_button)

        self.portfolio_form = QFormLayout()
        portfolio = QGroupBox(self.tr("Loan portfolio"))
        portfolio.setLayout(self.portfolio_form)
        self.training_form = QFormLayout()
        trainings = QGroupBox(self.tr("Trainings"))
        trainings.setLayout(self.training_form)
        self.values: dict[str, QLabel] = {}
        for form, keys in (
            (self.portfolio_form, (
                ("active_loans", self.tr("Active loans")),
                ("outstanding", self.tr("Outstanding principal")),
                ("par1", self.tr("PAR1 (late more than 1 day)")),
                ("par30", self.tr("PAR30 (late more than 30 days)")),
                ("par90", self.tr("PAR90 (late more than 90 days)")),
                ("arrears", self.tr("Arrears rate (overdue ÷ outstanding)")),
                ("repayment", self.tr("Repayment rate (collected ÷ due)")),
            )),
            (self.training_form, (
                ("courses", self.tr("Courses started")),
                ("enrolled", self.tr("People enrolled")),
                ("trained", self.tr("Trained (attended at least once)")),
                ("trained_sex", self.tr("Trained: women / men")),
                ("trained_disability", self.tr("Trained with a disability")),
                ("completed", self.tr("Completed")),
                ("completed_sex", self.tr("Completed: women / men")),
                ("completed_disability", self.tr("Completed with a disability")),
            )),
        ):  # fmt: skip
            for key, label in keys:
                value = QLabel("…")
                value.setObjectName(f"value_{key}")
                value.setStyleSheet("font-size: 12pt; font-weight: 600;")
                form.addRow(label, value)
                self.values[key] = value
        columns = QHBoxLayout()
        columns.addWidget(portfolio, 1)
        columns.addWidget(trainings, 1)
        note = QLabel(
            self.tr(
                "PAR counts the whole outstanding principal of loans with an installment late "
                "more than N days (CGAP). Figures are derived from every ledger entry as of the "
                "date chosen."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports")))
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addWidget(note)
        from app.ui.screens.conflicts import AttentionBox, ConflictsBox

        self.conflicts = ConflictsBox(ctx)
        self.attention = AttentionBox(ctx)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.attention, 1)
        ctx.changes_applied.connect(lambda _: setattr(self, "stale", True))

    def refresh(self) -> None:
        self.stale = False
        self.conflicts.refresh()
        self.attention.refresh()
        self.state.setText(self.tr("Calculating…"))
        on = from_qdate(self.as_of.date())
        workers.start(
            lambda db, d, state: (reports.portfolio(db, d), training_summary(db, d)),
            self.ctx.db,
            on,
            on_done=self._show,
            on_error=lambda e: report_error(self, e),
            parent=self,
        )

    def _show(self, result: tuple[PortfolioSummary, TrainingSummary]) -> None:
        p, t = result
        v = self.values
        v["active_loans"].setText(number(p.active_loans))
        v["outstanding"].setText(format_amount(p.outstanding_principal))
        v["par1"].setText(percent(p.par1))
        v["par30"].setText(percent(p.par30))
        v["par90"].setText(percent(p.par90))
        v["arrears"].setText(percent(p.arrears_rate))
        v["repayment"].setText(percent(p.repayment_rate))
        v["courses"].setText(str(t.courses))
        v["enrolled"].setText(str(t.enrolled))
        v["trained"].setText(str(t.trained))
        v["trained_sex"].setText(f"{t.trained_by_sex.get('F', 0)} / {t.trained_by_sex.get('M', 0)}")
        v["trained_disability"].setText(str(t.trained_with_disability))
        v["completed"].setText(str(t.completed))
        v["completed_sex"].setText(
            f"{t.completed_by_sex.get('F', 0)} / {t.completed_by_sex.get('M', 0)}"
        )
        v["completed_disability"].setText(str(t.completed_with_disability))
        self.state.setText(
            self.tr("{district} office, as of {date}")
            .replace("{district}", self.ctx.office.district_name)
            .replace("{date}", p.as_of.strftime("%d.%m.%Y"))
        )

    def export(self) -> None:
        from app.ui.outputs import export_ledger

        export_ledger(self.ctx, from_qdate(self.as_of.date()), self)
