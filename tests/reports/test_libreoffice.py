"""LibreOffice recomputes the workbook's formulas and gets ``fieldbook report portfolio``."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from decimal import Decimal

import pytest

from app.cli import main
from app.reports import export_ledger
from tests.reports.conftest import TODAY

SOFFICE = shutil.which("soffice")
# Text CSV, comma, quote, UTF-8, from line 1, raw values (not "as shown"), first sheet.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recomputes_the_summary_to_the_qepik(demo, tmp_path, capsys):
    db, admin = demo
    out = tmp_path / "ledger.xlsx"
    export_ledger(db, out, actor=admin, as_of=TODAY)
    profile = tmp_path / "lo-profile"  # a private profile: parallel runs must not share one
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(tmp_path / "csv"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    with open(tmp_path / "csv" / "ledger.csv", encoding="utf-8") as f:
        rows = {r[0]: r[1:] for r in csv.reader(f) if r}
    assert rows["Ofis"][0] == "Xaçmaz (XAC)"

    def number(text: str) -> Decimal:  # LibreOffice keeps the % of a percent even when raw
        return Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)

    def computed(label: str) -> Decimal:
        formula, fieldbook, diff = map(number, rows[label][:3])
        assert diff == 0, label
        assert formula == fieldbook, label
        return formula

    args = ["report", "portfolio", "--db", str(db.path), "--as-of", "2026-11-20", "--json"]
    assert main(args) == 0
    cli = json.loads(capsys.readouterr().out)
    assert computed("Aktiv kreditlər") == cli["active_loans"] > 0
    outstanding = computed("Qalıq əsas borc (aktiv kreditlər)")
    assert f"{outstanding:.2f}" == cli["outstanding_principal"]
    for label, key in (
        ("PAR1", "par1"),
        ("PAR30", "par30"),
        ("PAR90", "par90"),
        ("Gecikmə əmsalı", "arrears_rate"),
        ("Ödəniş əmsalı", "repayment_rate"),
    ):
        assert computed(label) == Decimal(str(cli[key])), label
    assert cli["par30"] > 0
