"""Issue #11: the everyday accidents of a real office, each through the real command line.

Every one ends in exactly one line on stderr and a non-zero exit, never a traceback, and the
database file is left byte for byte as it was. Read-only and full disks are real mounts (a small
``tmpfs``, remounted read-only) where the sandbox allows ``mount``; root ignores file modes, so
``chmod`` alone proves only the app's own check of the permission bits.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.demo.build import build_demo
from app.store import open_database

PASSWORD = "fieldbook-demo"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run a command that must fail; return its one line (without the prefix)."""
    rc, out, err = run(capsys, *args)
    assert rc != 0, out
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("fieldbook: "), err
    assert "Traceback" not in err and "unexpected error" not in err, err
    return err[len("fieldbook: ") : -1]


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def counts(path: Path) -> tuple[int, int]:
    c = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return tuple(
            c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("ledgerentry", "outbox")
        )  # type: ignore[return-value]
    finally:
        c.close()


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "master.sqlite"
    db = open_database(path)
    build_demo(db, district="Xaçmaz", beneficiaries=40, seed=5)
    db.close()
    return path


def copy_of(master: Path, dest: Path) -> Path:
    """A single self-contained file (no -wal/-shm), as a backup would be."""
    db = open_database(master)
    copy = db.backup(dest)
    db.close()
    return copy


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    return copy_of(demo_master, tmp_path / "office.sqlite")


def a_loan(path: Path) -> str:
    c = sqlite3.connect(path)
    try:
        return c.execute(
            "SELECT number FROM loan WHERE status = 'active' ORDER BY number"
        ).fetchone()[0]
    finally:
        c.close()


