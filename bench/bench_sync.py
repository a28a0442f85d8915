"""Sync speed figures (#5). Run: ``.venv/bin/python bench/bench_sync.py [--quick] [--pg URL]``.

1. Push 10,000 repayments to a local server (SQLite) end to end; the server's apply rate as a
   ratio of a raw ``executemany`` of the same rows into SQLite in the same run.
2. Bytes on the wire per repayment (both directions, HTTP headers included, compressed),
   counted by a TCP proxy.
3. A day's work (300 repayments, 100 attendance marks, 20 case edits) over a link throttled to
   64 kbit/s each way with 500 ms round trips.
4. Initial pull of a district with 100,000 records to a fresh device.
5. The push of (1) on PostgreSQL with two server processes (``--pg`` or FIELDBOOK_TEST_PG).

Each figure prints with its target. Servers run as subprocesses (``fieldbook server``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa

from app.ids import human_number, new_id
from app.models import AuditEvent, LedgerEntry
from app.services import beneficiaries, office, training
from app.services._write import Writer
from app.services.loans import record_repayment
from app.sync.client import sync_once
from app.sync.server import db as t
from tests.builders import a_beneficiary, a_disbursed_loan, a_product
from tests.sync.conftest import (
    ServerProcess,
    a_device,
    a_district_name,
    first_admin,
    free_port,
)
from tests.sync.proxy import FaultProxy


def _loans(dev, admin, n: int) -> list[str]:
    product = a_product(dev.db, admin, max_principal="100000", max_term=36)
    return [
        a_disbursed_loan(dev.db, admin, principal="90000.00", term=24, product_id=product).id
        for _ in range(n)
    ]


def make_repayments(dev, admin, n: int, loans: list[str]) -> list[dict]:
    """``n`` repayments as the service writes them (entry + audit event), in bulk."""
    off = office.office(dev.db)
    rng = random.Random(7)
    rows, audits = [], []
    with dev.db.transaction() as s:
        w = Writer(s, admin)
        numbers = w.next_numbers("receipt", n)
        for i, no in zip(range(n), numbers, strict=True):
            amount = rng.randrange(1000, 50000)
            interest = amount // 5
            entry_id = new_id()
            receipt = human_number(off.district_code, off.device_no, no, "R")
            rows.append(
                {
                    "id": entry_id,
                    "district_id": off.district_id,
                    "loan_id": loans[i % len(loans)],
                    "kind": "repayment",
                    "value_date": date(2026, 2, 1),
                    "amount_qepik": amount,
                    "receipt_no": receipt,
                    "officer_id": admin.officer_id,
                    "alloc_interest_qepik": interest,
                    "alloc_principal_qepik": amount - interest,
                    "balance_after_qepik": 9_000_000 - (i // len(loans)) * 20_000,
                }
            )
            audits.append(
                {
                    "district_id": off.district_id,
                    "at": w.now,
                    "officer_id": admin.officer_id,
                    "action": "loan.repay",
                    "entity": "ledger_entry",
                    "entity_id": entry_id,
                    "detail": json.dumps(
                        {
                            "loan": loans[i % len(loans)][:11],
                            "receipt": receipt,
                            "amount_qepik": amount,
                        }
                    ),
                }
            )
        w.insert_many(LedgerEntry, [dict(r) for r in rows])
        w.insert_many(AuditEvent, audits)
    return rows


def raw_insert_rate(rows: list[dict], folder: Path) -> float:
    """Rows per second of a plain executemany of the same rows (entry + audit) into SQLite."""
    conn = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    cols = list(rows[0])
    conn.execute(f"CREATE TABLE entry ({', '.join(cols)})")
    conn.execute("CREATE TABLE audit (id, district_id, hlc, at, action, entity, entity_id, detail)")
    values = [tuple(str(v) if isinstance(v, date) else v for v in r.values()) for r in rows]
    audit = [
        (new_id(), r["district_id"], "h", "t", "loan.repay", "ledger_entry", r["id"], "{}")
        for r in rows
    ]
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO entry VALUES ({', '.join('?' * len(cols))})", values)
    conn.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)", audit)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return 2 * len(rows) / elapsed


def server_apply_rate(engine: sa.Engine, device_id: str, after: int = 0) -> tuple[float, int]:
    """Changes per second inside the server's apply (its stored answers say how long)."""
    b = t.batch.c
    with engine.connect() as conn:
        answers = conn.execute(
            sa.select(b.response).where(b.device_id == device_id, b.seq > after)
        ).scalars()
        acks = [json.loads(a) for a in answers]
    applied = sum(a["applied"] for a in acks)
    return applied / (sum(a["apply_ms"] for a in acks) / 1000), applied


