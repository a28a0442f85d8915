"""What the printed papers read (#12): a case file's plans, grants, loans and notes; a course's
heading; a receipt's entry with its loan and officer. Plain rows through the DB-API cursor, so
``app.reports`` lays out what it is given and runs no query of its own.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from app.errors import NotFound
from app.queries.people import Person, people, person
from app.queries.plans import plans_of
from app.queries.sql import day, rows
from app.store import Database


class PlanLine(NamedTuple):
    title: str
    submitted_on: date
    status: str  # app.vocabulary.PLAN_STATUS
    score: Decimal | None  # derived from the plan's reviews (#13, ``app.queries.plans``)


class GrantLine(NamedTuple):
    given_on: date
    total_qepik: int
    items: tuple[tuple[str, int], ...]  # (description, quantity)
    status: str = "handed_over"  # app.vocabulary.GRANT_STATUS (#13): or prepared, not yet given


class LoanLine(NamedTuple):
    id: str
    number: str
    disbursed_on: date | None
    principal_qepik: int
    status: str  # the stored status (app.vocabulary.LOAN_STATUSES)


class NoteLine(NamedTuple):
    written_on: date
    author: str  # the officer's full name ("" if unknown)
    text: str


class CaseFilePaper(NamedTuple):
    person: Person
    district: str
    plans: list[PlanLine]
    grants: list[GrantLine]
    loans: list[LoanLine]
    notes: list[NoteLine]


def case_file_paper(db: Database, beneficiary_id: str) -> CaseFilePaper:
    """A live case file with what the case summary lists (oldest first; loans by number).

    Raises:
        NotFound: no such case file, or it was deleted.
    """
    who = person(db, beneficiary_id)
    district = rows(db, "SELECT name FROM district WHERE id = ?", (who.district_id,))
    plans = [
        PlanLine(x.title, x.submitted_on, x.status, x.score)
        for x in sorted(plans_of(db, who.id), key=lambda x: x.submitted_on)
    ]
    items: dict[str, list[tuple[str, int]]] = {}
    for grant_id, description, quantity in rows(
        db,
        "SELECT i.grant_id, i.description, i.quantity FROM grantitem i "
        "JOIN inkindgrant g ON g.id = i.grant_id "
        "WHERE g.beneficiary_id = ? AND g.deleted = 0 AND i.deleted = 0 ORDER BY i.id",
        (who.id,),
    ):
        items.setdefault(grant_id, []).append((description, quantity))
    grants = [
        GrantLine(day(r[1]), r[2], tuple(items.get(r[0], ())), r[3])
        for r in rows(
            db,
            "SELECT id, given_on, total_qepik, status FROM inkindgrant "
            "WHERE beneficiary_id = ? AND deleted = 0 ORDER BY given_on",
            (who.id,),
        )
    ]
    loans = [
        LoanLine(r[0], r[1], day(r[2]), r[3], r[4])
        for r in rows(
            db,
            "SELECT id, number, disbursed_on, principal_qepik, status FROM loan "
            "WHERE beneficiary_id = ? AND deleted = 0 ORDER BY number",
            (who.id,),
        )
    ]
    notes = [
        NoteLine(day(r[0]), r[1] or "", r[2])
        for r in rows(
            db,
            "SELECT n.written_on, o.full_name, n.text FROM casenote n "
            "LEFT JOIN officer o ON o.id = n.author_id "
            "WHERE n.beneficiary_id = ? AND n.deleted = 0 ORDER BY n.written_on",
            (who.id,),
        )
    ]
    return CaseFilePaper(who, district[0][0] if district else "", plans, grants, loans, notes)


class CourseHead(NamedTuple):
    id: str
    title: str
    venue: str
    starts_on: date
    trainer: str  # the trainer's full name ("" if none)


def course_head(db: Database, course_id: str) -> CourseHead:
    """A live training course with its trainer's name.

    Raises:
        NotFound: no such course, or it was deleted.
    """
    found = rows(
        db,
        "SELECT c.id, c.title, c.venue, c.starts_on, o.full_name FROM trainingcourse c "
        "LEFT JOIN officer o ON o.id = c.trainer_id WHERE c.id = ? AND c.deleted = 0",
        (course_id,),
    )
    if not found:
        raise NotFound("no such course", field="course")
    r = found[0]
    return CourseHead(r[0], r[1], r[2], day(r[3]), r[4] or "")


class ReceiptEntry(NamedTuple):
    id: str
    receipt_no: str
    value_date: date
    amount_qepik: int
    alloc_penalty_qepik: int
    alloc_fee_qepik: int
    alloc_interest_qepik: int
    alloc_principal_qepik: int
    balance_after_qepik: int | None


class Reversal(NamedTuple):
    value_date: date
    reason: str


class ReceiptPaper(NamedTuple):
    entry: ReceiptEntry
    loan_id: str
    loan_number: str
    person: Person
    officer: str  # who took the money ("" if unknown)
    reversal: Reversal | None  # the entry that reversed it, if any


def receipt_paper(db: Database, receipt_no: str) -> ReceiptPaper:
    """A receipt by its number (as typed, or in capitals) with what its paper shows.

    Raises:
        NotFound: no receipt with that number.
    """
    number = receipt_no.strip()
    sql = (
        "SELECT e.id, e.receipt_no, e.value_date, e.amount_qepik, e.alloc_penalty_qepik, "
        "e.alloc_fee_qepik, e.alloc_interest_qepik, e.alloc_principal_qepik, "
        "e.balance_after_qepik, l.id, l.number, l.beneficiary_id, o.full_name "
        "FROM ledgerentry e JOIN loan l ON l.id = e.loan_id "
        "LEFT JOIN officer o ON o.id = e.officer_id WHERE e.receipt_no = ?"
    )
    found = rows(db, sql, (number,))
    if not found and number != number.upper():
        found = rows(db, sql, (number.upper(),))
    if not found:
        raise NotFound("no receipt numbered {receipt_no!r}", field="receipt", receipt_no=receipt_no)
    r = found[0]
    entry = ReceiptEntry(r[0], r[1], day(r[2]), *r[3:9])
    reversal = rows(  # by loan first: reverses_id has no index, loan_id has
        db,
        "SELECT value_date, reason FROM ledgerentry WHERE loan_id = ? AND reverses_id = ? LIMIT 1",
        (r[9], entry.id),
    )
    return ReceiptPaper(
        entry,
        r[9],
        r[10],
        people(db, [r[11]], deleted=True)[r[11]],
        r[12] or "",
        Reversal(day(reversal[0][0]), reversal[0][1]) if reversal else None,
    )


def beneficiary_by_code(db: Database, code: str) -> str:
    """The id of the live case file with this code (any case).

    Raises:
        NotFound: no such case file.
    """
    found = rows(
        db,
        "SELECT id FROM beneficiary WHERE code = ? AND deleted = 0",
        (code.strip().upper(),),
    )
    if not found:
        raise NotFound("no case file with code {code!r}", field="beneficiary", code=code)
    return found[0][0]


def courses_called(db: Database, text: str) -> list[str]:
    """The live course whose id is ``text``, or the ids of those titled exactly ``text``."""
    text = text.strip()
    by_id = rows(db, "SELECT id FROM trainingcourse WHERE id = ?", (text,))
    if by_id:
        return [by_id[0][0]]
    return [
        r[0]
        for r in rows(db, "SELECT id FROM trainingcourse WHERE title = ? AND deleted = 0", (text,))
    ]


class GrantPaper(NamedTuple):
    """An in-kind grant as its handover act prints it (#13)."""

    id: str
    person: Person
    given_on: date
    status: str  # app.vocabulary.GRANT_STATUS
    officer: str
    plan_title: str
    items: tuple[tuple[str, int, int, str], ...]  # (description, quantity, unit qəpik, serials)
    total_qepik: int


def grant_paper(db: Database, grant_id: str) -> GrantPaper:
    """Raises ``NotFound`` for an unknown or deleted grant."""
    found = rows(
        db,
        "SELECT g.id, g.beneficiary_id, g.given_on, g.status, coalesce(o.full_name, ''), "
        "coalesce(p.title, ''), g.total_qepik FROM inkindgrant g "
        "LEFT JOIN officer o ON o.id = g.officer_id "
        "LEFT JOIN businessplan p ON p.id = g.business_plan_id "
        "WHERE g.id = ? AND g.deleted = 0",
        (grant_id,),
    )
    if not found:
        raise NotFound("no such grant", field="grant")
    g = found[0]
    items = tuple(
        (r[0], r[1], r[2], r[3])
        for r in rows(
            db,
            "SELECT description, quantity, unit_value_qepik, serial_no FROM grantitem "
            "WHERE grant_id = ? AND deleted = 0 ORDER BY id",
            (grant_id,),
        )
    )
    return GrantPaper(g[0], person(db, g[1]), day(g[2]), g[3], g[4], g[5], items, g[6])
