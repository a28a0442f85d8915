"""Read models for the loan screens (#4): the portfolio table, one loan's schedule and ledger,
loan search for the repayment form, today's receipts and the loan products."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlmodel import col, select

from app.errors import NotFound
from app.ids import human_number, id_floor
from app.ledger import LoanState
from app.models import Beneficiary, LedgerEntry, Loan, LoanProduct, NumberCounter, Officer
from app.money import from_qepik
from app.services import loans as loan_service
from app.services import reports
from app.services.office import office
from app.store import Database
from app.text import fold

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class LoanRow:
    """A line of the portfolio table."""

    id: str
    number: str
    beneficiary_id: str
    beneficiary: str
    code: str
    product: str
    principal: Decimal
    disbursed_on: date | None
    outstanding: Decimal
    days_late: int
    status: str

    @property
    def late(self) -> bool:
        return self.days_late > 0


def loan_rows(db: Database, as_of: date | None = None) -> list[LoanRow]:
    """Every loan with its outstanding principal and days late as of a date (replayed)."""
    as_of = as_of or date.today()
    figures = reports.loan_figures(db, as_of)
    out = []
    raw = db.engine.raw_connection()
    try:  # streamed: 50,000 loans never sit in memory twice
        cur = raw.cursor()
        cur.execute(
            "SELECT loan.id, loan.number, loan.beneficiary_id, b.surname, b.given_name, b.code, "
            "p.name, loan.principal_qepik, loan.disbursed_on, loan.status FROM loan "
            "JOIN beneficiary b ON b.id = loan.beneficiary_id "
            "JOIN loanproduct p ON p.id = loan.product_id "
            "WHERE loan.deleted = 0 ORDER BY loan.number"
        )
        for r in cur:
            status, out_q, days = figures.get(r[0], ("", 0, 0))
            disbursed = date.fromisoformat(r[8]) if isinstance(r[8], str) else r[8]
            out.append(
                LoanRow(
                    r[0], r[1], r[2], f"{r[3]} {r[4]}", r[5], sys.intern(r[6]),
                    from_qepik(r[7]), disbursed, from_qepik(out_q),
                    days if status == "active" else 0, sys.intern(r[9]),
                )
            )  # fmt: skip
    finally:
        raw.close()
    return out


@dataclass(frozen=True)
class EntryView:
    id: str
    value_date: date
    kind: str
    amount: Decimal
    receipt_no: str
    officer: str
    penalty: Decimal
    fee: Decimal
    interest: Decimal
    principal: Decimal
    reverses_id: str | None
    reversed: bool
    reason: str

    @property
    def reversible(self) -> bool:
        return self.kind != "reversal" and not self.reversed


@dataclass(frozen=True)
class LoanDetail:
    id: str
    number: str
    beneficiary_id: str
    beneficiary: str
    code: str
    product: str
    principal: Decimal
    rate: Decimal  # percent a year
    term: int
    method: str
    frequency: str
    purpose: str
    status: str
    created_on: date
    disbursed_on: date | None
    state: LoanState
    entries: tuple[EntryView, ...]


def loan_detail(db: Database, loan_id: str, as_of: date | None = None) -> LoanDetail:
    """One loan: its terms, its replayed schedule and every ledger entry (oldest first)."""
    state = loan_service.loan_state(db, loan_id, as_of)
    with db.session() as s:
        loan = s.get(Loan, loan_id)
        if loan is None or loan.deleted:
            raise NotFound("no such loan", field="loan")
        ben = s.get(Beneficiary, loan.beneficiary_id)
        product = s.get(LoanProduct, loan.product_id)
        rows = s.exec(
            select(LedgerEntry, Officer.full_name)
            .join(Officer, col(Officer.id) == LedgerEntry.officer_id, isouter=True)
            .where(LedgerEntry.loan_id == loan_id)
            .order_by(col(LedgerEntry.value_date), col(LedgerEntry.hlc))
        ).all()
    reversed_ids = {e.reverses_id for e, _ in rows if e.reverses_id}
    entries = tuple(
        EntryView(
            e.id, e.value_date, e.kind, from_qepik(e.amount_qepik), e.receipt_no or "",
            name or "", from_qepik(e.alloc_penalty_qepik), from_qepik(e.alloc_fee_qepik),
            from_qepik(e.alloc_interest_qepik), from_qepik(e.alloc_principal_qepik),
            e.reverses_id, e.id in reversed_ids, e.reason,
        )
        for e, name in rows
    )  # fmt: skip
    assert ben is not None and product is not None
    return LoanDetail(
        loan.id, loan.number, ben.id, f"{ben.surname} {ben.given_name} {ben.patronymic}".strip(),
        ben.code, product.name, from_qepik(loan.principal_qepik),
        Decimal(loan.rate_bp) / 100, loan.term, loan.method, loan.frequency, loan.purpose,
        loan.status, loan.created_on, loan.disbursed_on, state, entries,
    )  # fmt: skip


@dataclass(frozen=True)
class LoanChoice:
    """An active loan offered by the repayment form's search."""

    id: str
    number: str
    beneficiary: str
    code: str
    key: str = ""  # folded number, code and name (app.text.search_key)

    @property
    def label(self) -> str:
        return f"{self.number} — {self.beneficiary} ({self.code})"


