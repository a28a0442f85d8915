"""Read models of a case file for the case-file screen (#4): profile, notes, trainings, plans,
grants and loans — plain frozen values built in one read session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import col, select

from app.models import (
    CaseNote,
    District,
    InKindGrant,
    Loan,
    Officer,
)
from app.money import from_qepik
from app.queries.people import Person, person
from app.queries.plans import PlanSummary, plans_of
from app.queries.sql import rows
from app.queries.training import registers
from app.store import Database


@dataclass(frozen=True)
class NoteView:
    written_on: date
    author: str
    text: str


@dataclass(frozen=True)
class TrainingView:
    course_id: str
    title: str
    starts_on: date
    attended: int
    sessions: int
    completed: bool


@dataclass(frozen=True)
class GrantView:
    id: str
    given_on: date
    items: tuple[str, ...]
    total: Decimal
    status: str  # app.vocabulary.GRANT_STATUS
    plan_id: str | None


@dataclass(frozen=True)
class LoanLine:
    id: str
    number: str
    principal: Decimal
    status: str
    created_on: date
    disbursed_on: date | None


@dataclass(frozen=True)
class CaseFile:
    profile: Person
    district: str  # the name of the profile's district
    notes: tuple[NoteView, ...]
    trainings: tuple[TrainingView, ...]
    plans: tuple[PlanSummary, ...]  # app.queries.plans: status and score derived
    grants: tuple[GrantView, ...]
    loans: tuple[LoanLine, ...]


def case_file(db: Database, beneficiary_id: str) -> CaseFile:
    """Everything the case-file screen shows about one person."""
    with db.session() as s:
        b = person(db, beneficiary_id)
        district = s.get(District, b.district_id)
        notes = tuple(
            NoteView(n.written_on, o.full_name if o else "", n.text)
            for n, o in s.exec(
                select(CaseNote, Officer)
                .join(Officer, col(Officer.id) == CaseNote.author_id, isouter=True)
                .where(CaseNote.beneficiary_id == b.id, CaseNote.deleted == False)
                .order_by(col(CaseNote.written_on).desc(), col(CaseNote.hlc).desc())
            )
        )
        trainings = tuple(
            TrainingView(reg.id, reg.title, reg.starts_on, line.attended, len(reg.sessions),
                         line.completed)
            for reg in reversed(registers(db, beneficiary_id=b.id))
            if (line := reg.line(b.id)) is not None
        )  # fmt: skip
        items: dict[str, list[str]] = {}
        for grant_id, desc, qty, serial in rows(
            db,
            "SELECT i.grant_id, i.description, i.quantity, i.serial_no FROM grantitem i "
            "JOIN inkindgrant g ON g.id = i.grant_id WHERE g.beneficiary_id = ? "
            "AND i.deleted = 0 ORDER BY i.id",
            (b.id,),
        ):
            items.setdefault(grant_id, []).append(
                f"{qty} × {desc}" + (f" ({serial})" if serial else "")
            )
        grants = [
            GrantView(g.id, g.given_on, tuple(items.get(g.id, ())), from_qepik(g.total_qepik),
                      g.status, g.business_plan_id)
            for g in s.exec(
                select(InKindGrant)
                .where(InKindGrant.beneficiary_id == b.id, InKindGrant.deleted == False)
                .order_by(col(InKindGrant.given_on).desc())
            )
        ]  # fmt: skip
        loans = tuple(
            LoanLine(
                r.id, r.number, from_qepik(r.principal_qepik), r.status, r.created_on,
                r.disbursed_on,
            )
            for r in s.exec(
                select(Loan)
                .where(Loan.beneficiary_id == b.id, Loan.deleted == False)
                .order_by(col(Loan.created_on).desc())
            )
        )  # fmt: skip
    place = district.name if district else ""
    return CaseFile(b, place, notes, trainings, plans_of(db, b.id), tuple(grants), loans)


@dataclass(frozen=True)
class DistrictView:
    id: str
    name: str
    code: str


def districts(db: Database) -> list[DistrictView]:
    """The districts this database knows (its own office's, and any pulled by sync)."""
    with db.session() as s:
        rows = s.exec(select(District).order_by(District.name)).all()
    return [DistrictView(d.id, d.name, d.code) for d in rows]


@dataclass(frozen=True)
class OfficerView:
    id: str
    login: str
    full_name: str
    role: str
    active: bool


def officers(db: Database) -> list[OfficerView]:
    with db.session() as s:
        rows = s.exec(select(Officer).where(Officer.deleted == False).order_by(Officer.login))
        return [OfficerView(o.id, o.login, o.full_name, o.role, o.active) for o in rows]
