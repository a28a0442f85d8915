"""The due list (#14): what is due or late, for whom, with what to collect and the last word."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.cli import main
from app.errors import ValidationError
from app.queries.due import due_list
from app.queries.loan_views import loan_detail
from app.services import loans
from tests.builders import DISBURSED_ON, a_beneficiary, a_disbursed_loan, a_product, an_officer


def installments(db, loan_id):
    return loan_detail(db, loan_id, DISBURSED_ON).state.installments


def test_due_and_late_loans_with_what_to_collect(db, officer, admin, supervisor):
    product = a_product(db, admin)
    other = an_officer(db, admin, "loan_officer")
    on_time = a_disbursed_loan(db, officer, product_id=product, beneficiary_id=a_beneficiary(
        db, officer, given_name="Günay", village="Nabran"))  # fmt: skip
    late = a_disbursed_loan(db, officer, product_id=product, beneficiary_id=a_beneficiary(
        db, officer, given_name="Səbinə", birth_date=date(1990, 1, 1)))  # fmt: skip
    theirs = a_disbursed_loan(db, other, product_id=product, beneficiary_id=a_beneficiary(
        db, other, given_name="Lalə", birth_date=date(1991, 1, 1)))  # fmt: skip
    first, second, third = installments(db, on_time.id)[:3]
    one = first.principal_due + first.interest_due
    # the first installment paid on time by two of them; Səbinə pays nothing
    for loan in (on_time, theirs):
        loans.record_repayment(db, actor=officer, loan_id=loan.id, amount=one, paid_on=first.due)
    day = second.due - timedelta(days=3)
    rows = due_list(db, on=day, until=second.due)
    by_loan = {r.loan_id: r for r in rows}
    assert rows[0].loan_id == late.id  # the most days late first
    assert by_loan[late.id].days_late == (day - first.due).days
    assert by_loan[late.id].arrears == one  # fallen due before the day
    second_amount = second.principal_due + second.interest_due
    assert by_loan[late.id].to_collect == one + second_amount
    assert by_loan[on_time.id].arrears == 0 and by_loan[on_time.id].to_collect == second_amount
    assert by_loan[on_time.id].last_paid_on == first.due
    assert by_loan[on_time.id].last_paid == one and by_loan[on_time.id].village == "Nabran"
    # a day range that ends before the next installment: only the late loan is due
    assert [r.loan_id for r in due_list(db, on=day, until=day)] == [late.id]
    # one officer's, and one village's
    mine = due_list(db, on=day, until=second.due, officer_id=officer.officer_id)
    assert {r.loan_id for r in mine} == {on_time.id, late.id}
    assert [r.loan_id for r in due_list(db, on=day, until=second.due, village="Nabran")] == [
        on_time.id
    ]
    assert third.due > second.due


def test_notes_keep_the_promise_and_the_latest_shows(db, officer):
    loan = a_disbursed_loan(db, officer)
    first = installments(db, loan.id)[0]
    late_day = first.due + timedelta(days=5)
    with pytest.raises(ValidationError) as err:  # a promise is for a day to come
        loans.add_loan_note(db, actor=officer, loan_id=loan.id, text="söz verdi",
                            promised_on=late_day - timedelta(days=1), on=late_day)  # fmt: skip
    assert err.value.field == "promised_on"
    loans.add_loan_note(db, actor=officer, loan_id=loan.id, text="evdə yox idi",
                        on=late_day - timedelta(days=2))  # fmt: skip
    loans.add_loan_note(db, actor=officer, loan_id=loan.id, text="cümə ödəyəcək",
                        promised_on=late_day + timedelta(days=3), on=late_day)  # fmt: skip
    (row,) = due_list(db, on=late_day)
    assert (row.note, row.note_on, row.promised_on) == (
        "cümə ödəyəcək", late_day, late_day + timedelta(days=3),
    )  # fmt: skip


def test_the_command_prints_the_day_and_answers_json(db, officer, capsys):
    loan = a_disbursed_loan(db, officer)
    first = installments(db, loan.id)[0]
    on = (first.due + timedelta(days=2)).isoformat()
    assert main(["report", "due", "--db", str(db.path), "--officer", officer.login,
                 "--on", on, "--json"]) == 0  # fmt: skip
    (row,) = json.loads(capsys.readouterr().out)
    assert row["loan"] == loan.number and row["days_late"] == 2
    assert Decimal(row["to_collect"]) == first.principal_due + first.interest_due
    assert main(["report", "due", "--db", str(db.path), "--officer", "nobody"]) != 0
    assert "nobody" in capsys.readouterr().err


def test_the_due_list_agrees_with_the_decimal_replay_on_a_demo_office(tmp_path):
    """The integer replay the list reads gives, loan by loan, the arrears, the installment due
    now and its day that the repayment form's Decimal replay gives."""
    from app.demo.build import build_demo
    from app.queries.loan_views import amount_due
    from app.store import open_database

    db = open_database(tmp_path / "demo.sqlite")
    build_demo(db, beneficiaries=120, seed=9)
    on = date.today()
    rows = due_list(db, on=on, until=on + timedelta(days=40))
    assert len(rows) > 10
    for r in rows:
        due = amount_due(db, r.loan_id, on)
        assert (r.arrears, r.installment, r.next_due_on) == (
            due.arrears, due.due_now if due.next_due_on else Decimal("0.00"), due.next_due_on,
        ), r.number  # fmt: skip
        assert r.total_outstanding == due.total_outstanding and r.days_late == due.days_late
    db.close()
