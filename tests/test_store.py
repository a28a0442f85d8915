"""app.store: the one connection factory, its pragmas, migrations that keep data, and backups."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

import app.models  # noqa: F401  (registers every table on the metadata)
from app import store
from app.services import beneficiaries
from app.store import current_revision, migrate, open_database
from tests.builders import a_beneficiary, a_disbursed_loan, an_office, row_counts


def test_every_engine_connection_has_the_pragmas(db):
    with db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == store.BUSY_TIMEOUT_MS
        assert pragma("synchronous") == 2  # FULL


def test_write_sessions_have_the_pragmas_too(db):
    with db.transaction() as s:
        assert s.exec(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.exec(text("PRAGMA synchronous")).scalar() == 2


def test_a_foreign_key_violation_is_refused(db):
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO device (id, district_id, short_no, name) "
                "VALUES ('d', 'nowhere', 9, '')"
            )
        )
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM device WHERE id = 'd'")).scalar() == 0


def test_a_failing_transaction_leaves_nothing(db):
    before = row_counts(db)
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.exec(text("INSERT INTO localstate (key, value) VALUES ('probe', 'x')"))
        raise RuntimeError("power cut")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM localstate WHERE key='probe'")).scalar() == 0
    assert row_counts(db) == before


def alembic_head() -> str:
    return ScriptDirectory.from_config(store.alembic_config()).get_current_head()


def test_a_new_database_is_at_head(tmp_path):
    db = open_database(tmp_path / "new.sqlite")
    try:
        assert current_revision(db) == alembic_head()
    finally:
        db.close()


def test_the_quick_head_check_agrees_with_alembic():
    """``open_database`` skips Alembic when the file is at ``head_revision()``: it must be right."""
    assert store.head_revision() == alembic_head()


# -- migrations keep a laptop's data -----------------------------------------------------------
D, DEV, OFF, BEN, PROD, LOAN, INST, ENTRY = (
    f"0190{n:04d}-0000-7000-8000-000000000000" for n in range(8)
)
ROWS = {
    "district": (D, "Xaçmaz", "XAC", "Khachmaz"),
    "device": (DEV, D, 3, "XAC-3", "2026-01-02 09:00:00.000000"),
    "officer": (OFF, D, "h1", DEV, None, 0, None, "gunay", "Günay Həsənova", "loan_officer",
                "scrypt$16384$c2FsdA==$ZGlnZXN0", 1),
    "beneficiary": (BEN, D, "h2", DEV, None, 0, None, "XAC-3-B00001", "Əliyeva", "Aynur",
                    "Rəşid qızı", "F", "1985-03-14", "Qusarçay", "mine_survivor", 1,
                    "sol ayaq", "+994 50 123 45 67", "AZE1234567", 1, "2026-01-05", "open",
                    "eliyeva aynur | aliyeva aynur"),
    "loanproduct": (PROD, D, "h3", DEV, None, 0, None, "Kiçik biznes", "declining",
                    "equal-installments", "monthly", 1800, 3, 24, 10000, 1000000, 0, None,
                    "half-up", "penalty,fee,interest,principal", 1),
    "loan": (LOAN, D, "h4", DEV, None, 0, None, "XAC-3-00001", BEN, PROD, OFF, 120000, 1800, 12,
             "declining", "equal-installments", "monthly", 0, None, "half-up",
             "penalty,fee,interest,principal", "Tikiş sexi", "2026-01-15", "active",
             "2026-01-15"),
    "installment": (INST, D, "h5", DEV, None, LOAN, 1, "2026-02-15", 9201, 1800),
    "ledgerentry": (ENTRY, D, "h6", DEV, None, LOAN, "disbursement", "2026-01-15", 120000, None,
                    None, "", OFF, 0, 0, 0, 0, 120000),
}  # fmt: skip


def _columns(conn, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]


def _rows(conn, table: str, columns: list[str] | None = None) -> list[tuple]:
    """The rows, of ``columns`` (those 0001 had: later migrations may add columns)."""
    listed = ", ".join(columns) if columns else "*"
    return [tuple(r) for r in conn.exec_driver_sql(f"SELECT {listed} FROM {table}")]


def test_upgrading_from_0001_keeps_every_row(tmp_path):
    db = open_database(tmp_path / "old-laptop.sqlite", upgrade=False)
    try:
        migrate(db, "0001")
        assert current_revision(db) == "0001"
        with db.engine.begin() as conn:
            assert "outbox" not in inspect(conn).get_table_names()
            for table, values in ROWS.items():
                cols = _columns(conn, table)
                assert len(cols) == len(values), table
                marks = ", ".join("?" for _ in values)
                conn.exec_driver_sql(f"INSERT INTO {table} VALUES ({marks})", values)
            first = {table: list(_columns(conn, table)) for table in ROWS}
            # 0009 makes every search key again (#14: spellings, phone, village, ID document)
            first["beneficiary"].remove("search_key")
            stored = {table: _rows(conn, table, first[table]) for table in ROWS}
        migrate(db)
        assert current_revision(db) == alembic_head()
        with db.engine.connect() as conn:
            assert {table: _rows(conn, table, first[table]) for table in ROWS} == stored
            assert "outbox" in inspect(conn).get_table_names()
            assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0
            name = conn.exec_driver_sql("SELECT surname, given_name FROM beneficiary").one()
            assert tuple(name) == ("Əliyeva", "Aynur")
            key = conn.exec_driver_sql("SELECT search_key FROM beneficiary").scalar()
            assert "aliava" in key  # the sound of Əliyeva: Aliyeva, Алиева find her
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        case = beneficiaries.get_beneficiary(db, BEN)  # the app reads the upgraded file
        assert case.full_name == "Əliyeva Aynur Rəşid qızı"
        assert case.birth_date == date(1985, 3, 14)
    finally:
        db.close()


def test_the_migrations_at_head_match_the_models(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


# -- backup ------------------------------------------------------------------------------------
def test_backup_while_another_connection_is_open_is_one_complete_file(db, admin, tmp_path):
    loan = a_disbursed_loan(db, admin, principal="1200.00", term=12, on=date(2026, 1, 15))
    reader = store.connect(db.path)  # the GUI holding the file open, mid-read
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM loan").fetchone()
    try:
        target = db.backup(tmp_path / "backups" / "xacmaz-2026-01-16.sqlite")
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert target.exists()
    assert not Path(f"{target}-wal").exists()
    assert not Path(f"{target}-shm").exists()
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("SELECT number FROM loan").fetchall() == [(loan.number,)]
        assert copy.execute("SELECT surname FROM beneficiary").fetchall() == [("Əliyeva",)]
        assert copy.execute("SELECT count(*) FROM installment").fetchone()[0] == 12
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    leftovers = [p.name for p in target.parent.iterdir() if p.name.startswith(".backup-")]
    assert leftovers == []


def test_backup_holds_rows_still_only_in_the_wal(db, admin, tmp_path):
    holder = store.connect(db.path)  # keeps the WAL from being checkpointed away on close
    try:
        a_beneficiary(db, admin, surname="İsmayılov", given_name="Tural", sex="M")
        assert Path(f"{db.path}-wal").stat().st_size > 0
        target = db.backup(tmp_path / "copy.sqlite")
    finally:
        holder.close()
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT given_name FROM beneficiary").fetchall() == [("Tural",)]
    finally:
        copy.close()


def test_a_failed_backup_leaves_no_temporary_file(db, tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "keep.txt").write_text("a directory cannot be replaced by the backup")
    with pytest.raises(OSError):
        db.backup(target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".backup-")) == []
    assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]


def test_a_write_transaction_takes_the_write_lock_at_begin(db):
    """BEGIN IMMEDIATE: a second writer queues at its start instead of failing mid-way."""
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.session() as s:  # a read session leaves writers alone
            s.exec(text("SELECT count(*) FROM district")).one()
            other.execute("BEGIN IMMEDIATE")
            other.execute("COMMIT")
        with db.transaction() as s:
            s.exec(text("SELECT count(*) FROM district")).one()  # no write yet
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


# -- a future migration that rebuilds a table other tables point at ---------------------------
REBUILD_BENEFICIARY = """
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    # SQLite cannot alter a column in place: batch mode copies the table and drops the old one.
    with op.batch_alter_table("beneficiary", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(40), nullable=False, server_default=""))
    {extra}
