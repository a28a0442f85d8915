"""The head-office ledger workbook (#6): real types, formats, totals, pseudonymisation, cancel."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.errors import PermissionDenied
from app.reports import ExportCancelled, export_ledger
from app.reports.data import office_data
from app.reports.excel import SHEETS, write_ledger
from app.reports.xlsx import MONEY_FORMAT
from app.services import reports
from tests.builders import a_beneficiary, a_disbursed_loan, an_officer
from tests.reports.conftest import TODAY, audit_events, leftovers

MONEY_COLUMNS = {
    "Əsas məbləğ",
    "Ödənilmiş əsas borc",
    "Ödənilmiş faiz",
    "Qalıq əsas borc",
    "Gecikmiş əsas borc",
    "Bu günədək ödənməli",
    "Bu günədək ödənilib",
    "Silinmiş məbləğ",
}


FUNNEL_STEPS = ("Qeydiyyatdan keçib", "Təlimə qatılıb", "Təlimi tamamlayıb",
                "Biznes plan təqdim edib", "Biznes planı təsdiqlənib", "Qrant və ya kredit alıb",
                "Krediti vaxtında ödəyir")  # fmt: skip


def q2(value: float | int | None) -> Decimal:
    """A cell's number back to the qəpik (openpyxl reads numbers as float)."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def table(ws) -> list[dict]:
    rows = ws.iter_rows(values_only=True)
    header = next(rows)
    return [dict(zip(header, r, strict=False)) for r in rows]


@pytest.fixture
def ledger(demo, tmp_path):
    db, admin = demo
    out = tmp_path / "ledger.xlsx"
    result = export_ledger(db, out, actor=admin, as_of=TODAY)
    return db, admin, out, result


def test_sheets_have_real_types_formats_frozen_headers_and_filters(ledger):
    _, _, out, result = ledger
    wb = load_workbook(out)
    assert wb.sheetnames == list(SHEETS.values())
    assert result.path == out
    loans = wb[SHEETS["loans"]]
    header = [c.value for c in loans[1]]
    assert header[:3] == ["Kredit №", "Benefisiar kodu", "Ad, soyad, ata adı"]
    for key in ("loans", "transactions", "schedules", "attendance"):
        ws = wb[SHEETS[key]]
        assert ws.freeze_panes == "A2", key
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert ws.max_row - 1 == result.rows[key] > 0, key
        assert ws.column_dimensions["A"].width >= 10
    first = next(r for r in loans.iter_rows(min_row=2) if r[header.index("Verilmə tarixi")].value)
    for name, cell in zip(header, first, strict=True):
        if name in MONEY_COLUMNS:
            assert cell.number_format == MONEY_FORMAT == '#,##0.00 "₼"', name
            assert cell.data_type == "n" and isinstance(cell.value, int | float), name
    disbursed = first[header.index("Verilmə tarixi")]
    assert disbursed.is_date and isinstance(disbursed.value, datetime)
    assert disbursed.number_format == "dd.mm.yyyy"
    assert first[header.index("İllik faiz")].number_format == "0.00%"
    entries = wb[SHEETS["transactions"]]
    assert entries.cell(2, 1).is_date and entries.cell(2, 6).number_format == MONEY_FORMAT
    # the same style everywhere: one header look
    fonts = {wb[s].cell(1, 1).font.b for s in SHEETS.values() if s != SHEETS["summary"]}
    assert fonts == {True}


def test_loans_sheet_adds_up_to_the_portfolio_to_the_qepik(ledger):
    db, _, out, _ = ledger
    p = reports.portfolio(db, TODAY)
    rows = table(load_workbook(out)[SHEETS["loans"]])
    active = [r for r in rows if r["Status"] == "aktiv"]
    assert len(active) == p.active_loans > 0
    assert sum(q2(r["Qalıq əsas borc"]) for r in active) == p.outstanding_principal
    late = [r for r in active if r["Gecikmə günləri"] > 30]
    assert late, "the demo has loans more than 30 days late"
    assert sum(q2(r["Qalıq əsas borc"]) for r in late) == p.par30_amount
    assert {r["PAR qrupu"] for r in active} <= {"cari", "1–30", "31–90", ">90"}
    assert len(rows) == len({r["Kredit №"] for r in rows})


