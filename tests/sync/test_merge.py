"""#5 merge: money checked on arrival, tombstones win but keep the losing edit, and a pulled
change never silently overwrites a local edit that has not been pushed yet."""

from __future__ import annotations

import json
import time
from datetime import date

from app.ids import new_id
from app.models import CaseNote
from app.services import beneficiaries, conflicts, loans, office
from app.services._write import Writer
from app.sync import secrets
from app.sync.client import _Run, sync_once
from app.sync.protocol import API, PushAck, dumps
from app.sync.server.apply import apply_batch
from app.sync.server.auth import DeviceAuth
from app.sync.transport import Transport
from tests.builders import a_beneficiary, a_disbursed_loan, an_officer
from tests.sync.conftest import a_device, a_district_name, first_admin
from tests.sync.helpers import count, replica, server_records


def _pair(server, tmp_path):
    district = a_district_name()
    a = a_device(server, tmp_path, district, "a")
    admin = first_admin(a)
    an_officer(a.db, admin, "supervisor", login="super1")
    sync_once(a.db)
    b = a_device(server, tmp_path, district, "b")
    sync_once(b.db)
    return a, b


def test_a_repayment_on_a_loan_written_off_elsewhere_is_kept_and_flagged(server, tmp_path):
    a, b = _pair(server, tmp_path)
    loan = a_disbursed_loan(a.db, a.actor(), principal="1000.00", term=10, on=date(2026, 1, 5))
    for dev in (a, b):
        sync_once(dev.db)
    loans.write_off(a.db, actor=a.actor(), loan_id=loan.id, reason="köçüb", on=date(2026, 2, 1))
    sync_once(a.db)
    paid = loans.record_repayment(
        b.db, actor=b.actor(), loan_id=loan.id, amount="100.00", paid_on=date(2026, 2, 3)
    )
    result = sync_once(b.db)
    assert result.needs_attention == 0  # field money is never refused
    sync_once(a.db)
    district = office.office(a.db).district_id
    assert paid.entry_id in {
        r["id"] for r in server_records(server.engine, district, "ledgerentry")
    }
    for dev in (a, b):
        (flag,) = conflicts.list_conflicts(dev.db)
        assert flag.kind == "money" and "written off" in flag.message
        assert paid.receipt_no in flag.message and "100.00 AZN" in flag.message
        assert count(dev.db, "SELECT count(*) FROM ledgerentry WHERE id = ?", paid.entry_id) == 1
    conflicts.resolve_conflict(a.db, actor=a.actor("super1"), conflict_id=flag.id, keep="current")
    sync_once(a.db)
    sync_once(b.db)
    assert conflicts.list_conflicts(b.db) == []


def test_a_reversal_of_an_unknown_entry_is_applied_and_flagged(server, tmp_path):
    """The batch apply on its own, without HTTP (STYLE §11)."""
    dev = a_device(server, tmp_path, a_district_name(), "a")
    admin = first_admin(dev)
    loan = a_disbursed_loan(dev.db, admin, principal="500.00", term=5)
    sync_once(dev.db)
    off = office.office(dev.db)
    now = int(time.time() * 1000)
    header = {"v": 2, "device": off.device_id, "batch": 99, "time": now, "n": 1}
    entry_id = new_id()
    entry = {
        "loan_id": loan.id,
        "kind": "reversal",
        "value_date": "2026-02-01",
        "amount_qepik": 5000,
        "reverses_id": new_id(),
        "officer_id": admin.officer_id,
    }
    lines = [dumps(header), dumps(["ledgerentry", entry_id, "i", f"{now}-0", entry])]
    ack = apply_batch(
        server.engine, DeviceAuth(off.device_id, off.district_id, "device", 0), lines, "d" * 64, now
    )
    assert isinstance(ack, PushAck) and ack.applied == 1 and ack.refused == []
    flags = server_records(server.engine, off.district_id, "syncconflict")
    assert [(f["kind"], f["row_id"]) for f in flags] == [("money", entry_id)]
    assert "unknown ledger entry" in flags[0]["message"]
    dev.db.close()


def _note(dev, person: str) -> str:
    return beneficiaries.add_case_note(
        dev.db,
        actor=dev.actor(),
        beneficiary_id=person,
        text="Ev ziyarəti",
        written_on=date(2026, 2, 3),
    )


