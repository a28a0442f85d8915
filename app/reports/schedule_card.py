"""The repayment schedule card (#6): the installments fixed at disbursement, what is paid as of
today (the replay), and the rule that produced them, so anyone can redo the figures by hand
(DESIGN §3).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import Spacer

from app.errors import NotFound
from app.ledger import build_schedule
from app.models import Beneficiary, Loan, LoanProduct, Officer
from app.money import format_amount, from_qepik
from app.reports import labels
from app.reports.common import atomic_output
from app.reports.pdf import (
    build,
    fields,
    full_name,
    grid,
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


def schedule_card_pdf(db: Database, loan_id: str, out: Path, *, actor: Actor) -> Path:
    """The loan's repayment schedule card with what is paid as of today; audited.

    A loan not yet disbursed shows the schedule it would have if disbursed on its creation day.
    """
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
            status = labels.INSTALLMENT_STATUS.get(st.status, st.status)
        else:
            principal, interest, due, paid, status = i.principal, i.interest, i.due, None, ""
        balance -= principal
        rows.append(
            [
                i.n,
                labels.az_date(due),
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
            "Cəmi",
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
    story: list[Any] = [
        p("Kreditin ödəniş qrafiki", "title"),
        fields(
            [
                ("Benefisiar", f"{full_name(person)} ({person.code})"),
                ("Kredit №", loan.number),
                ("Məhsul", product.name if product else ""),
                ("Məbləğ", format_amount(from_qepik(loan.principal_qepik))),
                ("İllik faiz", f"{rate:.2f} %".replace(".", ",")),
                ("Müddət", f"{loan.term} hissə ({labels.FREQUENCY.get(loan.frequency, '')})"),
                ("Metod", labels.METHOD.get(loan.method, loan.method)),
                ("Verilmə tarixi", labels.az_date(loan.disbursed_on) or "hələ verilməyib"),
                ("Kredit işçisi", who.full_name if who else ""),
            ]
        ),
        Spacer(1, 4 * mm),
        grid(
            ["№", "Tarix", "Əsas borc", "Faiz", "Cəmi", "Qalıq", "Ödənilib", "Status"],
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
                        f"Vəziyyət {labels.az_date(today)}",
                        labels.LOAN_STATUS.get(state.status, state.status),
                    ),
                    ("Qalıq əsas borc", format_amount(state.outstanding_principal)),
                    ("Bağlamaq üçün cəmi borc", format_amount(state.total_outstanding)),
                    ("Gecikmə", f"{state.days_in_arrears} gün"),
                ]
            ),
        ]
    story += [
        Spacer(1, 3 * mm),
        p("Hesablama qaydası", "h2"),
        p(_rule_az(loan), "small"),
        p(sched.formula, "small"),
        Spacer(1, 4 * mm),
        signatures(
            f"Benefisiar: {full_name(person)}", f"Kredit işçisi: {who.full_name if who else ''}"
        ),
    ]
    with atomic_output(Path(out)) as tmp:
        build(
            tmp,
            story,
            title=f"Ödəniş qrafiki {loan.number}",
            office=office_name,
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
            path=Path(out),
            loan=loan.number,
            beneficiary=person.code,
        )
    return Path(out)


def _rule_az(loan: Loan) -> str:
    per = "12" if loan.frequency == "monthly" else "52"
    mode = "yarımdan yuxarı (Excel-in ROUND kimi)" if loan.rounding == "half-up" else "bankir"
    if loan.method == "flat":
        interest = f"hər hissənin faizi = ilkin məbləğ × illik faiz ÷ {per}"
    else:
        interest = f"hər hissənin faizi = qalıq əsas borc × illik faiz ÷ {per}"
    return (
        f"{interest}; hər məbləğ qəpiyədək yuvarlaqlaşdırılır ({mode}); son hissə qalan "
        "əsas borcu tam bağlayır. Aşağıdakı qayda proqramın özünün hesablama mətnidir."
    )