def test_summary_totals_are_formulas_beside_fieldbooks_figures(ledger):
    db, admin, out, _ = ledger
    p = reports.portfolio(db, TODAY)
    ws = load_workbook(out)[SHEETS["summary"]]
    assert ws["B3"].value == "Xaçmaz (XAC)"
    assert ws["B4"].value == datetime(2026, 11, 20) and ws["B4"].number_format == "dd.mm.yyyy"
    assert isinstance(ws["B5"].value, datetime)
    assert ws["B6"].value == admin.full_name
    totals = {ws.cell(r, 1).value: (ws.cell(r, 2), ws.cell(r, 3)) for r in range(11, 31)}
    formula, value = totals["Qalıq əsas borc (aktiv kreditlər)"]
    assert formula.data_type == "f" and formula.value.startswith("=ROUND(SUMIFS(")
    assert formula.number_format == MONEY_FORMAT
    assert q2(value.value) == p.outstanding_principal
    assert totals["PAR30"][1].value == pytest.approx(float(p.par30))
    assert totals["Ödəniş əmsalı"][1].value == pytest.approx(float(p.repayment_rate))
    assert "SUM(" in totals["Ödənilmiş faiz (bütün kreditlər)"][0].value


def test_pseudonymised_file_holds_no_name_or_id_number(demo, tmp_path):
    db, admin = demo
    with db.engine.connect() as conn:
        people = conn.exec_driver_sql(
            "SELECT surname, given_name, patronymic, id_document, phone FROM beneficiary"
        ).all()
        officers = [r[0] for r in conn.exec_driver_sql("SELECT full_name FROM officer")]
    secrets = {f"{s} {g}" for s, g, *_ in people} | {r[3] for r in people} | set(officers)
    secrets |= {r[4] for r in people if r[4]}
    plain, pseudo = tmp_path / "plain.xlsx", tmp_path / "pseudo.xlsx"
    export_ledger(db, plain, actor=admin, as_of=TODAY)
    export_ledger(db, pseudo, actor=admin, as_of=TODAY, pseudonymise=True)

    def text(path: Path) -> str:
        with zipfile.ZipFile(path) as z:
            return "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))

    def cells(path: Path) -> set:
        wb = load_workbook(path, read_only=True)
        found = {v for ws in wb for row in ws.iter_rows(values_only=True) for v in row}
        wb.close()
        return found

    plain_text, pseudo_text = text(plain), text(pseudo)
    assert any(s in plain_text for s in secrets)  # the check can fail
    leaked = [s for s in secrets if s in pseudo_text]
    assert leaked == []
    surnames = {r[0] for r in people} | {r[1] for r in people}
    assert not (cells(pseudo) & surnames)
    wb = load_workbook(pseudo)
    codes = {r["Benefisiar kodu"] for r in table(wb[SHEETS["loans"]])}
    assert codes and all(c.startswith("XAC-1-B") for c in codes)
    assert "Ad, soyad, ata adı" not in [c.value for c in wb[SHEETS["loans"]][1]]
    ws = wb[SHEETS["summary"]]
    assert ws["B7"].value == "bəli" and ws["B6"].value == admin.login


def test_each_export_is_audited_with_rows_and_pseudonymisation(demo, tmp_path):
    db, admin = demo
    before = len(audit_events(db, "export.ledger"))
    result = export_ledger(db, tmp_path / "p.xlsx", actor=admin, as_of=TODAY, pseudonymise=True)
    events = audit_events(db, "export.ledger")
    assert len(events) == before + 1
    officer_id, detail = events[-1]
    detail = json.loads(detail)
    assert officer_id == admin.officer_id
    assert detail["pseudonymised"] is True
    assert detail["rows"] == sum(result.rows.values())
    assert detail["file"] == "p.xlsx" and detail["as_of"] == "2026-11-20"


def test_cancel_leaves_no_file_and_keeps_an_older_one(demo, tmp_path):
    db, admin = demo
    out = tmp_path / "ledger.xlsx"
    out.write_bytes(b"last week's export")
    seen: list[tuple[int, int]] = []
    before = len(audit_events(db, "export.ledger"))
    with pytest.raises(ExportCancelled):
        export_ledger(
            db,
            out,
            actor=admin,
            as_of=TODAY,
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert out.read_bytes() == b"last week's export"
    assert leftovers(tmp_path) == []
    assert len(audit_events(db, "export.ledger")) == before


def test_progress_climbs_to_the_total(demo, tmp_path):
    db, admin = demo
    seen: list[tuple[int, int]] = []
    export_ledger(
        db, tmp_path / "l.xlsx", actor=admin, as_of=TODAY, progress=lambda d, t: seen.append((d, t))
    )
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] > 1000


def test_a_loan_officer_may_not_export_the_office_ledger(demo, tmp_path):
    db, admin = demo
    officer = an_officer(db, admin, "loan_officer")
    with pytest.raises(PermissionDenied):
        export_ledger(db, tmp_path / "x.xlsx", actor=officer)
    assert not (tmp_path / "x.xlsx").exists()


