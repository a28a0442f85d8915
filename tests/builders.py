"""Scenario builders: set up a district office, its people and loans through the real services.

Each builder calls the same service functions the GUI and the CLI call (STYLE §2, §12), on a real
SQLite file, so a test reads as the use case it checks::

    db, admin = an_office(tmp_path, district="Xaçmaz")
    officer = an_officer(db, admin, "loan_officer")
    loan = a_disbursed_loan(db, officer, principal="1200.00", term=12, on=date(2026, 1, 15))

Dates are fixed in the past so no test depends on the day it runs.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.errors import DomainError
from app.services import beneficiaries, loans, office
from app.services.context import Actor
from app.store import Database, open_database

ADMIN_LOGIN = "admin"
PASSWORD = "düz-parol-123"
REGISTERED_ON = date(2026, 1, 5)
DISBURSED_ON = date(2026, 1, 15)

DISTRICT_CODES = {"Xaçmaz": "XAC", "Quba": "QUB", "Tərtər": "TER", "Ağdam": "AGD"}

_logins = itertools.count(1)


def an_office(
    tmp_path: Path,
    *,
    district: str = "Xaçmaz",
    code: str | None = None,
    device_no: int = 3,
    filename: str = "fieldbook.sqlite",
) -> tuple[Database, Actor]:
    """A fresh office database for ``district`` on device ``device_no``, with its administrator."""
    db = open_database(tmp_path / filename)
    office.initialise_office(
        db,
        district_name=district,
        district_code=code or DISTRICT_CODES[district],
        device_no=device_no,
    )
    admin = office.create_officer(
        db,
        actor=None,
        login=ADMIN_LOGIN,
        full_name="Rəşad Məmmədov",
        role="administrator",
        password=PASSWORD,
    )
    return db, admin


def an_officer(
    db: Database, admin: Actor, role: str = "loan_officer", *, login: str | None = None
) -> Actor:
    """Another officer with ``role``, created by the administrator."""
    return office.create_officer(
        db,
        actor=admin,
        login=login or f"{role.replace('_', '')}{next(_logins)}",
        full_name="Günay Həsənova",
        role=role,
        password=PASSWORD,
    )


def the_admin(db: Database) -> Actor:
    """The office's administrator (for builders that need a manager's role)."""
    return office.actor_for(db, ADMIN_LOGIN)


def a_beneficiary(
    db: Database,
    actor: Actor,
    *,
    surname: str = "Əliyeva",
    given_name: str = "Aynur",
    sex: str = "F",
    birth_date: date = date(1985, 3, 14),
    category: str = "mine_survivor",
    village: str = "Qusarçay",
    today: date = REGISTERED_ON,
    confirm_duplicate: bool = True,
    **more: Any,
) -> str:
    """A registered case file; returns its id. Same-name people are accepted (confirmed)."""
    return beneficiaries.register_beneficiary(
        db,
        actor=actor,
        surname=surname,
        given_name=given_name,
        sex=sex,
        birth_date=birth_date,
        category=category,
        village=village,
        today=today,
        confirm_duplicate=confirm_duplicate,
        **more,
    )


def a_product(
    db: Database,
    actor: Actor | None = None,
    *,
    rate: str = "18",
    name: str = "Kiçik biznes",
    min_term: int = 3,
    max_term: int = 24,
    min_principal: str = "100",
    max_principal: str = "10000",
    **more: Any,
) -> str:
    """A loan product (created by ``actor``, or by the administrator); returns its id."""
    return loans.create_product(
        db,
        actor=actor or the_admin(db),
        name=name,
        rate=rate,
        min_term=min_term,
        max_term=max_term,
        min_principal=min_principal,
        max_principal=max_principal,
        **more,
    )


@dataclass(frozen=True)
class DisbursedLoan:
    id: str
    number: str
    disbursement_id: str
    beneficiary_id: str
    product_id: str


def a_loan(
    db: Database,
    actor: Actor,
    *,
    principal: str | Decimal = "1200.00",
    term: int = 12,
    created_on: date = DISBURSED_ON,
    product_id: str | None = None,
    beneficiary_id: str | None = None,
    **product_terms: Any,
) -> loans.LoanCreated:
    """A loan proposed by ``actor`` and approved by another supervisor (not yet disbursed);
    returns the service's ``LoanCreated``."""
    product_id = product_id or a_product(db, **product_terms)
    beneficiary_id = beneficiary_id or a_beneficiary(db, actor)
    created = loans.create_loan(
        db,
        warnings_reason="a test loan",
        actor=actor,
        beneficiary_id=beneficiary_id,
        product_id=product_id,
        principal=principal,
        term=term,
        created_on=created_on,
    )
    loans.decide_loan(db, actor=an_approver(db, actor), loan_id=created.id, decision="approved",
                      on=created_on)  # fmt: skip
    return created


def an_approver(db: Database, proposer: Actor) -> Actor:
    """A supervisor who is not ``proposer`` (made once per laptop, its login naming the laptop:
    laptops of one district must not each make the same login): loans are approved by someone
    other than the officer who proposed them (#13)."""
    login = f"approver{office.office(db).device_no}"
    login = login if proposer.login != login else f"{login}b"
    try:
        return office.actor_for(db, login)
    except DomainError:
        admin = office.actor_for(db, ADMIN_LOGIN)
        return office.create_officer(db, actor=admin, login=login, full_name="Nərmin Quliyeva",
                                     role="supervisor", password=PASSWORD)  # fmt: skip


def a_disbursed_loan(
    db: Database,
    actor: Actor,
    *,
    principal: str | Decimal = "1200.00",
    term: int = 12,
    on: date = DISBURSED_ON,
    product_id: str | None = None,
    beneficiary_id: str | None = None,
    **product_terms: Any,
) -> DisbursedLoan:
    """A loan created and disbursed on ``on`` by ``actor`` (a loan officer or a manager)."""
    product_id = product_id or a_product(db, **product_terms)
    beneficiary_id = beneficiary_id or a_beneficiary(db, actor)
    created = a_loan(
        db,
        actor,
        principal=principal,
        term=term,
        created_on=on,
        product_id=product_id,
        beneficiary_id=beneficiary_id,
    )
    entry_id = loans.disburse(db, actor=actor, loan_id=created.id, on=on).entry_id
    return DisbursedLoan(created.id, created.number, entry_id, beneficiary_id, product_id)


# -- looking at what was written -------------------------------------------------------------
COUNTED_TABLES = (
    "beneficiary", "casenote", "auditevent", "outbox", "loan", "installment", "ledgerentry",
    "trainingcourse", "trainingsession", "enrollment", "attendancemark", "businessplan",
    "inkindgrant", "grantitem", "numbercounter", "loanproduct", "officer", "planevent",
    "planrubric", "officeprofile", "loandecision", "loannote",
)  # fmt: skip


def row_counts(db: Database, tables: tuple[str, ...] = COUNTED_TABLES) -> dict[str, int]:
    """How many rows each table holds (to prove a refused use case wrote nothing)."""
    with db.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}


def snapshot(db: Database) -> dict[str, int | str]:
    """Row counts plus the number counters and the HLC: anything a use case could touch."""
    out: dict[str, int | str] = dict(row_counts(db))
    with db.engine.connect() as conn:
        for kind, last in conn.execute(text("SELECT kind, last FROM numbercounter")):
            out[f"counter:{kind}"] = last
        hlc = conn.execute(text("SELECT value FROM localstate WHERE key = 'hlc'")).scalar()
    out["hlc"] = hlc or ""
    return out
