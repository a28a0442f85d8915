"""Importing beneficiary lists from the Excel template (#6): check all, then all or nothing."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.cli import main
from app.errors import ValidationError
from app.reports import ExportCancelled, check_import, import_beneficiaries, template_path
from app.reports.imports import ImportRefused
from app.reports.template import COLUMNS, build_template
from app.services import beneficiaries
from tests.builders import a_beneficiary, snapshot
from tests.reports.conftest import audit_events

TODAY = date(2026, 11, 20)
AZ = [c.header for c in COLUMNS]  # "Soyad (Surname)", ...
GOOD = {
    "surname": "Əliyeva",
    "given_name": "Aynur",
    "patronymic": "Vaqif qızı",
    "sex": "qadın",
    "birth_date": datetime(1985, 3, 14),
    "district": "",
    "village": "Qusarçay",
    "category": "mina qurbanı",
    "disability": "bəli",
    "disability_note": "sağ ayaq",
    "phone": "+994 50 123 45 67",
    "id_document": "AA1234567",
    "consent_given": "bəli",
    "consent_date": "01.02.2026",
}


def person(n: int, **changes) -> dict:
    """A distinct valid row: the n-th person."""
    row = dict(
        GOOD,
        given_name=f"Aynur{'ə' * (n % 3)}",
        birth_date=datetime(1960 + n % 40, 1 + n % 12, 1 + n % 28),
    )
    row["surname"] = f"Əliyeva-{n}"
    row.update(changes)
    return row


def workbook(path: Path, rows: list[dict], headers: list[str] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    keys = [c.key for c in COLUMNS]
    ws.append(headers or AZ)
    for r in rows:
        ws.append([r.get(k) for k in keys])
    wb.save(path)
    return path


def test_the_template_ships_with_every_column_and_reads_back(tmp_path):
    shipped = template_path()
    assert shipped.is_file() and shipped.parent.name == "templates"
    ws = load_workbook(shipped).worksheets[0]
    assert [c.value for c in ws[1]] == AZ
    assert "Soyad (Surname)" in AZ and "Doğum tarixi (Birth date)" in AZ
    rebuilt = load_workbook(build_template(tmp_path / "t.xlsx")).worksheets[0]
    assert [c.value for c in rebuilt[1]] == AZ  # the shipped file is what the code builds


def test_a_good_file_imports_every_row_in_one_go(db, officer, tmp_path):
    rows = [person(n) for n in range(30)]
    rows[0] = dict(GOOD)
    path = workbook(tmp_path / "list.xlsx", rows)
    before = snapshot(db)
    result = import_beneficiaries(db, path, actor=officer, today=TODAY)
    assert result.imported == 30 and not result.dry_run
    assert result.codes[0] == "XAC-3-B00001" and result.codes[-1] == "XAC-3-B00030"
    after = snapshot(db)
    assert after["beneficiary"] == before["beneficiary"] + 30
    assert after["outbox"] > before["outbox"] + 30  # every row syncs
    first = beneficiaries.get_beneficiary(db, result.ids[0])
    assert (first.surname, first.given_name, first.patronymic) == ("Əliyeva", "Aynur", "Vaqif qızı")
    assert (first.sex, first.category, first.disability) == ("F", "mine_survivor", True)
    assert first.birth_date == date(1985, 3, 14) and first.village == "Qusarçay"
    ((who, detail),) = audit_events(db, "import.beneficiaries")
    assert who == officer.officer_id
    assert {"rows": 30, "file": "list.xlsx", "pseudonymised": False}.items() <= json.loads(
        detail
    ).items()
    assert beneficiaries.likely_duplicates(
        db, surname="ƏLİYEVA", given_name="aynur", birth_date=date(1985, 3, 14)
    ) == ["XAC-3-B00001"]


def test_english_headers_and_codes_work_too(db, officer, tmp_path):
    english = [c.en for c in COLUMNS]
    row = dict(
        GOOD,
        sex="F",
        category="idp",
        disability="no",
        consent_given="yes",
        district="Khachmaz",
        birth_date="1990-07-01",
    )
    path = workbook(tmp_path / "en.xlsx", [row], english)
    check = check_import(db, path, today=TODAY)
    assert check.problems == [] and len(check.rows) == 1
    f = check.rows[0].fields
    assert (f["sex"], f["category"], f["disability"]) == ("F", "idp", False)
    assert f["birth_date"] == date(1990, 7, 1)


def test_a_file_with_errors_writes_nothing_and_names_every_bad_row(db, officer, tmp_path):
    rows = [
        person(1),
        person(2, surname=""),  # row 3: missing name
        person(3, birth_date="31.02.1990"),  # row 4: bad date
        person(4, district="Qubaa"),  # row 5: unknown district
        person(9, district="Ağdam"),  # row 9: another office's district
        person(5, birth_date=datetime(2022, 5, 1)),  # row 6: impossible age
        person(6, sex="x", category="tələbə"),  # row 7: two problems
        person(7),
    ]
    rows.append(rows.pop(4))  # Ağdam last: row 9
    path = workbook(tmp_path / "bad.xlsx", rows)
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        import_beneficiaries(db, path, actor=officer, today=TODAY)
    assert snapshot(db) == before
    problems = caught.value.check.problems
    found = {(p.row, p.column) for p in problems}
    assert found == {
        (3, "Soyad (Surname)"),
        (4, "Doğum tarixi (Birth date)"),
        (5, "Rayon (District)"),
        (6, "Doğum tarixi (Birth date)"),
        (7, "Cins (Sex)"),
        (7, "Kateqoriya (Category)"),
        (9, "Rayon (District)"),
    }
    reasons = {p.row: p.reason for p in problems}
    assert "required" in reasons[3]
    assert "not a date" in reasons[4]
    assert "unknown district 'Qubaa'" in reasons[5]
    assert "age 4" in reasons[6]
    assert "Ağdam is another office's district" in reasons[9]
    assert "row 3" in str(caught.value) or "problem" in str(caught.value)


def test_likely_duplicates_in_the_database_and_in_the_file_block_unless_allowed(
    db, officer, tmp_path
):
    a_beneficiary(db, officer, surname="Əliyeva", given_name="Aynur", birth_date=date(1985, 3, 14))
    twin = person(9)
    rows = [dict(GOOD, surname="ƏLİYEVA"), person(8), twin, dict(twin, patronymic="")]
    path = workbook(tmp_path / "dups.xlsx", rows)
    check = check_import(db, path, today=TODAY)
    assert check.problems == []
    dups = {d.row: d for d in check.duplicates}
    assert dups[2].codes == ("XAC-3-B00001",)
    assert dups[4].rows == (5,) and dups[5].rows == (4,)
    assert 3 not in dups
    before = snapshot(db)
    with pytest.raises(ImportRefused, match="duplicates"):
        import_beneficiaries(db, path, actor=officer, today=TODAY)
    assert snapshot(db) == before
    result = import_beneficiaries(db, path, actor=officer, today=TODAY, allow_duplicates=True)
    assert result.imported == 4


def test_dry_run_and_cancel_write_nothing(db, officer, tmp_path):
    path = workbook(tmp_path / "list.xlsx", [person(n) for n in range(10)])
    before = snapshot(db)
    result = import_beneficiaries(db, path, actor=officer, dry_run=True, today=TODAY)
    assert result.imported == 10 and result.dry_run and snapshot(db) == before
    calls: list[int] = []
    with pytest.raises(ExportCancelled):
        import_beneficiaries(
            db,
            path,
            actor=officer,
            today=TODAY,
            progress=lambda d, t: calls.append(d),
            cancelled=lambda: True,
        )
    assert snapshot(db) == before


def test_not_a_workbook_is_one_clear_error(db, officer, tmp_path):
    bogus = tmp_path / "list.xlsx"
    bogus.write_text("name,birth\nƏliyeva,1985-03-14\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"cannot read list\.xlsx"):
        check_import(db, bogus)


def test_command_reports_each_problem_and_exits_non_zero(db, officer, tmp_path, capsys):
    bad = workbook(tmp_path / "bad.xlsx", [person(1), person(2, birth_date="2001-13-01")])
    rc = main(["import", "beneficiaries", "--db", str(db.path), str(bad)])
    out, err = capsys.readouterr()
    assert rc == 1 and "row 3, column Doğum tarixi (Birth date)" in out
    assert err.startswith("fieldbook:") and err.count("\n") == 1
    good = workbook(tmp_path / "good.xlsx", [person(n) for n in range(3)])
    assert main(["import", "beneficiaries", "--db", str(db.path), str(good), "--dry-run"]) == 0
    assert "3 rows would be imported" in capsys.readouterr().out
    assert main(["import", "beneficiaries", "--db", str(db.path), str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 3