def test_fast_rows_equal_openpyxls_own_rows(demo, tmp_path):
    """The raw row writer gives the same workbook as openpyxl's own styled cells."""
    db, admin = demo
    data = office_data(db, TODAY)
    write_ledger(db, tmp_path / "fast.xlsx", data, actor=admin, fast=True)
    write_ledger(db, tmp_path / "slow.xlsx", data, actor=admin, fast=False)
    fast = load_workbook(tmp_path / "fast.xlsx", read_only=True)
    slow = load_workbook(tmp_path / "slow.xlsx", read_only=True)
    for name in SHEETS.values():
        a = [
            [(c.value, c.number_format) for c in row if c.value is not None]
            for row in fast[name].iter_rows()
        ]
        b = [
            [(c.value, c.number_format) for c in row if c.value is not None]
            for row in slow[name].iter_rows()
        ]
        if name == SHEETS["summary"]:
            a[4], b[4] = a[4][:1], b[4][:1]  # the export time
        assert a == b, name
    fast.close()
    slow.close()


def test_text_that_looks_like_markup_or_a_formula_stays_text(db, officer, tmp_path, admin):
    person = a_beneficiary(db, officer, surname="=HYPERLINK(1) <Ağ & Co>", given_name="Ayla")
    a_disbursed_loan(db, officer, beneficiary_id=person)
    export_ledger(db, tmp_path / "l.xlsx", actor=admin, as_of=date(2026, 3, 1))
    ws = load_workbook(tmp_path / "l.xlsx")[SHEETS["loans"]]
    assert ws["C2"].value == "=HYPERLINK(1) <Ağ & Co> Ayla"
    assert ws["C2"].data_type == "s"


