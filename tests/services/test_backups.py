"""app.services.backups: daily backups, checks before a restore, a restore that gives back
exactly what was saved (records and the unsynced outbox), and the stale-backup warning."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from app import settings as app_settings
from app.errors import Conflict, ValidationError
from app.services import backups, beneficiaries, loans
from app.store import head_revision, open_database
from tests.builders import COUNTED_TABLES, a_beneficiary, a_disbursed_loan, an_office, snapshot

BAKU = timezone(timedelta(hours=4))
JAN_16 = datetime(2026, 1, 16, 9, 30, tzinfo=BAKU)


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table that holds records, in a stable order."""
    with db.engine.connect() as conn:
        return {
            t: sorted(tuple(map(str, r)) for r in conn.exec_driver_sql(f"SELECT * FROM {t}"))
            for t in (*COUNTED_TABLES, "localstate", "district", "device")
        }


def outbox(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM outbox ORDER BY seq")]


# -- taking backups ----------------------------------------------------------------------------
def test_a_backup_is_named_by_office_device_and_time(db, admin, tmp_path):
    a_beneficiary(db, admin)
    info = backups.backup_now(db, tmp_path / "stick", now=JAN_16)
    assert info.path == tmp_path / "stick" / "fieldbook-XAC-3-20260116-093000.sqlite"
    assert (info.district_code, info.device_no) == ("XAC", 3)
    assert info.size_bytes == info.path.stat().st_size > 0
    listed = backups.list_backups(tmp_path / "stick")
    assert [b.path for b in listed] == [info.path]
    assert listed[0].taken_at == datetime(2026, 1, 16, 9, 30)


def test_auto_backup_runs_once_a_day_and_keeps_the_newest(db, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    other_laptop = folder / "fieldbook-XAC-5-20260101-080000.sqlite"
    other_laptop.write_bytes(b"another laptop's backup: never pruned by this one")
    (folder / "notes.txt").write_text("the office's own file")
    made = []
    for day in range(10):
        morning = JAN_16 + timedelta(days=day)
        first = backups.auto_backup(db, folder, keep=3, now=morning)
        assert first is not None
        made.append(first.path)
        assert backups.auto_backup(db, folder, keep=3, now=morning + timedelta(hours=8)) is None
    mine = [b.path for b in backups.list_backups(folder) if b.device_no == 3]
    assert mine == made[:-4:-1]  # the newest three, newest first
    assert other_laptop.exists() and (folder / "notes.txt").exists()
    with pytest.raises(ValidationError):
        backups.auto_backup(db, folder, keep=0, now=JAN_16 + timedelta(days=30))


def test_auto_backup_to_a_missing_stick_raises_and_writes_nothing(db, tmp_path):
    blocker = tmp_path / "E:"
    blocker.write_text("a file where the stick's folder should be")
    with pytest.raises(OSError):
        backups.auto_backup(db, blocker / "backups", now=JAN_16)
    assert blocker.read_text() == "a file where the stick's folder should be"
    assert list(tmp_path.rglob(".backup-*")) == []


# -- checking ----------------------------------------------------------------------------------
def test_check_reports_what_a_backup_holds(db, admin, tmp_path):
    loan = a_disbursed_loan(db, admin)
    loans.record_repayment(
        db, actor=admin, loan_id=loan.id, amount="50.00", paid_on=date(2026, 2, 1)
    )
    info = backups.backup_now(db, tmp_path / "b.sqlite")
    check = backups.check_backup(info.path)
    assert check.ok, check.problem
    assert check.integrity == "ok"
    assert check.revision == head_revision()
    assert (check.district_name, check.district_code, check.device_no) == ("Xaçmaz", "XAC", 3)
    assert check.counts["beneficiaries"] == 1
    assert check.counts["loans"] == 1
    assert check.pending_outbox == len(outbox(db)) > 0


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"PK\x03\x04 an Excel workbook, picked by mistake", "not a Fieldbook backup"),
        (b"", "not a Fieldbook backup"),
    ],
)
def test_check_refuses_a_file_that_is_not_a_database(tmp_path, content, says):
    p = tmp_path / "report.xlsx"
    p.write_bytes(content)
    check = backups.check_backup(p)
    assert not check.ok
    assert says in check.problem


def test_check_refuses_another_sqlite_database(tmp_path):
    p = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.commit()
    conn.close()
    check = backups.check_backup(p)
    assert not check.ok
    assert "not a Fieldbook database" in check.problem
    assert not Path(f"{p}-wal").exists()  # opened read-only: not switched to WAL
    assert backups.check_backup(tmp_path / "nowhere.sqlite").problem.startswith("There is no file")


