"""Issue #11: a laptop whose disk fills up during a sync, through the real ``fieldbook sync``.

A real server (in a thread), a colleague's laptop that has pushed a few hundred changes, and this
laptop's database on a small ``tmpfs`` with almost no room left: the sync ends in one line and a
non-zero exit, the file stays sound, and once there is room again the same sync finishes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.sync.client import sync_once
from tests.cli.test_accidents import _mount
from tests.sync.conftest import _token_folder, a_device, a_district_name, server  # noqa: F401
from tests.sync.helpers import a_loan_with_repayments


def _integrity(path: Path) -> str:
    c = sqlite3.connect(path)
    try:
        return c.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        c.close()


def _entries(path: Path) -> int:
    c = sqlite3.connect(path)
    try:
        return c.execute("SELECT count(*) FROM ledgerentry").fetchone()[0]
    finally:
        c.close()


def test_a_full_disk_during_a_sync_is_one_line_and_the_file_stays_sound(
    server,  # noqa: F811
    tmp_path,
    capsys,
):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    district = a_district_name()
    colleague = a_device(server, tmp_path, district, "colleague")
    a_loan_with_repayments(colleague, 300)
    sync_once(colleague.db)
    expected = _entries(colleague.path)
    colleague.db.close()

    here = a_device(server, tmp_path, district, "here")
    here.db.close()
    (tmp_path / "here.sqlite-wal").unlink(missing_ok=True)
    size = (tmp_path / "here.sqlite").stat().st_size
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", f"size={size + 96 * 1024}", "tmpfs", str(disk)):
        pytest.skip("this sandbox does not allow mount")
    try:
        laptop = disk / "here.sqlite"
        shutil.copyfile(tmp_path / "here.sqlite", laptop)
        rc = main(["sync", "--db", str(laptop)])
        out, err = capsys.readouterr()
        assert rc != 0, out
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert "disk is full" in err, err
        assert _integrity(laptop) == "ok"
        assert _entries(laptop) < expected

        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)
        rc = main(["sync", "--db", str(laptop)])
        out, err = capsys.readouterr()
        assert rc == 0, err
        assert _entries(laptop) == expected
        assert _integrity(laptop) == "ok"
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
