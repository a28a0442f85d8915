"""The repayment receipt (#6): two copies on one A4, one for the beneficiary, one for the file.

It shows what was recorded when the money was taken: the stored split and the balance after
it (a later back-dated payment may re-split the ledger, never the paper already handed over).
A reversed repayment prints with a STORNO line.
The words are in the language asked for (#7, ``app.reports.paper``); Azerbaijani by default.

Drawn straight on the canvas, not through platypus: an office prints hundreds at month end,
and the fixed layout needs no flowing. One copy is drawn once as a form and placed twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.errors import NotFound, ValidationError
from app.money import format_amount, from_qepik
from app.queries.loan_views import AmountDue, amount_due
from app.queries.papers import ReceiptEntry, ReceiptPaper, Reversal, receipt_paper
from app.queries.people import Person
from app.reports import labels
from app.reports.common import atomic_output
from app.reports.paper import current, speaking, tr
from app.reports.pdf import (
    ACCENT,
    BOLD,
    FONT,
    GREY,
    INK,
    RULE,
    SHADE,
    draw_head,
    fonts,
    full_name,
    head,
    mm,
    office_line,
    page_line,
    printed_line,
)
from app.reports.words import amount_in_words
from app.services.context import Actor
from app.services.exports_audit import record_export, require_export
from app.store import Database

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 18 * mm, PAGE_W - 18 * mm
HALF = PAGE_H / 2


def _money(qepik: int | None) -> str:
    return "" if qepik is None else format_amount(from_qepik(qepik))


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The font size at which ``text`` fits ``width`` (long names shrink, never overflow)."""
    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _label_column(texts: tuple[str, ...], size: float, least: float) -> float:
    """Where the values start: ``least`` after the left edge, or further if a label needs it
    (Russian labels run longer than Azerbaijani ones)."""
    return LEFT + max(least, max(stringWidth(t, FONT, size) for t in texts) + 4 * mm)


