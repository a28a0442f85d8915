"""Days in arrears, PAR buckets and the portfolio summary on a small hand-made portfolio."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from app.errors import ValidationError
from app.ledger import Entry, LoanTerms, build_schedule, par_bucket, replay, summarize

# Interest-free 1200 AZN over 12 months from Jan 1: 100.00 due on the 1st of Feb .. Jan.
# As of Jul 1, six installments are due (Feb 1 .. Jul 1); Jul 1 itself is not late yet.
SCHEDULE = build_schedule(LoanTerms(D("1200"), D("0"), 12, date(2024, 1, 1))).installments
AS_OF = date(2024, 7, 1)


def loan(name: str, installments_paid: int, *extra: Entry):
    """A disbursed loan whose first ``installments_paid`` installments were paid on time."""
    entries = [Entry(f"{name}-d", "disbursement", date(2024, 1, 1), D("1200"))]
    entries += [
        Entry(f"{name}-{i.n}", "repayment", i.due, i.total) for i in SCHEDULE[:installments_paid]
    ]
    return replay(SCHEDULE, [*entries, *extra], as_of=AS_OF)


@pytest.mark.parametrize(
    ("days", "bucket"),
    [(0, "current"), (1, "1-30"), (30, "1-30"), (31, "31-90"), (90, "31-90"), (91, ">90")],
)
def test_par_bucket_boundaries(days: int, bucket: str) -> None:
    assert par_bucket(days) == bucket


def test_par_bucket_refuses_negative_days() -> None:
    with pytest.raises(ValidationError):
        par_bucket(-1)


def test_days_in_arrears_and_statuses() -> None:
    current = loan("a", 6)
    assert (current.status, current.days_in_arrears, current.outstanding_principal) == (
        "active",
        0,
        D("600.00"),
    )
    b = loan("b", 4)  # installment 5 (Jun 1) is the oldest unpaid: 30 days late
    assert (b.days_in_arrears, b.installments_overdue, b.overdue_principal) == (30, 1, D("100.00"))
    assert [i.status for i in b.installments[3:7]] == ["paid", "overdue", "due", "due"]
    c = loan("c", 3)  # May 1 -> Jul 1 = 61 days
    assert (c.days_in_arrears, c.installments_overdue, c.overdue_principal) == (61, 2, D("200.00"))
    d = loan("d", 0)  # Feb 1 -> Jul 1 = 151 days
    assert (d.days_in_arrears, d.overdue_principal, d.outstanding_principal) == (
        151,
        D("500.00"),
        D("1200.00"),
    )
    assert (d.due_to_date, d.collected_to_date) == (D("600.00"), D("0.00"))


def portfolio():
    return [
        loan("a", 6),  # current, 600 outstanding
        loan("b", 4),  # 30 days: PAR1 only, 800 outstanding
        loan("c", 3),  # 61 days: PAR1 and PAR30, 900
        loan("d", 0),  # 151 days: PAR1, PAR30, PAR90, 1200
        loan("e", 0, Entry("e-all", "repayment", date(2024, 2, 1), D("1200"))),  # closed early
        loan("f", 0, Entry("f-w", "write_off", date(2024, 6, 1), D(0))),  # written off
        replay(SCHEDULE, [], as_of=AS_OF),  # approved, never disbursed
    ]


def test_summary_on_a_hand_made_portfolio() -> None:
    states = portfolio()
    assert [s.status for s in states] == ["active"] * 4 + ["closed", "written_off", "pending"]
    p = summarize(states, as_of=AS_OF)
    assert p.active_loans == 4
    assert p.outstanding_principal == D("3500.00")  # 600 + 800 + 900 + 1200
    # CGAP PAR: the whole outstanding principal of late loans over the active portfolio.
    assert (p.par1_amount, p.par30_amount, p.par90_amount) == (D("2900"), D("2100"), D("1200"))
    assert p.par1 == D("0.8286")  # 2900 / 3500 = 0.828571…
    assert p.par30 == D("0.6000")  # 2100 / 3500; loan b at exactly 30 days is not in PAR30
    assert p.par90 == D("0.3429")  # 1200 / 3500 = 0.342857…
    assert p.arrears_rate == D("0.2286")  # overdue principal only: (100 + 200 + 500) / 3500
    # Repayment rate over disbursed, not written-off loans (a, b, c, d, e): each had 600 due
    # by Jul 1; collected 600 + 400 + 300 + 0 + 600 (e's prepayment counts for what was due).
    assert (p.due_to_date, p.collected_to_date) == (D("3000"), D("1900"))
    assert p.repayment_rate == D("0.6333")
    assert dict(p.by_bucket) == {
        "current": (1, D("600")),
        "1-30": (1, D("800")),
        "31-90": (1, D("900")),
        ">90": (1, D("1200")),
    }


def test_empty_portfolio() -> None:
    p = summarize([], as_of=AS_OF)
    assert (p.active_loans, p.outstanding_principal, p.par1, p.par30, p.arrears_rate) == (
        0,
        0,
        D("0.0000"),
        D("0.0000"),
        D("0.0000"),
    )
    assert p.repayment_rate == D("1.0000")  # nothing due yet
    assert set(p.by_bucket) == {"current", "1-30", "31-90", ">90"}


def test_states_as_of_another_date_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        summarize(portfolio(), as_of=date(2024, 7, 2))
    assert err.value.field == "as_of"


def test_summary_accepts_a_generator() -> None:
    p = summarize((s for s in portfolio()), as_of=AS_OF)
    assert p.active_loans == 4
