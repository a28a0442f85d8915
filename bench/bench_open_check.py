"""What the database checks of issue #11 cost. Prints numbers; asserts nothing (tests do that).

    .venv/bin/fieldbook demo --db /tmp/agdam.sqlite --district Ağdam --beneficiaries 10000 --seed 7
    .venv/bin/python bench/bench_open_check.py [--db /tmp/agdam.sqlite] [--runs 7]

1. A plain open: one connection with the store's settings and the schema read
   (``SELECT ... FROM sqlite_master``), what every start pays anyway.
2. The open check ``store.check_database``: header and size, read-only test, the schema and the
   page-by-page ``quick_check`` of the small core tables, the schema version (target < 0.3 s).
3. ``open_database`` whole (check, engine, migration no-op) as every command runs it.
4. For comparison: ``PRAGMA quick_check`` of the whole file (what was not chosen at open).
5. The full ``PRAGMA integrity_check`` (before a backup and in ``fieldbook status``).

Figures are medians of warm runs (the file in the page cache, as on a laptop that just used it);
the first, cold run of each is printed too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import store  # noqa: E402


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first run, median of the rest) in seconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times[0], statistics.median(times[1:] or times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/agdam.sqlite")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    path = Path(args.db)
    if not path.is_file():
        sys.exit(f"no database at {path}: build the demo first (see the docstring)")

    def plain_open() -> None:
        conn = store.connect(path, read_only=True)
        conn.execute("SELECT name, sql FROM sqlite_master").fetchall()
        conn.close()

    def open_check() -> None:
        store.check_database(path)

    def open_database() -> None:
        store.open_database(path).close()

    def quick_check() -> None:
        conn = store.connect(path, read_only=True)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        conn.close()

    def integrity_check() -> None:
        conn = store.connect(path, read_only=True)
        assert store.integrity_problem(conn) is None
        conn.close()

    size = path.stat().st_size
    print(f"{path} ({size / 2**20:.0f} MB), SQLite {store.sqlite3.sqlite_version}")
    rows = [
        ("plain open (connect + schema read)", plain_open, args.runs),
        ("open check (store.check_database)", open_check, args.runs),
        ("open_database (check + engine + migrate no-op)", open_database, args.runs),
        ("PRAGMA quick_check, whole file", quick_check, max(3, args.runs // 2)),
        ("PRAGMA integrity_check, whole file", integrity_check, max(3, args.runs // 2)),
    ]
    base = None
    for label, fn, runs in rows:
        first, median = timed(fn, runs)
        if base is None:
            base = median
        print(
            f"{label:48} median {median * 1000:8.1f} ms  (first {first * 1000:8.1f} ms)  "
            f"x{median / base:7.1f} a plain open"
        )


if __name__ == "__main__":
    main()
