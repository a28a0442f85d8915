"""app.services.loans: products, and a loan's life from creation to closing or write-off.

The loan is the worked example of DESIGN §3: 1,200.00 AZN at 18 % a year, 12 monthly equal
installments, disbursed on 15 January 2026 (periodic rate 1.5 %, first interest 18.00).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services import loans, reports
from tests.builders import (
    DISBURSED_ON,
    a_beneficiary,
    a_disbursed_loan,
    a_loan,
    a_product,
    an_officer,
    row_counts,
    snapshot,
)

FEB_15, MAR_15, MAR_20, APR_1 = (
    date(2026, 2, 15),
    date(2026, 3, 15),
    date(2026, 3, 20),
    date(2026, 4, 1),
)
AS_OF = date(2026, 6, 1)


def installments(db, loan_id: str) -> list[tuple[int, str, int, int]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT n, due_on, principal_qepik, interest_qepik FROM installment "
                    "WHERE loan_id = :id ORDER BY n"
                ),
                {"id": loan_id},
            )
        ]


def entry(db, entry_id: str):
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT * FROM ledgerentry WHERE id = :id"), {"id": entry_id}
        ).one()


def loan_status(db, loan_id: str) -> str:
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT status FROM loan WHERE id = :id"), {"id": loan_id}
        ).scalar()


def owed_in_full(db, loan_id: str) -> Decimal:
    """Everything the schedule asks for (principal + all interest), from the stored rows."""
    return Decimal(sum(p + i for _, _, p, i in installments(db, loan_id))) / 100


@pytest.fixture
def loan(db, officer):
    return a_disbursed_loan(db, officer, principal="1200.00", term=12, on=DISBURSED_ON)


# -- products and creation ---------------------------------------------------------------------
def test_a_product_needs_a_manager(db, officer):
    with pytest.raises(PermissionDenied):
        a_product(db, officer)


@pytest.mark.parametrize(
    ("more", "field"),
    [
        ({"rate": "abc"}, "rate"),
        ({"rate": "-1"}, "rate"),
        ({"rate": "18.125"}, "rate"),
        ({"min_principal": "5000", "max_principal": "100"}, "min_principal"),
        ({"min_term": 12, "max_term": 6}, "min_term"),
        ({"allocation_order": "principal,interest"}, "allocation_order"),
        ({"rounding": "banker"}, "rounding"),
        ({"method": "balloon"}, "method"),
    ],
)
def test_product_terms_are_checked(db, admin, more, field):
    before = row_counts(db)
    with pytest.raises(ValidationError) as err:
        a_product(db, admin, **more)
    assert err.value.field == field
    assert row_counts(db) == before


def test_create_from_a_product_copies_its_terms_and_numbers_the_loan(db, officer):
    product_id = a_product(db, rate="18.5", rounding="half-even")
    first = a_loan(db, officer, product_id=product_id, principal="1200.00", term=12)
    second = a_loan(db, officer, product_id=product_id, principal="500", term=6)
    assert (first.number, second.number) == ("XAC-3-00001", "XAC-3-00002")
    assert loans.find_loan(db, "xac-3-00002 ") == second.id
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM loan WHERE id = :id"), {"id": first.id}).one()
    assert (row.status, row.principal_qepik, row.rate_bp, row.term) == (
        "proposed",  # approved by a decision event (#13), not on the row
        120000,
        1850,
        12,
    )
    assert (row.rounding, row.officer_id, row.disbursed_on) == (
        "half-even",
        officer.officer_id,
        None,
    )
    assert len(first.schedule.installments) == 12
    assert sum(i.principal for i in first.schedule.installments) == Decimal("1200.00")


@pytest.mark.parametrize(
    ("principal", "term", "field"),
    [("99.99", 12, "principal"), ("10000.01", 12, "principal"), ("1200", 2, "term"),
     ("1200", 25, "term"), ("0", 12, "principal"), ("12.345", 12, "principal")],
)  # fmt: skip
def test_principal_or_term_outside_the_product_is_refused(db, officer, principal, term, field):
    product_id = a_product(db)  # lends 100–10,000 AZN over 3–24 months
    ben_id = a_beneficiary(db, officer)
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        loans.create_loan(
            db, actor=officer, beneficiary_id=ben_id, product_id=product_id,
            warnings_reason="a test loan",
            principal=principal, term=term, created_on=DISBURSED_ON,
        )  # fmt: skip
    assert err.value.field == field
    assert snapshot(db) == before


def test_create_for_unknown_person_or_product(db, officer):
    product_id = a_product(db)
    ben_id = a_beneficiary(db, officer)
    with pytest.raises(NotFound):
        a_loan(db, officer, product_id=product_id, beneficiary_id="nope")
    with pytest.raises(NotFound):
        a_loan(db, officer, product_id="nope", beneficiary_id=ben_id)


def test_a_trainer_may_not_create_loans(db, trainer):
    product_id = a_product(db)
    with pytest.raises(PermissionDenied):
        a_loan(db, trainer, product_id=product_id)


def test_preview_matches_what_disbursement_fixes(db, officer):
    product_id = a_product(db)
    preview = loans.preview_schedule(
        db, product_id=product_id, principal="1200.00", term=12, start=DISBURSED_ON
    )
    loan = a_disbursed_loan(db, officer, product_id=product_id)
    assert [(i.n, i.due.isoformat(), int(i.principal * 100), int(i.interest * 100))
            for i in preview.installments] == installments(db, loan.id)  # fmt: skip


# -- disbursement ------------------------------------------------------------------------------
def test_disbursement_fixes_installments_that_sum_exactly_to_the_principal(db, officer, loan):
    rows = installments(db, loan.id)
    assert [n for n, *_ in rows] == list(range(1, 13))
    assert sum(p for _, _, p, _ in rows) == 120000
    assert rows[0] == (1, "2026-02-15", 9202, 1800)  # 1,200.00 × 1.5 % = 18.00 interest
    assert rows[-1][1] == "2027-01-15"
    assert loan_status(db, loan.id) == "active"
    disbursement = entry(db, loan.disbursement_id)
    assert (disbursement.kind, disbursement.amount_qepik) == ("disbursement", 120000)
    assert disbursement.value_date == "2026-01-15"
    state = loans.loan_state(db, loan.id, as_of=DISBURSED_ON)
    assert state.outstanding_principal == Decimal("1200.00")


def test_a_loan_is_disbursed_once(db, officer, loan):
    with pytest.raises(Conflict):
        loans.disburse(db, actor=officer, loan_id=loan.id, on=DISBURSED_ON)
    assert len(installments(db, loan.id)) == 12


def test_disbursement_before_the_loan_was_created_is_refused(db, officer):
    created = a_loan(db, officer, created_on=date(2026, 2, 1))
    with pytest.raises(ValidationError) as err:
        loans.disburse(db, actor=officer, loan_id=created.id, on=date(2026, 1, 31))
    assert err.value.field == "disbursed_on"
    assert installments(db, created.id) == []


# -- repayment ---------------------------------------------------------------------------------
def test_repayment_pays_interest_first_then_principal(db, officer, loan):
    paid = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="50.00", paid_on=FEB_15
    )
    assert paid.receipt_no == "XAC-3-R00001"
    assert paid.loan_number == loan.number
    assert (paid.allocation.interest, paid.allocation.principal) == (
        Decimal("18.00"),
        Decimal("32.00"),
    )
    assert paid.allocation.excess == 0
    assert paid.outstanding_principal == Decimal("1168.00")
    stored = entry(db, paid.entry_id)
    assert (stored.kind, stored.amount_qepik, stored.receipt_no) == (
        "repayment",
        5000,
        "XAC-3-R00001",
    )
    assert (stored.alloc_interest_qepik, stored.alloc_principal_qepik) == (1800, 3200)
    assert stored.balance_after_qepik == 116800
    state = loans.loan_state(db, loan.id, as_of=FEB_15)
    assert state.outstanding_principal == Decimal("1168.00")


def test_a_repayment_returns_its_receipt_row_and_what_changed(db, officer, loan):
    """#12: the screen shows the saved row and refreshes from the returned Changes."""
    from app.queries.loan_views import receipts_on

    paid = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="50.00", paid_on=FEB_15
    )
    assert paid.changes.loans == {loan.id} and not paid.changes.people
    (listed,) = receipts_on(db, officer.officer_id)
    assert paid.receipt == listed
    assert (paid.receipt.entry_id, paid.receipt.receipt_no, paid.receipt.amount) == (
        paid.entry_id, paid.receipt_no, Decimal("50.00"),
    )  # fmt: skip
    assert not paid.receipt.reversed


