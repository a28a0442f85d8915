"""Portfolio figures for the district, derived by replaying every loan (DESIGN §3)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import text

from app.ledger import Entry, LoanState, PortfolioSummary, replay, summarize
from app.ledger import Installment as Due
from app.money import from_qepik
from app.store import Database

_ZERO = Decimal(0)


def loan_states(db: Database, as_of: date) -> dict[str, LoanState]:
    """Every disbursed loan's state as of a date, keyed by loan id.

    Three plain queries (loans, installments, entries) and one replay per loan: the whole
    district's portfolio in well under a second for 5,000 loans.
    """
    with db.engine.connect() as conn:
        loans = conn.execute(
            text(
                "SELECT id, allocation_order FROM loan "
                "WHERE deleted = 0 AND disbursed_on IS NOT NULL"
            )
        ).all()
        dues: dict[str, list[Due]] = defaultdict(list)
        for loan_id, n, due_on, p, i in conn.execute(
            text(
                "SELECT loan_id, n, due_on, principal_qepik, interest_qepik FROM installment "
                "ORDER BY loan_id, n"
            )
        ):
            dues[loan_id].append(
                Due(n, date.fromisoformat(due_on), from_qepik(p), from_qepik(i), _ZERO)
            )
        entries: dict[str, list[Entry]] = defaultdict(list)
        for loan_id, eid, kind, on, amount, rev in conn.execute(
            text(
                "SELECT loan_id, id, kind, value_date, amount_qepik, reverses_id FROM ledgerentry "
                "WHERE value_date <= :as_of ORDER BY loan_id, value_date, hlc"
            ),
            {"as_of": as_of.isoformat()},
        ):
            lst = entries[loan_id]
            lst.append(Entry(eid, kind, date.fromisoformat(on), from_qepik(amount), rev, len(lst)))
    return {
        loan_id: replay(dues[loan_id], entries[loan_id], as_of=as_of, order=tuple(order.split(",")))
        for loan_id, order in loans
    }


def portfolio(db: Database, as_of: date | None = None) -> PortfolioSummary:
    """Active loans, outstanding principal, PAR1/30/90, arrears and repayment rate as of a date."""
    as_of = as_of or date.today()
    return summarize(loan_states(db, as_of).values(), as_of=as_of)
