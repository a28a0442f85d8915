"""Loan products and the life of a loan: create, disburse, repay, reverse, write off.

Balances are never stored alone: every use case loads the loan's schedule and ledger entries
with ``app.queries.loans`` (the one loader, #12), replays them with ``app.ledger`` and decides
on the result (DESIGN §3, STYLE §3). The only stored figures are the immutable entries
themselves (and, on a repayment, the split and balance as they were when the receipt was
printed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from app.errors import Conflict, DomainError, NotFound, PermissionDenied, ValidationError
from app.ids import human_number, new_id
from app.ledger import (
    ALLOCATION_DEFAULT,
    Allocation,
    LoanState,
    LoanTerms,
    Schedule,
    build_schedule,
    validate_terms,
)
from app.models import (
    Beneficiary,
    Installment,
    LedgerEntry,
    Loan,
    LoanDecision,
    LoanNote,
    LoanProduct,
    Officer,
)
from app.money import from_qepik, parse_amount, to_qepik
from app.queries import loans as loan_queries
from app.queries.loan_views import ReceiptRow, local_day, receipt_row
from app.queries.loans import FAR_FUTURE, LoanLedger, load_loan, receipt_taken
from app.queries.loans import decision as decision_of
from app.queries.office import office
from app.queries.plans import latest_approved
from app.services import validate as v
from app.services._rows import get_live
from app.services._write import Writer
from app.services.context import Actor, Changes, allowed, may_reverse, require
from app.store import Database
from app.vocabulary import LOAN_DECISIONS, LOAN_WARNING

COMPONENTS = set(ALLOCATION_DEFAULT)


def _rate_bp(rate: str | Decimal) -> int:
    try:
        value = Decimal(str(rate).replace(",", ".").strip().rstrip("%"))
    except ArithmeticError:
        raise ValidationError("{rate!r} is not a rate", field="rate", rate=rate) from None
    if not value.is_finite() or value < 0 or value > 200:
        raise ValidationError("the annual rate is between 0 and 200 %", field="rate")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError("a rate has at most two decimals", field="rate")
    return int(value * 100)


def _allocation_order(text: str) -> str:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if sorted(parts) != sorted(COMPONENTS):
        raise ValidationError(
            "name each of penalty, fee, interest, principal once", field="allocation_order"
        )
    return ",".join(parts)


@dataclass(frozen=True)
class ProductTerms:
    """A loan product's terms, checked (:func:`product_terms`): what a product row stores."""

    name: str
    method: str
    amortization: str
    frequency: str
    rate_bp: int
    min_term: int
    max_term: int
    min_principal_qepik: int
    max_principal_qepik: int
    grace: int
    multiple_qepik: int | None
    rounding: str
    allocation_order: str

    def sample(self, start: date) -> LoanTerms:
        """The largest loan the product allows, for its longest term: what a preview shows."""
        multiple = None if self.multiple_qepik is None else from_qepik(self.multiple_qepik)
        return LoanTerms(from_qepik(self.max_principal_qepik), Decimal(self.rate_bp) / 100,
                         self.max_term, start, self.method, self.amortization, self.frequency,
                         self.grace, multiple, self.rounding)  # fmt: skip


def product_terms(
    *,
    name: str,
    rate: str | Decimal,
    method: str = "declining",
    amortization: str = "equal-installments",
    frequency: str = "monthly",
    min_term: int = 3,
    max_term: int = 24,
    min_principal: str | Decimal = "100",
    max_principal: str | Decimal = "10000",
    grace: int = 0,
    multiple: str | Decimal | None = None,
    rounding: str = "half-up",
    allocation_order: str = ",".join(ALLOCATION_DEFAULT),
) -> ProductTerms:
    """Check a product's terms as typed, with the ledger's own rules; raise ``ValidationError``
    naming the first field that is wrong."""
    name = v.text(name, "name", max_len=120)
    rate_bp = _rate_bp(rate)
    lo = to_qepik(parse_amount(min_principal, field="min_principal"))
    hi = to_qepik(parse_amount(max_principal, field="max_principal"))
    if lo > hi:
        raise ValidationError("the minimum is above the maximum", field="min_principal")
    if not 1 <= min_term <= max_term:
        raise ValidationError("terms run from 1 up to the maximum", field="min_term")
    mult = None if multiple in (None, "") else to_qepik(parse_amount(multiple, field="multiple"))
    order = _allocation_order(allocation_order)
    terms = ProductTerms(name, method, amortization, frequency, rate_bp, min_term, max_term, lo,
                         hi, grace, mult, rounding, order)  # fmt: skip
    validate_terms(terms.sample(date.today()))  # the combination, at the longest term it allows
    if not 0 <= grace < min_term:
        raise ValidationError(
            "the grace period must be shorter than the shortest term", field="grace"
        )
    return terms


