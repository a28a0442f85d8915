"""#5 cursor safety on PostgreSQL: two server processes, concurrent pushes, concurrent pulls.

Transactions on two processes draw change numbers and commit in parallel. A reader whose cursor
skipped a number that committed late would never see that change. Every reader must end with
every repayment, and the district's log must be numbered 1..head without a gap.

Runs only where ``FIELDBOOK_TEST_PG`` names a PostgreSQL server (``.ci/run`` sets it).
"""

from __future__ import annotations

import os
import threading

import pytest
import sqlalchemy as sa

from app.services import office
from app.sync.client import SyncError, sync_once
from app.sync.server import db as t
from tests.builders import a_disbursed_loan, a_product
from tests.sync.conftest import ServerProcess, a_device, a_district_name, first_admin, free_port
from tests.sync.helpers import repayment_ids, server_repayment_ids, set_batch_size

PG = os.environ.get("FIELDBOOK_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="FIELDBOOK_TEST_PG is not set")


def _sync_until_done(dev, stop: threading.Event, errors: list) -> None:
    while not stop.is_set():
        try:
            sync_once(dev.db)
        except SyncError as e:  # pragma: no cover - reported by the assertion below
            errors.append(e)


@pytest.mark.slow
def test_concurrent_pushes_through_two_server_processes_reach_every_reader(tmp_path, pg_url):
    servers = [ServerProcess(pg_url, free_port()).start() for _ in range(2)]
    try:
        district = a_district_name()
        devices = [
            a_device(servers[i % 2], tmp_path, district, f"d{i}", url=servers[i % 2].url)
            for i in range(6)
        ]
        admin = first_admin(devices[0])
        product = a_product(devices[0].db, admin)
        sync_once(devices[0].db)
        pushers, readers = devices[:4], devices[4:]
        for dev in devices[1:]:
            sync_once(dev.db)
        from app.services import loans

        for dev in pushers:
            loan = a_disbursed_loan(
                dev.db, dev.actor(), principal="3000.00", term=12, product_id=product
            )
            for _ in range(12):
                loans.record_repayment(dev.db, actor=dev.actor(), loan_id=loan.id, amount="5.00")
            set_batch_size(dev.db, 3)
        stop, errors = threading.Event(), []
        pulling = [
            threading.Thread(target=_sync_until_done, args=(r, stop, errors)) for r in readers
        ]
        pushing = [threading.Thread(target=sync_once, args=(p.db,)) for p in pushers]
        for th in pulling + pushing:
            th.start()
        for th in pushing:
            th.join(120)
        stop.set()
        for th in pulling:
            th.join(120)
        assert errors == []
        district_id = office.office(devices[0].db).district_id
        engine = sa.create_engine(t.normalise_url(pg_url))
        expected = server_repayment_ids(engine, district_id)
        assert len(expected) == 4 * 12
        for dev in readers:
            sync_once(dev.db)  # one more pull: only what committed after the readers stopped
            assert repayment_ids(dev.db) == expected
        for dev in pushers:
            assert sync_once(dev.db).checksum_ok is True
            assert repayment_ids(dev.db) == expected
        with engine.connect() as conn:
            seqs = (
                conn.execute(
                    sa.select(t.change.c.seq)
                    .where(t.change.c.district_id == district_id)
                    .order_by(t.change.c.seq)
                )
                .scalars()
                .all()
            )
            head = conn.execute(
                sa.select(t.district.c.head).where(t.district.c.id == district_id)
            ).scalar_one()
        assert seqs == list(range(1, head + 1))
        engine.dispose()
        for dev in devices:
            dev.db.close()
    finally:
        for srv in servers:
            srv.stop()
            srv.engine.dispose()
