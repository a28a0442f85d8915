"""Looking up the records a use case acts on, with the same error everywhere."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session

from app.errors import NotFound, translatable
from app.models import MutableRow

R = TypeVar("R", bound=MutableRow)

# #7: one whole sentence per kind of record (``what``), so that each is translated as a whole.
MISSING = {
    "case file": translatable("no such case file"),
    "loan product": translatable("no such loan product"),
    "grant": translatable("no such grant"),
    "loan": translatable("no such loan"),
}


def get_live(s: Session, model: type[R], row_id: str, *, what: str, field: str) -> R:
    """The record, unless it does not exist or is tombstoned: then ``NotFound`` naming ``field``.

    ``what`` is a key of ``MISSING`` (``"case file"``): add a sentence there for a new kind.
    """
    row = s.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(MISSING[what], field=field)
    return row
