"""STYLE §1: the core never imports Qt, proved two ways (a fresh interpreter and import-linter);
#12: the import contracts that hold the layers are all configured, kept, and able to fail."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

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


# #12: every import contract in pyproject.toml, by name and type. Deleting or renaming one fails
# here; adding one means adding it here (and to docs/architecture.md).
CONTRACTS = {
    "The core never imports Qt or the GUI": "forbidden",
    "The read layer sits below the services, the reports and the faces": "forbidden",
    "The layers: faces, reports, services, reading, ledger and models, store, shared": "layers",
    "The sync server never imports the desktop client": "forbidden",
    "The sync engine never calls the services (its commands are in app.cli.sync)": "forbidden",
    "The services reach the sync engine only to merge (no network, no enrolment)": "forbidden",
    "No cycles between the modules of a package": "acyclic_siblings",
}
LAYERS = [
    "app.cli",
    "app.ui",
    "app.demo",
    "app.reports",
    "app.services",
    "app.sync",
    "app.queries",
    "app.ledger | app.models | app.crypto",
    "app.store",
    "app.clock : app.districts : app.errors : app.ids : app.money : app.passwords : app.resources"
    " : app.settings : app.text : (app.vocabulary)",
]
SERVER_NEVER_IMPORTS = {"app.ui", "app.cli", "app.services", "app.reports", "app.demo"}


def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def _contract(name: str) -> dict:
    return next(c for c in _contracts() if c["name"] == name)


def test_every_import_contract_is_configured():
    assert {c["name"]: c["type"] for c in _contracts()} == CONTRACTS


def test_the_layers_stand_in_their_order_and_nothing_is_excused():
    layers = _contract(next(n for n, kind in CONTRACTS.items() if kind == "layers"))
    assert layers["layers"] == LAYERS
    server = _contract("The sync server never imports the desktop client")
    assert server["source_modules"] == ["app.sync.server"]
    assert set(server["forbidden_modules"]) >= SERVER_NEVER_IMPORTS
    for contract in _contracts():  # an excused arrow is written here with its '#12: ...' reason
        assert not contract.get("ignore_imports"), contract["name"]


def test_import_linter_keeps_every_contract():
    done = subprocess.run(
        [str(BIN / "lint-imports")], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name in CONTRACTS:
        assert f"{name} KEPT" in done.stdout, name


@pytest.fixture(scope="module")
def check_with():
    """Check the contracts of pyproject.toml against today's import graph plus some arrows."""
    import grimp
    from importlinter import configuration
    from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
    from importlinter.contracts.forbidden import ForbiddenContract
    from importlinter.contracts.layers import LayersContract

    configuration.configure()  # what the lint-imports command sets up first (its clock, ...)
    kinds = {
        "layers": LayersContract,
        "forbidden": ForbiddenContract,
        "acyclic_siblings": AcyclicSiblingsContract,
    }
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    session = {k: v for k, v in config["tool"]["importlinter"].items() if k != "contracts"}
    contracts = [
        kinds[c["type"]](
            name=c["name"],
            session_options=session,
            contract_options={k: v for k, v in c.items() if k not in ("name", "type")},
        )
        for c in _contracts()
    ]
    graph = grimp.build_graph("app", include_external_packages=True, cache_dir=None)

    def check(*arrows: tuple[str, str]) -> set[str]:
        for importer, imported in arrows:
            graph.add_import(importer=importer, imported=imported)
        try:
            return {c.name for c in contracts if not c.check(graph, verbose=False).kept}
        finally:
            for importer, imported in arrows:
                graph.remove_import(importer=importer, imported=imported)

    return check


@pytest.mark.parametrize(
    ("importer", "imported", "broken"),
    [  # the arrows #12 removed come back: each is refused by the contract that names it
        ("app.services._write", "app.sync.client", "The services reach the sync engine only"),
        ("app.sync.server.auth", "app.demo.data", "The sync server never imports the desktop"),
        ("app.crypto", "app.services.office", "The layers"),
        ("app.reports.summary", "app.reports.excel", "No cycles"),
        ("app.store", "app.models", "The layers"),
        ("app.queries", "app.services.office", "The layers"),
        ("app.ledger.replay", "PySide6", "The core never imports Qt"),
    ],
)
def test_the_contracts_would_notice(check_with, importer, imported, broken):
    assert not check_with(), "the contracts hold today"
    assert any(name.startswith(broken) for name in check_with((importer, imported)))
