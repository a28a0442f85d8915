"""Repayment schedules: declining balance (equal installments or equal principal) and flat.

Pure functions over frozen dataclasses and ``Decimal``; no database, no Qt. The rules are the
ones in DESIGN.md §3 and docs/loan-math.md: the periodic rate is the nominal annual rate ÷ 12
(monthly) or ÷ 52 (weekly), every amount is rounded to the qəpik with the product's rounding mode,
and the last installment settles whatever rounding left over, so the principal parts always add
up to the principal exactly. Each schedule carries a ``formula`` text so that a head-office user
can rebuild it in Excel.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import Context, Decimal, localcontext
from typing import TypeVar

from app.errors import ValidationError
from app.money import CENT, ZERO, rounding_mode
from app.text import word
from app.vocabulary import AMORTIZATIONS, METHODS  # #12: the codes in one place

T = TypeVar("T")

PERIODS_PER_YEAR = {"monthly": 12, "weekly": 52}
MAX_PRINCIPAL = 10**12  # manat; keeps every amount well inside 28 significant digits
MAX_TERM = 1200  # a sanity bound (100 years monthly): refuses typos that would build huge tables

_ONE = Decimal(1)
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_WEEK = timedelta(days=7)
# The ledger computes in its own Decimal context (28 digits, as the default), whatever context
# the calling thread has set.
_TRAPS = [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow]
CONTEXT = Context(prec=28, traps=_TRAPS)


@dataclass(frozen=True, slots=True)
class LoanTerms:
    """What a schedule is built from (a loan copies these from its product).

    Attributes:
        principal: manat, two places, > 0.
        annual_rate: nominal annual rate in percent (``Decimal("18")``), >= 0.
        term: number of installments, grace included, >= 1.
        start: disbursement date; installment k is due ``start`` + k periods.
        method: ``"declining"`` or ``"flat"``.
        amortization: ``"equal-installments"`` or ``"equal-principal"``; declining only (a flat
            loan always repays equal principal parts, whatever this says).
        frequency: ``"monthly"`` or ``"weekly"``.
        grace: the first ``grace`` installments pay interest only; ``0 <= grace < term``.
        multiple: round the regular installment to a multiple of this many manat; None = qəpik.
        rounding: ``"half-up"`` (Excel's ROUND, the default) or ``"half-even"`` (Fineract).
    """

    principal: Decimal
    annual_rate: Decimal
    term: int
    start: date
    method: str = "declining"
    amortization: str = "equal-installments"
    frequency: str = "monthly"
    grace: int = 0
    multiple: Decimal | None = None
    rounding: str = "half-up"


@dataclass(frozen=True, slots=True)
class Installment:
    """One schedule row. ``balance`` is the principal still outstanding after it is paid."""

    n: int
    due: date
    principal: Decimal
    interest: Decimal
    balance: Decimal

    @property
    def total(self) -> Decimal:
        """What the borrower pays for this installment: principal + interest."""
        return self.principal + self.interest


def frozen_builder(cls: type[T]) -> Callable[..., T]:
    """A positional constructor for the frozen slots dataclass ``cls``, twice as fast.

    A frozen dataclass's ``__init__`` stores each field through ``object.__setattr__`` to get
    past its own guard. The builder is a plain class with the same slots: it stores the fields
    with ordinary attribute writes and then re-tags the instance as ``cls`` (``__class__``
    assignment between identical layouts). The result is a true, immutable ``cls`` instance,
    equal to and hashing like ``cls(...)``. Bulk schedules and replays build hundreds of
    thousands of rows.
    """
    names = [f.name for f in fields(cls)]
    body = "".join(f"\n    self.{name} = {name}" for name in names)
    code = f"def __init__(self, {', '.join(names)}):{body}\n    self.__class__ = cls"
    namespace: dict = {}
    exec(code, {"cls": cls}, namespace)  # as dataclasses itself builds __init__
    return type(f"_{cls.__name__}Builder", (), {"__slots__": cls.__slots__, **namespace})


_make_row = frozen_builder(Installment)


@dataclass(frozen=True, slots=True)
class Schedule:
    """A built schedule, with the formula and rounding rule that produced it, in words."""

    terms: LoanTerms
    installments: tuple[Installment, ...]
    total_interest: Decimal
    total_paid: Decimal
    formula: str
    # The same, line by line: (English sentence with {name} places, its values), so the printed
    # schedule card can say it in the paper's language (``formula`` is these lines filled in).
    formula_lines: tuple[tuple[str, dict[str, str]], ...] = ()


def _is_number(value: object) -> bool:
    return isinstance(value, (Decimal, int)) and not isinstance(value, bool)


def _at_most_cents(value: Decimal | int) -> bool:
    return Decimal(value) == Decimal(value).quantize(CENT)


def validate_terms(terms: LoanTerms) -> None:
    """Check every field of ``terms`` before any arithmetic.

    Raises:
        ValidationError: naming the first offending field (``principal``, ``annual_rate``,
            ``term``, ``grace``, ``method``, ``amortization``, ``frequency``, ``multiple``,
            ``rounding`` or ``start``). Floats are refused: money is never a float.
    """
    with localcontext(CONTEXT):
        _validate(terms)


def _validate(terms: LoanTerms) -> None:
    p = terms.principal
    if not _is_number(p) or not Decimal(p).is_finite() or p <= 0:
        raise ValidationError("the principal must be an amount above zero", field="principal")
    if p >= MAX_PRINCIPAL:
        raise ValidationError(
            "the principal is below {max_principal} manat",
            field="principal",
            max_principal=f"{MAX_PRINCIPAL:,}",
        )
    if not _at_most_cents(p):
        raise ValidationError("the principal has at most two decimals (qəpik)", field="principal")
    r = terms.annual_rate
    if not _is_number(r) or not Decimal(r).is_finite() or r < 0:
        raise ValidationError("the annual rate must be a percentage >= 0", field="annual_rate")
    if not isinstance(terms.term, int) or isinstance(terms.term, bool) or terms.term < 1:
        raise ValidationError("the term must be at least one installment", field="term")
    if terms.term > MAX_TERM:
        raise ValidationError(
            "the term is at most {max_term} installments", field="term", max_term=MAX_TERM
        )
    g = terms.grace
    if not isinstance(g, int) or isinstance(g, bool) or not 0 <= g < terms.term:
        raise ValidationError("grace must be from 0 to the term minus one", field="grace")
    if terms.method not in METHODS:
        raise ValidationError("the method is declining or flat", field="method")
    if terms.amortization not in AMORTIZATIONS:
        raise ValidationError(
            "amortization is equal-installments or equal-principal", field="amortization"
        )
    if terms.frequency not in PERIODS_PER_YEAR:
        raise ValidationError("the frequency is monthly or weekly", field="frequency")
    m = terms.multiple
    if m is not None and (not _is_number(m) or not Decimal(m).is_finite() or m <= 0):
        raise ValidationError("the multiple must be an amount above zero", field="multiple")
    if m is not None and not _at_most_cents(m):
        raise ValidationError("the multiple has at most two decimals", field="multiple")
    rounding_mode(terms.rounding)  # raises ValidationError(field="rounding")
    if not isinstance(terms.start, date):
        raise ValidationError("the start must be a date", field="start")


def due_dates(start: date, term: int, frequency: str) -> list[date]:
    """Due dates of installments 1..term.

    Weekly: ``start + 7k`` days. Monthly: the start's day of month, k months later, clamped to
    the month's last day (Jan 31 -> Feb 28/29 -> Mar 31 -> Apr 30), never drifting: each date
    is computed from ``start``, not from the previous due date.
    """
    if frequency == "weekly":
        return [start + _WEEK * k for k in range(1, term + 1)]
    if frequency != "monthly":
        raise ValidationError("the frequency is monthly or weekly", field="frequency")
    day, y, m = start.day, start.year, start.month
    out = []
    for _ in range(term):
        if m == 12:
            y, m = y + 1, 1
        else:
            m += 1
        if day <= 28:
            out.append(date(y, m, day))
        elif m == 2:
            out.append(date(y, 2, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28))
        else:
            out.append(date(y, m, min(day, _MONTH_DAYS[m - 1])))
    return out


def _to_multiple(value: Decimal, multiple: Decimal | None, rnd: str) -> Decimal:
    if multiple is None:
        return value.quantize(CENT, rnd)
    return ((value / multiple).quantize(_ONE, rnd) * multiple).quantize(CENT)


def build_schedule(terms: LoanTerms) -> Schedule:
    """Build the repayment schedule for ``terms``.

    Contract: every amount is quantised to 0.01; the principal parts sum to the principal
    exactly; no part and no balance is negative; the last balance is 0. The first ``grace``
    installments pay interest only. See docs/loan-math.md for each method's formula.

    Raises:
        ValidationError: as :func:`validate_terms`, or naming ``multiple`` when the multiple
            is so coarse that a regular installment would not repay any principal or the loan
            would be repaid before its last installment.
    """
    with localcontext(CONTEXT):
        validate_terms(terms)
        rnd = rounding_mode(terms.rounding)
        principal, rate = Decimal(terms.principal).quantize(CENT), Decimal(terms.annual_rate)
        n, g = terms.term, terms.grace
        amortizing = n - g
        denom = Decimal(PERIODS_PER_YEAR[terms.frequency] * 100)
        multiple = None if terms.multiple is None else Decimal(terms.multiple)
        dates = due_dates(terms.start, n, terms.frequency)
        level = part = fixed = None
        if terms.method == "flat":
            fixed = (principal * rate / denom).quantize(CENT, rnd)
            if multiple is None:
                part = (principal / amortizing).quantize(CENT, rnd)
            else:
                part = _to_multiple(principal / amortizing + fixed, multiple, rnd) - fixed
        elif terms.amortization == "equal-principal":
            part = _to_multiple(principal / amortizing, multiple, rnd)
        else:
            r = rate / denom
            if r:
                level = principal * r / (_ONE - (_ONE + r) ** -amortizing)
            else:
                level = principal / amortizing
            level = _to_multiple(level, multiple, rnd)
        rows, total_interest, distorted = _rows(
            dates, principal, rate, denom, g, rnd, level, part, fixed
        )
        total_paid = principal + total_interest
    if distorted and multiple is not None:
        raise ValidationError(
            "a multiple of {multiple} manat is too coarse for this loan: choose a smaller one",
            field="multiple",
            multiple=multiple,
        )
    lines = formula_lines(terms, principal, level, part, fixed)
    formula = "\n".join(fill(t, v) for t, v in lines)
    return Schedule(
        terms, tuple(rows), total_interest, total_paid, formula, tuple((t, v) for t, v in lines)
    )


def _exact_quotient(a: Decimal, b: Decimal) -> Decimal | None:
    """``a / b`` if it is exact (18 / 1200 = 0.015), else None (10 / 1200 = 0.00833…)."""
    ctx = CONTEXT.copy()
    ctx.traps[decimal.Inexact] = True
    try:
        return ctx.divide(a, b)
    except decimal.Inexact:
        return None


def _rows(dates, principal, rate, denom, grace, rnd, level, part, fixed):
    """The installment loop shared by all methods (the hot path: keep it lean).

    Interest is ``round(balance × annual ÷ (periods × 100))`` (declining) or the fixed flat
    amount. Multiplying by r only when r is exact, else dividing last, keeps ties exact
    (0.60 × 10 ÷ 1200 is a true 0.005; 0.60 × 0.008333… is not). Returns the rows, the
    total interest and whether a regular installment had to be capped (no principal repaid,
    or more than the balance).
    """
    exact_r = _exact_quotient(rate, denom)
    quantize, make_row = Decimal.quantize, _make_row
    balance, last, distorted, total_interest = principal, len(dates), False, ZERO
    rows = []
    for n, due in enumerate(dates, 1):
        if fixed is not None:
            interest = fixed
        elif exact_r is not None:
            interest = quantize(balance * exact_r, CENT, rnd)
        else:
            interest = quantize(balance * rate / denom, CENT, rnd)
        if n == last:
            pay = balance
        elif n <= grace:
            pay = ZERO
        else:
            pay = part if level is None else level - interest
            if pay <= 0 or pay > balance:
                distorted = True
                pay = min(max(pay, ZERO), balance)
            balance -= pay
        rows.append(make_row(n, due, pay, interest, ZERO if n == last else balance))
        total_interest += interest
    return rows, total_interest, distorted


_ROUNDING_TEXT = {
    "half-up": word("Rounding: half-up to the qəpik (a tie .005 goes up, as Excel's ROUND)."),
    "half-even": word(
        "Rounding: half-even to the qəpik (a tie .005 goes to the even qəpik, as Fineract; "
        "Excel's ROUND differs only on exact ties)."
    ),
}


def formula_lines(
    terms: LoanTerms, principal: Decimal, level, part, fixed
) -> list[tuple[str, dict[str, str]]]:
    """The schedule's rule, line by line: an English sentence with ``{name}`` places (marked
    for the documents' translation) and the values for them (numbers, Excel expressions)."""
    m, mult, freq = terms.term - terms.grace, terms.multiple, terms.frequency
    head = {
        "freq": freq,
        "rate": str(terms.annual_rate),
        "periods": str(PERIODS_PER_YEAR[freq]),
        "principal": str(principal),
    }
    lines: list[tuple[str, dict[str, str]]]
    if terms.method == "flat":
        how = f"MROUND(P / {m} + interest, {mult}) − interest" if mult else f"ROUND(P / {m}, 2)"
        lines = [
            (
                word("Flat interest, {freq}. r = {rate}% / {periods}; P = {principal}; n = {n}."),
                {**head, "n": str(terms.term)},
            ),
            (
                word("Interest every installment = ROUND(P × r, 2) = {fixed} (total {fixed} × n)."),
                {"fixed": str(fixed)},
            ),
            (word("Principal part = {how} = {part}."), {"how": how, "part": str(part)}),
        ]
    elif level is None:
        how = f"MROUND(P / {m}, {mult})" if mult else f"ROUND(P / {m}, 2)"
        lines = [
            (
                word(
                    "Declining balance, equal principal, {freq}. r = {rate}% / {periods}; "
                    "P = {principal}."
                ),
                head,
            ),
            (
                word("Principal part = {how} = {part}; interest = ROUND(balance × r, 2)."),
                {"how": how, "part": str(part)},
            ),
        ]
    else:
        how = f"MROUND(A, {mult})" if mult else "ROUND(A, 2)"
        lines = [
            (
                word(
                    "Declining balance, equal installments, {freq}. r = {rate}% / {periods}; "
                    "P = {principal}."
                ),
                head,
            ),
            (word("A = P × r / (1 − (1 + r)^−{m}), in Excel PMT(r, {m}, −P)."), {"m": str(m)}),
            (
                word(
                    "Installment = {how} = {level}; interest = ROUND(balance × r, 2); "
                    "principal = installment − interest."
                ),
                {"how": how, "level": str(level)},
            ),
        ]
    if terms.grace:
        lines.append(
            (
                word("Installments 1–{grace}: grace, interest only (ROUND(P × r, 2))."),
                {"grace": str(terms.grace)},
            )
        )
    lines.append((word("The last installment repays the remaining balance."), {}))
    lines.append((_ROUNDING_TEXT[terms.rounding], {}))
    return lines


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each ``{name}`` replaced by its value (no format specs, no escapes)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template
