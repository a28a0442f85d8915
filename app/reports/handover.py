"""The handover act of an in-kind grant (#13): what was handed over to whom, item by item with
serial numbers and values, the total, and both signatures — signed on paper at the handover,
one copy for the person and one for the file. In Azerbaijani, Russian or English (#7).

A prepared grant prints the same act, to be signed when the goods change hands; the date on it
is then the day planned. Personal data: each print is audited.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Spacer

from app.money import format_amount, from_qepik
from app.queries.papers import grant_paper
from app.reports import labels
from app.reports.common import atomic_output
from app.reports.paper import speaking, tr
from app.reports.pdf import (
    build,
    fields,
    full_name,
    grid,
    head,
    mm,
    office_line,
    p,
    printed_line,
    signatures,
)
from app.services.context import Actor
from app.services.exports_audit import record_export, require_export
from app.store import Database


def _money(qepik: int) -> str:
    return format_amount(from_qepik(qepik))


def handover_act_pdf(
    db: Database, grant_id: str, out: Path, *, actor: Actor, language: str = "az"
) -> Path:
    """The handover act of one grant. ``language``: ``az`` (the default), ``ru`` or ``en``.

    Raises:
        NotFound: no such grant (field ``grant``).
        PermissionDenied: the actor's role may not print it.
    """
    with speaking(language):
        require_export(actor, "export.handover")
        g = grant_paper(db, grant_id)
        letterhead = head(db)
        office_name = office_line(db)
        person = g.person
        rows = [
            [str(i), desc, serial or "—", str(qty), _money(unit), _money(unit * qty)]
            for i, (desc, qty, unit, serial) in enumerate(g.items, start=1)
        ]
        rows.append(["", tr("Total"), "", str(sum(x[1] for x in g.items)), "",
                     _money(g.total_qepik)])  # fmt: skip
        table = grid(
            ["№", tr("Item"), tr("Serial numbers"), tr("Quantity"), tr("Value of one"),
             tr("Value")],
            rows, [9 * mm, 62 * mm, 35 * mm, 18 * mm, 25 * mm, 25 * mm],
            numeric=(3, 4, 5), bold_last=True,
        )  # fmt: skip
        pairs: list[tuple[str, Any]] = [
            (tr("Date"), labels.paper_date(g.given_on)),
            (tr("Office"), office_name),
        ]
        if letterhead.programme:
            pairs.append((tr("Programme"), letterhead.programme))
        pairs += [
            (tr("Beneficiary"), f"{full_name(person)} ({person.code})"),
            (tr("ID document"), person.id_document or "—"),
            (tr("Village"), person.village or "—"),
        ]
        if g.plan_title:
            pairs.append((tr("Business plan"), g.plan_title))
        pairs.append((tr("Status"), labels.grant_status(g.status)))
        pledge = tr(
            "The goods above were handed over in working order and received in full. They are "
            "given for the business in the plan and may not be sold or pledged for two years."
        )
        story: list[Any] = [
            p(tr("Handover act of an in-kind grant"), "title"),
            fields(pairs),
            Spacer(1, 5 * mm),
            table,
            Spacer(1, 4 * mm),
            p(pledge, "body"),
            Spacer(1, 14 * mm),
            signatures(
                tr("Handed over by: {name}", name=g.officer or actor.full_name),
                tr("Received by: {name}", name=full_name(person)),
            ),
        ]
        with atomic_output(Path(out)) as tmp:
            build(tmp, story, title=tr("Handover act of an in-kind grant"), office=office_name,
                  letterhead=letterhead, footer=printed_line(actor))  # fmt: skip
            record_export(db, actor=actor, action="export.handover", entity="in_kind_grant",
                          entity_id=g.id, rows=len(g.items), pseudonymised=False, path=Path(out),
                          beneficiary=person.code)  # fmt: skip
    return Path(out)
