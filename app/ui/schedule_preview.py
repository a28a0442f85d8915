"""A schedule as it would be (#13): its installments, the formula that made them and the totals.

Shown while terms are typed, by the new-loan form and the loan-product form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ledger import Schedule
from app.ledger.schedule import fill
from app.money import format_amount
from app.ui.common import table_view
from app.ui.tablemodels import Column, RowsModel


def formula_text(schedule: Schedule) -> str:
    """The ledger's formula lines in the interface language: the same sentences the printed
    schedule card uses (context ``documents``); numbers and Excel expressions as they are."""
    lines = []
    for template, values in schedule.formula_lines:
        shown = dict(values)
        if "freq" in shown:
            shown["freq"] = QCoreApplication.translate("documents", shown["freq"])
        lines.append(fill(QCoreApplication.translate("documents", template), shown))
    return "\n".join(lines) or schedule.formula


class SchedulePreview(QWidget):
    """A title, the installments and the formula with the totals; or a hint where the terms
    cannot make a schedule yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.hide()
        self.model = RowsModel(
            [Column("#", lambda i: i.n, right=True, width=40),
             Column(self.tr("Due"), lambda i: i.due, width=90),
             Column(self.tr("Principal"), lambda i: i.principal, right=True, width=110),
             Column(self.tr("Interest"), lambda i: i.interest, right=True, width=100),
             Column(self.tr("Installment"), lambda i: i.total, right=True, width=110),
             Column(self.tr("Balance"), lambda i: i.balance, right=True)]
        )  # fmt: skip
        self.formula = QLabel()
        self.formula.setObjectName("formula")
        self.formula.setWordWrap(True)
        self.formula.setStyleSheet("color: #4b5563;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(table_view(self.model, sortable=False), 1)
        layout.addWidget(self.formula)

    def show_schedule(self, schedule: Schedule, title: str = "") -> None:
        self.model.set_rows(schedule.installments)
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.formula.setText(
            f"{formula_text(schedule)}\n"
            + self.tr("Total interest {i}, total to repay {t}")
            .replace("{i}", format_amount(schedule.total_interest))
            .replace("{t}", format_amount(schedule.total_paid))
        )

    def show_hint(self, text: str) -> None:
        """No schedule: ``text`` says why (empty while nothing is typed yet)."""
        self.model.set_rows([])
        self.title.hide()
        self.formula.setText(text)
