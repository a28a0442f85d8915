"""Read models for the loan screens that belong to the office, not to a loan (#4): the next
receipt number and the loan products. A loan's rows, detail, receipts and amount due are read
through ``app.queries.loans`` and ``app.queries.loan_views`` (#12: one road for reading).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import select

from app.ids import human_number
from app.models import LoanProduct, NumberCounter
from app.money import from_qepik
from app.services.office import office
from app.store import Database


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
