"""The local store: one way to open a Fieldbook SQLite file (DESIGN §1, §6).

* ``connect`` is the single connection factory. Every connection — the ORM's, Alembic's, the
  backup's — comes from it, so encrypting the file (SQLCipher, #7) is one change here.
* Every connection runs in WAL mode with foreign keys on, a busy timeout and ``synchronous=FULL``
  (field laptops lose power: a committed repayment must survive a power cut).
* Transactions begin explicitly: read sessions use ``BEGIN``, write transactions ``BEGIN
  IMMEDIATE`` so two writers queue on the busy timeout instead of failing a lock upgrade.
* ``open_reader`` (#12) gives a read-only command one plain DB-API connection, after the same
  checks, without SQLAlchemy: ``app.queries`` reads from it as from a ``Database``.
* ``open_database`` applies the Alembic migrations on start, so a laptop holding unsynced changes
  upgrades in place.
* #11: ``open_database`` refuses, before anything is written, a file it must not touch — empty,
  not SQLite, damaged (header, size, core tables), made by a newer Fieldbook, without a schema
  version, read-only — with one sentence (``UnusableDatabase``). The open check costs a few
  milliseconds whatever the size (``bench/bench_open_check.py``); ``integrity_check`` is the full
  one (before a backup, in ``fieldbook status``).
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

from app.text import sort_key

if TYPE_CHECKING:  # #12: SQLAlchemy is imported by the engine, not by opening a plain connection
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"
# Small tables every start reads (schema version, office, device, counters): checked page by page
# at open, which costs milliseconds, where ``PRAGMA quick_check`` of the whole file costs ~0.5 s
# on the 10,000-person demo.
OPEN_CHECK_TABLES = (
    "alembic_version",
    "localstate",
    "numbercounter",
    "district",
    "device",
    "officer",
)


class UnusableDatabase(Exception):
    """A database file that must not be opened (or written): one sentence for a person.

    Raised before anything is written to the file.
    """

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def check_header(path: str | os.PathLike[str]) -> None:
    """Refuse a plain file that cannot be a whole SQLite database: empty, another kind of file,
    an impossible page size, or a size that does not match its header (a file cut short).

    Reads the first 100 bytes only. A file that does not exist passes (it will be created).
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if size == 0:
            raise UnusableDatabase(f"{p} is empty (0 bytes): it is not a Fieldbook database")
        with open(p, "rb") as f:
            head = f.read(100)
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise UnusableDatabase(f"{p} is a folder, not a database file") from None
    if not head.startswith(SQLITE_MAGIC):
        raise UnusableDatabase(f"{p} is not a SQLite database (a damaged or another kind of file)")
    if len(head) < 100:
        raise UnusableDatabase(f"{p} is damaged: it is cut short ({size} bytes)")
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        raise UnusableDatabase(f"{p} is damaged: its header is not valid (page size {page})")
    pages = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96]  # the page count is valid for this change counter
    if size % page or (header_valid and pages * page > size):
        raise UnusableDatabase(
            f"{p} is damaged: it is cut short ({size} bytes where its header says "
            f"{pages * page if header_valid else 'whole pages'})"
        )


def read_only_reason(path: str | os.PathLike[str]) -> str | None:
    """Why the database at ``path`` cannot be written, or ``None``.

    A read-only disk (``ST_RDONLY``), a file or folder this user may not write, and — even for
    root, whom file modes do not stop — a file or folder with no write permission bit at all:
    someone marked it read-only, and SQLite needs the folder for its ``-wal``/``-shm``.
    """
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return f"{p} is on a read-only disk"
    except (OSError, AttributeError):
        pass
    for target, what in ((p, "the database file"), (folder, "its folder")):
        try:
            mode = target.stat().st_mode
        except FileNotFoundError:
            continue
        if not os.access(target, os.W_OK) or not mode & 0o222:
            name = p if target == p else folder
            return f"{name} is read-only ({what} cannot be written)"
    return None