def test_a_small_payment_goes_to_interest_only(db, officer, loan):
    paid = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="10", paid_on=FEB_15)
    assert (paid.allocation.interest, paid.allocation.principal) == (Decimal("10.00"), 0)
    assert paid.outstanding_principal == Decimal("1200.00")


def test_the_balance_falls_and_receipts_count_up(db, officer, loan):
    balances = []
    for k, on in enumerate((FEB_15, MAR_15, date(2026, 4, 15)), start=1):
        paid = loans.record_repayment(
            db, actor=officer, loan_id=loan.id, amount="110.02", paid_on=on
        )
        assert paid.receipt_no == f"XAC-3-R{k:05d}"
        balances.append(paid.outstanding_principal)
    assert balances == [Decimal("1107.98"), Decimal("1014.58"), Decimal("919.78")]
    state = loans.loan_state(db, loan.id, as_of=date(2026, 4, 15))
    assert state.days_in_arrears == 0
    assert [i.status for i in state.installments[:4]] == ["paid", "paid", "paid", "due"]


def test_a_typed_receipt_number_is_kept(db, officer, loan):
    paid = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="20", paid_on=FEB_15, receipt_no=" K-0042 "
    )
    assert paid.receipt_no == "K-0042"
    assert entry(db, paid.entry_id).receipt_no == "K-0042"


