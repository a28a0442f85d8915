"""Core speed figures for issue #3. Prints numbers; asserts nothing (tests do that).

    .venv/bin/python bench/bench_core.py [--beneficiaries 10000] [--workdir DIR]

1. 10,000 schedules of 24 installments (target < 1 s).
2. `fieldbook demo --beneficiaries N` as a subprocess (target < 60 s for 10,000).
3. One repayment through the service (transaction, audit, outbox, fsync'd commit): median,
   beside a raw single-row SQLite insert + commit on the same file with the same settings
   (target: median < 10 ms; the ratio shows what the service adds).
4. `fieldbook report portfolio` on that database, as a subprocess and in-process (target < 1 s).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _baseline import raw_commits  # noqa: E402

from app.ledger import LoanTerms, build_schedule  # noqa: E402
from app.services import loans, office, reports  # noqa: E402
from app.store import connect, open_database  # noqa: E402

FIELDBOOK = [sys.executable, "-m", "app.cli"]


def bench_schedules(n: int = 10_000) -> float:
    terms = [
        LoanTerms(Decimal(1000 + 7 * i), Decimal("18"), 24, date(2026, 1, 1 + i % 28))
        for i in range(n)
    ]
    t0 = time.perf_counter()
    for t in terms:
        build_schedule(t)
    return time.perf_counter() - t0


def bench_demo(db: Path, beneficiaries: int) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [*FIELDBOOK, "demo", "--db", str(db), "--beneficiaries", str(beneficiaries)],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - t0


def bench_repayments(db_path: Path, count: int = 200) -> tuple[float, float]:
    db = open_database(db_path)
    actor = office.actor_for(db, "loan1")
    with db.engine.connect() as conn:
        from sqlalchemy import text

        ids = [r[0] for r in conn.execute(text("SELECT id FROM loan WHERE status = 'active'"))]
    times = []
    for i in range(count):
        loan_id = ids[i % len(ids)]
        t0 = time.perf_counter()
        loans.record_repayment(db, actor=actor, loan_id=loan_id, amount="1.00")
        times.append(time.perf_counter() - t0)
    db.close()
    return statistics.median(times), statistics.median(raw_commits(db_path, count))


def bench_portfolio(db_path: Path) -> tuple[float, float]:
    t0 = time.perf_counter()
    subprocess.run(
        [*FIELDBOOK, "report", "portfolio", "--db", str(db_path), "--json"],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    cli = time.perf_counter() - t0
    db = open_database(db_path)
    t0 = time.perf_counter()
    reports.portfolio(db)
    inproc = time.perf_counter() - t0
    db.close()
    return cli, inproc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--beneficiaries", type=int, default=10_000)
    ap.add_argument("--workdir", type=Path)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="fieldbook-bench-"))
    db = work / "demo.sqlite"
    db.unlink(missing_ok=True)

    s = bench_schedules()
    print(f"schedules: 10,000 x 24 installments in {s:.3f} s (target < 1 s)")
    d = bench_demo(db, args.beneficiaries)
    with connect(db) as c:
        loans_n = c.execute("SELECT count(*) FROM loan").fetchone()[0]
        entries = c.execute("SELECT count(*) FROM ledgerentry").fetchone()[0]
    print(
        f"demo: {args.beneficiaries:,} beneficiaries, {loans_n:,} loans, {entries:,} ledger "
        f"entries in {d:.1f} s (target < 60 s)"
    )
    med, raw = bench_repayments(db)
    print(
        f"repayment via service: median {med * 1000:.2f} ms; raw insert+commit median "
        f"{raw * 1000:.2f} ms; ratio {med / raw:.1f}x (target median < 10 ms)"
    )
    cli, inproc = bench_portfolio(db)
    print(
        f"report portfolio: {cli:.2f} s as a command (incl. interpreter start), "
        f"{inproc:.2f} s in-process (target < 1 s)"
    )
    print(f"database: {db} ({db.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
