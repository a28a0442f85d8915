"""One style for every sheet, and a fast row writer inside openpyxl's write-only workbook.

openpyxl's write-only mode streams each sheet to a temporary file, but without lxml it builds
and serialises an ElementTree element per cell: about 80,000 cells a second here, so the
2.2 million cells of a 10,000-person office would take 27 s. :class:`Sheet` keeps openpyxl for
everything else (workbook, styles, column widths, frozen panes, filters, the zip) and, when
openpyxl streams through ``et_xmlfile``, writes the ``<row>`` elements of data rows itself as
text, with the same cell XML openpyxl writes (inline strings, numbers, date serials, style
ids). Where that is not possible (lxml installed, a future openpyxl), it falls back to
openpyxl's own ``append`` with styled cells; both paths give the same workbook.

Strings are always written as text, never as formulas: a name typed as ``=HYPERLINK(...)`` must
not become one in head office's Excel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

MONEY_FORMAT = '#,##0.00 "₼"'
DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
RATIO_FORMAT = "0.00%"
INT_FORMAT = "#,##0"
KINDS = ("text", "int", "money", "date", "datetime", "ratio")
_EPOCH = date(1899, 12, 30)  # Excel's day 0 in the 1900 system (after 1 March 1900)


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"
    width: float = 14


class Book:
    """A write-only workbook with Fieldbook's one style."""

    def __init__(self, *, fast: bool = True) -> None:
        self.wb = Workbook(write_only=True)
        self.fast = fast and _can_write_raw()
        font = Font(name="Arial", size=10)
        self._protos: dict[str, WriteOnlyCell] = {}
        scratch = self.wb.create_sheet("_styles")
        formats = {
            "text": "General",
            "int": INT_FORMAT,
            "money": MONEY_FORMAT,
            "date": DATE_FORMAT,
            "datetime": DATETIME_FORMAT,
            "ratio": RATIO_FORMAT,
        }
        for kind, fmt in formats.items():
            cell = WriteOnlyCell(scratch)
            cell.font = font
            cell.number_format = fmt
            self._protos[kind] = cell
        header = WriteOnlyCell(scratch)
        header.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        header.fill = PatternFill("solid", fgColor="1F4E78")
        header.alignment = Alignment(vertical="center", wrap_text=True)
        header.border = Border(bottom=Side(style="thin", color="000000"))
        self._protos["header"] = header
        title = WriteOnlyCell(scratch)
        title.font = Font(name="Arial", size=14, bold=True, color="1F4E78")
        self._protos["title"] = title
        bold = WriteOnlyCell(scratch)
        bold.font = Font(name="Arial", size=10, bold=True)
        self._protos["label"] = bold
        for kind in ("money", "ratio", "int"):  # bold totals
            cell = WriteOnlyCell(scratch)
            cell.font = Font(name="Arial", size=10, bold=True)
            cell.number_format = formats[kind]
            self._protos[f"total-{kind}"] = cell
        self.style_ids = {kind: cell.style_id for kind, cell in self._protos.items()}
        self.wb.remove(scratch)

    def cell(
        self, ws: Any, value: Any, kind: str = "text", *, formula: bool = False
    ) -> WriteOnlyCell:
        """A styled cell for openpyxl's own ``append`` (headers, the small sheets).

        Text that starts with ``=`` stays text unless ``formula`` says it is one.
        """
        cell = WriteOnlyCell(ws, value)
        if cell.data_type == "f" and not formula:
            cell.data_type = "s"
        cell._style = copy(self._protos[kind]._style)
        return cell

    def sheet(self, title: str, columns: Sequence[Column], **kw: Any) -> Sheet:
        return Sheet(self, title, columns, **kw)

    def save(self, path: Path) -> None:
        self.wb.save(path)

    def abandon(self) -> None:
        """Close and delete the sheets' temporary files after a cancel or an error.

        Otherwise their half-written streams are finished by the garbage collector later, on
        files it may already have closed.
        """
        for ws in self.wb.worksheets:
            writer = getattr(ws, "_writer", None)
            try:
                if writer is not None and not ws.closed:
                    ws.close()
            except Exception:  # best effort: the export is being thrown away anyway
                pass
            out = getattr(writer, "out", None)
            if isinstance(out, str):
                Path(out).unlink(missing_ok=True)


