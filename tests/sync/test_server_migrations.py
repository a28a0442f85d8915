"""#11 the server's own tables evolve by Alembic migrations (``app/sync/server/migrations``).

A fresh database upgraded to head has exactly the tables of ``db.meta`` (Alembic's own
comparison finds nothing to do), on SQLite and PostgreSQL. A database made by ``create_all``
before migrations existed is recognised, checked and stamped, and keeps its rows. Server
processes starting together on one database all come up: one upgrades, the others wait.

PostgreSQL cases run only where ``FIELDBOOK_TEST_PG`` names a server (``.ci/run`` sets it).
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
import urllib.request

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.sync.server import auth
from app.sync.server import db as t
from tests.sync.conftest import FIELDBOOK, ROOT, free_port, wait_for

PG = os.environ.get("FIELDBOOK_TEST_PG")
needs_pg = pytest.mark.skipif(not PG, reason="FIELDBOOK_TEST_PG is not set")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_pg)])
def url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "server.sqlite")
    return request.getfixturevalue("pg_url")


def schema_diff(engine: sa.Engine) -> list:
    """What Alembic's autogenerate would change to make the database match ``db.meta``."""
    with engine.connect() as conn:
        mc = MigrationContext.configure(
            conn, opts={"include_name": t.include_name, "version_table": t.VERSION_TABLE}
        )
        return compare_metadata(mc, t.meta)


def revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return t.stored_revision(conn)


def server_tables(engine: sa.Engine) -> set[str]:
    return {n for n in sa.inspect(engine).get_table_names() if n.startswith("srv_")}


def old_create_all(url: str) -> sa.Engine:
    """A database as ``make_engine`` made it before migrations: ``meta.create_all``, no version.

    ``meta`` is the schema of ``BASELINE`` until a later revision changes the tables; from then
    on the baseline's schema is made by its migration, and its version table dropped.
    """
    engine = t.make_engine(url, upgrade=False)
    if t.head_revision() == t.BASELINE:
        t.meta.create_all(engine)
    else:  # pragma: no cover - once a second revision exists
        t.migrate(engine, t.BASELINE)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP TABLE {t.VERSION_TABLE}")
    assert revision(engine) is None
    return engine


# -- the revisions themselves --------------------------------------------------------------------


def test_revisions_form_one_numbered_line_ending_at_head():
    """Revision ``N`` revises ``N-1``; the file names' head is Alembic's head."""
    scripts = ScriptDirectory.from_config(t.alembic_config())
    assert scripts.get_heads() == [t.head_revision()]
    chain = list(reversed(list(scripts.walk_revisions())))
    assert chain[0].revision == t.BASELINE and chain[0].down_revision is None
    for before, after in itertools.pairwise(chain):
        assert int(after.revision) == int(before.revision) + 1
        assert after.down_revision == before.revision
    for path in (t.MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"):
        assert scripts.get_revision(path.name.split("_", 1)[0]) is not None


# -- fresh databases ----------------------------------------------------------------------------


def test_a_fresh_database_upgrades_to_head_and_matches_the_metadata(url):
    engine = t.make_engine(url)
    try:
        assert revision(engine) == t.head_revision()
        assert server_tables(engine) == set(t.meta.tables) | {t.VERSION_TABLE}
        assert schema_diff(engine) == []
        t.make_engine(url).dispose()  # a second start changes nothing
        assert revision(engine) == t.head_revision() and schema_diff(engine) == []
    finally:
        engine.dispose()


def test_on_sqlite_the_log_and_records_stay_without_rowid(tmp_path):
    """Autogenerate does not compare WITHOUT ROWID: the migration must keep it (db.py)."""
    engine = t.make_engine(str(tmp_path / "server.sqlite"))
    with engine.connect() as conn:
        sql = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master").all())
    engine.dispose()
    for name, table in t.meta.tables.items():
        without = table.dialect_options["sqlite"]["with_rowid"] is False
        assert ("WITHOUT ROWID" in sql[name]) == without, name
    assert "WITHOUT ROWID" in sql["srv_change"] and "WITHOUT ROWID" in sql["srv_record"]


def test_the_migrated_schema_is_the_one_create_all_makes_on_sqlite(tmp_path):
    """Column by column, index by index, the same SQL as ``meta.create_all``."""
    migrated = t.make_engine(str(tmp_path / "migrated.sqlite"))
    created = old_create_all(str(tmp_path / "created.sqlite"))

    def ddl(engine: sa.Engine) -> dict[str, str]:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE 'srv_%' AND sql IS NOT NULL"
                f" AND name != '{t.VERSION_TABLE}'"
            ).all()
        return {name: " ".join(sql.split()) for name, sql in rows}

    try:
        if t.head_revision() == t.BASELINE:
            assert ddl(migrated) == ddl(created)
    finally:
        migrated.dispose()
        created.dispose()


def test_downgrade_to_nothing_and_up_again(tmp_path):
    engine = t.make_engine(str(tmp_path / "server.sqlite"))
    try:
        with t.write_conn(engine) as conn, conn.begin():
            command.downgrade(t.alembic_config(conn), "base")
        assert server_tables(engine) == {t.VERSION_TABLE}
        t.migrate(engine)
        assert revision(engine) == t.head_revision() and schema_diff(engine) == []
    finally:
        engine.dispose()


