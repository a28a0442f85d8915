"""Beneficiaries: every case file, searched as you type (Azerbaijani-aware), filtered, sorted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.queries.case_files import districts
from app.queries.directory import CaseFileRow, Directory, Filter, first_page
from app.services.context import Changes
from app.ui import labels, workers
from app.ui.common import SearchBox, WithEmptyState, heading, report_error, shortcut, table_view
from app.ui.context import AppContext
from app.ui.i18n import number
from app.ui.tablemodels import Column, RowsModel
from app.vocabulary import CASE_STATUSES, CATEGORIES

SORT_BY_COLUMN = ("code", "name", "name", "name", "sex", "birth_date", "village", "category",
                  "name", "case_status")  # fmt: skip


class BeneficiariesScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("beneficiaries")
        self.stale = True
        self._sort = ("name", False)
        self._preview: dict[str, CaseFileRow] = {}
        cols = [
            Column(self.tr("Case file"), lambda r: r.code, width=110),
            Column(self.tr("Surname"), lambda r: r.surname, width=120),
            Column(self.tr("Given name"), lambda r: r.given_name, width=100),
            Column(self.tr("Patronymic"), lambda r: r.patronymic, width=130),
            Column(self.tr("Sex"), lambda r: labels.sex(r.sex), width=65),
            Column(self.tr("Born"), lambda r: r.birth_date, width=85),
            Column(self.tr("Village"), lambda r: r.village, width=110),
            Column(self.tr("Category"), lambda r: labels.category(r.category), width=170),
            Column(self.tr("Disability"), lambda r: r.disability, width=100),
            Column(self.tr("Status"), lambda r: labels.case_status(r.case_status)),
        ]
        self.model = RowsModel(cols, fetch=self._fetch, sorter=self._sorted, parent=self)
        self.table = table_view(self.model)
        widest = max(
            self.table.fontMetrics().horizontalAdvance(labels.category(c)) for c in CATEGORIES
        )
        self.table.setColumnWidth(7, max(170, widest + 16))  # the longest word in any language
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.body = WithEmptyState(self.table, self.tr("Loading case files…"))

        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Search by name or case number (Ctrl+F) — aliyeva finds Əliyeva")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply)
        self.search.returnPressed.connect(self.open_selected)
        self.search.down_pressed.connect(self.table.setFocus)
        self.district = QComboBox()
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        for c in CATEGORIES:
            self.category.addItem(labels.category(c), c)
        self.status = QComboBox()
        self.status.addItem(self.tr("Open and closed"), "")
        for c in CASE_STATUSES:
            self.status.addItem(labels.case_status(c), c)
        for box in (self.district, self.category, self.status):
            box.currentIndexChanged.connect(self.apply)
        self.new_button = QPushButton(self.tr("New case file (Ctrl+N)"))
        self.new_button.setObjectName("new_case_file")
        self.new_button.clicked.connect(self.new_case_file)
        self.new_button.setEnabled(ctx.may("beneficiary.write"))
        self.count = QLabel()
        self.count.setObjectName("count")

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.district, 1)
        top.addWidget(self.category, 1)
        top.addWidget(self.status, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Beneficiaries")))
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.count)
        shortcut(self, "Ctrl+F", self.focus_search)
        shortcut(self, "Ctrl+N", self.new_case_file)
        self.table.activated.connect(lambda _: self.open_selected())
        ctx.changes_applied.connect(self.on_changes)

    # -- data ------------------------------------------------------------------------------
    def _fetch(self, row_id: str) -> CaseFileRow | None:
        if self.ctx.directory is not None:
            return self.ctx.directory.get(row_id)
        return self._preview.get(row_id)

    def refresh(self) -> None:
        """Load the directory off the GUI thread; the table fills when it arrives."""
        self.stale = False
        self._fill_districts()
        if self.ctx.directory is None:
            # the first screenful at once, the whole directory (search, filters) a moment later
            self._preview = {r.id: r for r in first_page(self.ctx.db)}
            self.model.set_rows(list(self._preview))
            self.body.set_empty(not self._preview, self.tr("Loading case files…"))
            self.count.setText(self.tr("Loading all case files…"))
            workers.start(
                lambda db, state: Directory(db),
                self.ctx.db,
                on_done=self._loaded,
                on_error=lambda e: report_error(self, e),
                parent=self,
            )
        else:
            self.apply()

    def _loaded(self, directory: Directory) -> None:
        self.ctx.directory = directory
        self._preview = {}
        self.apply()

    def _fill_districts(self) -> None:
        known = districts(self.ctx.db)
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), "")
        for d in known:
            self.district.addItem(d.name, d.id)
        self.district.setCurrentIndex(max(0, self.district.findData(current)))
        self.district.setVisible(len(known) > 1)  # one office, one district: no choice to make
        self.district.blockSignals(False)

    def current_filter(self) -> Filter:
        return Filter(
            text=self.search.text(),
            district_id=self.district.currentData() or "",
            category=self.category.currentData() or "",
            case_status=self.status.currentData() or "",
        )

    def apply(self) -> None:
        directory = self.ctx.directory
        if directory is None:
            return
        sort, descending = self._sort
        ids = directory.search(self.current_filter(), sort=sort, descending=descending)
        self.model.set_rows(ids)
        total = len(directory)
        if total == 0:
            self.body.set_empty(
                True, self.tr("No case files yet — press Ctrl+N to register the first person.")
            )
        elif not ids:
            self.body.set_empty(
                True, self.tr("Nobody matches this search. Check the spelling or clear a filter.")
            )
        else:
            self.body.set_empty(False)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
        self.count.setText(
            self.tr("{shown} of {total} case files").replace("{shown}", number(len(ids)))
            .replace("{total}", number(total))
        )  # fmt: skip

    def _sorted(self, column: int, descending: bool) -> None:
        self._sort = (SORT_BY_COLUMN[column], descending)
        self.apply()

    def on_changes(self, changes: Changes) -> None:
        if changes.people and self.ctx.directory is not None:
            if "*" in changes.people:  # a sync pulled case files: read them all again
                self.ctx.directory.reload()
            else:
                self.ctx.directory.refresh(changes.people)
            if self.isVisible():
                self.apply()
            else:
                self.stale = True

    # -- actions ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.body.is_empty:
            return None
        return self.model.key_at(index.row())

    def open_selected(self) -> None:
        row_id = self.selected_id()
        if row_id is None:
            return
        from app.ui.screens.case_file import CaseFileDialog

        CaseFileDialog(self.ctx, row_id, self).exec()

    def new_case_file(self) -> None:
        if not self.ctx.may("beneficiary.write"):
            return
        from app.ui.screens.beneficiary_form import BeneficiaryForm

        form = BeneficiaryForm(self.ctx, parent=self)
        if form.exec() and form.saved_id:
            self.search.clear()
            self._select(form.saved_id)

    def _select(self, row_id: str) -> None:
        for row, key in enumerate(self.model.keys()):
            if key == row_id:
                self.table.selectRow(row)
                return
