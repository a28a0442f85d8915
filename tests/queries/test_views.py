"""Read models for the screens: what a loan officer and a trainer see, from real writes."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.queries import case_files as people
from app.queries import courses as training_views
from app.queries import loan_views
from app.queries import office as office_views
from app.services import beneficiaries, loans, training
from tests.builders import a_beneficiary, a_disbursed_loan


def test_todays_receipts_and_the_next_number(db, officer):
    loan = a_disbursed_loan(db, officer)
    expected = office_views.next_receipt_no(db)
    paid = loans.record_repayment(db, actor=officer, loan_id=loan.id, amount="25.50")
    assert paid.receipt_no == expected
    assert office_views.next_receipt_no(db) != expected
    (row,) = loan_views.receipts_on(db, officer.officer_id)
    assert (row.receipt_no, row.amount, row.loan_number) == (
        expected,
        Decimal("25.50"),
        loan.number,
    )
    assert loan_views.receipts_on(db, officer.officer_id, date.today() - timedelta(1)) == []


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
