"""Smoke-test a built bundle (#7): it starts with no Python, opens a fresh database, shows its
first window and exits cleanly. Also measures the start time and the bundle's size.

    .venv/bin/python packaging/smoke.py [--runs 3] [--dist dist]      (or: make bundle-smoke)

Each run starts ``dist/fieldbook/fieldbook`` (``fieldbook-cli.exe`` on Windows: the windowed
``Fieldbook.exe`` has no stdout to print to) offscreen with an empty HOME / XDG / APPDATA, so the
bundle must create its database from the migrations it carries, and with
``FIELDBOOK_SMOKE_EXIT_MS`` so the app prints ``fieldbook: shown <window>`` once its first window
is up and quits with 0 (on a fresh database that is the office set-up). PATH and PYTHON*
variables are cleared, so a Python on the machine cannot help. Then ``demo`` through the bundle
fills a second database (migrations, services, loan math) and the app, started on it, must show
the login.

Not part of ``make test`` (it needs a built bundle and takes a minute); run it after each build.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import DIST, ROOT, console_executable, executable, folder_size

sys.path.insert(0, str(ROOT))
from app.store import head_revision

SHOWN = re.compile(r"^fieldbook: shown (\S+)$", re.MULTILINE)
TARGET_S = 3.0


def fresh_env(home: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k in ("LANG", "LC_ALL", "SYSTEMROOT", "TEMP")}
    env = {
        **keep,
        "HOME": str(home),
        "USERPROFILE": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("SYSTEMROOT", ""),
        "QT_QPA_PLATFORM": "offscreen",
        "FIELDBOOK_SMOKE_EXIT_MS": "1",
        "FIELDBOOK_SETTINGS": str(home / "settings.json"),
    }
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def start_once(exe: Path, home: Path, *args: str) -> tuple[float, float, str]:
    """Start the GUI on a fresh profile (with ``args``, e.g. ``--db FILE``).

    Returns the seconds until the first window was reported shown, until the process had exited
    (0), and the window's name. Without ``args`` it checks the fresh database it must create.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), *args],
        env=fresh_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first_line = proc.stdout.readline()
    shown_at = time.perf_counter() - t0
    try:
        rest, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise SystemExit(
            "smoke: FAILED: the bundle did not exit after showing its window"
        ) from None
    exited_at = time.perf_counter() - t0
    shown = SHOWN.search(first_line)
    if proc.returncode != 0 or not shown:
        raise SystemExit(
            f"smoke: FAILED (rc {proc.returncode})\nstdout:\n{first_line}{rest}\nstderr:\n{err}"
        )
    if args:
        return shown_at, exited_at, shown[1]
    dbs = list(home.rglob("fieldbook.sqlite"))
    if len(dbs) != 1:
        raise SystemExit(f"smoke: FAILED: expected one fresh database under {home}, got {dbs}")
    conn = sqlite3.connect(dbs[0])
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    if revision != head_revision():
        raise SystemExit(f"smoke: FAILED: fresh database at {revision}, not {head_revision()}")
    return shown_at, exited_at, shown[1]


def carried(folder: Path) -> list[str]:
    """What the bundle must carry, checked file by file against the checkout."""
    inside = folder / "_internal"
    missing = [
        str(p.relative_to(ROOT))
        for p in [*(ROOT / "resources").rglob("*"), *(ROOT / "app" / "migrations").rglob("*.py")]
        if p.is_file()
        and "__pycache__" not in p.parts
        and not (inside / p.relative_to(ROOT)).is_file()
    ]
    for package in ("sqlcipher3", "cryptography"):  # the encrypted store (#7, app.crypto)
        if not (inside / package).is_dir():
            missing.append(f"{package} (the encrypted store)")
    for module, why in (("_rl_accel", "reportlab's C helpers"), ("orjson", "the sync's JSON")):
        if not any(inside.glob(f"{module}*")):
            missing.append(f"{module} ({why})")
    if missing:
        raise SystemExit(f"smoke: FAILED: the bundle lacks {', '.join(missing)}")
    return sorted(p.name for p in (inside / "app" / "migrations" / "versions").glob("[0-9]*.py"))


def cli_demo(cli: Path, home: Path) -> tuple[float, Path]:
    db = home / "demo.sqlite"
    t0 = time.perf_counter()
    done = subprocess.run(
        [str(cli), "demo", "--db", str(db), "--beneficiaries", "50", "--json"],
        env=fresh_env(home), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if done.returncode != 0 or '"beneficiaries": 50' not in done.stdout:
        raise SystemExit(f"smoke: demo FAILED (rc {done.returncode})\n{done.stderr}")
    return time.perf_counter() - t0, db


def cli_receipt(cli: Path, home: Path, db: Path) -> None:
    """A Russian receipt from the demo through the bundled CLI: reportlab, Arimo, the catalog."""
    out = home / "receipt.pdf"
    conn = sqlite3.connect(db)
    try:
        number = conn.execute(
            "SELECT receipt_no FROM ledgerentry WHERE kind = 'repayment' LIMIT 1"
        ).fetchone()[0]
    finally:
        conn.close()
    done = subprocess.run(
        [str(cli), "export", "receipt", "--db", str(db), "--receipt", number, "--out", str(out),
         "--language", "ru"],
        env=fresh_env(home), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if done.returncode != 0 or not out.is_file() or not out.read_bytes().startswith(b"%PDF"):
        raise SystemExit(f"smoke: receipt FAILED (rc {done.returncode})\n{done.stderr}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=DIST)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--expect", help="the first window's name on a fresh database (e.g. setup)")
    args = ap.parse_args()
    exe = console_executable(args.dist)  # on Windows the windowed one could not print
    if not exe.exists() or not executable(args.dist).exists():
        raise SystemExit(f"smoke: no bundle at {exe}: build it first (make bundle)")
    folder = exe.parent
    versions = carried(folder)
    print(f"carries resources/ and migrations {', '.join(v.split('_')[0] for v in versions)}")
    shown_times, exit_times = [], []
    with tempfile.TemporaryDirectory(prefix="fieldbook-smoke-") as tmp:
        for i in range(args.runs):
            shown_at, exited_at, window = start_once(exe, Path(tmp) / f"home{i}")
            if args.expect and window != args.expect:
                raise SystemExit(f"smoke: FAILED: first window {window}, expected {args.expect}")
            shown_times.append(shown_at)
            exit_times.append(exited_at)
            print(
                f"run {i + 1}: fresh database at head, {window} shown at {shown_at:.2f} s, "
                f"exited 0 at {exited_at:.2f} s"
            )
        demo, demo_db = cli_demo(exe, Path(tmp) / "cli")
        cli_receipt(exe, Path(tmp) / "cli", demo_db)
        shown_at, _, login = start_once(exe, Path(tmp) / "cli", "--db", str(demo_db))
        if login != "login":
            raise SystemExit(f"smoke: FAILED: an office's database showed {login}, not the login")
        print(f"an office's database: {login} shown at {shown_at:.2f} s, exited 0")
    size = folder_size(folder)
    print(
        f"bundle: {size / 1e6:.0f} MB; start to first window: first run {shown_times[0]:.2f} s, "
        f"median {statistics.median(shown_times):.2f} s (target < {TARGET_S:.0f} s); "
        f"to clean exit median {statistics.median(exit_times):.2f} s"
    )
    print(f"cli: demo of 50 case files into a fresh database in {demo:.1f} s; a receipt in Russian")
    print("smoke: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