def test_an_edit_of_a_record_deleted_elsewhere_is_kept_as_a_conflict(server, tmp_path):
    a, b = _pair(server, tmp_path)
    person = a_beneficiary(a.db, a.actor())
    note = _note(a, person)
    sync_once(a.db)
    sync_once(b.db)
    with a.db.transaction() as s:
        Writer(s, a.actor()).tombstone(CaseNote, note)
    with b.db.transaction() as s:
        Writer(s, b.actor()).update(CaseNote, note, {"text": "Telefonla danışdıq"})
    for dev in (a, b, a):
        sync_once(dev.db)
    assert replica(a.db) == replica(b.db)
    assert count(b.db, "SELECT deleted FROM casenote WHERE id = ?", note) == 1  # delete wins
    (found,) = conflicts.list_conflicts(b.db)
    assert (found.kind, found.field, found.other_value) == ("deleted", "text", "Telefonla danışdıq")
    conflicts.resolve_conflict(b.db, actor=b.actor("super1"), conflict_id=found.id, keep="other")
    for dev in (b, a):
        sync_once(dev.db)
    for dev in (a, b):
        with dev.db.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT deleted, text FROM casenote").one()
        assert tuple(row) == (0, "Telefonla danışdıq")


def test_a_pulled_change_never_overwrites_an_edit_not_yet_pushed(server, tmp_path):
    a, b = _pair(server, tmp_path)
    person = a_beneficiary(a.db, a.actor())
    sync_once(a.db)
    sync_once(b.db)
    beneficiaries.edit_beneficiary(a.db, actor=a.actor(), beneficiary_id=person, phone="111")
    sync_once(a.db)
    beneficiaries.edit_beneficiary(b.db, actor=b.actor(), beneficiary_id=person, phone="222")
    # B pulls while its edit still waits (an edit made during a sync, after its push).
    with b.db.engine.connect() as conn:
        from app.sync.outbox import get_state

        device_id, url = get_state(conn, "device_id"), get_state(conn, "server_url")
    tr = Transport(url + API, secrets.load_token(device_id))
    _Run(b.db, tr, None, None).pull()
    tr.close()
    assert beneficiaries.get_beneficiary(b.db, person) is not None
    with b.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT phone FROM beneficiary").scalar() == "222"
    sync_once(b.db)
    sync_once(a.db)
    assert replica(a.db) == replica(b.db)
    (found,) = conflicts.list_conflicts(a.db)
    assert {found.current_value, found.other_value} == {"111", "222"}
    assert json.loads(json.dumps(found.current_value)) == "222"  # B's edit is the later one


def _pull_only(dev) -> None:
    from app.sync.outbox import get_state

    with dev.db.engine.connect() as conn:
        device_id, url = get_state(conn, "device_id"), get_state(conn, "server_url")
    tr = Transport(url + API, secrets.load_token(device_id))
    _Run(dev.db, tr, None, None).pull()
    tr.close()


def test_an_edit_made_after_seeing_the_other_value_is_not_a_conflict(server, tmp_path):
    """A laptop keeps editing while a sync pulls: edits after the pull knew what it brought."""
    a, b = _pair(server, tmp_path)
    person = a_beneficiary(a.db, a.actor())
    sync_once(a.db)
    sync_once(b.db)
    beneficiaries.edit_beneficiary(b.db, actor=b.actor(), beneficiary_id=person, village="Nabran")
    beneficiaries.edit_beneficiary(a.db, actor=a.actor(), beneficiary_id=person, phone="111")
    sync_once(a.db)
    _pull_only(b)  # B's village edit still waits; the pull brings A's phone
    with b.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT phone FROM beneficiary").scalar() == "111"
    beneficiaries.edit_beneficiary(b.db, actor=b.actor(), beneficiary_id=person, phone="333")
    sync_once(b.db)
    sync_once(a.db)
    assert replica(a.db) == replica(b.db)
    assert conflicts.list_conflicts(a.db) == []
    with a.db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT phone, village FROM beneficiary").one()
    assert tuple(row) == ("333", "Nabran")


def test_a_district_arrives_in_small_pages_and_the_pages_grow(server, tmp_path):
    from app.sync.outbox import get_state, set_state

    district = a_district_name()
    a = a_device(server, tmp_path, district, "a")
    admin = first_admin(a)
    for i in range(12):
        a_beneficiary(a.db, admin, surname=f"Məmmədov{i}", given_name="Elvin", sex="M")
    sync_once(a.db)
    b = a_device(server, tmp_path, district, "b")
    with b.db.transaction() as s:
        set_state(s.connection(), "page_size", 5)
    pages: list[tuple[int, int]] = []
    result = sync_once(b.db, progress=lambda done, total, phase: pages.append((done, total)))
    assert len(pages) >= 3 and pages[-1][0] == pages[-1][1] == result.pulled
    assert [done for done, _ in pages] == sorted(done for done, _ in pages)
    assert replica(a.db) == replica(b.db) and result.checksum_ok is True
    with b.db.engine.connect() as conn:
        assert int(get_state(conn, "page_size")) > 5
