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
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

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


def make_engine(url: str) -> Engine:
    """An engine with the server's settings; creates the tables if they are missing."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": 30, "isolation_level": None})

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record) -> None:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA busy_timeout = 30000")

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:
            write = conn.get_execution_options().get("fieldbook_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    else:
        engine = sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
    try:
        meta.create_all(engine, checkfirst=True)
    except sa.exc.DBAPIError:  # another worker created them at the same instant
        meta.create_all(engine, checkfirst=True)
    return engine


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