def preview_product(terms: ProductTerms, start: date | None = None) -> Schedule:
    """The schedule of the largest, longest loan a product allows (the product form's preview)."""
    return build_schedule(terms.sample(start or date.today()))


def create_product(db: Database, *, actor: Actor, **terms: Any) -> str:
    """A new loan product from terms as typed (:func:`product_terms`); returns its id."""
    require(actor, "product.manage")
    checked = product_terms(**terms)
    product_id = new_id()
    with db.transaction() as s:
        w = Writer(s, actor)
        _insert_product(w, db, product_id, checked)
        w.audit("product.create", "loan_product", product_id, name=checked.name)
    return product_id


def revise_product(db: Database, *, actor: Actor, product_id: str, **terms: Any) -> str:
    """New terms for a product: a new version is made and the old one retired, in one
    transaction. Loans copy their terms, so no loan changes; new loans take the new version.
    Returns the new version's id."""
    require(actor, "product.manage")
    checked = product_terms(**terms)
    new = new_id()
    with db.transaction() as s:
        old = get_live(s, LoanProduct, product_id, what="loan product", field="product")
        if not old.active:
            raise Conflict("this product is retired; add a new one instead", field="product")
        w = Writer(s, actor)
        _insert_product(w, db, new, checked)
        w.update(LoanProduct, product_id, {"active": False})
        w.audit("product.revise", "loan_product", new, name=checked.name, replaces=product_id)
    return new


def retire_product(db: Database, *, actor: Actor, product_id: str) -> None:
    """No new loans from this product; its loans go on as they are."""
    require(actor, "product.manage")
    with db.transaction() as s:
        product = get_live(s, LoanProduct, product_id, what="loan product", field="product")
        if not product.active:
            return  # retired already: nothing to do
        w = Writer(s, actor)
        w.update(LoanProduct, product_id, {"active": False})
        w.audit("product.retire", "loan_product", product_id, name=product.name)


def _insert_product(w: Writer, db: Database, product_id: str, t: ProductTerms) -> None:
    w.insert(
        LoanProduct(
            id=product_id, district_id=office(db).district_id, name=t.name, method=t.method,
            amortization=t.amortization, frequency=t.frequency, rate_bp=t.rate_bp,
            min_term=t.min_term, max_term=t.max_term, min_principal_qepik=t.min_principal_qepik,
            max_principal_qepik=t.max_principal_qepik, grace=t.grace,
            multiple_qepik=t.multiple_qepik, rounding=t.rounding,
            allocation_order=t.allocation_order,
        )
    )  # fmt: skip


def terms_of(loan: Loan | LoanProduct, principal_qepik: int, term: int, start: date) -> LoanTerms:
    return LoanTerms(
        principal=from_qepik(principal_qepik),
        annual_rate=Decimal(loan.rate_bp) / 100,
        term=term,
        start=start,
        method=loan.method,
        amortization=loan.amortization,
        frequency=loan.frequency,
        grace=loan.grace,
        multiple=None if loan.multiple_qepik is None else from_qepik(loan.multiple_qepik),
        rounding=loan.rounding,
    )


def preview_schedule(
    db: Database, *, product_id: str, principal: str | Decimal, term: int, start: date
) -> Schedule:
    """The schedule a new loan would get (for the create screen), checked against the product."""
    with db.session() as s:
        product = s.get(LoanProduct, product_id)
    if product is None or product.deleted:
        raise NotFound("no such loan product", field="product")
    amount = to_qepik(parse_amount(principal, field="principal"))
    _check_against_product(product, amount, term)
    return build_schedule(terms_of(product, amount, term, start))


