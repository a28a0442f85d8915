"""The loan officer's day on a big office (#14).

    python bench/bench_due.py --db demo100k.sqlite

Times, in-process on a copy of the file: the due list of one officer for today and for a week
(targets: < 1 s on the 100,000-person office), the whole office's week, and the collection
sheet of 200 loans (target < 2 s); beside the raw baseline of reading
the same loans' schedule and ledger rows with plain SELECTs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, runs: int = 3) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    args = ap.parse_args()

    from app.queries.due import due_list
    from app.reports.collection import sheet_pdf
    from app.services.office import actor_for
    from app.store import connect, open_database

    work = Path(tempfile.mkdtemp()) / "due.sqlite"
    shutil.copy(args.db, work)
    t = time.perf_counter()
    db = open_database(work)  # upgrades an older file (0009 makes every search key again)
    print(f"open (with any upgrade): {time.perf_counter() - t:.2f} s")
    officer = actor_for(db, "loan1")
    today = date.today()
    week = today + timedelta(days=6)
    loans = (
        db.engine.raw_connection()
        .execute(
            "SELECT count(*) FROM loan WHERE status = 'active' AND officer_id = ?",
            (officer.officer_id,),
        )
        .fetchone()[0]
    )

    raw = connect(work)

    def baseline() -> int:
        ids = [r[0] for r in raw.execute(
            "SELECT id FROM loan WHERE status = 'active' AND officer_id = ?",
            (officer.officer_id,))]  # fmt: skip
        n = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            n += len(raw.execute(f"SELECT * FROM installment WHERE loan_id IN ({marks})",
                                 chunk).fetchall())  # fmt: skip
            n += len(raw.execute(f"SELECT * FROM ledgerentry WHERE loan_id IN ({marks})",
                                 chunk).fetchall())  # fmt: skip
        return n

    base, _ = timed(baseline)
    day, rows = timed(lambda: due_list(db, on=today, officer_id=officer.officer_id))
    wk, week_rows = timed(lambda: due_list(db, on=today, until=week, officer_id=officer.officer_id))
    everyone, all_rows = timed(lambda: due_list(db, on=today, until=week), runs=1)
    print(f"officer {officer.login}: {loans} active loans")
    print(f"  raw SELECT of their schedules and ledgers: {base:.2f} s")
    print(f"  due today: {len(rows)} loans in {day:.2f} s ({day / base:.1f}× raw; target < 1 s)")
    print(f"  due this week: {len(week_rows)} loans in {wk:.2f} s ({wk / base:.1f}× raw)")
    print(f"whole office, this week: {len(all_rows)} loans in {everyone:.2f} s")

    out = Path(tempfile.mkdtemp()) / "sheet.pdf"
    first = week_rows[:200]
    sheet, _ = timed(lambda: sheet_pdf(db, out, first, actor=officer, on=today,
                                       officer_id=officer.officer_id), runs=3)  # fmt: skip
    print(
        f"collection sheet of {len(first)} loans: {sheet:.2f} s (target < 2 s), "
        f"{out.stat().st_size // 1024} KB"
    )
    db.close()
    raw.close()


if __name__ == "__main__":
    main()
