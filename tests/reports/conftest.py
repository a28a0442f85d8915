"""Fixtures for the outputs (#6): a small demo office built once per worker, copied per test."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.demo.build import build_demo
from app.services import office
from app.services.context import Actor
from app.store import Database, open_database

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
