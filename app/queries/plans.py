"""Business plans as the screens, the papers and the workbook read them (#13, DESIGN §8).

A plan's status and score are *derived* from its events (``PlanEvent``), never stored:

* the status is the last decision or resubmission by clock (``approve`` → approved, ``reject``
  → rejected, ``send_back`` → sent back, ``resubmit`` → submitted); with none, the stored status
  (``submitted``, or what a plan decided before #13 carried);
* the round is 1 plus the number of resubmissions; the score is the mean of the reviews given in
  the current round (one decimal), or the stored score of a plan scored before #13.

Two laptops deciding offline both keep their event; the later clock is the status and both show
in the history, so they never conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import orjson

from app.errors import NotFound
from app.money import from_qepik
from app.queries.sql import day, rows
from app.store import Database
from app.vocabulary import DEFAULT_RUBRIC, RUBRIC_CRITERION

MARK_MAX = 5  # a reviewer marks each criterion 0–5

# The derived status of the plan aliased ``p`` (one SQL expression every reader uses).
STATUS_SQL = (
    "coalesce((SELECT CASE e.kind WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected' "
    "WHEN 'send_back' THEN 'sent_back' ELSE 'submitted' END FROM planevent e "
    "WHERE e.plan_id = p.id AND e.kind <> 'review' ORDER BY e.hlc DESC, e.id DESC LIMIT 1), "
    "p.status)"
)
_STATUS_OF = {"approve": "approved", "reject": "rejected", "send_back": "sent_back"}


@dataclass(frozen=True)
class BudgetLine:
    item: str
    quantity: int
    unit_price: Decimal
    source: str  # app.vocabulary.BUDGET_SOURCE

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


def budget_lines(budget: str) -> tuple[BudgetLine, ...]:
    """The stored budget (JSON, checked by ``app.models.rules``) as lines in manat."""
    return tuple(
        BudgetLine(x["item"], x["quantity"], from_qepik(x["unit_qepik"]), x["source"])
        for x in orjson.loads(budget or "[]")
    )


@dataclass(frozen=True)
class Totals:
    budget: Decimal
    own: Decimal
    grant: Decimal
    loan: Decimal  # the loan lines, or the loan asked for if more


def totals(lines: Sequence[BudgetLine], loan_requested: Decimal) -> Totals:
    by = {"own": Decimal(0), "grant": Decimal(0), "loan": Decimal(0)}
    for line in lines:
        by[line.source] += line.total
    return Totals(
        sum(by.values(), Decimal(0)), by["own"], by["grant"], max(by["loan"], loan_requested)
    )


@dataclass(frozen=True)
class Criterion:
    name: str
    weight: int
    code: str = ""  # a shipped criterion (its name is translated on screen and paper)


@dataclass(frozen=True)
class Rubric:
    version: int  # 0: the rubric that ships, never edited by this office
    criteria: tuple[Criterion, ...]


def shipped_rubric() -> Rubric:
    return Rubric(0, tuple(Criterion(RUBRIC_CRITERION[c], w, c) for c, w in DEFAULT_RUBRIC))


def rubric(db: Database) -> Rubric:
    """The rubric in use: the office's latest version, or the one that ships."""
    found = rows(
        db, "SELECT version, criteria FROM planrubric ORDER BY version DESC, hlc DESC LIMIT 1"
    )
    if not found:
        return shipped_rubric()
    version, criteria = found[0]
    return Rubric(
        version,
        tuple(Criterion(c["name"], c["weight"], c.get("code", "")) for c in orjson.loads(criteria)),
    )


def weighted_tenths(weights: Iterable[int], marks: Iterable[int]) -> int:
    """A review's score ×10: Σ weight × mark / 5 on a 0–100 scale (weights sum to 100), in
    tenths, which is exactly 2 × Σ weight × mark — a whole number, no rounding."""
    return sum(w * m for w, m in zip(weights, marks, strict=True)) * 100 // (MARK_MAX * 10)


@dataclass(frozen=True)
class Review:
    officer_id: str
    officer: str
    on: date
    round: int
    score: Decimal  # 0.0–100.0
    marks: tuple[tuple[str, int, int], ...]  # (criterion, weight, mark)
    note: str