# -- mounts ------------------------------------------------------------------------------------
def _mount(*args: str) -> bool:
    done = subprocess.run(["mount", *args], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[callable]:
    """``tmpfs(size)`` mounts a small RAM disk under ``tmp_path``; skipped where mount is denied."""
    mounted: list[Path] = []

    def make(size: str, name: str = "disk") -> Path:
        where = tmp_path / name
        where.mkdir()
        if os.geteuid() != 0 or shutil.which("mount") is None:
            pytest.skip("mounting a tmpfs needs root")
        if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
            pytest.skip("this sandbox does not allow mount")
        mounted.append(where)
        return where

    yield make
    for where in reversed(mounted):
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount_read_only(where: Path) -> None:
    if not _mount("-o", "remount,ro", str(where)):
        pytest.skip("this sandbox does not allow remounting read-only")


# -- damaged, empty, foreign files -------------------------------------------------------------
COMMANDS = [
    ("report", "portfolio"),
    ("status",),
    ("repay", "--loan", "XAC-1-00001", "--amount", "10"),
    ("export", "ledger", "--out", "{tmp}/out.xlsx"),
    ("export", "receipt", "--receipt", "XAC-1-R00001", "--out", "{tmp}/out.pdf"),
    ("export", "schedule", "--loan", "XAC-1-00001", "--out", "{tmp}/out.pdf"),
    ("export", "case", "--beneficiary", "XAC-1-B00001", "--out", "{tmp}/out.pdf"),
    ("export", "certificate", "--course", "x", "--beneficiary", "XAC-1-B00001",
     "--out", "{tmp}/out.pdf"),
    ("import", "beneficiaries", "{tmp}/people.xlsx"),
    ("sync", "--server", "http://127.0.0.1:9"),
    ("encrypt", "--login", "admin"),
]  # fmt: skip


def _cmd(parts: tuple[str, ...], db: Path, tmp: Path) -> list[str]:
    (tmp / "people.xlsx").write_bytes(b"PK")  # the import checks its file exists first
    return [p.replace("{tmp}", str(tmp)) for p in parts] + ["--db", str(db)]


def test_every_command_that_opens_a_database_file_takes_login():
    import argparse

    from app.cli import build_parser

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[tuple]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    yield from walk(child, (*path, name))
        yield path, parser

    found = []
    for path, parser in walk(build_parser(), ()):
        if not path or path[0] in ("server", "gui"):
            continue  # the server's --db is a URL; the GUI asks for the password itself
        if "--db" in parser._option_string_actions:
            assert "--login" in parser._option_string_actions, path
            found.append(" ".join(path))
    assert {"demo", "repay", "report portfolio", "status", "export ledger", "export receipt",
            "import beneficiaries", "enroll", "sync", "encrypt"} <= set(found)  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_random_bytes_are_refused_by_every_command(capsys, tmp_path, command):
    bad = tmp_path / "noise.sqlite"
    bad.write_bytes(os.urandom(64 * 1024))
    before = fingerprint(bad)
    line = refused(capsys, *_cmd(command, bad, tmp_path))
    assert "not a SQLite database" in line
    assert fingerprint(bad) == before
    assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_an_empty_file_is_refused_and_stays_empty(capsys, tmp_path, command):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    line = refused(capsys, *_cmd(command, empty, tmp_path))
    assert "empty (0 bytes)" in line
    assert empty.stat().st_size == 0
    assert not Path(f"{empty}-wal").exists()


def test_demo_and_enroll_refuse_an_empty_file_too(capsys, tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert "empty" in refused(capsys, "demo", "--db", str(empty), "--beneficiaries", "5")
    assert "empty" in refused(
        capsys, "enroll", "--db", str(empty), "--server", "http://127.0.0.1:9", "--code", "X"
    )
    assert empty.stat().st_size == 0


def test_a_file_cut_short_is_refused(capsys, demo):
    data = demo.read_bytes()
    demo.write_bytes(data[: len(data) // 2 + 100])  # not even whole pages
    before = fingerprint(demo)
    assert "cut short" in refused(
        capsys, "repay", "--db", str(demo), "--loan", "X", "--amount", "1"
    )
    page = int.from_bytes(data[16:18], "big")
    demo.write_bytes(data[: (len(data) // page // 2) * page])  # whole pages, but half of them
    assert "cut short" in refused(capsys, "report", "portfolio", "--db", str(demo))
    assert fingerprint(demo) != before  # (the second cut) — and it was not touched by Fieldbook
    assert demo.stat().st_size == (len(data) // page // 2) * page


def _page_of(path: Path, table: str) -> tuple[int, int]:
    c = sqlite3.connect(path)
    try:
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[
            0
        ]
        size = c.execute("PRAGMA page_size").fetchone()[0]
    finally:
        c.close()
    return root, size


def _scribble(path: Path, table: str) -> None:
    root, size = _page_of(path, table)
    with open(path, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * 64)  # the b-tree page header: not a page SQLite can read


def test_a_damaged_core_table_is_found_at_open_before_any_write(capsys, demo):
    loan = a_loan(demo)
    _scribble(demo, "officer")
    before = fingerprint(demo)
    line = refused(capsys, "repay", "--db", str(demo), "--loan", loan, "--amount", "10")
    assert "damaged" in line
    assert fingerprint(demo) == before
    assert not Path(f"{demo}-wal").exists() or Path(f"{demo}-wal").stat().st_size == 0


def test_status_runs_the_full_integrity_check(capsys, demo):
    rc, out, err = run(capsys, "status", "--db", str(demo), "--json")
    assert rc == 0, err
    assert json.loads(out)["integrity"] == "ok"
    _scribble(demo, "ledgerentry")  # a big table: not read at open, found by the full check
    before = fingerprint(demo)
    line = refused(capsys, "status", "--db", str(demo))
    assert "damaged" in line and "restore a backup" in line
    assert fingerprint(demo) == before


def test_a_write_into_a_damaged_page_is_one_line(capsys, demo):
    loan = a_loan(demo)
    _scribble(demo, "ledgerentry")
    line = refused(capsys, "repay", "--db", str(demo), "--loan", loan, "--amount", "10")
    assert "damaged" in line


def test_a_damaged_database_is_not_backed_up(demo, tmp_path):
    from app.services.backups import backup_now
    from app.store import UnusableDatabase

    _scribble(demo, "ledgerentry")
    db = open_database(demo)
    try:
        with pytest.raises(UnusableDatabase, match="damaged"):
            backup_now(db, tmp_path / "stick")
    finally:
        db.close()
    assert not (tmp_path / "stick").exists() or not list((tmp_path / "stick").iterdir())


# -- schema versions ---------------------------------------------------------------------------
def _sql(path: Path, statement: str) -> None:
    c = sqlite3.connect(path)
    try:
        c.execute(statement)
        c.commit()
    finally:
        c.close()


def test_a_newer_schema_is_refused_untouched(capsys, demo):
    _sql(demo, "UPDATE alembic_version SET version_num = '0999'")
    before = fingerprint(demo)
    for command in (("report", "portfolio"), ("repay", "--loan", "X", "--amount", "1")):
        line = refused(capsys, *command, "--db", str(demo))
        assert "newer Fieldbook" in line and "0999" in line
    assert fingerprint(demo) == before


def test_a_missing_version_table_is_refused_untouched(capsys, demo):
    _sql(demo, "DROP TABLE alembic_version")
    before = fingerprint(demo)
    line = refused(capsys, "status", "--db", str(demo))
    assert "no schema version" in line
    assert fingerprint(demo) == before
    c = sqlite3.connect(demo)
    try:  # nothing created it behind our back
        assert (
            c.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
            is None
        )
    finally:
        c.close()


def test_a_database_of_another_program_is_refused(capsys, tmp_path):
    other = tmp_path / "other.sqlite"
    _sql(other, "CREATE TABLE notes (x TEXT)")
    before = fingerprint(other)
    assert "no schema version" in refused(capsys, "report", "portfolio", "--db", str(other))
    assert fingerprint(other) == before


# -- read-only files, folders and disks --------------------------------------------------------
def test_a_read_only_file_is_refused_even_for_root(capsys, demo):
    demo.chmod(0o444)
    try:
        before = fingerprint(demo)
        line = refused(capsys, "repay", "--db", str(demo), "--loan", a_loan(demo), "--amount", "5")
        assert "read-only" in line
        assert fingerprint(demo) == before
    finally:
        demo.chmod(0o644)


def test_a_read_only_folder_is_refused_for_writing(capsys, demo):
    loan = a_loan(demo)
    demo.parent.chmod(0o555)
    try:
        before = fingerprint(demo)
        line = refused(capsys, "repay", "--db", str(demo), "--loan", loan, "--amount", "5")
        assert "read-only" in line
        assert fingerprint(demo) == before
    finally:
        demo.parent.chmod(0o755)


def test_reading_commands_open_a_read_only_file_as_it_is(capsys, demo):
    demo.chmod(0o444)
    try:
        before = fingerprint(demo)
        rc, out, err = run(capsys, "status", "--db", str(demo), "--json")
        assert rc == 0, err
        assert json.loads(out)["read_only"] is True
        rc, out, err = run(capsys, "report", "portfolio", "--db", str(demo), "--json")
        assert rc == 0, err
        assert fingerprint(demo) == before
    finally:
        demo.chmod(0o644)


def test_a_read_only_disk_is_refused(capsys, demo_master, tmpfs):
    disk = tmpfs("8m")
    db = copy_of(demo_master, disk / "office.sqlite")
    loan = a_loan(db)
    remount_read_only(disk)
    before = fingerprint(db)
    line = refused(capsys, "repay", "--db", str(db), "--loan", loan, "--amount", "5")
    assert "read-only disk" in line
    assert fingerprint(db) == before
    for command in (("status", "--json"), ("report", "portfolio", "--json")):  # reading works
        rc, out, err = run(capsys, *command, "--db", str(db))
        assert rc == 0, err
        assert json.loads(out)
    assert fingerprint(db) == before


def test_a_wal_database_on_a_read_only_disk_is_read_as_it_is(capsys, demo_master, tmpfs):
    """A WAL file without its ``-shm`` on a read-only disk: SQLite alone could not read it."""
    disk = tmpfs("8m")
    db = copy_of(demo_master, disk / "office.sqlite")
    open_database(db).close()  # back in WAL mode, closed cleanly: no -wal, no -shm
    assert not Path(f"{db}-shm").exists()
    remount_read_only(disk)
    rc, out, err = run(capsys, "report", "portfolio", "--db", str(db), "--json")
    assert rc == 0, err
    assert json.loads(out)["active_loans"] > 0


def test_sqlite_saying_readonly_becomes_one_line(capsys, demo_master, tmpfs, monkeypatch):
    """Past the store's own check (say the disk turned read-only after it): SQLite's error."""
    import app.store

    disk = tmpfs("8m")
    db = copy_of(demo_master, disk / "office.sqlite")
    loan = a_loan(db)
    remount_read_only(disk)
    monkeypatch.setattr(app.store, "read_only_reason", lambda path: None)
    before = fingerprint(db)
    line = refused(capsys, "repay", "--db", str(db), "--loan", loan, "--amount", "5")
    assert "read-only" in line
    assert fingerprint(db) == before


# -- full disks ------------------------------------------------------------------------------
def test_a_full_disk_during_a_write_is_one_line_and_loses_nothing(capsys, demo_master, tmpfs):
    size = copy_of(demo_master, Path(str(demo_master) + ".measure")).stat().st_size
    disk = tmpfs(f"{size + 48 * 1024}")  # the database and hardly anything more
    db = copy_of(demo_master, disk / "office.sqlite")
    before_rows = counts(db)
    line = refused(capsys, "demo", "--db", str(db), "--beneficiaries", "300")
    assert "disk is full" in line
    assert counts(db) == before_rows
    c = sqlite3.connect(db)
    try:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        c.close()


def test_a_full_disk_during_an_export_leaves_no_file(demo, tmpfs):
    """Through the installed script: openpyxl's half-written zip file complains again when it
    is collected, and that must not add lines to stderr."""
    disk = tmpfs("16k")
    (disk / "filler").write_bytes(b"\0" * 8 * 1024)
    out = disk / "ledger.xlsx"
    script = Path(sys.executable).parent / "fieldbook"
    done = subprocess.run(
        [str(script), "export", "ledger", "--db", str(demo), "--out", str(out)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "disk is full" in done.stderr, done.stderr
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]


# -- outputs -----------------------------------------------------------------------------------
def test_an_export_never_overwrites_its_database_or_companions(capsys, demo, tmp_path):
    keys = Path(f"{demo}.keys")
    keys.write_text("{}")
    link = tmp_path / "ledger.xlsx"
    link.symlink_to(demo)
    hard = tmp_path / "hard.xlsx"
    os.link(demo, hard)
    before = fingerprint(demo)
    rel = os.path.relpath(demo)
    for out in (demo, rel, f"{demo}-wal", f"{demo}-shm", keys, link, hard,
                tmp_path / "sub" / ".." / demo.name):  # fmt: skip
        line = refused(capsys, "export", "ledger", "--db", str(demo), "--out", str(out))
        assert "never overwrites" in line, out
    assert fingerprint(demo) == before
    assert keys.read_text() == "{}"


def test_an_export_never_overwrites_a_backup(capsys, demo, tmp_path):
    backup = tmp_path / "fieldbook-XAC-1-20260101-090000.sqlite"
    shutil.copyfile(demo, backup)
    other_db = tmp_path / "another.sqlite"
    shutil.copyfile(demo, other_db)
    for out in (backup, Path(f"{backup}.keys"), other_db):
        line = refused(capsys, "export", "ledger", "--db", str(demo), "--out", str(out))
        assert "never overwrites" in line, out
    assert backup.read_bytes() == demo.read_bytes()


def test_an_export_to_a_folder_or_an_unwritable_place_is_one_line(capsys, demo, tmp_path):
    assert "is a folder" in refused(
        capsys, "export", "ledger", "--db", str(demo), "--out", str(tmp_path)
    )
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        line = refused(
            capsys, "export", "ledger", "--db", str(demo), "--out", str(locked / "l.xlsx")
        )
        assert "read-only" in line
    finally:
        locked.chmod(0o755)
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    line = refused(capsys, "export", "ledger", "--db", str(demo), "--out", str(a_file / "l.xlsx"))
    assert "not a folder" in line


def test_an_export_to_a_read_only_disk_is_one_line(capsys, demo, tmpfs):
    disk = tmpfs("1m")
    remount_read_only(disk)
    line = refused(capsys, "export", "ledger", "--db", str(demo), "--out", str(disk / "l.xlsx"))
    assert "read-only disk" in line


# -- encrypted databases ---------------------------------------------------------------------
@pytest.fixture
def encrypted(demo: Path, capsys, monkeypatch) -> Path:
    monkeypatch.setenv("FIELDBOOK_PASSWORD", PASSWORD)
    rc, out, err = run(capsys, "encrypt", "--db", str(demo), "--login", "admin")
    assert rc == 0, err
    assert "Encrypted" in out
    monkeypatch.delenv("FIELDBOOK_PASSWORD")
    return demo


def test_encrypt_in_place_then_every_command_opens_it_with_login(
    capsys, encrypted, tmp_path, monkeypatch
):
    from app import crypto

    assert crypto.is_encrypted(encrypted)
    assert crypto.keyfile_path(encrypted).is_file()
    monkeypatch.setenv("FIELDBOOK_PASSWORD", PASSWORD)
    rc, out, err = run(capsys, "status", "--db", str(encrypted), "--login", "admin", "--json")
    assert rc == 0, err
    assert json.loads(out)["integrity"] == "ok"
    rc, out, err = run(
        capsys, "report", "portfolio", "--db", str(encrypted), "--login", "admin", "--json"
    )
    assert rc == 0, err
    assert json.loads(out)["active_loans"] > 0
    out_file = tmp_path / "ledger.xlsx"
    rc, out, err = run(capsys, "export", "ledger", "--db", str(encrypted), "--login", "admin",
                       "--out", str(out_file))  # fmt: skip
    assert rc == 0, err
    assert out_file.is_file()
    c = sqlite3.connect(encrypted)  # encrypted: plain SQLite sees no loans
    with pytest.raises(sqlite3.DatabaseError):
        c.execute("SELECT number FROM loan").fetchone()
    c.close()
    loan = _an_active_loan_through(encrypted)
    rc, out, err = run(capsys, "repay", "--db", str(encrypted), "--login", "admin", "--loan", loan,
                       "--amount", "5", "--json")  # fmt: skip
    assert rc == 0, err
    assert json.loads(out)["loan"] == loan


def _an_active_loan_through(path: Path) -> str:
    from app import crypto

    db = open_database(path, key=crypto.unlock(path, "admin", PASSWORD))
    try:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT number FROM loan WHERE status = 'active' ORDER BY number"
            ).scalar()
    finally:
        db.close()


def test_an_encrypted_database_without_login_is_one_line(capsys, encrypted, monkeypatch):
    before = fingerprint(encrypted)
    people = encrypted.parent / "people.xlsx"
    people.write_bytes(b"PK")
    for command in (("status",), ("report", "portfolio"), ("repay", "--loan", "X", "--amount", "1"),
                    ("export", "ledger", "--out", str(encrypted.parent / "l.xlsx")),
                    ("import", "beneficiaries", str(people)),
                    ("demo", "--beneficiaries", "5"),
                    ("enroll", "--server", "http://127.0.0.1:9", "--code", "X"),
                    ("sync", "--server", "http://127.0.0.1:9")):  # fmt: skip
        line = refused(capsys, *command, "--db", str(encrypted))
        assert "encrypted" in line and "--login" in line
    monkeypatch.setenv("FIELDBOOK_PASSWORD", "not the password")
    assert "wrong login or password" in refused(
        capsys, "status", "--db", str(encrypted), "--login", "admin"
    )
    assert fingerprint(encrypted) == before


def test_no_terminal_and_no_password_variable_is_one_line(encrypted, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "FIELDBOOK_PASSWORD"}
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "status", "--db", str(encrypted), "--login", "admin"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env,
        start_new_session=True,  # no controlling terminal: getpass cannot open /dev/tty
    )  # fmt: skip
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1 and "FIELDBOOK_PASSWORD" in done.stderr, done.stderr


def test_encrypting_twice_is_one_line(capsys, encrypted, monkeypatch):
    monkeypatch.setenv("FIELDBOOK_PASSWORD", PASSWORD)
    assert "already encrypted" in refused(
        capsys, "encrypt", "--db", str(encrypted), "--login", "admin"
    )


def test_encrypt_with_a_wrong_password_changes_nothing(capsys, demo, monkeypatch):
    monkeypatch.setenv("FIELDBOOK_PASSWORD", "wrong")
    before = fingerprint(demo)
    assert "wrong login or password" in refused(
        capsys, "encrypt", "--db", str(demo), "--login", "admin"
    )
    assert not Path(f"{demo}.keys").exists()
    assert fingerprint(demo)[0] == before[0]


# -- the backstop ------------------------------------------------------------------------------
def test_an_unexpected_error_is_one_line_with_a_hint(capsys, demo, monkeypatch):
    import app.queries.loans

    def boom(*a, **k):
        raise RuntimeError("something\nwent wrong")

    monkeypatch.setattr(app.queries.loans, "portfolio", boom)  # #12: the command reads it
    line = refused_any(capsys, "report", "portfolio", "--db", str(demo))
    assert "something went wrong" in line and "FIELDBOOK_DEBUG=1" in line
    monkeypatch.setenv("FIELDBOOK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["report", "portfolio", "--db", str(demo)])


def refused_any(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    rc, _, err = run(capsys, *args)
    assert rc != 0 and err.count("\n") == 1 and "Traceback" not in err, err
    return err[len("fieldbook: ") : -1]


def test_the_installed_script_prints_no_traceback_on_noise(tmp_path):
    bad = tmp_path / "noise.sqlite"
    bad.write_bytes(os.urandom(4096))
    script = Path(sys.executable).parent / "fieldbook"
    done = subprocess.run(
        [str(script), "repay", "--db", str(bad), "--loan", "X", "--amount", "1"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
