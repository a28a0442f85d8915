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
from decimal import Decimal, localcontext
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from types import MappingProxyType

from app import vocabulary
from app.errors import ValidationError
from app.ledger.schedule import CONTEXT, Installment, frozen_builder
from app.money import ZERO

ALLOCATION_DEFAULT = ("penalty", "fee", "interest", "principal")
ENTRY_KINDS = frozenset(vocabulary.ENTRY_KINDS)  # the one list (app/vocabulary.py), as a set
INSTALLMENT_STATUSES = ("paid", "partly paid", "due", "overdue")


@dataclass(frozen=True, slots=True)
class Entry:
    """One immutable ledger entry as the math sees it (a retried, repeated ``id`` counts once).

    ``amount`` >= 0: the charge for a fee/penalty, ignored for write_off/reversal. ``reverses``:
    the id a reversal cancels. ``seq``: recording order, the tiebreak on the same date.
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


@dataclass(frozen=True, slots=True)
class InstallmentState:
    """A schedule row and what was paid on it. ``status``: "paid" (nothing left owed; one
    that owed nothing has ``paid_on`` None), "overdue" (due before as_of, not fully paid;
    disbursed loans only), "partly paid" (something paid, not overdue) or "due"."""

    n: int
    due: date
    principal_due: Decimal
    interest_due: Decimal
    principal_paid: Decimal
    interest_paid: Decimal
    paid_on: date | None
    status: str


@dataclass(frozen=True, slots=True)
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
        principal_interest = self.outstanding_principal + self.outstanding_interest
        return principal_interest + self.outstanding_fees + self.outstanding_penalties


_allocation = frozen_builder(Allocation)
_installment_state = frozen_builder(InstallmentState)
_BY_N = attrgetter("n")


@lru_cache(maxsize=64)
def _plan(order: tuple[str, ...]) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """Check an allocation order; compile it to (charges before, interest first?, after).

    Interest and principal are paid installment by installment: one step, placed where the
    first of the two stands in ``order``; penalty and fee are taken from loan-level charges.
    """
    if sorted(order) != sorted(ALLOCATION_DEFAULT):
        raise ValidationError(
            "the allocation order lists penalty, fee, interest and principal once each",
            field="order",
        )
    first = min(order.index("interest"), order.index("principal"))
    charges = [(i, part) for i, part in enumerate(order) if part in ("penalty", "fee")]
    before = tuple(part for i, part in charges if i < first)
    after = tuple(part for i, part in charges if i > first)
    return before, order.index("interest") < order.index("principal"), after


class _Book:
    """The mutable working copy of one loan during a replay; only frozen results escape it.

    The amounts are all ``Decimal`` manat (``zero`` = ``ZERO``) or all ``int`` qəpik
    (``zero`` = 0, the bulk report's path): the same code, exact either way.
    """

    __slots__ = ("disbursed", "fees", "i_due", "i_paid", "on", "open", "p_due", "p_paid")
    __slots__ += ("paid_on", "penalties", "fees_paid", "penalties_paid", "written_off", "off_on")
    __slots__ += ("zero",)

    def __init__(self, p_due: list, i_due: list, p_paid: list, i_paid: list, zero=ZERO) -> None:
        self.p_due, self.i_due, self.p_paid, self.i_paid = p_due, i_due, p_paid, i_paid
        self.paid_on: list[date | None] = [None] * len(self.p_due)
        self.open = 0  # index of the oldest installment that may still owe something
        self.zero = zero
        self.fees = self.penalties = self.fees_paid = self.penalties_paid = zero
        self.disbursed = self.written_off = zero
        self.on: date | None = None  # first disbursement
        self.off_on: date | None = None  # write-off

    def pay(self, amount: Decimal, on: date | None, plan: tuple) -> tuple:
        """Split ``amount`` by ``plan``, update the balances and return the split.

        The split is (penalty, fee, interest, principal, excess), the fields of
        :class:`Allocation`.

        Charges are paid from the loan-level outstanding penalties/fees. Installments are paid
        oldest first, each completely (its components in plan order) before the next, due yet
        or not (an early payment pays the next installments as scheduled, with no interest
        rebate). Installments owe nothing before disbursement; a written-off loan takes nothing.
        """
        zero = self.zero
        if self.off_on is not None:
            return zero, zero, zero, zero, amount
        rest = amount
        pen = fee = interest = principal = zero
        before, interest_first, after = plan
        if before and (self.penalties or self.fees):
            rest, pen, fee = self._charges(before, rest, pen, fee)
        if rest and self.on is not None:
            k, n, paid_on = self.open, len(self.p_due), self.paid_on
            p_due, i_due, p_paid, i_paid = self.p_due, self.i_due, self.p_paid, self.i_paid
            while rest and k < n:
                owe_i, owe_p = i_due[k] - i_paid[k], p_due[k] - p_paid[k]
                owe = owe_i + owe_p
                if rest < owe:  # the payment runs out inside this installment
                    ti = min(rest, owe_i) if interest_first else rest - min(rest, owe_p)
                    i_paid[k] += ti
                    p_paid[k] += rest - ti
                    interest += ti
                    principal += rest - ti
                    rest = zero
                    break
                i_paid[k], p_paid[k] = i_due[k], p_due[k]
                interest += owe_i
                principal += owe_p
                rest -= owe
                if owe:  # settled now (one that owed nothing keeps paid_on None)
                    paid_on[k] = on
                k += 1
            self.open = k
        if after and rest and (self.penalties or self.fees):
            rest, pen, fee = self._charges(after, rest, pen, fee)
        return pen, fee, interest, principal, rest

    def _charges(self, names: tuple[str, ...], rest: Decimal, pen: Decimal, fee: Decimal):
        """Pay loan-level charges in ``names`` order from ``rest``; return what is left."""
        for name in names:
            if name == "penalty":
                take = min(rest, self.penalties)
                self.penalties -= take
                self.penalties_paid += take
                pen += take
            else:
                take = min(rest, self.fees)
                self.fees -= take
                self.fees_paid += take
                fee += take
            rest -= take
        return rest, pen, fee

    def write_off(self, on: date) -> None:
        """Move the outstanding principal into ``written_off``; forgive interest and charges."""
        zero = self.zero
        owed_p = sum(self.p_due, zero) - sum(self.p_paid, zero)
        owed_i = sum(self.i_due, zero) - sum(self.i_paid, zero)
        if owed_p or owed_i or self.fees or self.penalties:  # nothing owed: nothing to write off
            self.written_off, self.off_on = owed_p, on
            self.fees = self.penalties = zero


# An entry as the replay loop sees it: (on, seq, id, kind, amount, reverses), the amount a
# ``Decimal`` or integer qəpik. Tuples sort in replay order (on, seq, id) by themselves: ids are
# unique once repeats are dropped. ``app.queries.loans`` loads entries in this shape.
EntryRow = tuple


def entry_row(entry: Entry) -> EntryRow:
    """An :class:`Entry` as an :data:`EntryRow`."""
    return entry.on, entry.seq, entry.id, entry.kind, entry.amount, entry.reverses


def live_rows(entries: Iterable[EntryRow], as_of: date) -> list[EntryRow]:
    """The entries that count as of ``as_of``, in replay order (on, seq, id).

    The one definition of "live" (#12): it drops entries dated after ``as_of``, repeated ids,
    reversals and the entries they cancel. A reversal of a reversal undoes the undo: an entry
    is cancelled when some reversal of it is itself not cancelled (the service layer refuses
    such chains, but a sync may still bring one).

    Raises:
        ValidationError: an unknown entry kind (field ``kind``) or a negative amount.
    """
    seen: dict[str, EntryRow] = {}
    reversed_by: dict[str, list[str]] = {}
    for e in entries:
        on, _, eid, kind, amount, reverses = e
        if on > as_of or eid in seen:
            continue
        if kind not in ENTRY_KINDS:
            raise ValidationError("unknown entry kind {kind!r}", field="kind", kind=kind)
        if amount < 0:
            raise ValidationError("an entry amount cannot be negative", field="amount")
        seen[eid] = e
        if kind == "reversal" and reverses is not None:
            reversed_by.setdefault(reverses, []).append(eid)
    memo: dict[str, bool] = {}

    def cancelled(eid: str, path: frozenset[str] = frozenset()) -> bool:
        if eid not in memo:  # `path` breaks (impossible in practice) reversal cycles
            undo = [r for r in reversed_by.get(eid, ()) if r not in path]
            memo[eid] = any(not cancelled(r, path | {eid}) for r in undo)
        return memo[eid]

    live = [e for e in seen.values() if e[3] != "reversal"]
    if reversed_by:
        live = [e for e in live if e[2] not in reversed_by or not cancelled(e[2])]
    live.sort()
    return live


def live_entries(entries: Iterable[Entry], as_of: date) -> list[Entry]:
    """:func:`live_rows` over :class:`Entry` values: the entries that count, in replay order."""
    given = list(entries)
    rows = [entry_row(e) for e in given]
    back = {id(row): e for row, e in zip(rows, given, strict=True)}
    return [back[id(row)] for row in live_rows(rows, as_of)]


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
    with localcontext(CONTEXT):
        return _replay(installments, entries, as_of, plan)


def _replay(installments, entries, as_of, plan) -> LoanState:
    rows = sorted(installments, key=_BY_N)
    nothing = [ZERO] * len(rows)
    book = _Book([i.principal for i in rows], [i.interest for i in rows], nothing, nothing[:])
    splits: dict[str, tuple] = {}
    _run(book, list(map(entry_row, entries)), as_of, plan, splits)
    allocations = {eid: _allocation(*split) for eid, split in splits.items()}
    return _freeze(book, rows, as_of, allocations)


def replay_qepik(
    dues: Sequence[date | str], p_due: Sequence[int], i_due: Sequence[int],
    entries: Iterable[EntryRow], as_of: date | str, order: Sequence[str],
) -> tuple[date | str, str, int, int, int, int, int]:  # fmt: skip
    """``replay`` in integer qəpik for a bulk report, reduced to what ``summarize`` reads.

    ``dues``, ``p_due``, ``i_due``: the schedule's due dates, principal and interest parts in
    installment order (n). ``entries``: ``(on, seq, id, kind, amount, reverses)`` rows with
    amounts in qəpik. It runs the same rules on the same :class:`_Book` as :func:`replay`
    (``int`` arithmetic is exact, so the figures are the same, in qəpik) but makes no
    installment states and no allocations. Returns (as_of, status, outstanding principal,
    overdue principal, days in arrears, due to date, collected to date).

    The dates (due dates, entry dates and ``as_of``) may all be ISO texts instead (a bulk read
    need not make 900,000 date objects): they are only compared with each other, which orders
    ISO texts as it orders dates, and the days in arrears are counted from parsed dates. The
    ``as_of`` returned is the one given.
    """
    plan = _plan(tuple(order))
    nothing = [0] * len(p_due)
    book = _Book(p_due, i_due, nothing, nothing[:], 0)
    _run(book, entries, as_of, plan, None)
    f = _figures(book, dues, as_of)
    return as_of, f.status, f.out_p, f.overdue_p, f.days, f.due_to_date, f.collected


def due_qepik(
    dues: Sequence[date | str], p_due: Sequence[int], i_due: Sequence[int],
    entries: Iterable[EntryRow], as_of: date | str, order: Sequence[str],
) -> tuple[str, int, date | str | None, int, int, int]:  # fmt: skip
    """What the due list reads of a loan (#14), by the same integer replay as
    :func:`replay_qepik`: (status, arrears — installments fallen due before ``as_of`` and the
    charges owed —, the day of the installment due on ``as_of`` or next, its unpaid part, days
    in arrears, total owed). Dates may be ISO texts, as there."""
    plan = _plan(tuple(order))
    nothing = [0] * len(p_due)
    book = _Book(p_due, i_due, nothing, nothing[:], 0)
    _run(book, entries, as_of, plan, None)
    f = _figures(book, dues, as_of)
    charges = book.fees + book.penalties
    owed = f.out_p + f.out_i + charges
    k = max(book.open, f.before)  # past the fully paid ones and those fallen due
    if f.status != "active" or k >= len(dues):
        return f.status, f.overdue_p + f.overdue_i + charges, None, 0, f.days, owed
    unpaid = book.p_due[k] - book.p_paid[k] + book.i_due[k] - book.i_paid[k]
    return f.status, f.overdue_p + f.overdue_i + charges, dues[k], unpaid, f.days, owed


def _as_date(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _run(book: _Book, entries: Iterable[EntryRow], as_of: date, plan: tuple, splits) -> None:
    """Replay the entries that count as of ``as_of`` on ``book`` (the one home of the rules).

    Keeps each repayment's split in ``splits`` (id -> tuple) unless it is None. Without splits
    (the bulk figures), a run of repayments with no other entry between them is paid as one sum:
    :meth:`_Book.pay` fills fixed buckets (charges, installments oldest first, charges) greedily,
    so paying ``a`` then ``b`` leaves the book as paying ``a + b`` does, apart from the
    ``paid_on`` dates, which the figures do not read. 800,000 calls became 50,000 (#12).
    """
    pending = 0  # repayments not yet paid (splits is None)
    pending_on = None
    for on, _, eid, kind, amount, _ in live_rows(entries, as_of):
        if kind == "repayment":
            if splits is None:
                pending += amount
                pending_on = on
                continue
            splits[eid] = book.pay(amount, on, plan)
            continue
        if pending:
            book.pay(pending, pending_on, plan)
            pending = 0
        if kind == "disbursement":
            book.disbursed += amount
            book.on = book.on or on
        elif book.off_on is not None:
            continue  # after a write-off, charges and write-offs change nothing
        elif kind == "fee":
            book.fees += amount
        elif kind == "penalty":
            book.penalties += amount
        elif kind == "write_off" and book.on is not None:
            book.write_off(on)
    if pending:
        book.pay(pending, pending_on, plan)


class _Figures:
    """A replayed book's loan-level figures (see :func:`_figures`)."""

    __slots__ = ("before", "collected", "days", "due_to_date", "n_overdue", "oldest", "out_i")
    __slots__ += ("out_p", "overdue_i", "overdue_p", "paid_i", "paid_p", "status")


def _figures(book: _Book, dues: Sequence[date], as_of: date) -> _Figures:
    """Status, arrears and to-date sums of a replayed book; ``dues`` in installment order."""
    zero, f = book.zero, _Figures()
    started, live = book.on is not None, book.on is not None and book.off_on is None
    p_due, i_due, p_paid, i_paid = book.p_due, book.i_due, book.p_paid, book.i_paid
    # Due dates increase with n, so "due before / on as_of" are prefixes of the schedule.
    before = on_or_before = 0
    for due in dues if started else ():
        if due > as_of:
            break
        on_or_before += 1
        before += due < as_of
    # Replay pays oldest first, so installments before `book.open` are fully paid and those
    # after it are untouched: every "paid so far" sum is a prefix sum of the schedule plus the
    # part paid on `book.open`.
    n_overdue, oldest = 0, None
    for k in range(book.open, before):
        if p_paid[k] != p_due[k] or i_paid[k] != i_due[k]:
            n_overdue += 1
            oldest = oldest or dues[k]
    cum_p, cum_i = list(accumulate(p_due, initial=zero)), list(accumulate(i_due, initial=zero))
    settled = book.open
    part_p, part_i = (p_paid[settled], i_paid[settled]) if settled < len(dues) else (zero, zero)

    def paid_before(k: int) -> tuple:
        if k <= settled:
            return cum_p[k], cum_i[k]
        return cum_p[settled] + part_p, cum_i[settled] + part_i

    f.paid_p, f.paid_i = paid_p, paid_i = paid_before(len(dues))
    paid_p_c, paid_i_c = paid_before(on_or_before)
    f.due_to_date = cum_p[on_or_before] + cum_i[on_or_before]
    f.collected = paid_p_c + paid_i_c
    if live:  # a written-off loan is out of the arrears figures
        out_p, out_i = cum_p[-1] - paid_p, cum_i[-1] - paid_i
        paid_p_b, paid_i_b = paid_before(before)
        f.overdue_p, f.overdue_i = cum_p[before] - paid_p_b, cum_i[before] - paid_i_b
    else:
        out_p = out_i = f.overdue_p = f.overdue_i = zero
        n_overdue, oldest = 0, None
    f.out_p, f.out_i, f.before, f.n_overdue, f.oldest = out_p, out_i, before, n_overdue, oldest
    f.days = (_as_date(as_of) - _as_date(oldest)).days if oldest else 0
    if book.off_on is not None:
        f.status = "written_off"
    elif not started:
        f.status = "pending"
    else:
        f.status = "active" if out_p or out_i or book.fees or book.penalties else "closed"
    return f


def _freeze(book: _Book, rows: list[Installment], as_of: date, allocations: dict) -> LoanState:
    """Turn a replayed book into a :class:`LoanState`: statuses, arrears and to-date sums."""
    f = _figures(book, [row.due for row in rows], as_of)
    before = f.before
    states = []
    make_state = _installment_state
    columns = (range(len(rows)), rows, book.p_due, book.i_due, book.p_paid, book.i_paid)
    for k, row, pd, idue, pp, ip, paid_on in zip(*columns, book.paid_on, strict=True):
        if pp == pd and ip == idue:
            status = "paid"
        elif k < before:
            status = "overdue"
        else:
            status = "partly paid" if pp or ip else "due"
        states.append(make_state(row.n, row.due, pd, idue, pp, ip, paid_on, status))
    return LoanState(
        as_of, f.status, book.disbursed, book.on, tuple(states), f.paid_p, f.paid_i,
        book.fees_paid, book.penalties_paid, f.out_p, f.out_i, book.fees, book.penalties,
        book.written_off, book.off_on, f.days, f.n_overdue, f.overdue_p, f.overdue_i,
        f.due_to_date, f.collected, MappingProxyType(allocations),
    )  # fmt: skip


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
    rows = state.installments
    book = _Book(
        [i.principal_due for i in rows], [i.interest_due for i in rows],
        [i.principal_paid for i in rows], [i.interest_paid for i in rows],
    )  # fmt: skip
    book.fees, book.penalties = state.outstanding_fees, state.outstanding_penalties
    book.on, book.off_on = state.disbursed_on, state.written_off_on
    with localcontext(CONTEXT):
        return _allocation(*book.pay(Decimal(amount), None, plan))
