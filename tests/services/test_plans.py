"""app.services.plans: business plans decided once, and in-kind grants valued in qəpik."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services import plans
from tests.builders import a_beneficiary, row_counts

SUBMITTED = date(2026, 2, 10)
DECIDED = date(2026, 2, 20)
GIVEN = date(2026, 3, 1)


def a_plan(db, actor, ben_id, **more):
    return plans.submit_business_plan(
        db, actor=actor, beneficiary_id=ben_id, title="Tikiş sexi", business_type="tailoring",
        requested="1 250,50", submitted_on=SUBMITTED, **more,
    )  # fmt: skip


def plan_row(db, plan_id):
    with db.engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT status, score, decided_on, decided_by, requested_qepik "
                "FROM businessplan WHERE id = :id"
            ),
            {"id": plan_id},
        ).one()


def test_submit_a_plan(db, officer):
    ben_id = a_beneficiary(db, officer)
    plan_id = a_plan(db, officer, ben_id)
    row = plan_row(db, plan_id)
    assert (row.status, row.score, row.decided_on, row.requested_qepik) == (
        "submitted", None, None, 125050,
    )  # fmt: skip


def test_submit_for_an_unknown_person(db, officer):
    with pytest.raises(NotFound):
        a_plan(db, officer, "nope")


def test_a_plan_is_decided_once(db, officer, supervisor):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    plans.decide_business_plan(
        db, actor=supervisor, plan_id=plan_id, approve=True, score=78, note="Yaxşı hazırlanıb",
        decided_on=DECIDED,
    )  # fmt: skip
    row = plan_row(db, plan_id)
    assert (row.status, row.score, row.decided_on, row.decided_by) == (
        "approved", 78, "2026-02-20", supervisor.officer_id,
    )  # fmt: skip
    before = row_counts(db)
    with pytest.raises(Conflict) as err:
        plans.decide_business_plan(
            db, actor=supervisor, plan_id=plan_id, approve=False, score=10, decided_on=DECIDED
        )
    assert "approved" in str(err.value)
    assert row_counts(db) == before
    assert plan_row(db, plan_id).status == "approved"


def test_deciding_needs_a_manager(db, officer):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    with pytest.raises(PermissionDenied):
        plans.decide_business_plan(
            db, actor=officer, plan_id=plan_id, approve=True, score=90, decided_on=DECIDED
        )
    assert plan_row(db, plan_id).status == "submitted"


@pytest.mark.parametrize(
    ("score", "on", "field"),
    [(101, DECIDED, "score"), (-1, DECIDED, "score"), (50, date(2026, 2, 1), "decided_on")],
)
def test_decision_checks(db, officer, supervisor, score, on, field):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    with pytest.raises(ValidationError) as err:
        plans.decide_business_plan(
            db, actor=supervisor, plan_id=plan_id, approve=True, score=score, decided_on=on
        )
    assert err.value.field == field
    assert plan_row(db, plan_id).status == "submitted"


def test_grant_with_items_sums_the_total_in_qepik(db, officer, supervisor):
    ben_id = a_beneficiary(db, officer)
    plan_id = a_plan(db, officer, ben_id)
    plans.decide_business_plan(
        db, actor=supervisor, plan_id=plan_id, approve=True, score=80, decided_on=DECIDED
    )
    grant_id = plans.record_grant(
        db, actor=officer, beneficiary_id=ben_id, business_plan_id=plan_id, given_on=GIVEN,
        items=[("Tikiş maşını", 1, "450.99"), ("Parça (metr)", 3, "12,35"), ("Qayçı", 2, 7)],
    )  # fmt: skip
    with db.engine.connect() as conn:
        total = conn.execute(
            text("SELECT total_qepik FROM inkindgrant WHERE id = :id"), {"id": grant_id}
        ).scalar()
        items = conn.execute(
            text(
                "SELECT description, quantity, unit_value_qepik FROM grantitem "
                "WHERE grant_id = :id ORDER BY unit_value_qepik DESC"
            ),
            {"id": grant_id},
        ).all()
        detail = conn.execute(
            text("SELECT detail FROM auditevent WHERE entity_id = :id"), {"id": grant_id}
        ).scalar()
    assert total == 45099 + 3 * 1235 + 2 * 700 == 50204
    assert [tuple(i) for i in items] == [
        ("Tikiş maşını", 1, 45099), ("Parça (metr)", 3, 1235), ("Qayçı", 2, 700),
    ]  # fmt: skip
    assert json.loads(detail)["total_qepik"] == 50204


def test_grant_against_a_rejected_plan_is_refused(db, officer, supervisor):
    ben_id = a_beneficiary(db, officer)
    plan_id = a_plan(db, officer, ben_id)
    plans.decide_business_plan(
        db, actor=supervisor, plan_id=plan_id, approve=False, score=30, decided_on=DECIDED
    )
    before = row_counts(db)
    with pytest.raises(Conflict) as err:
        plans.record_grant(
            db, actor=officer, beneficiary_id=ben_id, business_plan_id=plan_id, given_on=GIVEN,
            items=[("Tikiş maşını", 1, "450.00")],
        )  # fmt: skip
    assert err.value.field == "business_plan"
    assert row_counts(db) == before


def test_grant_against_someone_elses_plan_is_refused(db, officer, supervisor):
    owner = a_beneficiary(db, officer)
    other = a_beneficiary(db, officer, given_name="Nərmin", birth_date=date(1992, 5, 5))
    plan_id = a_plan(db, officer, owner)
    plans.decide_business_plan(
        db, actor=supervisor, plan_id=plan_id, approve=True, score=80, decided_on=DECIDED
    )
    with pytest.raises(NotFound):
        plans.record_grant(
            db, actor=officer, beneficiary_id=other, business_plan_id=plan_id, given_on=GIVEN,
            items=[("Tikiş maşını", 1, "450.00")],
        )  # fmt: skip


@pytest.mark.parametrize(
    ("items", "field"),
    [
        ([], "items"),
        ([("", 1, "10")], "items[1].description"),
        ([("Qayçı", 0, "10")], "items[1].quantity"),
        ([("Qayçı", 1, "10"), ("İynə", 1, "0.001")], "items[2].value"),
        ([("Qayçı", 1, "-3")], "items[1].value"),
    ],
)
def test_grant_items_are_checked(db, officer, items, field):
    ben_id = a_beneficiary(db, officer)
    before = row_counts(db)
    with pytest.raises(ValidationError) as err:
        plans.record_grant(db, actor=officer, beneficiary_id=ben_id, items=items, given_on=GIVEN)
    assert err.value.field == field
    assert row_counts(db) == before


def test_a_trainer_may_not_record_grants(db, trainer):
    ben_id = a_beneficiary(db, trainer)
    with pytest.raises(PermissionDenied):
        plans.record_grant(
            db, actor=trainer, beneficiary_id=ben_id, items=[("Qayçı", 1, "7")], given_on=GIVEN
        )