def _refused(db, officer, loan_id, error, field=None, **args):
    call = {"amount": "50.00", "paid_on": FEB_15, **args}
    before = snapshot(db)
    with pytest.raises(error) as err:
        loans.record_repayment(db, actor=officer, loan_id=loan_id, **call)
    assert snapshot(db) == before, "a refused repayment wrote something"
    if field is not None:
        assert err.value.field == field
    return err.value


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"amount": "0"}, "amount"),
        ({"amount": "0.00"}, "amount"),
        ({"amount": "-50"}, "amount"),
        ({"amount": "10.005"}, "amount"),
        ({"amount": "on"}, "amount"),
        ({"paid_on": date(2026, 1, 14)}, "paid_on"),
        ({"paid_on": date.today() + timedelta(days=1)}, "paid_on"),
    ],
)
def test_bad_repayments_are_refused_and_write_nothing(db, officer, loan, args, field):
    _refused(db, officer, loan.id, ValidationError, field, **args)


def test_a_payment_before_the_disbursement_names_its_date(db, officer, loan):
    err = _refused(db, officer, loan.id, ValidationError, "paid_on", paid_on=date(2026, 1, 14))
    assert "2026-01-15" in str(err)


def test_repaying_an_unknown_loan(db, officer, loan):
    _refused(db, officer, "0190aaaa-0000-7000-8000-000000000000", NotFound, "loan")


def test_a_trainer_may_not_take_repayments(db, trainer, loan):
    _refused(db, trainer, loan.id, PermissionDenied)


def test_an_overpayment_is_refused_with_what_is_owed(db, officer, loan):
    owed = owed_in_full(db, loan.id)
    assert owed == Decimal("1320.20")
    err = _refused(
        db, officer, loan.id, ValidationError, "amount", amount=str(owed + Decimal("0.01"))
    )
    assert "1320.20" in str(err)
    loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="320.20", paid_on=FEB_15)
    err = _refused(db, officer, loan.id, ValidationError, "amount", amount="1000.01")
    assert "1000.00" in str(err)


def test_a_receipt_number_is_used_once(db, officer, loan):
    first = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="20", paid_on=FEB_15)
    _refused(db, officer, loan.id, ValidationError, "receipt_no", receipt_no=first.receipt_no)