def test_tables_that_are_not_the_servers_are_left_alone(tmp_path):
    """A shared database: another application's tables and ``alembic_version`` stay as they are."""
    path = str(tmp_path / "shared.sqlite")
    engine = t.make_engine(path, upgrade=False)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0003')")
        conn.exec_driver_sql("CREATE TABLE other (id INTEGER PRIMARY KEY)")
    t.migrate(engine)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                "0003"
            )
        assert {"other", "alembic_version"} <= set(sa.inspect(engine).get_table_names())
        assert revision(engine) == t.head_revision() and schema_diff(engine) == []
    finally:
        engine.dispose()


# -- databases made before migrations ------------------------------------------------------------


def test_a_database_made_by_create_all_is_stamped_and_keeps_its_data(url):
    engine = old_create_all(url)
    auth.new_code(engine, district="Xaçmaz")
    with engine.connect() as conn:
        before = {
            name: sorted(map(tuple, conn.execute(sa.select(table)).all()))
            for name, table in t.meta.tables.items()
        }
    engine.dispose()
    assert before["srv_district"] and before["srv_code"]

    engine = t.make_engine(url)  # what a server start does
    try:
        assert revision(engine) == t.head_revision()
        assert schema_diff(engine) == []
        with engine.connect() as conn:
            after = {
                name: sorted(map(tuple, conn.execute(sa.select(table)).all()))
                for name, table in t.meta.tables.items()
            }
        assert after == before
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "damage, says",
    [
        ("DROP TABLE srv_batch", "table srv_batch is missing"),
        ("ALTER TABLE srv_device DROP COLUMN pushed", "srv_device has columns [] and lacks"),
        ("ALTER TABLE srv_code ADD COLUMN extra TEXT", "srv_code has columns ['extra']"),
    ],
)
def test_server_tables_that_are_not_the_baseline_are_refused_untouched(tmp_path, damage, says):
    path = str(tmp_path / "server.sqlite")
    engine = old_create_all(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(damage)
    with engine.connect() as conn:
        schema_before = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master").all()
    engine.dispose()
    with pytest.raises(t.SchemaError, match="nothing was changed") as caught:
        t.make_engine(path)
    assert says in str(caught.value) and t.VERSION_TABLE in str(caught.value)
    engine = t.make_engine(path, upgrade=False)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name, sql FROM sqlite_master").all() == schema_before
    engine.dispose()


def test_a_database_from_a_newer_server_is_refused_untouched(tmp_path):
    path = str(tmp_path / "server.sqlite")
    engine = t.make_engine(path)
    newer = f"{int(t.head_revision()) + 1:04d}"
    with engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE {t.VERSION_TABLE} SET version_num = '{newer}'")
    engine.dispose()
    with pytest.raises(t.SchemaError, match=f"at revision {newer}, newer than this server"):
        t.make_engine(path)
    engine = t.make_engine(path, upgrade=False)
    assert revision(engine) == newer
    engine.dispose()


def test_the_command_line_reports_a_foreign_schema_in_one_line(tmp_path):
    path = str(tmp_path / "server.sqlite")
    engine = old_create_all(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE srv_change")
    engine.dispose()
    run = subprocess.run(
        [*FIELDBOOK, "server", "enroll", "--db", path, "--district", "Xaçmaz"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "table srv_change is missing" in lines[0]


# -- several processes starting at once ---------------------------------------------------------

# Imports first, then every process waits for the same instant before opening the database.
STARTER = """
import sys, time
from alembic import command  # noqa: F401  (loaded before the start line)
from app.sync.server import db as t
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
t.make_engine(sys.argv[1]).dispose()
"""


def _start_together(url: str, n: int, *, after: float = 4.0) -> list[subprocess.CompletedProcess]:
    at = time.time() + after
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", STARTER, url, str(at)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


@pytest.mark.parametrize("old", [False, True], ids=["fresh", "create_all"])
def test_processes_starting_together_on_one_database_all_come_up(url, old):
    if old:
        old_create_all(url).dispose()
    results = _start_together(url, 4)
    assert [r.returncode for r in results] == [0] * 4, [r.stderr[-2000:] for r in results]
    engine = t.make_engine(url, upgrade=False)
    try:
        assert revision(engine) == t.head_revision() and schema_diff(engine) == []
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(f"SELECT version_num FROM {t.VERSION_TABLE}").all()
        assert len(rows) == 1
    finally:
        engine.dispose()


@needs_pg
@pytest.mark.slow
def test_two_servers_started_at_once_on_a_new_postgresql_database_both_serve(pg_url):
    ports = [free_port(), free_port()]
    procs = [
        subprocess.Popen(
            [*FIELDBOOK, "server", "--db", pg_url, "--port", str(port)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for port in ports
    ]
    try:
        for port, proc in zip(ports, procs, strict=True):
            try:
                wait_for(port, timeout=60)
            except TimeoutError:  # pragma: no cover - the assertion says why
                proc.kill()
                raise AssertionError(proc.communicate()[1].decode()[-2000:]) from None
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=10) as r:
                assert json.load(r)["database"] == "postgresql"
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(10)
    engine = t.make_engine(pg_url, upgrade=False)
    try:
        assert revision(engine) == t.head_revision() and schema_diff(engine) == []
    finally:
        engine.dispose()
