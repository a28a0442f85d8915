"""Portfolio figures for the district, derived by replaying every loan (DESIGN §3)."""

from __future__ import annotations

from collections import defaultdict
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


def loan_states(db: Database, as_of: date) -> dict[str, LoanState]:
    """Every disbursed loan's state as of a date, keyed by loan id.

    Three plain queries on the DB-API cursor (loans, installments, entries; the ORM would add a
    few microseconds a row, a second in all) and one replay per loan.
    """
    manat = _Manat()
    day = {}
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        loans = cur.execute(
            "SELECT id, allocation_order FROM loan WHERE deleted = 0 AND disbursed_on IS NOT NULL"
        ).fetchall()
        dues: dict[str, list[Due]] = defaultdict(list)
        # No ORDER BY: sorting 100,000s of rows by UUID strings in SQLite costs more than
        # sorting each loan's few rows here.
        rows = cur.execute(
            "SELECT loan_id, n, due_on, principal_qepik, interest_qepik FROM installment"
        ).fetchall()
        for loan_id, n, due_on, p, i in rows:
            d = day.get(due_on) or day.setdefault(due_on, date.fromisoformat(due_on))
            dues[loan_id].append(Due(n, d, manat[p], manat[i], _ZERO))
        by_loan: dict[str, list[tuple]] = defaultdict(list)
        for row in cur.execute(
            "SELECT loan_id, value_date, hlc, id, kind, amount_qepik, reverses_id FROM ledgerentry "
            "WHERE value_date <= ?",
            (as_of.isoformat(),),
        ).fetchall():
            by_loan[row[0]].append(row)
    finally:
        raw.close()
    entries: dict[str, list[Entry]] = {}
    for loan_id, rows in by_loan.items():
        rows.sort(key=lambda r: (r[1], r[2]))  # value date, then recording order (HLC)
        entries[loan_id] = [
            Entry(eid, kind, day.get(on) or day.setdefault(on, date.fromisoformat(on)),
                  manat[amount], rev, seq)
            for seq, (_, on, _, eid, kind, amount, rev) in enumerate(rows)
        ]  # fmt: skip
    for lst in dues.values():
        lst.sort(key=lambda d: d.n)
    return {
        loan_id: replay(
            dues.get(loan_id, []),
            entries.get(loan_id, []),
            as_of=as_of,
            order=tuple(order.split(",")),
        )
        for loan_id, order in loans
    }


def portfolio(db: Database, as_of: date | None = None) -> PortfolioSummary:
    """Active loans, outstanding principal, PAR1/30/90, arrears and repayment rate as of a date."""
    as_of = as_of or date.today()
    return summarize(loan_states(db, as_of).values(), as_of=as_of)
