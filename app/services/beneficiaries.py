"""Case files: register, edit, likely duplicates, case notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlmodel import func, select

from app.errors import DomainError, ValidationError
from app.ids import human_number, new_id
from app.models import CATEGORIES, SEXES, Beneficiary, CaseNote
from app.queries.office import office
from app.queries.people import Person, person
from app.services import validate as v
from app.services._rows import get_live
from app.services._write import Writer
from app.services.context import Actor, require
from app.store import Database
from app.text import person_key, sound

MIN_AGE, MAX_AGE = 14, 110
EDITABLE = (
    "surname", "given_name", "patronymic", "sex", "birth_date", "village", "category",
    "disability", "disability_note", "phone", "id_document", "consent_given", "consent_date",
    "case_status",
)  # fmt: skip


class LikelyDuplicate(DomainError):
    """A case file with the same name and birth date exists in the district. Confirm to save."""

    def __init__(self, codes: list[str]) -> None:
        self.codes = codes
        super().__init__(
            "likely duplicate of {codes} (same name and birth date)",
            field="surname",
            codes=", ".join(codes),
        )


def clean_fields(fields: dict[str, Any], today: date) -> dict[str, Any]:
    """Each given field of a case file checked and normalised by the service's rules (a form, an
    import row, one field at a time); raises ``ValidationError`` naming the field."""
    out: dict[str, Any] = {}
    for key in ("surname", "given_name"):
        if key in fields:
            out[key] = v.text(fields[key], key, max_len=80)
    for key, limit in (("patronymic", 80), ("village", 80), ("phone", 30), ("id_document", 30)):
        if key in fields:
            out[key] = v.text(fields[key], key, required=False, max_len=limit)
    if "disability_note" in fields:
        out["disability_note"] = v.text(
            fields["disability_note"], "disability_note", required=False
        )
    if "sex" in fields:
        out["sex"] = v.choice(fields["sex"], SEXES, "sex")
    if "category" in fields:
        out["category"] = v.choice(fields["category"], CATEGORIES, "category")
    if "case_status" in fields:
        out["case_status"] = v.choice(fields["case_status"], ("open", "closed"), "case_status")
    if "birth_date" in fields:
        birth = v.not_future(v.parse_date(fields["birth_date"], "birth_date"), "birth_date", today)
        age = v.age_on(birth, today)
        if not MIN_AGE <= age <= MAX_AGE:
            raise ValidationError(
                "age {age} is outside {min_age}–{max_age}; check the birth date",
                field="birth_date",
                age=age,
                min_age=MIN_AGE,
                max_age=MAX_AGE,
            )
        out["birth_date"] = birth
    for key in ("disability", "consent_given"):
        if key in fields:
            out[key] = bool(fields[key])
    if "consent_date" in fields and fields["consent_date"] not in (None, ""):
        out["consent_date"] = v.not_future(
            v.parse_date(fields["consent_date"], "consent_date"), "consent_date", today
        )
    elif "consent_date" in fields:
        out["consent_date"] = None
    return out


KEYED = ("surname", "given_name", "patronymic")
"""The fields a case file's stored search key is made of (``app.text.person_key``)."""


def likely_duplicates(
    db: Database, *, surname: str, given_name: str, birth_date: date, exclude_id: str | None = None
) -> list[str]:
    """Codes of live case files in this database with the same name and birth date, the name
    compared by its spelling-blind ``sound`` (#14: ``Mammadova Gunay`` is ``Məmmədova Günay``)."""
    with db.session() as s:
        rows = s.exec(
            select(Beneficiary.id, Beneficiary.code, Beneficiary.surname, Beneficiary.given_name)
            .where(Beneficiary.birth_date == birth_date)
            .where(Beneficiary.deleted == False)
        ).all()
    key = (sound(surname), sound(given_name))
    return [
        r.code for r in rows if (sound(r.surname), sound(r.given_name)) == key
        and r.id != exclude_id
    ]  # fmt: skip


def register_beneficiary(
    db: Database,
    *,
    actor: Actor,
    confirm_duplicate: bool = False,
    today: date | None = None,
    **fields: Any,
) -> str:
    """Create a case file; returns its id.

    Raises:
        ValidationError: a field is missing or wrong (named in ``field``).
        LikelyDuplicate: same name and birth date exist, unless ``confirm_duplicate``.
    """
    require(actor, "beneficiary.write")
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError("unknown field {name}", field=name, name=name)
    today = today or date.today()
    for key in ("surname", "given_name", "sex", "birth_date", "category"):
        fields.setdefault(key, None)
    data = clean_fields(fields, today)
    if data.get("consent_given") and data.get("consent_date") is None:
        data["consent_date"] = today
    if not confirm_duplicate:
        dups = likely_duplicates(
            db,
            surname=data["surname"],
            given_name=data["given_name"],
            birth_date=data["birth_date"],
        )
        if dups:
            raise LikelyDuplicate(dups)
    off = office(db)
    with db.transaction() as s:
        w = Writer(s, actor)
        (n,) = w.next_numbers("beneficiary")
        code = human_number(off.district_code, off.device_no, n, "B")
        row_id = new_id()
        data["search_key"] = person_key(
            data["surname"], data["given_name"], data.get("patronymic", ""), code
        )
        w.insert(Beneficiary(id=row_id, district_id=off.district_id, code=code, **data))
        w.audit("beneficiary.register", "beneficiary", row_id, code=code)
    return row_id


