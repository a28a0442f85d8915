"""Fixtures for the outputs (#6): a small demo office built once per worker, copied per test;
Əliyeva's loan in Ağdam for the printed documents, and what reads a PDF back."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.demo.build import build_demo
from app.services import loans, office
from app.services.context import Actor
from app.store import Database, open_database
from tests.builders import a_beneficiary, a_disbursed_loan, an_office, an_officer

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo Xaçmaz office of 120 people (about 60 loans, 1,000 ledger entries)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    try:
        build_demo(db, beneficiaries=120, seed=5, today=TODAY)
    finally:
        db.close()
    with sqlite3.connect(path) as c:  # one self-contained file to copy
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Database, Actor]]:
    """A private copy of the demo office and its administrator."""
    path = tmp_path / "office.sqlite"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    try:
        yield db, office.actor_for(db, "admin")
    finally:
        db.close()


def audit_events(db: Database, action: str) -> list[tuple[str, str]]:
    """(officer id, detail JSON) of each audit event of ``action``, oldest first."""
    with db.engine.connect() as conn:
        return [
            (r[0], r[1])
            for r in conn.exec_driver_sql(
                "SELECT officer_id, detail FROM auditevent WHERE action = ? ORDER BY hlc",
                (action,),
            )
        ]


def leftovers(folder: Path) -> list[str]:
    """Temporary files an interrupted export could have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def agdam(tmp_path):
    """The Ağdam office with Əliyeva's loan, one repayment recorded on it."""
    db, admin = an_office(tmp_path, district="Ağdam")
    officer = an_officer(db, admin, "loan_officer")
    person = a_beneficiary(
        db,
        officer,
        surname="Əliyeva",
        given_name="Aynur",
        patronymic="İlqar qızı",
        village="Qiyaslı",
        id_document="AA1234567",
    )
    loan = a_disbursed_loan(
        db, officer, principal="1200.00", term=12, on=date(2026, 1, 15), beneficiary_id=person
    )
    paid = loans.record_repayment(
        db, actor=officer, loan_id=loan.id, amount="123.45", paid_on=date(2026, 2, 15)
    )
    yield db, admin, officer, person, loan, paid
    db.close()


def session_ids(db: Database, course_id: str) -> list[str]:
    """The ids of a course's sessions, in order."""
    with db.engine.connect() as conn:
        return [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM trainingsession WHERE course_id = ? ORDER BY n", (course_id,)
            )
        ]


def text(pdf: Path) -> str:
    """The text of a PDF as ``pdftotext -layout`` reads it (what a search or a copy gives)."""
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def fonts(pdf: Path) -> list[list[str]]:
    """The rows of ``pdffonts`` (name, type, encoding, emb, sub, uni, object id)."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]