def _check_against_product(product: LoanProduct, principal_qepik: int, term: int) -> None:
    if not product.min_principal_qepik <= principal_qepik <= product.max_principal_qepik:
        raise ValidationError(
            "{product} lends {min_principal}–{max_principal} AZN",
            field="principal",
            product=product.name,
            min_principal=from_qepik(product.min_principal_qepik),
            max_principal=from_qepik(product.max_principal_qepik),
        )
    if not product.min_term <= term <= product.max_term:
        raise ValidationError(
            "{product} runs {min_term}–{max_term} installments",
            field="term",
            product=product.name,
            min_term=product.min_term,
            max_term=product.max_term,
        )


@dataclass(frozen=True)
class LoanCreated:
    id: str
    number: str
    schedule: Schedule


def create_loan(
    db: Database,
    *,
    actor: Actor,
    beneficiary_id: str,
    product_id: str,
    principal: str | Decimal,
    term: int,
    purpose: str = "",
    created_on: date | None = None,
    warnings_reason: str = "",
) -> LoanCreated:
    """Propose a loan from a product; terms are copied, the number made offline. A supervisor
    who did not propose it approves it (:func:`decide_loan`) before it can be disbursed."""
    require(actor, "loan.create")
    amount = to_qepik(parse_amount(principal, field="principal"))
    on = v.not_future(created_on or date.today(), "created_on")
    off = office(db)
    with db.session() as s:  # an unknown person is named as such before any warning
        get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
    warnings = loan_queries.loan_warnings(db, beneficiary_id)
    reason = v.text(warnings_reason, "warnings_reason", required=False, max_len=300)
    if warnings and not reason:
        raise ValidationError(
            "write why the loan is proposed anyway: {warnings}",
            field="warnings_reason",
            warnings="; ".join(LOAN_WARNING[w] for w in warnings),
        )
    plan_id = latest_approved(db, beneficiary_id)
    with db.transaction() as s:
        ben = get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
        product = s.get(LoanProduct, product_id)
        if product is None or product.deleted or not product.active:
            raise NotFound("no such active loan product", field="product")
        _check_against_product(product, amount, term)
        schedule = build_schedule(terms_of(product, amount, term, on))
        w = Writer(s, actor)
        (n,) = w.next_numbers("loan")
        number = human_number(off.district_code, off.device_no, n)
        loan_id = new_id()
        w.insert(
            Loan(
                id=loan_id, district_id=ben.district_id, number=number, beneficiary_id=ben.id,
                product_id=product.id, officer_id=actor.officer_id, principal_qepik=amount,
                rate_bp=product.rate_bp, term=term, method=product.method,
                amortization=product.amortization, frequency=product.frequency,
                grace=product.grace, multiple_qepik=product.multiple_qepik,
                rounding=product.rounding, allocation_order=product.allocation_order,
                purpose=v.text(purpose, "purpose", required=False), created_on=on,
                warnings=",".join(warnings), warnings_reason=reason if warnings else "",
                business_plan_id=plan_id,
            )
        )  # fmt: skip
        w.audit("loan.create", "loan", loan_id, number=number, principal_qepik=amount)
    return LoanCreated(loan_id, number, schedule)


# -- loading and replaying ---------------------------------------------------------------------
def _get_loan(s: Session, loan_id: str) -> Loan:
    loan = s.get(Loan, loan_id)
    if loan is None or loan.deleted:
        raise NotFound("no such loan", field="loan")
    return loan


def _raw(s: Session) -> Any:
    """The DB-API connection of the session's transaction (for the loader's plain queries)."""
    return s.connection().connection.driver_connection


def _ledger(s: Session, loan_id: str) -> LoanLedger:
    """The loan with its schedule and entries, read in the session's own transaction."""
    loan = load_loan(_raw(s), loan_id)
    if loan is None:
        raise NotFound("no such loan", field="loan")
    return loan


def _active_ledger(s: Session, loan_id: str) -> LoanLedger:
    """The loan, if money can move on it now (disbursed and neither closed nor written off)."""
    loan = _ledger(s, loan_id)
    if loan.status != "active":
        raise Conflict(
            "loan {number} is {loan_status}",
            field="loan",
            number=loan.number,
            loan_status=loan.status.replace("_", " "),
        )
    return loan


def loan_state(db: Database, loan_id: str, as_of: date | None = None) -> LoanState:
    """The loan as of a date (default today), derived by replaying its entries."""
    loan = loan_queries.loan(db, loan_id)
    if loan is None:
        raise NotFound("no such loan", field="loan")
    return loan.state(as_of or date.today())


