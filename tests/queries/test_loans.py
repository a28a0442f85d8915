"""app.queries.loans (#12): the one loan loader's figures equal the full Decimal replay.

Random loans get random ledgers written straight into the database, as a sync would bring them:
repayments, charges, write-offs, reversals (of anything, a reversal included), back-dated
entries and HLCs that do not follow the insertion order. For one loan (``load_loan``) and for
the bulk path (``states``, ``figures``, ``portfolio``), the loader's figures must equal
``app.ledger.replay`` run on the rows read independently through the ORM.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app.ids import new_id
from app.ledger import Entry, Installment, LoanState, replay, summarize
from app.models import Installment as InstallmentRow
from app.models import LedgerEntry, Loan
from app.money import from_qepik, to_qepik
from app.queries import loans as q
from app.store import connect
from tests.builders import DISBURSED_ON, a_beneficiary, a_disbursed_loan, a_product

ORDERS = ("penalty,fee,interest,principal", "interest,principal,fee,penalty",
          "principal,interest,penalty,fee")  # fmt: skip
KINDS = ["repayment"] * 5 + ["fee", "penalty", "write_off", "reversal", "reversal"]
_hlc = count(1)
ROOT = Path(__file__).resolve().parents[2]


@st.composite
def ledgers(draw):
    """A loan's terms, a messy ledger (as (kind, day, qəpik, index reversed)) and an as_of."""
    principal = draw(st.integers(100, 5000))
    term = draw(st.integers(3, 12))
    order = draw(st.sampled_from(ORDERS))
    rows: list[tuple[str, int, int, int | None]] = []
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(st.sampled_from(KINDS))
        target = None
        if kind == "reversal":
            if not rows:
                continue
            target = draw(st.integers(0, len(rows) - 1))  # a reversal too: undoing an undo
        amount = draw(st.integers(0, 60_000)) if kind != "write_off" else 0
        rows.append((kind, draw(st.integers(0, 400)), amount, target))
    hlcs = draw(st.permutations(range(len(rows))))  # recording order, not insertion order
    as_of = DISBURSED_ON + timedelta(days=draw(st.integers(-3, 430)))
    return principal, term, order, rows, hlcs, as_of


def oracle(db, loan_id: str, as_of: date) -> LoanState:
    """The full Decimal replay of the loan, read through the ORM (not through the loader)."""
    with db.session() as s:
        loan = s.get(Loan, loan_id)
        dues = s.exec(
            select(InstallmentRow).where(InstallmentRow.loan_id == loan_id)
            .order_by(InstallmentRow.n)
        ).all()  # fmt: skip
        rows = s.exec(
            select(LedgerEntry).where(LedgerEntry.loan_id == loan_id)
            .order_by(LedgerEntry.value_date, LedgerEntry.hlc)
        ).all()  # fmt: skip
    schedule = [
        Installment(r.n, r.due_on, from_qepik(r.principal_qepik), from_qepik(r.interest_qepik),
                    Decimal(0))
        for r in dues
    ]  # fmt: skip
    entries = [
        Entry(r.id, r.kind, r.value_date, from_qepik(r.amount_qepik), r.reverses_id, i)
        for i, r in enumerate(rows)
    ]
    return replay(schedule, entries, as_of=as_of, order=tuple(loan.allocation_order.split(",")))


def figures_of(s: LoanState) -> q.LoanFigures:
    return q.LoanFigures(
        s.as_of, s.status, to_qepik(s.outstanding_principal), to_qepik(s.overdue_principal),
        s.days_in_arrears, to_qepik(s.due_to_date), to_qepik(s.collected_to_date),
    )  # fmt: skip


@pytest.fixture
def office(db, officer):
    """A borrower and one product per allocation order, made once per test (not per example)."""
    products = {o: a_product(db, name=f"P{k}", allocation_order=o) for k, o in enumerate(ORDERS)}
    return db, officer, a_beneficiary(db, officer), products


def write_ledger(db, officer, loan, rows, hlcs) -> None:
    ids = [new_id() for _ in rows]  # UUIDv7: in insertion order, unlike the HLCs
    base = next(_hlc) * 1000
    entries = [
        LedgerEntry(
            id=ids[k], district_id=loan.district_id, loan_id=loan.id, kind=kind,
            value_date=DISBURSED_ON + timedelta(days=day), amount_qepik=amount,
            reverses_id=None if target is None else ids[target], officer_id=officer.officer_id,
            hlc=f"{base + hlcs[k]:015d}",
        )
        for k, (kind, day, amount, target) in enumerate(rows)
    ]  # fmt: skip
    with db.transaction() as s:
        for entry in entries:  # in insertion order: a reversal after the entry it reverses
            s.add(entry)
            s.flush()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(ledgers())
