"""The one look of Fieldbook's paper: A4, Arimo embedded, a header with the office, a footer.

Arimo (OFL, in ``resources/fonts``) has every Azerbaijani and Cyrillic letter and the manat sign
₼; DejaVu lacks ₼. reportlab embeds a subset of it, so the text extracts (``pdftotext``) and
prints the same on any computer. Documents build a list of flowables and call :func:`build`.
The words go through ``app.reports.paper.tr`` (#7): the footer and the page number too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.reports.paper import current, tr
from app.resources import FONT_BOLD, FONT_REGULAR

FONT, BOLD = "Arimo", "Arimo-Bold"
INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1F4E78")
RULE = colors.HexColor("#9AA5B1")
SHADE = colors.HexColor("#EEF2F6")
GREY = colors.HexColor("#52606D")
_registered = False


def fonts() -> None:
    """Register Arimo once per process, and write binary streams as they are.

    reportlab's default wraps every compressed stream (the embedded font subsets too) in ASCII85
    text: a quarter bigger and, without its optional C accelerator, a tenth of a receipt's time.
    Every PDF reader of the last twenty years reads binary streams.
    """
    global _registered
    if _registered:
        return
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_REGULAR)))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_BOLD)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    _registered = True


fonts()  # paragraphs look their fonts up when they are made, before any document is built


def _style(name: str, size: float = 10, **kw: Any) -> ParagraphStyle:
    kw.setdefault("fontName", FONT)
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontSize=size, leading=size * 1.25, **kw)


STYLES = {
    "body": _style("body"),
    "small": _style("small", 8.5, textColor=colors.HexColor("#52606D")),
    "title": _style("title", 18, fontName=BOLD, textColor=ACCENT, spaceAfter=2 * mm),
    "h2": _style("h2", 12, fontName=BOLD, textColor=ACCENT, spaceBefore=4 * mm, spaceAfter=2 * mm),
    "label": _style("label", 9, textColor=colors.HexColor("#52606D")),
    "value": _style("value", 10.5, fontName=BOLD),
    "right": _style("right", 10, alignment=TA_RIGHT),
    "cell": _style("cell", 9),
    "cell_right": _style("cell_right", 9, alignment=TA_RIGHT),
    "head": _style("head", 8.5, textColor=colors.HexColor("#52606D")),
    "head_right": _style(
        "head_right", 8.5, textColor=colors.HexColor("#52606D"), alignment=TA_RIGHT
    ),
    "center": _style("center", 10, alignment=TA_CENTER),
    "big": _style("big", 16, fontName=BOLD, alignment=TA_RIGHT),
    "cert_title": _style("cert_title", 34, fontName=BOLD, textColor=ACCENT, alignment=TA_CENTER),
    "cert_name": _style("cert_name", 24, fontName=BOLD, alignment=TA_CENTER),
    "cert_body": _style("cert_body", 13, alignment=TA_CENTER),
}


def p(text: Any, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: names can hold ``&`` or ``<``)."""
    return Paragraph(escape("" if text is None else str(text)), STYLES[style])