def find_loan(db: Database, number: str) -> str:
    """A loan's id from its number (``XAC-3-00042``), case-insensitively."""
    with db.session() as s:
        loan_id = s.exec(select(Loan.id).where(Loan.number == number.strip().upper())).first()
    if loan_id is None:
        raise NotFound("no loan numbered {number!r}", field="loan", number=number)
    return loan_id


# -- money movements ------------------------------------------------------------------------
@dataclass(frozen=True)
class EntrySaved:
    """What a money movement saved (#12, STYLE §9): the new ledger entry, the loan's status
    after it, and the ``Changes`` the screens refresh from."""

    entry_id: str
    loan_id: str
    loan_status: str
    changes: Changes


def _saved(entry_id: str, loan_id: str, loan_status: str) -> EntrySaved:
    return EntrySaved(entry_id, loan_id, loan_status, Changes(loans=frozenset({loan_id})))


def decide_loan(
    db: Database, *, actor: Actor, loan_id: str, decision: str, reason: str = "",
    on: date | None = None,
) -> Changes:  # fmt: skip
    """A supervisor approves or rejects a proposed loan (#13), with a reason (required for a
    rejection). Not the officer who proposed it. The decision is an immutable event."""
    require(actor, "loan.approve")
    v.choice(decision, LOAN_DECISIONS, "decision")
    reason = v.text(reason, "reason", required=decision == "rejected", max_len=300)
    on = v.not_future(on or date.today(), "decided_on")
    with db.transaction() as s:
        loan = _get_loan(s, loan_id)
        if loan.officer_id == actor.officer_id:
            raise PermissionDenied(
                "a loan is approved by a supervisor other than the officer who proposed it",
                field="loan",
            )
        _require_undecided(s, loan)
        w = Writer(s, actor)
        w.insert(
            LoanDecision(
                id=new_id(), district_id=loan.district_id, loan_id=loan.id, decision=decision,
                reason=reason, officer_id=actor.officer_id, decided_on=on,
            )
        )  # fmt: skip
        action = {"approved": "loan.approve", "rejected": "loan.reject"}[decision]
        w.audit(action, "loan", loan.id, number=loan.number, reason=reason)
    return Changes(loans=frozenset({loan_id}))


def _require_undecided(s: Session, loan: Loan) -> None:
    if loan.status != "proposed":
        raise Conflict("loan {number} is {loan_status}, not proposed", field="loan",
                       number=loan.number, loan_status=loan.status.replace("_", " "))  # fmt: skip
    made = decision_of(_raw(s), loan.id)
    if made is not None:
        raise Conflict("loan {number} is already {decision}", field="loan", number=loan.number,
                       decision=made.decision)  # fmt: skip


def disburse(db: Database, *, actor: Actor, loan_id: str, on: date | None = None) -> EntrySaved:
    """Pay out an approved loan: fixes the schedule from the disbursement date."""
    require(actor, "loan.disburse")
    on = v.not_future(on or date.today(), "disbursed_on")
    with db.transaction() as s:
        loan = _get_loan(s, loan_id)
        status = loan.status
        if status == "proposed":  # its decision, if any, is its status (#13)
            made = decision_of(_raw(s), loan.id)
            status = "awaiting approval" if made is None else made.decision
        if status != "approved":
            raise Conflict(
                "loan {number} is {loan_status}, not approved",
                field="loan",
                number=loan.number,
                loan_status=status,
            )
        if on < loan.created_on:
            raise ValidationError("disbursement before the loan was created", field="disbursed_on")
        schedule = build_schedule(terms_of(loan, loan.principal_qepik, loan.term, on))
        w = Writer(s, actor)
        w.insert_many(
            Installment,
            [
                {"district_id": loan.district_id, "loan_id": loan.id, "n": i.n, "due_on": i.due,
                 "principal_qepik": to_qepik(i.principal), "interest_qepik": to_qepik(i.interest)}
                for i in schedule.installments
            ],
        )  # fmt: skip
        entry_id = new_id()
        w.insert(
            LedgerEntry(
                id=entry_id, district_id=loan.district_id, loan_id=loan.id, kind="disbursement",
                value_date=on, amount_qepik=loan.principal_qepik, officer_id=actor.officer_id,
                balance_after_qepik=loan.principal_qepik,
            )
        )  # fmt: skip
        w.update(Loan, loan.id, {"status": "active", "disbursed_on": on})
        w.audit(
            "loan.disburse", "loan", loan.id, number=loan.number, amount_qepik=loan.principal_qepik
        )
    return _saved(entry_id, loan_id, "active")


