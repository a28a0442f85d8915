"""#13: plans scored and decided offline on two laptops. Two reviewers score one plan, two
supervisors decide it differently, and a rubric is edited on each laptop: after syncing, both
laptops read the same status, score and rubric, keep every event, and record no conflict."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.queries.plans import plan, rubric
from app.services import plans
from app.services.plans import Line
from app.sync.client import sync_once
from tests.builders import a_beneficiary, an_officer
from tests.sync.conftest import a_device, a_district_name, first_admin
from tests.sync.helpers import count

ON = date(2026, 3, 2)


def test_offline_scores_decisions_and_rubrics_converge_with_no_conflict(server, tmp_path):
    district = a_district_name()
    a = a_device(server, tmp_path, district, "a")
    admin = first_admin(a)
    officer = an_officer(a.db, admin, "loan_officer", login="loan1")
    for login, role in (("trainer1", "trainer"), ("super1", "supervisor"),
                        ("super2", "supervisor")):  # fmt: skip
        an_officer(a.db, admin, role, login=login)
    plan_id = plans.submit_business_plan(
        a.db, actor=officer, beneficiary_id=a_beneficiary(a.db, officer), title="Arıçılıq",
        lines=[Line("Arı yeşiyi", 10, "120", "grant")], submitted_on=ON,
    )  # fmt: skip
    sync_once(a.db)
    b = a_device(server, tmp_path, district, "b")
    sync_once(b.db)
    assert plan(b.db, plan_id).status == "submitted"

    # offline: one reviewer on each laptop, then a decision on each, and a rubric on each
    plans.review_business_plan(
        a.db, actor=a.actor("trainer1"), plan_id=plan_id, marks=[4, 4, 4, 4, 4], on=ON
    )  # fmt: skip  80.0
    plans.review_business_plan(
        b.db, actor=b.actor("super2"), plan_id=plan_id, marks=[5, 5, 5, 5, 5], on=ON
    )  # fmt: skip  100.0
    plans.decide_business_plan(a.db, actor=a.actor("super1"), plan_id=plan_id,
                               decision="approve", reason="yaxşı", on=ON)  # fmt: skip
    plans.decide_business_plan(b.db, actor=b.actor("super2"), plan_id=plan_id,
                               decision="send_back", reason="qiymətlər", on=ON)  # fmt: skip
    plans.save_rubric(a.db, actor=a.actor("super1"), criteria=[("Bazar", 50), ("Bacarıq", 50)])
    plans.save_rubric(b.db, actor=b.actor("super2"), criteria=[("Bazar", 100)])
    for dev in (a, b, a):
        sync_once(dev.db)

    seen = {dev.name: plan(dev.db, plan_id) for dev in (a, b)}
    assert seen["a"].status == seen["b"].status == "sent_back"  # the later clock (laptop b)
    assert seen["a"].summary.score == seen["b"].summary.score == Decimal("90.0")  # both count
    assert [h.kind for h in seen["a"].history] == [h.kind for h in seen["b"].history]
    assert rubric(a.db) == rubric(b.db)  # both version 1: the later clock's is in use
    for dev in (a, b):
        assert count(dev.db, "SELECT count(*) FROM planevent WHERE plan_id = ?", plan_id) == 4
        assert count(dev.db, "SELECT count(*) FROM planrubric") == 2
        assert count(dev.db, "SELECT count(*) FROM syncconflict") == 0
