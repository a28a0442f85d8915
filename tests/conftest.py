"""Shared fixtures: a real office database in ``tmp_path`` and its officers. No Qt here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.context import Actor
from app.store import Database
from tests.builders import an_office, an_officer


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[tuple[Database, Actor]]:
    """The Xaçmaz office on device 3: its database and administrator."""
    db, admin = an_office(tmp_path, district="Xaçmaz")
    yield db, admin
    db.close()


@pytest.fixture
def db(office_db: tuple[Database, Actor]) -> Database:
    return office_db[0]


@pytest.fixture
def admin(office_db: tuple[Database, Actor]) -> Actor:
    return office_db[1]


@pytest.fixture
def officer(db: Database, admin: Actor) -> Actor:
    """A loan officer."""
    return an_officer(db, admin, "loan_officer")


@pytest.fixture
def trainer(db: Database, admin: Actor) -> Actor:
    return an_officer(db, admin, "trainer")


@pytest.fixture
def supervisor(db: Database, admin: Actor) -> Actor:
    return an_officer(db, admin, "supervisor")
