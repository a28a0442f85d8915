"""What the loan screens read about one loan and a day's money (#4, #12 DESIGN §9).

The loan dialog (terms, replayed schedule, ledger lines), the repayment form (the loans money
can be paid on, the amount due now, today's receipts). Each is read through the one loader of
``app.queries.loans`` in one snapshot: the figures are replayed from the loan's
:class:`~app.queries.loans.LoanLedger`, and whether an entry is "reversed" is that ledger's one
rule (:meth:`~app.queries.loans.LoanLedger.cancelled`, a reversal of a reversal included).
Plain DB-API queries, no ORM.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.errors import NotFound
from app.ids import id_floor
from app.ledger import LoanState
from app.money import from_qepik
from app.queries.loans import (
    FAR_FUTURE,
    Decision,
    LoanLedger,
    LoanRow,
    _snapshot,
    decision,
    load_loan,
    loan_rows,
)
from app.queries.sql import day
from app.text import found, query_words

if TYPE_CHECKING:
    from app.store import Database

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class EntryLine:
    """One ledger entry as the loan dialog lists it (amounts in manat)."""

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
    reversed: bool  # a standing reversal takes it out (LoanLedger.cancelled)
    reason: str
    officer_id: str = ""  # #14: who recorded it, and on which day by this laptop's clock
    recorded_on: date | None = None

    @property
    def reversible(self) -> bool:
        return self.kind != "reversal" and not self.reversed


@dataclass(frozen=True, slots=True)
class LoanDetail:
    """One loan: its row (terms, names), the full name on its case file, its replayed state and
    its ledger lines in recording order."""

    loan: LoanRow
    full_name: str  # surname, given name and patronymic
    state: LoanState
    entries: tuple[EntryLine, ...]
    decision: Decision | None = None  # a supervisor's, on a proposed loan (#13)
    proposer: str = ""  # the officer who proposed it
    warnings: tuple[str, ...] = ()  # what the proposal had to explain (LOAN_WARNING codes)
    warnings_reason: str = ""  # and the officer's written reason


_ENTRY_SQL = (
    "SELECT e.id, e.receipt_no, coalesce(o.full_name, ''), e.alloc_penalty_qepik, "
    "e.alloc_fee_qepik, e.alloc_interest_qepik, e.alloc_principal_qepik, e.reason, "
    "e.officer_id, e.recorded_at "
    "FROM ledgerentry e LEFT JOIN officer o ON o.id = e.officer_id WHERE e.loan_id = ?"
)


def local_day(at: datetime | str | None) -> date | None:
    """The day, by this laptop's clock, of a stored ``recorded_at`` (naive UTC)."""
    if at is None:
        return None
    t = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    return t.replace(tzinfo=UTC).astimezone().date()


def loan_detail(db: Database | Any, loan_id: str, as_of: date | None = None) -> LoanDetail:
    """One loan as of a date (default today): terms, replayed state, every ledger line."""
    with _snapshot(db) as cur:
        ledger = load_loan(cur.connection, loan_id)
        if ledger is None:
            raise NotFound("no such loan", field="loan")
        (row,) = loan_rows(cur.connection, loan_id=loan_id)
        name = cur.execute(
            "SELECT trim(surname || ' ' || given_name || ' ' || patronymic) FROM beneficiary "
            "WHERE id = ?",
            (row.beneficiary_id,),
        ).fetchone()
        extra = {r[0]: r[1:] for r in cur.execute(_ENTRY_SQL, (loan_id,))}
        decided = decision(cur.connection, loan_id)
        proposer, warned, why = cur.execute(
            "SELECT coalesce(o.full_name, ''), loan.warnings, loan.warnings_reason FROM loan "
            "LEFT JOIN officer o ON o.id = loan.officer_id WHERE loan.id = ?",
            (loan_id,),
        ).fetchone()
    cancelled = ledger.cancelled()
    lines = []
    for on, _, eid, kind, amount, reverses in ledger.entries:
        receipt, officer, pen, fee, intr, prin, reason, officer_id, at = extra[eid]
        lines.append(
            EntryLine(
                eid, on, kind, from_qepik(amount), receipt or "", officer, from_qepik(pen),
                from_qepik(fee), from_qepik(intr), from_qepik(prin), reverses, eid in cancelled,
                reason or "", officer_id or "", local_day(at),
            )
        )  # fmt: skip
    state = ledger.state(as_of or date.today())
    codes = tuple(c for c in (warned or "").split(",") if c)
    return LoanDetail(row, name[0] if name else row.beneficiary, state, tuple(lines), decided,
                      proposer, codes, why or "")  # fmt: skip


# -- the repayment form ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LoanChoice:
    """An active loan offered by the repayment form's search."""

    id: str
    number: str
    beneficiary: str
    code: str
    key: str = ""  # folded number, code and name (app.text.search_key)
    birth_date: date | None = None  # #14: what tells two people of one name apart
    village: str = ""

    @property
    def label(self) -> str:
        return f"{self.number} — {self.beneficiary} ({self.code})"


