"""A loan's state, derived by replaying its immutable ledger entries over its schedule.

Nothing here is stored: the state as of any date is ``replay(schedule, entries, as_of=date)``.
After a sync brings a back-dated or late repayment, the caller replays again and the
allocation of every later repayment may change; that is the point (DESIGN.md §2-§3,
STYLE.md item 3). The rules are written out in docs/loan-math.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType

from app.errors import ValidationError
from app.ledger.schedule import Installment
from app.money import ZERO

ALLOCATION_DEFAULT = ("penalty", "fee", "interest", "principal")
ENTRY_KINDS = frozenset({"disbursement", "repayment", "fee", "penalty", "write_off", "reversal"})
INSTALLMENT_STATUSES = ("paid", "partly paid", "due", "overdue")
LOAN_STATUSES = ("pending", "active", "closed", "written_off")


@dataclass(frozen=True, slots=True)
class Entry:
    """One immutable ledger entry as the math sees it.

    Attributes:
        id: unique id; a retried (duplicate) id is replayed once.
        kind: one of :data:`ENTRY_KINDS`.
        on: value date; entries after ``as_of`` are ignored.
        amount: >= 0; for fee/penalty the amount charged; ignored for write_off/reversal.
        reverses: for a reversal, the id of the entry it cancels.
        seq: recording order, the tiebreak between entries on the same date.
    """

    id: str
    kind: str
    on: date
    amount: Decimal
    reverses: str | None = None
    seq: int = 0


@dataclass(frozen=True, slots=True)
class Allocation:
    """How one payment was (or would be) split. ``excess`` is the part nothing was owed for."""

    penalty: Decimal
    fee: Decimal
    interest: Decimal
    principal: Decimal
    excess: Decimal

    @property
    def total(self) -> Decimal:
        """What the payment paid off: the four parts, excess excluded."""
        return self.penalty + self.fee + self.interest + self.principal


@dataclass(frozen=True)
class InstallmentState:
    """A schedule row with what has been paid on it as of the state's date.

    ``status``: "paid" (nothing left; an installment that owed nothing is paid with
    ``paid_on`` None), "overdue" (due before as_of and not fully paid, disbursed loans only),
    "partly paid" (something paid, not overdue) or "due".
    """

    n: int
    due: date
    principal_due: Decimal
    interest_due: Decimal
    principal_paid: Decimal
    interest_paid: Decimal
    paid_on: date | None
    status: str


@dataclass(frozen=True)
class LoanState:
    """Everything derived about one loan as of ``as_of``. See docs/loan-math.md for each field."""

    as_of: date
    status: str
    disbursed: Decimal
    disbursed_on: date | None
    installments: tuple[InstallmentState, ...]
    principal_paid: Decimal
    interest_paid: Decimal
    fees_paid: Decimal
    penalties_paid: Decimal
    outstanding_principal: Decimal
    outstanding_interest: Decimal
    outstanding_fees: Decimal
    outstanding_penalties: Decimal
    written_off: Decimal
    written_off_on: date | None
    days_in_arrears: int
    installments_overdue: int
    overdue_principal: Decimal
    overdue_interest: Decimal
    due_to_date: Decimal
    collected_to_date: Decimal
    allocations: Mapping[str, Allocation] = field(hash=False)

    @property
    def total_outstanding(self) -> Decimal:
        """Principal + interest + fees + penalties still owed (what closes the loan today)."""
        return (
            self.outstanding_principal
            + self.outstanding_interest
            + self.outstanding_fees
            + self.outstanding_penalties
        )


@lru_cache(maxsize=64)
def _plan(order: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """Validate an allocation order; return its steps and whether interest precedes principal.

    Interest and principal are paid installment by installment, so they form one step
    ("installments") at the position of whichever of the two comes first in ``order``.
    """
    if sorted(order) != sorted(ALLOCATION_DEFAULT):
        msg = "the allocation order lists penalty, fee, interest and principal once each"
        raise ValidationError(msg, field="order")
    steps: list[str] = []
    for part in order:
        step = "installments" if part in ("interest", "principal") else part
        if step not in steps:
            steps.append(step)
    return tuple(steps), order.index("interest") < order.index("principal")


class _Book:
    """The mutable working copy of one loan during a replay; only frozen results escape it."""

    __slots__ = ("disbursed", "fees", "i_due", "i_paid", "on", "open", "p_due", "p_paid")
    __slots__ += ("paid_on", "penalties", "fees_paid", "penalties_paid", "written_off", "off_on")

    def __init__(self, rows: Iterable[tuple[Decimal, Decimal, Decimal, Decimal]]) -> None:
        columns = list(zip(*rows, strict=True)) or [(), (), (), ()]
        self.p_due, self.i_due, self.p_paid, self.i_paid = (list(c) for c in columns)
        self.paid_on: list[date | None] = [None] * len(self.p_due)
        self.open = 0  # index of the oldest installment that may still owe something
        self.fees = self.penalties = self.fees_paid = self.penalties_paid = ZERO
        self.disbursed = self.written_off = ZERO
        self.on: date | None = None  # first disbursement
        self.off_on: date | None = None  # write-off

    def pay(self, amount: Decimal, on: date | None, plan: tuple) -> Allocation:
        """Split ``amount`` by ``plan``, update the balances and return the split.

        Charges are paid from the loan-level outstanding penalties/fees. Installments are paid
        oldest first, each completely (its components in plan order) before the next, due yet
        or not (an early payment pays the next installments as scheduled, with no interest
        rebate). Installments owe nothing before disbursement; a written-off loan takes nothing.
        """
        rest = amount
        pen = fee = interest = principal = ZERO
        steps, interest_first = plan
        if self.off_on is not None:
            steps = ()
        for step in steps:
            if not rest:
                break
            if step == "penalty":
                pen = min(rest, self.penalties)
                self.penalties -= pen
                rest -= pen
            elif step == "fee":
                fee = min(rest, self.fees)
                self.fees -= fee
                rest -= fee
            elif self.on is not None:
                k, n = self.open, len(self.p_due)
                p_due, i_due, p_paid, i_paid = self.p_due, self.i_due, self.p_paid, self.i_paid
                while rest and k < n:
                    owe_i, owe_p = i_due[k] - i_paid[k], p_due[k] - p_paid[k]
                    if interest_first:
                        ti = min(rest, owe_i)
                        tp = min(rest - ti, owe_p)
                    else:
                        tp = min(rest, owe_p)
                        ti = min(rest - tp, owe_i)
                    i_paid[k] += ti
                    p_paid[k] += tp
                    interest += ti
                    principal += tp
                    rest -= ti + tp
                    if ti + tp == owe_i + owe_p:  # settled: on to the next installment
                        if owe_i + owe_p and self.paid_on[k] is None:
                            self.paid_on[k] = on
                        k += 1
                self.open = k
        self.fees_paid += fee
        self.penalties_paid += pen
        return Allocation(pen, fee, interest, principal, rest)

    def apply(self, e: Entry, plan: tuple, allocations: dict[str, Allocation]) -> None:
        """Replay one live entry. After a write-off, charges and write-offs change nothing."""
        kind = e.kind
        if kind == "repayment":
            allocations[e.id] = self.pay(e.amount, e.on, plan)
        elif kind == "disbursement":
            self.disbursed += e.amount
            self.on = self.on or e.on
        elif self.off_on is not None:
            return
        elif kind == "fee":
            self.fees += e.amount
        elif kind == "penalty":
            self.penalties += e.amount
        elif kind == "write_off" and self.on is not None:
            owed_p = sum(self.p_due, ZERO) - sum(self.p_paid, ZERO)
            owed_i = sum(self.i_due, ZERO) - sum(self.i_paid, ZERO)
            if owed_p or owed_i or self.fees or self.penalties:
                self.written_off, self.off_on = owed_p, e.on
                self.fees = self.penalties = ZERO


def _live(entries: Iterable[Entry], as_of: date) -> list[Entry]:
    """The entries that count as of ``as_of``, in replay order (on, seq, id).

    Drops entries dated after ``as_of``, repeated ids, reversals and the entries they cancel.
    A reversal of a reversal undoes the undo: an entry is cancelled when some reversal of it
    is itself not cancelled (the service layer should refuse such chains anyway).
    """
    seen: dict[str, Entry] = {}
    for e in entries:
        if e.on > as_of or e.id in seen:
            continue
        if e.kind not in ENTRY_KINDS:
            raise ValidationError(f"unknown entry kind {e.kind!r}", field="kind")
        if e.amount < 0:
            raise ValidationError("an entry amount cannot be negative", field="amount")
        seen[e.id] = e
    reversed_by: dict[str, list[str]] = {}
    for e in seen.values():
        if e.kind == "reversal" and e.reverses is not None:
            reversed_by.setdefault(e.reverses, []).append(e.id)
    memo: dict[str, bool] = {}

    def cancelled(eid: str, path: frozenset[str] = frozenset()) -> bool:
        if eid not in memo:
            undo = [r for r in reversed_by.get(eid, ()) if r not in path]
            memo[eid] = any(not cancelled(r, path | {eid}) for r in undo)
        return memo[eid]

    live = [
        e
        for e in seen.values()
        if e.kind != "reversal" and not (reversed_by and e.id in reversed_by and cancelled(e.id))
    ]
    live.sort(key=lambda e: (e.on, e.seq, e.id))
    return live


def replay(
    installments: Sequence[Installment],
    entries: Iterable[Entry],
    *,
    as_of: date,
    order: Sequence[str] = ALLOCATION_DEFAULT,
) -> LoanState:
    """Derive a loan's state as of ``as_of`` from its schedule and its ledger entries.

    Entries after ``as_of`` are ignored; a reversal and the entry it reverses are both ignored;
    the rest is replayed in (on, seq, id) order, so the result does not depend on the order of
    ``entries``. Repayments are split as :meth:`_Book.pay` says; the split of each repayment
    id is in ``allocations`` (excess included). Installments become owed at the first
    disbursement; a write-off zeroes what is owed, and later repayments are all excess.

    Raises:
        ValidationError: for an invalid ``order`` (field ``order``), an unknown entry kind
            (``kind``) or a negative amount (``amount``).
    """
    plan = _plan(tuple(order))
    rows = sorted(installments, key=lambda i: i.n)
    book = _Book((i.principal, i.interest, ZERO, ZERO) for i in rows)
    allocations: dict[str, Allocation] = {}
    for e in _live(entries, as_of):
        book.apply(e, plan, allocations)
    started, live = book.on is not None, book.on is not None and book.off_on is None
    states = []
    p_total = i_total = p_paid = i_paid = due_to_date = collected = overdue_p = overdue_i = ZERO
    n_overdue = 0
    oldest: date | None = None
    columns = (rows, book.p_due, book.i_due, book.p_paid, book.i_paid, book.paid_on)
    for row, pd, idue, pp, ip, paid_on in zip(*columns, strict=True):
        due = row.due
        p_total += pd
        i_total += idue
        p_paid += pp
        i_paid += ip
        if pp == pd and ip == idue:
            status = "paid"
        elif started and due < as_of:
            status = "overdue"
            if live:  # a written-off loan is out of the arrears figures
                n_overdue += 1
                overdue_p += pd - pp
                overdue_i += idue - ip
                oldest = oldest or due
        else:
            status = "partly paid" if pp or ip else "due"
        if started and due <= as_of:
            due_to_date += pd + idue
            collected += pp + ip
        states.append(_istate(row.n, due, pd, idue, pp, ip, paid_on, status))
    out_p, out_i = (p_total - p_paid, i_total - i_paid) if live else (ZERO, ZERO)
    if book.off_on is not None:
        status = "written_off"
    elif not started:
        status = "pending"
    else:
        status = "active" if out_p or out_i or book.fees or book.penalties else "closed"
    return LoanState(
        as_of, status, book.disbursed, book.on, tuple(states), p_paid, i_paid, book.fees_paid,
        book.penalties_paid, out_p, out_i, book.fees, book.penalties, book.written_off,
        book.off_on, (as_of - oldest).days if oldest else 0, n_overdue, overdue_p, overdue_i,
        due_to_date, collected, MappingProxyType(allocations),
    )  # fmt: skip


_new = object.__new__
_set = object.__setattr__
_ISTATE_FIELDS = ("n", "due", "principal_due", "interest_due", "principal_paid", "interest_paid")
_ISTATE_FIELDS += ("paid_on", "status")


def _istate(*values: object) -> InstallmentState:
    """``InstallmentState(*values)`` without eight frozen ``__setattr__`` calls (bulk replays)."""
    obj = _new(InstallmentState)
    _set(obj, "__dict__", dict(zip(_ISTATE_FIELDS, values, strict=True)))
    return obj


def allocate(
    state: LoanState, amount: Decimal, *, order: Sequence[str] = ALLOCATION_DEFAULT
) -> Allocation:
    """Preview how a new repayment of ``amount`` would be split on ``state``; changes nothing.

    It equals the allocation ``replay`` gives a repayment recorded after every entry of the
    state (dated ``as_of``, highest seq). A written-off loan takes nothing: all excess. The
    service layer uses ``excess`` to refuse an overpayment with a clear message.

    Raises:
        ValidationError: a negative or non-Decimal amount (field ``amount``) or a bad ``order``.
    """
    if not isinstance(amount, (Decimal, int)) or isinstance(amount, bool) or amount < 0:
        raise ValidationError("the amount must be zero or more", field="amount")
    plan = _plan(tuple(order))
    book = _Book(
        (i.principal_due, i.interest_due, i.principal_paid, i.interest_paid)
        for i in state.installments
    )
    book.fees, book.penalties = state.outstanding_fees, state.outstanding_penalties
    book.on, book.off_on = state.disbursed_on, state.written_off_on
    return book.pay(Decimal(amount), None, plan)
