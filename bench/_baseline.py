"""The raw baseline the benches print their ratios against (#12)."""

from __future__ import annotations

import time
from pathlib import Path


def raw_commits(db_path: str | Path, count: int) -> list[float]:
    """Seconds each of ``count`` raw one-row inserts + commits takes on the same file, with the
    store's settings (``app.store.connect``): what a repayment through the service is compared
    with."""
    from app.store import connect

    raw = connect(db_path)
    raw.execute("CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, v TEXT)")
    times = []
    for i in range(count):
        t = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO bench_raw (v) VALUES (?)", (f"row {i}",))
        raw.execute("COMMIT")
        times.append(time.perf_counter() - t)
    raw.execute("DROP TABLE bench_raw")
    raw.close()
    return times
