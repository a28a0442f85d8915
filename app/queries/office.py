"""What the office is and holds, read (#12): this laptop's district and device, its loan products
and the number the next receipt will carry. Written by ``app.services.office``."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import func, select

from app.errors import NotFound
from app.ids import human_number
from app.models import Device, District, Loan, LoanProduct, LocalState, NumberCounter
from app.money import from_qepik
from app.queries.sql import rows
from app.store import Database
from app.text import sort_key


@dataclass(frozen=True)
class Office:
    """This database's place in the world: its district and device."""

    district_id: str
    district_name: str
    district_code: str
    device_id: str
    device_no: int


def office_state(db: Database) -> dict[str, str]:
    """This laptop's local settings (not synced): its district, device and the like."""
    with db.session() as s:
        return {row.key: row.value for row in s.exec(select(LocalState))}


def office(db: Database) -> Office:
    """The office this database belongs to. Raises ``NotFound`` before ``initialise_office``."""
    cached = db.cache.get("office")
    if isinstance(cached, Office):
        return cached
    st = office_state(db)
    if "device_id" not in st:
        raise NotFound("this database has no office yet: run `fieldbook demo` or set it up")
    with db.session() as s:
        district = s.get(District, st["district_id"])
        device = s.get(Device, st["device_id"])
    assert district is not None and device is not None
    result = Office(district.id, district.name, district.code, device.id, device.short_no)
    db.cache["office"] = result
    return result


@dataclass(frozen=True)
class Profile:
    """The organisation as the papers name it (#13). Empty fields until Settings sets them."""

    organisation: str = ""
    programme: str = ""
    address: str = ""
    phone: str = ""


def profile(db: Database) -> Profile:
    """The latest saved profile (by clock), or an empty one. Not cached: a sync may bring a
    newer one from another laptop of the district."""
    found = rows(
        db,
        "SELECT organisation, programme, address, phone FROM officeprofile "
        "ORDER BY hlc DESC, id DESC LIMIT 1",
    )
    return Profile(*found[0]) if found else Profile()


def next_receipt_no(db: Database) -> str:
    """The number the next generated receipt will carry (shown before saving; not reserved)."""
    off = office(db)
    with db.session() as s:
        row = s.get(NumberCounter, "receipt")
    return human_number(off.district_code, off.device_no, (row.last if row else 0) + 1, "R")


@dataclass(frozen=True)
class ProductView:
    """A loan product as the product list and the new-loan form show it (amounts in manat)."""

    id: str
    name: str
    rate: Decimal
    method: str
    frequency: str
    min_term: int
    max_term: int
    min_principal: Decimal
    max_principal: Decimal
    amortization: str = "equal-installments"
    grace: int = 0
    multiple: Decimal | None = None
    rounding: str = "half-up"
    allocation_order: str = "penalty,fee,interest,principal"
    active: bool = True
    loans: int = 0  # loans made from this version

    @property
    def label(self) -> str:
        return f"{self.name} — {self.rate}%, {self.min_term}–{self.max_term}"


def products(db: Database, *, retired: bool = False) -> list[ProductView]:
    """The office's loan products in Azerbaijani order of name (active only, unless ``retired``),
    each with how many loans were made from it."""
    with db.session() as s:
        query = select(LoanProduct).where(LoanProduct.deleted == False)
        if not retired:
            query = query.where(LoanProduct.active == True)
        rows = sorted(s.exec(query).all(), key=lambda p: (sort_key(p.name), not p.active))
        counts = dict(
            s.exec(
                select(Loan.product_id, func.count()).where(Loan.deleted == False)
                .group_by(Loan.product_id)
            ).all()
        )  # fmt: skip
    return [
        ProductView(
            p.id, p.name, Decimal(p.rate_bp) / 100, p.method, p.frequency, p.min_term, p.max_term,
            from_qepik(p.min_principal_qepik), from_qepik(p.max_principal_qepik), p.amortization,
            p.grace, None if p.multiple_qepik is None else from_qepik(p.multiple_qepik),
            p.rounding, p.allocation_order, p.active, counts.get(p.id, 0),
        )
        for p in rows
    ]  # fmt: skip


def officer_names(db: Database) -> dict[str, str]:
    """Officer id → full name (the Loans screen's officer column and filter, #14)."""
    return dict(rows(db, "SELECT id, full_name FROM officer"))


def loan_officers_active(db: Database) -> list[tuple[str, str]]:
    """(id, name) of the active officers who may hold loans, by name (#14: reassigning)."""
    return [
        (r[0], r[1])
        for r in rows(
            db,
            "SELECT id, full_name FROM officer WHERE deleted = 0 AND active = 1 "
            "AND role IN ('loan_officer', 'supervisor') ORDER BY full_name",
        )
    ]
