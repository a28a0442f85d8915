"""Portfolio figures for the district, derived by replaying every loan (DESIGN §3).

The loans are loaded and replayed by ``app.queries.loans`` (#12: one loader per aggregate);
this module keeps the names the screens, the CLI and the views call.
"""

from __future__ import annotations

from datetime import date

from app.ledger import LoanState, PortfolioSummary
from app.queries import loans as loan_queries
from app.store import Database


def loan_states(db: Database, as_of: date) -> dict[str, LoanState]:
    """Every disbursed loan's state as of a date, keyed by loan id."""
    return loan_queries.states(db, as_of)


def portfolio(db: Database, as_of: date | None = None) -> PortfolioSummary:
    """Active loans, outstanding principal, PAR1/30/90, arrears and repayment rate as of a date.

    Each loan is replayed in integer qəpik (``app.ledger.replay_qepik``: the same rules as
    ``replay``, without installment states or allocations) and streamed into the portfolio
    sums, which become manat at the end.
    """
    return loan_queries.portfolio(db, as_of or date.today())


def loan_figures(db: Database, as_of: date) -> dict[str, tuple[str, int, int]]:
    """Each disbursed loan's (status, outstanding principal in qəpik, days in arrears).

    The portfolio table's columns, by the integer-qəpik replay (the same rules as ``replay``).
    """
    return {
        loan_id: (f.status, f.outstanding_principal, f.days_in_arrears)
        for loan_id, f in loan_queries.figures(db, as_of).items()
    }