def device_id(dev) -> str:
    return office.office(dev.db).device_id


def bench_push(folder: Path, n: int) -> None:
    srv = ServerProcess(str(folder / "server.sqlite"), free_port()).start()
    try:
        dev = a_device(srv, folder, a_district_name(), "push")
        admin = first_admin(dev)
        loans = _loans(dev, admin, 50)
        sync_once(dev.db)  # officers and loans first: the figure is for the repayments
        rows = make_repayments(dev, admin, n, loans)
        with srv.engine.connect() as conn:
            skip = conn.execute(sa.select(sa.func.max(t.batch.c.seq))).scalar_one()
        started = time.perf_counter()
        result = sync_once(dev.db)
        elapsed = time.perf_counter() - started
        rate, _applied = server_apply_rate(srv.engine, device_id(dev), after=skip)
        raw = raw_insert_rate(rows, folder)
        print(
            f"push {n:,} repayments ({result.pushed:,} changes) end to end: {elapsed:.2f} s "
            f"(target < 1.5 s)"
        )
        print(
            f"  server apply rate {rate:,.0f} changes/s; raw executemany {raw:,.0f} rows/s; "
            f"ratio {rate / raw:.2f} (target ≥ 0.25)"
        )
        proxy = FaultProxy(srv.port)
        dev2 = a_device(srv, folder, a_district_name(), "wire", url=proxy.url)
        admin2 = first_admin(dev2)
        loans2 = _loans(dev2, admin2, 50)
        sync_once(dev2.db)
        make_repayments(dev2, admin2, n, loans2)
        before = proxy.bytes_up + proxy.bytes_down
        sync_once(dev2.db)
        wire = proxy.bytes_up + proxy.bytes_down - before
        print(
            f"  bytes on the wire per repayment (entry + audit event, both directions, "
            f"headers included): {wire / n:.1f} (target < 80)"
        )
        proxy.close()
        for d in (dev, dev2):
            d.db.close()
    finally:
        srv.stop()
    return None


def bench_day(folder: Path) -> None:
    srv = ServerProcess(str(folder / "day-server.sqlite"), free_port()).start()
    proxy = FaultProxy(srv.port, rate=64_000 / 8, delay=0.25)
    try:
        dev = a_device(srv, folder, a_district_name(), "day", url=proxy.url)
        admin = first_admin(dev)
        loans = _loans(dev, admin, 30)
        people = [a_beneficiary(dev.db, admin, surname=f"Əliyev{i}") for i in range(20)]
        course = training.create_course(
            dev.db, actor=admin, title="Biznes", starts_on=date(2026, 2, 2)
        )
        for p in people:
            training.enroll(dev.db, actor=admin, course_id=course, beneficiary_id=p)
        with dev.db.engine.connect() as conn:
            sessions = conn.exec_driver_sql("SELECT id FROM trainingsession").scalars().all()
        sync_once(dev.db)
        for i in range(300):
            record_repayment(
                dev.db, actor=admin, loan_id=loans[i % 30], amount="12.50", paid_on=date(2026, 2, 2)
            )
        for i in range(100):
            training.mark_attendance(
                dev.db,
                actor=admin,
                session_id=sessions[i % 3],
                beneficiary_id=people[i % 20],
                present=i % 7 != 0,
            )
        for i, p in enumerate(people):
            beneficiaries.edit_beneficiary(
                dev.db, actor=admin, beneficiary_id=p, phone=f"05011{i:05d}"
            )
        before = proxy.bytes_up + proxy.bytes_down
        started = time.perf_counter()
        result = sync_once(dev.db)
        elapsed = time.perf_counter() - started
        wire = proxy.bytes_up + proxy.bytes_down - before
        print(
            f"a day's work ({result.pushed} changes) over 64 kbit/s, 500 ms RTT: "
            f"{elapsed:.1f} s, {wire / 1024:.1f} KiB (target < 10 s)"
        )
        dev.db.close()
    finally:
        proxy.close()
        srv.stop()