@dataclass(frozen=True)
class Happening:
    """One line of a plan's history."""

    on: date
    kind: str  # "submitted", or an app.vocabulary.PLAN_EVENT code
    officer: str
    text: str  # the reason, or the score
    round: int


@dataclass(frozen=True)
class Derived:
    status: str
    round: int
    score: Decimal | None
    reviews: tuple[Review, ...]  # the current round's
    reason: str  # the last decision's (none after a resubmission)
    last_on: date | None = None  # the day of the latest decision or resubmission


def _tenths(values: Sequence[int]) -> Decimal:
    mean = Decimal(sum(values)) / len(values) / 10
    return mean.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def derive(stored_status: str, stored_score: int | None, events: Sequence[tuple]) -> Derived:
    """Status, round, score and current reviews from ``events`` in clock order, each
    ``(kind, officer_id, officer, on, round, score_tenths, marks, reason)``."""
    status, rnd, reason = stored_status, 1, ""
    reviews: list[Review] = []
    last = None
    for kind, officer_id, officer, on, r, tenths, marks, why in events:
        if kind == "review":
            # one score per reviewer a round, two at most (laptops scoring offline may make
            # more; the first by clock count)
            if r == rnd and len(reviews) < 2 and all(x.officer_id != officer_id for x in reviews):
                reviews.append(
                    Review(
                        officer_id, officer, on, r, Decimal(tenths or 0) / 10,
                        tuple((m["name"], m["weight"], m["mark"]) for m in orjson.loads(marks)),
                        why,
                    )
                )  # fmt: skip
            continue
        last = on if last is None else max(last, on)
        if kind == "resubmit":
            status, rnd, reviews, reason = "submitted", max(rnd, r), [], ""
        else:
            status, reason = _STATUS_OF[kind], why
    if reviews:
        score: Decimal | None = _tenths([int(x.score * 10) for x in reviews])
    else:
        score = None if stored_score is None else Decimal(stored_score)
    return Derived(status, rnd, score, tuple(reviews), reason, last)


@dataclass(frozen=True)
class PlanSummary:
    id: str
    beneficiary_id: str
    title: str
    business_type: str
    requested: Decimal
    submitted_on: date
    status: str
    score: Decimal | None
    reason: str  # the last decision's reason
    reviews: int  # in the current round


@dataclass(frozen=True)
class PlanDetail:
    summary: PlanSummary
    person: str  # "Əliyeva Günay (AGD-1-000001)"
    description: str
    lines: tuple[BudgetLine, ...]
    loan_requested: Decimal
    totals: Totals
    submitted_by_id: str | None
    submitted_by: str
    round: int
    reviews: tuple[Review, ...]
    history: tuple[Happening, ...]
    grants: int  # grants recorded from this plan
    last_on: date | None = None  # no event may be dated before the latest decision

    @property
    def earliest(self) -> date:
        """The first day a new score, decision or resubmission may carry."""
        return max(self.summary.submitted_on, self.last_on or self.summary.submitted_on)

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def status(self) -> str:
        return self.summary.status


_EVENTS = (
    "SELECT e.plan_id, e.kind, e.officer_id, coalesce(o.full_name, ''), e.happened_on, e.round, "
    "e.score_tenths, e.marks, e.reason FROM planevent e LEFT JOIN officer o ON o.id = e.officer_id "
)
_PLANS = (
    "SELECT p.id, p.beneficiary_id, p.title, p.business_type, p.requested_qepik, p.submitted_on, "
    "p.status, p.score, p.decision_note FROM businessplan p WHERE p.deleted = 0 "
)


def _events(db: Database, where: str, params: Sequence) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for r in rows(db, _EVENTS + where + " ORDER BY e.hlc, e.id", params):
        out.setdefault(r[0], []).append((r[1], r[2], r[3], day(r[4]), *r[5:]))
    return out


def _summary(r: tuple, events: list[tuple]) -> tuple[PlanSummary, Derived]:
    d = derive(r[6], r[7], events)
    summary = PlanSummary(
        r[0], r[1], r[2], r[3], from_qepik(r[4]), day(r[5]), d.status, d.score,
        d.reason or (r[8] if not events else ""), len(d.reviews),
    )  # fmt: skip
    return summary, d


