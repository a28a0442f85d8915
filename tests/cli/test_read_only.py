"""#12: a command that only reads opens a plain connection and never loads the ORM.

``fieldbook report portfolio`` reads through ``app.queries`` on the connection the store's
``open_reader`` makes, after ``open_database``'s own checks; its JSON is the one the engine road
printed, figure for figure (bench/bench_cli.py times it on the 10,000-person demo).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import app.cli
from app.cli import main
from app.demo.build import build_demo
from app.store import open_database

ROOT = Path(__file__).resolve().parents[2]
ORM = ("sqlalchemy", "sqlmodel", "alembic")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "office.sqlite"
    db = open_database(path)
    build_demo(db, district="Xaçmaz", beneficiaries=120, seed=5)
    db.close()
    return path


def test_the_portfolio_command_imports_no_sqlalchemy(demo):
    """In a fresh interpreter, as the installed command runs: the ORM is never imported."""
    script = (
        "import sys, app.cli\n"
        f"rc = app.cli.main(['report', 'portfolio', '--db', {str(demo)!r}, '--json'])\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {ORM!r})\n"
        "print(rc, loaded, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, check=True)  # fmt: skip
    assert done.stderr.strip() == "0 []"
    assert json.loads(done.stdout)["active_loans"] > 0


@pytest.mark.parametrize("as_of", [None, "2025-06-30", "2026-01-31", "2030-12-31"])
def test_the_json_is_the_engine_roads_to_the_byte(capsys, demo, monkeypatch, as_of):
    """The same command through an ``open_database`` engine (the road before #12) prints the
    same bytes as through the plain connection."""
    args = ["report", "portfolio", "--db", str(demo), "--json"]
    args += [] if as_of is None else ["--as-of", as_of]
    assert main(args) == 0
    plain = capsys.readouterr().out
    monkeypatch.setattr(app.cli, "_read_db", lambda path, login=None: open_database(path))
    assert main(args) == 0
    engine = capsys.readouterr().out
    assert plain == engine
    assert json.loads(plain)["active_loans"] > 0


def test_the_text_output_reads_the_same_figures(capsys, demo):
    assert main(["report", "portfolio", "--db", str(demo), "--as-of", "2026-01-31"]) == 0
    text = capsys.readouterr().out
    assert main(["report", "portfolio", "--db", str(demo), "--as-of", "2026-01-31", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert f"active loans           {figures['active_loans']}\n" in text
    assert f"outstanding principal  {figures['outstanding_principal']} AZN\n" in text
