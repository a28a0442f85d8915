"""#5 property: random interleavings of edits, repayments and syncs on three laptops.

After everyone syncs, all replicas are equal; every repayment exists once; and no edit was lost
silently: each value ever typed is the final one, or was knowingly overwritten (by a device that
had seen it), or is kept in a conflict record. Two concurrent edits of one field (neither laptop
had seen the other's) always leave a conflict record.
"""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import beneficiaries, conflicts, loans
from app.sync.client import sync_once
from tests.builders import a_beneficiary, a_disbursed_loan
from tests.sync.conftest import a_device, a_district_name, first_admin
from tests.sync.helpers import repayment_ids, replica

FIELDS = ("phone", "village")
ops = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(FIELDS)),
        st.tuples(st.just("repay"), st.integers(0, 2), st.just("")),
        st.tuples(st.just("sync"), st.integers(0, 2), st.just("")),
    ),
    min_size=3,
    max_size=10,
)
_runs = itertools.count()


class Model:
    """When each edit reached the server, and when each laptop last pulled."""

    def __init__(self) -> None:
        self.clock = 0
        self.edits: list[dict] = []  # device, field, value, at, pushed_at
        self.syncs: dict[int, list[int]] = {0: [], 1: [], 2: []}

    def edit(self, dev: int, field: str, value: str) -> None:
        self.clock += 1
        self.edits.append(
            {"dev": dev, "field": field, "value": value, "at": self.clock, "pushed": None}
        )

    def sync(self, dev: int) -> None:
        self.clock += 1
        for e in self.edits:
            if e["dev"] == dev and e["pushed"] is None:
                e["pushed"] = self.clock
        self.syncs[dev].append(self.clock)

    def seen(self, dev: int, e: dict, at: int) -> bool:
        """Had ``dev`` received edit ``e`` by time ``at``?"""
        if e["dev"] == dev:
            return e["at"] < at
        return e["pushed"] is not None and any(e["pushed"] < s < at for s in self.syncs[dev])


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(script=ops)
def test_three_laptops_converge_and_no_edit_is_lost_silently(server, tmp_path, script):
    folder = tmp_path / f"run{next(_runs)}"
    folder.mkdir()
    district = a_district_name()
    devs = [a_device(server, folder, district, f"d{i}") for i in range(3)]
    admin = first_admin(devs[0])
    person = a_beneficiary(devs[0].db, admin)
    loan = a_disbursed_loan(devs[0].db, admin, principal="9000.00", term=12)
    for d in (*devs, devs[0]):
        sync_once(d.db)
    model = Model()
    for n, (op, i, field) in enumerate(script):
        dev = devs[i]
        if op == "edit":
            value = f"d{i}-{n}"
            beneficiaries.edit_beneficiary(
                dev.db, actor=dev.actor(), beneficiary_id=person, **{field: value}
            )
            model.edit(i, field, value)
        elif op == "repay":
            loans.record_repayment(
                dev.db, actor=dev.actor(), loan_id=loan.id, amount="1.00", paid_on=date(2026, 2, 1)
            )
        else:
            sync_once(dev.db)
            model.sync(i)
    for _ in range(2):
        for i, d in enumerate(devs):
            sync_once(d.db)
            model.sync(i)

    first = replica(devs[0].db)
    for d in devs[1:]:
        other = replica(d.db)
        for table, rows in first.items():
            assert other[table] == rows, f"{d.name} differs in {table}"
    assert len(repayment_ids(devs[0].db)) == sum(op == "repay" for op, _, _ in script)
    with devs[0].db.engine.connect() as conn:
        final = dict(
            conn.exec_driver_sql("SELECT phone, village FROM beneficiary WHERE id = ?", (person,))
            .one()
            ._mapping
        )
    recorded = {}
    for c in conflicts.list_conflicts(devs[0].db):
        recorded.setdefault(c.field, set()).update({c.current_value, c.other_value})
    for e in model.edits:
        field = e["field"]
        if final[field] == e["value"] or e["value"] in recorded.get(field, ()):
            continue
        later = [x for x in model.edits if x["field"] == field and x["at"] > e["at"]]
        assert any(model.seen(x["dev"], e, x["at"]) for x in later), f"{e} was lost silently"
    for e1, e2 in itertools.combinations(model.edits, 2):
        same_field = e1["field"] == e2["field"] and e1["dev"] != e2["dev"]
        unseen = not model.seen(e2["dev"], e1, e2["at"]) and not model.seen(e1["dev"], e2, e1["at"])
        if same_field and unseen:
            assert recorded.get(e1["field"]), f"concurrent {e1} and {e2} left no conflict"
    for d in devs:
        d.db.close()
