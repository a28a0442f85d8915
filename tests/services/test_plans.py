"""app.services.plans (#13): plans with budget lines, scored by a rubric, decided with a reason
by a supervisor who did not write them, sent back and resubmitted; in-kind grants from them."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.queries import plans as plan_queries
from app.services import plans
from app.services.plans import Item, Line
from tests.builders import a_beneficiary, a_loan, an_officer, row_counts

SUBMITTED = date(2026, 2, 10)
DECIDED = date(2026, 2, 20)
GIVEN = date(2026, 3, 1)
LINES = (
    Line("Tikiş maşını", 2, "450,00", "grant"),
    Line("Parça (metr)", 40, "6.50", "loan"),
    Line("İcarə (ay)", 3, "80", "own"),
)


def a_plan(db, actor, ben_id, **more):
    fields = {"title": "Tikiş sexi", "business_type": "tailoring", "lines": LINES,
              "loan_requested": "0", "submitted_on": SUBMITTED} | more  # fmt: skip
    return plans.submit_business_plan(db, actor=actor, beneficiary_id=ben_id, **fields)


@pytest.fixture
def reviewer(db, admin):
    return an_officer(db, admin, "trainer")


def scored(db, plan_id, reviewer, marks=(4, 3, 5, 2, 3)):
    plans.review_business_plan(db, actor=reviewer, plan_id=plan_id, marks=marks, on=DECIDED)


def test_a_plan_keeps_its_budget_and_what_it_asks_for(db, officer):
    ben_id = a_beneficiary(db, officer)
    plan_id = a_plan(db, officer, ben_id)
    p = plan_queries.plan(db, plan_id)
    assert p.status == "submitted" and p.summary.score is None and p.round == 1
    assert [(x.item, x.quantity, x.unit_price, x.source) for x in p.lines] == [
        ("Tikiş maşını", 2, Decimal("450.00"), "grant"),
        ("Parça (metr)", 40, Decimal("6.50"), "loan"),
        ("İcarə (ay)", 3, Decimal("80.00"), "own"),
    ]
    assert (p.totals.budget, p.totals.own, p.totals.grant, p.totals.loan) == (
        Decimal("1400.00"), Decimal("240.00"), Decimal("900.00"), Decimal("260.00"),
    )  # fmt: skip
    assert p.summary.requested == Decimal("1160.00")  # the grant and the loan, not the own part
    assert p.submitted_by_id == officer.officer_id
    assert [h.kind for h in p.history] == ["submitted"]


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ((), "lines"),
        ((Line("Qayçı", 0, "10", "own"),), "lines[1].quantity"),
        ((Line("Qayçı", 1, "abc", "own"),), "lines[1].price"),
        ((Line("Qayçı", 1, "10", "own"), Line("İynə", 1, "10", "gift")), "lines[2].source"),
        ((Line("", 1, "10", "own"),), "lines[1].item"),
    ],
)
def test_bad_budget_lines_are_refused_and_nothing_is_written(db, officer, lines, field):
    ben_id = a_beneficiary(db, officer)
    before = row_counts(db)
    with pytest.raises(ValidationError) as err:
        a_plan(db, officer, ben_id, lines=lines)
    assert err.value.field == field
    assert row_counts(db) == before


def test_a_review_scores_by_the_rubric_exactly(db, admin, officer, reviewer):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    scored(db, plan_id, reviewer)
    # weights 25, 20, 25, 15, 15; marks 4, 3, 5, 2, 3 of 5:
    # (25·4 + 20·3 + 25·5 + 15·2 + 15·3) / 5 = 360 / 5 = 72.0 of 100
    p = plan_queries.plan(db, plan_id)
    assert p.summary.score == Decimal("72.0")
    assert p.reviews[0].marks[0][1:] == (25, 4)
    other = an_officer(db, admin, "supervisor")
    scored(db, plan_id, other, marks=(5, 5, 5, 5, 4))  # 97.0
    assert plan_queries.plan(db, plan_id).summary.score == Decimal("84.5")  # the mean of two


def test_who_may_score_and_how_often(db, admin, officer, reviewer, supervisor):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    before = row_counts(db)
    with pytest.raises(PermissionDenied):  # the plan's writer
        scored(db, plan_id, officer)
    with pytest.raises(ValidationError) as err:  # a mark for each criterion
        scored(db, plan_id, reviewer, marks=(4, 3))
    assert err.value.field == "marks"
    with pytest.raises(ValidationError):
        scored(db, plan_id, reviewer, marks=(4, 3, 6, 2, 3))
    assert row_counts(db) == before
    scored(db, plan_id, reviewer)
    with pytest.raises(Conflict):  # once a round
        scored(db, plan_id, reviewer)
    scored(db, plan_id, supervisor)
    with pytest.raises(Conflict) as err:  # two reviewers at most
        scored(db, plan_id, an_officer(db, admin, "supervisor"))
    assert "two" in str(err.value)


def test_a_decision_needs_a_score_a_reason_and_another_supervisor(db, officer, reviewer, admin):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    boss = an_officer(db, admin, "supervisor")
    decide = plans.decide_business_plan
    with pytest.raises(PermissionDenied):  # a loan officer
        decide(db, actor=officer, plan_id=plan_id, decision="approve", reason="ok", on=DECIDED)
    with pytest.raises(Conflict) as err:  # not scored yet
        decide(db, actor=boss, plan_id=plan_id, decision="approve", reason="ok", on=DECIDED)
    assert "score" in str(err.value)
    scored(db, plan_id, reviewer)
    with pytest.raises(ValidationError) as err:
        decide(db, actor=boss, plan_id=plan_id, decision="approve", reason=" ", on=DECIDED)
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:
        decide(db, actor=boss, plan_id=plan_id, decision="approve", reason="ok",
               on=date(2026, 2, 1))  # fmt: skip
    assert err.value.field == "on"
    decide(db, actor=boss, plan_id=plan_id, decision="approve", reason="Bazar var", on=DECIDED)
    p = plan_queries.plan(db, plan_id)
    assert (p.status, p.summary.reason) == ("approved", "Bazar var")
    with pytest.raises(Conflict) as err:
        decide(db, actor=boss, plan_id=plan_id, decision="reject", reason="no", on=DECIDED)
    assert "approved" in str(err.value)
    assert [h.kind for h in plan_queries.plan(db, plan_id).history] == [
        "submitted", "review", "approve",
    ]  # fmt: skip


def test_the_writer_of_a_plan_does_not_decide_on_it(db, supervisor, reviewer):
    plan_id = a_plan(db, supervisor, a_beneficiary(db, supervisor))
    scored(db, plan_id, reviewer)
    with pytest.raises(PermissionDenied):
        plans.decide_business_plan(db, actor=supervisor, plan_id=plan_id, decision="approve",
                                   reason="mine", on=DECIDED)  # fmt: skip
    assert plan_queries.plan(db, plan_id).status == "submitted"


def test_sent_back_revised_and_scored_again(db, officer, reviewer, supervisor):
    ben_id = a_beneficiary(db, officer)
    plan_id = a_plan(db, officer, ben_id)
    scored(db, plan_id, reviewer)
    plans.decide_business_plan(db, actor=supervisor, plan_id=plan_id, decision="send_back",
                               reason="Qiymətləri yoxlayın", on=DECIDED)  # fmt: skip
    p = plan_queries.plan(db, plan_id)
    assert p.status == "sent_back"
    revise = {"title": "Tikiş sexi", "lines": LINES[:2], "loan_requested": "300"}
    with pytest.raises(ValidationError) as err:  # a resubmission says what changed
        plans.revise_business_plan(db, actor=officer, plan_id=plan_id, **revise, on=DECIDED)
    assert err.value.field == "reason"
    plans.revise_business_plan(db, actor=officer, plan_id=plan_id, **revise,
                               reason="Qiymətlər yeniləndi", on=DECIDED)  # fmt: skip
    p = plan_queries.plan(db, plan_id)
    assert (p.status, p.round, p.summary.score, len(p.lines)) == ("submitted", 2, None, 2)
    assert p.loan_requested == Decimal("300.00")  # more than the loan lines (260)
    scored(db, plan_id, reviewer, marks=(5, 5, 5, 5, 5))  # the same reviewer, a new round
    plans.decide_business_plan(db, actor=supervisor, plan_id=plan_id, decision="approve",
                               reason="Düzəldilib", on=DECIDED)  # fmt: skip
    p = plan_queries.plan(db, plan_id)
    assert (p.status, p.summary.score) == ("approved", Decimal("100.0"))
    assert [h.kind for h in p.history] == [
        "submitted", "review", "send_back", "resubmit", "review", "approve",
    ]  # fmt: skip
    loan = a_loan(db, officer, beneficiary_id=ben_id)  # the loan finances the approved plan
    with db.engine.connect() as conn:
        tied = conn.execute(
            text("SELECT business_plan_id FROM loan WHERE id = :id"), {"id": loan.id}
        ).scalar()
    assert tied == plan_id


def test_a_rubric_whose_weights_do_not_sum_is_refused(db, supervisor, officer, reviewer):
    before = row_counts(db)
    with pytest.raises(ValidationError) as err:
        plans.save_rubric(db, actor=supervisor, criteria=[("Bazar", 60), ("Bacarıq", 30)])
    assert "90" in str(err.value) and err.value.field == "criteria"
    with pytest.raises(ValidationError):
        plans.save_rubric(db, actor=supervisor, criteria=[("Bazar", 50), ("bazar", 50)])
    with pytest.raises(PermissionDenied):
        plans.save_rubric(db, actor=officer, criteria=[("Bazar", 100)])
    assert row_counts(db) == before
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    scored(db, plan_id, reviewer)  # by the shipped rubric
    assert plans.save_rubric(db, actor=supervisor, criteria=[("Bazar", 60), ("Bacarıq", "40")]) == 1
    r = plan_queries.rubric(db)
    assert [(c.name, c.weight) for c in r.criteria] == [("Bazar", 60), ("Bacarıq", 40)]
    p = plan_queries.plan(db, plan_id)
    assert len(p.reviews[0].marks) == 5  # a past score keeps the rubric it was given by
    assert p.summary.score == Decimal("72.0")


def test_a_plan_decided_before_13_keeps_its_stored_decision(db, officer):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE businessplan SET status = 'approved', score = 80 WHERE id = :id"),
            {"id": plan_id},
        )
    p = plan_queries.plan(db, plan_id)
    assert (p.status, p.summary.score) == ("approved", Decimal(80))


def approved_plan(db, officer, reviewer, supervisor, ben_id):
    plan_id = a_plan(db, officer, ben_id)
    scored(db, plan_id, reviewer)
    plans.decide_business_plan(db, actor=supervisor, plan_id=plan_id, decision="approve",
                               reason="ok", on=DECIDED)  # fmt: skip
    return plan_id


def test_grant_with_items_sums_the_total_in_qepik(db, officer, reviewer, supervisor):
    ben_id = a_beneficiary(db, officer)
    plan_id = approved_plan(db, officer, reviewer, supervisor, ben_id)
    grant_id = plans.record_grant(
        db, actor=officer, beneficiary_id=ben_id, business_plan_id=plan_id, given_on=GIVEN,
        items=[Item("Tikiş maşını", 1, "450.99", "JK-2231"), ("Parça (metr)", 3, "12,35"),
               ("Qayçı", 2, 7)],
    )  # fmt: skip
    with db.engine.connect() as conn:
        total, status = conn.execute(
            text("SELECT total_qepik, status FROM inkindgrant WHERE id = :id"), {"id": grant_id}
        ).one()
        items = conn.execute(
            text(
                "SELECT description, quantity, unit_value_qepik, serial_no FROM grantitem "
                "WHERE grant_id = :id ORDER BY unit_value_qepik DESC"
            ),
            {"id": grant_id},
        ).all()
        detail = conn.execute(
            text("SELECT detail FROM auditevent WHERE entity_id = :id"), {"id": grant_id}
        ).scalar()
    assert total == 45099 + 3 * 1235 + 2 * 700 == 50204
    assert status == "handed_over"
    assert [tuple(i) for i in items] == [
        ("Tikiş maşını", 1, 45099, "JK-2231"), ("Parça (metr)", 3, 1235, ""), ("Qayçı", 2, 700, ""),
    ]  # fmt: skip
    assert json.loads(detail)["total_qepik"] == 50204


def test_a_prepared_grant_is_handed_over_once(db, officer):
    ben_id = a_beneficiary(db, officer)
    grant_id = plans.record_grant(
        db, actor=officer, beneficiary_id=ben_id, items=[("Qayçı", 1, "7")],
        given_on=date(2099, 1, 1), handed_over=False,
    )  # fmt: skip
    plans.hand_over_grant(db, actor=officer, grant_id=grant_id, on=GIVEN)
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT status, given_on FROM inkindgrant WHERE id = :id"), {"id": grant_id}
        ).one()
    assert tuple(row) == ("handed_over", "2026-03-01")
    with pytest.raises(Conflict):
        plans.hand_over_grant(db, actor=officer, grant_id=grant_id, on=GIVEN)
    with pytest.raises(NotFound):
        plans.hand_over_grant(db, actor=officer, grant_id="nope", on=GIVEN)


def test_grant_against_a_rejected_plan_is_refused(db, officer, supervisor):
    ben_id = a_beneficiary(db, officer)
    plan_id = a_plan(db, officer, ben_id)
    plans.decide_business_plan(db, actor=supervisor, plan_id=plan_id, decision="reject",
                               reason="no market", on=DECIDED)  # fmt: skip
    before = row_counts(db)
    with pytest.raises(Conflict) as err:
        plans.record_grant(
            db, actor=officer, beneficiary_id=ben_id, business_plan_id=plan_id, given_on=GIVEN,
            items=[("Tikiş maşını", 1, "450.00")],
        )  # fmt: skip
    assert err.value.field == "business_plan"
    assert row_counts(db) == before


def test_grant_against_someone_elses_plan_is_refused(db, officer, reviewer, supervisor):
    owner = a_beneficiary(db, officer)
    other = a_beneficiary(db, officer, given_name="Nərmin", birth_date=date(1992, 5, 5))
    plan_id = approved_plan(db, officer, reviewer, supervisor, owner)
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
        ([("Qayçı", 1, "")], "items[1].value"),  # a grant item with no value
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


def test_only_the_writer_revises_and_nobody_decides_alone(db, officer, reviewer, supervisor):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    scored(db, plan_id, reviewer)
    plans.decide_business_plan(db, actor=supervisor, plan_id=plan_id, decision="send_back",
                               reason="qiymətlər", on=DECIDED)  # fmt: skip
    with pytest.raises(PermissionDenied):  # else the supervisor could resubmit and approve
        plans.revise_business_plan(db, actor=supervisor, plan_id=plan_id, title="x",
                                   lines=LINES, reason="mən", on=DECIDED)  # fmt: skip
    assert plan_queries.plan(db, plan_id).status == "sent_back"


def test_no_event_is_dated_before_the_last_decision(db, officer, reviewer, supervisor):
    plan_id = a_plan(db, officer, a_beneficiary(db, officer))
    scored(db, plan_id, reviewer)
    plans.decide_business_plan(db, actor=supervisor, plan_id=plan_id, decision="send_back",
                               reason="qiymətlər", on=date(2026, 2, 25))  # fmt: skip
    with pytest.raises(ValidationError) as err:
        plans.revise_business_plan(db, actor=officer, plan_id=plan_id, title="x", lines=LINES,
                                   reason="düzəldi", on=date(2026, 2, 24))  # fmt: skip
    assert err.value.field == "on"
    plans.revise_business_plan(db, actor=officer, plan_id=plan_id, title="x", lines=LINES,
                               reason="düzəldi", on=date(2026, 2, 26))  # fmt: skip
    with pytest.raises(ValidationError):  # a round-2 score back-dated into round 1
        scored(db, plan_id, reviewer)  # dated DECIDED (20 Feb)


def test_a_plan_gives_one_grant(db, officer, reviewer, supervisor):
    ben_id = a_beneficiary(db, officer)
    plan_id = approved_plan(db, officer, reviewer, supervisor, ben_id)
    plans.record_grant(db, actor=officer, beneficiary_id=ben_id, business_plan_id=plan_id,
                       items=[("Tikiş maşını", 2, "450")], given_on=GIVEN)  # fmt: skip
    with pytest.raises(Conflict) as err:
        plans.record_grant(db, actor=officer, beneficiary_id=ben_id, business_plan_id=plan_id,
                           items=[("Tikiş maşını", 2, "450")], given_on=GIVEN)  # fmt: skip
    assert err.value.field == "business_plan"


def test_amounts_the_store_cannot_keep_are_refused_by_line(db, officer):
    ben_id = a_beneficiary(db, officer)
    for lines, field in (
        ((Line("Qayçı", 2, "600000000", "own"),), "lines[1].price"),  # 1.2 billion manat
        ((Line("Qayçı", True, "10", "own"),), "lines[1].quantity"),
        (tuple(Line(f"Əşya {i}", 1, "1", "own") for i in range(201)), "lines"),
    ):
        with pytest.raises(ValidationError) as err:
            a_plan(db, officer, ben_id, lines=lines)
        assert err.value.field == field
    with pytest.raises(ValidationError) as err:
        plans.record_grant(db, actor=officer, beneficiary_id=ben_id, given_on=GIVEN,
                           items=[("Traktor", 3, "500000000")])  # fmt: skip
    assert err.value.field == "items[1].value"


def test_a_reviewer_counts_once_and_two_at_most_whatever_laptops_sent():
    marks = '[{"name": "Bazar", "weight": 100, "mark": 4}]'
    events = [
        ("review", "a", "A", DECIDED, 1, 800, marks, ""),
        ("review", "a", "A", DECIDED, 1, 200, marks, ""),  # the same reviewer on a 2nd laptop
        ("review", "b", "B", DECIDED, 1, 600, marks, ""),
        ("review", "c", "C", DECIDED, 1, 0, marks, ""),  # a third reviewer offline
    ]
    d = plan_queries.derive("submitted", None, events)
    assert [r.officer_id for r in d.reviews] == ["a", "b"] and d.score == Decimal("70.0")


def test_a_shipped_criterion_saved_from_a_translated_screen_keeps_its_code(db, supervisor):
    plans.save_rubric(db, actor=supervisor, criteria=[
        ("Bazar: müştərilər və rəqabət bilinir", 60, "market"), ("Öz meyarımız", 40, ""),
    ])  # fmt: skip
    first, second = plan_queries.rubric(db).criteria
    assert (first.code, first.name) == ("market", "Market: customers and competition known")
    assert (second.code, second.name) == ("", "Öz meyarımız")
