"""``fieldbook demo``: a realistic, deterministic programme for one district office.

Officers, case files with Azerbaijani names and the district's villages, three-day trainings with
partial attendance, business plans, in-kind grants, and loans with repayment histories — most on
time, some slow, about 5 % more than 30 days late, a few written off, a few mistakes reversed.

The programme is built in memory with the same loan math the services use (``app.ledger``) and
written through the same ``Writer`` (rows + outbox), in chunks, with one audit event for the
whole run. Calling the per-use-case services 100,000 times would take minutes; the figures would
be the same. For a given seed and day the content is the same (ids are fresh UUIDs).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import orjson

from app import districts
from app.demo import data
from app.errors import ValidationError
from app.ids import human_number, new_id
from app.ledger import Entry, build_schedule, replay
from app.models import (
    AttendanceMark,
    Beneficiary,
    BusinessPlan,
    CaseNote,
    Enrollment,
    GrantItem,
    InKindGrant,
    Installment,
    LedgerEntry,
    Loan,
    LoanDecision,
    LoanNote,
    LoanProduct,
    PlanEvent,
    TrainingCourse,
    TrainingSession,
)
from app.money import to_qepik
from app.queries.office import profile
from app.queries.plans import rubric, weighted_tenths
from app.services import office as office_svc
from app.services._write import Writer
from app.services.context import Actor
from app.services.loans import terms_of
from app.store import Database
from app.text import person_key
from app.vocabulary import DEFAULT_RUBRIC, RUBRIC_CRITERION

PASSWORD = "fieldbook-demo"
CHUNK = 400  # beneficiaries per transaction: bounded memory, visible progress

_CATEGORIES = (
    ("mine_survivor", 35),
    ("family_member", 30),
    ("idp", 20),
    ("returning_migrant", 10),
    ("other_vulnerable", 5),
)

_PRODUCTS = (
    dict(name="Micro-business loan", rate="18", min_term=6, max_term=24),
    dict(name="Agriculture loan (3 months grace)", rate="16", grace=3, min_term=9, max_term=24),
    dict(
        name="Weekly market-trader loan",
        rate="20",
        frequency="weekly",
        min_term=16,
        max_term=40,
        max_principal="2000",
    ),
    dict(
        name="Small flat-rate loan",
        rate="12",
        method="flat",
        min_term=6,
        max_term=12,
        max_principal="3000",
    ),
)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def _officers(db: Database) -> dict[str, Actor]:
    """Create (or find) the office's demo logins, one per role."""
    from sqlmodel import select

    from app.models import Officer

    with db.session() as s:
        existing = set(s.exec(select(Officer.login)).all())
    people = (
        ("admin", "Məmmədov Rəşad", "administrator"),
        ("supervisor", "Hüseynova Günel", "supervisor"),
        ("loan1", "Quliyev Elşən", "loan_officer"),
        ("loan2", "İsmayılova Səbinə", "loan_officer"),
        ("trainer", "Şükürova Nərgiz", "trainer"),
    )
    actors: dict[str, Actor] = {}
    for login, name, role in people:
        if login in existing:
            actors[login] = office_svc.actor_for(db, login)
            continue
        admin = actors.get("admin")
        actors[login] = office_svc.create_officer(
            db, actor=admin, login=login, full_name=name, role=role, password=PASSWORD
        )
    return actors


def _products(db: Database, admin: Actor) -> list[LoanProduct]:
    from sqlmodel import select

    from app.services import loans

    with db.session() as s:
        found = list(s.exec(select(LoanProduct).where(LoanProduct.deleted == False)))
    if not found:
        for spec in _PRODUCTS:
            loans.create_product(db, actor=admin, **spec)  # type: ignore[arg-type]
        with db.session() as s:
            found = list(s.exec(select(LoanProduct).where(LoanProduct.deleted == False)))
    return sorted(found, key=lambda p: p.name)


def _paper_and_rubric(db: Database, admin: Actor, d: districts.District) -> None:
    """The organisation every paper names and the office's rubric (#13), set once."""
    from app.services import plans

    if not profile(db).organisation:
        office_svc.save_profile(
            db, actor=admin, organisation="Reintegration Programme (demo)",
            programme="Socio-economic reintegration of mine survivors",
            address=f"{d.name}, Heydər Əliyev prospekti 12", phone="+994 12 555 01 02",
        )  # fmt: skip
    if rubric(db).version == 0:
        plans.save_rubric(
            db, actor=admin, criteria=[(RUBRIC_CRITERION[c], w) for c, w in DEFAULT_RUBRIC]
        )