def test_paying_everything_closes_the_loan(db, officer, loan):
    loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="110.02", paid_on=FEB_15)
    rest = owed_in_full(db, loan.id) - Decimal("110.02")
    paid = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount=str(rest), paid_on=MAR_15
    )
    assert paid.loan_status == "closed"
    assert paid.outstanding_principal == 0
    assert paid.total_outstanding == 0
    assert loan_status(db, loan.id) == "closed"
    state = loans.loan_state(db, loan.id, as_of=AS_OF)
    assert state.status == "closed"
    assert all(i.status == "paid" for i in state.installments)
    err = _refused(db, officer, loan.id, Conflict, "loan", amount="1.00", paid_on=APR_1)
    assert "closed" in str(err)


# -- reversals ---------------------------------------------------------------------------------
def test_reversing_a_repayment_restores_the_loan_exactly(db, officer, supervisor, loan):
    loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="110.02", paid_on=FEB_15)
    before = loans.loan_state(db, loan.id, as_of=AS_OF)
    mistake = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="300.00", paid_on=MAR_15
    )
    assert loans.loan_state(db, loan.id, as_of=AS_OF) != before
    reversed_ = loans.reverse_entry(
        db, actor=supervisor, entry_id=mistake.entry_id, reason="səhv məbləğ", on=MAR_20
    )
    rev_id = reversed_.entry_id
    assert reversed_.changes.loans == {loan.id} and reversed_.loan_status == "active"
    assert loans.loan_state(db, loan.id, as_of=AS_OF) == before
    reversal = entry(db, rev_id)
    assert (reversal.kind, reversal.reverses_id, reversal.amount_qepik) == (
        "reversal", mistake.entry_id, 30000,
    )  # fmt: skip
    assert entry(db, mistake.entry_id).amount_qepik == 30000  # the original is never changed
    before_second = snapshot(db)
    with pytest.raises(Conflict, match="already reversed"):
        loans.reverse_entry(
            db, actor=supervisor, entry_id=mistake.entry_id, reason="yenə", on=MAR_20
        )
    with pytest.raises(Conflict, match="cannot itself be reversed"):
        loans.reverse_entry(db, actor=supervisor, entry_id=rev_id, reason="geri", on=MAR_20)
    assert snapshot(db) == before_second


def test_reversing_the_payment_that_closed_a_loan_reopens_it(db, officer, supervisor, loan):
    paid = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount=str(owed_in_full(db, loan.id)), paid_on=FEB_15
    )
    assert loan_status(db, loan.id) == "closed"
    loans.reverse_entry(
        db, actor=supervisor, entry_id=paid.entry_id, reason="çek qaytarıldı", on=MAR_15
    )
    assert loan_status(db, loan.id) == "active"
    assert loans.loan_state(db, loan.id, as_of=MAR_15).outstanding_principal == Decimal("1200.00")


def test_an_officer_reverses_only_a_repayment_of_their_own_from_today(db, admin, officer, loan):
    """#14: a mistyped amount is corrected by the officer who typed it, the same day, with a
    reason; anything older or someone else's needs a supervisor."""
    other = an_officer(db, admin, "loan_officer")
    mine = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="20", paid_on=FEB_15)
    theirs = loans.record_repayment(db, actor=other, loan_id=loan.id, amount="30", paid_on=FEB_15)
    old = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="40", paid_on=FEB_15)
    with db.engine.begin() as conn:  # recorded yesterday by this laptop's clock
        conn.exec_driver_sql(
            "UPDATE ledgerentry SET recorded_at = datetime(recorded_at, '-1 day') WHERE id = ?",
            (old.entry_id,),
        )
    before = row_counts(db)
    for entry in (theirs, old):
        with pytest.raises(PermissionDenied):
            loans.reverse_entry(db, actor=officer, entry_id=entry.entry_id, reason="x", on=FEB_15)
    with pytest.raises(PermissionDenied):  # the disbursement is never an officer's to undo
        loans.reverse_entry(db, actor=officer, entry_id=loan.disbursement_id, reason="x", on=FEB_15)
    assert row_counts(db) == before
    loans.reverse_entry(db, actor=officer, entry_id=mine.entry_id, reason="20 deyil, 2", on=FEB_15)
    from app.queries.loan_views import loan_detail

    reversed_ids = {e.id for e in loan_detail(db, loan.id).entries if e.reversed}
    assert reversed_ids == {mine.entry_id}


