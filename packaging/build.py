"""Build the self-contained Fieldbook folder (#7): one command, the same on Linux and Windows.

    Linux:    .venv/bin/python packaging/build.py            (or: make bundle)
    Windows:  .venv\\Scripts\\python packaging\\build.py

Installs PyInstaller if it is missing (the ``bundle`` extra of pyproject.toml), runs
``packaging/fieldbook.spec`` and prints where the folder is and how big it is. The result,
``dist/fieldbook/``, runs on a machine with no Python: copy the folder (or zip it) to the laptop.
PyInstaller does not cross-compile: build the Windows folder on Windows.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "fieldbook.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(dist: Path = DIST) -> Path:
    """The bundle's executable that a person starts (windowed on Windows)."""
    name = "Fieldbook.exe" if sys.platform == "win32" else "fieldbook"
    return dist / "fieldbook" / name


def console_executable(dist: Path = DIST) -> Path:
    """The same program with a console (what scripts and the smoke test run; it can print)."""
    name = "fieldbook-cli.exe" if sys.platform == "win32" else "fieldbook"
    return dist / "fieldbook" / name


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print("installing the bundle extra (PyInstaller)…", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "-e", f"{ROOT}[bundle]"], check=True
        )


def build(*, clean: bool = False) -> Path:
    ensure_pyinstaller()
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK),
    ]  # fmt: skip
    if clean:
        cmd.append("--clean")
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT)
    took = time.perf_counter() - t0
    folder = DIST / "fieldbook"
    size = folder_size(folder)
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    print(f"bundle: {folder} — {size / 1e6:.0f} MB in {files:,} files, built in {took:.0f} s")
    print(f"start it with: {executable()}")
    return folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", action="store_true", help="rebuild from scratch (no cache)")
    args = ap.parse_args()
    build(clean=args.clean)
    return 0


if __name__ == "__main__":
    sys.exit(main())
