"""The demo office: realistic, deterministic for a seed, about 5 % of loans > 30 days late."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.demo.build import build_demo
from app.queries.plans import STATUS_SQL
from app.services.reports import loan_states
from app.store import open_database

TODAY = date(2026, 11, 20)


def make(path: Path, **kw) -> dict:
    db = open_database(path)
    try:
        return build_demo(db, today=TODAY, **kw)
    finally:
        db.close()


def content(path: Path) -> list[tuple]:
    """What a person sees, without the fresh UUIDs."""
    with sqlite3.connect(path) as c:
        people = c.execute(
            "SELECT code, surname, given_name, patronymic, birth_date, village, category "
            "FROM beneficiary ORDER BY code"
        ).fetchall()
        loans = c.execute(
            "SELECT number, principal_qepik, term, status, disbursed_on FROM loan ORDER BY number"
        ).fetchall()
        money = c.execute(
            "SELECT kind, count(*), sum(amount_qepik) FROM ledgerentry GROUP BY kind ORDER BY kind"
        ).fetchall()
    return [people, loans, money]


def test_same_seed_same_programme_other_seed_another(tmp_path):
    make(tmp_path / "a.sqlite", beneficiaries=150, seed=3)
    make(tmp_path / "b.sqlite", beneficiaries=150, seed=3)
    make(tmp_path / "c.sqlite", beneficiaries=150, seed=4)
    a, b, c = (content(tmp_path / f"{x}.sqlite") for x in "abc")
    assert a == b
    assert a[0] != c[0]


def test_a_realistic_office(tmp_path):
    path = tmp_path / "x.sqlite"
    summary = make(path, beneficiaries=800, seed=1)
    assert summary["beneficiaries"] == 800
    assert 300 <= summary["loans"] <= 500  # about half the people borrow
    assert summary["ledger_entries"] > 10 * summary["loans"]
    with sqlite3.connect(path) as c:
        surnames = {r[0] for r in c.execute("SELECT surname FROM beneficiary")}
        villages = {r[0] for r in c.execute("SELECT village FROM beneficiary")}
        partial = c.execute("SELECT count(*) FROM attendancemark WHERE present = 0").fetchone()[0]
        kinds = {r[0] for r in c.execute("SELECT DISTINCT kind FROM ledgerentry")}
        plans = dict(c.execute(f"SELECT {STATUS_SQL}, count(*) FROM businessplan p GROUP BY 1"))
        grants = c.execute("SELECT count(*), min(total_qepik) FROM inkindgrant").fetchone()
        receipts = c.execute(
            "SELECT count(*), count(receipt_no), count(DISTINCT receipt_no) FROM ledgerentry "
            "WHERE kind = 'repayment'"
        ).fetchone()
    assert receipts[0] > 0 and receipts[0] == receipts[1] == receipts[2]  # every one numbered
    assert any(s.endswith(("ova", "yeva")) for s in surnames)
    assert any(ch in "".join(surnames) for ch in "ƏəŞşÇçĞğÖöÜüİı")
    assert "Nabran" in villages or len(villages) >= 10
    assert partial > 0  # attendance is partial, as in life
    assert {"disbursement", "repayment"} <= kinds
    assert plans.get("approved", 0) > 0 and plans.get("rejected", 0) > 0
    assert grants[0] > 0 and grants[1] > 0

    db = open_database(path)
    states = loan_states(db, TODAY)
    db.close()
    late = sum(1 for s in states.values() if s.status == "active" and s.days_in_arrears > 30)
    assert 0.02 <= late / len(states) <= 0.09  # "about 5 % more than 30 days late"
    assert any(s.status == "closed" for s in states.values())


@pytest.mark.parametrize(("name", "code"), [("Ağdam", "AGD"), ("terter", "TER"), ("Füzuli", "FUZ")])
def test_other_districts(tmp_path, name, code):
    path = tmp_path / "d.sqlite"
    summary = make(path, district=name, beneficiaries=30, seed=1)
    with sqlite3.connect(path) as c:
        first = c.execute("SELECT code FROM beneficiary ORDER BY code").fetchone()[0]
    assert first == f"{code}-1-B00001"
    assert summary["district"] in ("Ağdam", "Tərtər", "Füzuli")


def test_unknown_district_is_one_line_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "z.sqlite"
    rc = main(["demo", "--db", str(path), "--district", "Atlantis", "--beneficiaries", "5"])
    err = capsys.readouterr().err
    assert rc != 0
    assert len(err.strip().splitlines()) == 1
    assert "Atlantis" in err
    if path.exists():
        with sqlite3.connect(path) as c:
            assert c.execute("SELECT count(*) FROM beneficiary").fetchone()[0] == 0