def plans_of(db: Database, beneficiary_id: str) -> tuple[PlanSummary, ...]:
    """One person's plans, newest first."""
    found = rows(db, _PLANS + "AND p.beneficiary_id = ? ORDER BY p.submitted_on DESC, p.hlc DESC",
                 (beneficiary_id,))  # fmt: skip
    events = _events(
        db, "JOIN businessplan p ON p.id = e.plan_id WHERE p.beneficiary_id = ?", (beneficiary_id,)
    )
    return tuple(_summary(r, events.get(r[0], []))[0] for r in found)


def all_plans(db: Database, as_of: date | None = None) -> list[tuple[PlanSummary, Totals]]:
    """Every live plan of the office submitted by ``as_of`` with its budget totals (the
    workbook), by submission; its status and score as its events known by then made them."""
    cut = (as_of or date.max).isoformat()
    events = _events(db, "WHERE e.happened_on <= ?", (cut,))
    out = []
    for r in rows(
        db,
        "SELECT p.id, p.beneficiary_id, p.title, p.business_type, p.requested_qepik, "
        "p.submitted_on, p.status, p.score, p.decision_note, p.budget, p.loan_requested_qepik "
        "FROM businessplan p WHERE p.deleted = 0 AND p.submitted_on <= ? "
        "ORDER BY p.submitted_on, p.id",
        (cut,),
    ):
        summary = _summary(r, events.get(r[0], []))[0]
        out.append((summary, totals(budget_lines(r[9]), from_qepik(r[10]))))
    return out


def plan(db: Database, plan_id: str) -> PlanDetail:
    """Everything the plan screen shows. Raises ``NotFound`` for an unknown or deleted plan."""
    found = rows(db, _PLANS + "AND p.id = ?", (plan_id,))
    if not found:
        raise NotFound("no such business plan", field="plan")
    r = found[0]
    extra = rows(
        db,
        "SELECT p.description, p.budget, p.loan_requested_qepik, p.submitted_by, "
        "coalesce(o.full_name, ''), b.surname || ' ' || b.given_name || ' (' || b.code || ')', "
        "(SELECT count(*) FROM inkindgrant g WHERE g.business_plan_id = p.id "
        "AND g.deleted = 0) FROM businessplan p JOIN beneficiary b ON b.id = p.beneficiary_id "
        "LEFT JOIN officer o ON o.id = p.submitted_by WHERE p.id = ?",
        (plan_id,),
    )[0]
    events = _events(db, "WHERE e.plan_id = ?", (plan_id,)).get(plan_id, [])
    summary, d = _summary(r, events)
    lines = budget_lines(extra[1])
    loan_requested = from_qepik(extra[2])
    history = [Happening(summary.submitted_on, "submitted", extra[4], "", 1)]
    for kind, _, officer, on, rnd, tenths, _marks, why in events:
        text = str(Decimal(tenths or 0) / 10) if kind == "review" else why
        if kind == "review" and why:
            text = f"{text} — {why}"
        history.append(Happening(on, kind, officer, text, rnd))
    if not events and r[6] != "submitted":  # decided before #13: the stored decision
        history.append(Happening(r[5] if isinstance(r[5], date) else day(r[5]), _decided(r[6]),
                                 "", r[8], 1))  # fmt: skip
    return PlanDetail(
        summary, extra[5], extra[0], lines, loan_requested, totals(lines, loan_requested),
        extra[3], extra[4], d.round, d.reviews, tuple(history), extra[6], d.last_on,
    )  # fmt: skip


def _decided(status: str) -> str:
    return {"approved": "approve", "rejected": "reject"}.get(status, status)


def latest_approved(db: Database, beneficiary_id: str) -> str | None:
    """The id of the person's most recently submitted approved plan, if any: the plan a new
    loan finances."""
    found = rows(
        db,
        f"SELECT p.id FROM businessplan p WHERE p.beneficiary_id = ? AND p.deleted = 0 "
        f"AND {STATUS_SQL} = 'approved' ORDER BY p.submitted_on DESC, p.hlc DESC LIMIT 1",
        (beneficiary_id,),
    )
    return found[0][0] if found else None
