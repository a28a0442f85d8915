"""The workbook's Summary (totals as formulas Excel and LibreOffice recompute) and Indicators.

Each total is a formula over the Loans sheet, beside the figure Fieldbook computed by replay and
their difference, so head office can see at a glance that the sheets and Fieldbook agree. The
formulas follow ``ledger.portfolio``: only active loans are in the portfolio, PAR counts the
whole outstanding principal of late loans, ratios are rounded to four places (ROUND is
half-up, as the ledger's ratios), and the repayment rate counts active and closed loans.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter

from app.ledger import summarize
from app.reports import labels
from app.reports.data import OfficeData
from app.reports.indicators import Indicators
from app.reports.xlsx import Book, Column, page

ACTIVE, CLOSED = labels.LOAN_STATUS["active"], labels.LOAN_STATUS["closed"]


def _ref(sheet: str, letter: str, rows: int) -> str:
    return f"'{sheet}'!${letter}$2:${letter}${max(rows, 1) + 1}"


def summary_rows(
    data: OfficeData, rows: dict[str, int], loan_keys: list[str], sheets: dict[str, str]
) -> list[tuple[str, str, str, Any]]:
    """(label, kind, formula, Fieldbook's value) for each total."""
    n = rows["loans"]
    col = {key: get_column_letter(i) for i, key in enumerate(loan_keys, 1)}

    def r(key: str) -> str:
        return _ref(sheets["loans"], col[key], n)

    status = r("status")

    def active(key: str, *more: str) -> str:
        extra = "".join(f',{r(k)},"{c}"' for k, c in zip(more[::2], more[1::2], strict=True))
        return f'SUMIFS({r(key)},{status},"{ACTIVE}"{extra})'

    def active_closed(key: str) -> str:
        return f'SUMIFS({r(key)},{status},"{ACTIVE}")+SUMIFS({r(key)},{status},"{CLOSED}")'

    p = summarize(data.states.values(), as_of=data.as_of)
    principal_paid = sum((s.principal_paid for s in data.states.values()), Decimal("0.00"))
    interest_paid = sum((s.interest_paid for s in data.states.values()), Decimal("0.00"))
    written_off = sum((s.written_off for s in data.states.values()), Decimal("0.00"))
    first = 11  # the row of the first total (see write_summary)
    out_cell, due_cell, coll_cell = f"B{first + 4}", f"B{first + 13}", f"B{first + 14}"

    def count(sheet: str, rws: int) -> str:
        return f"COUNTA('{sheet}'!$A$2:$A${max(rws, 1) + 1})"

    def ratio(part_cell: str) -> str:
        return f"IF({out_cell}=0,0,ROUND({part_cell}/{out_cell},4))"

    return [
        ("Kreditlər (sətir)", "int", count(sheets["loans"], n), n),
        ("Aktiv kreditlər", "int", f'COUNTIF({status},"{ACTIVE}")', p.active_loans),
        (
            "Ödənilmiş əsas borc (bütün kreditlər)",
            "money",
            f"ROUND(SUM({r('paid_principal')}),2)",
            principal_paid,
        ),
        (
            "Ödənilmiş faiz (bütün kreditlər)",
            "money",
            f"ROUND(SUM({r('paid_interest')}),2)",
            interest_paid,
        ),
        (
            "Qalıq əsas borc (aktiv kreditlər)",
            "money",
            f"ROUND({active('outstanding')},2)",
            p.outstanding_principal,
        ),
        (
            "PAR1 məbləği (≥ 1 gün gecikən kreditlərin qalığı)",
            "money",
            f"ROUND({active('outstanding', 'days', '>=1')},2)",
            p.par1_amount,
        ),
        (
            "PAR30 məbləği (> 30 gün)",
            "money",
            f"ROUND({active('outstanding', 'days', '>30')},2)",
            p.par30_amount,
        ),
        (
            "PAR90 məbləği (> 90 gün)",
            "money",
            f"ROUND({active('outstanding', 'days', '>90')},2)",
            p.par90_amount,
        ),
        ("PAR1", "ratio", ratio(f"B{first + 5}"), p.par1),
        ("PAR30", "ratio", ratio(f"B{first + 6}"), p.par30),
        ("PAR90", "ratio", ratio(f"B{first + 7}"), p.par90),
        (
            "Gecikmiş əsas borc (aktiv kreditlər)",
            "money",
            f"ROUND({active('overdue_principal')},2)",
            _overdue(data),
        ),
        ("Gecikmə əmsalı", "ratio", ratio(f"B{first + 11}"), p.arrears_rate),
        (
            "Bu günədək ödənməli (aktiv və bağlanmış)",
            "money",
            f"ROUND({active_closed('due_to_date')},2)",
            p.due_to_date,
        ),
        (
            "Bu günədək ödənilib (aktiv və bağlanmış)",
            "money",
            f"ROUND({active_closed('collected')},2)",
            p.collected_to_date,
        ),
        (
            "Ödəniş əmsalı",
            "ratio",
            f"IF({due_cell}=0,1,ROUND({coll_cell}/{due_cell},4))",
            p.repayment_rate,
        ),
        ("Silinmiş əsas borc", "money", f"ROUND(SUM({r('written_off')}),2)", written_off),
        (
            "Əməliyyatlar (sətir)",
            "int",
            count(sheets["transactions"], rows["transactions"]),
            rows["transactions"],
        ),
        (
            "Qrafik hissələri (sətir)",
            "int",
            count(sheets["schedules"], rows["schedules"]),
            rows["schedules"],
        ),
        (
            "Davamiyyət (sətir)",
            "int",
            count(sheets["attendance"], rows["attendance"]),
            rows["attendance"],
        ),
    ]


def _overdue(data: OfficeData) -> Decimal:
    return sum(
        (s.overdue_principal for s in data.states.values() if s.status == "active"),
        Decimal("0.00"),
    )


def write_summary(
    book: Book,
    ws: Any,
    data: OfficeData,
    rows: dict[str, int],
    loan_columns: list[tuple[str, Column]],
    *,
    sheets: dict[str, str],
    exported_by: str,
    exported_at: datetime,
    pseudonymise: bool,
) -> None:
    """Fill the Summary sheet (created first so it opens first; written last).

    ``sheets`` names the workbook's sheets by key (``app.reports.excel.SHEETS``), which the
    totals' formulas refer to; passed in so that this module does not import ``excel`` (#12).
    """
    for letter, width in zip("ABCD", (52, 22, 20, 12), strict=True):
        ws.column_dimensions[letter].width = width
    page(ws, fit_width=True)
    c = book.cell
    off = data.office
    org = data.profile.organisation  # #13: the organisation named in Settings, if it is
    ws.append([c(ws, f"{org or 'Fieldbook'} — baş ofis üçün kredit hesabatı", "title")])
    ws.append([c(ws, data.profile.programme)] if data.profile.programme else [])
    ws.append([c(ws, "Ofis", "label"), c(ws, f"{off.district_name} ({off.district_code})")])
    ws.append([c(ws, "Hesabat tarixi", "label"), c(ws, data.as_of, "date")])
    ws.append([c(ws, "İxrac vaxtı (UTC)", "label"), c(ws, exported_at, "datetime")])
    ws.append([c(ws, "İxrac edən", "label"), c(ws, exported_by)])
    ws.append([c(ws, "Psevdonimləşdirilib", "label"), c(ws, labels.YES_NO[pseudonymise])])
    ws.append([])
    ws.append(
        [
            c(ws, h, "header")
            for h in ("Göstərici", "Düstur (Excel hesablayır)", "Fieldbook hesabı", "Fərq")
        ]
    )
    ws.append([])
    keys = [k for k, _ in loan_columns]
    for i, (label, kind, formula, value) in enumerate(summary_rows(data, rows, keys, sheets)):
        row = 11 + i
        ws.append(
            [
                c(ws, label, "label"),
                c(ws, f"={formula}", f"total-{kind}", formula=True),
                c(ws, value, kind),
                c(ws, f"=B{row}-C{row}", kind, formula=True),
            ]
        )
    ws.freeze_panes = "A10"


def write_indicators(book: Book, title: str, table: Indicators) -> int:
    """The indicators sheet: one row per indicator, one column per group."""
    headers = [Column("Göstərici", width=38)]
    for dim, label in table.groups:
        headers.append(Column(f"{dim}: {label}" if dim else label, "int", 13))
    sheet = book.sheet(title, headers, header_height=45, raw=False)
    for name, kind, values in table.rows:
        sheet.append([name, *values], ["label", *([kind] * len(values))])
    return sheet.close()
