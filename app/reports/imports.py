"""Import beneficiary lists from the Excel template: check everything, then all or nothing (#6).

:func:`check_import` reads the file and reports every problem with its row, column and reason
(missing name, bad date, unknown district, impossible age...) and every likely duplicate, in
the database or inside the file. It writes nothing. :func:`import_beneficiaries` runs the same
check and, only when it is clean, writes every row in one transaction through the one write
path (``services.beneficiaries.register_many``: ``Writer.insert_many``) with one audit event.

Field rules are the service's own (``services.beneficiaries.clean_fields``, field by field, so one
row can report several problems); a duplicate is what ``likely_duplicates`` calls one (the same
folded surname and given name and the same birth date), matched here in bulk.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.districts import DISTRICTS  # #12: the reference list of district names
from app.errors import ValidationError
from app.reports import labels
from app.reports.common import Cancelled, Progress, Tracker
from app.reports.template import COLUMNS, Col
from app.services import beneficiaries
from app.services.context import Actor, require
from app.services.exports_audit import require_export
from app.store import Database
from app.text import fold, sound

REQUIRED = tuple(c.key for c in COLUMNS if c.required)
_SEX = {fold(k): k for k in ("F", "M")} | {fold(v): k for k, v in labels.SEX.items()}
_SEX |= {"female": "F", "male": "M", "q": "F", "k": "M", "woman": "F", "man": "M"}
_CATEGORY = {fold(k): k for k in labels.CATEGORY} | {fold(v): k for k, v in labels.CATEGORY.items()}
_CATEGORY |= {fold(k.replace("_", " ")): k for k in labels.CATEGORY} | {"mkş": "idp"}
_YES = {"beli", "he", "yes", "y", "1", "true", "var", "x"}
_NO = {"xeyr", "yox", "no", "n", "0", "false", "yoxdur", ""}


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be imported. ``row`` is the Excel row number (header = 1)."""

    row: int
    column: str
    reason: str


@dataclass(frozen=True)
class Duplicate:
    """A row that is likely someone already known.

    ``codes``: case files in the database; ``rows``: other rows of the file.
    """

    row: int
    name: str
    birth_date: date
    codes: tuple[str, ...] = ()
    rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class ImportRow:
    """A row that passed every check: the cleaned fields a case file will get."""

    row: int
    fields: dict[str, Any]


@dataclass(frozen=True)
class ImportCheck:
    rows: list[ImportRow]
    problems: list[Problem]
    duplicates: list[Duplicate]
    total_rows: int = 0
    warnings: list[Problem] = field(default_factory=list)  # e.g. an unknown column, ignored

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "rows": self.total_rows,
            "valid_rows": len(self.rows),
            "problems": [asdict(p) for p in self.problems],
            "warnings": [asdict(p) for p in self.warnings],
            "duplicates": [
                {
                    **asdict(d),
                    "birth_date": d.birth_date.isoformat(),
                    "codes": list(d.codes),
                    "rows": list(d.rows),
                }
                for d in self.duplicates
            ],
        }


@dataclass(frozen=True)
class ImportResult:
    imported: int
    codes: list[str]
    ids: list[str]
    dry_run: bool
    duplicates: list[Duplicate] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "dry_run": self.dry_run,
            "codes": self.codes,
            "duplicates_accepted": len(self.duplicates),
        }

    def lines(self) -> list[str]:
        if self.dry_run:
            return [f"Checked: {self.imported} rows would be imported (dry run, nothing written)."]
        first_last = f" ({self.codes[0]} … {self.codes[-1]})" if self.codes else ""
        return [f"Imported {self.imported} case files{first_last}."]


class ImportRefused(ValidationError):
    """The file has problems (or unconfirmed duplicates); nothing was written. ``check`` has all."""

    def __init__(self, check: ImportCheck, template: str, **params: object) -> None:
        self.check = check
        super().__init__(template, field="file", **params)


def report_lines(check: ImportCheck) -> list[str]:
    """One line per problem and per duplicate, for the command line."""
    out = [f"row {p.row}, column {p.column}: {p.reason}" for p in check.problems]
    for d in check.duplicates:
        where = [f"case file {c}" for c in d.codes] + [f"row {r}" for r in d.rows]
        out.append(
            f"row {d.row}: {d.name}, born {d.birth_date:%d.%m.%Y}, is likely "
            f"the same person as {', '.join(where)}"
        )
    return out


# -- reading -------------------------------------------------------------------------------
def _header_key(text: Any) -> str | None:
    if text is None:
        return None
    raw = str(text).strip()
    candidates = [raw]
    if "(" in raw and raw.endswith(")"):
        before, _, inside = raw[:-1].partition("(")
        candidates += [before, inside]
    for cand in candidates:
        key = fold(cand)
        for col in COLUMNS:
            if key in {fold(col.az), fold(col.en), fold(col.header), *map(fold, col.aliases)}:
                return col.key
    return None


