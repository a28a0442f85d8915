"""Beneficiary case files and case notes."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from app.models.base import MutableRow
from app.vocabulary import CASE_STATUSES, CATEGORIES, SEXES  # noqa: F401  (#12: one place)


class Beneficiary(MutableRow, table=True):
    """A case file. Disability and victim status are sensitive: audit every export of them."""

    code: str = Field(max_length=24, unique=True)
    surname: str = Field(max_length=80)
    given_name: str = Field(max_length=80)
    patronymic: str = Field(default="", max_length=80)
    sex: str = Field(max_length=1)
    birth_date: date
    village: str = Field(default="", max_length=80)
    category: str = Field(max_length=24)
    disability: bool = False
    disability_note: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=30)
    id_document: str = Field(default="", max_length=30)
    consent_given: bool = False
    consent_date: date | None = None
    case_status: str = Field(default="open", max_length=10)
    # Azerbaijani-folded "surname given patronymic code" for accent-blind search (app.text).
    search_key: str = Field(default="", max_length=1000, index=True)  # app.text.person_key


class CaseNote(MutableRow, table=True):
    beneficiary_id: str = Field(foreign_key="beneficiary.id", index=True, max_length=36)
    written_on: date
    author_id: str = Field(foreign_key="officer.id", max_length=36)
    text: str = Field(max_length=4000)
