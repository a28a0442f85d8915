"""STYLE §1: the core never imports Qt, proved two ways (a fresh interpreter and import-linter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

CORE = (
    "app.models, app.ledger, app.services.loans, app.services.reports, app.store, app.clock, "
    "app.money"
)
PROBE = (
    f"import {CORE}; import sys; "
    "assert not any(m.startswith('PySide6') for m in sys.modules), "
    "sorted(m for m in sys.modules if m.startswith('PySide6'))"
)


def test_the_core_imports_no_qt():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_every_service_module_imports_no_qt():
    services = sorted(p.stem for p in (ROOT / "app" / "services").glob("*.py"))
    assert {"loans", "office", "reports"} <= set(services)
    probe = PROBE.replace(CORE, ", ".join(f"app.services.{s}" for s in services))
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_probe_would_notice_qt():
    """The check itself can fail: importing PySide6 makes the same probe exit non-zero."""
    probe = "import PySide6.QtCore; " + PROBE
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "PySide6" in done.stderr


def test_import_linter_contract_holds():
    done = subprocess.run(
        [str(BIN / "lint-imports")], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "The core never imports Qt or the GUI KEPT" in done.stdout