@dataclass(frozen=True)
class RepaymentResult:
    entry_id: str
    receipt_no: str
    loan_number: str
    amount: Decimal
    allocation: Allocation
    outstanding_principal: Decimal
    total_outstanding: Decimal
    loan_status: str
    receipt: ReceiptRow  # the saved entry as today's receipts list it
    changes: Changes


def record_repayment(
    db: Database,
    *,
    actor: Actor,
    loan_id: str,
    amount: str | Decimal,
    paid_on: date | None = None,
    receipt_no: str | None = None,
) -> RepaymentResult:
    """Record money received. Refuses an overpayment with the amount that is still owed.

    A back-dated repayment is fine (it is normal after sync): the loan is replayed in date order.

    Raises:
        ValidationError: amount (≤ 0, > 2 decimals, more than owed), paid_on (future, before
            disbursement), receipt_no (taken).
        NotFound: the loan. Conflict: the loan is not active.
    """
    require(actor, "loan.repay")
    value = parse_amount(amount, field="amount")
    on = v.not_future(paid_on or date.today(), "paid_on")
    off = office(db)
    with db.transaction() as s:
        loan = _active_ledger(s, loan_id)
        assert loan.disbursed_on is not None
        if on < loan.disbursed_on:
            raise ValidationError(
                "the payment date is before the disbursement ({disbursed_on})",
                field="paid_on",
                disbursed_on=loan.disbursed_on,
            )
        w = Writer(s, actor)
        if receipt_no:
            receipt_no = v.text(receipt_no, "receipt_no", max_len=30)
            if receipt_taken(_raw(s), receipt_no):
                raise ValidationError(
                    "receipt {receipt_no} is already used",
                    field="receipt_no",
                    receipt_no=receipt_no,
                )
        else:
            while True:  # skip a number someone typed by hand earlier
                (n,) = w.next_numbers("receipt")
                receipt_no = human_number(off.district_code, off.device_no, n, "R")
                if not receipt_taken(_raw(s), receipt_no):
                    break
        entry_id = new_id()
        # One replay as of today: nothing can be dated after today, so this is also the
        # loan's final state, and any excess anywhere means the new payment is too much.
        # (The loan is replayed a second time only to word that refusal.)
        state = loan.with_entry(entry_id, "repayment", on, to_qepik(value)).state(date.today())
        if any(a.excess > 0 for a in state.allocations.values()):
            owed = loan.state(date.today()).total_outstanding
            raise ValidationError(
                "more than is owed: the loan's whole balance is {owed} AZN",
                field="amount",
                owed=owed,
            )
        split = state.allocations[entry_id]
        w.insert(
            LedgerEntry(
                id=entry_id, district_id=loan.district_id, loan_id=loan.id, kind="repayment",
                value_date=on, amount_qepik=to_qepik(value), receipt_no=receipt_no,
                officer_id=actor.officer_id, alloc_penalty_qepik=to_qepik(split.penalty),
                alloc_fee_qepik=to_qepik(split.fee), alloc_interest_qepik=to_qepik(split.interest),
                alloc_principal_qepik=to_qepik(split.principal),
                balance_after_qepik=to_qepik(state.outstanding_principal),
            )
        )  # fmt: skip
        if state.status == "closed":
            w.update(Loan, loan.id, {"status": "closed"})
        w.audit("loan.repay", "ledger_entry", entry_id, loan=loan.number, receipt=receipt_no,
                amount_qepik=to_qepik(value))  # fmt: skip
        saved = receipt_row(_raw(s), entry_id)
    return RepaymentResult(
        entry_id, receipt_no, loan.number, value, split, state.outstanding_principal,
        state.total_outstanding, state.status, saved, Changes(loans=frozenset({loan.id})),
    )  # fmt: skip


