"""#5: two laptops of one district and one of another, offline for a week, sync in any order.

Afterwards both laptops agree with each other and with the server, every repayment exists
exactly once, the concurrent edit of one field left a conflict record a supervisor resolves,
and the other district saw nothing.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from app.services import beneficiaries, conflicts, loans, office, training
from app.sync.client import sync_once, sync_status
from tests.builders import a_beneficiary, a_product, an_officer
from tests.sync.conftest import a_device, a_district_name, first_admin
from tests.sync.helpers import count, replica, server_records

DAY = date(2026, 2, 2)


def _programme(dev):
    """On the district's first laptop: officers, a person with a loan, a three-day course."""
    admin = first_admin(dev)
    officer = an_officer(dev.db, admin, "loan_officer", login="loan1")
    an_officer(dev.db, admin, "supervisor", login="super1")
    person = a_beneficiary(dev.db, officer)
    product = a_product(dev.db, admin)
    loan = loans.create_loan(
        dev.db,
        warnings_reason="a test loan",
        actor=officer,
        beneficiary_id=person,
        product_id=product,
        principal="1200.00",
        term=12,
        created_on=date(2026, 1, 15),
    )
    loans.decide_loan(dev.db, actor=dev.actor("super1"), loan_id=loan.id, decision="approved",
                      on=date(2026, 1, 15))  # fmt: skip
    loans.disburse(dev.db, actor=officer, loan_id=loan.id, on=date(2026, 1, 15))
    course = training.create_course(dev.db, actor=admin, title="Biznes", starts_on=DAY)
    training.enroll(dev.db, actor=admin, course_id=course, beneficiary_id=person)
    return person, loan.id, course


def _session(dev, course: str) -> str:
    with dev.db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT id FROM trainingsession WHERE course_id = ? ORDER BY n", (course,)
        ).first()[0]


@pytest.mark.parametrize("order", ["".join(p) for p in itertools.permutations("ABC")])
def test_a_week_offline_on_two_laptops_converges_with_every_repayment_once(server, tmp_path, order):
    xac, other = a_district_name(), a_district_name()
    a = a_device(server, tmp_path, xac, "a")
    person, loan_id, course = _programme(a)
    sync_once(a.db)
    b = a_device(server, tmp_path, xac, "b")
    assert sync_once(b.db).pulled > 0
    c = a_device(server, tmp_path, other, "c")
    c_admin = first_admin(c)
    a_beneficiary(c.db, c_admin, surname="Quliyev", given_name="Elçin", sex="M")
    sync_once(c.db)

    # A week with no connection on both laptops of the district.
    session = _session(a, course)
    for dev, amounts in ((a, ("50.00", "60.00", "70.00")), (b, ("40.00", "45.00"))):
        officer = dev.actor("loan1")
        for amount in amounts:
            loans.record_repayment(
                dev.db, actor=officer, loan_id=loan_id, amount=amount, paid_on=DAY
            )
        training.mark_attendance(
            dev.db, actor=dev.actor(), session_id=session, beneficiary_id=person, present=dev is a
        )
    beneficiaries.edit_beneficiary(a.db, actor=a.actor(), beneficiary_id=person, phone="0501112233")
    beneficiaries.edit_beneficiary(
        b.db, actor=b.actor(), beneficiary_id=person, phone="0559998877", village="Nabran"
    )

    laptops = {"A": a, "B": b, "C": c}
    for name in order + order:  # every laptop twice, in this order
        result = sync_once(laptops[name].db)
        assert result.pending == 0
    assert replica(a.db) == replica(b.db)
    assert sync_status(a.db).pending == 0 and result.checksum_ok is True
    assert all(sync_once(d.db).checksum_ok for d in (a, b, c))

    district_id = office.office(a.db).district_id
    repayments = [
        r
        for r in server_records(server.engine, district_id, "ledgerentry")
        if r["kind"] == "repayment"
    ]
    assert sorted(r["amount_qepik"] for r in repayments) == [4000, 4500, 5000, 6000, 7000]
    for dev in (a, b):
        assert count(dev.db, "SELECT count(*) FROM ledgerentry WHERE kind = 'repayment'") == 5
        assert count(dev.db, "SELECT count(*) FROM attendancemark") == 2
        assert beneficiaries.get_beneficiary(dev.db, person).village == "Nabran"
    # The other district saw nothing of Xaçmaz, and Xaçmaz nothing of it.
    assert count(c.db, "SELECT count(*) FROM beneficiary WHERE district_id = ?", district_id) == 0
    assert count(c.db, "SELECT count(*) FROM ledgerentry") == 0
    assert count(a.db, "SELECT count(*) FROM beneficiary") == 1

    # The phone was changed on both laptops since they last agreed: one value won (the later
    # edit), the other is kept for a supervisor, on both laptops.
    found = conflicts.list_conflicts(a.db)
    assert [(x.table, x.field) for x in found] == [("beneficiary", "phone")]
    assert conflicts.list_conflicts(b.db) == found
    kept = {found[0].current_value, found[0].other_value}
    assert kept == {"0501112233", "0559998877"}
    assert found[0].label.startswith("Beneficiary ") and found[0].label.endswith(": phone")
    with a.db.engine.connect() as conn:
        phone = conn.exec_driver_sql("SELECT phone FROM beneficiary").scalar()
    assert phone == found[0].current_value

    # A supervisor keeps the losing number; both laptops end with it and no open conflict.
    conflicts.resolve_conflict(a.db, actor=a.actor("super1"), conflict_id=found[0].id, keep="other")
    for dev in (a, b, a):
        sync_once(dev.db)
    for dev in (a, b):
        assert conflicts.list_conflicts(dev.db) == []
        with dev.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT phone FROM beneficiary").scalar() == (
                found[0].other_value
            )
    assert replica(a.db) == replica(b.db)
    for dev in (a, b, c):
        dev.db.close()


def test_a_loan_officer_may_not_resolve_conflicts(server, tmp_path):
    from app.errors import PermissionDenied

    a = a_device(server, tmp_path, a_district_name(), "a")
    admin = first_admin(a)
    officer = an_officer(a.db, admin, "loan_officer")
    with pytest.raises(PermissionDenied):
        conflicts.resolve_conflict(a.db, actor=officer, conflict_id="x", keep="current")
    a.db.close()