def _copy(
    c: Canvas,
    top: float,
    e: ReceiptEntry,
    loan_number: str,
    person: Person,
    officer: str,
    office_name: str,
    reversal: Reversal | None,
    after: AmountDue | None = None,
) -> None:
    """One copy, its top edge at ``top``, without the copy's caption."""
    y = top - 9 * mm
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 18)
    c.drawString(LEFT, y, tr("Repayment receipt"))
    c.setFillColor(INK)
    c.setFont(BOLD, 15)
    c.drawRightString(RIGHT, y, tr("No. {number}", number=e.receipt_no))
    y -= 15 * mm
    name = f"{full_name(person)} ({person.code})"
    amount = tr("Amount paid")
    pairs = (
        (tr("Date"), labels.paper_date(e.value_date)),
        (tr("Office"), office_name),
        (tr("Loan officer"), officer),
        (tr("Beneficiary"), name),
        (tr("Loan No."), loan_number),
        (amount, _money(e.amount_qepik)),
    )
    value_x = _label_column(tuple(label for label, _ in pairs), 9, 45 * mm)
    for label, value in pairs:
        c.setFont(FONT, 9)
        c.setFillColor(GREY)
        c.drawString(LEFT, y, label)
        c.setFillColor(INK)
        size = _fit(value, BOLD, 12 if label == amount else 10.5, RIGHT - value_x)
        c.setFont(BOLD, size)
        c.drawString(value_x, y, value)
        y -= 6 * mm
    words = "(" + amount_in_words(from_qepik(e.amount_qepik), current()) + ")"  # #14
    c.setFont(FONT, _fit(words, FONT, 9, RIGHT - value_x))
    c.drawString(value_x, y + 1.5 * mm, words)
    y -= 3 * mm
    y -= 1 * mm
    c.setFont(FONT, 9)
    c.setFillColor(GREY)
    c.drawString(LEFT, y, tr("Split of the amount"))
    y -= 2 * mm
    heads = (tr("Penalty"), tr("Fee"), tr("Interest"), tr("Principal"), tr("Total"))
    values = (
        e.alloc_penalty_qepik,
        e.alloc_fee_qepik,
        e.alloc_interest_qepik,
        e.alloc_principal_qepik,
        e.amount_qepik,
    )
    col = (RIGHT - LEFT) / len(heads)
    c.setFillColor(SHADE)
    c.rect(LEFT, y - 5.5 * mm, RIGHT - LEFT, 5.5 * mm, stroke=0, fill=1)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.8)
    c.line(LEFT, y - 5.5 * mm, RIGHT, y - 5.5 * mm)
    for i, (caption, qepik) in enumerate(zip(heads, values, strict=True)):
        x = LEFT + col * (i + 1) - 2 * mm
        c.setFillColor(GREY)
        c.setFont(FONT, _fit(caption, FONT, 8.5, col - 4 * mm))
        c.drawRightString(x, y - 4 * mm, caption)
        c.setFillColor(INK)
        c.setFont(FONT, 10)
        c.drawRightString(x, y - 10.5 * mm, _money(qepik))
    c.setStrokeColor(RULE)
    c.setLineWidth(0.25)
    c.line(LEFT, y - 13 * mm, RIGHT, y - 13 * mm)
    y -= 20 * mm
    after_label = tr("Principal still owed after this payment")
    c.setFont(FONT, 9)
    c.setFillColor(GREY)
    c.drawString(LEFT, y, after_label)
    c.setFillColor(INK)
    c.setFont(BOLD, 10.5)
    c.drawString(_label_column((after_label,), 9, 70 * mm), y, _money(e.balance_after_qepik))
    if after is not None and reversal is None:  # #14: what comes next, and all that is owed
        lines = [(tr("Total still owed"), format_amount(after.total_outstanding))]
        if after.next_due_on is not None:
            lines.insert(0, (tr("Next installment"), tr(
                "{amount} on {date}", amount=format_amount(after.due_now),
                date=labels.paper_date(after.next_due_on))))  # fmt: skip
        for label, value in lines:
            y -= 5.5 * mm
            c.setFont(FONT, 9)
            c.setFillColor(GREY)
            c.drawString(LEFT, y, label)
            c.setFillColor(INK)
            c.setFont(BOLD, 10)
            c.drawString(_label_column((after_label,), 9, 70 * mm), y, value)
    if reversal is not None:
        y -= 6 * mm
        line = tr(
            "REVERSED: this payment was cancelled on {date} ({reason}).",
            date=labels.paper_date(reversal.value_date),
            reason=reversal.reason,
        )
        c.setFont(BOLD, _fit(line, BOLD, 10, RIGHT - LEFT))
        c.drawString(LEFT, y, line)
    y -= 14 * mm
    gap = 10 * mm
    each = (RIGHT - LEFT - gap) / 2
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    captions = (
        tr("Paid by: {name}", name=full_name(person)),
        tr("Received by: {name}", name=officer),
    )
    for i, caption in enumerate(captions):
        x = LEFT + i * (each + gap)
        c.line(x, y, x + each, y)
        c.setFont(FONT, _fit(caption, FONT, 8.5, each))
        c.setFillColor(GREY)
        c.drawString(x, y - 4 * mm, caption)


def next_after(db: Database, loan_id: str, paid_on: date) -> AmountDue | None:
    """What the loan owes after a payment (#14): the next installment and its day, and the
    total still owed, as the ledger replays them for the day after it."""
    try:
        return amount_due(db, loan_id, paid_on + timedelta(days=1))
    except NotFound:  # pragma: no cover - the loan of a receipt exists
        return None


