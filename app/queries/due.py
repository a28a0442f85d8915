"""The loan officer's day (#14): which loans are due or late, for whom, and what to collect.

:func:`due_list` answers the Due list screen, ``fieldbook report due`` and the collection sheet
alike (one reader): the active loans of an officer, a village or a product with an installment
falling due by ``until`` or arrears already, sorted by days late. Each row carries what the
officer needs at the door: the installment due now, the arrears, what to collect, the phone and
village, the last payment, and the latest note ("promised to pay on …").

Figures come from the integer replay of those loans only (``queries.loans.due_figures``, the
same rules as every figure): an officer's 25,000 loans in about a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.money import from_qepik
from app.queries.loans import due_figures
from app.queries.sql import day, rows
from app.store import Database


@dataclass(frozen=True, slots=True)
class DueRow:
    loan_id: str
    number: str
    beneficiary: str
    code: str
    phone: str
    village: str
    officer_id: str
    officer: str
    product: str
    next_due_on: date | None  # the installment falling due on the day or next
    installment: Decimal  # its unpaid part
    arrears: Decimal  # fallen due before the day, with fees and penalties owed
    to_collect: Decimal  # the arrears, plus the installment when it falls due by ``until``
    days_late: int
    total_outstanding: Decimal
    last_paid_on: date | None
    last_paid: Decimal | None
    note: str  # the latest note on the loan
    note_on: date | None
    promised_on: date | None


@dataclass(frozen=True, slots=True)
class Officer:
    id: str
    name: str


def loan_officers(db: Database) -> list[Officer]:
    """Officers who hold active loans (the due list's officer filter)."""
    return [
        Officer(r[0], r[1])
        for r in rows(
            db,
            "SELECT DISTINCT o.id, o.full_name FROM loan l JOIN officer o ON o.id = l.officer_id "
            "WHERE l.status = 'active' AND l.deleted = 0 ORDER BY o.full_name",
        )
    ]


def villages(db: Database) -> list[str]:
    """Villages of people with active loans (the due list's village filter)."""
    return [
        r[0]
        for r in rows(
            db,
            "SELECT DISTINCT b.village FROM loan l JOIN beneficiary b ON b.id = l.beneficiary_id "
            "WHERE l.status = 'active' AND l.deleted = 0 AND b.village <> '' ORDER BY 1",
        )
    ]


def due_list(
    db: Database,
    *,
    on: date | None = None,
    until: date | None = None,
    officer_id: str | None = None,
    village: str | None = None,
    product_id: str | None = None,
) -> list[DueRow]:
    """Active loans due by ``until`` (default ``on``) or already late on ``on`` (default
    today), the most days late first, then by the day due and the name."""
    on = on or date.today()
    until = max(until or on, on)
    where, params = ["l.status = 'active'", "l.deleted = 0"], []
    for column, value in (("l.officer_id", officer_id), ("b.village", village),
                          ("l.product_id", product_id)):  # fmt: skip
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    heads = {
        r[0]: r
        for r in rows(
            db,
            "SELECT l.id, l.number, trim(b.surname || ' ' || b.given_name || ' ' || "
            "b.patronymic), b.code, b.phone, b.village, l.officer_id, "
            "coalesce(o.full_name, ''), coalesce(p.name, '') FROM loan l "
            "JOIN beneficiary b ON b.id = l.beneficiary_id "
            "LEFT JOIN officer o ON o.id = l.officer_id "
            "LEFT JOIN loanproduct p ON p.id = l.product_id WHERE " + " AND ".join(where),
            params,
        )
    }
    ids = sorted(heads)
    figures = due_figures(db, ids, on)  # the integer replay of these loans only
    paid = _last_payments(db, ids, on)
    notes = _latest_notes(db, ids)
    out = []
    for loan_id, (status, arrears, next_due, unpaid, days, owed) in figures.items():
        next_on = day(next_due) if next_due is not None else None
        if status != "active" or (arrears <= 0 and (next_on is None or next_on > until)):
            continue
        collect = arrears + (unpaid if next_on is not None and next_on <= until else 0)
        h = heads[loan_id]
        last_on, last_amount = paid.get(loan_id, (None, None))
        note = notes.get(loan_id, ("", None, None))
        out.append(
            DueRow(
                loan_id, h[1], h[2], h[3], h[4] or "", h[5] or "", h[6], h[7], h[8], next_on,
                from_qepik(unpaid), from_qepik(min(arrears, owed)),
                from_qepik(min(collect, owed)), days, from_qepik(owed), last_on, last_amount,
                *note,
            )
        )  # fmt: skip
    out.sort(key=lambda r: (-r.days_late, r.next_due_on or date.max, r.beneficiary))
    return out


def _in(ids: list[str]) -> str:
    return ",".join("?" * len(ids))


def _last_payments(db: Database, ids: list[str], on: date) -> dict[str, tuple[date, Decimal]]:
    """Each loan's latest standing repayment up to ``on``: (day, amount). The reversals are
    read once per chunk (``reverses_id`` has no index: a NOT EXISTS per row would scan)."""
    out: dict[str, tuple[date, Decimal]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found = rows(
            db,
            "SELECT e.loan_id, e.value_date, e.amount_qepik, e.kind, e.id, e.reverses_id "
            f"FROM ledgerentry e WHERE e.loan_id IN ({_in(chunk)}) "
            "AND e.kind IN ('repayment', 'reversal') AND e.value_date <= ? "
            "ORDER BY e.value_date, e.hlc",
            (*chunk, on.isoformat()),
        )
        reversed_ids = {r[5] for r in found if r[3] == "reversal"}
        for loan_id, value_date, amount, kind, entry_id, _ in found:
            if kind == "repayment" and entry_id not in reversed_ids:
                out[loan_id] = (day(value_date), from_qepik(amount))  # the last one stays
    return out


def _latest_notes(db: Database, ids: list[str]) -> dict[str, tuple[str, Any, Any]]:
    out: dict[str, tuple[str, Any, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for loan_id, text, written, promised in rows(
            db,
            "SELECT loan_id, text, written_on, promised_on FROM loannote "
            f"WHERE loan_id IN ({_in(chunk)}) ORDER BY written_on, hlc",
            chunk,
        ):
            out[loan_id] = (text, day(written), day(promised))
    return out
