"""What encryption at rest costs (#7): the core's benches on an SQLCipher database vs a plain one.

    .venv/bin/python bench/bench_crypto.py [--beneficiaries 10000] [--count 200]

Builds one demo office, copies it, encrypts the copy in place (``crypto.encrypt_existing``, also
timed), then on each file: a repayment through the service (as ``bench_core.py``: transaction,
audit, outbox, fsync'd commit; median of ``--count``, alternating the two files so the machine's
load hits both alike) and the portfolio report in-process. Prints the ratios (target for the
repayment: encrypted ≤ 1.3 × plain). Asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from app import crypto  # noqa: E402
from app.services import loans, office, reports  # noqa: E402
from app.store import open_database  # noqa: E402

DEMO_PASSWORD = "fieldbook-demo"


def repayment_times(db, count: int, start: int) -> list[float]:
    actor = office.actor_for(db, "loan1")
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM loan WHERE status = 'active'"))]
    times = []
    for i in range(start, start + count):
        t0 = time.perf_counter()
        loans.record_repayment(db, actor=actor, loan_id=ids[i % len(ids)], amount="1.00")
        times.append(time.perf_counter() - t0)
    return times


def portfolio_time(db) -> float:
    t0 = time.perf_counter()
    reports.portfolio(db)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--beneficiaries", type=int, default=10_000)
    ap.add_argument("--count", type=int, default=200)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fieldbook-crypto-"))
    plain_path, enc_path = work / "plain.sqlite", work / "encrypted.sqlite"
    subprocess.run(
        [sys.executable, "-m", "app.cli", "demo", "--db", str(plain_path),
         "--beneficiaries", str(args.beneficiaries)],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    shutil.copyfile(plain_path, enc_path)
    t0 = time.perf_counter()
    key = crypto.encrypt_existing(enc_path, "admin", DEMO_PASSWORD)
    migrate_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    crypto.unlock(enc_path, "admin", DEMO_PASSWORD)
    unlock_s = time.perf_counter() - t0

    plain, enc = open_database(plain_path), open_database(enc_path, key=key)
    try:
        rounds, per = 10, max(1, args.count // 10)
        t_plain: list[float] = []
        t_enc: list[float] = []
        for r in range(rounds):  # interleaved, so background load falls on both alike
            t_plain += repayment_times(plain, per, r * per)
            t_enc += repayment_times(enc, per, r * per)
        p_plain = statistics.median(portfolio_time(plain) for _ in range(3))
        p_enc = statistics.median(portfolio_time(enc) for _ in range(3))
    finally:
        plain.close()
        enc.close()
    m_plain, m_enc = statistics.median(t_plain), statistics.median(t_enc)
    size = plain_path.stat().st_size / 1e6
    print(f"office: {args.beneficiaries:,} beneficiaries, {size:.0f} MB database")
    print(
        f"encrypt in place (plain -> SQLCipher, checked): {migrate_s:.2f} s; "
        f"unlock {unlock_s:.2f} s"
    )
    print(
        f"repayment via service: plain median {m_plain * 1000:.2f} ms, encrypted median "
        f"{m_enc * 1000:.2f} ms; ratio {m_enc / m_plain:.2f} (target <= 1.3)"
    )
    print(
        f"portfolio report in-process: plain {p_plain:.2f} s, encrypted {p_enc:.2f} s; "
        f"ratio {p_enc / p_plain:.2f}"
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
