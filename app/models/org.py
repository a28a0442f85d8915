"""Districts, devices and officers."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.base import MutableRow
from app.vocabulary import ROLES  # noqa: F401  (#12: the codes in one place)


class District(SQLModel, table=True):
    """A district office's area. ``code`` (``XAC``) starts every human number made there."""

    id: str = Field(primary_key=True, max_length=36)
    name: str = Field(max_length=80, unique=True)
    code: str = Field(max_length=3, unique=True)
    name_en: str = Field(default="", max_length=80)


class Device(SQLModel, table=True):
    """A laptop. ``short_no`` is unique within the district and appears in human numbers."""

    id: str = Field(primary_key=True, max_length=36)
    district_id: str = Field(foreign_key="district.id", index=True, max_length=36)
    short_no: int
    name: str = Field(default="", max_length=80)
    created_at: datetime | None = None


class Officer(MutableRow, table=True):
    """A person who logs in. Passwords are stored as a slow salted hash (scrypt), never in clear."""

    login: str = Field(max_length=60, unique=True)
    full_name: str = Field(max_length=120)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=200)
    active: bool = True