"""


HEAD = store.head_revision()
NEXT = f"{int(HEAD) + 1:04d}"  # the migration after the newest shipped one


def _with_next_migration(monkeypatch, tmp_path: Path, extra: str = "") -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(store.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    body = REBUILD_BENEFICIARY.format(extra=extra or "pass", revision=NEXT, down=HEAD)
    (scripts / "versions" / f"{NEXT}_rebuild_beneficiary.py").write_text(body)
    monkeypatch.setattr(store, "MIGRATIONS_DIR", scripts)


def _a_laptop_with_case_notes(tmp_path: Path):
    db, admin = an_office(tmp_path)
    ben_id = a_beneficiary(db, admin)
    beneficiaries.add_case_note(
        db, actor=admin, beneficiary_id=ben_id, text="Evdə ziyarət", written_on=date(2026, 2, 3)
    )
    with db.engine.connect() as conn:
        stored = {t: _rows(conn, t) for t in ("beneficiary", "casenote", "outbox")}
    db.close()
    return ben_id, stored


def test_a_migration_that_rebuilds_a_referenced_table_keeps_the_data(tmp_path, monkeypatch):
    ben_id, stored = _a_laptop_with_case_notes(tmp_path)
    _with_next_migration(monkeypatch, tmp_path)
    db = open_database(tmp_path / "fieldbook.sqlite")
    try:
        assert current_revision(db) == NEXT
        with db.engine.connect() as conn:
            assert _rows(conn, "casenote") == stored["casenote"]
            assert _rows(conn, "outbox") == stored["outbox"]
            assert [r[:-1] for r in _rows(conn, "beneficiary")] == stored["beneficiary"]
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with pytest.raises(IntegrityError), db.engine.begin() as conn:  # still enforced after
            conn.exec_driver_sql(
                "UPDATE casenote SET beneficiary_id = 'nobody' WHERE beneficiary_id = ?", (ben_id,)
            )
    finally:
        db.close()


def test_a_migration_that_would_orphan_rows_is_rolled_back(tmp_path, monkeypatch):
    _, stored = _a_laptop_with_case_notes(tmp_path)
    _with_next_migration(monkeypatch, tmp_path, extra='op.execute("DELETE FROM beneficiary")')
    with pytest.raises(Exception, match=r"(?i)foreign key"):
        open_database(tmp_path / "fieldbook.sqlite")
    db = open_database(tmp_path / "fieldbook.sqlite", upgrade=False)
    try:
        assert current_revision(db) == HEAD
        with db.engine.connect() as conn:
            assert _rows(conn, "beneficiary") == stored["beneficiary"]
            assert _rows(conn, "casenote") == stored["casenote"]
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


# -- #12: a plain connection for a command that only reads -------------------------------------
def test_open_reader_is_a_plain_query_only_connection(tmp_path):
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    conn = store.open_reader(path)
    try:
        assert isinstance(conn, sqlite3.Connection)
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO localstate (key, value) VALUES ('x', 'y')")
    finally:
        conn.close()


@pytest.mark.parametrize(
    "spoil, words",
    [
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: p.write_bytes(b"PK\x03\x04" + bytes(200)), "not a SQLite database"),
        (lambda p: p.write_bytes(p.read_bytes()[:5000]), "cut short"),
        (lambda p: _set_revision(p, "9999"), "newer Fieldbook"),
    ],
)
def test_open_reader_refuses_what_open_database_refuses(tmp_path, spoil, words):
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    spoil(path)
    with pytest.raises(store.UnusableDatabase) as by_engine:
        open_database(path).close()
    with pytest.raises(store.UnusableDatabase) as by_reader:
        store.open_reader(path).close()
    assert words in by_reader.value.message
    assert by_reader.value.message == by_engine.value.message


def test_open_reader_refuses_a_folder_and_a_missing_file(tmp_path):
    with pytest.raises(store.UnusableDatabase, match="a folder"):
        store.open_reader(tmp_path)
    with pytest.raises(store.UnusableDatabase, match="no database at"):
        store.open_reader(tmp_path / "none.sqlite")
    assert not (tmp_path / "none.sqlite").exists()


def test_open_reader_upgrades_an_older_schema_first(tmp_path):
    path = tmp_path / "old-laptop.sqlite"
    db = open_database(path, upgrade=False)
    migrate(db, "0001")
    db.close()
    conn = store.open_reader(path)
    try:
        stored = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert stored == store.head_revision()
    finally:
        conn.close()


def _set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    c.close()