def _a_note_at_least(db: Database, officer: Actor) -> None:
    """A small office may have no late loan to note: one note on an active loan (#14), so
    every synced table holds a row (the hostile-server test attacks each)."""
    from app.queries.sql import rows
    from app.services.loans import add_loan_note

    if rows(db, "SELECT 1 FROM loannote LIMIT 1"):
        return
    found = rows(db, "SELECT id FROM loan WHERE status = 'active' AND deleted = 0 LIMIT 1")
    if found:
        add_loan_note(db, actor=officer, loan_id=found[0][0], text=data.PROMISE_NOTES[0])


def demo_district(name: str) -> districts.District:
    """The demo district for a name, code or English name, or a ``ValidationError``."""
    try:
        return districts.district(name)
    except KeyError:
        valid = ", ".join(f"{d.name} ({d.code})" for d in districts.DISTRICTS.values())
        raise ValidationError(
            "Unknown district {name!r}; valid districts: {valid}",
            field="district",
            name=name,
            valid=valid,
        ) from None


def build_demo(
    db: Database,
    *,
    district: str = "Xaçmaz",
    beneficiaries: int = 300,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Fill ``db`` with a demo office of ``beneficiaries`` case files. Returns counts."""
    d = demo_district(district)
    today = today or date.today()
    off = office_svc.initialise_office(
        db, district_name=d.name, district_code=d.code, district_en=d.name_en, device_no=1
    )
    actors = _officers(db)
    products = _products(db, actors["admin"])
    _paper_and_rubric(db, actors["admin"], d)
    rng = random.Random(f"{seed}:{d.code}")
    totals = dict(beneficiaries=0, loans=0, ledger_entries=0, courses=0, grants=0, plans=0)
    done = 0
    while done < beneficiaries:
        n = min(CHUNK, beneficiaries - done)
        with db.transaction() as s:
            gen = _Chunk(Writer(s, actors["admin"]), off, d, actors, products, rng, today)
            gen.build(n)
            for key, value in gen.counts.items():
                totals[key] += value
        done += n
        if progress:
            progress(done, beneficiaries)
    _a_note_at_least(db, actors["loan1"])
    with db.transaction() as s:
        Writer(s, actors["admin"]).audit(
            "demo.build", "office", off.district_id, seed=seed, **totals
        )
    return {
        "district": d.name,
        **totals,
        "logins": ", ".join(sorted(actors)),
        "password": PASSWORD,
    }


class _Chunk:
    """Generates one chunk of case files with everything that hangs off them."""

    def __init__(self, w, off, district, actors, products, rng, today) -> None:
        self.w, self.off, self.d, self.rng, self.today = w, off, district, rng, today
        self.villages = data.VILLAGES[district.code]
        self.actors, self.products = actors, products
        self.rows: dict[type, list[dict[str, Any]]] = {}
        self.counts = dict(beneficiaries=0, loans=0, ledger_entries=0, courses=0, grants=0, plans=0)

    def add(self, model: type, **values: Any) -> str:
        values.setdefault("id", new_id())
        values.setdefault("district_id", self.off.district_id)
        self.rows.setdefault(model, []).append(values)
        return values["id"]

    def build(self, n: int) -> None:
        rng, today = self.rng, self.today
        codes = self.w.next_numbers("beneficiary", n)
        people = []
        for num in codes:
            sex = "F" if rng.random() < 0.55 else "M"
            surname, given, patronymic = data.person_name(rng, sex)
            category = _weighted(rng, _CATEGORIES)
            birth = today - timedelta(days=rng.randint(18 * 365, 66 * 365))
            code = human_number(self.d.code, self.off.device_no, num, "B")
            consent_on = today - timedelta(days=rng.randint(30, 1400))
            bid = self.add(
                Beneficiary,
                code=code,
                surname=surname,
                given_name=given,
                patronymic=patronymic,
                sex=sex,
                birth_date=birth,
                village=rng.choice(self.villages),
                category=category,
                disability=(category == "mine_survivor" and rng.random() < 0.7)
                or rng.random() < 0.05,
                phone=data.phone(rng),
                id_document=data.id_number(rng),
                consent_given=True,
                consent_date=consent_on,
                case_status="open",
                search_key=person_key(surname, given, patronymic, code),
            )
            people.append((bid, consent_on))
            if rng.random() < 0.6:
                self.add(
                    CaseNote,
                    beneficiary_id=bid,
                    author_id=self.actors["loan1"].officer_id,
                    written_on=consent_on + timedelta(days=rng.randint(0, 20)),
                    text=rng.choice(data.CASE_NOTE_TEMPLATES).format(
                        village=rng.choice(self.villages),
                        business=rng.choice(data.BUSINESS_TYPES)[0],
                    ),
                )
        self.counts["beneficiaries"] += n
        trained = self._trainings([p for p in people if rng.random() < 0.6])
        self._plans_and_grants(trained)
        for bid, since in people:
            if rng.random() < 0.5:
                self._loan(bid, since)
        self._number()
        for model, rows in self.rows.items():
            self.w.insert_many(model, rows)

    def _number(self) -> None:
        """Give the chunk's loans and receipts their numbers with one reservation each."""
        loans = self.rows.get(Loan, [])
        for row, num in zip(loans, self.w.next_numbers("loan", len(loans)), strict=True):
            row["number"] = human_number(self.d.code, self.off.device_no, num)
        receipts = [r for r in self.rows.get(LedgerEntry, []) if r["kind"] == "repayment"]
        for row, num in zip(receipts, self.w.next_numbers("receipt", len(receipts)), strict=True):
            row["receipt_no"] = human_number(self.d.code, self.off.device_no, num, "R")

    def _trainings(self, people: list[tuple[str, date]]) -> list[tuple[str, date]]:
        rng, trainer = self.rng, self.actors["trainer"].officer_id
        trained = []
        for start in range(0, len(people), 20):
            group = people[start : start + 20]
            first = max(p[1] for p in group) + timedelta(days=rng.randint(7, 40))
            first = min(first, self.today - timedelta(days=3))
            title = rng.choice(data.TRAINING_COURSES)[0]
            cid = self.add(
                TrainingCourse,
                title=title,
                venue=f"{rng.choice(self.villages)} community centre",
                starts_on=first,
                trainer_id=trainer,
                min_sessions_to_complete=2,
            )
            self.counts["courses"] += 1
            sessions = [
                self.add(
                    TrainingSession,
                    course_id=cid,
                    n=k,
                    held_on=first + timedelta(days=k - 1),
                    topic=f"Day {k}",
                )
                for k in (1, 2, 3)
            ]
            for bid, _ in group:
                self.add(Enrollment, course_id=cid, beneficiary_id=bid, enrolled_on=first)
                keen = rng.random()
                attended = 0
                for sid in sessions:
                    present = rng.random() < (0.95 if keen > 0.2 else 0.4)
                    attended += present
                    self.add(
                        AttendanceMark,
                        session_id=sid,
                        beneficiary_id=bid,
                        present=present,
                        officer_id=trainer,
                    )
                if attended >= 2:
                    trained.append((bid, first + timedelta(days=3)))
        return trained

    def _plans_and_grants(self, trained: list[tuple[str, date]]) -> None:
        """Plans written by a loan officer with budget lines (the goods as a grant, the rent as
        the person's own part), scored by the trainer, decided by the supervisor (#13)."""
        rng, sup = self.rng, self.actors["supervisor"].officer_id
        writer, reviewer = self.actors["loan1"].officer_id, self.actors["trainer"].officer_id
        weights = [w for _, w in DEFAULT_RUBRIC]
        for bid, after in trained:
            if rng.random() > 0.5:
                continue
            business, items = rng.choice(data.BUSINESS_TYPES)
            submitted = min(after + timedelta(days=rng.randint(5, 30)), self.today)
            reviewed = min(submitted + timedelta(days=rng.randint(1, 10)), self.today)
            decided = min(reviewed + timedelta(days=rng.randint(1, 10)), self.today)
            approved = rng.random() < 0.7
            budget = [
                {"item": desc, "quantity": 1, "unit_qepik": to_qepik(Decimal(v)),
                 "source": "grant"}
                for desc, v in items
            ] + [{"item": "Workshop rent (month)", "quantity": 3,
                  "unit_qepik": rng.randrange(40, 120) * 100, "source": "own"}]  # fmt: skip
            pid = self.add(
                BusinessPlan,
                beneficiary_id=bid,
                title=f"{business} in {rng.choice(self.villages)}",
                business_type=business,
                requested_qepik=sum(to_qepik(Decimal(v)) for _, v in items),
                submitted_on=submitted,
                submitted_by=writer,
                budget=orjson.dumps(budget).decode(),
            )
            marks = [rng.randint(3, 5) if approved else rng.randint(0, 3) for _ in weights]
            self.add(
                PlanEvent, plan_id=pid, kind="review", officer_id=reviewer, happened_on=reviewed,
                round=1, score_tenths=weighted_tenths(weights, marks),
                marks=orjson.dumps([
                    {"name": RUBRIC_CRITERION[c], "weight": w, "mark": m}
                    for (c, w), m in zip(DEFAULT_RUBRIC, marks, strict=True)
                ]).decode(),
                reason="",
            )  # fmt: skip
            self.add(
                PlanEvent, plan_id=pid, kind="approve" if approved else "reject",
                officer_id=sup, happened_on=decided, round=1, marks="[]",
                reason="Bazar və bacarıq var" if approved else "Bazar araşdırılmayıb",
            )  # fmt: skip
            self.counts["plans"] += 1
            if approved and rng.random() < 0.6:
                given = min(decided + timedelta(days=rng.randint(7, 45)), self.today)
                total = sum(to_qepik(Decimal(v)) for _, v in items)
                gid = self.add(
                    InKindGrant,
                    beneficiary_id=bid,
                    business_plan_id=pid,
                    given_on=given,
                    officer_id=sup,
                    total_qepik=total,
                    status="handed_over",
                )
                for desc, value in items:
                    self.add(
                        GrantItem,
                        grant_id=gid,
                        description=desc,
                        quantity=1,
                        unit_value_qepik=to_qepik(Decimal(value)),
                        serial_no=f"SN-{rng.randrange(10**6, 10**7)}",
                    )
                self.counts["grants"] += 1

    def _loan(self, bid: str, since: date) -> None:
        rng, today = self.rng, self.today
        product = rng.choice(self.products)
        term = rng.randint(product.min_term, product.max_term)
        principal = to_qepik(Decimal(rng.randrange(5, 31) * 100))
        principal = min(max(principal, product.min_principal_qepik), product.max_principal_qepik)
        earliest = max(since, today - timedelta(days=1100))
        if earliest >= today - timedelta(days=5):
            return
        disbursed = earliest + timedelta(days=rng.randint(0, (today - earliest).days - 5))
        officer = self.actors[rng.choice(("loan1", "loan2"))].officer_id
        sched = build_schedule(terms_of(product, principal, term, disbursed))
        loan_id = new_id()
        entries: list[Entry] = [
            Entry(new_id(), "disbursement", disbursed, Decimal(principal) / 100)
        ]
        fee = (Decimal(principal) / 10_000).quantize(Decimal("0.01"))  # 1 % application fee
        entries.append(Entry(new_id(), "fee", disbursed, fee, seq=1))
        self._history(sched.installments, entries, disbursed, fee)
        state = replay(
            sched.installments,
            entries,
            as_of=today,
            order=tuple(product.allocation_order.split(",")),
        )
        status = {"closed": "closed", "written_off": "written_off"}.get(state.status, "active")
        if state.days_in_arrears > 180 and rng.random() < 0.4:
            wo_on = today - timedelta(days=rng.randint(1, 30))
            entries.append(
                Entry(new_id(), "write_off", wo_on, state.outstanding_principal, seq=len(entries))
            )
            status = "written_off"
            state = replay(
                sched.installments,
                entries,
                as_of=today,
                order=tuple(product.allocation_order.split(",")),
            )
        self.add(
            Loan,
            id=loan_id,
            number=None,
            beneficiary_id=bid,
            product_id=product.id,
            officer_id=officer,
            principal_qepik=principal,
            rate_bp=product.rate_bp,
            term=term,
            method=product.method,
            amortization=product.amortization,
            frequency=product.frequency,
            grace=product.grace,
            multiple_qepik=product.multiple_qepik,
            rounding=product.rounding,
            allocation_order=product.allocation_order,
            purpose=rng.choice(data.BUSINESS_TYPES)[0],
            created_on=disbursed,
            status=status,
            disbursed_on=disbursed,
            warnings="",  # as the loan service writes a proposal with nothing to explain
            warnings_reason="",
        )
        self.add(  # #13: proposed by the officer, approved by the supervisor
            LoanDecision,
            loan_id=loan_id,
            decision="approved",
            reason="",
            officer_id=self.actors["supervisor"].officer_id,
            decided_on=disbursed,
        )
        for i in sched.installments:
            self.add(
                Installment,
                loan_id=loan_id,
                n=i.n,
                due_on=i.due,
                principal_qepik=to_qepik(i.principal),
                interest_qepik=to_qepik(i.interest),
            )
        self._write_entries(loan_id, principal, officer, entries, state)
        self.counts["loans"] += 1
        if state.status == "active" and state.days_in_arrears > 0 and rng.random() < 0.5:
            self.add(  # #14: the officer's visit to a late borrower, kept on the loan
                LoanNote, loan_id=loan_id, officer_id=officer,
                written_on=today - timedelta(days=rng.randint(0, 6)),
                promised_on=today + timedelta(days=rng.randint(1, 12)),
                text=rng.choice(data.PROMISE_NOTES),
            )  # fmt: skip

    def _history(self, dues, entries: list[Entry], disbursed: date, fee: Decimal) -> None:
        """Payments as people make them: mostly on time, some late, some stopping.

        The application fee is paid with the first installment (the allocation takes it first).
        """
        rng, today = self.rng, self.today
        kind = rng.random()
        stop_after = None
        if kind < 0.10:  # stops paying: more than 30 days late unless the loan is young
            stop_after = rng.randint(0, max(0, len(dues) - 1))
        late = 0 if kind > 0.17 else rng.randint(3, 25)
        seq = 2
        for k, inst in enumerate(dues):
            if stop_after is not None and k >= stop_after:
                break
            pay_on = inst.due + timedelta(days=late + rng.randint(-3, 1))
            pay_on = max(pay_on, disbursed + timedelta(days=1))
            if pay_on > today:
                break
            total = inst.principal + inst.interest + (fee if k == 0 else 0)
            if rng.random() < 0.5 and total > 2:  # paid in two visits
                first = (total * Decimal("0.6")).quantize(Decimal("0.01"))
                second_on = min(pay_on + timedelta(days=rng.randint(1, 6)), today)
                entries.append(Entry(new_id(), "repayment", pay_on, first, seq=seq))
                entries.append(Entry(new_id(), "repayment", second_on, total - first, seq=seq + 1))
                seq += 2
            else:
                entries.append(Entry(new_id(), "repayment", pay_on, total, seq=seq))
                seq += 1
        repayments = [e for e in entries if e.kind == "repayment"]
        if repayments and rng.random() < 0.02:  # a typing mistake, reversed by the supervisor
            wrong = rng.choice(repayments)
            entries.append(Entry(new_id(), "reversal", wrong.on, wrong.amount, wrong.id, seq=seq))
            entries.append(Entry(new_id(), "repayment", wrong.on, wrong.amount, seq=seq + 1))

    def _write_entries(self, loan_id, principal, officer, entries, state) -> None:
        outstanding = principal
        sup = self.actors["supervisor"].officer_id
        for e in sorted(entries, key=lambda e: (e.on, e.seq)):
            values: dict[str, Any] = dict(
                id=e.id,
                loan_id=loan_id,
                kind=e.kind,
                value_date=e.on,
                amount_qepik=to_qepik(e.amount),
                officer_id=officer,
                reverses_id=e.reverses,
                # every row the same keys, so a chunk is one executemany (Writer.insert_many)
                recorded_at=datetime.combine(e.on, time(9 + e.seq % 8), UTC),  # typed that day
                receipt_no=None, reason="", alloc_interest_qepik=0, alloc_principal_qepik=0,
                alloc_penalty_qepik=0, alloc_fee_qepik=0, balance_after_qepik=None,
            )  # fmt: skip
            if e.kind == "repayment":
                split = state.allocations.get(e.id)
                values["receipt_no"] = None  # numbered for the whole chunk in _number()
                if split is not None:
                    outstanding -= to_qepik(split.principal)
                    values.update(
                        alloc_interest_qepik=to_qepik(split.interest),
                        alloc_principal_qepik=to_qepik(split.principal),
                        alloc_penalty_qepik=to_qepik(split.penalty),
                        alloc_fee_qepik=to_qepik(split.fee),
                    )
                values["balance_after_qepik"] = outstanding
            elif e.kind == "fee":
                values["reason"] = "Application fee (1 %)"
            elif e.kind in ("reversal", "write_off"):
                values["officer_id"] = sup
                values["reason"] = "Typing mistake" if e.kind == "reversal" else "Unrecoverable"
            self.add(LedgerEntry, **values)
            self.counts["ledger_entries"] += 1