def _read(path: Path, track: Tracker) -> tuple[list[Problem], list[Problem], dict, list[tuple]]:
    """(header problems, warnings, key → column title, non-blank rows as (row number, values))."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # not a workbook, damaged, encrypted
        raise ValidationError(
            "cannot read {name} as an Excel workbook ({reason})",
            field="file",
            name=path.name,
            reason=str(e),
        ) from None
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, ())
        problems: list[Problem] = []
        warnings: list[Problem] = []
        positions: dict[str, int] = {}
        titles: dict[str, str] = {}
        for i, title in enumerate(header):
            key = _header_key(title)
            if key is None:
                if title not in (None, ""):
                    warnings.append(Problem(1, str(title), "unknown column; it is ignored"))
                continue
            if key in positions:
                problems.append(Problem(1, str(title), "this column appears twice"))
                continue
            positions[key] = i
            titles[key] = str(title)
        for col in COLUMNS:
            if col.required and col.key not in positions:
                problems.append(Problem(1, col.header, "required column is missing"))
        data = []
        for n, values in enumerate(rows, start=2):
            if not any(v not in (None, "") and str(v).strip() for v in values):
                continue
            data.append(
                (n, {k: values[i] if i < len(values) else None for k, i in positions.items()})
            )
            if len(data) % 500 == 0:
                track.check()
    finally:
        wb.close()
    return problems, warnings, titles, data


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone or ID typed as a number
    return str(value).strip()


def _date(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else _text(value)


# -- checking ------------------------------------------------------------------------------
def _key(surname: str, given_name: str, birth: date) -> tuple[str, str, date]:
    """What makes two case files likely the same person (as ``likely_duplicates``)."""
    return sound(surname), sound(given_name), birth


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    folded = fold(_text(value))
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


class _Context:
    """What every row is checked against: the office, the districts, the known people."""

    def __init__(self, db: Database, today: date) -> None:
        from app.queries.office import office
        from app.reports.data import _rows

        self.today = today
        self.office = office(db)
        self.districts: dict[str, tuple[str, str]] = {}
        for did, name, code, name_en in _rows(db, "SELECT id, name, code, name_en FROM district"):
            aliases = [name, code, name_en]
            aliases += [
                a for d in DISTRICTS.values() if d.name == name for a in (d.name_en, d.code)
            ]
            for alias in aliases:
                if alias:
                    self.districts[fold(alias)] = (did, name)
        for d in DISTRICTS.values():  # known districts with no office in this database
            for alias in (d.name, d.name_en, d.code):
                self.districts.setdefault(fold(alias), ("", d.name))
        self.known: dict[tuple, list[str]] = {}
        for code, surname, given, birth in _rows(
            db, "SELECT code, surname, given_name, birth_date FROM beneficiary WHERE deleted = 0"
        ):
            key = _key(surname, given, date.fromisoformat(birth))
            self.known.setdefault(key, []).append(code)


def _check_row(
    n: int, values: dict[str, Any], titles: dict[str, str], ctx: _Context
) -> tuple[dict[str, Any], list[Problem]]:
    problems: list[Problem] = []
    by_key = {c.key: c for c in COLUMNS}

    def bad(key: str, reason: str) -> None:
        col: Col = by_key[key]
        problems.append(Problem(n, titles.get(key, col.header), reason))

    raw: dict[str, Any] = {}
    for key in (
        "surname",
        "given_name",
        "patronymic",
        "village",
        "phone",
        "id_document",
        "disability_note",
    ):
        if key in values or key in REQUIRED:
            raw[key] = _text(values.get(key))
    for key, table, allowed in (
        ("sex", _SEX, "qadın or kişi (F or M)"),
        ("category", _CATEGORY, ", ".join(labels.CATEGORY.values())),
    ):
        text = _text(values.get(key))
        if not text:
            bad(key, "this field is required")
        elif fold(text) not in table:
            bad(key, f"{text!r} is not one of: {allowed}")
        else:
            raw[key] = table[fold(text)]
    birth = _date(values.get("birth_date"))
    if birth in ("", None):
        bad("birth_date", "enter a date")
    else:
        raw["birth_date"] = birth
    if values.get("consent_date") not in (None, ""):
        raw["consent_date"] = _date(values["consent_date"])
    out: dict[str, Any] = {}
    for key, value in raw.items():
        try:
            out.update(beneficiaries.clean_fields({key: value}, ctx.today))
        except ValidationError as e:
            bad(key, e.message)
    for key in ("disability", "consent_given"):
        if key in values:
            flag = _flag(values[key])
            if flag is None:
                bad(key, f"{_text(values[key])!r}: answer bəli or xeyr (yes or no)")
            else:
                out[key] = flag
    if out.get("consent_given") and out.get("consent_date") is None:
        out["consent_date"] = ctx.today  # as register_beneficiary: consent given now
    district = _text(values.get("district"))
    if not district:
        out["district_id"] = ctx.office.district_id
    else:
        found = ctx.districts.get(fold(district))
        if found is None:
            bad("district", f"unknown district {district!r}")
        elif found[0] != ctx.office.district_id:
            bad(
                "district",
                f"{found[1]} is another office's district; this database is "
                f"{ctx.office.district_name}'s",
            )
        else:
            out["district_id"] = found[0]
    return out, problems


def _duplicates(rows: list[ImportRow], ctx: _Context) -> list[Duplicate]:
    in_file: dict[tuple, list[int]] = {}
    for r in rows:
        f = r.fields
        in_file.setdefault(_key(f["surname"], f["given_name"], f["birth_date"]), []).append(r.row)
    out = []
    for r in rows:
        f = r.fields
        key = _key(f["surname"], f["given_name"], f["birth_date"])
        codes = tuple(ctx.known.get(key, ()))
        others = tuple(n for n in in_file[key] if n != r.row)
        if codes or others:
            name = " ".join(x for x in (f["surname"], f["given_name"], f.get("patronymic")) if x)
            out.append(Duplicate(r.row, name, f["birth_date"], codes, others))
    return out


def check_import(
    db: Database,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ImportCheck:
    """Check every row of a filled-in template; write nothing.

    Raises:
        ValidationError: the file cannot be read as a workbook (field ``file``).
        ExportCancelled: ``cancelled()`` answered true.
    """
    track = Tracker(1, progress, cancelled)
    ctx = _Context(db, today or date.today())
    problems, warnings, titles, data = _read(Path(path), track)
    track.total = max(len(data), 1)
    rows: list[ImportRow] = []
    for n, values in data:
        fields, row_problems = _check_row(n, values, titles, ctx)
        if row_problems:
            problems.extend(row_problems)
        else:
            rows.append(ImportRow(n, fields))
        track.step()
    if not data and not problems:
        problems.append(Problem(2, "—", "the file has no rows to import"))
    track.finish()
    return ImportCheck(rows, problems, _duplicates(rows, ctx), len(data), warnings)


def import_beneficiaries(
    db: Database,
    path: Path,
    *,
    actor: Actor,
    dry_run: bool = False,
    allow_duplicates: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ImportResult:
    """Import every row of the file as a new case file, or none.

    Likely duplicates block the import unless ``allow_duplicates`` (the person checked them,
    as ``confirm_duplicate`` for one case file).

    Raises:
        ImportRefused (a ``ValidationError``): problems or unconfirmed duplicates; its
            ``check`` lists each with its row and column. Nothing was written.
        PermissionDenied: the actor may not register case files.
        ExportCancelled: cancelled; the transaction is rolled back, nothing was written.
    """

    require(actor, "beneficiary.write")
    require_export(actor, "import.beneficiaries")
    path = Path(path)
    check = check_import(db, path, progress=progress, cancelled=cancelled, today=today)
    if check.problems:
        first = check.problems[0]
        raise ImportRefused(
            check,
            "{problems} problem(s) in {rows} row(s), nothing imported; first: row {row}, "
            "{column}: {reason}",
            problems=len(check.problems),
            rows=len({p.row for p in check.problems}),
            row=first.row,
            column=first.column,
            reason=first.reason,
        )
    if check.duplicates and not allow_duplicates:
        d = check.duplicates[0]
        raise ImportRefused(
            check,
            "{duplicates} row(s) are likely duplicates, nothing imported; first: row {row} "
            "({name}); check them or allow duplicates",
            duplicates=len(check.duplicates),
            row=d.row,
            name=d.name,
        )
    if dry_run:
        return ImportResult(len(check.rows), [], [], True, check.duplicates)
    track = Tracker(len(check.rows), progress, cancelled)
    made = beneficiaries.register_many(
        db, actor=actor, rows=[row.fields for row in check.rows],
        detail={"pseudonymised": False, "file": path.name,
                "duplicates_accepted": len(check.duplicates)},
        step=track.step, before_commit=track.check,  # a cancel rolls the whole import back
    )  # fmt: skip
    track.finish()
    codes = [code for _, code in made]
    return ImportResult(len(made), codes, [i for i, _ in made], False, check.duplicates)
