"""The local store: one way to open a Fieldbook SQLite file (DESIGN §1, §6).

* ``connect`` is the single connection factory. Every connection — the ORM's, Alembic's, the
  backup's — comes from it, so encrypting the file (SQLCipher, #7) is one change here.
* Every connection runs in WAL mode with foreign keys on, a busy timeout and ``synchronous=FULL``
  (field laptops lose power: a committed repayment must survive a power cut).
* Transactions begin explicitly: read sessions use ``BEGIN``, write transactions ``BEGIN
  IMMEDIATE`` so two writers queue on the busy timeout instead of failing a lock upgrade.
* ``open_database`` applies the Alembic migrations on start, so a laptop holding unsynced changes
  upgrades in place.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from app.text import sort_key

if TYPE_CHECKING:
    from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    """The embedded default: ``fieldbook.sqlite`` in the user's data folder (platformdirs)."""
    return Path(platformdirs.user_data_dir("Fieldbook", "Fieldbook")) / "fieldbook.sqlite"


@functools.lru_cache(maxsize=131_072)
def az_sort_key(text: str) -> tuple[str, str]:
    """``text.sort_key`` plus the text itself as a tie-break, so the order is total."""
    return sort_key(text), text


def _az_collate(a: str, b: str) -> int:
    # #7: SQLite calls this ~N log N times for ORDER BY; the cache makes each call two lookups.
    ka, kb = az_sort_key(a), az_sort_key(b)
    return (ka > kb) - (ka < kb)


def driver(key: bytes | None = None):
    """The DB-API module for a file: ``sqlite3``, or the SQLCipher binding with a ``key`` (#7)."""
    if key is None:
        return sqlite3
    from sqlcipher3 import dbapi2  # only encrypted databases need it (and its 8 MB library)

    return dbapi2


def _apply_key(conn, key: bytes) -> None:
    """Key a SQLCipher connection before anything else touches the file, and prove the key."""
    if len(key) != 32:
        raise ValueError("a database key is 32 bytes")
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error, not a stderr line
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # a raw key: no passphrase KDF on each open
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver(key).DatabaseError:
        conn.close()
        from app.errors import PermissionDenied

        raise PermissionDenied("this key does not open the database", field="password") from None


def connect(
    path: str | os.PathLike[str], *, read_only: bool = False, key: bytes | None = None
) -> sqlite3.Connection:
    """Open one SQLite connection with Fieldbook's settings. The only place that does.

    Every connection gets the ``AZ`` collation (Azerbaijani alphabetical order, #7):
    ``ORDER BY surname COLLATE AZ``. ``read_only`` opens the file as it is (no WAL switch, no
    writes): for checking a backup before restoring it. With ``key`` (32 bytes, see
    ``app.crypto``) the file is an SQLCipher database: keyed before anything else, and a wrong
    key raises ``PermissionDenied`` without reading a row.
    """
    target = os.fspath(path)
    if read_only:
        target = f"{Path(target).resolve().as_uri()}?mode=ro"
    conn = driver(key).connect(
        target,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
        isolation_level=None,
        uri=read_only,
    )
    if key is not None:
        _apply_key(conn, key)
    conn.create_collation("AZ", _az_collate)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    else:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _make_engine(path: Path, key: bytes | None = None) -> Engine:
    # ``module``: SQLAlchemy maps the binding's own exceptions (IntegrityError…) as for sqlite3.
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, key=key),
        module=driver(key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # pysqlite would begin lazily; we want an explicit BEGIN
        immediate = conn.get_execution_options().get("fieldbook_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """An open Fieldbook database file: the engine plus session and transaction helpers."""

    def __init__(self, path: Path, engine: Engine, key: bytes | None = None) -> None:
        self.path = path
        self.engine = engine
        self.key = key  # the SQLCipher key of an encrypted file (#7), else None
        self._write_engine = engine.execution_options(fieldbook_write=True)
        # Facts that never change once set (this database's office and device), kept for the
        # life of the object so hot paths such as a repayment do not re-read them.
        self.cache: dict[str, object] = {}

    def session(self) -> Session:
        """A read session. Objects stay usable after it closes (``expire_on_commit=False``)."""
        from sqlmodel import Session  # not at import: read-only reports start 0.2 s faster

        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back everything on any exception."""
        from sqlmodel import Session

        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """Copy the live database to ``dest`` with SQLite's online backup API.

        Safe while the app is writing. Written to a temporary file beside ``dest`` and renamed,
        so an interrupted backup never leaves a half file under the chosen name. The copy of an
        encrypted database is encrypted with the same key.
        """
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".backup-", suffix=".sqlite", dir=dest.parent)
        os.close(fd)
        src = connect(self.path, key=self.key)
        try:
            dst = driver(self.key).connect(tmp)
            try:
                if self.key is not None:
                    _apply_key(dst, self.key)
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                dst.close()
            with open(tmp, "rb+") as f:  # on the disk (or USB stick) before it takes the name
                os.fsync(f.fileno())
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        finally:
            src.close()
        return dest

    def close(self) -> None:
        self.engine.dispose()


def alembic_config():
    """Alembic's configuration pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest migration, read from the file names (``0002_sync_outbox.py`` → ``0002``).

    Revisions are numbered in sequence, so this is cheap and needs no Alembic import.
    """
    names = (p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))
    return max(names)


def _stored_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        has = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if not has:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def migrate(db: Database, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` in one transaction (a no-op when already there)."""
    if revision == "head" and _stored_revision(db) == head_revision():
        return  # the common case on every start: skip loading Alembic (~0.3 s)
    from alembic import command

    cfg = alembic_config()
    with db.engine.connect() as conn:
        # Batch mode rebuilds a table by copy-and-drop; with foreign keys on, dropping a table
        # that other rows point at fails (or would cascade). SQLite ignores this pragma inside a
        # transaction, so it is switched on the raw connection before BEGIN, and the whole
        # upgrade is checked with foreign_key_check before it commits.
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    table, rowid, parent, _ = broken[0]
                    raise RuntimeError(
                        f"migration to {revision} left {len(broken)} foreign key violation(s), "
                        f"e.g. {table} row {rowid} -> {parent}; nothing was changed"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def current_revision(db: Database) -> str | None:
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_database(
    path: str | os.PathLike[str] | None = None, *, upgrade: bool = True, key: bytes | None = None
) -> Database:
    """Open (creating if needed) the database at ``path`` (default: the user data folder).

    Args:
        path: the SQLite file.
        upgrade: apply pending migrations (always, except in tests of the migrations).
        key: the 32-byte key of an encrypted database (``app.crypto.unlock``), else ``None``.
            A wrong key raises ``PermissionDenied`` and opens nothing.
    """
    p = Path(path) if path is not None else default_db_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    if key is not None:
        connect(p, key=key).close()  # a wrong key fails here, before an engine exists
    db = Database(p, _make_engine(p, key), key)
    if upgrade:
        migrate(db)
    return db
