"""What a read-only command costs as a command (#12). Prints numbers; asserts nothing.

    .venv/bin/fieldbook demo --db /tmp/agdam.sqlite --district Ağdam --beneficiaries 10000 --seed 7
    .venv/bin/python bench/bench_cli.py [--db /tmp/agdam.sqlite] [--runs 10]

Runs ``fieldbook report portfolio --db X --json`` as a new process ``--runs`` times (target: a
median under 0.5 s on the 10,000-person demo) and ``python -c pass`` as many times, and prints
both medians and their ratio: the command's cost in interpreter starts, which does not depend
on how fast this computer is. The first run warms the page cache and is not counted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(argv: list[str], runs: int) -> float:
    """The median wall time of ``runs`` runs of ``argv`` (after one uncounted warm-up run)."""
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        if i:
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/agdam.sqlite")
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    if not Path(args.db).is_file():
        sys.exit(f"no database at {args.db}: build the demo first (see the docstring)")
    python = sys.executable
    fieldbook = str(Path(python).parent / "fieldbook")  # the installed command, as people run it
    command = [fieldbook, "report", "portfolio", "--db", args.db, "--json"]
    base = median_seconds([python, "-c", "pass"], args.runs)
    took = median_seconds(command, args.runs)
    print(f"python -c pass:                      median {base * 1000:7.1f} ms")
    print(f"fieldbook report portfolio --json:   median {took * 1000:7.1f} ms "
          f"({took / base:.1f}× python -c pass; target < 500 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
