"""The due list on paper and in Excel (#14).

The **collection sheet** is what the officer takes on the round when the laptop stays in the
office: one A4 landscape per officer and day, the loans to visit (most days late first) with
what to collect, and empty columns to write the amount received and the borrower's signature;
the total to collect and the officer's signature at the end. Typed in later through the bulk
entry. The **Excel** list is the same rows as numbers, for a supervisor to sort and filter.

Both hold names and phones: each one is audited.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import Spacer

from app.money import format_amount
from app.queries.due import DueRow, due_list
from app.reports import labels
from app.reports.common import atomic_output
from app.reports.paper import speaking, tr
from app.reports.pdf import (
    RULE,
    build,
    grid,
    head,
    mm,
    office_line,
    p,
    printed_line,
    signatures,
    table_style,
)
from app.reports.xlsx import Book, Column
from app.services.context import Actor
from app.services.exports_audit import record_export, require_export
from app.store import Database


def _officer_name(db: Database, officer_id: str | None) -> str:
    from app.queries.sql import rows

    found = rows(db, "SELECT full_name FROM officer WHERE id = ?", (officer_id,))
    return found[0][0] if found else ""


def collection_sheet_pdf(
    db: Database,
    out: Path,
    *,
    actor: Actor,
    on: date | None = None,
    until: date | None = None,
    officer_id: str | None = None,
    village: str | None = None,
    product_id: str | None = None,
    language: str = "az",
) -> Path:
    """The collection sheet of the due list for these filters (default: the actor's loans
    due today). Returns ``out``."""
    on = on or date.today()
    rows = due_list(db, on=on, until=until, officer_id=officer_id, village=village,
                    product_id=product_id)  # fmt: skip
    return sheet_pdf(db, out, rows, actor=actor, on=on, officer_id=officer_id,
                     language=language)  # fmt: skip


def sheet_pdf(
    db: Database, out: Path, rows: list[DueRow], *, actor: Actor, on: date,
    officer_id: str | None = None, language: str = "az",
) -> Path:  # fmt: skip
    """The collection sheet of ``rows`` (a due list already read)."""
    with speaking(language):
        require_export(actor, "export.receipt")
        officer = _officer_name(db, officer_id) if officer_id else tr("all officers")
        table_rows = [
            [str(i), r.number, r.beneficiary, r.village, r.phone,
             labels.paper_date(r.next_due_on) if r.next_due_on else "",
             str(r.days_late or ""), _money(r.arrears), _money(r.to_collect), "", ""]
            for i, r in enumerate(rows, start=1)
        ]  # fmt: skip
        total = sum((r.to_collect for r in rows), Decimal("0.00"))
        table_rows.append(["", "", tr("Total"), "", "", "", "", "", _money(total), "", ""])
        widths = [7, 24, 50, 24, 31, 21, 12, 21, 22, 24, 25]  # 261 mm: A4 across, margins off
        table = grid(
            ["№", tr("Loan No."), tr("Name"), tr("Village"), tr("Phone"), tr("Due"),
             tr("Days late"), tr("Arrears"), tr("To collect"), tr("Received"), tr("Signature")],
            table_rows, [w * mm for w in widths], numeric=(6, 7, 8), bold_last=True,
        )  # fmt: skip
        table.setStyle(table_style([("GRID", (9, 1), (10, -2), 0.4, RULE),
                                    ("TOPPADDING", (0, 1), (-1, -1), 6),
                                    ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]))  # fmt: skip
        heading = tr("Collection sheet: {officer}, {date}", officer=officer,
                     date=labels.paper_date(on))  # fmt: skip
        story: list[Any] = [
            p(heading, "title"),
            p(tr("{n} loans · to collect {total}", n=len(rows), total=_money(total)), "body"),
            Spacer(1, 3 * mm),
            table,
            Spacer(1, 12 * mm),
            signatures(
                tr("Loan officer: {name}", name=officer),
                tr("Cash received by: {name}", name=""),
                width=200 * mm,
            ),
        ]
        office = office_line(db)
        with atomic_output(Path(out)) as tmp:
            build(tmp, story, title=heading, office=office, letterhead=head(db),
                  footer=printed_line(actor), landscape_page=True)  # fmt: skip
            record_export(db, actor=actor, action="export.receipt", entity="loan",
                          entity_id=officer_id or "", rows=len(rows), pseudonymised=False,
                          path=Path(out), sheet="collection")  # fmt: skip
    return Path(out)


def _money(value: Decimal) -> str:
    return format_amount(value) if value else ""


def due_xlsx(
    db: Database,
    out: Path,
    *,
    actor: Actor,
    on: date | None = None,
    until: date | None = None,
    officer_id: str | None = None,
    village: str | None = None,
    product_id: str | None = None,
) -> Path:
    """The due list as a workbook (Azerbaijani headers, money as numbers)."""
    require_export(actor, "export.receipt")
    rows = due_list(db, on=on, until=until, officer_id=officer_id, village=village,
                    product_id=product_id)  # fmt: skip
    book = Book(fast=False)
    sheet = book.sheet(
        "Ödəniş siyahısı",
        [Column("Gecikmə günləri", "int", 10), Column("Kredit №", width=14),
         Column("Ad, soyad", width=28), Column("Benefisiar kodu", width=15),
         Column("Kənd", width=14), Column("Telefon", width=15), Column("Kredit işçisi", width=20),
         Column("Məhsul", width=18), Column("Növbəti ödəniş", "date", 12),
         Column("Hissə", "money", 12), Column("Gecikmiş borc", "money", 13),
         Column("Yığılmalı", "money", 13), Column("Ümumi borc", "money", 13),
         Column("Son ödəniş", "date", 12), Column("Son ödənişin məbləği", "money", 13),
         Column("Qeyd", width=40), Column("Söz verdiyi gün", "date", 12)],
    )  # fmt: skip
    for r in rows:
        sheet.append(_xlsx_row(r))
    sheet.close()
    with atomic_output(Path(out)) as tmp:
        book.save(tmp)
        record_export(db, actor=actor, action="export.receipt", entity="loan",
                      entity_id=officer_id or "", rows=len(rows), pseudonymised=False,
                      path=Path(out), sheet="due")  # fmt: skip
    return Path(out)


def _xlsx_row(r: DueRow) -> list[Any]:
    return [r.days_late, r.number, r.beneficiary, r.code, r.village, r.phone, r.officer,
            r.product, r.next_due_on, r.installment, r.arrears, r.to_collect,
            r.total_outstanding, r.last_paid_on, r.last_paid, r.note, r.promised_on]  # fmt: skip
