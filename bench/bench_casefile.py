"""Opening a busy case file (#13), offscreen.

    python bench/bench_casefile.py --db demo10k.sqlite [--each 20] [--runs 15]

On a copy of the demo office, one person gets ``each`` business plans (each scored and
decided), ``each`` in-kind grants of three items and ``each`` loans, all through the services.
Then it times, median of ``runs``: the case file's read model (``queries.case_files``), the
whole case-file window built and shown, and one plan's screen; beside the raw baseline of
reading the same rows with one plain SELECT per table on the same file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def _busy_person(db, each: int) -> str:
    from app.services import beneficiaries, plans
    from app.services.loans import create_loan
    from app.services.office import actor_for, create_officer
    from app.services.plans import Line

    officer, trainer, sup = (actor_for(db, x) for x in ("loan1", "trainer", "supervisor"))
    second = create_officer(db, actor=actor_for(db, "admin"), login="bench-super",
                            full_name="Bench Supervisor", role="supervisor",
                            password="bench-password-1")  # fmt: skip
    person = beneficiaries.register_beneficiary(
        db, actor=officer, surname="Əliyeva", given_name="Günay", sex="F",
        birth_date=date(1990, 5, 1), village="Nabran", category="mine_survivor",
        consent_given=True, consent_date=date.today() - timedelta(days=400),
    )  # fmt: skip
    on = date.today() - timedelta(days=200)
    product = _product(db)
    for i in range(each):
        plan_id = plans.submit_business_plan(
            db, actor=officer, beneficiary_id=person, title=f"Plan {i + 1}",
            lines=[Line("Tikiş maşını", 2, "450", "grant"), Line("İcarə", 3, "80", "own")],
            submitted_on=on,
        )  # fmt: skip
        plans.review_business_plan(db, actor=trainer, plan_id=plan_id, marks=[4] * 5, on=on)
        plans.decide_business_plan(db, actor=sup, plan_id=plan_id, decision="approve",
                                   reason="bench", on=on)  # fmt: skip
        plans.record_grant(db, actor=officer, beneficiary_id=person, business_plan_id=plan_id,
                           items=[("Tikiş maşını", 2, "450", "SN-1"), ("Parça", 10, "6", ""),
                                  ("Qayçı", 2, "7", "")], given_on=on)  # fmt: skip
        create_loan(db, actor=second if i % 2 else officer, beneficiary_id=person,
                    product_id=product, principal="1000", term=12, created_on=on,
                    warnings_reason="bench")  # fmt: skip
    return person


def _product(db) -> str:
    from app.queries.office import products

    return products(db)[0].id


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--each", type=int, default=20)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()

    from app.queries.case_files import case_file
    from app.queries.plans import plans_of
    from app.services.office import actor_for
    from app.store import connect, open_database

    work = Path(tempfile.mkdtemp()) / "bench.sqlite"
    shutil.copy(args.db, work)
    db = open_database(work)
    person = _busy_person(db, args.each)

    raw = connect(work)

    def baseline() -> None:
        for table in ("casenote", "businessplan", "inkindgrant", "loan", "enrollment"):
            raw.execute(f"SELECT * FROM {table} WHERE beneficiary_id = ?", (person,)).fetchall()
        raw.execute(
            "SELECT * FROM grantitem WHERE grant_id IN "
            "(SELECT id FROM inkindgrant WHERE beneficiary_id = ?)",
            (person,),
        ).fetchall()
        raw.execute(
            "SELECT * FROM planevent WHERE plan_id IN "
            "(SELECT id FROM businessplan WHERE beneficiary_id = ?)",
            (person,),
        ).fetchall()

    base = _median_ms(baseline, args.runs)
    model = _median_ms(lambda: case_file(db, person), args.runs)

    from app.ui.app import application
    from app.ui.context import AppContext
    from app.ui.screens.case_file import CaseFileDialog
    from app.ui.screens.plan_detail import PlanDialog

    app = application()
    ctx = AppContext(db, actor_for(db, "supervisor"))

    def window() -> None:
        d = CaseFileDialog(ctx, person)
        d.show()
        app.processEvents()
        d.close()
        d.deleteLater()

    shown = _median_ms(window, args.runs)
    plan_id = plans_of(db, person)[0].id

    def plan_window() -> None:
        d = PlanDialog(ctx, plan_id)
        d.show()
        app.processEvents()
        d.close()
        d.deleteLater()

    plan_ms = _median_ms(plan_window, args.runs)
    cf = case_file(db, person)
    print(f"case file with {len(cf.plans)} plans, {len(cf.grants)} grants, {len(cf.loans)} loans "
          f"on a copy of {args.db.name}:")  # fmt: skip
    print(f"  raw SELECTs of the same rows: {base:.1f} ms")
    print(f"  read model (queries.case_files): {model:.1f} ms ({model / base:.1f}× raw)")
    print(f"  case-file window built and shown: {shown:.1f} ms (target < 500 ms)")
    print(f"  one plan's window: {plan_ms:.1f} ms")
    db.close()
    raw.close()


if __name__ == "__main__":
    main()