def active_loans(db: Database | Any) -> list[LoanChoice]:
    """Loans money can be paid on, for the repayment form's completer."""
    with _snapshot(db) as cur:
        rows = cur.execute(
            "SELECT loan.id, loan.number, b.surname, b.given_name, b.patronymic, b.code, "
            "b.search_key, b.birth_date, b.village FROM loan "
            "JOIN beneficiary b ON b.id = loan.beneficiary_id "
            "WHERE loan.status = 'active' AND loan.deleted = 0 ORDER BY loan.number"
        ).fetchall()
    # the case file's stored folded key (app.text.search_key) already holds name and code
    out = []
    for r in rows:
        name = f"{r[2]} {r[3]} {r[4]}".strip()
        key = f"{r[1].lower()} {r[6]}"
        out.append(LoanChoice(r[0], r[1], name, r[5], key, day(r[7]), r[8] or ""))
    return out


def match_loans(choices: list[LoanChoice], text: str) -> list[LoanChoice]:
    """Choices whose number, code or folded name contains every word typed."""
    words = query_words(text)  # #14: spellings folded as the case files' search does
    return [c for c in choices if found(c.key, words)]


@dataclass(frozen=True, slots=True)
class AmountDue:
    loan_id: str
    number: str
    beneficiary: str
    due_now: Decimal  # #14: the installment due now (today's or the next), what is pre-filled
    total_outstanding: Decimal
    outstanding_principal: Decimal
    next_due_on: date | None  # the day of that installment
    days_late: int
    arrears: Decimal = ZERO  # installments fallen due before the day, with fees and penalties


def amount_due(db: Database | Any, loan_id: str, on: date | None = None) -> AmountDue:
    """What the repayment form pre-fills (#14): the unpaid part of the installment falling due
    on ``on`` or next — never the arrears added silently; they are shown beside it. A loan past
    its last installment has only arrears: they are what is due now."""
    on = on or date.today()
    detail = loan_detail(db, loan_id, on)
    st = detail.state
    owed = [
        (i.principal_due + i.interest_due - i.principal_paid - i.interest_paid, i.due)
        for i in st.installments
        if i.status != "paid"
        and (i.principal_due + i.interest_due) > (i.principal_paid + i.interest_paid)
    ]
    charges = st.outstanding_fees + st.outstanding_penalties
    arrears = sum((amt for amt, due in owed if due < on), ZERO) + charges
    current = [(amt, due) for amt, due in owed if due >= on]
    due_now = current[0][0] if current else arrears
    return AmountDue(
        loan_id, detail.loan.number, detail.full_name, min(due_now, st.total_outstanding),
        st.total_outstanding, st.outstanding_principal, current[0][1] if current else None,
        st.days_in_arrears, min(arrears, st.total_outstanding),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    entry_id: str
    receipt_no: str
    loan_number: str
    beneficiary: str
    amount: Decimal
    recorded_at: datetime  # local time
    reversed: bool


def _stored(at: datetime) -> str:
    """A UTC instant as the store writes ``recorded_at`` (naive ISO text, a space between)."""
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def receipts_on(db: Database | Any, officer_id: str, on: date | None = None) -> list[ReceiptRow]:
    """Repayments this officer recorded on a day (by the laptop's clock), newest first."""
    on = on or date.today()
    # recorded_at is UTC; the officer's day is local: a day's bounds, in UTC, as stored.
    start = datetime.combine(on, time()).astimezone(UTC)
    end = start + timedelta(days=1)
    ledgers: dict[str, LoanLedger | None] = {}
    with _snapshot(db) as cur:
        rows = cur.execute(
            f"{_RECEIPTS} WHERE e.kind = 'repayment' AND e.officer_id = ? AND e.recorded_at >= ? "
            # ids are UUIDv7: the primary key index narrows to rows made since that day
            "AND e.recorded_at < ? AND e.id >= ? ORDER BY e.hlc DESC",
            (officer_id, _stored(start), _stored(end), id_floor(int(start.timestamp() * 1000))),
        ).fetchall()
        for loan_id in {r[7] for r in rows}:
            ledgers[loan_id] = load_loan(cur.connection, loan_id)
    cancelled = {
        loan_id: ledger.cancelled(FAR_FUTURE) if ledger else frozenset()
        for loan_id, ledger in ledgers.items()
    }
    return [_receipt(r, r[0] in cancelled[r[7]]) for r in rows]


def receipt_row(conn: Any, entry_id: str) -> ReceiptRow:
    """One repayment as today's receipts list it, read on ``conn`` (a service reads the entry
    it has just saved, in its own transaction: nothing can reverse it yet)."""
    row = conn.execute(f"{_RECEIPTS} WHERE e.id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFound("no such ledger entry", field="entry")
    return _receipt(row, False)


_RECEIPTS = (
    "SELECT e.id, e.receipt_no, loan.number, b.surname, b.given_name, e.amount_qepik, "
    "e.recorded_at, e.loan_id FROM ledgerentry e "
    "JOIN loan ON loan.id = e.loan_id JOIN beneficiary b ON b.id = loan.beneficiary_id"
)


def _receipt(row: tuple, reversed_: bool) -> ReceiptRow:
    eid, receipt, number, surname, given, amount, at, _ = row
    when = at if isinstance(at, datetime) else datetime.fromisoformat(at)
    local = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()
    return ReceiptRow(eid, receipt or "", number, f"{surname} {given}", from_qepik(amount), local,
                      reversed_)  # fmt: skip