def reverse_entry(
    db: Database, *, actor: Actor, entry_id: str, reason: str, on: date | None = None
) -> EntrySaved:
    """Cancel an entry with a reversal that points at it. The original is never changed.

    A supervisor reverses any entry; a loan officer only a repayment they recorded today (#14).

    A disbursement can be reversed only while no repayment stands; the loan is then cancelled.
    """
    if not (allowed(actor, "entry.reverse") or allowed(actor, "loan.repay")):
        require(actor, "entry.reverse")
    reason = v.text(reason, "reason", max_len=300)
    on = v.not_future(on or date.today(), "on")
    with db.transaction() as s:
        entry = s.get(LedgerEntry, entry_id)
        if entry is None:
            raise NotFound("no such ledger entry", field="entry")
        if not may_reverse(actor, entry.kind, entry.officer_id, local_day(entry.recorded_at),
                           date.today()):  # fmt: skip
            raise PermissionDenied(
                "an officer reverses only a repayment they recorded today; ask a supervisor",
                field="entry",
            )
        if entry.kind == "reversal":
            raise Conflict(
                "a reversal cannot itself be reversed; record the entry again", field="entry"
            )
        if s.exec(select(LedgerEntry.id).where(LedgerEntry.reverses_id == entry_id)).first():
            raise Conflict("this entry is already reversed", field="entry")
        loan = _ledger(s, entry.loan_id)
        if entry.kind == "disbursement" and any(e[3] == "repayment" for e in loan.live()):
            raise Conflict("reverse the loan's repayments before its disbursement", field="entry")
        w = Writer(s, actor)
        rev_id = new_id()
        w.insert(
            LedgerEntry(
                id=rev_id, district_id=loan.district_id, loan_id=loan.id, kind="reversal",
                value_date=on, amount_qepik=entry.amount_qepik, reverses_id=entry.id,
                reason=reason, officer_id=actor.officer_id,
            )
        )  # fmt: skip
        after = loan.with_entry(rev_id, "reversal", on, 0, entry.id).state(FAR_FUTURE)
        status = {"pending": "cancelled"}.get(after.status, after.status)
        if status != loan.status:
            w.update(Loan, loan.id, {"status": status})
        w.audit("entry.reverse", "ledger_entry", rev_id, reverses=entry.id, loan=loan.number,
                kind=entry.kind, reason=reason)  # fmt: skip
    return _saved(rev_id, loan.id, status)


def record_charge(
    db: Database, *, actor: Actor, loan_id: str, kind: str, amount: str | Decimal,
    on: date | None = None, reason: str = "",
) -> EntrySaved:  # fmt: skip
    """Charge a fee or a late-payment penalty, with its reason; repayments pay it first (by the
    product's order)."""
    require(actor, "loan.charge")
    v.choice(kind, ("fee", "penalty"), "kind")
    value = parse_amount(amount, field="amount")
    if value <= 0:
        raise ValidationError("a charge is more than zero", field="amount")
    on = v.not_future(on or date.today(), "on")
    with db.transaction() as s:
        loan = _active_ledger(s, loan_id)
        w = Writer(s, actor)
        entry_id = new_id()
        w.insert(
            LedgerEntry(
                id=entry_id, district_id=loan.district_id, loan_id=loan.id, kind=kind,
                value_date=on, amount_qepik=to_qepik(value), officer_id=actor.officer_id,
                reason=v.text(reason, "reason", max_len=300),
            )
        )  # fmt: skip
        w.audit(
            f"loan.{kind}", "ledger_entry", entry_id, loan=loan.number, amount_qepik=to_qepik(value)
        )
    return _saved(entry_id, loan.id, loan.status)


def write_off(
    db: Database, *, actor: Actor, loan_id: str, reason: str, on: date | None = None
) -> EntrySaved:
    """Write off what is still owed; the loan leaves the active portfolio."""
    require(actor, "loan.write_off")
    reason = v.text(reason, "reason", max_len=300)
    on = v.not_future(on or date.today(), "on")
    with db.transaction() as s:
        loan = _active_ledger(s, loan_id)
        assert loan.disbursed_on is not None
        if on < loan.disbursed_on:
            raise ValidationError("the write-off is dated before the disbursement", field="on")
        # A write-off replays before any later repayment, which would then pay nothing.
        last_paid = max((e[0] for e in loan.live() if e[3] == "repayment"), default=None)
        if last_paid is not None and on < last_paid:
            raise ValidationError(
                "the write-off is dated before the last repayment ({last_paid})",
                field="on",
                last_paid=last_paid,
            )
        state = loan.state(on)
        w = Writer(s, actor)
        entry_id = new_id()
        w.insert(
            LedgerEntry(
                id=entry_id, district_id=loan.district_id, loan_id=loan.id, kind="write_off",
                value_date=on, amount_qepik=to_qepik(state.outstanding_principal),
                reason=reason, officer_id=actor.officer_id, balance_after_qepik=0,
            )
        )  # fmt: skip
        w.update(Loan, loan.id, {"status": "written_off"})
        w.audit("loan.write_off", "loan", loan.id, number=loan.number, reason=reason,
                principal_qepik=to_qepik(state.outstanding_principal))  # fmt: skip
    return _saved(entry_id, loan.id, "written_off")