def test_the_loaders_figures_are_the_replays(office, ledger) -> None:
    db, officer, borrower, products = office
    principal, term, order, rows, hlcs, as_of = ledger
    made = a_disbursed_loan(db, officer, principal=str(principal), term=term,
                            product_id=products[order], beneficiary_id=borrower)  # fmt: skip
    with db.session() as s:
        loan_row = s.get(Loan, made.id)
    write_ledger(db, officer, loan_row, rows, hlcs)
    expected = oracle(db, made.id, as_of)

    # One loan: the full Decimal replay and the integer-qəpik fast path.
    raw = db.engine.raw_connection()
    try:
        loan = q.load_loan(raw, made.id)
    finally:
        raw.close()
    assert loan is not None
    assert [e[1] for e in loan.entries] == list(range(len(rows) + 1))
    assert loan.state(as_of) == expected
    assert loan.figures(as_of) == figures_of(expected)
    assert all(type(x) is int for x in loan.figures(as_of)[2:])

    # Every loan, streamed (entries after as_of left out by the query itself).
    assert q.states(db, as_of)[made.id] == expected
    assert q.figures(db, as_of)[made.id] == figures_of(expected)
    everyone = [oracle(db, loan_id, as_of) for loan_id in q.figures(db, as_of)]
    assert q.portfolio(db, as_of) == summarize(everyone, as_of=as_of)


def test_a_reversal_of_a_reversal_brings_the_entry_back(office) -> None:
    """Repayment P, R1 reverses P, R2 reverses R1: P counts again, for one loan and in bulk."""
    db, officer, borrower, products = office
    made = a_disbursed_loan(db, officer, principal="1200.00", term=12,
                            product_id=products[ORDERS[0]], beneficiary_id=borrower)  # fmt: skip
    with db.session() as s:
        loan_row = s.get(Loan, made.id)
    rows = [("repayment", 40, 10_000, None), ("reversal", 50, 0, 0), ("reversal", 60, 0, 1)]
    write_ledger(db, officer, loan_row, rows, [0, 1, 2])
    as_of = DISBURSED_ON + timedelta(days=90)
    raw = db.engine.raw_connection()
    try:
        loan = q.load_loan(raw, made.id)
    finally:
        raw.close()
    assert loan is not None
    assert [e[3] for e in loan.live()] == ["disbursement", "repayment"]
    state = loan.state(as_of)
    assert state.collected_to_date == Decimal("100.00")
    assert q.states(db, as_of)[made.id] == state == oracle(db, made.id, as_of)
    # Before R2 is dated, only the undo stands: the repayment does not count.
    before = DISBURSED_ON + timedelta(days=55)
    assert q.figures(db, before)[made.id].collected_to_date == 0


def test_no_such_loan(db) -> None:
    raw = db.engine.raw_connection()
    try:
        assert q.load_loan(raw, "nowhere") is None
    finally:
        raw.close()


def test_a_plain_connection_reads_the_same_without_sqlalchemy(office) -> None:
    """A read-only command may pass ``app.store.connect``'s connection instead of a Database
    (and ``app.queries.loans`` imports no SQLAlchemy by itself)."""
    db, officer, borrower, products = office
    made = a_disbursed_loan(db, officer, principal="900.00", term=6,
                            product_id=products[ORDERS[1]], beneficiary_id=borrower)  # fmt: skip
    as_of = DISBURSED_ON + timedelta(days=100)
    conn = connect(db.path, read_only=True)
    try:
        assert q.portfolio(conn, as_of) == q.portfolio(db, as_of)
        assert q.states(conn, as_of) == q.states(db, as_of)
        assert [r.id for r in q.loan_rows(conn)] == [r.id for r in q.loan_rows(db)] == [made.id]
        assert not conn.in_transaction  # its snapshot is closed
    finally:
        conn.close()
    probe = "import app.queries.loans, sys; assert 'sqlalchemy' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", probe], cwd=ROOT).returncode == 0


def test_the_replay_reads_schedules_and_ledgers_from_covering_indexes(db) -> None:
    """Migration 0004: what the loader asks of installments and entries is answered by an index
    alone (50,000 loans: 0.6 s sooner than through the table)."""
    raw = db.engine.raw_connection()
    traced: list[str] = []
    try:
        cur = raw.cursor()
        raw.driver_connection.set_trace_callback(traced.append)  # the SQL, values bound
        q._read(cur, [("L1",), ("L2",)], date(2026, 6, 1))
        raw.driver_connection.set_trace_callback(None)
        plans = [
            " ".join(str(row[-1]) for row in cur.execute(f"EXPLAIN QUERY PLAN {sql}"))
            for sql in traced
        ]
    finally:
        raw.close()
    assert len(plans) == 2
    assert "COVERING INDEX ix_installment_replay" in plans[0]
    assert "COVERING INDEX ix_ledgerentry_replay" in plans[1]
