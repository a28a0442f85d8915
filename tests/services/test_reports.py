"""app.services.reports.portfolio: PAR on a small hand-made portfolio (DESIGN §3, CGAP)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from app.ledger import summarize
from app.services import loans, reports
from tests.builders import a_beneficiary, a_disbursed_loan, a_product

ON = date(2026, 1, 15)
AS_OF = date(2026, 4, 1)  # installment 1 of a loan disbursed on 15 January is 45 days late


def ratio(part: str | Decimal, whole: str | Decimal) -> Decimal:
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


@pytest.fixture
def two_loans(db, officer):
    """One loan paid on time (current) and one never paid (45 days late on ``AS_OF``)."""
    product_id = a_product(db)
    current = a_disbursed_loan(db, officer, principal="1200.00", term=12, on=ON,
                               product_id=product_id)  # fmt: skip
    late = a_disbursed_loan(
        db, officer, principal="600.00", term=6, on=ON, product_id=product_id,
        beneficiary_id=a_beneficiary(db, officer, given_name="Tural", sex="M"),
    )  # fmt: skip
    for paid_on in (date(2026, 2, 15), date(2026, 3, 15)):
        loans.record_repayment(
            db, actor=officer, loan_id=current.id, amount="110.02", paid_on=paid_on
        )
    return current, late


def test_par30_is_the_late_loans_whole_outstanding_over_the_total(db, two_loans):
    current, late = two_loans
    assert loans.loan_state(db, current.id, as_of=AS_OF).days_in_arrears == 0
    assert loans.loan_state(db, late.id, as_of=AS_OF).days_in_arrears == 45
    total = Decimal("1014.58") + Decimal("600.00")
    p = reports.portfolio(db, as_of=AS_OF)
    assert p.as_of == AS_OF
    assert p.active_loans == 2
    assert p.outstanding_principal == total
    assert p.par30_amount == Decimal("600.00")  # the whole balance, not just what is overdue
    assert p.par30 == ratio("600.00", total) == Decimal("0.3716")
    assert p.par1 == p.par30
    assert p.par90 == 0
    late_overdue = sum(
        i.principal_due for i in loans.loan_state(db, late.id, as_of=AS_OF).installments[:2]
    )
    assert p.arrears_rate == ratio(late_overdue, total)
    assert p.arrears_rate < p.par30
    assert p.by_bucket["current"] == (1, Decimal("1014.58"))
    assert p.by_bucket["31-90"] == (1, Decimal("600.00"))


def test_repayment_rate_is_collected_over_due(db, two_loans):
    _, late = two_loans
    p = reports.portfolio(db, as_of=AS_OF)
    due_late = sum(
        i.principal_due + i.interest_due
        for i in loans.loan_state(db, late.id, as_of=AS_OF).installments[:2]
    )
    assert p.due_to_date == Decimal("220.04") + due_late
    assert p.collected_to_date == Decimal("220.04")
    assert p.repayment_rate == ratio("220.04", p.due_to_date)


def test_a_payment_dated_after_as_of_does_not_count(db, officer, two_loans):
    _, late = two_loans
    before = reports.portfolio(db, as_of=AS_OF)
    loans.record_repayment(db, actor=officer, loan_id=late.id, amount="250.00",
                           paid_on=date(2026, 4, 10))  # fmt: skip
    assert reports.portfolio(db, as_of=AS_OF) == before
    after = reports.portfolio(db, as_of=date(2026, 4, 10))
    assert after.par30 == 0  # installments 1–3 are paid: nothing is more than 30 days late
    assert after.par1 == 0


def test_before_the_first_due_date_everything_is_current(db, two_loans):
    p = reports.portfolio(db, as_of=date(2026, 2, 1))
    assert p.active_loans == 2
    assert p.outstanding_principal == Decimal("1800.00")
    assert (p.par1, p.par30, p.par90) == (0, 0, 0)
    assert p.repayment_rate == 1


def test_an_approved_loan_not_yet_disbursed_is_not_in_the_portfolio(db, officer):
    product_id = a_product(db)
    loans.create_loan(
        db, actor=officer, beneficiary_id=a_beneficiary(db, officer), product_id=product_id,
        warnings_reason="a test loan",
        principal="800", term=6, created_on=ON,
    )  # fmt: skip
    p = reports.portfolio(db, as_of=AS_OF)
    assert (p.active_loans, p.outstanding_principal) == (0, 0)


def test_an_empty_portfolio(db):
    p = reports.portfolio(db, as_of=AS_OF)
    assert (p.active_loans, p.outstanding_principal, p.par30) == (0, 0, 0)


def test_the_fast_portfolio_is_summarize_over_every_replayed_state(
    db, officer, supervisor, two_loans
):
    """``portfolio`` replays in integer qəpik; ``loan_states`` replays in Decimal through
    ``replay``. Charges, a reversal and a back-dated repayment: the same figures, written alike."""
    current, late = two_loans
    loans.record_charge(db, actor=supervisor, loan_id=late.id, kind="penalty", amount="3.50",
                        on=date(2026, 3, 20), reason="late")  # fmt: skip
    paid = loans.record_repayment(db, actor=officer, loan_id=late.id, amount="40.00",
                                  paid_on=date(2026, 3, 1))  # fmt: skip
    loans.record_repayment(db, actor=officer, loan_id=late.id, amount="25.55",
                           paid_on=date(2026, 2, 20))  # fmt: skip
    loans.reverse_entry(db, actor=supervisor, entry_id=paid.entry_id, reason="wrong loan",
                        on=date(2026, 3, 25))  # fmt: skip
    for as_of in (ON, date(2026, 2, 20), date(2026, 3, 15), AS_OF, date(2027, 1, 1)):
        states = reports.loan_states(db, as_of)
        assert set(states) == {current.id, late.id}
        slow = summarize(states.values(), as_of=as_of)
        fast = reports.portfolio(db, as_of=as_of)
        assert fast == slow
        assert repr(fast) == repr(slow)
