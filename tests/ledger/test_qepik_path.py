"""The bulk report's integer-qəpik path (``replay_qepik``, ``summarize_qepik``) against
``replay`` and ``summarize``: same rules, same figures, to the qəpik and to the digit."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from app.ledger import (
    ALLOCATION_DEFAULT,
    Entry,
    LoanTerms,
    build_schedule,
    replay,
    replay_qepik,
    summarize,
    summarize_qepik,
)
from app.money import to_qepik

START = date(2024, 1, 15)
KINDS = ["repayment"] * 6 + ["fee", "penalty", "disbursement", "write_off", "reversal"]

terms = st.builds(
    LoanTerms,
    principal=st.integers(1, 500_000).map(lambda c: D(c).scaleb(-2)),
    annual_rate=st.sampled_from([D(0), D(12), D("18.5"), D(30)]),
    term=st.integers(1, 12),
    start=st.just(START),
    method=st.sampled_from(["declining", "flat"]),
    amortization=st.sampled_from(["equal-installments", "equal-principal"]),
    frequency=st.sampled_from(["monthly", "weekly"]),
)


@st.composite
def loans(draw):
    """A schedule, a messy ledger (repeats, reversals of anything, same-day ties), an as_of
    and an allocation order."""
    schedule = build_schedule(draw(terms)).installments
    entries: list[Entry] = []
    if draw(st.integers(0, 5)):
        entries.append(Entry("d", "disbursement", START, D(draw(st.integers(1, 10**6))) / 100))
    for k in range(draw(st.integers(0, 16))):
        kind = draw(st.sampled_from(KINDS))
        if kind == "write_off" and draw(st.integers(0, 3)):
            continue
        on = START + timedelta(days=draw(st.integers(0, 420)))
        cents = draw(st.integers(0, 60_000))
        reverses = None
        if kind == "reversal" and entries:
            reverses = draw(st.sampled_from([e.id for e in entries] + ["nowhere"]))
        seq = draw(st.integers(0, 3))
        entry = Entry(f"e{k}", kind, on, D(cents).scaleb(-2), reverses, seq)
        entries.append(entry)
        if draw(st.integers(0, 9)) == 0:  # a retried sync: the same id again
            entries.append(Entry(entry.id, "repayment", on, D("1.00"), None, seq))
    as_of = START + timedelta(days=draw(st.integers(0, 450)))
    order = draw(st.permutations(ALLOCATION_DEFAULT))
    return schedule, entries, as_of, tuple(order)


def qepik_args(schedule, entries, as_of, order):
    rows = [(e.on, e.seq, e.id, e.kind, to_qepik(e.amount), e.reverses) for e in entries]
    dues = [i.due for i in schedule]
    principal = [to_qepik(i.principal) for i in schedule]
    interest = [to_qepik(i.interest) for i in schedule]
    return dues, principal, interest, rows, as_of, order


@settings(max_examples=400, deadline=None)
@given(loans())
def test_the_qepik_path_gives_replays_figures(loan) -> None:
    schedule, entries, as_of, order = loan
    s = replay(schedule, entries, as_of=as_of, order=order)
    fast = replay_qepik(*qepik_args(schedule, entries, as_of, order))
    assert fast == (
        s.as_of, s.status, to_qepik(s.outstanding_principal), to_qepik(s.overdue_principal),
        s.days_in_arrears, to_qepik(s.due_to_date), to_qepik(s.collected_to_date),
    )  # fmt: skip
    assert all(type(x) is int for x in fast[2:])  # never a Decimal or a float on this path


@settings(max_examples=100, deadline=None)
@given(st.lists(loans(), max_size=8), st.integers(0, 450))
def test_the_qepik_summary_is_summarize_to_the_digit(portfolio, days) -> None:
    as_of = START + timedelta(days=days)
    states, rows = [], []
    for schedule, entries, _, order in portfolio:
        states.append(replay(schedule, entries, as_of=as_of, order=order))
        rows.append(replay_qepik(*qepik_args(schedule, entries, as_of, order)))
    slow, fast = summarize(states, as_of=as_of), summarize_qepik(rows, as_of=as_of)
    assert fast == slow
    # Equal and written alike (same exponent): reports print these.
    assert repr(fast) == repr(slow)