def test_command_writes_the_workbook_and_fails_in_one_line(demo, tmp_path, capsys):
    db, _ = demo
    out = tmp_path / "head office.xlsx"
    args = ["export", "ledger", "--db", str(db.path), "--out", str(out), "--as-of", "2026-11-20"]
    assert main([*args, "--pseudonymise", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["path"] == str(out) and printed["rows"]["loans"] > 0
    assert load_workbook(out)[SHEETS["summary"]]["B7"].value == "bəli"
    rc = main(["export", "ledger", "--db", str(tmp_path / "none.sqlite"), "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1 and "no database" in err
    rc = main([*args, "--officer", "loan1"])
    err = capsys.readouterr().err
    assert rc == 1 and "export.ledger" in err


def test_schedules_attendance_and_indicators_agree_with_the_loans(ledger):
    db, _, out, result = ledger
    wb = load_workbook(out)
    loans = table(wb[SHEETS["loans"]])
    schedule = table(wb[SHEETS["schedules"]])
    paid = sum(q2(r["Ödənilmiş əsas borc"]) for r in loans)
    assert sum(q2(r["Ödənilmiş əsas borc"]) for r in schedule) == paid > 0
    assert {r["Status"] for r in schedule} <= {
        "ödənilib",
        "qismən ödənilib",
        "gözlənilir",
        "gecikir",
    }
    attendance = table(wb[SHEETS["attendance"]])
    assert len(attendance) == result.rows["attendance"] > 0
    for r in attendance:
        days = [r[f"{n}-ci gün"] for n in (1, 2, 3)]
        assert r["İştirak (gün)"] == sum(days)
        assert r["Tamamladı"] == ("bəli" if sum(days) >= 2 else "xeyr")
    ind = wb[SHEETS["indicators"]]
    header = [c.value for c in ind[1]]
    assert header[:4] == ["Göstərici", "Cəmi", "Cins: qadın", "Cins: kişi"]
    assert "Yaş: 35–49" in header and "Əlillik: əlilliyi var" in header
    assert "Rayon: Xaçmaz" in header
    assert "Kateqoriya: mina qurbanı" in header and "Kateqoriya: məcburi köçkün" in header
    rows = {r[0].value: r for r in ind.iter_rows(min_row=2)}
    col = {h: i for i, h in enumerate(header)}
    registered = rows["Qeydiyyatdan keçən şəxslər"]
    assert registered[col["Cəmi"]].value == 120
    assert registered[col["Cins: qadın"]].value + registered[col["Cins: kişi"]].value == 120
    by_category = [registered[i].value for h, i in col.items() if h.startswith("Kateqoriya: ")]
    assert len(by_category) == 5 and sum(by_category) == 120  # each person in one category
    outstanding = rows["Qalıq əsas borc"]
    p = reports.portfolio(db, TODAY)
    assert q2(outstanding[col["Cəmi"]].value) == p.outstanding_principal
    assert outstanding[col["Cəmi"]].number_format == MONEY_FORMAT
    by_sex = q2(outstanding[col["Cins: qadın"]].value) + q2(outstanding[col["Cins: kişi"]].value)
    assert by_sex == p.outstanding_principal
    assert rows["PAR30"][col["Cəmi"]].value == pytest.approx(float(p.par30))
    assert rows["PAR30"][col["Cəmi"]].number_format == "0.00%"


def test_the_workbook_names_proposed_and_rejected_loans(demo, tmp_path):
    """#13: a loan not yet disbursed reads as proposed, or by its decision, in Azerbaijani."""
    from app.services import loans
    from tests.builders import a_product

    db, admin = demo
    officer = an_officer(db, admin, "loan_officer", login="loan9")
    product = a_product(db, admin)
    made = [
        loans.create_loan(
            db,
            actor=officer,
            beneficiary_id=a_beneficiary(db, officer),
            product_id=product,
            principal="700",
            term=6,
            created_on=TODAY,
            warnings_reason="sınaq",
        )
        for _ in range(2)
    ]
    loans.decide_loan(db, actor=admin, loan_id=made[1].id, decision="rejected", reason="risk")
    out = export_ledger(db, tmp_path / "ledger.xlsx", actor=admin, as_of=TODAY).path
    rows = {r["Kredit №"]: r for r in table(load_workbook(out)[SHEETS["loans"]])}
    statuses = [rows[m.number]["Status"] for m in made]
    assert statuses == ["təklif edilib", "rədd edilib"]


def test_plans_grants_and_the_funnel_sheets_agree_with_the_office(demo, tmp_path):
    """#13: the Plans and Grants sheets list what the office holds; the funnel counts each
    person once per step, with the rate from the step before; warned loans are counted."""
    from app.queries.plans import all_plans
    from app.services import loans
    from tests.builders import a_product

    db, admin = demo
    officer = an_officer(db, admin, "loan_officer", login="loan8")
    warned = loans.create_loan(db, actor=officer, beneficiary_id=a_beneficiary(db, officer),
                               product_id=a_product(db, admin), principal="500", term=6,
                               created_on=TODAY, warnings_reason="icma tövsiyə edib")  # fmt: skip
    result = export_ledger(db, tmp_path / "ledger.xlsx", actor=admin, as_of=TODAY)
    wb = load_workbook(result.path)

    plans = table(wb[SHEETS["plans"]])
    known = all_plans(db, TODAY)
    assert len(plans) == len(known) == result.rows["plans"] > 0
    assert {r["Status"] for r in plans} <= {"təqdim edilib", "təsdiqlənib", "rədd edilib",
                                            "geri qaytarılıb"}  # fmt: skip
    for r in plans:
        parts = q2(r["Öz töhfəsi"]) + q2(r["Natura qrantı istənir"])
        assert q2(r["Büdcə"]) >= parts > 0

    grants = table(wb[SHEETS["grants"]])
    handed = sum(q2(r["Dəyər"]) for r in grants if r["Status"] == "təhvil verilib")
    ind = wb[SHEETS["indicators"]]
    col = {c.value: i for i, c in enumerate(ind[1])}
    by_name = {r[0].value: r for r in ind.iter_rows(min_row=2)}
    assert handed == q2(by_name["Verilmiş qrantların dəyəri"][col["Cəmi"]].value) > 0
    assert all(r["Seriya nömrələri"] for r in grants)  # the demo's items carry serials

    ws = wb[SHEETS["funnel"]]
    steps = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2) if r[0].value}
    # [step, reached by any path, all (through every step before), rate from the step before…]
    registered = steps["Qeydiyyatdan keçib"][2]
    assert registered == by_name["Qeydiyyatdan keçən şəxslər"][col["Cəmi"]].value
    trained = steps["Təlimə qatılıb"][2]
    assert trained == by_name["Təlimə qatılanlar (ən azı bir gün)"][col["Cəmi"]].value
    assert steps["Təlimə qatılıb"][3] == pytest.approx(trained / registered, abs=1e-4)
    assert steps["Biznes plan təqdim edib"][1] == len({p.beneficiary_id for p, _ in known})
    approved = {p.beneficiary_id for p, _ in known if p.status == "approved"}
    assert steps["Biznes planı təsdiqlənib"][1] == len(approved) > 0
    through = [steps[name][2] for name in steps if name in FUNNEL_STEPS]
    assert through == sorted(through, reverse=True) and through[-1] > 0  # a funnel narrows
    assert all(0 <= steps[name][3] <= 1 for name in FUNNEL_STEPS[1:])
    assert steps["Qrant və ya kredit alıb"][1] >= steps["Qrant və ya kredit alıb"][2]
    assert steps["Xəbərdarlığa baxmayaraq təklif edilmiş kreditlər"][1] >= 1
    assert steps["  təlimi başa vurmayıb"][1] >= 1
    loans_sheet = {r["Kredit №"]: r for r in table(wb[SHEETS["loans"]])}
    assert "təlimi başa vurmayıb" in loans_sheet[warned.number]["Xəbərdarlıqlar (səbəbi yazılıb)"]
