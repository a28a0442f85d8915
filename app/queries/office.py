"""What the office is and holds, read (#12): this laptop's district and device, its loan products
and the number the next receipt will carry. Written by ``app.services.office``."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import select

from app.errors import NotFound
from app.ids import human_number
from app.models import Device, District, LoanProduct, LocalState, NumberCounter
from app.money import from_qepik
from app.store import Database


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


def next_receipt_no(db: Database) -> str:
    """The number the next generated receipt will carry (shown before saving; not reserved)."""
    off = office(db)
    with db.session() as s:
        row = s.get(NumberCounter, "receipt")
    return human_number(off.district_code, off.device_no, (row.last if row else 0) + 1, "R")


@dataclass(frozen=True)
class ProductView:
    id: str
    name: str
    rate: Decimal
    method: str
    frequency: str
    min_term: int
    max_term: int
    min_principal: Decimal
    max_principal: Decimal

    @property
    def label(self) -> str:
        return f"{self.name} — {self.rate}%, {self.min_term}–{self.max_term}"


def products(db: Database) -> list[ProductView]:
    with db.session() as s:
        rows = s.exec(
            select(LoanProduct)
            .where(LoanProduct.deleted == False, LoanProduct.active == True)
            .order_by(LoanProduct.name)
        ).all()
    return [
        ProductView(
            p.id, p.name, Decimal(p.rate_bp) / 100, p.method, p.frequency, p.min_term, p.max_term,
            from_qepik(p.min_principal_qepik), from_qepik(p.max_principal_qepik),
        )
        for p in rows
    ]  # fmt: skip
