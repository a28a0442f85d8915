"""Portfolio figures for the district, derived by replaying every loan (DESIGN §3)."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

from app.ledger import Entry, LoanState, PortfolioSummary, replay, summarize
from app.ledger import Installment as Due
from app.store import Database

_ZERO = Decimal(0)


class _Manat(dict):
    """qəpik → Decimal manat, memoised: a portfolio repeats the same amounts thousands of times."""

    def __missing__(self, qepik: int) -> Decimal:
        value = self[qepik] = Decimal(qepik).scaleb(-2)
        return value


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000s of small frozen objects are made.

    None of them form cycles, yet each GC pass scans everything still held: about half the time
    of a district-wide replay went there.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load(db: Database, as_of: date) -> Iterator[tuple[str, list[Due], list[Entry], tuple]]:
    """Each disbursed loan's installments and entries up to ``as_of``, ready to replay.

    Three plain queries on the DB-API cursor (the ORM adds a few microseconds a row, a second in
    all) and no ORDER BY: sorting 100,000s of rows by UUID strings in SQLite costs more than
    sorting each loan's few rows here.
    """
    manat = _Manat()
    day: dict[str, date] = {}
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        loans = cur.execute(
            "SELECT id, allocation_order FROM loan WHERE deleted = 0 AND disbursed_on IS NOT NULL"
        ).fetchall()
        inst_rows = cur.execute(
            "SELECT loan_id, n, due_on, principal_qepik, interest_qepik FROM installment"
        ).fetchall()
        entry_rows = cur.execute(
            "SELECT loan_id, value_date, hlc, id, kind, amount_qepik, reverses_id FROM ledgerentry "
            "WHERE value_date <= ?",
            (as_of.isoformat(),),
        ).fetchall()
    finally:
        raw.close()
    dues: dict[str, list[Due]] = defaultdict(list)
    for loan_id, n, due_on, p, i in inst_rows:
        d = day.get(due_on) or day.setdefault(due_on, date.fromisoformat(due_on))
        dues[loan_id].append(Due(n, d, manat[p], manat[i], _ZERO))
    by_loan: dict[str, list[tuple]] = defaultdict(list)
    for row in entry_rows:
        by_loan[row[0]].append(row)
    for loan_id, order in loans:
        rows = by_loan.get(loan_id, [])
        rows.sort(key=lambda r: (r[1], r[2]))  # value date, then recording order (HLC)
        entries = [
            Entry(eid, kind, day.get(on) or day.setdefault(on, date.fromisoformat(on)),
                  manat[amount], rev, seq)
            for seq, (_, on, _, eid, kind, amount, rev) in enumerate(rows)
        ]  # fmt: skip
        loan_dues = dues.get(loan_id, [])
        loan_dues.sort(key=lambda x: x.n)
        yield loan_id, loan_dues, entries, tuple(order.split(","))


def loan_states(db: Database, as_of: date) -> dict[str, LoanState]:
    """Every disbursed loan's state as of a date, keyed by loan id."""
    with _bulk():
        return {
            loan_id: replay(dues, entries, as_of=as_of, order=order)
            for loan_id, dues, entries, order in _load(db, as_of)
        }


def portfolio(db: Database, as_of: date | None = None) -> PortfolioSummary:
    """Active loans, outstanding principal, PAR1/30/90, arrears and repayment rate as of a date.

    States are streamed into ``summarize`` and dropped, never held all at once.
    """
    as_of = as_of or date.today()
    with _bulk():
        return summarize(
            (replay(d, e, as_of=as_of, order=o) for _, d, e, o in _load(db, as_of)), as_of=as_of
        )
