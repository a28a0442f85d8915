"""Plain read models for the exports: one bulk query per table, no ORM rows (STYLE §5).

The head-office workbook touches every loan, entry and installment of an office (86,000 ledger
entries for 10,000 people), so this reads through the DB-API cursor and parses each repeated
date once. Loans are read through ``app.queries.loans`` (#12: their rows and their states, the
replay); loan balances are never computed here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from app.ledger import LoanState
from app.queries.loans import ENTRY_COLUMNS as ENTRY_COLUMNS  # the workbook reads them here
from app.queries.loans import LoanRow, count_entries, loan_rows
from app.queries.loans import ledger_rows as entries  # noqa: F401  (the workbook's entry sheet)
from app.queries.loans import states as loan_states
from app.queries.office import Office, Profile, office, profile
from app.queries.people import Person
from app.queries.people import people as load_people
from app.queries.plans import PlanSummary, Totals, all_plans
from app.queries.sql import rows as _rows
from app.queries.training import Register as CourseRegister
from app.queries.training import registers
from app.store import Database


class Dates(dict):
    """ISO text → ``date``, memoised (an office repeats the same few hundred dates)."""

    def __missing__(self, text: str | None) -> date | None:
        value = self[text] = None if text is None else date.fromisoformat(text[:10])
        return value


@dataclass
class OfficeData:
    """Everything the exports read about an office, as of one date."""

    as_of: date
    office: Office
    districts: dict[str, str]
    officers: dict[str, tuple[str, str]]  # id -> (login, full name)
    people: dict[str, Person]
    products: dict[str, str]
    loans: list[LoanRow]
    states: dict[str, LoanState]
    courses: list[CourseRegister]
    grants: list[tuple[str, date, int]]  # (person, given on, value qəpik): handed over
    entry_count: int
    plans: list[tuple[PlanSummary, Totals]] = field(default_factory=list)  # #13
    grant_items: list[GrantItemRow] = field(default_factory=list)  # #13: every grant's items
    warnings: dict[str, str] = field(default_factory=dict)  # #13: loan id → its warning codes
    profile: Profile = field(default_factory=Profile)  # #13: the organisation on every paper


def people(db: Database, day: Dates | None = None) -> dict[str, Person]:
    """Every live case file, in the one row shape of a person (``app.queries.people``, #12)."""
    return load_people(db)


def officers(db: Database) -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in _rows(db, "SELECT id, login, full_name FROM officer")}


def districts(db: Database) -> dict[str, str]:
    return dict(_rows(db, "SELECT id, name FROM district"))


def courses(db: Database, as_of: date, day: Dates | None = None) -> list[CourseRegister]:
    """Every course started by ``as_of`` with its register (``queries.training``, the one rule)."""
    return registers(db, as_of=as_of)


def grants(db: Database, as_of: date, day: Dates | None = None) -> list[tuple[str, date, int]]:
    """The grants handed over by ``as_of`` (a prepared grant is not given yet)."""
    day = day if day is not None else Dates()
    return [
        (bid, day[on], total)
        for bid, on, total in _rows(
            db,
            "SELECT beneficiary_id, given_on, total_qepik FROM inkindgrant "
            "WHERE deleted = 0 AND status = 'handed_over' AND given_on <= ?",
            (as_of.isoformat(),),
        )
    ]


class GrantItemRow(NamedTuple):
    grant_id: str
    beneficiary_id: str
    given_on: date
    status: str  # app.vocabulary.GRANT_STATUS
    plan: str  # the plan's title, or ""
    description: str
    quantity: int
    unit_qepik: int
    serial_no: str


def grant_items(db: Database, as_of: date, day: Dates | None = None) -> list[GrantItemRow]:
    """Every item of every grant recorded by ``as_of``: handed over, or prepared for a day."""
    day = day if day is not None else Dates()
    return [
        GrantItemRow(r[0], r[1], day[r[2]], r[3], r[4], r[5], r[6], r[7], r[8])
        for r in _rows(
            db,
            # on ``as_of``: handed over by then, or else (prepared, or given later) prepared
            "SELECT g.id, g.beneficiary_id, g.given_on, CASE WHEN g.status = 'handed_over' "
            "AND g.given_on <= ? THEN 'handed_over' ELSE 'prepared' END, coalesce(p.title, ''), "
            "i.description, i.quantity, i.unit_value_qepik, i.serial_no FROM grantitem i "
            "JOIN inkindgrant g ON g.id = i.grant_id "
            "LEFT JOIN businessplan p ON p.id = g.business_plan_id "
            "WHERE g.deleted = 0 AND i.deleted = 0 ORDER BY g.given_on, g.id, i.id",
            (as_of.isoformat(),),
        )
    ]


def office_data(db: Database, as_of: date) -> OfficeData:
    """Load what the ledger workbook and the indicators need (the replay included)."""
    day = Dates()
    return OfficeData(
        as_of=as_of,
        office=office(db),
        districts=districts(db),
        officers=officers(db),
        people=people(db, day),
        products=dict(_rows(db, "SELECT id, name FROM loanproduct")),
        loans=loan_rows(db),
        states=loan_states(db, as_of),
        courses=courses(db, as_of, day),
        grants=grants(db, as_of, day),
        entry_count=count_entries(db, as_of),
        plans=all_plans(db, as_of),
        profile=profile(db),
        grant_items=grant_items(db, as_of, day),
        warnings=dict(
            _rows(
                db,
                "SELECT id, warnings FROM loan WHERE deleted = 0 AND warnings <> '' "
                "AND created_on <= ?",
                (as_of.isoformat(),),
            )
        ),
    )
