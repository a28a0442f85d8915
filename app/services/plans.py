"""Business plans, their scoring and decisions, and in-kind grants (#13, DESIGN §8).

The officer writes the plan with the person (:func:`submit_business_plan`): its budget lines,
each paid by the person's own contribution, an in-kind grant or a loan. One or two reviewers
score it by the office's rubric (:func:`review_business_plan`); a supervisor who did not write it
approves, rejects or sends it back with a reason (:func:`decide_business_plan`); a plan sent back
is revised and resubmitted (:func:`revise_business_plan`). Scores, decisions and resubmissions
are immutable ``PlanEvent`` rows; ``app.queries.plans`` derives the status from them.

An approved plan's grant lines become an in-kind grant (:func:`record_grant`), prepared and then
handed over (:func:`hand_over_grant`) against a signed handover act.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import orjson

from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.ids import new_id
from app.models import (
    Beneficiary,
    BusinessPlan,
    GrantItem,
    InKindGrant,
    PlanEvent,
    PlanRubric,
)
from app.models.rules import MAX_LINES, MAX_MONEY_QEPIK
from app.money import parse_amount, to_qepik
from app.queries import plans as plan_queries
from app.services import validate as v
from app.services._rows import get_live
from app.services._write import Writer
from app.services.context import Actor, Changes, require
from app.store import Database
from app.vocabulary import BUDGET_SOURCES, PLAN_DECISIONS, RUBRIC_CRITERION

MAX_REVIEWS = 2  # reviewers per round


@dataclass(frozen=True)
class Line:
    """A budget line as typed: the item, how many, the price of one (manat) and who pays."""

    item: str
    quantity: int | str
    unit_price: str | Decimal
    source: str = "own"


def _budget(lines: Sequence[Line]) -> list[dict]:
    if len(lines) > MAX_LINES:
        raise ValidationError("a plan has at most {n} budget lines", field="lines", n=MAX_LINES)
    out = []
    for i, line in enumerate(lines, start=1):
        item = v.text(line.item, f"lines[{i}].item")
        qty = _quantity(line.quantity, f"lines[{i}].quantity")
        price = parse_amount(line.unit_price, field=f"lines[{i}].price", allow_zero=True)
        if to_qepik(price) * qty > MAX_MONEY_QEPIK:
            raise ValidationError("the amount is too large", field=f"lines[{i}].price")
        v.choice(line.source, BUDGET_SOURCES, f"lines[{i}].source")
        out.append(
            {"item": item, "quantity": qty, "unit_qepik": to_qepik(price), "source": line.source}
        )
    if not out:
        raise ValidationError("a plan has at least one budget line", field="lines")
    if sum(x["quantity"] * x["unit_qepik"] for x in out) > MAX_MONEY_QEPIK:
        raise ValidationError("the amount is too large", field="lines")
    if len(orjson.dumps(out)) > 20_000:
        raise ValidationError("the budget is too long to keep: shorten the items", field="lines")
    return out


def _quantity(value: int | str, field: str) -> int:
    """A whole number of items from 1 to a million (typed text, or an int — not a bool)."""
    if isinstance(value, str):
        value = int(value) if value.strip().isdigit() else 0
    if type(value) is not int or not 1 <= value <= 1_000_000:
        raise ValidationError("quantity is a whole number ≥ 1", field=field)
    return value


def _content(
    title: str, business_type: str, description: str, lines: Sequence[Line], loan: str | Decimal
) -> dict:
    budget = _budget(lines)
    loan_qepik = to_qepik(parse_amount(loan or "0", field="loan_requested", allow_zero=True))
    grant = sum(x["quantity"] * x["unit_qepik"] for x in budget if x["source"] == "grant")
    loan_lines = sum(x["quantity"] * x["unit_qepik"] for x in budget if x["source"] == "loan")
    return {
        "title": v.text(title, "title"),
        "business_type": v.text(business_type, "business_type", required=False, max_len=80),
        "description": v.text(description, "description", required=False, max_len=2000),
        "budget": orjson.dumps(budget).decode(),
        "loan_requested_qepik": max(loan_qepik, loan_lines),
        "requested_qepik": grant + max(loan_qepik, loan_lines),
    }


def submit_business_plan(
    db: Database,
    *,
    actor: Actor,
    beneficiary_id: str,
    title: str,
    business_type: str = "",
    description: str = "",
    lines: Sequence[Line] = (),
    loan_requested: str | Decimal = "0",
    submitted_on: date | None = None,
) -> str:
    """Submit a plan written with the person. Returns its id."""
    require(actor, "plan.submit")
    fields = _content(title, business_type, description, lines, loan_requested)
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
                submitted_on=on,
                submitted_by=actor.officer_id,
                **fields,
            )
        )
        w.audit("plan.submit", "business_plan", plan_id, beneficiary=ben.code)
    return plan_id


def revise_business_plan(
    db: Database,
    *,
    actor: Actor,
    plan_id: str,
    title: str,
    business_type: str = "",
    description: str = "",
    lines: Sequence[Line] = (),
    loan_requested: str | Decimal = "0",
    reason: str = "",
    on: date | None = None,
) -> Changes:
    """Revise a plan. A plan sent back is resubmitted for a new round of scoring (``reason``
    says what changed); a submitted plan not yet scored is corrected in place."""
    require(actor, "plan.submit")
    current = plan_queries.plan(db, plan_id)
    if current.status not in ("submitted", "sent_back"):
        raise Conflict("this plan was already {plan_status}", field="plan",
                       plan_status=current.status)  # fmt: skip
    if current.status == "submitted" and current.reviews:
        raise Conflict("a scored plan is changed only after it is sent back", field="plan")
    if current.submitted_by_id not in (None, actor.officer_id):
        raise PermissionDenied("only the officer who wrote a plan revises it", field="plan")
    fields = _content(title, business_type, description, lines, loan_requested)
    resubmit = current.status == "sent_back"
    why = v.text(reason, "reason", required=resubmit, max_len=1000)
    day = v.not_future(on or date.today(), "on")
    if resubmit and day < current.earliest:
        raise ValidationError("the date is before the plan's last decision", field="on")
    with db.transaction() as s:
        w = Writer(s, actor)
        w.update(BusinessPlan, plan_id, fields)
        if resubmit:
            w.insert(
                PlanEvent(
                    id=new_id(), district_id=_district(s, plan_id), plan_id=plan_id,
                    kind="resubmit", officer_id=actor.officer_id, happened_on=day,
                    round=current.round + 1, reason=why,
                )
            )  # fmt: skip
        w.audit("plan.revise", "business_plan", plan_id, resubmitted=resubmit)
    return Changes(people=frozenset({current.summary.beneficiary_id}))


def _district(s, plan_id: str) -> str:
    plan = s.get(BusinessPlan, plan_id)
    if plan is None or plan.deleted:
        raise NotFound("no such business plan", field="plan")
    return plan.district_id


def review_business_plan(
    db: Database,
    *,
    actor: Actor,
    plan_id: str,
    marks: Sequence[int],
    note: str = "",
    on: date | None = None,
    rubric_version: int | None = None,
) -> Changes:
    """Score a submitted plan by the rubric in use: one mark 0–5 per criterion, in order.

    At most two reviewers a round, each once; the officer who wrote the plan does not score it.
    """
    require(actor, "plan.review")
    current = plan_queries.plan(db, plan_id)
    if current.status != "submitted":
        raise Conflict("only a submitted plan is scored; this one is {plan_status}",
                       field="plan", plan_status=current.status)  # fmt: skip
    if current.submitted_by_id == actor.officer_id:
        raise PermissionDenied("the officer who wrote a plan does not score it", field="plan")
    if any(r.officer_id == actor.officer_id for r in current.reviews):
        raise Conflict("you have already scored this round of the plan", field="plan")
    if len(current.reviews) >= MAX_REVIEWS:
        raise Conflict("this plan already has two scores", field="plan")
    rubric = plan_queries.rubric(db)
    if len(marks) != len(rubric.criteria):
        raise ValidationError("give a mark for each of the {n} criteria", field="marks",
                              n=len(rubric.criteria))  # fmt: skip
    for m in marks:
        if not isinstance(m, int) or not 0 <= m <= plan_queries.MARK_MAX:
            raise ValidationError("a mark is a whole number from 0 to 5", field="marks")
    day = v.not_future(on or date.today(), "on")
    if day < current.summary.submitted_on:
        raise ValidationError("the score is dated before the submission", field="on")
    if day < current.earliest:
        raise ValidationError("the date is before the plan's last decision", field="on")
    if rubric_version is not None and rubric_version != rubric.version:
        raise Conflict("the rubric changed meanwhile: open the score again", field="marks")
    tenths = plan_queries.weighted_tenths((c.weight for c in rubric.criteria), marks)
    stored = [
        {"name": c.name, "weight": c.weight, "mark": m}
        for c, m in zip(rubric.criteria, marks, strict=True)
    ]
    with db.transaction() as s:
        w = Writer(s, actor)
        w.insert(
            PlanEvent(
                id=new_id(), district_id=_district(s, plan_id), plan_id=plan_id, kind="review",
                officer_id=actor.officer_id, happened_on=day, round=current.round,
                score_tenths=tenths, marks=orjson.dumps(stored).decode(),
                reason=v.text(note, "note", required=False, max_len=1000),
            )
        )  # fmt: skip
        w.audit("plan.review", "business_plan", plan_id, score_tenths=tenths)
    return Changes(people=frozenset({current.summary.beneficiary_id}))


def decide_business_plan(
    db: Database,
    *,
    actor: Actor,
    plan_id: str,
    decision: str,
    reason: str,
    on: date | None = None,
) -> Changes:
    """A supervisor who did not write the plan approves, rejects or sends it back, with a
    reason. Approval needs at least one score in the current round."""
    require(actor, "plan.decide")
    v.choice(decision, PLAN_DECISIONS, "decision")
    why = v.text(reason, "reason", max_len=1000)
    current = plan_queries.plan(db, plan_id)
    if current.status != "submitted":
        raise Conflict("this plan was already {plan_status}", field="plan",
                       plan_status=current.status)  # fmt: skip
    if current.submitted_by_id == actor.officer_id:
        raise PermissionDenied("the officer who wrote a plan does not decide on it", field="plan")
    if decision == "approve" and not current.reviews:
        raise Conflict("score the plan by the rubric before approving it", field="plan")
    day = v.not_future(on or date.today(), "on")
    if day < current.summary.submitted_on:
        raise ValidationError("the decision is dated before the submission", field="on")
    if day < current.earliest:
        raise ValidationError("the date is before the plan's last decision", field="on")
    with db.transaction() as s:
        w = Writer(s, actor)
        w.insert(
            PlanEvent(
                id=new_id(), district_id=_district(s, plan_id), plan_id=plan_id, kind=decision,
                officer_id=actor.officer_id, happened_on=day, round=current.round, reason=why,
            )
        )  # fmt: skip
        w.audit("plan.decide", "business_plan", plan_id, decision=decision)
    return Changes(people=frozenset({current.summary.beneficiary_id}))


def save_rubric(db: Database, *, actor: Actor, criteria: Sequence[tuple]) -> int:
    """Make a new version of the office's rubric: (criterion, weight) pairs whose weights are
    whole numbers summing to 100. Scores already given keep the rubric they were given by.
    Returns the new version. A shipped criterion — named by its code as a third item, or by its
    English name — keeps its code, so it reads in every language."""
    require(actor, "plan.rubric")
    shipped = {c.name: c.code for c in plan_queries.shipped_rubric().criteria}
    out: list[dict] = []
    for i, (name, weight, *code) in enumerate(criteria, start=1):
        if code and code[0] in RUBRIC_CRITERION:  # a shipped criterion kept as it ships
            name = RUBRIC_CRITERION[code[0]]
        name = v.text(name, "criteria")
        if isinstance(weight, str):
            weight = int(weight) if weight.strip().isdigit() else -1
        if not 1 <= weight <= 100:
            raise ValidationError("criterion {n}: a weight is a whole number from 1 to 100",
                                  field="criteria", n=i)  # fmt: skip
        item = {"name": name, "weight": weight}
        if name in shipped:
            item["code"] = shipped[name]
        out.append(item)
    if not out:
        raise ValidationError("a rubric has at least one criterion", field="criteria")
    if len({x["name"].casefold() for x in out}) != len(out):
        raise ValidationError("two criteria have the same name", field="criteria")
    total = sum(x["weight"] for x in out)
    if total != 100:
        raise ValidationError("the weights sum to {total}, not 100", field="criteria",
                              total=total)  # fmt: skip
    version = plan_queries.rubric(db).version + 1
    from app.queries.office import office

    off = office(db)
    with db.transaction() as s:
        w = Writer(s, actor)
        w.insert(
            PlanRubric(
                id=new_id(), district_id=off.district_id, version=version,
                criteria=orjson.dumps(out).decode(), officer_id=actor.officer_id,
                made_on=date.today(),
            )
        )  # fmt: skip
        w.audit("plan.rubric", "plan_rubric", "", version=version)
    return version


@dataclass(frozen=True)
class Item:
    """A grant item as typed: what, how many, the value of one (manat), serial numbers."""

    description: str
    quantity: int | str
    unit_value: str | Decimal
    serial_no: str = ""


def _items(items: Sequence[Item | tuple]) -> list[tuple[str, int, int, str]]:
    if not items:
        raise ValidationError("a grant has at least one item", field="items")
    clean = []
    for i, raw in enumerate(items, start=1):
        it = raw if isinstance(raw, Item) else Item(*raw)
        desc = v.text(it.description, f"items[{i}].description")
        qty = _quantity(it.quantity, f"items[{i}].quantity")
        value = to_qepik(parse_amount(it.unit_value, field=f"items[{i}].value"))
        if value * qty > MAX_MONEY_QEPIK:
            raise ValidationError("the amount is too large", field=f"items[{i}].value")
        serial = v.text(it.serial_no, f"items[{i}].serial_no", required=False, max_len=200)
        clean.append((desc, qty, value, serial))
    if len(clean) > MAX_LINES:
        raise ValidationError("a grant has at most {n} items", field="items", n=MAX_LINES)
    if sum(q * value for _, q, value, _ in clean) > MAX_MONEY_QEPIK:
        raise ValidationError("the amount is too large", field="items")
    return clean


def record_grant(
    db: Database,
    *,
    actor: Actor,
    beneficiary_id: str,
    items: Sequence[Item | tuple],
    given_on: date | None = None,
    business_plan_id: str | None = None,
    handed_over: bool = True,
) -> str:
    """Record an in-kind grant: ``items`` (description, quantity, unit value in manat, serial
    numbers). ``handed_over`` False prepares it (``given_on`` the day planned, which may be
    ahead); :func:`hand_over_grant` records the handover. From a plan, the plan is approved."""
    require(actor, "grant.record")
    clean = _items(items)
    on = given_on or date.today()
    if handed_over:
        v.not_future(on, "given_on")
    if business_plan_id is not None:
        found = plan_queries.plan(db, business_plan_id)
        if found.summary.beneficiary_id != beneficiary_id:
            raise NotFound("no such business plan for this person", field="business_plan")
        if found.status != "approved":
            raise Conflict("the business plan is not approved", field="business_plan")
        if found.grants:
            raise Conflict("this plan's grant is already recorded", field="business_plan")
    with db.transaction() as s:
        ben = get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
        w = Writer(s, actor)
        grant_id = new_id()
        total = sum(q * value for _, q, value, _ in clean)
        w.insert(
            InKindGrant(
                id=grant_id,
                district_id=ben.district_id,
                beneficiary_id=ben.id,
                business_plan_id=business_plan_id,
                given_on=on,
                officer_id=actor.officer_id,
                total_qepik=total,
                status="handed_over" if handed_over else "prepared",
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
                    "serial_no": serial,
                }
                for d, q, val, serial in clean
            ],
        )
        w.audit("grant.record", "in_kind_grant", grant_id, beneficiary=ben.code, total_qepik=total)
    return grant_id


def hand_over_grant(
    db: Database, *, actor: Actor, grant_id: str, on: date | None = None
) -> Changes:
    """Record that a prepared grant was handed over on ``on`` (the act signed on paper)."""
    require(actor, "grant.record")
    day = v.not_future(on or date.today(), "on")
    with db.transaction() as s:
        grant = get_live(s, InKindGrant, grant_id, what="grant", field="grant")
        if grant.status == "handed_over":
            raise Conflict("this grant was already handed over", field="grant")
        w = Writer(s, actor)
        w.update(InKindGrant, grant_id, {"status": "handed_over", "given_on": day})
        w.audit("grant.hand_over", "in_kind_grant", grant_id, on=day)
        person = grant.beneficiary_id
    return Changes(people=frozenset({person}))
