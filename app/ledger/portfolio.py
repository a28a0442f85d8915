"""Portfolio quality: days-in-arrears buckets, PAR, arrears rate and repayment rate.

Pure sums over :class:`~app.ledger.replay.LoanState` values replayed as of one date. The
definitions follow CGAP (DESIGN.md §3, docs/loan-math.md): PAR counts the *whole* outstanding
principal of a loan with any installment overdue past the threshold, not just the overdue part;
the overdue part alone is the arrears rate, shown beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from types import MappingProxyType

from app.errors import ValidationError
from app.ledger.replay import LoanState
from app.ledger.schedule import CONTEXT
from app.money import ZERO

BUCKETS = ("current", "1-30", "31-90", ">90")
RATIO = Decimal("0.0001")
_ONE = Decimal(1).quantize(RATIO)


def par_bucket(days_in_arrears: int) -> str:
    """The arrears bucket of a loan: "current" (0 days), "1-30", "31-90" or ">90".

    Raises:
        ValidationError: for negative days (field ``days_in_arrears``).
    """
    if days_in_arrears < 0:
        raise ValidationError("days in arrears cannot be negative", field="days_in_arrears")
    if days_in_arrears == 0:
        return "current"
    if days_in_arrears <= 30:
        return "1-30"
    return "31-90" if days_in_arrears <= 90 else ">90"


def ratio(part: Decimal, whole: Decimal, *, empty: Decimal = ZERO) -> Decimal:
    """``part / whole`` quantised to 0.0001 (ROUND_HALF_UP); ``empty`` when ``whole`` is 0."""
    if not whole:
        return empty.quantize(RATIO)
    with localcontext(CONTEXT):
        return (part / whole).quantize(RATIO, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PortfolioSummary:
    """Portfolio quality as of one date. Ratios are 0..1 with four places.

    Attributes:
        active_loans: loans with status "active" (disbursed, not closed, not written off).
        outstanding_principal: their outstanding principal.
        par1, par30, par90: whole outstanding principal of active loans with
            days_in_arrears >= 1 / > 30 / > 90, over ``outstanding_principal``; 0 if none.
        par1_amount, par30_amount, par90_amount: the numerators.
        arrears_rate: overdue principal only, over ``outstanding_principal``.
        repayment_rate: ``collected_to_date / due_to_date`` over disbursed loans that are not
            written off (active and closed); 1 when nothing is due yet.
        by_bucket: bucket -> (active loans, their outstanding principal), every bucket present
            in :data:`BUCKETS` order.
    """

    as_of: date
    active_loans: int
    outstanding_principal: Decimal
    par1: Decimal
    par30: Decimal
    par90: Decimal
    par1_amount: Decimal
    par30_amount: Decimal
    par90_amount: Decimal
    arrears_rate: Decimal
    repayment_rate: Decimal
    due_to_date: Decimal
    collected_to_date: Decimal
    by_bucket: Mapping[str, tuple[int, Decimal]] = field(hash=False)


def summarize(states: Iterable[LoanState], *, as_of: date) -> PortfolioSummary:
    """Sum loan states replayed as of ``as_of`` into the portfolio figures.

    Pending loans count nowhere; written-off loans leave the portfolio (they are in no
    ratio); closed loans count only in the repayment rate.

    Raises:
        ValidationError: a state replayed as of another date (field ``as_of``): mixing dates
            would make PAR meaningless.
    """
    with localcontext(CONTEXT):
        return _summarize(states, as_of)


def _summarize(states: Iterable[LoanState], as_of: date) -> PortfolioSummary:
    rows = (
        (s.as_of, s.status, s.outstanding_principal, s.overdue_principal, s.days_in_arrears,
         s.due_to_date, s.collected_to_date)
        for s in states
    )  # fmt: skip
    return _summary(as_of, *_sums(rows, as_of, ZERO))


def summarize_qepik(rows: Iterable[tuple], *, as_of: date) -> PortfolioSummary:
    """:func:`summarize` over the integer-qəpik rows of ``replay.replay_qepik``.

    The same sums, in ``int``; each becomes manat (two places, as every ledger amount) at the
    end.
    """
    active, *sums, buckets = _sums(rows, as_of, 0)
    with localcontext(CONTEXT):
        manat = [Decimal(q).scaleb(-2) for q in sums]
        for bucket in buckets.values():
            bucket[1] = Decimal(bucket[1]).scaleb(-2)
        return _summary(as_of, active, *manat, buckets)


def _sums(rows: Iterable[tuple], as_of: date, zero) -> tuple:
    """Sum (as_of, status, outstanding principal, overdue principal, days in arrears, due to
    date, collected to date) rows, amounts all ``Decimal`` or all ``int`` (``zero``)."""
    outstanding = overdue = par1 = par30 = par90 = due = collected = zero
    active = 0
    buckets = {name: [0, zero] for name in BUCKETS}
    for s_as_of, status, principal, overdue_principal, days, due_to_date, collected_to_date in rows:
        if s_as_of != as_of:
            raise ValidationError(
                "a loan state is as of {state_as_of}, not {as_of}: "
                "replay every loan as of one date",
                field="as_of",
                state_as_of=s_as_of,
                as_of=as_of,
            )
        if status in ("active", "closed"):
            due += due_to_date
            collected += collected_to_date
        if status != "active":
            continue
        active += 1
        outstanding += principal
        overdue += overdue_principal
        if days >= 1:
            par1 += principal
        if days > 30:
            par30 += principal
        if days > 90:
            par90 += principal
        bucket = buckets[par_bucket(days)]
        bucket[0] += 1
        bucket[1] += principal
    return active, outstanding, overdue, par1, par30, par90, due, collected, buckets


def _summary(as_of, active, outstanding, overdue, par1, par30, par90, due, collected, buckets):
    return PortfolioSummary(
        as_of=as_of,
        active_loans=active,
        outstanding_principal=outstanding,
        par1=ratio(par1, outstanding),
        par30=ratio(par30, outstanding),
        par90=ratio(par90, outstanding),
        par1_amount=par1,
        par30_amount=par30,
        par90_amount=par90,
        arrears_rate=ratio(overdue, outstanding),
        repayment_rate=ratio(collected, due, empty=_ONE),
        due_to_date=due,
        collected_to_date=collected,
        by_bucket=MappingProxyType({k: (n, amount) for k, (n, amount) in buckets.items()}),
    )
