"""Sorting 100,000 names in Azerbaijani order (#7): SQLite collation vs Python sort keys.

    .venv/bin/python bench/bench_sort.py [--names 100000] [--repeat 3]

Prints figures; asserts only that every way gives the same order (tests check the order itself).

1. ``ORDER BY name COLLATE AZ`` on a table of N names (the collation ``store.connect`` registers
   on every connection): SQLite calls back into Python for each comparison (~N log N calls),
   each of them a cached ``text.sort_key`` lookup.
2. The same rows fetched unordered and sorted in Python with ``key=text.sort_key``: one key per
   name, then C-speed string comparisons.
3. ``ORDER BY name`` with SQLite's built-in BINARY collation, for scale (wrong order for
   Azerbaijani: ``Ç``, ``Ə``, ``Ş``… sort after ``Z``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import store  # noqa: E402
from app.demo.data import person_name  # noqa: E402
from app.text import sort_key  # noqa: E402


def names(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        surname, given, patronymic = person_name(rng, "F" if i % 2 else "M")
        out.append(f"{surname} {given} {patronymic}")
    return out


def timed(fn, repeat: int) -> tuple[float, list[str]]:
    times, result = [], []
    for _ in range(repeat):
        store.az_sort_key.cache_clear()  # each run starts cold, as a fresh connection would
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    data = names(args.names)
    distinct = len(set(data))
    with tempfile.TemporaryDirectory(prefix="fieldbook-sort-") as tmp:
        conn = store.connect(Path(tmp) / "names.sqlite")
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO person (name) VALUES (?)", ((s,) for s in data))
        conn.execute("COMMIT")

        def by_collation() -> list[str]:
            return [r[0] for r in conn.execute("SELECT name FROM person ORDER BY name COLLATE AZ")]

        def by_python() -> list[str]:
            rows = [r[0] for r in conn.execute("SELECT name FROM person")]
            rows.sort(key=sort_key)
            return rows

        def by_binary() -> list[str]:
            return [r[0] for r in conn.execute("SELECT name FROM person ORDER BY name")]

        t_coll, coll = timed(by_collation, args.repeat)
        t_py, py = timed(by_python, args.repeat)
        t_bin, _ = timed(by_binary, args.repeat)
        t_keys = statistics.median(
            _time(lambda: [sort_key(s) for s in data]) for _ in range(args.repeat)
        )
        conn.close()
    same = [sort_key(s) for s in coll] == [sort_key(s) for s in py]
    print(f"names: {args.names:,} ({distinct:,} distinct), median of {args.repeat} runs")
    print(f"ORDER BY name COLLATE AZ (SQLite calls Python): {t_coll:.3f} s")
    print(f"fetch + Python sort(key=sort_key):              {t_py:.3f} s")
    print(f"  of which computing {args.names:,} sort keys:       {t_keys:.3f} s")
    print(f"ORDER BY name, BINARY (wrong order, for scale): {t_bin:.3f} s")
    print(f"collation / Python ratio: {t_coll / t_py:.1f}x; same order: {same}")


def _time(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