def _folder_read_only(path: Path) -> bool:
    """The folder of ``path`` cannot take a new file (a read-only disk or folder), and no
    ``-wal`` with changes waits beside it (which ``immutable`` would ignore)."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    reason = read_only_reason(path.parent / ".fieldbook-probe")
    return reason is not None


def open_check(conn) -> None:
    """The check at open: the schema parses and the core tables' pages are sound (milliseconds).

    ``conn`` is a DB-API connection (plain or keyed). Raises ``UnusableDatabase``.
    """
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in OPEN_CHECK_TABLES:
            if table in names:
                row = conn.execute(f"PRAGMA quick_check({table})").fetchone()
                if row is None or row[0] != "ok":
                    raise UnusableDatabase(f"is damaged ({row[0] if row else 'no answer'})")
    except UnusableDatabase:
        raise
    except Exception as e:  # sqlite3 or SQLCipher DatabaseError: malformed schema, bad page
        if "locked" in str(e) or "busy" in str(e):
            raise
        raise UnusableDatabase(f"is damaged ({e})") from None


def integrity_problem(conn) -> str | None:
    """The full ``PRAGMA integrity_check`` (every page, index and constraint): the first
    problem it finds, or ``None`` when the file is sound. Seconds on a big file."""
    try:
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
    except Exception as e:  # a page so damaged that the check itself fails
        return str(e)
    problems = [r[0] for r in rows if r[0] != "ok"]
    return "; ".join(problems) if problems else None


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
    path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    key: bytes | None = None,
    immutable: bool = False,
) -> sqlite3.Connection:
    """Open one SQLite connection with Fieldbook's settings. The only place that does.

    Every connection gets the ``AZ`` collation (Azerbaijani alphabetical order, #7):
    ``ORDER BY surname COLLATE AZ``. ``read_only`` opens the file as it is (no WAL switch, no
    writes): for checking a backup before restoring it. With ``key`` (32 bytes, see
    ``app.crypto``) the file is an SQLCipher database: keyed before anything else, and a wrong
    key raises ``PermissionDenied`` without reading a row. ``immutable`` (with ``read_only``):
    the file is on a read-only disk or folder, where SQLite could not make the ``-shm`` a WAL
    file needs to be read (#11).
    """
    target = os.fspath(path)
    if read_only:
        target = f"{Path(target).resolve().as_uri()}?mode=ro"
        if immutable:
            target += "&immutable=1"
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


def _make_engine(path: Path, key: bytes | None = None, read_only: bool = False) -> Engine:
    # #12: SQLAlchemy loads here (~0.27 s), so a command that reads through ``open_reader``
    # never pays for it.
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    # ``module``: SQLAlchemy maps the binding's own exceptions (IntegrityError…) as for sqlite3.
    immutable = read_only and _folder_read_only(path)
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect(path, key=key, read_only=read_only, immutable=immutable),
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
        self.read_only = False  # opened only to read (#11): every connection is mode=ro
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


def known_revisions() -> set[str]:
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")}


def _revision_of(conn) -> tuple[str | None, int]:
    """(stored schema revision, number of other tables) read on a DB-API connection."""
    names = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    stored = None
    if "alembic_version" in names:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        stored = row[0] if row else None
    return stored, len(names - {"alembic_version"})


def check_revision(path: Path, stored: str | None, other_tables: int) -> None:
    """Refuse a schema this build cannot upgrade: newer, unknown, or no version at all."""
    if stored is None:
        if other_tables:
            raise UnusableDatabase(
                f"{path} has no schema version (its alembic_version table is missing or "
                "empty): it is not a Fieldbook database, or it is damaged"
            )
    elif stored not in known_revisions():
        head = head_revision()
        if stored > head:
            raise UnusableDatabase(
                f"{path} was made by a newer Fieldbook (schema {stored}; this one knows up to "
                f"{head}): update Fieldbook on this computer"
            )
        raise UnusableDatabase(
            f"{path} has a schema version this Fieldbook does not know ({stored})"
        )


def migrate(db: Database, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` in one transaction (a no-op when already there)."""
    if revision == "head" and _stored_revision(db) == head_revision():
        return  # the common case on every start: skip loading Alembic (~0.3 s)
    with db.engine.connect() as conn:
        check_revision(db.path, *_revision_of(conn.connection.driver_connection))
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


def check_database(
    path: str | os.PathLike[str],
    key: bytes | None = None,
    *,
    revision: bool = True,
    read_only: bool = False,
) -> str | None:
    """Everything ``open_database`` checks before it writes, without writing: the file is not a
    folder, its header (plain files), that it can be written, the open check and (``revision``)
    that this build can upgrade its schema. A missing file passes. Raises ``UnusableDatabase``;
    with ``key``, a wrong key raises ``PermissionDenied``. ``read_only``: the file will only be
    read (it must exist, and its schema must be this build's newest: nothing can upgrade it).

    Returns the schema revision the file has (``None``: no file, or none stored).
    """
    p = Path(path)
    if p.is_dir():
        raise UnusableDatabase(f"{p} is a folder, not a database file")
    if key is None:
        check_header(p)
    if not read_only:
        reason = read_only_reason(p)
        if reason is not None:
            raise UnusableDatabase(f"{reason}: Fieldbook needs to write to it; nothing was changed")
    elif not p.is_file():
        raise UnusableDatabase(f"no database at {p}")
    if not p.is_file():
        return None
    immutable = read_only and _folder_read_only(p)
    conn = connect(p, read_only=True, key=key, immutable=immutable)  # a wrong key fails here
    try:
        open_check(conn)
        found = _revision_of(conn)
    except UnusableDatabase as e:
        raise UnusableDatabase(f"{p} {e.message}") from None
    finally:
        conn.close()
    if revision or read_only:
        check_revision(p, *found)
    if read_only and found[0] != head_revision():
        raise UnusableDatabase(
            f"{p} needs an upgrade to schema {head_revision()} (it has {found[0]}), but it is "
            "read-only: copy it to a folder Fieldbook can write to"
        )
    return found[0]


def open_database(
    path: str | os.PathLike[str] | None = None,
    *,
    upgrade: bool = True,
    key: bytes | None = None,
    read_only: bool = False,
) -> Database:
    """Open (creating if needed) the database at ``path`` (default: the user data folder).

    Args:
        path: the SQLite file.
        upgrade: apply pending migrations (always, except in tests of the migrations).
        key: the 32-byte key of an encrypted database (``app.crypto.unlock``), else ``None``.
            A wrong key raises ``PermissionDenied`` and opens nothing.

    Raises ``UnusableDatabase`` (one sentence, nothing written) for a file that is empty, not
    SQLite, damaged, read-only, made by a newer Fieldbook or without a schema version.

    ``read_only``: only read the existing file (a report from a read-only disk or folder): every
    connection is ``mode=ro`` with ``query_only``, nothing is migrated, and a write fails.
    """
    p = Path(path) if path is not None else default_db_path()
    if read_only:
        check_database(p, key, read_only=True)
        db = Database(p, _make_engine(p, key, read_only=True), key)
        db.read_only = True
        return db
    check_database(p, key, revision=upgrade)
    p.parent.mkdir(parents=True, exist_ok=True)
    if key is not None and not p.is_file():
        connect(p, key=key).close()
    db = Database(p, _make_engine(p, key), key)
    if upgrade:
        try:
            migrate(db)
        except BaseException:
            db.close()
            raise
    return db


def open_reader(
    path: str | os.PathLike[str],
    *,
    key: bytes | None = None,
    read_only: bool = False,
) -> sqlite3.Connection:
    """One plain DB-API connection for a command that only reads (#12): no engine, no ORM.

    The file goes through the checks ``open_database`` makes before it reads (``check_database``:
    folder, header, writable unless ``read_only``, the open check, the schema version), so a
    refusal is the same one sentence (``UnusableDatabase``). A file whose schema is older than
    this build's is upgraded first by ``open_database`` (the one case that loads SQLAlchemy and
    Alembic). The connection comes from ``connect`` (SQLCipher with ``key``) with
    ``query_only`` on: nothing read through it can write. ``read_only``: the file is on a
    read-only disk or folder (or marked read-only) and is read as it is, as by
    ``open_database(read_only=True)``. The caller closes it.
    """
    p = Path(path)
    if not p.is_file() and not p.is_dir():
        raise UnusableDatabase(f"no database at {p}")
    stored = check_database(p, key, read_only=read_only)
    if stored != head_revision():  # an older schema (not read-only): upgraded as by any command
        open_database(p, key=key).close()
    immutable = read_only and _folder_read_only(p)
    conn = connect(p, key=key, read_only=read_only, immutable=immutable)
    conn.execute("PRAGMA query_only = ON")
    return conn