def edit_beneficiary(
    db: Database, *, actor: Actor, beneficiary_id: str, today: date | None = None, **changes: Any
) -> None:
    """Change some fields of a case file. Only the changed fields are recorded and synced."""
    require(actor, "beneficiary.write")
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError("unknown field {name}", field=name, name=name)
    data = clean_fields(changes, today or date.today())
    with db.transaction() as s:
        row = get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
        if data.get("consent_given") and not row.consent_given and not data.get("consent_date"):
            data["consent_date"] = today or date.today()  # consent given now, dated now
        diff = {k: val for k, val in data.items() if getattr(row, k) != val}
        if not diff:
            return
        if set(KEYED) & diff.keys():
            merged = {k: diff.get(k, getattr(row, k)) or "" for k in KEYED}
            diff["search_key"] = person_key(
                merged["surname"], merged["given_name"], merged["patronymic"], row.code
            )
        w = Writer(s, actor)
        w.update(Beneficiary, beneficiary_id, diff)
        w.audit("beneficiary.edit", "beneficiary", beneficiary_id, fields=sorted(diff))


def add_case_note(
    db: Database, *, actor: Actor, beneficiary_id: str, text: str, written_on: date | None = None
) -> str:
    require(actor, "case_note.write")
    body = v.text(text, "text", max_len=4000)
    on = v.not_future(written_on or date.today(), "written_on")
    with db.transaction() as s:
        ben = get_live(s, Beneficiary, beneficiary_id, what="case file", field="beneficiary")
        w = Writer(s, actor)
        note_id = new_id()
        w.insert(
            CaseNote(
                id=note_id,
                district_id=ben.district_id,
                beneficiary_id=ben.id,
                written_on=on,
                author_id=actor.officer_id,
                text=body,
            )
        )
        w.audit("case_note.add", "case_note", note_id, beneficiary=ben.code)
    return note_id


def count_beneficiaries(db: Database) -> int:
    with db.session() as s:
        return s.exec(
            select(func.count()).select_from(Beneficiary).where(Beneficiary.deleted == False)
        ).one()


def get_beneficiary(db: Database, beneficiary_id: str) -> Person:
    """One live case file, as every reader sees a person (``app.queries.people``)."""
    return person(db, beneficiary_id)


_IMPORT_DEFAULTS = {
    "patronymic": "", "village": "", "disability": False, "disability_note": "", "phone": "",
    "id_document": "", "consent_given": False, "consent_date": None, "case_status": "open",
}  # fmt: skip


def register_many(
    db: Database,
    *,
    actor: Actor,
    rows: Sequence[dict[str, Any]],
    detail: dict[str, Any],
    step: Callable[[], None] | None = None,
    before_commit: Callable[[], None] | None = None,
) -> list[tuple[str, str]]:
    """Register many case files at once, all or none (an import, ``app.reports.imports``).

    ``rows``: each case file's fields, already checked with :func:`clean_fields`. Each gets
    its code; one ``import.beneficiaries`` audit event carries ``detail`` and the first and last
    codes. ``step`` is called after each row; ``before_commit`` may raise (a cancel) to roll
    everything back. Returns ``(id, code)`` of each new case file, in order.
    """
    require(actor, "beneficiary.write")
    off = office(db)
    made: list[tuple[str, str]] = []
    with db.transaction() as s:
        w = Writer(s, actor)
        records = []
        numbers = w.next_numbers("beneficiary", len(rows))
        for fields, num in zip(rows, numbers, strict=True):
            f = {**_IMPORT_DEFAULTS, **fields}
            code = human_number(off.district_code, off.device_no, num, "B")
            f["search_key"] = person_key(f["surname"], f["given_name"], f["patronymic"], code)
            records.append({"id": new_id(), "code": code, **f})
            if step is not None:
                step()
        w.insert_many(Beneficiary, records)
        made = [(r["id"], r["code"]) for r in records]
        w.audit("import.beneficiaries", "office", off.district_id, rows=len(records),
                first=made[0][1] if made else "", last=made[-1][1] if made else "",
                **detail)  # fmt: skip
        if before_commit is not None:
            before_commit()
    return made
