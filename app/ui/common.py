"""Small widgets every screen uses: tables with an empty state, inline field errors, date and
money inputs, and the one way a service error reaches the person at the keyboard."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.ui import i18n, labels
from app.ui.tablemodels import RowsModel

ERROR_STYLE = "color: #b42318;"


def form_dialog(dialog: QDialog, form: QFormLayout, errors: FormErrors, save: Callable[[], None],
                save_text: str = "") -> QDialogButtonBox:  # fmt: skip
    """Lay out a form dialog the one way: the general error line, the form, Save and Cancel
    (Enter saves, Escape cancels). Returns the buttons (a caller may rename Save)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    if save_text:
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(errors.general)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons


def table_view(model: RowsModel, *, sortable: bool = True) -> QTableView:
    """A read-only row table with fixed row heights (so 100,000 rows scroll smoothly)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for i, col in enumerate(model.columns):
        if col.width:
            view.setColumnWidth(i, col.width)
    return view


class WithEmptyState(QStackedWidget):
    """Shows the table, or a sentence saying what to do next when there is nothing in it."""

    def __init__(self, table: QWidget, message: str) -> None:
        super().__init__()
        self.table = table
        self.message = QLabel(message)
        self.message.setObjectName("empty_state")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #4b5563; font-size: 13pt; padding: 24px;")
        self.addWidget(table)
        self.addWidget(self.message)

    def set_empty(self, empty: bool, message: str | None = None) -> None:
        if message is not None:
            self.message.setText(message)
        self.setCurrentWidget(self.message if empty else self.table)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.message


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(value or date.today()))
    return edit


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


# #7: params that carry a stored code (English words in the core's message) are shown with the
# interface's word for it; the core writes ``loan_status="written off"`` (the code, spaced).
CODE_WORDS: dict[str, Callable[[str], str]] = {
    "role": labels.role,
    "loan_status": labels.loan_status,
    "plan_status": labels.plan_status,
}


def shown(name: str, value: object) -> object:
    """One param of a service refusal as the interface writes it: money as money in the current
    language, dates as dd.mm.yyyy, stored codes in words; anything else as it is."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return i18n.money(value)
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return i18n.day(value)
    if isinstance(value, str) and name in CODE_WORDS:
        word = CODE_WORDS[name](value.replace(" ", "_"))
        return word[:1].lower() + word[1:]  # inside a sentence
    return value


def error_text(error: BaseException) -> str:
    """What a person reads for ``error``: a service refusal (``DomainError``) in the interface
    language, its values filled in as the interface writes them (#7).

    The English template is looked up in the ``errors`` context (the ``.ts`` files get the
    templates from ``app/ui/error_messages.py``, generated by ``make translations``). With no
    translation (English, or a message written in ``app/ui`` already translated) it is the
    core's own sentence; so too if a translation does not fit its params. Never the field
    prefix of ``str(error)``: the form shows the message beside the field.
    """
    carries = all(hasattr(error, a) for a in ("template", "params", "message"))
    if not isinstance(error, DomainError) and not carries:
        return str(error)  # a SyncError carries a template too
    translated = QCoreApplication.translate("errors", error.template)
    if translated == error.template:
        return error.message
    if not error.params:
        return translated
    try:
        return translated.format(**{k: shown(k, v) for k, v in error.params.items()})
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return error.message


class FormErrors:
    """Inline errors: a red line under the field a service named; the typed text stays put."""

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget]) -> None:
        self.form = form
        self.fields = fields
        self.labels: dict[str, QLabel] = {}
        self.general = QLabel()
        self.general.setObjectName("form_error")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        for name, widget in fields.items():
            label = QLabel()
            label.setObjectName(f"error_{name}")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            row, _ = form.getWidgetPosition(widget)
            if row >= 0:
                form.insertRow(row + 1, "", label)
            self.labels[name] = label

    def clear(self) -> None:
        self.general.hide()
        for label in self.labels.values():
            label.hide()

    def show(self, error: DomainError) -> None:
        """Show the error beside its field (or at the top) and put the cursor there."""
        self.clear()
        label = self.labels.get(error.field or "")
        if label is None:
            self.general.setText(error_text(error))
            self.general.show()
            return
        label.setText(error_text(error))
        label.show()
        self.fields[error.field or ""].setFocus()

    def show_line(self, error: DomainError, table: str, rows: Sequence[int] = ()) -> None:
        """Show a refusal about one line of a grid (``items[2].value``) under the grid named
        ``table``, prefixed with the line's number; any other refusal as :meth:`show` does.
        ``rows``: the grid row of each line sent (blank rows are not sent), so the number is
        the one the officer sees."""
        found = re.fullmatch(rf"{table}\[(\d+)\]\.?\w*", error.field or "")
        if found is None:
            self.show(error)
            return
        self.clear()
        label = self.labels[table]
        n = int(found[1])
        shown = rows[n - 1] if 0 < n <= len(rows) else n
        prefix = QCoreApplication.translate("FormErrors", "Line {n}: ").replace("{n}", str(shown))
        label.setText(prefix + error_text(error))
        label.show()
        self.fields[table].setFocus()

    def message(self, name: str) -> str:
        label = self.labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""


def report_error(parent: QWidget, error: BaseException, title: str = "") -> None:
    """A service refusal as a plain sentence; anything else as a short failure note."""
    if isinstance(error, DomainError):
        QMessageBox.warning(
            parent, title or QCoreApplication.translate("common", "Not saved"), error_text(error)
        )
    else:
        QMessageBox.critical(
            parent,
            title or QCoreApplication.translate("common", "Something went wrong"),
            QCoreApplication.translate("common", "The work did not finish: {error}").replace(
                "{error}", str(error)
            ),
        )


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 2px 0 6px 0;")
    return label


def shortcut(widget: QWidget, keys: str | QKeySequence, slot: Callable[[], object]) -> QShortcut:
    sc = QShortcut(QKeySequence(keys), widget)
    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    sc.activated.connect(slot)
    return sc


class SearchBox(QLineEdit):
    """A search field; Down moves into the table below it."""

    down_pressed = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


def vbox(*widgets: QWidget, margins: int = 0) -> QWidget:
    w = QWidget()
    layout = QVBoxLayout(w)
    layout.setContentsMargins(margins, margins, margins, margins)
    for x in widgets:
        layout.addWidget(x)
    return w