def page(ws: Any, *, fit_width: bool) -> None:
    """Landscape A4; narrow sheets are fitted to the page width when printed."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0


def _can_write_raw() -> bool:
    from openpyxl.xml import LXML

    return not LXML


# Anything that needs more than copying: markup characters, characters XML 1.0 forbids, or
# leading/trailing white space (kept only with xml:space="preserve"). One C-level search.
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f]|^\s|\s$")


def _text(value: str) -> str:
    if _SPECIAL.search(value) is None:  # nearly every string: codes, names, labels
        return f"<is><t>{value}</t></is>"
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    space = ' xml:space="preserve"' if value != value.strip() else ""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<is><t{space}>{value}</t></is>"


class Sheet:
    """A data sheet: a styled header row, frozen, filtered, with one column kind per column."""

    def __init__(
        self,
        book: Book,
        title: str,
        columns: Sequence[Column],
        *,
        header_height: float = 30,
        raw: bool = True,
    ) -> None:
        self.book = book
        self.columns = tuple(columns)
        ws = self.ws = book.wb.create_sheet(title)
        self.letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        for letter, col in zip(self.letters, self.columns, strict=True):
            ws.column_dimensions[letter].width = col.width
        ws.freeze_panes = "A2"
        ws.row_dimensions[1].height = header_height
        page(ws, fit_width=len(self.columns) <= 16)
        ws.print_title_rows = "1:1"  # the header on every printed page
        ws.append([book.cell(ws, c.header, "header") for c in self.columns])
        self.rows = 1
        self._ids = [book.style_ids[c.kind] for c in self.columns]
        self.raw = raw and book.fast
        if self.raw:
            ws._values_to_row = _as_is  # type: ignore[method-assign]
            ws._writer.write_row = self._write_raw  # type: ignore[union-attr]

    def append(self, values: Sequence[Any], kinds: Sequence[str] | None = None) -> None:
        """Add one data row (values in column order; ``None`` leaves a cell empty).

        ``kinds`` overrides the columns' kinds for this row (only on a sheet made with
        ``raw=False``, such as the indicators, where each row has its own unit).
        """
        self.rows += 1
        if self.raw:
            self.ws.append(values)
            return
        kinds = kinds or [c.kind for c in self.columns]
        self.ws.append(
            [
                None if v is None else self.book.cell(self.ws, v, kinds[i])
                for i, v in enumerate(values)
            ]
        )

    def _write_raw(self, xf: Any, values: Sequence[Any], row_idx: int) -> None:
        r = str(row_idx)
        out = [f'<row r="{r}">']
        add = out.append
        for letter, style, value in zip(self.letters, self._ids, values, strict=False):
            if value is None or value == "":  # as openpyxl: an empty string is an empty cell
                continue
            t = type(value)
            if t is str:
                add(f'<c r="{letter}{r}" s="{style}" t="inlineStr">{_text(value)}</c>')
            elif t is Decimal:
                add(f'<c r="{letter}{r}" s="{style}" t="n"><v>{value:f}</v></c>')
            elif t is int:
                add(f'<c r="{letter}{r}" s="{style}" t="n"><v>{value}</v></c>')
            elif t is date:
                add(f'<c r="{letter}{r}" s="{style}" t="n"><v>{(value - _EPOCH).days}</v></c>')
            elif t is bool:
                add(f'<c r="{letter}{r}" s="{style}" t="b"><v>{int(value)}</v></c>')
            elif t is float:
                add(f'<c r="{letter}{r}" s="{style}" t="n"><v>{value!r}</v></c>')
            else:
                raise TypeError(f"cannot write {t.__name__} to a sheet")
        add("</row>")
        xf._file("".join(out))

    def close(self) -> int:
        """Set the filter over every written row; returns the number of data rows."""
        self.ws.auto_filter.ref = f"A1:{self.letters[-1]}{max(self.rows, 2)}"
        return self.rows - 1


def _as_is(values: Sequence[Any], row_idx: int) -> Sequence[Any]:
    return values


def excel_serial(value: date | datetime) -> float | int:
    """The number Excel stores for a date (1900 system)."""
    if isinstance(value, datetime):
        delta = value - datetime(1899, 12, 30, tzinfo=value.tzinfo)
        return delta.days + delta.seconds / 86400
    return (value - _EPOCH).days