def test_reversing_an_unknown_entry(db, supervisor):
    with pytest.raises(NotFound):
        loans.reverse_entry(db, actor=supervisor, entry_id="nope", reason="x", on=FEB_15)


def test_a_disbursement_is_reversed_only_without_repayments(db, officer, supervisor, loan):
    paid = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="20", paid_on=FEB_15)
    with pytest.raises(Conflict):
        loans.reverse_entry(
            db, actor=supervisor, entry_id=loan.disbursement_id, reason="x", on=FEB_15
        )
    loans.reverse_entry(db, actor=supervisor, entry_id=paid.entry_id, reason="səhv", on=FEB_15)
    loans.reverse_entry(
        db, actor=supervisor, entry_id=loan.disbursement_id, reason="ləğv", on=FEB_15
    )
    assert loan_status(db, loan.id) == "cancelled"
    _refused(db, officer, loan.id, Conflict, "loan")


# -- write-off and back-dated payments -------------------------------------------------------
def test_write_off_moves_the_loan_out_of_the_active_portfolio(db, officer, supervisor, loan):
    other = a_disbursed_loan(db, officer, principal="500.00", term=6, product_id=loan.product_id)
    loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="110.02", paid_on=FEB_15)
    before = reports.portfolio(db, as_of=AS_OF)
    assert before.active_loans == 2
    assert before.outstanding_principal == Decimal("1107.98") + Decimal("500.00")
    written = loans.write_off(db, actor=supervisor, loan_id=loan.id, reason="vəfat", on=APR_1)
    assert written.changes.loans == {loan.id} and written.loan_status == "written_off"
    assert entry(db, written.entry_id).amount_qepik == 110798
    assert loan_status(db, loan.id) == "written_off"
    after = reports.portfolio(db, as_of=AS_OF)
    assert after.active_loans == 1
    assert after.outstanding_principal == Decimal("500.00")
    assert loans.loan_state(db, loan.id, as_of=AS_OF).status == "written_off"
    assert loans.loan_state(db, other.id, as_of=AS_OF).status == "active"
    _refused(db, officer, loan.id, Conflict, "loan", paid_on=AS_OF)
    with pytest.raises(Conflict):
        loans.write_off(db, actor=supervisor, loan_id=loan.id, reason="yenə", on=AS_OF)


def test_a_loan_officer_may_not_write_off(db, officer, loan):
    with pytest.raises(PermissionDenied):
        loans.write_off(db, actor=officer, loan_id=loan.id, reason="x", on=APR_1)
    assert loan_status(db, loan.id) == "active"


def test_a_back_dated_repayment_is_accepted_and_re_splits_by_date(db, officer, loan):
    late = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="110.02", paid_on=MAR_20
    )
    assert late.allocation.interest == Decimal("18.00")  # it paid installment 1 when recorded
    early = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="110.02", paid_on=FEB_15
    )  # arrived later by sync, but dated first
    assert early.allocation.interest == Decimal("18.00")
    state = loans.loan_state(db, loan.id, as_of=APR_1)
    assert state.allocations[early.entry_id].interest == Decimal("18.00")
    assert state.allocations[late.entry_id].interest == Decimal("16.62")  # now installment 2
    assert state.allocations[late.entry_id].principal == Decimal("93.40")
    assert entry(db, late.entry_id).alloc_interest_qepik == 1800  # the receipt as printed
    assert state.outstanding_principal == Decimal("1014.58")
    assert [i.paid_on for i in state.installments[:2]] == [FEB_15, MAR_20]


