"""#13: two supervisors decide one proposed loan offline on two laptops; after syncing, both
laptops and the server keep both decisions, read the same one, and no conflict is recorded."""

from __future__ import annotations

from datetime import date

from app.queries.loan_views import loan_detail
from app.services import loans
from app.sync.client import sync_once
from tests.builders import a_beneficiary, a_product, an_officer
from tests.sync.conftest import a_device, a_district_name, first_admin
from tests.sync.helpers import count

ON = date(2026, 3, 2)


def test_two_offline_decisions_converge_with_no_conflict(server, tmp_path):
    district = a_district_name()
    a = a_device(server, tmp_path, district, "a")
    admin = first_admin(a)
    officer = an_officer(a.db, admin, "loan_officer", login="loan1")
    an_officer(a.db, admin, "supervisor", login="super1")
    an_officer(a.db, admin, "supervisor", login="super2")
    loan = loans.create_loan(a.db, actor=officer, beneficiary_id=a_beneficiary(a.db, officer),
                             warnings_reason="a test loan",
                             product_id=a_product(a.db, admin), principal="900", term=9,
                             created_on=ON)  # fmt: skip
    sync_once(a.db)
    b = a_device(server, tmp_path, district, "b")
    sync_once(b.db)
    assert loan_detail(b.db, loan.id).loan.status == "proposed"

    # offline: one approves on laptop a, the other rejects on laptop b
    loans.decide_loan(a.db, actor=a.actor("super1"), loan_id=loan.id, decision="approved",
                      reason="plan checked", on=ON)  # fmt: skip
    loans.decide_loan(b.db, actor=b.actor("super2"), loan_id=loan.id, decision="rejected",
                      reason="second loan", on=ON)  # fmt: skip
    for dev in (a, b, a):
        sync_once(dev.db)

    seen = {dev.name: loan_detail(dev.db, loan.id) for dev in (a, b)}
    assert seen["a"].loan.status == seen["b"].loan.status == "approved"  # recorded first
    assert seen["a"].decision == seen["b"].decision
    for dev in (a, b):
        assert count(dev.db, "SELECT count(*) FROM loandecision WHERE loan_id = ?", loan.id) == 2
        assert count(dev.db, "SELECT count(*) FROM syncconflict") == 0
