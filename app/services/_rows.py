"""Looking up the records a use case acts on, with the same error everywhere."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session

from app.errors import NotFound
from app.models import MutableRow

R = TypeVar("R", bound=MutableRow)


def get_live(s: Session, model: type[R], row_id: str, *, what: str, field: str) -> R:
    """The record, unless it does not exist or is tombstoned: then ``NotFound`` naming ``field``."""
    row = s.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(f"no such {what}", field=field)
    return row
