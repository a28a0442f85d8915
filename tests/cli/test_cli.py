"""The command-line contract (DESIGN §7), on real database files.

Most tests call ``app.cli.main`` in-process (fast, same code path); one runs the installed
``fieldbook`` script to prove the entry point and exit codes work from a shell.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.demo.build import build_demo
from app.store import open_database


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as c:
        return tuple(
            c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("ledgerentry", "outbox", "auditevent")
        )  # type: ignore[return-value]


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "master.sqlite"
    db = open_database(path)
    build_demo(db, district="Xaçmaz", beneficiaries=120, seed=5)
    db.close()
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo office (made with the store's online backup)."""
    db = open_database(demo_master)
    copy = db.backup(tmp_path / "demo.sqlite")
    db.close()
    return copy


def an_active_loan(path: Path) -> str:
    with sqlite3.connect(path) as c:
        return c.execute(
            "SELECT number FROM loan WHERE status = 'active' ORDER BY number"
        ).fetchone()[0]


def test_schedule_json_follows_the_contract(capsys):
    rc, out, err = run(
        capsys, "loan", "schedule", "--principal", "1200", "--rate", "18", "--term", "12",
        "--method", "declining", "--start", "2026-01-15", "--json",
    )  # fmt: skip
    assert rc == 0, err
    data = json.loads(out)
    rows = data["installments"]
    assert [r["n"] for r in rows] == list(range(1, 13))
    assert set(rows[0]) >= {"n", "due", "principal", "interest", "total", "balance"}
    assert rows[0]["due"] == "2026-02-15"
    assert sum(Decimal(r["principal"]) for r in rows) == Decimal("1200.00")
    assert rows[-1]["balance"] == "0.00"
    total = sum(Decimal(r["total"]) for r in rows)
    assert Decimal(data["total_paid"]) == total
    assert Decimal(data["total_interest"]) == total - Decimal("1200.00")
    assert all(len(r["principal"].split(".")[1]) == 2 for r in rows)  # strings with two decimals


def test_schedule_table_for_people(capsys):
    rc, out, _ = run(
        capsys, "loan", "schedule", "--principal", "600", "--rate", "12", "--term", "6",
        "--method", "flat", "--frequency", "weekly", "--start", "2026-03-02",
    )  # fmt: skip
    assert rc == 0
    assert "2026-03-09" in out and "2026-04-13" in out
    assert "Total interest" in out


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["--principal", "-5", "--rate", "18", "--term", "12"], "principal"),
        (["--principal", "100.001", "--rate", "18", "--term", "12"], "principal"),
        (["--principal", "1000", "--rate", "18", "--term", "12", "--grace", "12"], "grace"),
    ],
)
def test_schedule_refuses_bad_terms_in_one_line(capsys, args, word):
    rc, out, err = run(capsys, "loan", "schedule", *args, "--method", "declining")
    assert rc != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert word in err


def test_status_and_portfolio_on_the_demo(capsys, demo):
    rc, out, err = run(capsys, "status", "--db", str(demo), "--json")
    assert rc == 0, err
    status = json.loads(out)
    assert status["district"] == "Xaçmaz"
    assert status["device"] == "XAC-1"
    assert status["beneficiaries"] == 120
    assert status["pending"] > 0  # the demo's rows wait in the outbox to be synced
    assert status["last_sync"] is None

    rc, out, err = run(capsys, "report", "portfolio", "--db", str(demo), "--json")
    assert rc == 0, err
    p = json.loads(out)
    assert set(p) >= {"active_loans", "outstanding_principal", "par1", "par30", "par90",
                      "repayment_rate"}  # fmt: skip
    assert p["active_loans"] > 0
    assert Decimal(p["outstanding_principal"]) > 0
    assert 0 <= p["par90"] <= p["par30"] <= p["par1"] <= 1
    assert 0 < p["repayment_rate"] <= 1


def test_repay_records_and_reduces_the_balance(capsys, demo):
    number = an_active_loan(demo)
    _, before_out, _ = run(capsys, "report", "portfolio", "--db", str(demo), "--json")
    before = Decimal(json.loads(before_out)["outstanding_principal"])
    entries, outbox, audits = counts(demo)
    rc, out, err = run(
        capsys, "repay", "--db", str(demo), "--loan", number, "--amount", "25,50",
        "--officer", "loan1", "--json",
    )  # fmt: skip
    assert rc == 0, err
    result = json.loads(out)
    assert result["loan"] == number
    assert result["amount"] == "25.50"
    assert result["receipt"].startswith("XAC-1-R")
    parts = sum(Decimal(v) for v in result["allocation"].values())
    assert parts == Decimal("25.50")
    assert counts(demo) == (entries + 1, outbox + 2, audits + 1)  # entry + audit go to outbox
    _, after_out, _ = run(capsys, "report", "portfolio", "--db", str(demo), "--json")
    after = Decimal(json.loads(after_out)["outstanding_principal"])
    assert after == before - Decimal(result["allocation"]["principal"])


@pytest.mark.parametrize(
    ("amount", "extra", "word"),
    [
        ("0", [], "amount"),
        ("-3", [], "amount"),
        ("10.005", [], "two decimals"),
        ("99999999", [], "more than is owed"),
        ("10", ["--date", "2001-01-01"], "before the disbursement"),
        ("10", ["--date", "2999-01-01"], "future"),
    ],
)
def test_repay_errors_leave_the_database_untouched(capsys, demo, amount, extra, word):
    number = an_active_loan(demo)
    before = counts(demo)
    rc, out, err = run(capsys, "repay", "--db", str(demo), "--loan", number, "--amount", amount,
                       *extra)  # fmt: skip
    assert rc != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert word in err
    assert counts(demo) == before


def test_repay_unknown_loan_and_missing_database(capsys, demo, tmp_path):
    rc, _, err = run(capsys, "repay", "--db", str(demo), "--loan", "XAC-9-99999", "--amount", "5")
    assert rc != 0 and "XAC-9-99999" in err
    ghost = tmp_path / "nowhere.sqlite"
    rc, _, err = run(capsys, "repay", "--db", str(ghost), "--loan", "X", "--amount", "5")
    assert rc != 0 and "no database" in err
    assert not ghost.exists()  # a typo in --db never creates an empty database


def test_the_installed_script_exits_non_zero_with_one_line(tmp_path):
    exe = Path(sys.executable).with_name("fieldbook")
    ok = subprocess.run([str(exe), "loan", "schedule", "--principal", "500", "--rate", "0",
                         "--term", "5", "--method", "flat", "--json"],
                        capture_output=True, text=True)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["total_interest"] == "0.00"
    bad = subprocess.run([str(exe), "status", "--db", str(tmp_path / "missing.sqlite")],
                         capture_output=True, text=True)  # fmt: skip
    assert bad.returncode == 1
    assert bad.stdout == ""
    assert len(bad.stderr.strip().splitlines()) == 1