# -- one transaction per use case: the rows, one audit event and their outbox entries ----------
def _new_outbox(db, after_seq: int) -> list[tuple[str, str, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text("SELECT table_name, row_id, op FROM outbox WHERE seq > :s ORDER BY seq"),
                {"s": after_seq},
            )
        ]


def _last_seq(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT coalesce(max(seq), 0) FROM outbox")).scalar()


def _ids(db, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.execute(text(f"SELECT id FROM {table}"))}


def test_each_money_use_case_writes_one_audit_event_and_an_outbox_entry_per_row(
    db, officer, supervisor
):
    tables = ("loan", "loandecision", "installment", "ledgerentry", "auditevent")
    product_id = a_product(db)
    ben_id = a_beneficiary(db, officer)
    created = {}

    def create():
        created["loan"] = loans.create_loan(
            db, actor=officer, beneficiary_id=ben_id, product_id=product_id, principal="1200.00",
            warnings_reason="a test loan",
            term=12, created_on=DISBURSED_ON,
        )  # fmt: skip

    def approve():
        loans.decide_loan(db, actor=supervisor, loan_id=created["loan"].id, decision="approved",
                          on=DISBURSED_ON)  # fmt: skip

    def disburse():
        loans.disburse(db, actor=officer, loan_id=created["loan"].id, on=DISBURSED_ON)

    def repay():
        created["paid"] = loans.record_repayment(
            db, actor=officer, loan_id=created["loan"].id, amount="110.02", paid_on=FEB_15
        )

    def reverse():
        loans.reverse_entry(
            db, actor=supervisor, entry_id=created["paid"].entry_id, reason="səhv", on=FEB_15
        )

    def write_off():
        loans.write_off(db, actor=supervisor, loan_id=created["loan"].id, reason="x", on=APR_1)

    expected_updates = {"create": 0, "approve": 0, "disburse": 1, "repay": 0, "reverse": 0,
                        "write_off": 1}  # fmt: skip
    for name, use_case in [("create", create), ("approve", approve), ("disburse", disburse),
                           ("repay", repay), ("reverse", reverse),
                           ("write_off", write_off)]:  # fmt: skip
        seq = _last_seq(db)
        before = {t: _ids(db, t) for t in tables}
        use_case()
        new_rows = {t: _ids(db, t) - before[t] for t in tables}
        assert len(new_rows["auditevent"]) == 1, name
        outbox = _new_outbox(db, seq)
        inserts = {(t, r) for t, r, op in outbox if op == "insert"}
        assert inserts == {(t, r) for t, ids in new_rows.items() for r in ids}, name
        assert len(inserts) == len([o for o in outbox if o[2] == "insert"]), name
        updates = [(t, op) for t, _, op in outbox if op != "insert"]
        assert updates == [("loan", "update")] * expected_updates[name], name


def test_a_failure_at_the_audit_step_leaves_none_of_the_use_case(db, officer):
    """The rows, their outbox entries, the number counter and the audit event are one commit."""
    product_id = a_product(db)
    created = a_loan(db, officer, product_id=product_id)
    with db.engine.begin() as conn:  # a real failure inside the transaction, at its last write
        conn.execute(
            text(
                "CREATE TRIGGER refuse_audit BEFORE INSERT ON auditevent "
                "WHEN NEW.action IN ('loan.disburse', 'loan.repay') "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )
        )
    before = snapshot(db)
    with pytest.raises(Exception, match="disk full"):
        loans.disburse(db, actor=officer, loan_id=created.id, on=DISBURSED_ON)
    assert snapshot(db) == before
    assert loan_status(db, created.id) == "proposed"  # approved by its decision event (#13)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER refuse_audit"))
    loans.disburse(db, actor=officer, loan_id=created.id, on=DISBURSED_ON)
    assert loan_status(db, created.id) == "active"


def test_outbox_fields_hold_money_as_qepik(db, officer, loan):
    paid = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="50.00", paid_on=FEB_15
    )
    with db.engine.connect() as conn:
        fields = conn.execute(
            text("SELECT fields FROM outbox WHERE row_id = :id"), {"id": paid.entry_id}
        ).scalar()
    payload = json.loads(fields)
    assert payload["amount_qepik"] == 5000
    assert payload["value_date"] == "2026-02-15"
    assert payload["receipt_no"] == "XAC-3-R00001"