def bench_initial_pull(folder: Path, people: int) -> None:
    from app.demo.build import build_demo
    from app.store import open_database
    from app.sync.enroll import enroll

    srv = ServerProcess(str(folder / "pull.sqlite"), free_port()).start()
    try:
        path = folder / "office.sqlite"
        db = open_database(path)
        build_demo(db, district="Ağdam", beneficiaries=people, seed=3)
        enroll(db, server_url=srv.url, code=srv.code("Ağdam"))
        sync_once(db)
        db.close()
        with srv.engine.connect() as conn:
            records = conn.execute(sa.select(sa.func.count()).select_from(t.record)).scalar_one()
        fresh = open_database(folder / "fresh.sqlite")
        enroll(fresh, server_url=srv.url, code=srv.code("Ağdam"))
        started = time.perf_counter()
        result = sync_once(fresh)
        elapsed = time.perf_counter() - started
        print(
            f"initial pull of {records:,} records to a fresh device: {elapsed:.1f} s "
            f"(target < 12 s; checksum ok: {result.checksum_ok})"
        )
        fresh.close()
    finally:
        srv.stop()


def bench_pg(folder: Path, pg: str, n: int) -> None:
    import uuid

    name = f"fb_bench_{uuid.uuid4().hex[:8]}"
    admin_engine = sa.create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    url = pg.rsplit("/", 1)[0] + f"/{name}"
    servers = [ServerProcess(url, free_port()).start() for _ in range(2)]
    try:
        devs = []
        for i, srv in enumerate(servers):
            dev = a_device(srv, folder, a_district_name(), f"pg{i}")
            admin = first_admin(dev)
            make_repayments(dev, admin, n // 2, _loans(dev, admin, 25))
            devs.append(dev)
        threads = [threading.Thread(target=sync_once, args=(d.db,)) for d in devs]
        started = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        elapsed = time.perf_counter() - started
        rates = [server_apply_rate(servers[0].engine, device_id(d)) for d in devs]
        total = sum(applied for _, applied in rates)
        print(
            f"PostgreSQL, two server processes, two districts pushing at once: {n:,} "
            f"repayments ({total:,} changes) in {elapsed:.2f} s, "
            f"{total / elapsed:,.0f} changes/s end to end; apply rate per process "
            f"{', '.join(f'{r:,.0f}' for r, _ in rates)} changes/s"
        )
        for d in devs:
            d.db.close()
    finally:
        for srv in servers:
            srv.stop()
            srv.engine.dispose()
        with admin_engine.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    p.add_argument("--pg", default=os.environ.get("FIELDBOOK_TEST_PG"))
    args = p.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldbook-bench-"))
    os.environ["FIELDBOOK_SECRETS_DIR"] = str(folder / "tokens")
    n = 1000 if args.quick else 10_000
    bench_push(folder, n)
    bench_day(folder)
    bench_initial_pull(folder, 250 if args.quick else 4_700)
    if args.pg:
        bench_pg(folder, args.pg, n)
    else:
        print("PostgreSQL: skipped (no --pg URL and FIELDBOOK_TEST_PG unset)")


if __name__ == "__main__":
    main()
