"""The loan screens' read models (#12): the loans table's rows with their figures, one loan's
detail, the amount due and the repayment form's search, read through app.queries."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.queries import loan_views
from app.queries import loans as q
from app.services import loans
from tests.builders import DISBURSED_ON, a_disbursed_loan


def test_loan_rows_show_outstanding_and_days_late(db, officer):
    loan = a_disbursed_loan(db, officer, principal="1200.00", term=12)
    first_due = DISBURSED_ON + timedelta(days=31)
    rows = q.loan_rows(db, as_of=first_due + timedelta(days=10))
    (row,) = rows
    assert row.number == loan.number and row.outstanding == Decimal("1200.00")
    assert row.days_late == 10 and row.late and row.status == "active"
    assert q.loan_rows(db, as_of=DISBURSED_ON)[0].days_late == 0


def test_amount_due_prefills_the_installment_due_now_with_the_arrears_beside(db, officer):
    loan = a_disbursed_loan(db, officer, principal="1200.00", term=12)
    detail = loan_views.loan_detail(db, loan.id, DISBURSED_ON)
    first = detail.state.installments[0]
    installment = first.principal_due + first.interest_due
    before = loan_views.amount_due(db, loan.id, DISBURSED_ON + timedelta(days=1))
    assert before.due_now == installment and before.next_due_on == first.due
    two_late = loan_views.amount_due(db, loan.id, detail.state.installments[1].due)
    second = detail.state.installments[1]
    # #14: the second installment falls due today: it is pre-filled; the first is arrears
    assert two_late.due_now == second.principal_due + second.interest_due
    assert two_late.arrears == installment and two_late.next_due_on == second.due
    assert two_late.days_late > 0
    after = loan_views.amount_due(db, loan.id, detail.state.installments[-1].due + timedelta(9))
    assert after.due_now == after.arrears == after.total_outstanding  # past the last: arrears


def test_loan_detail_lists_entries_with_reversal_links(db, officer, supervisor):
    loan = a_disbursed_loan(db, officer)
    paid = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="50.00", paid_on=DISBURSED_ON + timedelta(3)
    )
    loans.reverse_entry(db, actor=supervisor, entry_id=paid.entry_id, reason="typed twice")
    detail = loan_views.loan_detail(db, loan.id)
    kinds = [(e.kind, e.reversed, e.reversible) for e in detail.entries]
    assert kinds == [
        ("disbursement", False, True),
        ("repayment", True, False),
        ("reversal", False, False),
    ]
    assert detail.entries[1].receipt_no == paid.receipt_no
    assert detail.entries[2].reason == "typed twice"
    assert detail.entries[2].reverses_id == paid.entry_id


def test_match_loans_by_number_or_folded_name(db, officer):
    loan = a_disbursed_loan(db, officer)
    choices = loan_views.active_loans(db)
    assert [c.id for c in loan_views.match_loans(choices, "aliyeva")] == [loan.id]
    assert [c.id for c in loan_views.match_loans(choices, loan.number.lower())] == [loan.id]
    assert loan_views.match_loans(choices, "ismayil") == []


def test_loan_rows_agree_with_the_full_replay_on_a_demo_office(tmp_path):
    from app.demo.build import build_demo
    from app.services.reports import loan_states
    from app.store import open_database

    db = open_database(tmp_path / "demo.sqlite")
    build_demo(db, beneficiaries=120, seed=9, today=date.today())
    states = loan_states(db, date.today())
    rows = q.loan_rows(db, date.today())
    assert rows and any(r.late for r in rows)
    for r in rows:
        st = states.get(r.id)
        assert r.outstanding == (st.outstanding_principal if st else Decimal("0.00"))
        assert r.days_late == (st.days_in_arrears if st and st.status == "active" else 0)
    db.close()


def _insert(db, loan_id: str, officer, rows) -> list[str]:
    """Ledger entries as a sync brings them (the service refuses to reverse a reversal)."""
    from app.ids import new_id
    from app.models import LedgerEntry, Loan

    ids = [new_id() for _ in rows]
    with db.transaction() as s:
        loan = s.get(Loan, loan_id)
        for k, (kind, day, amount, target) in enumerate(rows):
            s.add(
                LedgerEntry(
                    id=ids[k], district_id=loan.district_id, loan_id=loan_id, kind=kind,
                    value_date=DISBURSED_ON + timedelta(days=day), amount_qepik=amount,
                    reverses_id=None if target is None else ids[target],
                    officer_id=officer.officer_id, hlc=f"{k:015d}", receipt_no=None,
                )
            )  # fmt: skip
            s.flush()
    return ids


def test_a_reversed_reversal_shows_the_right_balance_on_the_loan_screens(db, officer):
    """Repayment P, R1 reverses P, R2 reverses R1 (#12): P counts again in the loans table, the
    loan dialog and the repayment form, and only R1 is marked reversed."""
    twice = a_disbursed_loan(db, officer, principal="1200.00", term=12)
    once = a_disbursed_loan(db, officer, principal="1200.00", term=12)  # P alone, never undone
    p, r1, r2 = _insert(db, twice.id, officer,
                        [("repayment", 40, 10_000, None), ("reversal", 50, 0, 0),
                         ("reversal", 60, 0, 1)])  # fmt: skip
    _insert(db, once.id, officer, [("repayment", 40, 10_000, None)])
    as_of = DISBURSED_ON + timedelta(days=70)
    rows = {r.id: r for r in q.loan_rows(db, as_of)}
    paid = rows[once.id].outstanding
    assert paid < Decimal("1200.00")
    assert rows[twice.id].outstanding == paid

    detail = loan_views.loan_detail(db, twice.id, as_of)
    assert detail.state.outstanding_principal == paid
    assert (
        detail.state.installments == loan_views.loan_detail(db, once.id, as_of).state.installments
    )
    flags = {e.id: (e.reversed, e.reversible) for e in detail.entries}
    assert flags[p] == (False, True) and flags[r1] == (True, False) and flags[r2][0] is False
    due = loan_views.amount_due(db, twice.id, as_of)
    assert due.outstanding_principal == paid
    assert due.total_outstanding == loan_views.amount_due(db, once.id, as_of).total_outstanding

    # Between R1 and R2 only the undo stands: the repayment does not count.
    between = DISBURSED_ON + timedelta(days=55)
    assert {r.id: r for r in q.loan_rows(db, between)}[twice.id].outstanding == Decimal("1200.00")
    assert loan_views.loan_detail(db, twice.id, between).state.outstanding_principal == Decimal(
        "1200.00"
    )
