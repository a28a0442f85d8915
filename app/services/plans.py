"""Business plans (submitted, scored, approved or rejected) and in-kind grants."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from app.errors import Conflict, NotFound, ValidationError
from app.ids import new_id
from app.models import Beneficiary, BusinessPlan, GrantItem, InKindGrant
from app.money import parse_amount, to_qepik
from app.services import validate as v
from app.services._rows import get_live
from app.services._write import Writer
from app.services.context import Actor, require
from app.store import Database


def submit_business_plan(
    db: Database,
    *,
    actor: Actor,
    beneficiary_id: str,
    title: str,
    business_type: str = "",
    requested: str | Decimal = "0",
    submitted_on: date | None = None,
) -> str:
    require(actor, "plan.submit")
    title = v.text(title, "title")
    amount = parse_amount(requested, field="requested", allow_zero=True)
    on = v.not_future(submitted_on or date.today(), "submitted_on")
    with db.transaction() as s:
        ben = get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
        w = Writer(s, actor)
        plan_id = new_id()
        w.insert(
            BusinessPlan(
                id=plan_id,
                district_id=ben.district_id,
                beneficiary_id=ben.id,
                title=title,
                business_type=v.text(business_type, "business_type", required=False, max_len=80),
                requested_qepik=to_qepik(amount),
                submitted_on=on,
            )
        )
        w.audit("plan.submit", "business_plan", plan_id, beneficiary=ben.code)
    return plan_id


def decide_business_plan(
    db: Database,
    *,
    actor: Actor,
    plan_id: str,
    approve: bool,
    score: int,
    note: str = "",
    decided_on: date | None = None,
) -> None:
    """Score (0–100) and approve or reject a submitted plan. A decision is made once."""
    require(actor, "plan.decide")
    if not 0 <= score <= 100:
        raise ValidationError("a score is between 0 and 100", field="score")
    on = v.not_future(decided_on or date.today(), "decided_on")
    with db.transaction() as s:
        plan = s.get(BusinessPlan, plan_id)
        if plan is None or plan.deleted:
            raise NotFound("no such business plan", field="plan")
        if plan.status != "submitted":
            raise Conflict(
                "this plan was already {plan_status}", field="plan", plan_status=plan.status
            )
        if on < plan.submitted_on:
            raise ValidationError("the decision is dated before the submission", field="decided_on")
        w = Writer(s, actor)
        status = "approved" if approve else "rejected"
        w.update(
            BusinessPlan,
            plan_id,
            {
                "status": status,
                "score": score,
                "decided_on": on,
                "decided_by": actor.officer_id,
                "decision_note": v.text(note, "note", required=False, max_len=1000),
            },
        )
        w.audit("plan.decide", "business_plan", plan_id, status=status, score=score)


def record_grant(
    db: Database,
    *,
    actor: Actor,
    beneficiary_id: str,
    items: Sequence[tuple[str, int, str | Decimal]],
    given_on: date | None = None,
    business_plan_id: str | None = None,
) -> str:
    """Record goods handed over: ``items`` are (description, quantity, unit value in manat)."""
    require(actor, "grant.record")
    if not items:
        raise ValidationError("a grant has at least one item", field="items")
    clean = []
    for i, (desc, qty, value) in enumerate(items, start=1):
        desc = v.text(desc, f"items[{i}].description")
        if not isinstance(qty, int) or qty < 1:
            raise ValidationError("quantity is a whole number ≥ 1", field=f"items[{i}].quantity")
        clean.append((desc, qty, to_qepik(parse_amount(value, field=f"items[{i}].value"))))
    on = v.not_future(given_on or date.today(), "given_on")
    with db.transaction() as s:
        ben = get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
        if business_plan_id is not None:
            plan = s.get(BusinessPlan, business_plan_id)
            if plan is None or plan.beneficiary_id != beneficiary_id:
                raise NotFound("no such business plan for this person", field="business_plan")
            if plan.status != "approved":
                raise Conflict("the business plan is not approved", field="business_plan")
        w = Writer(s, actor)
        grant_id = new_id()
        total = sum(q * value for _, q, value in clean)
        w.insert(
            InKindGrant(
                id=grant_id,
                district_id=ben.district_id,
                beneficiary_id=ben.id,
                business_plan_id=business_plan_id,
                given_on=on,
                officer_id=actor.officer_id,
                total_qepik=total,
            )
        )
        w.insert_many(
            GrantItem,
            [
                {
                    "district_id": ben.district_id,
                    "grant_id": grant_id,
                    "description": d,
                    "quantity": q,
                    "unit_value_qepik": val,
                }
                for d, q, val in clean
            ],
        )
        w.audit("grant.record", "in_kind_grant", grant_id, beneficiary=ben.code, total_qepik=total)
    return grant_id
