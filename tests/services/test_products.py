"""Loan products (#13): add, revise (a new version; loans keep theirs) and retire."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import select

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.models import LoanProduct
from app.queries.loan_views import loan_detail
from app.queries.office import products
from app.services import loans
from tests.builders import a_beneficiary


def _terms(**over):
    terms = {"name": "Tikiş emalatxanası", "rate": "14,5", "min_term": 6, "max_term": 18,
             "min_principal": "200", "max_principal": "5000"}  # fmt: skip
    return {**terms, **over}


def test_a_new_office_adds_a_product_and_lends_from_it(db, supervisor, officer):
    assert products(db) == []
    product_id = loans.create_product(db, actor=supervisor, **_terms())
    (shown,) = products(db)
    assert (shown.id, shown.name, shown.rate, shown.loans) == (
        product_id,
        "Tikiş emalatxanası",
        Decimal("14.5"),
        0,
    )
    assert (shown.min_principal, shown.max_principal) == (Decimal("200.00"), Decimal("5000.00"))
    person = a_beneficiary(db, officer)
    loan = loans.create_loan(db, actor=officer, beneficiary_id=person, product_id=product_id,
                             warnings_reason="a test loan",
                             principal="1200", term=12)  # fmt: skip
    assert products(db)[0].loans == 1
    assert loan_detail(db, loan.id).loan.rate_bp == 1450


def test_revising_makes_a_new_version_and_the_loans_keep_their_terms(db, supervisor, officer):
    old = loans.create_product(db, actor=supervisor, **_terms())
    person = a_beneficiary(db, officer)
    loan = loans.create_loan(db, actor=officer, beneficiary_id=person, product_id=old,
                             warnings_reason="a test loan",
                             principal="1200", term=12)  # fmt: skip
    new = loans.revise_product(db, actor=supervisor, product_id=old, **_terms(rate="16"))
    assert new != old
    assert [p.id for p in products(db)] == [new]  # new loans take the new version
    assert {p.id: p.active for p in products(db, retired=True)} == {old: False, new: True}
    assert loan_detail(db, loan.id).loan.rate_bp == 1450  # the loan keeps its terms
    with pytest.raises(Conflict):  # a retired version is not revised again
        loans.revise_product(db, actor=supervisor, product_id=old, **_terms(rate="17"))


def test_retiring_stops_new_loans_only(db, supervisor, officer):
    product_id = loans.create_product(db, actor=supervisor, **_terms())
    loans.retire_product(db, actor=supervisor, product_id=product_id)
    loans.retire_product(db, actor=supervisor, product_id=product_id)  # twice: no harm
    assert products(db) == []
    assert [p.active for p in products(db, retired=True)] == [False]
    with pytest.raises(NotFound):
        loans.retire_product(
            db, actor=supervisor, product_id="01a2362f-5778-7000-afaf-000000000000"
        )


def test_only_a_supervisor_or_administrator_manages_products(db, officer, supervisor):
    with pytest.raises(PermissionDenied):
        loans.create_product(db, actor=officer, **_terms())
    product_id = loans.create_product(db, actor=supervisor, **_terms())
    with pytest.raises(PermissionDenied):
        loans.retire_product(db, actor=officer, product_id=product_id)
    with pytest.raises(PermissionDenied):
        loans.revise_product(db, actor=officer, product_id=product_id, **_terms())


@pytest.mark.parametrize(
    ("over", "field"),
    [({"name": "  "}, "name"), ({"rate": "abc"}, "rate"), ({"rate": "250"}, "rate"),
     ({"min_term": 20}, "min_term"), ({"min_principal": "9000"}, "min_principal"),
     ({"max_principal": "x"}, "max_principal"), ({"grace": 6}, "grace"),
     ({"allocation_order": "fee,interest"}, "allocation_order")],
)  # fmt: skip
def test_bad_terms_are_refused_naming_the_field_and_nothing_is_written(db, supervisor, over, field):
    with pytest.raises(ValidationError) as refused:
        loans.create_product(db, actor=supervisor, **_terms(**over))
    assert refused.value.field == field
    with db.session() as s:
        assert s.exec(select(LoanProduct)).all() == []


def test_the_preview_is_the_largest_longest_loan_the_product_allows():
    schedule = loans.preview_product(loans.product_terms(**_terms()), date(2026, 12, 2))
    assert schedule.terms.principal == Decimal("5000.00") and schedule.terms.term == 18
    assert sum(i.principal for i in schedule.installments) == Decimal("5000.00")
