"""What a read-only command costs as a command (#12). Prints numbers; asserts nothing.

    .venv/bin/fieldbook demo --db /tmp/agdam.sqlite --district Ağdam --beneficiaries 10000 --seed 7
    .venv/bin/python bench/bench_cli.py [--db /tmp/agdam.sqlite] [--runs 10]

Runs ``fieldbook report portfolio --db X --json`` as a new process ``--runs`` times (target: a
median under 0.5 s on the 10,000-person demo) and ``python -c pass`` as many times, and prints
both medians (wall and CPU time) and their ratio: the command's cost in interpreter starts,
which depends less on how fast this computer is. The first run warms the page cache and is not
counted. Before #12's plain-connection road: 822 ms (24.7×); after: 485–535 ms (15–23×); with
the covering indexes and the bulk replay of the decoded rows: 286 ms (15.3×), on a 2-core
machine shared with other work.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def medians(argv: list[str], runs: int) -> tuple[float, float]:
    """(wall, CPU) medians in seconds of ``runs`` runs of ``argv``, after one uncounted warm-up.

    CPU is the child's user + system time: on a shared machine it moves less than the wall.
    """
    wall, cpu = [], []
    for i in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        took = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i:
            wall.append(took)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(wall), statistics.median(cpu)


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
    load = os.getloadavg()[0]
    base, base_cpu = medians([python, "-c", "pass"], args.runs)
    took, took_cpu = medians(command, args.runs)
    print(f"{os.cpu_count()} CPUs, load average {load:.2f} (other work slows the wall time)")
    print(f"python -c pass:                     median {base * 1000:6.1f} ms wall, "
          f"{base_cpu * 1000:6.1f} ms CPU")  # fmt: skip
    print(f"fieldbook report portfolio --json:  median {took * 1000:6.1f} ms wall, "
          f"{took_cpu * 1000:6.1f} ms CPU ({took / base:.1f}× python -c pass)")  # fmt: skip
    print("target: under 500 ms wall on the 10,000-person demo")


if __name__ == "__main__":
    main()
