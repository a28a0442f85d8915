"""People (#12): the one row shape of a case file, and its loader.

:class:`Person` is what every reader gets for a beneficiary: the case-file screen and its edit
form, ``services.beneficiaries.get_beneficiary``, the exports and the indicators. It holds the
stored columns only (codes, not words: ``app.vocabulary`` names them); a screen that needs the
district's name reads it beside the row. The case-file table keeps its own index row
(``services.directory.CaseFileRow``): the same columns plus the search and sort keys it filters
100,000 files by on each keystroke.

Below the services: read through the DB-API cursor, no ORM.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from app.errors import NotFound
from app.queries.sql import day, rows
from app.store import Database

_COLUMNS = (
    "id, code, surname, given_name, patronymic, sex, birth_date, district_id, village, category, "
    "disability, disability_note, phone, id_document, consent_given, consent_date, case_status"
)


class Person(NamedTuple):
    """One live case file as stored (a named tuple: an office reads 100,000 of them at once)."""

    id: str
    code: str
    surname: str
    given_name: str
    patronymic: str
    sex: str  # app.vocabulary.SEX
    birth_date: date
    district_id: str
    village: str
    category: str  # app.vocabulary.CATEGORY
    disability: bool
    disability_note: str
    phone: str
    id_document: str
    consent_given: bool
    consent_date: date | None
    case_status: str  # app.vocabulary.CASE_STATUS

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


def _person(r: tuple) -> Person:
    return Person(
        r[0], r[1], r[2], r[3], r[4], r[5], day(r[6]), r[7], r[8], r[9], bool(r[10]),
        r[11], r[12], r[13], bool(r[14]), day(r[15]), r[16],
    )  # fmt: skip


def people(
    db: Database, ids: Iterable[str] | None = None, *, deleted: bool = False
) -> dict[str, Person]:
    """Every live case file (or those of ``ids``), by id; ``deleted``: tombstoned ones too (a
    receipt printed for a case file deleted since)."""
    sql = f"SELECT {_COLUMNS} FROM beneficiary WHERE {'1' if deleted else 'deleted = 0'}"
    params: list[str] = []
    if ids is not None:
        params = list(ids)
        if not params:
            return {}
        sql += f" AND id IN ({','.join('?' * len(params))})"
    return {r[0]: _person(r) for r in rows(db, sql, params)}


def person(db: Database, beneficiary_id: str) -> Person:
    """One live case file.

    Raises:
        NotFound: no such case file, or it was deleted.
    """
    found = people(db, [beneficiary_id]).get(beneficiary_id)
    if found is None:
        raise NotFound("no such case file", field="beneficiary")
    return found
