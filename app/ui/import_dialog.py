"""Import a beneficiary list from Excel (#6): check every row first and show each problem with
its row and column, then import all rows or none. Both steps run in a worker with Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.ui import workers
from app.ui.common import WithEmptyState, report_error, table_view
from app.ui.context import AppContext
from app.ui.tablemodels import LATE, Column, RowsModel


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.check = None
        self.result = None
        self.setObjectName("import")
        self.setWindowTitle(self.tr("Import beneficiaries from Excel"))
        self.resize(820, 520)
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(self.tr("An .xlsx file made from the Fieldbook template"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose)
        self.check_button = QPushButton(self.tr("Check the file"))
        self.check_button.setObjectName("check_import")
        self.check_button.clicked.connect(self.run_check)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)
        self.summary = QLabel(
            self.tr(
                "Nothing is written until every row is right. Problems are listed with their "
                "row and column; correct them in Excel and check again."
            )
        )
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems = RowsModel(
            [Column(self.tr("Row"), lambda p: p[0], right=True, width=60),
             Column(self.tr("Column"), lambda p: p[1], width=160),
             Column(self.tr("Problem"), lambda p: p[2])],
            highlight=lambda p: LATE if p[3] else None,
        )  # fmt: skip
        self.table = WithEmptyState(
            table_view(self.problems, sortable=False), self.tr("No problems found yet.")
        )
        self.allow_duplicates = QCheckBox(
            self.tr("These are different people: import the likely duplicates too")
        )
        self.allow_duplicates.setObjectName("allow_duplicates")
        self.allow_duplicates.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("do_import")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.allow_duplicates)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import beneficiaries"), str(Path.home()), "Excel (*.xlsx)"
        )
        if path:
            self.path.setText(path)
            self.run_check()

    def run_check(self) -> workers.Task | None:
        path = Path(self.path.text().strip())
        if not path.is_file():
            self.summary.setText(self.tr("No such file: {path}").replace("{path}", str(path)))
            return None
        self.import_button.setEnabled(False)

        def work(db, p, state):
            from app.reports import check_import

            return check_import(db, p, progress=state.set_progress, cancelled=state.is_cancelled)

        return workers.start(
            work, self.ctx.db, path, on_done=self._checked, on_error=self._failed,
            title=self.tr("Checking the file…"), parent=self,
        )  # fmt: skip

    def _checked(self, check) -> None:
        self.check = check
        rows = [(p.row, p.column, p.reason, True) for p in check.problems]
        for d in check.duplicates:
            where = ", ".join(d.codes) or self.tr("rows {rows}").replace(
                "{rows}", ", ".join(str(r) for r in d.rows)
            )
            rows.append(
                (d.row, self.tr("name and birth date"),
                 self.tr("{name} is likely already known: {where}").replace("{name}", d.name)
                 .replace("{where}", where), False)
            )  # fmt: skip
        rows.sort(key=lambda r: r[0])
        self.problems.set_rows(rows)
        self.table.set_empty(not rows, self.tr("Every row is right."))
        self.allow_duplicates.setVisible(bool(check.duplicates) and not check.problems)
        if check.problems:
            self.summary.setText(
                self.tr("{n} problems in {rows} of {total} rows. Nothing can be imported yet.")
                .replace("{n}", str(len(check.problems)))
                .replace("{rows}", str(len({p.row for p in check.problems})))
                .replace("{total}", str(check.total_rows))
            )
        else:
            self.summary.setText(
                self.tr("All {n} rows are right.").replace("{n}", str(len(check.rows)))
                + (" " + self.tr("{d} look like people already known.").replace(
                    "{d}", str(len(check.duplicates))) if check.duplicates else "")
            )  # fmt: skip
        self.import_button.setText(
            self.tr("Import {n} case files").replace("{n}", str(len(check.rows)))
        )
        self.import_button.setEnabled(
            self.ctx.may("beneficiary.write") and check.ok and bool(check.rows)
        )

    def run_import(self) -> workers.Task | None:
        if self.check is None or not self.check.ok:
            return None
        path = Path(self.path.text().strip())
        allow = self.allow_duplicates.isChecked()

        def work(db, actor, p, state):
            from app.reports import import_beneficiaries

            return import_beneficiaries(
                db, p, actor=actor, allow_duplicates=allow, progress=state.set_progress,
                cancelled=state.is_cancelled,
            )  # fmt: skip

        self.import_button.setEnabled(False)
        return workers.start(
            work, self.ctx.db, self.ctx.actor, path, on_done=self._imported,
            on_error=self._failed, title=self.tr("Importing…"), parent=self,
        )  # fmt: skip

    def _imported(self, result) -> None:
        self.result = result
        self.summary.setText(
            self.tr("Imported {n} case files.").replace("{n}", str(result.imported))
        )
        self.ctx.changed(people=frozenset(result.ids))

    def _failed(self, error: BaseException) -> None:
        from app.reports import ExportCancelled

        if isinstance(error, ExportCancelled | workers.Cancelled):
            self.summary.setText(self.tr("Cancelled. Nothing was written."))
            return
        check = getattr(error, "check", None)
        if check is not None:  # refused: show every row that is wrong
            self._checked(check)
            return
        report_error(self, error)
