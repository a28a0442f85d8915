"""Portfolio figures for the district, derived by replaying every loan (DESIGN §3)."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from operator import itemgetter

from app.ledger import Entry, LoanState, PortfolioSummary, replay
from app.ledger import Installment as Due
from app.ledger.portfolio import _summarize_qepik
from app.ledger.replay import _replay_qepik
from app.store import Database

_ZERO = Decimal(0)


class _Manat(dict):
    """qəpik → Decimal manat, memoised: a portfolio repeats the same amounts thousands of times."""

    def __missing__(self, qepik: int) -> Decimal:
        value = self[qepik] = Decimal(qepik).scaleb(-2)
        return value


class _Day(dict):
    """ISO text → date, memoised: a portfolio repeats the same dates thousands of times."""

    def __missing__(self, text: str) -> date:
        value = self[text] = date.fromisoformat(text)
        return value


_THIRD = itemgetter(2)
_CHUNK = 500  # loans per query (bounded by SQLite's 32,766 parameters)
_SEP = "\x1f"  # between one loan's due dates (no date has it)
_json = json.JSONDecoder().raw_decode  # json.loads without its checks: the text is SQLite's


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000s of small frozen objects are made.

    None of them form cycles, yet each GC pass scans everything still held: about half the time
    of a district-wide replay went there.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load(db: Database, as_of: date) -> Iterator[tuple]:
    """Each disbursed loan's schedule and entries up to ``as_of``, ready to replay.

    Yields (loan id, allocation order, ns, due dates, principal qəpik, interest qəpik, entries),
    the schedule columns in installment order and the entries as (on, seq, id, kind, amount
    qəpik, reverses) rows in recording order (value date, then HLC; seq numbers that order).

    Three plain queries on the DB-API cursor (the ORM adds a few microseconds a row, a second in
    all). The schedule and ledger queries return one row per loan, each column a JSON array
    (``json_group_array``; due dates joined by ``_SEP``, which parses faster), read in C:
    making 160,000 row tuples in Python cost more than the whole replay. The order inside a
    loan is set here (by n; by value date then HLC, stable), never by the query plan.
    """
    day = _Day()
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        every = cur.execute(
            "SELECT id, allocation_order FROM loan WHERE deleted = 0 AND disbursed_on IS NOT NULL"
        ).fetchall()
        # In chunks of loans, so a district's whole ledger is never in memory at once (#4:
        # the desktop stays under 400 MB with 50,000 loans).
        for start in range(0, len(every), _CHUNK):
            loans = every[start : start + _CHUNK]
            marks = ",".join("?" * len(loans))
            ids = [loan_id for loan_id, _ in loans]
            schedules = {
                loan_id: columns
                for loan_id, *columns in cur.execute(
                    "SELECT loan_id, json_group_array(n), group_concat(due_on, ?), "
                    "json_group_array(principal_qepik), json_group_array(interest_qepik) "
                    f"FROM installment WHERE loan_id IN ({marks}) GROUP BY loan_id",
                    (_SEP, *ids),
                )
            }
            ledgers = {
                loan_id: columns
                for loan_id, *columns in cur.execute(
                    "SELECT loan_id, json_group_array(value_date), json_group_array(hlc), "
                    "json_group_array(id), json_group_array(kind), "
                    "json_group_array(amount_qepik), json_group_array(reverses_id) "
                    f"FROM ledgerentry WHERE value_date <= ? AND loan_id IN ({marks}) "
                    "GROUP BY loan_id",
                    (as_of.isoformat(), *ids),
                )
            }
            yield from _rows_of(loans, schedules, ledgers, day)
    finally:
        raw.close()


def _rows_of(loans: list, schedules: dict, ledgers: dict, day: _Day) -> Iterator[tuple]:
    """One chunk's loans as replay inputs, in installment and recording order."""
    for loan_id, order in loans:
        ns: list[int] = []
        dues: list[date] = []
        principal: list[int] = []
        interest: list[int] = []
        if loan_id in schedules:
            n_json, due_text, p_json, i_json = schedules[loan_id]
            ns, principal, interest = _json(n_json)[0], _json(p_json)[0], _json(i_json)[0]
            dues = list(map(day.__getitem__, due_text.split(_SEP)))
            if ns != sorted(ns):  # installment order, stable as replay's sort by n
                by_n = sorted(range(len(ns)), key=ns.__getitem__)
                ns, dues, principal, interest = (
                    [column[k] for k in by_n] for column in (ns, dues, principal, interest)
                )
        entries: list[tuple] = []
        if loan_id in ledgers:
            ons, hlcs, ids, kinds, amounts, reverses = (_json(t)[0] for t in ledgers[loan_id])
            count = len(ons)
            # The recording order: a stable sort by (value date, HLC); seq numbers it.
            recorded = list(map(_THIRD, sorted(zip(ons, hlcs, range(count), strict=True))))
            if recorded != list(range(count)):
                ons, ids, kinds, amounts, reverses = (
                    [column[k] for k in recorded] for column in (ons, ids, kinds, amounts, reverses)
                )
            entries = list(
                zip(map(day.__getitem__, ons), range(count), ids, kinds, amounts, reverses,
                    strict=True)
            )  # fmt: skip
        yield loan_id, tuple(order.split(",")), ns, dues, principal, interest, entries


def loan_states(db: Database, as_of: date) -> dict[str, LoanState]:
    """Every disbursed loan's state as of a date, keyed by loan id."""
    manat = _Manat()
    with _bulk():
        states = {}
        for loan_id, order, ns, dues, ps, is_, entries in _load(db, as_of):
            schedule = [
                Due(n, d, manat[p], manat[i], _ZERO)
                for n, d, p, i in zip(ns, dues, ps, is_, strict=True)
            ]
            ledger = [
                Entry(eid, kind, on, manat[q], rev, seq) for on, seq, eid, kind, q, rev in entries
            ]
            states[loan_id] = replay(schedule, ledger, as_of=as_of, order=order)
        return states


def portfolio(db: Database, as_of: date | None = None) -> PortfolioSummary:
    """Active loans, outstanding principal, PAR1/30/90, arrears and repayment rate as of a date.

    Each loan is replayed in integer qəpik (``replay._replay_qepik``: the same rules as
    ``replay``, without installment states or allocations) and streamed into the portfolio
    sums, which become manat at the end.
    """
    as_of = as_of or date.today()
    with _bulk():
        return _summarize_qepik(
            (
                _replay_qepik(dues, ps, is_, entries, as_of, order)
                for _, order, _, dues, ps, is_, entries in _load(db, as_of)
            ),
            as_of=as_of,
        )


def loan_figures(db: Database, as_of: date) -> dict[str, tuple[str, int, int]]:
    """Each disbursed loan's (status, outstanding principal in qəpik, days in arrears).

    The portfolio table's columns, by the integer-qəpik replay (the same rules as ``replay``).
    """
    with _bulk():
        return {
            loan_id: (status, out_p, days)
            for loan_id, order, _, dues, ps, is_, entries in _load(db, as_of)
            for _, status, out_p, _, days, _, _ in (
                _replay_qepik(dues, ps, is_, entries, as_of, order),
            )
        }
