"""Looking at replicas: what every synced table holds, comparable across laptops."""

from __future__ import annotations

import json

import sqlalchemy as sa

from app.store import Database
from app.sync import tables
from app.sync.server import db as t

LOCAL_ONLY = {"recorded_at"}  # this laptop's wall time of a row it made


def replica(db: Database) -> dict[str, list[tuple]]:
    """Every synced table's rows (without local-only columns), sorted by id."""
    out = {}
    with db.engine.connect() as conn:
        for table in sorted(tables.synced_models()):
            cols = [c for c in tables.columns(table) if c not in LOCAL_ONLY]
            rows = conn.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id").all()
            out[table] = [tuple(r) for r in rows]
    return out


def count(db: Database, sql: str, *params) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).scalar_one()


def server_records(engine: sa.Engine, district_id: str, table: str) -> list[dict]:
    """The server's current state of ``table`` (an immutable row's values are its log row)."""
    if table in tables.immutable_tables():
        c = t.change.c
        q = sa.select(c.row_id, c.fields).where(
            c.district_id == district_id, c.table_name == table, c.op == "insert"
        )
    else:
        r = t.record.c
        q = sa.select(r.row_id, r.data).where(r.district_id == district_id, r.table_name == table)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    return [{"id": row_id, **json.loads(data)} for row_id, data in rows]


def a_loan_with_repayments(dev, n: int, amount: str = "10.00") -> str:
    """On a fresh enrolled laptop: an administrator, a disbursed loan and ``n`` repayments."""
    from datetime import date

    from app.services import loans
    from tests.builders import a_disbursed_loan
    from tests.sync.conftest import first_admin

    admin = first_admin(dev)
    loan = a_disbursed_loan(dev.db, admin, principal="5000.00", term=12)
    for _ in range(n):
        loans.record_repayment(
            dev.db, actor=admin, loan_id=loan.id, amount=amount, paid_on=date(2026, 2, 1)
        )
    return loan.id


def set_batch_size(db: Database, size: int) -> None:
    from app.sync.outbox import set_state

    with db.transaction() as s:
        set_state(s.connection(), "batch_size", size)


def repayment_ids(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return sorted(
            conn.exec_driver_sql("SELECT id FROM ledgerentry WHERE kind = 'repayment'").scalars()
        )


def server_repayment_ids(engine: sa.Engine, district_id: str) -> list[str]:
    rows = server_records(engine, district_id, "ledgerentry")
    return sorted(r["id"] for r in rows if r["kind"] == "repayment")


def server_log_count(engine: sa.Engine, district_id: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count())
            .select_from(t.change)
            .where(t.change.c.district_id == district_id)
        ).scalar_one()