def test_check_refuses_a_damaged_backup(db, admin, tmp_path):
    for i in range(40):
        a_beneficiary(db, admin, surname=f"Əliyeva{i}", village="Xudat " * 10)
    info = backups.backup_now(db, tmp_path / "b.sqlite")
    data = bytearray(info.path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # scribble over page headers
        data[offset : offset + 8] = b"\xff" * 8
    info.path.write_bytes(bytes(data))
    check = backups.check_backup(info.path)
    assert not check.ok
    assert "damaged" in check.problem


def test_check_refuses_a_backup_from_a_newer_fieldbook(db, tmp_path):
    info = backups.backup_now(db, tmp_path / "b.sqlite")
    conn = sqlite3.connect(info.path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    check = backups.check_backup(info.path)
    assert not check.ok
    assert "newer version" in check.problem


# -- restoring ---------------------------------------------------------------------------------
def test_restore_gives_back_the_records_and_the_outbox_exactly(tmp_path):
    db, admin = an_office(tmp_path)
    loan = a_disbursed_loan(db, admin)
    ben = a_beneficiary(db, admin, surname="İsmayılov", given_name="Tural", sex="M")
    loans.record_repayment(
        db, actor=admin, loan_id=loan.id, amount="100.00", paid_on=date(2026, 2, 15)
    )
    saved, saved_outbox = dump(db), outbox(db)
    assert saved_outbox  # nothing was synced: the outbox holds every change so far
    taken = backups.backup_now(db, tmp_path / "usb", now=JAN_16)

    # a batch of changes after the backup: new people, edits, notes, payments, a new loan
    for i in range(5):
        a_beneficiary(db, admin, surname=f"Quliyeva{i}", given_name="Səbinə")
    beneficiaries.edit_beneficiary(db, actor=admin, beneficiary_id=ben, village="Nabran")
    beneficiaries.add_case_note(
        db, actor=admin, beneficiary_id=ben, text="Evdə ziyarət", written_on=date(2026, 2, 3)
    )
    loans.record_repayment(
        db, actor=admin, loan_id=loan.id, amount="60.00", paid_on=date(2026, 3, 15)
    )
    later = a_disbursed_loan(db, admin, principal="800.00", term=6)
    with db.engine.begin() as conn:  # the sync engine acknowledged (dropped) part of the outbox
        conn.exec_driver_sql("DELETE FROM outbox WHERE seq <= 3")
    assert dump(db) != saved
    changed_counters = snapshot(db)
    db.close()

    result = backups.restore_backup(tmp_path / "fieldbook.sqlite", taken.path, now=JAN_16)
    assert result.check.ok
    assert result.aside == tmp_path / "fieldbook.before-restore-20260116-093000.sqlite"
    restored = open_database(result.restored)
    try:
        after = dump(restored)
        assert outbox(restored) == saved_outbox
        counters_and_hlc = {"numbercounter", "localstate"}
        assert {t: r for t, r in after.items() if t not in counters_and_hlc} == {
            t: r for t, r in saved.items() if t not in counters_and_hlc
        }
        # numbers issued after the backup are never issued again (they were printed)
        assert snapshot(restored)["counter:loan"] == changed_counters["counter:loan"]
        again = a_disbursed_loan(restored, admin, principal="500.00", term=6)
        assert again.number != later.number
        assert restored.engine.connect().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        restored.close()

    aside = open_database(result.aside)  # the replaced database is kept, whole, with its changes
    try:
        with aside.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM beneficiary")).scalar() == 8
            assert conn.execute(
                text("SELECT number FROM loan WHERE id = :i"), {"i": later.id}
            ).scalar()
    finally:
        aside.close()


def test_restore_refuses_a_bad_file_and_leaves_the_database_alone(db, admin, tmp_path):
    a_beneficiary(db, admin)
    before = dump(db)
    db.close()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValidationError, match="not a Fieldbook backup"):
        backups.restore_backup(tmp_path / "fieldbook.sqlite", bogus)
    assert sorted(p.name for p in tmp_path.iterdir() if "before-restore" in p.name) == []
    again = open_database(tmp_path / "fieldbook.sqlite")
    try:
        assert dump(again) == before
    finally:
        again.close()


def test_restore_refuses_another_laptops_backup_unless_told(tmp_path):
    other_db, _ = an_office(tmp_path / "other", device_no=5)
    theirs = backups.backup_now(other_db, tmp_path / "usb", now=JAN_16)
    other_db.close()
    mine, _ = an_office(tmp_path)
    mine.close()
    with pytest.raises(Conflict, match="XAC-5"):
        backups.restore_backup(tmp_path / "fieldbook.sqlite", theirs.path)
    result = backups.restore_backup(
        tmp_path / "fieldbook.sqlite", theirs.path, allow_other_device=True
    )  # replacing a broken laptop by a new one
    assert result.check.device_no == 5


def test_restore_onto_a_new_laptop_needs_no_current_database(db, admin, tmp_path):
    a_beneficiary(db, admin)
    taken = backups.backup_now(db, tmp_path / "usb")
    fresh = tmp_path / "new-laptop" / "fieldbook.sqlite"
    result = backups.restore_backup(fresh, taken.path)
    assert result.aside is None
    assert result.check.counts["beneficiaries"] == 1


def test_restore_after_a_power_cut_moves_the_wal_aside_with_the_database(tmp_path):
    """A crash leaves rows only in ``-wal``: they go aside with their file, never into the copy."""
    db, admin = an_office(tmp_path)
    taken = backups.backup_now(db, tmp_path / "usb")
    reader = sqlite3.connect(tmp_path / "fieldbook.sqlite", isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM beneficiary").fetchone()  # no checkpoint past this
    a_beneficiary(db, admin, surname="Vəliyeva")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("fieldbook.sqlite", "fieldbook.sqlite-wal"):  # as the power cut left them
        shutil.copyfile(tmp_path / name, crashed / name)
    reader.execute("COMMIT")
    reader.close()
    db.close()
    assert (crashed / "fieldbook.sqlite-wal").stat().st_size > 0

    result = backups.restore_backup(crashed / "fieldbook.sqlite", taken.path)
    names = {p.name for p in crashed.iterdir()}
    assert {result.aside.name, f"{result.aside.name}-wal", "fieldbook.sqlite"} <= names
    assert "fieldbook.sqlite-wal" not in names
    assert result.check.counts["beneficiaries"] == 0  # the backup's rows, no stray WAL frames
    aside = sqlite3.connect(result.aside)
    try:
        assert aside.execute("SELECT surname FROM beneficiary").fetchall() == [("Vəliyeva",)]
    finally:
        aside.close()


def test_the_scheduled_backup_remembers_success_and_explains_a_missing_stick(db, tmp_path):
    settings_file = tmp_path / "settings.json"
    stick = tmp_path / "E"
    app_settings.save_settings(
        app_settings.Settings(backup_folder=str(stick / "Fieldbook"), backup_keep=2), settings_file
    )
    first = backups.scheduled_backup(db, settings_path=settings_file, now=JAN_16)
    assert first.error is None and first.warning is None and first.made is not None
    assert app_settings.load_settings(settings_file).last_backup_at == JAN_16
    again = backups.scheduled_backup(
        db, settings_path=settings_file, now=JAN_16 + timedelta(hours=3)
    )
    assert again.made is None and again.error is None  # once a day

    shutil.rmtree(stick)
    stick.write_text("the stick is out: the drive letter is now something else")
    later = JAN_16 + timedelta(days=9)
    missing = backups.scheduled_backup(db, settings_path=settings_file, now=later)
    assert missing.made is None
    assert missing.error is not None and "Is the backup stick connected?" in missing.error.message
    assert missing.warning is not None and "9 days old" in missing.warning.message
    assert app_settings.load_settings(settings_file).last_backup_at == JAN_16


# -- the warning and the settings file ---------------------------------------------------------
def test_the_warning_comes_after_a_week():
    now = JAN_16
    assert backups.backup_age_warning(now - timedelta(days=6, hours=23), now) is None
    assert backups.backup_age_warning(now - timedelta(days=7), now) is None
    old = backups.backup_age_warning(now - timedelta(days=9), now)
    assert old is not None and "9 days old" in old.message and "07.01.2026" in old.message
    never = backups.backup_age_warning(None, now)
    assert never is not None and "never been backed up" in never.message


def test_settings_round_trip_and_survive_a_damaged_file(tmp_path, monkeypatch):
    path = tmp_path / "config" / "settings.json"
    monkeypatch.setenv(app_settings.ENV_PATH, str(path))
    assert app_settings.load_settings() == app_settings.Settings()  # no file yet: defaults
    chosen = app_settings.Settings(
        backup_folder=str(tmp_path / "E" / "Fieldbook"),
        backup_keep=14,
        language="en",
        idle_lock_minutes=5,
        last_backup_at=JAN_16,
    )
    assert app_settings.save_settings(chosen) == path
    assert app_settings.load_settings() == chosen
    assert app_settings.load_settings().backup_dir == tmp_path / "E" / "Fieldbook"
    stored = json.loads(path.read_text())
    stored.update(backup_keep="many", language="fr", idle_lock_minutes=-1, surprise=True)
    path.write_text(json.dumps(stored))
    damaged = app_settings.load_settings()
    assert damaged.backup_keep == 7 and damaged.language == "az" and damaged.idle_lock_minutes == 10
    assert damaged.backup_folder == chosen.backup_folder and damaged.last_backup_at == JAN_16
    path.write_text("{ half a file")
    assert app_settings.load_settings() == app_settings.Settings()
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temporary left
