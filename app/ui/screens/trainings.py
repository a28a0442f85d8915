"""Trainings: courses with their sessions, and the attendance grid (people × sessions).

Each tick is saved at once as an attendance mark; "all present" marks a whole session. The
grid shows per person how many sessions were attended and whether that completes the course.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.queries.courses import CourseGrid, CourseRow, Participant, course_grid, courses
from app.queries.directory import Directory, Filter
from app.queries.training import Attendance
from app.services import training
from app.ui import labels
from app.ui.choose_person import ChoosePersonDialog
from app.ui.common import (
    FormErrors,
    WithEmptyState,
    date_edit,
    from_qdate,
    heading,
    report_error,
    shortcut,
    table_view,
)
from app.ui.context import AppContext
from app.ui.tablemodels import Column, RowsModel, show_date

FIXED = 2  # name and sex come before the session columns
CHOOSER_LIMIT = 30  # more matches than this: type more instead of scrolling a list


class AttendanceModel(QAbstractTableModel):
    """The register: a checkbox per person and session, saved through the service on toggle."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.grid: CourseGrid | None = None
        self.people: list[Participant] = []  # rows, updated from what the service returns

    def load(self, grid: CourseGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.people = list(grid.people) if grid else []
        self.endResetModel()

    def completed(self) -> int:
        return sum(1 for p in self.people if p.completed)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return FIXED + len(self.grid.sessions) + 2

    def _sessions(self) -> int:
        return len(self.grid.sessions) if self.grid else 0

    def headerData(self, section: int, orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if self.grid is None:
            return None
        if section == 0:
            return self.tr("Beneficiary")
        if section == 1:
            return self.tr("Sex")
        k = section - FIXED
        if k < self._sessions():
            s = self.grid.sessions[k]
            return (
                self.tr("Day {n}\n{date}")
                .replace("{n}", str(s.n))
                .replace("{date}", show_date(s.held_on))
            )
        return self.tr("Attended") if k == self._sessions() else self.tr("Completed")

    def data(self, index, role: int = 0) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        person = self.people[index.row()]
        col, n = index.column(), self._sessions()
        k = col - FIXED
        if role == Qt.ItemDataRole.CheckStateRole and 0 <= k < n:
            return Qt.CheckState.Checked if person.present[k] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{person.name} ({person.code})"
            if col == 1:
                return labels.sex(person.sex)
            if k == n:
                return f"{person.attended} / {n}"
            if k == n + 1:
                return self.tr("Yes") if person.completed else self.tr("Not yet")
        if role == Qt.ItemDataRole.TextAlignmentRole and k >= n:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        k = index.column() - FIXED
        if 0 <= k < self._sessions() and self.ctx.may("attendance.mark") and not self.ahead(k):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def ahead(self, k: int) -> bool:
        """Session k is still to come: nobody is marked before the day."""
        assert self.grid is not None
        return self.grid.sessions[k].held_on > date.today()

    def setData(self, index, value, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self.grid is None:
            return False
        k = index.column() - FIXED
        if not 0 <= k < self._sessions():
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.mark(index.row(), k, present)

    def mark(self, row: int, k: int, present: bool) -> bool:
        assert self.grid is not None
        if self.people[row].present[k] == present:
            return True
        line = training.mark_attendance(
            self.ctx.db, actor=self.ctx.actor, session_id=self.grid.sessions[k].id,
            beneficiary_id=self.people[row].beneficiary_id, present=present,
        )  # fmt: skip
        self._show([line])
        return True

    def mark_all(self, k: int) -> list[str]:
        """Mark everyone present in session k; returns whom it marked (what an undo takes back)."""
        assert self.grid is not None
        lines = training.mark_all_present(
            self.ctx.db, actor=self.ctx.actor, session_id=self.grid.sessions[k].id
        )
        self._show(lines)
        return [line.beneficiary_id for line in lines]

    def unmark(self, k: int, people: list[str]) -> None:
        """Take back a "mark all present" of session k: these people absent again."""
        assert self.grid is not None
        lines = training.mark_many(self.ctx.db, actor=self.ctx.actor,
                                   session_id=self.grid.sessions[k].id,
                                   beneficiary_ids=people, present=False)  # fmt: skip
        self._show(lines)

    def _show(self, lines: list[Attendance]) -> None:
        """Put the register lines the service returned in their rows (it counted, not us)."""
        rows = {p.beneficiary_id: i for i, p in enumerate(self.people)}
        for line in lines:
            row = rows.get(line.beneficiary_id)
            if row is None:
                continue
            self.people[row] = replace(
                self.people[row], present=line.present, attended=line.attended,
                completed=line.completed,
            )  # fmt: skip
            left, right = self.index(row, FIXED), self.index(row, self.columnCount() - 1)
            self.dataChanged.emit(left, right)


class NewCourseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course_id: str | None = None
        self.setObjectName("new_course")
        self.setWindowTitle(self.tr("New training course"))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. Starting a small business"))
        self.venue = QLineEdit()
        self.starts_on = date_edit()
        self.days = QSpinBox()
        self.days.setRange(1, 30)
        self.days.setValue(3)
        self.min_sessions = QSpinBox()
        self.min_sessions.setRange(1, 30)
        self.min_sessions.setValue(2)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("First day"), self.starts_on)
        form.addRow(self.tr("Days (one session a day)"), self.days)
        form.addRow(self.tr("Sessions needed to complete"), self.min_sessions)
        self.errors = FormErrors(
            form, {"title": self.title, "venue": self.venue, "days": self.days,
                   "min_sessions_to_complete": self.min_sessions},
        )  # fmt: skip
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.errors.clear()
        try:
            self.course_id = training.create_course(
                self.ctx.db, actor=self.ctx.actor, title=self.title.text(),
                venue=self.venue.text(), starts_on=from_qdate(self.starts_on.date()),
                days=self.days.value(), min_sessions_to_complete=self.min_sessions.value(),
            )  # fmt: skip
        except DomainError as e:
            self.errors.show(e)
            return
        self.ctx.changed(trainings=frozenset({self.course_id}))
        self.accept()


class TrainingsScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("trainings")
        self.stale = True
        self._select_next: str | None = None
        self.course_model = RowsModel(
            [Column(self.tr("Course"), lambda c: c.title, width=200),
             Column(self.tr("Starts"), lambda c: c.starts_on, width=85),
             Column(self.tr("People"), lambda c: c.enrolled, right=True)]
        )  # fmt: skip
        self.course_table = table_view(self.course_model, sortable=False)
        # titles often share their start ("Business skills: …"): keep both ends readable
        self.course_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.course_table.setObjectName("courses")
        header = self.course_table.horizontalHeader()  # the title takes what the others leave
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.course_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_grid())
        self.courses = WithEmptyState(
            self.course_table, self.tr("No trainings yet — create one with New course (Ctrl+N).")
        )
        self.grid_model = AttendanceModel(ctx, self)
        self.grid = table_view(RowsModel([]), sortable=False)  # swapped for the grid model
        self.grid.setModel(self.grid_model)
        self.grid.setObjectName("attendance_grid")
        self.grid_model.dataChanged.connect(lambda *_: self._update_completion())
        self.grid.horizontalHeader().setStretchLastSection(False)
        self.grid_box = WithEmptyState(
            self.grid, self.tr("Choose a course on the left to see its attendance register.")
        )
        self.course_title = QLabel()
        self.course_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.completion = QLabel()
        self.completion.setObjectName("completion")
        self.all_present = QHBoxLayout()
        self.all_present_box = QWidget()
        self.all_present_box.setLayout(self.all_present)
        self.enrol_field = QLineEdit()
        self.enrol_field.setObjectName("enrol_field")
        self.enrol_field.setPlaceholderText(self.tr("Enrol: type a name or case number, Enter"))
        self.enrol_field.returnPressed.connect(self.enrol)
        self._people: dict[str, str] = {}
        self.new_button = QPushButton(self.tr("New course (Ctrl+N)"))
        self.new_button.setObjectName("new_course")
        self.new_button.clicked.connect(self.new_course)
        manage = ctx.may("training.manage")
        self.new_button.setEnabled(manage)
        self.enrol_field.setEnabled(manage)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.courses, 1)
        lv.addWidget(self.new_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.course_title)
        rv.addWidget(self.all_present_box)
        rv.addWidget(self.grid_box, 1)
        self.certificate_button = QPushButton(self.tr("Certificate for the selected person (PDF)…"))
        self.certificate_button.setObjectName("certificate")
        self.certificate_button.clicked.connect(self.certificate)
        self.certificate_button.setEnabled(ctx.may("export.certificate"))
        self.certificates_button = QPushButton(self.tr("Certificates for all who completed (PDF)…"))
        self.certificates_button.setObjectName("certificates")
        self.certificates_button.clicked.connect(self.certificates)
        self.certificates_button.setEnabled(ctx.may("export.certificate"))
        self.sheet_button = QPushButton(self.tr("Sign-in sheet (PDF)…"))
        self.sheet_button.setObjectName("sign_in_sheet")
        self.sheet_button.clicked.connect(self.sign_in_sheet)
        self.sheet_button.setEnabled(ctx.may("export.certificate"))
        rv.addWidget(self.completion)
        papers = QHBoxLayout()  # on a row of their own: the screen fits 1280 px in any language
        for button in (self.certificate_button, self.certificates_button, self.sheet_button):
            papers.addWidget(button)
        papers.addStretch(1)
        rv.addLayout(papers)
        rv.addWidget(self.enrol_field)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([340, 940])  # the register, to its Completed column, fits 1280 px
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Trainings")))
        if not ctx.may("attendance.mark"):
            layout.addWidget(QLabel(self.tr("Trainers and supervisors mark attendance.")))
        layout.addWidget(split, 1)
        shortcut(self, "Ctrl+N", self.new_course)
        ctx.changes_applied.connect(self.on_changes)

    def refresh(self) -> None:
        self.stale = False
        current = self.current_course()
        wanted = self._select_next or (current.id if current else None)
        self._select_next = None
        rows = courses(self.ctx.db)
        self.course_model.set_rows(rows)
        self.courses.set_empty(not rows)
        if rows:
            ids = [c.id for c in rows]
            self.course_table.selectRow(ids.index(wanted) if wanted in ids else 0)
        self.show_grid()

    def on_changes(self, changes) -> None:
        if len(changes.trainings) == 1:  # a course just created or changed: show it
            self._select_next = next(iter(changes.trainings))
        if changes.trainings or changes.people:
            self.stale = True
            if self.isVisible():
                self.refresh()

    def current_course(self) -> CourseRow | None:
        index = self.course_table.currentIndex()
        if not index.isValid() or self.courses.is_empty:
            return None
        return self.course_model.row_at(index.row())

    def show_grid(self) -> None:
        course = self.current_course()
        while self.all_present.count():
            item = self.all_present.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if course is None:
            self.grid_model.load(None)
            self.grid_box.set_empty(True)
            self.course_title.setText("")
            self.completion.setText("")
            return
        grid = course_grid(self.ctx.db, course.id)
        self.grid_model.load(grid)
        self.course_title.setText(
            f"{course.title} · {course.venue} · {show_date(course.starts_on)}"
        )
        self.all_present.addWidget(QLabel(self.tr("All present:")))
        for k, s in enumerate(grid.sessions):
            b = QPushButton(self.tr("Day {n}").replace("{n}", str(s.n)))
            b.setObjectName(f"all_present_{s.n}")
            ahead = s.held_on > date.today()
            b.setEnabled(self.ctx.may("attendance.mark") and bool(grid.people) and not ahead)
            if ahead:
                b.setToolTip(self.tr("This session is still to come"))
            b.clicked.connect(lambda _=False, k=k: self.mark_all(k))
            self.all_present.addWidget(b)
        self.all_present.addStretch(1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undo_all_present")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_all)
        self.all_present.addWidget(self.undo_button)
        self._undo: tuple[int, list[str]] | None = None
        self.grid_box.set_empty(
            not grid.people, self.tr("Nobody enrolled yet — type a name below to enrol people.")
        )
        self.grid.resizeColumnsToContents()
        self.grid.setColumnWidth(0, min(self.grid.columnWidth(0), 250))  # long names elide
        for col in range(self.grid_model.columnCount()):  # a little air after each header
            self.grid.setColumnWidth(col, self.grid.columnWidth(col) + 8)
        self._update_completion()

    def _update_completion(self) -> None:
        grid = self.grid_model.grid
        if grid is None:
            return
        done = self.grid_model.completed()
        self.completion.setText(
            self.tr("{done} of {n} completed (at least {k} of {s} sessions)")
            .replace("{done}", str(done)).replace("{n}", str(len(grid.people)))
            .replace("{k}", str(grid.course.min_sessions))
            .replace("{s}", str(len(grid.sessions)))
        )  # fmt: skip

    def certificate(self) -> None:
        from app.ui.outputs import save_pdf

        grid, index = self.grid_model.grid, self.grid.currentIndex()
        if grid is None or not index.isValid():
            self.ctx.status_message.emit(self.tr("Choose a person in the register first."))
            return
        person = self.grid_model.people[index.row()]
        if not person.completed:
            self.ctx.status_message.emit(
                self.tr("{name} has not completed the course yet.").replace("{name}", person.name)
            )
            return
        save_pdf(
            self.ctx, self, "certificate", f"{grid.course.id}|{person.beneficiary_id}",
            f"certificate-{person.code}.pdf",
        )  # fmt: skip

    def sign_in_sheet(self) -> None:
        """The course's sign-in sheet: names and a box for each day, for paper in the room."""
        from app.ui.outputs import save_pdf

        grid = self.grid_model.grid
        if grid is not None:
            save_pdf(self.ctx, self, "sign-in", grid.course.id,
                     f"sign-in-{grid.course.starts_on.isoformat()}.pdf")  # fmt: skip

    def certificates(self) -> None:
        """Every certificate of the course in one PDF, one page each, for printing at once."""
        from app.ui.outputs import save_pdf

        grid = self.grid_model.grid
        if grid is None:
            return
        if not any(p.completed for p in grid.people):
            self.ctx.status_message.emit(self.tr("Nobody has completed this course yet."))
            return
        save_pdf(self.ctx, self, "certificates", grid.course.id,
                 f"certificates-{grid.course.starts_on.isoformat()}.pdf")  # fmt: skip

    def confirm(self, title: str, question: str) -> bool:
        """Asks once (a seam for tests)."""
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def mark_all(self, k: int) -> None:
        grid = self.grid_model.grid
        assert grid is not None
        session = grid.sessions[k]
        question = (
            self.tr("Mark everyone enrolled ({n}) present on day {day}, {date}?")
            .replace("{n}", str(len(grid.people))).replace("{day}", str(session.n))
            .replace("{date}", show_date(session.held_on))
        )  # fmt: skip
        if not self.confirm(self.tr("All present"), question):
            return
        try:
            marked = self.grid_model.mark_all(k)
        except DomainError as e:
            report_error(self, e)
            return
        self._undo = (k, marked) if marked else None
        self.undo_button.setText(
            self.tr("Undo: {n} marked present on day {day}")
            .replace("{n}", str(len(marked))).replace("{day}", str(session.n))
        )  # fmt: skip
        self.undo_button.setVisible(bool(marked))
        self._update_completion()

    def undo_all(self) -> None:
        """Take back the last "all present": those it marked are absent again."""
        if self._undo is None:
            return
        k, people = self._undo
        try:
            self.grid_model.unmark(k, people)
        except DomainError as e:
            report_error(self, e)
            return
        self._undo = None
        self.undo_button.hide()
        self._update_completion()

    def new_course(self) -> None:
        if not self.ctx.may("training.manage"):
            return
        NewCourseDialog(self.ctx, self).exec()

    def choose(self, rows, typed: str) -> str | None:
        """The person picked from several matches, or None (a seam for tests)."""
        dialog = ChoosePersonDialog(rows, typed, self)
        return dialog.chosen.id if dialog.exec() and dialog.chosen is not None else None

    def _directory(self) -> Directory:
        if self.ctx.directory is None:
            self.ctx.directory = Directory(self.ctx.db)
        return self.ctx.directory

    def enrol(self) -> None:
        """Enrol the person typed; when several match, the trainer chooses from a list."""
        course = self.current_course()
        if course is None:
            return
        d = self._directory()
        typed = self.enrol_field.text().strip()
        ids = d.search(Filter(text=typed)) if typed else []
        try:
            if not ids or len(ids) > CHOOSER_LIMIT:
                raise ValidationError(
                    self.tr("nobody matches; type part of the name or the case number")
                    if not ids else
                    self.tr("{n} people match; type more of the name or the case number")
                    .replace("{n}", str(len(ids))),
                    field="beneficiary",
                )  # fmt: skip
            person = ids[0] if len(ids) == 1 else self.choose([d.get(i) for i in ids], typed)
            if person is None:
                return  # nobody chosen: the typed text stays
            training.enroll(self.ctx.db, actor=self.ctx.actor, course_id=course.id,
                            beneficiary_id=person)  # fmt: skip
        except DomainError as e:
            report_error(self, e)
            return
        self.enrol_field.clear()
        self.ctx.changed(trainings=frozenset({course.id}))
