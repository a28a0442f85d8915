"""The server's tables and engine (#5): SQLite file by default, PostgreSQL for scale.

The server's tables live on their own ``MetaData`` (not the client's SQLModel metadata), so the
client's migrations never see them. They are SQLAlchemy Core tables because the batch apply is
the hot path and works on plain tuples.

* ``srv_district``: one row per district; ``head`` is the last change number handed out,
  ``checksum`` the order-independent sum of its records' hashes, ``hlc`` the server's clock for
  that district. The apply transaction locks this row first (``SELECT ... FOR UPDATE`` on
  PostgreSQL; ``BEGIN IMMEDIATE`` on SQLite), so change numbers of a district are assigned and
  committed in order: a reader can never see number 12 before number 11 is committed.
* ``srv_change``: the accepted change log, numbered per district (``seq``).
* ``srv_record``: the current state of every record, with per-field (hlc, device, seq) for merge.
* ``srv_batch``: every applied batch with its stored answer (idempotency by device and seq).

The tables evolve by Alembic migrations of their own (``migrations/``, version in
``srv_alembic_version``), applied by ``migrate`` on every start under a lock. To change a table:
edit it here, then ``python -m app.sync.server.migrations "what changed"`` writes the next
revision (docs/sync.md).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSION_TABLE = "srv_alembic_version"
# The revision whose schema ``meta.create_all`` made before migrations existed: a database with
# those tables and no version table is stamped with it (``migrate``).
BASELINE = "0001"
# pg_advisory_xact_lock key of a schema upgrade ("FBSRVMIG"): server processes starting together
# on one PostgreSQL database upgrade one after the other.
MIGRATE_LOCK = 0x4642_5352_564D_4947

meta = sa.MetaData()
TS = sa.DateTime(timezone=True)

district = sa.Table(
    "srv_district",
    meta,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("name", sa.String(80), nullable=False, unique=True),
    sa.Column("code", sa.String(3), nullable=False, unique=True),
    sa.Column("head", sa.BigInteger, nullable=False, default=0),
    sa.Column("checksum", sa.BigInteger, nullable=False, default=0),
    sa.Column("hlc", sa.String(64), nullable=False, default=""),
    sa.Column("created_at", TS, nullable=False),
)

device = sa.Table(
    "srv_device",
    meta,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("district_id", sa.String(36), nullable=True, index=True),
    sa.Column("role", sa.String(12), nullable=False),  # device | head_office
    sa.Column("short_no", sa.Integer, nullable=False, default=0),
    sa.Column("name", sa.String(80), nullable=False, default=""),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("enrolled_at", TS, nullable=False),
    sa.Column("revoked_at", TS, nullable=True),
    sa.Column("last_seen", TS, nullable=True),
    sa.Column("pushed", sa.BigInteger, nullable=False, default=0),
)

code = sa.Table(
    "srv_code",
    meta,
    sa.Column("code_hash", sa.String(64), primary_key=True),
    sa.Column("district_id", sa.String(36), nullable=True),
    sa.Column("role", sa.String(12), nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("expires_at", TS, nullable=False),
    sa.Column("used_at", TS, nullable=True),
    sa.Column("used_by", sa.String(36), nullable=True),
)

batch = sa.Table(
    "srv_batch",
    meta,
    sa.Column("device_id", sa.String(36), primary_key=True),
    sa.Column("seq", sa.BigInteger, primary_key=True),
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("received_at", TS, nullable=False),
    sa.Column("response", sa.Text, nullable=False),
)

change = sa.Table(
    "srv_change",
    meta,
    sa.Column("district_id", sa.String(36), primary_key=True),
    sa.Column("seq", sa.BigInteger, primary_key=True),
    sa.Column("table_name", sa.String(40), nullable=False),
    sa.Column("row_id", sa.String(36), nullable=False),
    sa.Column("op", sa.String(8), nullable=False),
    sa.Column("hlc", sa.String(64), nullable=False),
    # A pushing device does not need its own immutable inserts back (they never change).
    sa.Column("skip_device", sa.String(36), nullable=True),
    sa.Column("fields", sa.Text, nullable=False),
    # SQLite: rows kept in (district_id, seq) order in one b-tree, which is what pull scans.
    sqlite_with_rowid=False,
)

record = sa.Table(
    "srv_record",
    meta,
    sa.Column("row_id", sa.String(36), primary_key=True),
    sa.Column("table_name", sa.String(40), nullable=False),
    # No index on district_id: nothing reads records by district, and each push pays for one.
    sa.Column("district_id", sa.String(36), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("meta", sa.Text, nullable=True),  # mutable only: {field: [hlc, device, seq]}
    sa.Column("deleted", sa.Boolean, nullable=False, default=False),
    sa.Column("hlc", sa.String(64), nullable=False),
    sqlite_with_rowid=False,  # one b-tree keyed by row_id: each push looks up and inserts by it
)


def now() -> datetime:
    return datetime.now(UTC)


def normalise_url(url: str) -> str:
    """A bare path means a SQLite file; a ``postgresql://`` URL gets the psycopg 3 driver."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, *, upgrade: bool = True) -> Engine:
    """An engine with the server's settings; brings the tables to the newest revision.

    ``upgrade=False`` only in tests of the migrations themselves.
    """
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 30, "isolation_level": None})

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record) -> None:
            conn.execute("PRAGMA busy_timeout = 30000")
            _wal(conn)
            conn.execute("PRAGMA synchronous = FULL")

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:
            write = conn.get_execution_options().get("fieldbook_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    else:
        engine = sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
    if upgrade:
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
    return engine


def _wal(conn) -> None:
    """Switch a SQLite file to WAL (kept in the file). The switch answers "database is locked"
    at once, without waiting, when another process opens the same new file at that instant
    (several servers starting together): wait and try again, up to the busy timeout."""
    deadline = time.monotonic() + 30
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode.lower() != "wal":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() == "wal" or time.monotonic() > deadline:
                return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
        time.sleep(0.05)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def write_conn(engine: Engine) -> sa.Connection:
    """A connection whose transactions take the write lock at BEGIN on SQLite."""
    return engine.connect().execution_options(fieldbook_write=True)


def snapshot_conn(engine: Engine) -> sa.Connection:
    """A connection whose transaction sees one consistent snapshot (pull pages)."""
    conn = engine.connect()
    if not is_sqlite(engine):
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def lock_district(conn: sa.Connection, district_id: str) -> sa.Row | None:
    """Read the district row under a transaction-scoped lock (released at commit)."""
    q = sa.select(district.c.head, district.c.checksum, district.c.hlc).where(
        district.c.id == district_id
    )
    if conn.dialect.name != "sqlite":
        q = q.with_for_update()
    return conn.execute(q).first()


# --- migrations ----------------------------------------------------------------------------------


class SchemaError(RuntimeError):
    """The database holds server tables that no migration made: nothing was changed."""


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's filter: only the server's own tables (a shared database keeps its others)."""
    if type_ == "table":
        return name in meta.tables
    return True


def head_revision() -> str:
    """The newest revision, read from the file names (``0002_device_note.py`` → ``0002``)."""
    names = (p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))
    return max(names)


def alembic_config(conn: sa.Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def stored_revision(conn: sa.Connection) -> str | None:
    """The revision in ``srv_alembic_version``; ``None`` when there is no version table."""
    if not sa.inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar()


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[sa.Connection]:
    """One transaction that holds the database's upgrade lock until it commits.

    PostgreSQL: a transaction-scoped advisory lock (DDL is transactional, so the upgrade and its
    version commit together). SQLite: ``BEGIN IMMEDIATE``, the write lock, likewise.
    """
    with write_conn(engine) as conn, conn.begin():
        if not is_sqlite(engine):
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATE_LOCK})
        yield conn


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the server's tables to ``revision`` (a no-op when already there).

    Several processes may start at once on one database: each takes the upgrade lock and reads
    the version again under it, so one upgrades and the others find it done. A database whose
    tables ``meta.create_all`` made before migrations existed (no version table) is checked
    against the ``BASELINE`` revision and stamped with it, then upgraded; its rows stay.
    """
    if revision == "head":
        with engine.connect() as conn:
            if stored_revision(conn) == head_revision():
                return  # every start but the first: no Alembic import (~0.3 s)
    from alembic import command

    with _migration_lock(engine) as conn:
        cfg = alembic_config(conn)
        current = stored_revision(conn)
        if current is not None and current > head_revision():
            raise SchemaError(
                f"the server database is at revision {current}, newer than this server's "
                f"{head_revision()}: run the newer version of Fieldbook; nothing was changed"
            )
        if current is None:
            found = set(sa.inspect(conn).get_table_names()) & set(meta.tables)
            if found:
                _check_baseline(conn, found)
                command.stamp(cfg, BASELINE)
        command.upgrade(cfg, revision)


def _baseline_columns() -> dict[str, set[str]]:
    """Every table and its columns at ``BASELINE``, built by the migrations in a scratch SQLite."""
    from alembic import command  # only when needed (see above)

    scratch = sa.create_engine("sqlite://")
    try:
        with scratch.begin() as conn:
            command.upgrade(alembic_config(conn), BASELINE)
            insp = sa.inspect(conn)
            return {
                name: {c["name"] for c in insp.get_columns(name)}
                for name in insp.get_table_names()
                if name in meta.tables
            }
    finally:
        scratch.dispose()


def _check_baseline(conn: sa.Connection, found: set[str]) -> None:
    """Refuse to stamp tables that are not exactly what ``create_all`` made at ``BASELINE``."""
    want = _baseline_columns()
    insp = sa.inspect(conn)
    problems = [f"table {name} is missing" for name in sorted(set(want) - found)]
    problems += [f"table {name} is not in {BASELINE}" for name in sorted(found - set(want))]
    for name in sorted(found & set(want)):
        have = {c["name"] for c in insp.get_columns(name)}
        if have != want[name]:
            extra, missing = sorted(have - want[name]), sorted(want[name] - have)
            problems.append(f"{name} has columns {extra} and lacks {missing}")
    if problems:
        raise SchemaError(
            f"the server database has no {VERSION_TABLE} and its tables are not those of "
            f"revision {BASELINE} ({'; '.join(problems)}); nothing was changed"
        )
