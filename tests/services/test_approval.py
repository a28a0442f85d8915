"""Loan approval (#13): an officer proposes, a supervisor who is not the proposer decides, and
only an approved loan is disbursed. Decisions are immutable events."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.ids import new_id
from app.models import LoanDecision
from app.queries.loan_views import loan_detail
from app.queries.loans import loan_rows
from app.services import loans
from tests.builders import a_beneficiary, a_product, an_officer, row_counts

ON = date(2026, 1, 15)


def _proposed(db, officer):
    return loans.create_loan(db, actor=officer, beneficiary_id=a_beneficiary(db, officer),
                             warnings_reason="a test loan",
                             product_id=a_product(db), principal="1200", term=12,
                             created_on=ON)  # fmt: skip


def test_a_proposed_loan_is_disbursed_only_after_another_supervisor_approves(db, admin, officer):
    supervisor = an_officer(db, admin, "supervisor", login="nərmin")
    loan = _proposed(db, officer)
    assert loan_detail(db, loan.id).loan.status == "proposed"
    with pytest.raises(Conflict, match="awaiting approval"):
        loans.disburse(db, actor=officer, loan_id=loan.id, on=ON)
    changes = loans.decide_loan(db, actor=supervisor, loan_id=loan.id, decision="approved",
                                reason="plan checked", on=ON)  # fmt: skip
    assert changes.loans == {loan.id}
    detail = loan_detail(db, loan.id)
    assert detail.loan.status == "approved"
    assert (detail.decision.decision, detail.decision.reason) == ("approved", "plan checked")
    assert detail.decision.officer_id == supervisor.officer_id
    loans.disburse(db, actor=officer, loan_id=loan.id, on=ON)
    assert loan_detail(db, loan.id).loan.status == "active"


def test_the_proposer_cannot_approve_their_own_loan_nor_a_loan_officer_any(db, admin):
    supervisor = an_officer(db, admin, "supervisor", login="nərmin")
    other = an_officer(db, admin, "loan_officer", login="loan9")
    own = _proposed(db, supervisor)
    before = row_counts(db)
    with pytest.raises(PermissionDenied, match="other than the officer who proposed"):
        loans.decide_loan(db, actor=supervisor, loan_id=own.id, decision="approved")
    with pytest.raises(PermissionDenied):
        loans.decide_loan(db, actor=other, loan_id=own.id, decision="approved")
    assert row_counts(db) == before  # nothing written


def test_a_rejection_needs_a_reason_and_stops_the_loan(db, admin, officer):
    supervisor = an_officer(db, admin, "supervisor", login="nərmin")
    loan = _proposed(db, officer)
    with pytest.raises(ValidationError) as refused:
        loans.decide_loan(db, actor=supervisor, loan_id=loan.id, decision="rejected", reason=" ")
    assert refused.value.field == "reason"
    loans.decide_loan(db, actor=supervisor, loan_id=loan.id, decision="rejected",
                      reason="no business plan")  # fmt: skip
    (row,) = loan_rows(db, loan_id=loan.id)
    assert row.status == "rejected"
    with pytest.raises(Conflict, match="rejected, not approved"):
        loans.disburse(db, actor=officer, loan_id=loan.id, on=ON)
    with pytest.raises(Conflict, match="already rejected"):  # decided once
        loans.decide_loan(db, actor=admin, loan_id=loan.id, decision="approved")
    with pytest.raises(ValidationError):
        loans.decide_loan(db, actor=admin, loan_id=loan.id, decision="maybe")


def test_when_two_decisions_meet_the_first_recorded_is_the_loans(db, admin, officer):
    """Two supervisors deciding offline both keep their event (as a sync brings them); every
    laptop reads the loan by the one recorded first."""
    supervisor = an_officer(db, admin, "supervisor", login="nərmin")
    loan = _proposed(db, officer)
    loans.decide_loan(db, actor=supervisor, loan_id=loan.id, decision="rejected", reason="risk")
    with db.transaction() as s:  # the other laptop's later approval, as merged by a sync
        first = s.exec(select(LoanDecision)).one()
        later = LoanDecision(id=new_id(), district_id=first.district_id, hlc="9" + first.hlc[1:],
                             device_id=first.device_id, loan_id=loan.id, decision="approved",
                             officer_id=admin.officer_id, decided_on=ON)  # fmt: skip
        s.add(later)
    assert loan_detail(db, loan.id).loan.status == "rejected"
    assert loan_detail(db, loan.id).decision.reason == "risk"


def test_a_proposal_explains_in_writing_what_the_office_would_question(db, admin, officer):
    """#13: no completed training, no approved plan, a loan already running: each needs the
    officer's written reason, stored on the loan and shown to the supervisor."""
    from app.queries.loans import loan_warnings

    person = a_beneficiary(db, officer)
    assert loan_warnings(db, person) == ("no_training", "no_plan")
    product = a_product(db)
    with pytest.raises(ValidationError) as refused:
        loans.create_loan(db, actor=officer, beneficiary_id=person, product_id=product,
                          principal="1200", term=12)  # fmt: skip
    assert refused.value.field == "warnings_reason"
    assert "has not completed a training" in refused.value.message
    made = loans.create_loan(db, actor=officer, beneficiary_id=person, product_id=product,
                             principal="1200", term=12,
                             warnings_reason="kursu gələn ay keçəcək")  # fmt: skip
    detail = loan_detail(db, made.id)
    assert detail.warnings == ("no_training", "no_plan")
    assert detail.warnings_reason == "kursu gələn ay keçəcək"
    assert loan_warnings(db, person) == ("active_loan", "no_training", "no_plan")
    supervisor = an_officer(db, admin, "supervisor", login="nərmin")
    loans.decide_loan(db, actor=supervisor, loan_id=made.id, decision="rejected", reason="kurs")
    assert "active_loan" not in loan_warnings(db, person)  # a rejected proposal is not a loan


def test_an_unknown_person_is_named_before_any_warning(db, officer):
    from app.errors import NotFound

    with pytest.raises(NotFound) as missing:
        loans.create_loan(db, actor=officer, beneficiary_id=new_id(), product_id=a_product(db),
                          principal="500", term=6)  # fmt: skip
    assert missing.value.field == "beneficiary"
