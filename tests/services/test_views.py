"""Read models for the screens: what a loan officer and a trainer see, from real writes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.services import beneficiaries, loans, training
from app.services.views import loans as loan_views
from app.services.views import people
from app.services.views import training as training_views
from tests.builders import DISBURSED_ON, a_beneficiary, a_disbursed_loan


def test_loan_rows_show_outstanding_and_days_late(db, officer):
    loan = a_disbursed_loan(db, officer, principal="1200.00", term=12)
    first_due = DISBURSED_ON + timedelta(days=31)
    rows = loan_views.loan_rows(db, as_of=first_due + timedelta(days=10))
    (row,) = rows
    assert row.number == loan.number and row.outstanding == Decimal("1200.00")
    assert row.days_late == 10 and row.late and row.status == "active"
    assert loan_views.loan_rows(db, as_of=DISBURSED_ON)[0].days_late == 0


def test_amount_due_prefills_arrears_or_the_next_installment(db, officer):
    loan = a_disbursed_loan(db, officer, principal="1200.00", term=12)
    detail = loan_views.loan_detail(db, loan.id, DISBURSED_ON)
    first = detail.state.installments[0]
    installment = first.principal_due + first.interest_due
    before = loan_views.amount_due(db, loan.id, DISBURSED_ON + timedelta(days=1))
    assert before.due_now == installment and before.next_due_on == first.due
    two_late = loan_views.amount_due(db, loan.id, detail.state.installments[1].due)
    second = detail.state.installments[1]
    assert two_late.due_now == installment + second.principal_due + second.interest_due
    assert two_late.days_late > 0


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


def test_todays_receipts_and_the_next_number(db, officer):
    loan = a_disbursed_loan(db, officer)
    expected = loan_views.next_receipt_no(db)
    paid = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="25.50")
    assert paid.receipt_no == expected
    assert loan_views.next_receipt_no(db) != expected
    (row,) = loan_views.receipts_on(db, officer.officer_id)
    assert (row.receipt_no, row.amount, row.loan_number) == (
        expected,
        Decimal("25.50"),
        loan.number,
    )
    assert loan_views.receipts_on(db, officer.officer_id, date.today() - timedelta(1)) == []


def test_match_loans_by_number_or_folded_name(db, officer):
    loan = a_disbursed_loan(db, officer)
    choices = loan_views.active_loans(db)
    assert [c.id for c in loan_views.match_loans(choices, "aliyeva")] == [loan.id]
    assert [c.id for c in loan_views.match_loans(choices, loan.number.lower())] == [loan.id]
    assert loan_views.match_loans(choices, "ismayil") == []


def test_case_file_gathers_notes_trainings_and_loans(db, officer, trainer):
    person = a_beneficiary(db, officer, phone="+994 50 123 45 67")
    beneficiaries.add_case_note(db, actor=officer, beneficiary_id=person, text="Visited at home")
    course = training.create_course(db, actor=trainer, title="Tikiş", starts_on=date(2026, 2, 2))
    training.enroll(db, actor=trainer, course_id=course, beneficiary_id=person)
    grid = training_views.course_grid(db, course)
    for s in grid.sessions[:2]:
        training.mark_attendance(
            db, actor=trainer, session_id=s.id, beneficiary_id=person, present=True
        )
    a_disbursed_loan(db, officer, beneficiary_id=person)
    cf = people.case_file(db, person)
    assert cf.profile.phone == "+994 50 123 45 67" and cf.profile.full_name.startswith("Əliyeva")
    assert [n.text for n in cf.notes] == ["Visited at home"]
    (t,) = cf.trainings
    assert (t.title, t.attended, t.sessions, t.completed) == ("Tikiş", 2, 3, True)
    assert len(cf.loans) == 1 and cf.loans[0].status == "active"


def test_training_summary_counts_by_sex_and_disability(db, trainer, officer):
    women = [a_beneficiary(db, officer, surname=f"Qadın{i}") for i in range(3)]
    man = a_beneficiary(db, officer, surname="Kişi", sex="M", disability=True)
    course = training.create_course(db, actor=trainer, title="Biznes", starts_on=date(2026, 2, 2))
    for p in [*women, man]:
        training.enroll(db, actor=trainer, course_id=course, beneficiary_id=p)
    sessions = training_views.course_grid(db, course).sessions
    for p in (women[0], man):  # both complete (2 of 3)
        for s in sessions[:2]:
            training.mark_attendance(
                db, actor=trainer, session_id=s.id, beneficiary_id=p, present=True
            )
    training.mark_attendance(
        db, actor=trainer, session_id=sessions[0].id, beneficiary_id=women[1], present=True
    )
    summary = training_views.training_summary(db, as_of=date(2026, 3, 1))
    assert (summary.enrolled, summary.trained, summary.completed) == (4, 3, 2)
    assert summary.trained_by_sex == {"F": 2, "M": 1}
    assert summary.completed_by_sex == {"F": 1, "M": 1}
    assert summary.completed_with_disability == 1
    assert training_views.training_summary(db, as_of=date(2026, 1, 1)).courses == 0


def test_loan_rows_agree_with_the_full_replay_on_a_demo_office(tmp_path):
    from app.demo.build import build_demo
    from app.services.reports import loan_states
    from app.store import open_database

    db = open_database(tmp_path / "demo.sqlite")
    build_demo(db, beneficiaries=120, seed=9, today=date.today())
    states = loan_states(db, date.today())
    rows = loan_views.loan_rows(db, date.today())
    assert rows and any(r.late for r in rows)
    for r in rows:
        st = states.get(r.id)
        assert r.outstanding == (st.outstanding_principal if st else Decimal("0.00"))
        assert r.days_late == (st.days_in_arrears if st and st.status == "active" else 0)
    db.close()