def receipt_pdf(
    db: Database, receipt_no: str, out: Path, *, actor: Actor, language: str = "az"
) -> Path:
    """A repayment receipt (two copies on one A4) for ``receipt_no``; the export is audited.

    ``language`` is that of the paper: ``az`` (the default), ``ru`` or ``en``.

    Raises:
        NotFound: no repayment has that receipt number (field ``receipt``).
        PermissionDenied: the actor's role may not print receipts.
        ValidationError: an unknown language (field ``language``).
    """
    with speaking(language):
        return _receipt(db, receipt_no, Path(out), actor)


def _receipt(db: Database, receipt_no: str, out: Path, actor: Actor) -> Path:
    require_export(actor, "export.receipt")
    paper = receipt_paper(db, receipt_no)
    e, person = paper.entry, paper.person
    with atomic_output(out) as tmp:
        c = _canvas(db, tmp, tr("Repayment receipt {number}", number=e.receipt_no))
        _page(c, db, paper, actor, 1)
        c.save()
        record_export(
            db,
            actor=actor,
            action="export.receipt",
            entity="ledger_entry",
            entity_id=e.id,
            rows=1,
            pseudonymised=False,
            path=out,
            receipt=e.receipt_no,
            beneficiary=person.code,
        )
    return out


def receipts_pdf(
    db: Database,
    receipt_nos: Sequence[str],
    out: Path,
    *,
    actor: Actor,
    language: str = "az",
) -> Path:
    """Several receipts in one PDF, a page each (#14: a day's receipts printed in one go).

    Raises:
        ValidationError: no receipt to print (field ``receipts``).
        NotFound: a number that is no receipt.
    """
    with speaking(language):
        require_export(actor, "export.receipt")
        if not receipt_nos:
            raise ValidationError("no receipts to print", field="receipts")
        papers = [receipt_paper(db, n) for n in receipt_nos]
        out = Path(out)
        with atomic_output(out) as tmp:
            c = _canvas(db, tmp, tr("Repayment receipts"))
            for n, paper in enumerate(papers, start=1):
                _page(c, db, paper, actor, n)
            c.save()
            record_export(db, actor=actor, action="export.receipt", entity="ledger_entry",
                          entity_id=papers[0].entry.id, rows=len(papers), pseudonymised=False,
                          path=out, receipts=len(papers))  # fmt: skip
    return out


def _canvas(db: Database, tmp: Path, title: str) -> Canvas:
    fonts()
    c = Canvas(str(tmp), pagesize=A4, initialFontName=FONT, initialFontSize=10, lang=current())
    c.setTitle(title)
    c.setAuthor(head(db).left)
    c.setSubject(office_line(db))
    return c


def _page(c: Canvas, db: Database, paper: ReceiptPaper, actor: Actor, n: int) -> None:
    """One receipt's page: the copy drawn once as a form and placed twice."""
    e, person, officer, reversal = paper.entry, paper.person, paper.officer, paper.reversal
    office_name = office_line(db)
    letterhead = head(db)
    form = f"copy{n}"
    c.beginForm(form)
    _copy(c, PAGE_H - 18 * mm, e, paper.loan_number, person, officer, office_name, reversal,
          next_after(db, paper.loan_id, e.value_date))  # fmt: skip
    c.endForm()
    copies = ((PAGE_H, tr("Beneficiary's copy")), (HALF, tr("Office copy")))
    for top, caption in copies:
        c.saveState()
        c.translate(0, top - PAGE_H)
        c.doForm(form)
        c.restoreState()
        c.setFont(FONT, 8.5)
        c.setFillColor(GREY)
        c.drawString(LEFT, top - 33 * mm, caption)
    draw_head(c, letterhead, PAGE_W, PAGE_H - 12 * mm)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.setDash(3, 3)
    c.line(LEFT - 8 * mm, HALF, RIGHT + 8 * mm, HALF)  # cut here
    c.setDash()
    c.setFont(FONT, 8)
    c.setFillColor(GREY)
    c.drawString(LEFT, 10 * mm, printed_line(actor))
    c.drawRightString(RIGHT, 10 * mm, page_line(n))
    c.showPage()
