"""The command line (DESIGN §7): the same services as the desktop, for scripts and head office.

Every command exits 0 on success, or non-zero with one line on stderr. ``--json`` prints one JSON
object on stdout; amounts are strings in AZN with two decimals, dates ISO, ratios numbers 0..1.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.errors import DomainError
from app.money import json_amount, parse_amount
from app.services import validate as v


class CliError(Exception):
    """A one-line reason for stderr."""


def _date(text: str) -> date:
    try:
        return v.parse_date(text, "date")
    except DomainError as e:
        raise argparse.ArgumentTypeError(e.message) from None


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _existing_db(path: str) -> Any:
    """Open an existing database; never create one by mistake for commands that read or pay."""
    from app.store import open_database

    if not Path(path).is_file():
        raise CliError(f"no database at {path}")
    return open_database(path)


def _print_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _ratio(value: Decimal) -> float:
    return float(value)


# -- commands -----------------------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import run

    return run(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo.build import build_demo, demo_district
    from app.store import open_database

    demo_district(args.district)  # a wrong name fails before any file is created
    db = open_database(args.db)
    try:
        summary = build_demo(
            db, district=args.district, beneficiaries=args.beneficiaries, seed=args.seed
        )
    finally:
        db.close()
    if args.json:
        _print_json(summary)
    else:
        print(
            f"{summary['district']}: {summary['beneficiaries']} case files, "
            f"{summary['loans']} loans, {summary['ledger_entries']} ledger entries, "
            f"{summary['courses']} trainings. Log in as {summary['logins']} (password "
            f"{summary['password']!r})."
        )
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    from app.ledger import LoanTerms, build_schedule, validate_terms

    terms = LoanTerms(
        principal=parse_amount(args.principal, field="principal"),
        annual_rate=parse_amount(args.rate, field="rate", allow_zero=True),
        term=args.term,
        start=args.start or date.today(),
        method=args.method,
        amortization=args.amortization,
        frequency=args.frequency,
        grace=args.grace,
        multiple=None if args.multiple is None else parse_amount(args.multiple, field="multiple"),
        rounding=args.rounding,
    )
    validate_terms(terms)
    sched = build_schedule(terms)
    if args.json:
        _print_json(
            {
                "installments": [
                    {
                        "n": i.n,
                        "due": i.due.isoformat(),
                        "principal": json_amount(i.principal),
                        "interest": json_amount(i.interest),
                        "total": json_amount(i.total),
                        "balance": json_amount(i.balance),
                    }
                    for i in sched.installments
                ],
                "total_interest": json_amount(sched.total_interest),
                "total_paid": json_amount(sched.total_paid),
                "formula": sched.formula,
            }
        )
        return 0
    print(
        f"{'n':>3}  {'due':10}  {'principal':>12}  {'interest':>10}  {'total':>12}  {'balance':>12}"
    )
    for i in sched.installments:
        print(
            f"{i.n:>3}  {i.due.isoformat():10}  {i.principal:>12}  {i.interest:>10}  "
            f"{i.total:>12}  {i.balance:>12}"
        )
    print(f"Total interest {sched.total_interest} AZN; total paid {sched.total_paid} AZN.")
    print(sched.formula)
    return 0


def _actor(db: Any, login: str | None) -> Any:
    from sqlmodel import select

    from app.models import Officer
    from app.services import office

    if login:
        return office.actor_for(db, login)
    with db.session() as s:  # the office's first administrator, for a trusted office machine
        first = s.exec(
            select(Officer.login)
            .where(
                Officer.role == "administrator", Officer.active == True, Officer.deleted == False
            )
            .order_by(Officer.hlc)
        ).first()
    if first is None:
        raise CliError("this database has no administrator; name an officer with --officer")
    return office.actor_for(db, first)


def cmd_repay(args: argparse.Namespace) -> int:
    from app.services import loans

    db = _existing_db(args.db)
    try:
        actor = _actor(db, args.officer)
        result = loans.record_repayment(
            db,
            actor=actor,
            loan_id=loans.find_loan(db, args.loan),
            amount=args.amount,
            paid_on=args.date,
            receipt_no=args.receipt,
        )
    finally:
        db.close()
    a = result.allocation
    if args.json:
        _print_json(
            {
                "receipt": result.receipt_no,
                "loan": result.loan_number,
                "amount": json_amount(result.amount),
                "allocation": {
                    "penalty": json_amount(a.penalty),
                    "fee": json_amount(a.fee),
                    "interest": json_amount(a.interest),
                    "principal": json_amount(a.principal),
                },
                "outstanding_principal": json_amount(result.outstanding_principal),
                "loan_status": result.loan_status,
            }
        )
    else:
        print(
            f"Receipt {result.receipt_no}: {result.amount} AZN on loan {result.loan_number} "
            f"(interest {a.interest}, principal {a.principal}, penalty {a.penalty}, fee {a.fee}); "
            f"principal still owed {result.outstanding_principal} AZN."
        )
    return 0


def cmd_portfolio(args: argparse.Namespace) -> int:
    from app.services import reports

    db = _existing_db(args.db)
    try:
        p = reports.portfolio(db, args.as_of)
    finally:
        db.close()
    out = {
        "as_of": p.as_of.isoformat(),
        "active_loans": p.active_loans,
        "outstanding_principal": json_amount(p.outstanding_principal),
        "par1": _ratio(p.par1),
        "par30": _ratio(p.par30),
        "par90": _ratio(p.par90),
        "arrears_rate": _ratio(p.arrears_rate),
        "repayment_rate": _ratio(p.repayment_rate),
    }
    if args.json:
        _print_json(out)
    else:
        print(f"Portfolio as of {out['as_of']}")
        print(f"  active loans           {p.active_loans}")
        print(f"  outstanding principal  {p.outstanding_principal} AZN")
        for key in ("par1", "par30", "par90", "arrears_rate", "repayment_rate"):
            print(f"  {key:<22} {out[key]:.2%}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from app.services import office
    from app.store import current_revision

    db = _existing_db(args.db)
    try:
        off = office.office(db)
        with db.engine.connect() as conn:
            pending = conn.execute(text("SELECT count(*) FROM outbox")).scalar_one()
            last = conn.execute(
                text("SELECT value FROM localstate WHERE key = 'last_sync'")
            ).scalar()
            people = conn.execute(
                text("SELECT count(*) FROM beneficiary WHERE deleted = 0")
            ).scalar_one()
            loans_n = conn.execute(text("SELECT count(*) FROM loan WHERE deleted = 0")).scalar_one()
        schema = current_revision(db)
        from app.sync.client import status_text, sync_status

        st = sync_status(db)
    finally:
        db.close()
    out = {
        "database": str(Path(args.db).resolve()),
        "schema": schema,
        "district": off.district_name,
        "district_code": off.district_code,
        "device": f"{off.district_code}-{off.device_no}",
        "device_id": off.device_id,
        "pending": pending,
        "last_sync": last,
        "beneficiaries": people,
        "loans": loans_n,
        "conflicts": st.conflicts,
        "needs_attention": st.needs_attention,
        "server": st.server_url,
        "sync": status_text(st),
    }
    if args.json:
        _print_json(out)
    else:
        print(f"{out['district']} office, device {out['device']} ({out['database']})")
        print(f"  case files {people}, loans {loans_n}, schema {schema}")
        print(f"  changes waiting to sync: {pending}; last sync: {last or 'never'}")
        print(f"  sync: {out['sync']}")
    return 0


# -- parser ---------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fieldbook", description="Fieldbook field-office records.")
    p.add_argument("--db", help="database file (default: the user data folder)")
    p.set_defaults(func=cmd_gui)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    g = sub.add_parser("gui", help="the desktop client (the default)")
    g.add_argument("--db", help="database file (default: the user data folder)")
    g.set_defaults(func=cmd_gui)

    d = sub.add_parser("demo", help="fill a database with a realistic demo district office")
    d.add_argument("--db", required=True)
    d.add_argument("--district", default="Xaçmaz")
    d.add_argument("--beneficiaries", type=_positive_int, default=300)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_demo)

    loan = sub.add_parser("loan", help="loan tools")
    lsub = loan.add_subparsers(dest="loan_command", metavar="COMMAND", required=True)
    s = lsub.add_parser("schedule", help="print a repayment schedule (no database)")
    s.add_argument("--principal", required=True)
    s.add_argument("--rate", required=True, help="nominal annual rate in percent")
    s.add_argument("--term", type=_positive_int, required=True)
    s.add_argument("--method", choices=("declining", "flat"), required=True)
    s.add_argument(
        "--amortization",
        choices=("equal-installments", "equal-principal"),
        default="equal-installments",
    )
    s.add_argument("--frequency", choices=("monthly", "weekly"), default="monthly")
    s.add_argument("--grace", type=int, default=0)
    s.add_argument("--multiple", help="round installments to a multiple of this many manat")
    s.add_argument("--rounding", choices=("half-up", "half-even"), default="half-up")
    s.add_argument("--start", type=_date, help="disbursement date (default today)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_schedule)

    r = sub.add_parser("repay", help="record a repayment")
    r.add_argument("--db", required=True)
    r.add_argument("--loan", required=True, help="loan number, e.g. XAC-3-00042")
    r.add_argument("--amount", required=True)
    r.add_argument("--date", type=_date)
    r.add_argument("--receipt")
    r.add_argument("--officer", help="login of the officer recording it")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_repay)

    rep = sub.add_parser("report", help="reports")
    rsub = rep.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    pf = rsub.add_parser("portfolio", help="portfolio quality (PAR, repayment rate)")
    pf.add_argument("--db", required=True)
    pf.add_argument("--as-of", dest="as_of", type=_date)
    pf.add_argument("--json", action="store_true")
    pf.set_defaults(func=cmd_portfolio)

    st = sub.add_parser("status", help="device, district, pending changes, last sync")
    st.add_argument("--db", required=True)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)

    for module in EXTENSIONS:  # each area registers its own commands (exports, imports, sync)
        try:
            register = importlib.import_module(module).register
        except ModuleNotFoundError as e:
            if e.name != module:
                raise
            continue
        register(sub, _Helpers)
    return p


class _Helpers:
    """What an extension module's commands may use from here (one error style, one JSON style)."""

    CliError = CliError
    date = staticmethod(_date)
    positive_int = staticmethod(_positive_int)
    existing_db = staticmethod(_existing_db)
    print_json = staticmethod(_print_json)
    actor = staticmethod(_actor)


# Modules with ``register(subparsers, helpers)``; keep their imports light (lazy in commands).
EXTENSIONS = ("app.reports.commands", "app.sync.commands")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse already printed its one-line usage error
        return int(e.code or 0)
    try:
        return args.func(args)
    except DomainError as e:
        print(f"fieldbook: {e}", file=sys.stderr)
        return 1
    except CliError as e:
        print(f"fieldbook: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fieldbook: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
