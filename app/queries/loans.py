"""Loans on the read road (#12, DESIGN §9): the one loader of a loan with its schedule and ledger.

Every figure about a loan — on a screen, a receipt, a report, an export or a CLI line — is
replayed by ``app.ledger`` from a :class:`LoanLedger` this module loaded, for one loan
(:func:`load_loan`, also inside a service's write transaction) or for every disbursed loan
(:func:`disbursed_loans`, streamed in chunks). Both go through the same queries and the same
ordering code, so they cannot drift apart. Amounts stay integer qəpik as stored; the Decimal
replay (:meth:`LoanLedger.state`) and the integer fast path (:meth:`LoanLedger.figures`) are
held equal by tests/queries/test_loans.py.

Below the services: plain DB-API queries (no ORM, no session), nothing from ``app.services``,
``app.reports``, ``app.ui`` or ``app.cli``.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from app.ledger import (
    Entry,
    EntryRow,
    Installment,
    LoanState,
    PortfolioSummary,
    due_qepik,
    live_rows,
    replay,
    replay_qepik,
    summarize_qepik,
)
from app.ledger.schedule import frozen_builder
from app.money import from_qepik
from app.queries.plans import STATUS_SQL as PLAN_STATUS_SQL
from app.queries.training import registers

if TYPE_CHECKING:  # not at run time: a read-only command can read without SQLAlchemy
    from app.store import Database

FAR_FUTURE = date.max  # "as of forever": every recorded entry counts
_ZERO = Decimal(0)
_json = json.JSONDecoder().raw_decode  # json.loads without its checks: the text is SQLite's


class Manat(dict):
    """qəpik → ``Decimal`` manat (two places), memoised: loans repeat the same amounts."""

    def __missing__(self, qepik: int) -> Decimal:
        value = self[qepik] = Decimal(qepik).scaleb(-2)
        return value


class _Day(dict):
    """ISO text → date, memoised: a portfolio repeats the same dates thousands of times."""

    def __missing__(self, text: str) -> date:
        value = self[text] = date.fromisoformat(text[:10])
        return value


class LoanFigures(NamedTuple):
    """The integer-qəpik replay of one loan as of a date: what the portfolio sums read.

    A tuple in the order :func:`app.ledger.summarize_qepik` reads.
    """

    as_of: date
    status: str
    outstanding_principal: int
    overdue_principal: int
    days_in_arrears: int
    due_to_date: int
    collected_to_date: int


@dataclass(frozen=True, slots=True)
class LoanLedger:
    """A loan with its schedule and ledger entries: what every figure about it is replayed from.

    ``status`` is the stored status (the replayed one is in :meth:`state` and :meth:`figures`).
    ``ns``, ``dues``, ``principal`` and ``interest`` are the schedule's columns in installment
    order, amounts in qəpik. ``entries`` are :data:`~app.ledger.EntryRow` rows ``(value date,
    seq, id, kind, amount qəpik, reverses)`` in recording order (value date, then HLC, then id),
    ``seq`` numbering that order.
    """

    id: str
    number: str
    district_id: str
    status: str
    disbursed_on: date | None
    order: tuple[str, ...]
    ns: tuple[int, ...]
    dues: tuple[date, ...]
    principal: tuple[int, ...]
    interest: tuple[int, ...]
    entries: tuple[EntryRow, ...]

    def schedule(self, manat: Manat | None = None) -> list[Installment]:
        """The schedule in ``Decimal`` manat, as ``app.ledger`` takes it."""
        m = manat if manat is not None else Manat()
        columns = (self.ns, self.dues, self.principal, self.interest)
        return [Installment(n, d, m[p], m[i], _ZERO) for n, d, p, i in zip(*columns, strict=True)]

    def ledger(self, manat: Manat | None = None) -> list[Entry]:
        """The entries in ``Decimal`` manat, in recording order."""
        m = manat if manat is not None else Manat()
        return [Entry(eid, kind, on, m[q], rev, seq) for on, seq, eid, kind, q, rev in self.entries]

    def live(self, as_of: date = FAR_FUTURE) -> list[EntryRow]:
        """The entries that count as of ``as_of`` (``app.ledger.live_rows``: the one rule)."""
        return live_rows(self.entries, as_of)

    def cancelled(self, as_of: date = FAR_FUTURE) -> frozenset[str]:
        """Ids of the entries dated by ``as_of`` that a standing reversal takes out, reversals
        included (a reversal of a reversal cancels the first reversal and brings its entry
        back). Read from :meth:`live` (the one rule), never restated."""
        dated = [e for e in self.entries if e[0] <= as_of]
        live = {e[2] for e in live_rows(dated, as_of)}
        out = {e[2] for e in dated if e[3] != "reversal" and e[2] not in live}
        for r in dated:
            if r[3] == "reversal":  # asked as if it were a plain entry: does it still count?
                probe = [(*e[:3], "fee", 0, e[5]) if e is r else e for e in dated]
                if r[2] not in {e[2] for e in live_rows(probe, as_of)}:
                    out.add(r[2])
        return frozenset(out)

    def with_entry(
        self, entry_id: str, kind: str, on: date, amount_qepik: int, reverses: str | None = None
    ) -> LoanLedger:
        """This loan with one more entry, recorded after every other (a service's new entry)."""
        row = (on, len(self.entries), entry_id, kind, amount_qepik, reverses)
        return replace(self, entries=(*self.entries, row))

    def state(self, as_of: date, manat: Manat | None = None) -> LoanState:
        """The full ``Decimal`` replay as of ``as_of`` (installments, allocations and all)."""
        m = manat if manat is not None else Manat()
        return replay(self.schedule(m), self.ledger(m), as_of=as_of, order=self.order)

    def figures(self, as_of: date) -> LoanFigures:
        """The integer-qəpik replay as of ``as_of``: the same rules, no installment states."""
        figures = replay_qepik(self.dues, self.principal, self.interest, self.entries, as_of,
                               self.order)  # fmt: skip
        return LoanFigures._make(figures)


@dataclass(frozen=True, slots=True)
class LoanRow:
    """One loan as a list shows it: its stored terms and header, whose case file and product,
    and, when :func:`loan_rows` is asked for a date, its figures as of then (replayed by the
    integer-qəpik path from its :class:`LoanLedger`, never stored). The one row shape of a loan
    (#12): the exports read the terms, the loans table the names and figures too."""

    id: str
    number: str
    beneficiary_id: str
    product_id: str
    officer_id: str
    principal_qepik: int
    rate_bp: int
    term: int
    frequency: str
    method: str
    status: str  # as stored (a proposed loan: its decision); the replayed one is in the figures
    created_on: date
    disbursed_on: date | None
    purpose: str
    beneficiary: str = ""  # surname and given name
    code: str = ""  # the case file's code
    product: str = ""  # the product's name
    figures: LoanFigures | None = None  # as of the date asked for (None: not disbursed)
    key: str = ""  # what a search matches: the number, and the case file's stored search key

    @property
    def principal(self) -> Decimal:
        return from_qepik(self.principal_qepik)

    @property
    def rate(self) -> Decimal:
        """The nominal rate, percent a year."""
        return Decimal(self.rate_bp) / 100

    @property
    def outstanding(self) -> Decimal:
        """Principal still owed as of the figures' date (nothing before disbursement)."""
        return from_qepik(self.figures.outstanding_principal if self.figures else 0)

    @property
    def days_late(self) -> int:
        """Days in arrears as of the figures' date; only an active loan is late."""
        f = self.figures
        return f.days_in_arrears if f is not None and f.status == "active" else 0

    @property
    def late(self) -> bool:
        return self.days_late > 0


_loan_row = frozen_builder(LoanRow)  # 50,000 rows: twice as fast as LoanRow(...)


# -- the loaders -------------------------------------------------------------------------------
def loan_rows(
    db: Database | Any, as_of: date | None = None, loan_id: str | None = None
) -> list[LoanRow]:
    """Every undeleted loan (or the one ``loan_id``) by number, with its case file's name and
    code and its product's name; with ``as_of``, each disbursed loan's figures as of then (the
    bulk integer-qəpik replay, :func:`figures`: 50,000 loans in a worker)."""
    day = _Day()
    only = "" if loan_id is None else "AND loan.id = ? "
    text = sys.intern  # 50,000 rows repeat a few products, officers, statuses and methods
    # 50,000 rows and their figures: no GC passes over the screen's heap meanwhile
    with _bulk(), _snapshot(db) as cur:
        # figures from the same snapshot: a sync meanwhile cannot tear a row from its figures
        replayed: dict[str, LoanFigures] = {}
        if as_of is not None and loan_id is None:
            replayed = figures(cur.connection, as_of)
        elif as_of is not None:  # one loan (a screen refreshing what changed): replay it alone
            one = load_loan(cur.connection, loan_id)
            if one is not None and one.disbursed_on is not None:
                replayed[loan_id] = one.figures(as_of)
        cur.execute(
            "SELECT loan.id, loan.number, loan.beneficiary_id, loan.product_id, "
            "loan.officer_id, loan.principal_qepik, loan.rate_bp, loan.term, loan.frequency, "
            f"loan.method, {_STATUS}, loan.created_on, loan.disbursed_on, loan.purpose, "
            "coalesce(b.surname || ' ' || b.given_name, ''), coalesce(b.code, ''), "
            "coalesce(p.name, ''), lower(loan.number) || ' ' || coalesce(b.search_key, '') "
            "FROM loan "
            "LEFT JOIN beneficiary b ON b.id = loan.beneficiary_id "
            "LEFT JOIN loanproduct p ON p.id = loan.product_id "
            f"WHERE loan.deleted = 0 {only}ORDER BY loan.number",
            () if loan_id is None else (loan_id,),
        )
        return [  # streamed from the cursor: the raw rows never sit in memory at once
            _loan_row(
                r[0], r[1], r[2], text(r[3]), text(r[4]), r[5], r[6], r[7], text(r[8]),
                text(r[9]), text(r[10]), day[r[11]], None if r[12] is None else day[r[12]],
                r[13], r[14], r[15], text(r[16]), replayed.get(r[0]), r[17],
            )
            for r in cur
        ]  # fmt: skip


_LOAN_COLUMNS = "id, number, district_id, status, disbursed_on, allocation_order"


def load_loan(conn: Any, loan_id: str) -> LoanLedger | None:
    """One live loan with all its entries, or None if there is no such (undeleted) loan.

    ``conn``: a DB-API connection; a service passes its own transaction's, so the loan is read
    under the write lock it is about to change.
    """
    cur = conn.cursor()
    head = cur.execute(
        f"SELECT {_LOAN_COLUMNS} FROM loan WHERE id = ? AND deleted = 0", (loan_id,)
    ).fetchall()
    if not head:
        return None
    schedules, ledgers = _read(cur, head, None)
    return _loan(head[0], schedules.get(loan_id), ledgers.get(loan_id), _Day())


def loan(db: Database | Any, loan_id: str) -> LoanLedger | None:
    """One live loan with all its entries, read in a snapshot of its own (None: no such loan)."""
    with _snapshot(db) as cur:
        return load_loan(cur.connection, loan_id)


# -- approval (#13) ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Decision:
    """The decision on a proposed loan: the first one recorded (by HLC), whoever made it."""

    decision: str  # approved | rejected
    reason: str
    officer_id: str
    officer: str  # full name
    decided_on: date


_FIRST_DECISION = (
    "SELECT d.decision FROM loandecision d WHERE d.loan_id = loan.id ORDER BY d.hlc, d.id LIMIT 1"
)
# A loan's status as the screens show it: a proposed loan reads as its first decision.
_STATUS = (
    f"CASE WHEN loan.status = 'proposed' THEN coalesce(({_FIRST_DECISION}), 'proposed') "
    "ELSE loan.status END"
)


def decision(conn: Any, loan_id: str) -> Decision | None:
    """The decision on ``loan_id`` (None: none yet), read on ``conn``. Two supervisors deciding
    offline both keep their event; every laptop reads the first one recorded."""
    row = conn.execute(
        "SELECT d.decision, d.reason, d.officer_id, coalesce(o.full_name, ''), d.decided_on "
        "FROM loandecision d LEFT JOIN officer o ON o.id = d.officer_id "
        "WHERE d.loan_id = ? ORDER BY d.hlc, d.id LIMIT 1",
        (loan_id,),
    ).fetchone()
    if row is None:
        return None
    on = row[4] if isinstance(row[4], date) else date.fromisoformat(row[4])
    return Decision(row[0], row[1] or "", row[2], row[3], on)


def loan_warnings(db: Database | Any, beneficiary_id: str) -> tuple[str, ...]:
    """What a loan proposal for this person must explain in writing (#13), as codes of
    ``app.vocabulary.LOAN_WARNING``: a loan already running or awaiting disbursement (not a
    rejected one), no training completed (``app.queries.training``'s one rule), no approved
    business plan."""

    out = []
    with _snapshot(db) as cur:
        running = cur.execute(
            f"SELECT 1 FROM loan WHERE beneficiary_id = ? AND deleted = 0 AND {_STATUS} "
            "IN ('proposed', 'approved', 'active') LIMIT 1",
            (beneficiary_id,),
        ).fetchone()
        plan = cur.execute(
            "SELECT 1 FROM businessplan p WHERE p.beneficiary_id = ? AND p.deleted = 0 "
            f"AND {PLAN_STATUS_SQL} = 'approved' LIMIT 1",
            (beneficiary_id,),
        ).fetchone()
    if running:
        out.append("active_loan")
    lines = [r.line(beneficiary_id) for r in registers(db, beneficiary_id=beneficiary_id)]
    if not any(line is not None and line.completed for line in lines):
        out.append("no_training")
    if not plan:
        out.append("no_plan")
    return tuple(out)


def receipt_taken(conn: Any, receipt_no: str) -> bool:
    """Whether some ledger entry already has this receipt number (they are unique)."""
    found = conn.execute("SELECT 1 FROM ledgerentry WHERE receipt_no = ?", (receipt_no,))
    return found.fetchone() is not None


@contextmanager
def _snapshot(source: Database | Any) -> Iterator[Any]:
    """A cursor reading one consistent snapshot (a sync writing meanwhile tears no loan).

    ``source``: a :class:`~app.store.Database` (a pooled connection is borrowed) or an open
    DB-API connection (``app.store.connect``: a read-only command needs no SQLAlchemy), left
    open, and left in its own transaction if it is in one.
    """
    engine = getattr(source, "engine", None)
    raw = engine.raw_connection() if engine is not None else source
    try:
        cur = raw.cursor()
        begun = not getattr(raw, "in_transaction", False)
        if begun:
            cur.execute("BEGIN")
        try:
            yield cur
        finally:
            if begun:
                cur.execute("ROLLBACK")
    finally:
        if engine is not None:
            raw.close()


def disbursed_loans(db: Database | Any, as_of: date | None = None) -> Iterator[LoanLedger]:
    """Every disbursed, undeleted loan with its entries dated up to ``as_of`` (all if None).

    Streamed one loan at a time (:func:`_every`), so a district's whole ledger is never in
    memory at once (#4: the desktop stays under 400 MB with 50,000 loans).
    """
    day = _Day()
    for head, schedule, ledger in _every(db, as_of):
        yield _loan(head, schedule, ledger, day)


def _every(
    db: Database | Any, as_of: date | None
) -> Iterator[tuple[tuple, str | None, str | None]]:
    """Every disbursed, undeleted loan's head row, schedule and ledger (JSON arrays of rows, as
    :func:`_read` answers them), in loan id order, from one snapshot.

    Three queries in all, read side by side: the loans, and their schedules and ledgers grouped
    by loan in a single scan of each covering index (``ix_installment_replay``,
    ``ix_ledgerentry_replay``), one row per loan, a JSON array read in C (making 900,000 row
    tuples in Python cost more than the whole replay). 50,000 loans: 0.3 s less than asking
    for 500 loans at a time.
    """
    dated = "" if as_of is None else "WHERE value_date <= ? "
    with _snapshot(db) as cur:
        conn = cur.connection
        heads = cur.execute(
            f"SELECT {_LOAN_COLUMNS} FROM loan WHERE deleted = 0 AND disbursed_on IS NOT NULL"
        ).fetchall()
        heads.sort()  # by id (unique): a table scan and this sort beat reading it in id order
        schedules = _ByLoan(
            conn.execute(
                "SELECT loan_id, json_group_array(json_array(n, due_on, principal_qepik, "
                "interest_qepik)) FROM installment GROUP BY loan_id ORDER BY loan_id"
            )
        )
        ledgers = _ByLoan(
            conn.execute(
                "SELECT loan_id, json_group_array(json_array(value_date, hlc, id, kind, "
                f"amount_qepik, reverses_id)) FROM ledgerentry {dated}"
                "GROUP BY loan_id ORDER BY loan_id",
                () if as_of is None else (as_of.isoformat(),),
            )
        )
        for head in heads:
            yield head, schedules.take(head[0]), ledgers.take(head[0])


class _ByLoan:
    """``(loan id, value)`` rows in loan id order, taken loan by loan in the same order (a merge:
    rows of loans not asked for, deleted or not disbursed, are passed over). SQLite orders text
    by its UTF-8 bytes, which is Python's order of the same strings."""

    __slots__ = ("_next", "_rows")

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self._rows = iter(rows)
        self._next = next(self._rows, None)

    def take(self, loan_id: str) -> str | None:
        row = self._next
        while row is not None and row[0] < loan_id:
            row = next(self._rows, None)
        if row is None or row[0] != loan_id:
            self._next = row
            return None
        self._next = next(self._rows, None)
        return row[1]


def _read(cur: Any, heads: Sequence[tuple], as_of: date | None) -> tuple[dict, dict]:
    """The schedules and ledgers of ``heads`` (loan rows), one query each: loan id → the JSON
    array of its rows."""
    ids = [head[0] for head in heads]
    marks = ",".join("?" * len(ids))
    schedules = dict(
        cur.execute(
            "SELECT loan_id, json_group_array(json_array(n, due_on, principal_qepik, "
            f"interest_qepik)) FROM installment WHERE loan_id IN ({marks}) GROUP BY loan_id",
            ids,
        )
    )
    dated = "" if as_of is None else "value_date <= ? AND "
    ledgers = dict(
        cur.execute(
            "SELECT loan_id, json_group_array(json_array(value_date, hlc, id, kind, "
            "amount_qepik, reverses_id)) "
            f"FROM ledgerentry WHERE {dated}loan_id IN ({marks}) GROUP BY loan_id",
            (*([] if as_of is None else [as_of.isoformat()]), *ids),
        )
    )
    return schedules, ledgers


def _schedule(schedule: str | None) -> tuple[Sequence, Sequence, Sequence, Sequence]:
    """A loan's schedule rows (the JSON :func:`_read` answers) as four columns in installment
    order: n, due date (ISO text), principal and interest (qəpik)."""
    if schedule is None:
        return (), (), (), ()
    rows = _json(schedule)[0]
    rows.sort()  # installment order (n is unique)
    return tuple(zip(*rows, strict=True))  # type: ignore[return-value]


def _loan(head: tuple, schedule: str | None, ledger: str | None, day: _Day) -> LoanLedger:
    """One loan's rows as a :class:`LoanLedger`: installments by n, entries in recording order.

    ``schedule`` and ``ledger`` are JSON arrays of rows, one per installment and entry. The
    order inside a loan is set here, never by the query plan: installments sort by n, entries
    by (value date, HLC, id), the first items of their rows.
    """
    loan_id, number, district_id, status, disbursed_on, order = head
    ns, due_text, principal, interest = _schedule(schedule)
    dues = tuple(map(day.__getitem__, due_text))
    entries: tuple[EntryRow, ...] = ()
    if ledger is not None:
        lines = _json(ledger)[0]
        lines.sort()  # recording order: (value date, HLC, id); seq numbers it
        entries = tuple([
            (day[on], seq, eid, kind, amount, reverses)
            for seq, (on, _, eid, kind, amount, reverses) in enumerate(lines)
        ])  # fmt: skip
    disbursed = None if disbursed_on is None else day[disbursed_on]
    return LoanLedger(
        loan_id, number, district_id, status, disbursed, tuple(order.split(",")), tuple(ns),
        tuple(dues), tuple(principal), tuple(interest), entries,
    )  # fmt: skip


# -- the ledger as the exports list it ---------------------------------------------------------
ENTRY_COLUMNS = (
    "id", "loan_id", "kind", "value_date", "amount_qepik", "receipt_no", "reverses_id", "reason",
    "officer_id", "alloc_penalty_qepik", "alloc_fee_qepik", "alloc_interest_qepik",
    "alloc_principal_qepik", "balance_after_qepik",
)  # fmt: skip


def ledger_rows(db: Database | Any, as_of: date, batch: int = 2000) -> Iterator[tuple]:
    """Every ledger entry dated by ``as_of`` in recording order (value date, HLC, id), streamed.

    Rows are tuples in :data:`ENTRY_COLUMNS` order, the date still ISO text (the workbook's
    entry sheet writes 86,000 of them for 10,000 people).
    """
    with _snapshot(db) as cur:
        cur.execute(
            f"SELECT {', '.join(ENTRY_COLUMNS)} FROM ledgerentry WHERE value_date <= ? "
            "ORDER BY value_date, hlc, id",
            (as_of.isoformat(),),
        )
        while chunk := cur.fetchmany(batch):
            yield from chunk


def count_entries(db: Database | Any, as_of: date) -> int:
    """How many ledger entries are dated by ``as_of``."""
    with _snapshot(db) as cur:
        query = "SELECT count(*) FROM ledgerentry WHERE value_date <= ?"
        return cur.execute(query, (as_of.isoformat(),)).fetchone()[0]


# -- what the reports and tables read ----------------------------------------------------------
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


def states(db: Database | Any, as_of: date) -> dict[str, LoanState]:
    """Every disbursed loan's full ``Decimal`` state as of a date, keyed by loan id."""
    manat = Manat()
    with _bulk():
        return {loan.id: loan.state(as_of, manat) for loan in disbursed_loans(db, as_of)}


def figures(db: Database | Any, as_of: date) -> dict[str, LoanFigures]:
    """Every disbursed loan's integer-qəpik figures as of a date, keyed by loan id."""
    with _bulk():
        return dict(_bulk_figures(db, as_of))


def _bulk_figures(db: Database | Any, as_of: date) -> Iterator[tuple[str, LoanFigures]]:
    """``(loan id, figures)`` of every disbursed loan: :meth:`LoanLedger.figures` without the
    :class:`LoanLedger`.

    The same read (:func:`_every`) and the same replay (``app.ledger.replay_qepik``), fed the
    decoded rows as they come: dates stay ISO text (``replay_qepik`` compares them as it
    compares dates) and entries stay ``[value date, HLC, id, kind, amount, reverses]`` lists,
    which sort in recording order as :data:`~app.ledger.EntryRow` tuples do (the HLC standing
    for ``seq``). 50,000 loans: 0.4 s less than making each loan first. Held equal to
    :meth:`LoanLedger.figures` by tests/queries/test_loans.py.
    """
    on = as_of.isoformat()
    orders: dict[str, tuple[str, ...]] = {}
    for (loan_id, _, _, _, _, order), schedule, ledger in _every(db, as_of):
        plan = orders.get(order) or orders.setdefault(order, tuple(order.split(",")))
        _, dues, principal, interest = _schedule(schedule)
        lines = _json(ledger)[0] if ledger is not None else ()
        replayed = replay_qepik(dues, principal, interest, lines, on, plan)
        yield loan_id, LoanFigures(as_of, *replayed[1:])


def portfolio(db: Database | Any, as_of: date) -> PortfolioSummary:
    """Portfolio quality as of a date: every loan replayed in integer qəpik, streamed into the
    sums (``app.ledger.summarize_qepik``), which become manat at the end."""
    with _bulk():
        rows = (figures for _, figures in _bulk_figures(db, as_of))
        return summarize_qepik(rows, as_of=as_of)


def due_figures(db: Database | Any, loan_ids: Sequence[str], as_of: date) -> dict[str, tuple]:
    """What the due list reads of each disbursed loan of ``loan_ids`` (#14), by the integer
    replay (``app.ledger.due_qepik``): 500 loans a query, from one snapshot."""
    on, out = as_of.isoformat(), {}
    orders: dict[str, tuple[str, ...]] = {}
    with _bulk(), _snapshot(db) as cur:
        for start in range(0, len(loan_ids), 500):
            chunk = loan_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            heads = cur.execute(
                f"SELECT {_LOAN_COLUMNS} FROM loan WHERE id IN ({marks}) AND deleted = 0 "
                "AND disbursed_on IS NOT NULL",
                chunk,
            ).fetchall()
            schedules, ledgers = _read(cur, heads, as_of)
            for loan_id, _, _, _, _, order in heads:
                plan = orders.get(order) or orders.setdefault(order, tuple(order.split(",")))
                _, dues, principal, interest = _schedule(schedules.get(loan_id))
                ledger = ledgers.get(loan_id)
                lines = _json(ledger)[0] if ledger is not None else ()
                out[loan_id] = due_qepik(dues, principal, interest, lines, on, plan)
    return out
