"""Speed figures for the outputs of issue #6. Prints numbers; asserts nothing (tests do that).

    .venv/bin/python bench/bench_outputs.py [--db DEMO.sqlite] [--beneficiaries 10000]

Without ``--db`` (or if the file does not exist) it first builds the demo office (~30 s).
Each measurement works on its own copy of the database, so the demo stays as it was.

1. The head-office ledger workbook, in a fresh process: seconds and peak memory (targets
   < 20 s, < 300 MB), and beside it, in the same process, openpyxl's write-only mode writing
   the same number of cells per sheet (plain values, no styles): the ratio (target <= 1.5).
2. 1,000 repayment receipts (PDF, audited), in-process (target < 20 s).
3. Importing 5,000 rows from the template (check + one transaction) (target < 10 s).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LEDGER_CHILD = r"""
import json, resource, sys, time
from datetime import date
from decimal import Decimal
from pathlib import Path
from openpyxl import Workbook, load_workbook
from app.reports import export_ledger
from app.services import office
from app.store import open_database

db = open_database(sys.argv[1])
actor = office.actor_for(db, "admin")
out = Path(sys.argv[2])
t0 = time.perf_counter()
result = export_ledger(db, out, actor=actor)
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
shape = []
for ws in load_workbook(out, read_only=True):  # write-only files carry no <dimension>
    ws.reset_dimensions()
    ws.calculate_dimension(force=True)
    shape.append((ws.title, ws.max_row, ws.max_column))
cells = sum(r * c for _, r, c in shape)
values = ["XAC-1-00042", Decimal("1234.50"), 17, "ödəniş", date(2026, 1, 15), Decimal("0.18")]
t0 = time.perf_counter()
wb = Workbook(write_only=True)
for title, rows, cols in shape:
    ws = wb.create_sheet(title)
    row = [values[i % len(values)] for i in range(cols)]
    for _ in range(rows):
        ws.append(row)
wb.save(out.with_name("baseline.xlsx"))
baseline = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "peak_mb": peak, "cells": cells, "rows": result.rows,
                  "baseline_seconds": baseline, "bytes": out.stat().st_size}))
"""


def ensure_demo(path: Path | None, beneficiaries: int, work: Path) -> Path:
    if path is not None and path.exists():
        return path
    path = path or work / "demo.sqlite"
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "demo",
            "--db",
            str(path),
            "--beneficiaries",
            str(beneficiaries),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    print(f"demo office of {beneficiaries} people built in {time.perf_counter() - t0:.1f} s")
    return path


def copy_db(src: Path, dest: Path) -> Path:
    import sqlite3

    with sqlite3.connect(src) as s, sqlite3.connect(dest) as d:
        s.backup(d)
    return dest


def bench_ledger(db: Path, work: Path) -> dict:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            LEDGER_CHILD,
            str(copy_db(db, work / "ledger.sqlite")),
            str(work / "ledger.xlsx"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"ledger export failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_receipts(db_path: Path, work: Path, count: int = 1000) -> float:
    from app.reports import receipt_pdf
    from app.services import office
    from app.store import open_database

    db = open_database(copy_db(db_path, work / "receipts.sqlite"))
    try:
        with db.engine.connect() as conn:
            numbers = [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT receipt_no FROM ledgerentry WHERE receipt_no IS NOT NULL "
                    "ORDER BY receipt_no LIMIT ?",
                    (count,),
                )
            ]
        if len(numbers) < count:
            raise SystemExit(f"the database has only {len(numbers)} receipts; build a new demo")
        actor = office.actor_for(db, "loan1")
        folder = work / "receipts"
        folder.mkdir()
        t0 = time.perf_counter()
        for n in numbers:
            receipt_pdf(db, n, folder / f"{n}.pdf", actor=actor)
        return time.perf_counter() - t0
    finally:
        db.close()


def bench_import(db_path: Path, work: Path, count: int = 5000) -> tuple[float, int]:
    from openpyxl import Workbook

    from app.reports import import_beneficiaries
    from app.reports.template import COLUMNS
    from app.services import office
    from app.store import open_database

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Benefisiarlar")
    ws.append([c.header for c in COLUMNS])
    for i in range(count):
        ws.append(
            [
                f"Əliyeva-İmport{i}",
                "Aynur",
                "Vaqif qızı",
                "qadın",
                datetime(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                "",
                "Qusarçay",
                "mina qurbanı",
                "bəli",
                "",
                "+994 50 123 45 67",
                f"AA{i:07d}",
                "bəli",
                "01.02.2026",
            ]
        )
    path = work / "import.xlsx"
    wb.save(path)
    db = open_database(copy_db(db_path, work / "import.sqlite"))
    try:
        actor = office.actor_for(db, "admin")
        t0 = time.perf_counter()
        result = import_beneficiaries(db, path, actor=actor, today=date.today())
        return time.perf_counter() - t0, result.imported
    finally:
        db.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="an existing demo database (else one is built)")
    ap.add_argument("--beneficiaries", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="fieldbook-bench-") as tmp:
        work = Path(tmp)
        db = ensure_demo(args.db, args.beneficiaries, work)
        r = bench_ledger(db, work)
        ratio = r["seconds"] / r["baseline_seconds"]
        print(
            f"ledger workbook: {r['seconds']:.1f} s (target < 20 s), peak {r['peak_mb']:.0f} MB "
            f"(target < 300 MB), {r['cells']:,} cells, {r['bytes'] / 1e6:.1f} MB; rows {r['rows']}"
        )
        print(
            f"  openpyxl write-only, same cells, plain values: {r['baseline_seconds']:.1f} s; "
            f"ratio {ratio:.2f} (target <= 1.5)"
        )
        seconds = bench_receipts(db, work)
        print(f"1,000 receipts: {seconds:.1f} s (target < 20 s), {seconds:.1f} ms each")
        seconds, imported = bench_import(db, work)
        print(f"import of {imported:,} rows: {seconds:.1f} s (target < 10 s)")


if __name__ == "__main__":
    main()