def rich(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted markup (``<b>``); escape any data put into it."""
    return Paragraph(markup, STYLES[style])


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose plain-string cells use Arimo too (reportlab's default is Helvetica,
    which would then be referenced unembedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def fields(pairs: Sequence[tuple[str, Any]], widths: Sequence[float] = (45 * mm, 125 * mm)):
    """A two-column block of labels and values."""
    t = Table(
        [[p(k, "label"), p(v, "value")] for k, v in pairs], colWidths=list(widths), hAlign="LEFT"
    )
    t.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """A table with a shaded header row repeated on each page; ``numeric`` columns right-aligned."""
    data = [[p(h, "head_right" if i in numeric else "head") for i, h in enumerate(header)]]
    for row in rows:
        data.append([p(v, "cell_right" if i in numeric else "cell") for i, v in enumerate(row)])
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if bold_last:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    t.setStyle(table_style(style))
    return t


def signatures(*who: str, width: float = 170 * mm) -> Table:
    """Signature lines side by side, each with its caption under the line."""
    gap = 10 * mm
    each = (width - gap * (len(who) - 1)) / len(who)
    cells: list[Any] = []
    widths: list[float] = []
    for i, caption in enumerate(who):
        if i:
            cells.append("")
            widths.append(gap)
        cells.append(p(caption, "label"))
        widths.append(each)
    t = Table(
        [[""] * len(cells), cells], colWidths=widths, rowHeights=[12 * mm, None], hAlign="LEFT"
    )
    t.setStyle(
        table_style(
            [("LINEABOVE", (i, 1), (i, 1), 0.8, INK) for i in range(0, len(cells), 2)]
            + [("LEFTPADDING", (0, 0), (-1, -1), 0)]
        )
    )
    return t


def full_name(person: Any) -> str:
    """Surname, given name, patronymic, as Azerbaijani documents write them."""
    return " ".join(x for x in (person.surname, person.given_name, person.patronymic) if x)


def printed_line(actor: Any) -> str:
    """The footer: when and by whom the paper was printed (local time)."""
    now = datetime.now(UTC).astimezone().strftime("%d.%m.%Y %H:%M")
    return tr("Printed {when} · {who}", when=now, who=actor.full_name)


def district_name(db: Any) -> str:
    """The name of this office's district, as stored (``Ağdam``): a name is not translated."""
    from app.queries.office import office

    return office(db).district_name


def office_line(db: Any) -> str:
    """``Ağdam rayon ofisi``: the office, in the header and on the documents."""
    return tr("{district} district office", district=district_name(db))


@dataclass(frozen=True)
class Head:
    """The top of every paper (#13): the organisation on the left, the office on the right,
    the office's address and phone under the rule. Until Settings names the organisation the
    district office stands on the left alone."""

    left: str
    right: str
    contact: str
    programme: str = ""


def head(db: Any) -> Head:
    from app.queries.office import profile

    prof = profile(db)
    office = office_line(db)
    contact = " · ".join(x for x in (prof.address, prof.phone) if x)
    if not prof.organisation:
        return Head(office, "", contact)
    return Head(prof.organisation, office, contact, prof.programme)


def _fitted(text: str, font: str, size: float, width: float) -> float:
    """The size at which ``text`` fits ``width`` (a long name shrinks, never overflows; at the
    smallest size it is cut by the page edge rather than over the other name)."""
    while size > 5 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def draw_head(canvas: Any, h: Head, width: float, top: float) -> None:
    """Draw ``h`` with its rule at ``top`` (the rule 2 mm under the names)."""
    room = width - 36 * mm
    right = pdfmetrics.stringWidth(h.right, FONT, 9) if h.right else 0
    right = min(right, room * 0.4)  # the office's name keeps at most 40 %; the rest is the left's
    canvas.setFont(BOLD, _fitted(h.left, BOLD, 9, room - right - 6 * mm))
    canvas.setFillColor(ACCENT)
    canvas.drawString(18 * mm, top, h.left)
    canvas.setFillColor(INK)
    if h.right:
        canvas.setFont(FONT, _fitted(h.right, FONT, 9, right))
        canvas.drawRightString(width - 18 * mm, top, h.right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(18 * mm, top - 2 * mm, width - 18 * mm, top - 2 * mm)
    if h.contact:
        canvas.setFont(FONT, _fitted(h.contact, FONT, 7.5, room))
        canvas.setFillColor(GREY)
        canvas.drawRightString(width - 18 * mm, top - 5.5 * mm, h.contact)


def page_line(page: int) -> str:
    """``Səhifə 2``: the page number in the footer."""
    return tr("Page {page}", page=page)


def build(
    out: Path,
    story: list[Any],
    *,
    title: str,
    office: str,
    footer: str,
    landscape_page: bool = False,
    header: bool = True,
    frame: bool = False,
    letterhead: Head | None = None,
) -> None:
    """Lay out ``story`` on A4 with the letterhead (:func:`head`) and a page-numbered footer."""
    fonts()
    size = landscape(A4) if landscape_page else A4

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        w, h = size
        if header:
            draw_head(canvas, letterhead or Head("", office, ""), w, h - 12 * mm)
        if frame:  # a certificate's double border
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(2)
            canvas.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
            canvas.setLineWidth(0.6)
            canvas.rect(13 * mm, 13 * mm, w - 26 * mm, h - 26 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#52606D"))
        bottom = 16 * mm if frame else 10 * mm
        canvas.drawString(18 * mm, bottom, footer)
        canvas.drawRightString(w - 18 * mm, bottom, page_line(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=letterhead.left if letterhead else "Fieldbook",
        subject=office,
        initialFontName=FONT,  # else an unembedded Helvetica is referenced on every page
        initialFontSize=10,
        lang=current(),  # the PDF's /Lang (#7), for screen readers
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
