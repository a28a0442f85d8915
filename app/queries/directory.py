"""The case-file directory: search-as-you-type, filters and Azerbaijani order over every file.

#4: the beneficiary table must show 100,000 case files within half a second and answer each
keystroke within 100 ms. One query loads the few columns a list row needs into plain tuples;
search, filters and sorting then run in memory (a substring test over the stored folded
``search_key`` and precomputed Azerbaijani sort keys), so a keystroke never touches the disk.
After a write, ``refresh`` reloads only the changed case files.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter
from typing import NamedTuple

from sqlalchemy import text as sql

from app.store import Database
from app.text import contact_key, fold, query_words, sort_key, sound

_COLUMNS = (
    "id, code, surname, given_name, patronymic, sex, birth_date, village, category, "
    "disability, case_status, district_id, search_key, phone, id_document"
)


class CaseFileRow(NamedTuple):
    """One line of the case-file table's search index (a plain value, never a live ORM row).

    Not a second shape of a person (that is ``app.queries.people.Person``, #12): the few columns
    a list row shows, plus the folded search key and the Azerbaijani sort key that each
    keystroke filters and sorts 100,000 files by. A named tuple: 100,000 of them are made at
    start, and a frozen dataclass costs ten times as much to build.
    """

    id: str
    code: str
    surname: str
    given_name: str
    patronymic: str
    sex: str
    birth_date: date
    village: str
    category: str
    disability: bool
    case_status: str
    district_id: str
    search_key: str
    name_key: str  # Azerbaijani sort key of "surname given patronymic"

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


@dataclass(frozen=True)
class Filter:
    """What the user typed and chose above the table. Empty means "any"."""

    text: str = ""
    district_id: str = ""
    category: str = ""
    case_status: str = ""


_make = CaseFileRow._make

SORTS = {
    "name": attrgetter("name_key"),
    "code": attrgetter("code"),
    "birth_date": attrgetter("birth_date"),
    "village": lambda r: sort_key(r.village),
    "category": attrgetter("category"),
    "sex": attrgetter("sex"),
    "case_status": attrgetter("case_status"),
}


_intern = sys.intern


@functools.lru_cache(maxsize=65_536)
def _part_key(part: str) -> str:
    return sort_key(part)


def _name_key(surname: str, given: str, patronymic: str) -> str:
    # Names repeat (a few hundred surnames in a district): one sort key per distinct part.
    # " " ranks below every letter's key, so "Əli Aynur" < "Əliyeva Aynur" as in the alphabet.
    return f"{_part_key(surname)} {_part_key(given)} {_part_key(patronymic)}"


def _row(t: tuple) -> CaseFileRow:
    birth = t[6] if isinstance(t[6], date) else date.fromisoformat(t[6])
    key = _name_key(t[2], t[3], t[4])
    # names and villages repeat in a district: one string object each saves ~25 MB per 100,000
    return _make((t[0], t[1], _intern(t[2]), _intern(t[3]), _intern(t[4]), _intern(t[5]),
                  birth, _intern(t[7]), _intern(t[8]), bool(t[9]), _intern(t[10]),
                  _intern(t[11]), _found_by(t), key))  # fmt: skip


def _found_by(t: tuple) -> str:
    """The stored key (name and code, with their sounds) and, added here, the village, the ID
    document and the phone's digits (#14: ``app.text.contact_key``)."""
    extra = contact_key(t[7] or "", t[13] or "", t[14] or "")
    return f"{t[12]} | {extra}" if extra else t[12]


class Directory:
    """Every live case file of this database, in memory, searchable.

    Each sort order is computed once and kept; a search filters that ordered list (filtering
    keeps the order), and typing one more letter filters the previous result only.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._rows: dict[str, CaseFileRow] = {}
        self._ordered: dict[tuple[str, bool], list[CaseFileRow]] = {}
        self._last: tuple[Filter, str, bool, list[CaseFileRow]] | None = None
        self.reload()

    def reload(self) -> None:
        raw = self.db.engine.raw_connection()
        try:  # streamed from the cursor: 100,000 rows are never in memory twice
            cur = raw.cursor()
            cur.execute(f"SELECT {_COLUMNS} FROM beneficiary WHERE deleted = 0")
            self._rows = {t[0]: _row(t) for t in cur}
        finally:
            raw.close()
        self._forget()

    def _forget(self) -> None:
        self._ordered.clear()
        self._last = None

    def refresh(self, ids: set[str] | frozenset[str]) -> None:
        """Reload some case files after a write (a new one appears, a deleted one goes)."""
        if not ids:
            return
        marks = ",".join(f":p{i}" for i in range(len(ids)))
        params = {f"p{i}": v for i, v in enumerate(ids)}
        with self.db.engine.connect() as conn:
            result = conn.execute(
                sql(f"SELECT {_COLUMNS}, deleted FROM beneficiary WHERE id IN ({marks})"), params
            ).fetchall()
        for t in result:
            if t[-1]:
                self._rows.pop(t[0], None)
            else:
                self._rows[t[0]] = _row(tuple(t[:-1]))
        self._forget()

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, row_id: str) -> CaseFileRow | None:
        return self._rows.get(row_id)

    def _sorted(self, sort: str, descending: bool) -> list[CaseFileRow]:
        key = (sort, descending)
        if key not in self._ordered:
            self._ordered[key] = sorted(self._rows.values(), key=SORTS[sort], reverse=descending)
        return self._ordered[key]

    def search(self, flt: Filter, *, sort: str = "name", descending: bool = False) -> list[str]:
        """Ids of the matching case files in display order.

        Every word typed must appear in the folded name or code, so ``aliyeva`` finds
        ``Əliyeva`` and ``ismayil`` finds ``İsmayıl``; the order is the Azerbaijani alphabet's.
        """
        rows = self._sorted(sort, descending)
        last = self._last
        text = fold(flt.text)
        if (
            last is not None
            and (last[1], last[2]) == (sort, descending)
            and replace(last[0], text="") == replace(flt, text="")
            and text.startswith(fold(last[0].text))
            # #14: a letter more may change a spelling's sound ("k" → "kh" is "x"): narrow only
            # when the sound grew by letters too
            and sound(text).startswith(sound(last[0].text))
        ):
            rows = last[3]  # one more letter typed: narrow the previous result
        else:
            if flt.district_id:
                rows = [r for r in rows if r.district_id == flt.district_id]
            if flt.category:
                rows = [r for r in rows if r.category == flt.category]
            if flt.case_status:
                rows = [r for r in rows if r.case_status == flt.case_status]
        for folded, sounded in query_words(text):  # #14: Mamedova, Алиев, a phone number
            if folded == sounded:  # most words typed: one test a row (100,000 a keystroke)
                rows = [r for r in rows if folded in r.search_key]
            else:
                rows = [r for r in rows if folded in r.search_key or sounded in r.search_key]
        self._last = (flt, sort, descending, rows)
        return [r.id for r in rows]


def first_page(db: Database, limit: int = 300) -> list[CaseFileRow]:
    """The first rows of the table in name order, for the moment before the directory is loaded.

    SQLite orders the folded ``search_key`` (C speed, no collation callback); the rows are then
    put in exact Azerbaijani order. Near the top of the alphabet the two orders agree closely,
    and the whole directory replaces this page a moment later.
    """
    with db.engine.connect() as conn:
        result = conn.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM beneficiary WHERE deleted = 0 ORDER BY search_key LIMIT ?",
            (limit * 4,),
        ).fetchall()
    return sorted((_row(tuple(t)) for t in result), key=SORTS["name"])[:limit]
