"""The repayment schedule card (#6): the installments fixed at disbursement, what is paid as of
today (the replay), and the rule that produced them, so anyone can redo the figures by hand
(DESIGN §3). The words are in the language asked for (#7, ``app.reports.paper``); the ledger's
formula text follows the paper too (its Excel expressions and numbers stay as they are).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import Spacer

from app.errors import NotFound
from app.ledger import build_schedule
from app.ledger.schedule import Schedule, fill
from app.models import Beneficiary, Loan, LoanProduct, Officer
from app.money import format_amount, from_qepik
from app.reports import labels
from app.reports.common import atomic_output
from app.reports.paper import speaking, tr, translate
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
from app.services import loans as loan_svc
from app.services.context import Actor
from app.services.exports_audit import record_export, require_export
from app.store import Database


def schedule_card_pdf(
    db: Database, loan_id: str, out: Path, *, actor: Actor, language: str = "az"
) -> Path:
    """The loan's repayment schedule card with what is paid as of today; audited.

    A loan not yet disbursed shows the schedule it would have if disbursed on its creation day.
    ``language`` is that of the paper: ``az`` (the default), ``ru`` or ``en``.
    """
    with speaking(language):
        return _card(db, loan_id, Path(out), actor)


def _card(db: Database, loan_id: str, out: Path, actor: Actor) -> Path:
    require_export(actor, "export.schedule")
    today = date.today()
    with db.session() as s:
        loan = s.get(Loan, loan_id)
        if loan is None or loan.deleted:
            raise NotFound("no such loan", field="loan")
        person = s.get(Beneficiary, loan.beneficiary_id)
        assert person is not None
        product = s.get(LoanProduct, loan.product_id)
        who = s.get(Officer, loan.officer_id)
    start = loan.disbursed_on or loan.created_on
    sched = build_schedule(loan_svc.terms_of(loan, loan.principal_qepik, loan.term, start))
    state = loan_svc.loan_state(db, loan_id, as_of=today) if loan.disbursed_on else None
    rows = []
    balance = from_qepik(loan.principal_qepik)
    installments = state.installments if state and state.installments else None
    for k, i in enumerate(sched.installments):
        if installments is not None:
            st = installments[k]
            principal, interest, due = st.principal_due, st.interest_due, st.due
            paid = st.principal_paid + st.interest_paid
            status = labels.installment_status(st.status)
        else:
            principal, interest, due, paid, status = i.principal, i.interest, i.due, None, ""
        balance -= principal
        rows.append(
            [
                i.n,
                labels.paper_date(due),
                format_amount(principal),
                format_amount(interest),
                format_amount(principal + interest),
                format_amount(balance),
                "" if paid is None else format_amount(paid),
                status,
            ]
        )
    total_p = sum((r.principal for r in sched.installments), Decimal(0))
    total_i = sum((r.interest for r in sched.installments), Decimal(0))
    rows.append(
        [
            "",
            tr("Total"),
            format_amount(total_p),
            format_amount(total_i),
            format_amount(total_p + total_i),
            "",
            "",
            "",
        ]
    )
    rate = Decimal(loan.rate_bp) / 100
    office_name = office_line(db)
    officer = who.full_name if who else ""
    story: list[Any] = [
        p(tr("Loan repayment schedule"), "title"),
        fields(
            [
                (tr("Beneficiary"), f"{full_name(person)} ({person.code})"),
                (tr("Loan No."), loan.number),
                (tr("Product"), product.name if product else ""),
                (tr("Amount"), format_amount(from_qepik(loan.principal_qepik))),
                (tr("Annual rate"), f"{rate:.2f} %".replace(".", ",")),
                (
                    tr("Term"),
                    tr(
                        "{count} installments ({frequency})",
                        count=loan.term,
                        frequency=labels.frequency(loan.frequency),
                    ),
                ),
                (tr("Method"), labels.method(loan.method)),
                (
                    tr("Disbursed on"),
                    labels.paper_date(loan.disbursed_on) or tr("not disbursed yet"),
                ),
                (tr("Loan officer"), officer),
            ]
        ),
        Spacer(1, 4 * mm),
        grid(
            [
                tr("No."),
                tr("Date"),
                tr("Principal"),
                tr("Interest"),
                tr("Total"),
                tr("Balance"),
                tr("Paid"),
                tr("Status"),
            ],
            rows,
            [9 * mm, 22 * mm, 24 * mm, 20 * mm, 24 * mm, 26 * mm, 24 * mm, 25 * mm],
            numeric=(0, 2, 3, 4, 5, 6),
            bold_last=True,
        ),
    ]
    if state is not None:
        story += [
            Spacer(1, 3 * mm),
            fields(
                [
                    (
                        tr("Status on {date}", date=labels.paper_date(today)),
                        labels.loan_status(state.status),
                    ),
                    (tr("Principal outstanding"), format_amount(state.outstanding_principal)),
                    (tr("Total to close the loan"), format_amount(state.total_outstanding)),
                    (tr("Arrears"), tr("{days} days", days=state.days_in_arrears)),
                ]
            ),
        ]
    story += [
        Spacer(1, 3 * mm),
        p(tr("How the figures are computed"), "h2"),
        p(_rule(loan), "small"),
        p(_formula(sched), "small"),
        Spacer(1, 4 * mm),
        signatures(
            tr("Beneficiary: {name}", name=full_name(person)),
            tr("Loan officer: {name}", name=officer),
        ),
    ]
    with atomic_output(out) as tmp:
        build(
            tmp,
            story,
            title=tr("Repayment schedule {number}", number=loan.number),
            office=office_name,
            letterhead=head(db),
            footer=printed_line(actor),
        )
        record_export(
            db,
            actor=actor,
            action="export.schedule",
            entity="loan",
            entity_id=loan.id,
            rows=len(sched.installments),
            pseudonymised=False,
            path=out,
            loan=loan.number,
            beneficiary=person.code,
        )
    return out


def _formula(sched: Schedule) -> str:
    """The ledger's formula lines in the paper's language; the frequency word translated too
    (numbers and Excel expressions stay as they are)."""
    lines = []
    for template, values in sched.formula_lines:
        shown = dict(values)
        if "freq" in shown:
            shown["freq"] = labels.frequency(shown["freq"])
        lines.append(fill(translate(template), shown))
    return "\n".join(lines) or sched.formula


def _rule(loan: Loan) -> str:
    """The schedule's rule in words, in the document's language (the formula follows it)."""
    per = "12" if loan.frequency == "monthly" else "52"
    if loan.rounding == "half-up":
        mode = tr("half up (as Excel's ROUND)")
    else:
        mode = tr("banker's rounding")
    if loan.method == "flat":
        interest = tr(
            "interest of each installment = original amount × annual rate ÷ {per}", per=per
        )
    else:
        interest = tr(
            "interest of each installment = principal outstanding × annual rate ÷ {per}", per=per
        )
    return tr(
        "{interest}; every amount is rounded to the qəpik ({mode}); the last installment "
        "settles the remaining principal. The rule below is the program's own computation text.",
        interest=interest,
        mode=mode,
    )
