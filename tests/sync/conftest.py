"""Sync fixtures: a real uvicorn server on 127.0.0.1, real SQLite files, enrolled devices.

The server runs in a thread of the test process (fast to start) or, where a test kills or
restarts it, in a subprocess (``ServerProcess``). Tokens go to a per-test folder
(``FIELDBOOK_SECRETS_DIR``), never to the user's keyring.
"""

from __future__ import annotations

import contextlib
import os
import random
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
import uvicorn

from app.districts import DISTRICTS
from app.services import office
from app.services.context import Actor
from app.store import Database, open_database
from app.sync.enroll import enroll
from app.sync.server import auth
from app.sync.server import db as t
from app.sync.server.app import create_app
from tests.builders import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
# The machine's PostgreSQL for the server's tests (``.ci/run`` sets it where one runs).
PG = os.environ.get("FIELDBOOK_TEST_PG")
FIELDBOOK = [sys.executable, "-m", "app.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {port}")


class ServerThread:
    """uvicorn serving the app in a thread of this process."""

    def __init__(self, db_url: str, port: int | None = None) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.engine = t.make_engine(db_url)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, **uvicorn_options: object) -> ServerThread:
        config = uvicorn.Config(
            create_app(self.db_url),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="off",
            **uvicorn_options,  # type: ignore[arg-type]
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(10)
            self._server = None

    def code(self, district: str, code: str | None = None) -> str:
        return auth.new_code(self.engine, district=district, code=code)


class ServerProcess(ServerThread):
    """``fieldbook server`` in a subprocess, which a test may kill and start again."""

    def __init__(self, db_url: str, port: int | None = None, workers: int = 1) -> None:
        super().__init__(db_url, port)
        self.workers = workers
        self.proc: subprocess.Popen | None = None
        # A file, never a pipe: a pipe nobody reads would stall the server once full.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed with the process object)

    def start(self) -> ServerProcess:
        self.proc = subprocess.Popen(
            [
                *FIELDBOOK,
                "server",
                "--db",
                self.db_url,
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        wait_for(self.port)
        return self

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


@contextlib.contextmanager
def pg_database() -> Iterator[str]:
    """The URL of a PostgreSQL database of its own, dropped afterwards (needs ``PG``)."""
    assert PG is not None
    name = f"fb_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield PG.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL database of its own for this test, dropped afterwards."""
    with pg_database() as url:
        yield url


@pytest.fixture(autouse=True)
def _token_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDBOOK_SECRETS_DIR", str(tmp_path / "tokens"))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    """One SQLite server per test module; each test uses districts of its own."""
    path = tmp_path_factory.mktemp("server") / "server.sqlite"
    srv = ServerThread(str(path)).start()
    yield srv
    srv.stop()
    srv.engine.dispose()


# Codes handed out in this process, and the real districts' codes tests name themselves: a
# fresh district never takes one (a server's district codes are unique; 26³ codes drawn at
# random over a whole run met each other now and then).
_CODES_TAKEN: set[str] = {d.code for d in DISTRICTS.values()} | {"QQQ", "QQR"}


def a_district_name() -> tuple[str, str]:
    """A fresh district (name, three-letter code) so tests sharing a server never meet."""
    rng = random.Random(os.urandom(16))  # not the global one, which hypothesis seeds
    code = "".join(rng.choices(string.ascii_uppercase, k=3))
    while code in _CODES_TAKEN:
        code = "".join(rng.choices(string.ascii_uppercase, k=3))
    _CODES_TAKEN.add(code)
    return f"Rayon {code} {rng.randrange(10**9)}", code


@dataclass
class Device:
    db: Database
    path: Path
    name: str

    def actor(self, login: str = "admin") -> Actor:
        return office.actor_for(self.db, login)


def a_device(
    server: ServerThread, folder: Path, district: tuple[str, str], name: str, url: str | None = None
) -> Device:
    """A new database enrolled into ``district`` (its first device creates the administrator)."""
    path = folder / f"{name}.sqlite"
    db = open_database(path)
    enroll(db, server_url=url or server.url, code=server.code(*district))
    return Device(db, path, name)


def first_admin(device: Device) -> Actor:
    return office.create_officer(
        device.db,
        actor=None,
        login="admin",
        full_name="Rəşad Məmmədov",
        role="administrator",
        password=PASSWORD,
    )


def env_for_subprocess(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "FIELDBOOK_SECRETS_DIR": str(tmp_path / "tokens")}
