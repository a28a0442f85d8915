"""Choose one of several matches (#13 trainings, #14 repayments): a list that tells people of
one name apart (birth date, village, case code); Enter or a double click picks, Escape picks
none. Nothing is ever picked silently."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.queries.directory import CaseFileRow
from app.ui.common import table_view
from app.ui.tablemodels import Column, RowsModel


class ChooseDialog(QDialog):
    """The one chooser: ``rows`` shown in ``columns`` under ``note``; ``chosen`` after exec."""

    def __init__(self, rows: Sequence[Any], columns: list[Column], note: str, table_name: str,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.chosen: Any = None
        self.model = RowsModel(columns)
        self.model.set_rows(list(rows))
        self.table = table_view(self.model, sortable=False)
        self.table.setObjectName(table_name)
        self.table.selectRow(0)
        self.table.activated.connect(lambda _: self.accept())
        self.table.doubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(note))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()

    def accept(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.chosen = self.model.row_at(index.row())
        super().accept()


class ChoosePersonDialog(ChooseDialog):
    def __init__(self, rows: Sequence[CaseFileRow], typed: str, parent=None) -> None:
        note = (
            self.tr("{n} people match “{typed}”. Choose one:")
            .replace("{n}", str(len(rows))).replace("{typed}", typed)
        )  # fmt: skip
        columns = [
            Column(self.tr("Name"), lambda r: f"{r.surname} {r.given_name} {r.patronymic}",
                   width=260),
            Column(self.tr("Born"), lambda r: r.birth_date, width=90),
            Column(self.tr("Village"), lambda r: r.village, width=150),
            Column(self.tr("Case"), lambda r: r.code),
        ]  # fmt: skip
        super().__init__(rows, columns, note, "people", parent)
        self.setObjectName("choose_person")
        self.setWindowTitle(self.tr("Which person?"))
        self.resize(720, 360)
