"""One table model for every list (STYLE §5): column specs over plain read models.

The model holds a list of keys (ids or plain rows) and asks a ``fetch`` function for a row only
when the view paints it, so a list of 100,000 case files costs one list of ids. It never holds
a live ORM row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.money import format_amount
from app.text import sort_key

Index = QModelIndex | QPersistentModelIndex
LATE = QColor("#fde2e1")
MUTED = QColor("#6b7280")
ROW_KEY = Qt.ItemDataRole.UserRole + 1


def show_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_amount(value)
    if isinstance(value, date):
        return show_date(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


@dataclass(frozen=True)
class Column:
    """A column: its header, how to read a row's value, and how to show and sort it."""

    header: str
    value: Callable[[Any], Any]
    right: bool = False
    width: int = 0
    sort: Callable[[Any], Any] | None = None

    def text(self, row: Any) -> str:
        return show(self.value(row))

    def key(self, row: Any) -> Any:
        if self.sort is not None:
            return self.sort(row)
        value = self.value(row)
        if isinstance(value, str):
            return sort_key(value)
        return (value is None, value if value is not None else 0)


class RowsModel(QAbstractTableModel):
    """Rows identified by keys; ``fetch(key)`` returns the plain row to show."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        fetch: Callable[[Any], Any] | None = None,
        highlight: Callable[[Any], QColor | None] | None = None,
        sorter: Callable[[int, bool], None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._keys: list[Any] = []
        self._fetch = fetch or (lambda row: row)
        self._highlight = highlight
        self._sorter = sorter

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, keys: Sequence[Any]) -> None:
        self.beginResetModel()
        self._keys = list(keys)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._fetch(self._keys[row])

    def key_at(self, row: int) -> Any:
        return self._keys[row]

    def keys(self) -> list[Any]:
        return list(self._keys)

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            return None if row is None else col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight is not None:
            row = self.row_at(index.row())
            color = None if row is None else self._highlight(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:  # a long text cut to its column reads in full
            row = self.row_at(index.row())
            text = None if row is None else col.text(row)
            return text if isinstance(text, str) and len(text) > 24 else None
        if role == ROW_KEY:
            return self._keys[index.row()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if self._sorter is not None:  # the owner re-queries in the new order
            self._sorter(column, descending)
            return
        col = self.columns[column]
        self.beginResetModel()
        self._keys.sort(key=lambda k: col.key(self._fetch(k)), reverse=descending)
        self.endResetModel()