def test_an_unknown_role_is_refused_everywhere(db, officer, loan):
    stranger = replace(officer, role="auditor")
    _refused(db, stranger, loan.id, PermissionDenied)


# -- found while writing these tests ------------------------------------------------------------
def test_a_write_off_dated_before_a_repayment_is_refused(db, officer, supervisor, loan):
    """Otherwise the replay puts the write-off first and the repayment's money vanishes."""
    loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="110.02", paid_on=MAR_15)
    before = snapshot(db)
    with pytest.raises(ValidationError) as err:
        loans.write_off(db, actor=supervisor, loan_id=loan.id, reason="vəfat", on=FEB_15)
    assert err.value.field == "on"
    assert "2026-03-15" in str(err.value)
    assert snapshot(db) == before
    loans.write_off(db, actor=supervisor, loan_id=loan.id, reason="vəfat", on=MAR_15)
    state = loans.loan_state(db, loan.id, as_of=AS_OF)
    assert state.collected_to_date == Decimal("110.02")
    assert state.written_off == Decimal("1107.98")


def test_a_product_whose_grace_leaves_no_repayment_at_its_shortest_term_is_refused(db, admin):
    before = row_counts(db)
    with pytest.raises(ValidationError) as err:
        a_product(db, admin, grace=3, min_term=3, max_term=12)
    assert err.value.field == "grace"
    assert row_counts(db) == before
    assert a_product(db, admin, grace=2, min_term=3, max_term=12)


def test_a_typed_receipt_number_never_blocks_the_automatic_ones(db, officer, loan):
    typed = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="10", paid_on=FEB_15, receipt_no="XAC-3-R00002"
    )
    first = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="10", paid_on=FEB_15)
    second = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="10", paid_on=FEB_15)
    assert [typed.receipt_no, first.receipt_no, second.receipt_no] == [
        "XAC-3-R00002", "XAC-3-R00001", "XAC-3-R00003",
    ]  # fmt: skip


def test_a_leaving_officers_loans_go_to_another_with_the_reason_kept(db, admin, officer,
                                                                     supervisor):  # fmt: skip
    """#14: reassigning keeps the loans and their money as they are; the day and the reason
    are in the (synced) audit trail; only a manager reassigns, and only to an active officer."""
    import json

    other = an_officer(db, admin, "loan_officer")
    mine = [a_disbursed_loan(db, officer), a_disbursed_loan(db, officer)]
    ids = [m.id for m in mine]
    with pytest.raises(PermissionDenied):
        loans.reassign_loans(db, actor=officer, loan_ids=ids, officer_id=other.officer_id,
                             reason="x")  # fmt: skip
    with pytest.raises(ValidationError) as err:
        loans.reassign_loans(db, actor=supervisor, loan_ids=ids, officer_id=other.officer_id,
                             reason=" ")  # fmt: skip
    assert err.value.field == "reason"
    changes = loans.reassign_loans(db, actor=supervisor, loan_ids=ids,
                                   officer_id=other.officer_id, reason="Elşən köçdü")  # fmt: skip
    assert changes.loans == frozenset(ids)
    with db.engine.connect() as conn:
        held = {r[0] for r in conn.exec_driver_sql("SELECT officer_id FROM loan WHERE id IN "
                                                   "(?, ?)", tuple(ids))}  # fmt: skip
        details = [json.loads(r[0]) for r in conn.exec_driver_sql(
            "SELECT detail FROM auditevent WHERE action = 'loan.reassign'")]  # fmt: skip
    assert held == {other.officer_id}
    assert len(details) == 2 and all(d["reason"] == "Elşən köçdü" for d in details)
    from app.services import office

    office.set_officer_active(db, actor=admin, login=officer.login, active=False)
    with pytest.raises(NotFound):  # never to someone who can no longer sign in
        loans.reassign_loans(db, actor=supervisor, loan_ids=ids, officer_id=officer.officer_id,
                             reason="geri")  # fmt: skip