def active_loans(db: Database) -> list[LoanChoice]:
    """Loans money can be paid on, for the repayment form's completer."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT loan.id, loan.number, b.surname, b.given_name, b.patronymic, b.code, "
            "b.search_key FROM loan JOIN beneficiary b ON b.id = loan.beneficiary_id "
            "WHERE loan.status = 'active' AND loan.deleted = 0 ORDER BY loan.number"
        ).fetchall()
    # the case file's stored folded key (app.text.search_key) already holds name and code
    return [
        LoanChoice(r[0], r[1], f"{r[2]} {r[3]} {r[4]}".strip(), r[5], f"{r[1].lower()} {r[6]}")
        for r in rows
    ]


def match_loans(choices: list[LoanChoice], text: str) -> list[LoanChoice]:
    """Choices whose number, code or folded name contains every word typed."""
    words = fold(text).split()
    return [c for c in choices if all(w in c.key for w in words)]


@dataclass(frozen=True)
class AmountDue:
    loan_id: str
    number: str
    beneficiary: str
    due_now: Decimal  # overdue plus what falls due today, or else the next installment
    total_outstanding: Decimal
    outstanding_principal: Decimal
    next_due_on: date | None
    days_late: int


def amount_due(db: Database, loan_id: str, on: date | None = None) -> AmountDue:
    """What the repayment form pre-fills: arrears and today's installment, or the next one."""
    on = on or date.today()
    detail = loan_detail(db, loan_id, on)
    st = detail.state
    unpaid = [
        i
        for i in st.installments
        if i.status != "paid"
        and (i.principal_due + i.interest_due) > (i.principal_paid + i.interest_paid)
    ]
    owed = [
        (i.principal_due + i.interest_due - i.principal_paid - i.interest_paid, i.due)
        for i in unpaid
    ]
    charges = st.outstanding_fees + st.outstanding_penalties
    due_now = sum((amt for amt, due in owed if due <= on), ZERO) + charges
    later = [(amt, due) for amt, due in owed if due > on]
    if due_now == 0 and later:
        due_now = later[0][0]
    due_now = min(due_now, st.total_outstanding)
    return AmountDue(
        loan_id, detail.number, detail.beneficiary, due_now, st.total_outstanding,
        st.outstanding_principal, later[0][1] if later else None, st.days_in_arrears,
    )  # fmt: skip


@dataclass(frozen=True)
class ReceiptRow:
    entry_id: str
    receipt_no: str
    loan_number: str
    beneficiary: str
    amount: Decimal
    recorded_at: datetime
    reversed: bool


def receipts_on(db: Database, officer_id: str, on: date | None = None) -> list[ReceiptRow]:
    """Repayments this officer recorded on a day (by the laptop's clock), newest first."""
    on = on or date.today()
    # recorded_at is UTC; the officer's day is local: a day's bounds, in UTC, as stored.
    start = datetime.combine(on, time()).astimezone(UTC)
    end = start + timedelta(days=1)
    with db.session() as s:
        rows = s.exec(
            select(LedgerEntry, Loan.number, Beneficiary.surname, Beneficiary.given_name)
            .join(Loan, col(Loan.id) == LedgerEntry.loan_id)
            .join(Beneficiary, col(Beneficiary.id) == Loan.beneficiary_id)
            .where(LedgerEntry.kind == "repayment", LedgerEntry.officer_id == officer_id)
            .where(LedgerEntry.recorded_at >= start, LedgerEntry.recorded_at < end)
            # ids are UUIDv7: the primary key index narrows to rows made since that day
            .where(LedgerEntry.id >= id_floor(int(start.timestamp() * 1000)))
            .order_by(col(LedgerEntry.hlc).desc())
        ).all()
        ids = [e.id for e, *_ in rows]
        reversed_ids = set(
            s.exec(
                select(LedgerEntry.reverses_id).where(col(LedgerEntry.reverses_id).in_(ids))
            ).all()
        )
    out = []
    for e, number, surname, given in rows:
        at = e.recorded_at if e.recorded_at.tzinfo else e.recorded_at.replace(tzinfo=UTC)
        local = at.astimezone()
        out.append(
            ReceiptRow(
                e.id, e.receipt_no or "", number, f"{surname} {given}",
                from_qepik(e.amount_qepik), local, e.id in reversed_ids,
            )
        )  # fmt: skip
    return out


def next_receipt_no(db: Database) -> str:
    """The number the next generated receipt will carry (shown before saving; not reserved)."""
    off = office(db)
    with db.session() as s:
        row = s.get(NumberCounter, "receipt")
    return human_number(off.district_code, off.device_no, (row.last if row else 0) + 1, "R")


@dataclass(frozen=True)
class ProductView:
    id: str
    name: str
    rate: Decimal
    method: str
    frequency: str
    min_term: int
    max_term: int
    min_principal: Decimal
    max_principal: Decimal

    @property
    def label(self) -> str:
        return f"{self.name} — {self.rate}%, {self.min_term}–{self.max_term}"


def products(db: Database) -> list[ProductView]:
    with db.session() as s:
        rows = s.exec(
            select(LoanProduct)
            .where(LoanProduct.deleted == False, LoanProduct.active == True)
            .order_by(LoanProduct.name)
        ).all()
    return [
        ProductView(
            p.id, p.name, Decimal(p.rate_bp) / 100, p.method, p.frequency, p.min_term, p.max_term,
            from_qepik(p.min_principal_qepik), from_qepik(p.max_principal_qepik),
        )
        for p in rows
    ]  # fmt: skip