def add_loan_note(
    db: Database,
    *,
    actor: Actor,
    loan_id: str,
    text: str,
    promised_on: date | None = None,
    on: date | None = None,
) -> Changes:
    """A dated note on a loan from the officer's round (#14), with the day the borrower
    promised to pay if they did. Notes are immutable; the latest shows on the due list."""
    require(actor, "loan.repay")
    note = v.text(text, "text", max_len=500)
    day = v.not_future(on or date.today(), "on")
    if promised_on is not None and promised_on < day:
        raise ValidationError("a promise to pay is for a day still to come", field="promised_on")
    with db.transaction() as s:
        loan = get_live(s, Loan, loan_id, what="loan", field="loan")
        w = Writer(s, actor)
        note_id = new_id()
        w.insert(
            LoanNote(
                id=note_id, district_id=loan.district_id, loan_id=loan.id,
                officer_id=actor.officer_id, written_on=day, promised_on=promised_on, text=note,
            )
        )  # fmt: skip
        w.audit("loan.note", "loan", loan.id, number=loan.number)
    return Changes(loans=frozenset({loan_id}))


@dataclass(frozen=True)
class ManySaved:
    """What :func:`record_repayments` did: the repayments saved (each with its receipt) and
    the loans refused with the refusal."""

    saved: list[RepaymentResult]
    failed: list[tuple[str, DomainError]]

    @property
    def changes(self) -> Changes:
        return Changes(loans=frozenset().union(*(r.changes.loans for r in self.saved)))


def record_repayments(
    db: Database,
    *,
    actor: Actor,
    items: Sequence[tuple[str, str | Decimal]],
    paid_on: date | None = None,
) -> ManySaved:
    """A day's collections in one go (#14): each (loan id, amount) recorded as its own
    repayment with its own receipt number. One loan refused (repaid meanwhile, an amount over
    what is owed) is named with its reason; the others are kept."""
    require(actor, "loan.repay")
    saved: list[RepaymentResult] = []
    failed: list[tuple[str, DomainError]] = []
    for loan_id, amount in items:
        try:
            saved.append(
                record_repayment(db, actor=actor, loan_id=loan_id, amount=amount, paid_on=paid_on)
            )
        except DomainError as e:
            failed.append((loan_id, e))
    return ManySaved(saved, failed)


def reassign_loans(
    db: Database,
    *,
    actor: Actor,
    loan_ids: Sequence[str],
    officer_id: str,
    reason: str,
    on: date | None = None,
) -> Changes:
    """Give loans to another loan officer (#14: one, many, or all of a leaving officer's),
    the day and the reason kept in the audit trail, which syncs."""
    require(actor, "loan.reassign")
    why = v.text(reason, "reason", max_len=300)
    day = v.not_future(on or date.today(), "on")
    if not loan_ids:
        raise ValidationError("choose the loans to reassign", field="loans")
    with db.transaction() as s:
        officer = s.get(Officer, officer_id)
        if officer is None or officer.deleted or not officer.active:
            raise NotFound("no such active officer", field="officer")
        if officer.role not in ("loan_officer", "supervisor"):
            raise ValidationError("loans go to a loan officer or a supervisor", field="officer")
        w = Writer(s, actor)
        moved = []
        for loan_id in loan_ids:
            loan = get_live(s, Loan, loan_id, what="loan", field="loans")
            if loan.officer_id != officer_id:
                w.update(Loan, loan_id, {"officer_id": officer_id})
                w.audit("loan.reassign", "loan", loan_id, number=loan.number,
                        from_officer=loan.officer_id, to_officer=officer_id, on=day,
                        reason=why)  # fmt: skip
                moved.append(loan_id)
    return Changes(loans=frozenset(moved))
