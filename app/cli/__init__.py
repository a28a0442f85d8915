"""The command line (DESIGN §7): the same services as the desktop, for scripts and head office.

Every command exits 0 on success, or non-zero with one line on stderr. ``--json`` prints one JSON
object on stdout; amounts are strings in AZN with two decimals, dates ISO, ratios numbers 0..1.

#11: every command that opens a database opens an encrypted one with ``--login NAME`` (the
password from the terminal, or ``FIELDBOOK_PASSWORD``); the store refuses a file it must not
touch before writing to it; an export never overwrites the database, its companions, its key
file or a backup; and ``main`` turns every failure — a full or read-only disk included — into one
line (``FIELDBOOK_DEBUG=1`` shows the traceback of an unexpected one).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.cli import officers, products, reports, sync
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


PASSWORD_ENV = "FIELDBOOK_PASSWORD"


def _password(
    login: str, *, env: str = PASSWORD_ENV, prompt: str = "Password for {login}: "
) -> str:
    """``env`` (``FIELDBOOK_PASSWORD``) when set (scripts, nightly jobs), else typed at the
    terminal; never an argument (it would stay in the shell's history)."""
    if env in os.environ:
        return os.environ[env]
    import getpass
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", getpass.GetPassWarning)  # no terminal: no echoed password
        try:
            return getpass.getpass(prompt.replace("{login}", login))
        except (getpass.GetPassWarning, EOFError, OSError):
            raise CliError(f"no terminal to type the password of {login!r} on: set {env}") from None


def _open_db(
    path: str, login: str | None = None, *, create: bool = False, read_only_ok: bool = False
) -> Any:
    """Open the database at ``path`` — an encrypted one with ``login``'s password.

    Without ``create`` the file must exist (commands that read or pay never create one by
    mistake). Refusals (damaged, read-only, newer schema…) come from the store, before anything
    is written. ``read_only_ok``: a command that only reads opens a file on a read-only disk or
    folder (or marked read-only) as it is, instead of refusing it.
    """
    from app.store import open_database

    p, key, read_only = _locate(path, login, create=create, read_only_ok=read_only_ok)
    with _key_checked(path):
        return open_database(p, key=key, read_only=read_only)


def _read_db(path: str, login: str | None = None) -> Any:
    """A plain DB-API connection to the existing database at ``path``, for a command that only
    reads (#12): ``app.queries`` reads from it without SQLAlchemy, which is never imported.

    The same refusals as :func:`_open_db` (the store's ``open_reader`` makes ``open_database``'s
    checks); a file on a read-only disk or folder is read as it is. The caller closes it.
    """
    from app.store import open_reader

    p, key, read_only = _locate(path, login, read_only_ok=True)
    with _key_checked(path):
        return open_reader(p, key=key, read_only=read_only)


def _locate(
    path: str, login: str | None, *, create: bool = False, read_only_ok: bool = False
) -> tuple[Path, bytes | None, bool]:
    """(the file, its key or ``None`` when it is not encrypted, whether to open it read-only).

    The refusals that come before the store's: a folder, no file (without ``create``), an
    encrypted file without ``--login`` or with a wrong password (``crypto.unlock``).
    """
    from app import crypto
    from app.store import check_header, read_only_reason

    p = Path(path)
    if p.is_dir():
        raise CliError(f"{path} is a folder, not a database file")
    if not create and not p.is_file():
        raise CliError(f"no database at {path}")
    read_only = read_only_ok and p.is_file() and read_only_reason(p) is not None
    if not crypto.is_encrypted(p):
        return p, None, read_only
    if not crypto.keyfile_path(p).is_file():
        check_header(p)  # not SQLite, and no key file: says "not a SQLite database"
    if not login:
        raise CliError(
            f"{path} is encrypted: name the officer with --login NAME (password from the "
            f"terminal or {PASSWORD_ENV})"
        )
    return p, crypto.unlock(p, login, _password(login)), read_only


@contextmanager
def _key_checked(path: str) -> Iterator[None]:
    """The key file opens, but its key does not open this file: one line that says so."""
    try:
        yield
    except DomainError as e:
        if e.field == "password":
            raise CliError(
                f"{path} does not open with its key file's key: it is damaged, or the key file "
                "belongs to another database"
            ) from None
        raise


def _existing_db(path: str, login: str | None = None, *, read_only_ok: bool = False) -> Any:
    """Open an existing database; never create one by mistake for commands that read or pay."""
    return _open_db(path, login, read_only_ok=read_only_ok)


def _check_output(out: str, db_path: str) -> Path:
    """Refuse an output path that is a folder, unwritable, or would overwrite the database, its
    ``-wal``/``-shm``/``-journal``, its key file or a backup (paths resolved: symlinks,
    relative, hard links)."""
    from app import crypto
    from app.services.backups import is_backup_file
    from app.store import SQLITE_MAGIC, read_only_reason

    given = Path(out).expanduser()
    target = given.resolve()
    if target.is_dir():
        raise CliError(f"{out} is a folder: name a file to write")
    db = Path(db_path).expanduser().resolve()
    own = [db, *(Path(f"{db}{ext}") for ext in ("-wal", "-shm", "-journal"))]
    own.append(crypto.keyfile_path(db))
    for path in own:
        same = target == path
        if not same and target.exists() and path.exists():
            same = os.path.samefile(target, path)
        if same:
            raise CliError(
                f"{out} is the database {db.name} or one of its files: an export never "
                "overwrites it"
            )
    if is_backup_file(target):
        raise CliError(f"{out} is a Fieldbook backup: an export never overwrites it")
    if target.is_file():
        try:
            with open(target, "rb") as f:
                if f.read(16) == SQLITE_MAGIC:
                    raise CliError(f"{out} is a database: an export never overwrites it")
        except OSError:
            pass
    if not target.parent.is_dir():
        if target.parent.exists():
            raise CliError(f"cannot write {out}: {target.parent} is not a folder")
        return target  # the export makes the folder
    reason = read_only_reason(target)
    if reason is not None:
        raise CliError(f"cannot write {out}: {reason}")
    return target


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

    demo_district(args.district)  # a wrong name fails before any file is created
    db = _open_db(args.db, args.login, create=True)
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

    db = _existing_db(args.db, args.login)
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
    # #12: read through app.queries on a plain connection: no engine, no ORM, no SQLAlchemy.
    from app.queries import loans as loan_queries

    conn = _read_db(args.db, args.login)
    try:
        p = loan_queries.portfolio(conn, args.as_of or date.today())
    finally:
        conn.close()
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


def cmd_due(args: argparse.Namespace) -> int:
    """#14: the due list of an officer (by login), a village, a product and a range of days."""
    from app.queries.due import due_list

    conn = _read_db(args.db, args.login)
    try:
        officer_id = None
        if args.officer:
            found = conn.execute("SELECT id FROM officer WHERE login = ?", (args.officer,))
            row = found.fetchone()
            if row is None:
                raise CliError(f"no officer with the login {args.officer!r}")
            officer_id = row[0]
        on = args.on or date.today()
        rows = due_list(conn, on=on, until=args.until, officer_id=officer_id,
                        village=args.village)  # fmt: skip
    finally:
        conn.close()
    if args.json:
        _print_json([
            {"loan": r.number, "name": r.beneficiary, "code": r.code, "village": r.village,
             "phone": r.phone, "officer": r.officer, "days_late": r.days_late,
             "next_due_on": r.next_due_on.isoformat() if r.next_due_on else None,
             "installment": json_amount(r.installment), "arrears": json_amount(r.arrears),
             "to_collect": json_amount(r.to_collect), "note": r.note,
             "promised_on": r.promised_on.isoformat() if r.promised_on else None}
            for r in rows
        ])  # fmt: skip
        return 0
    total = sum((r.to_collect for r in rows), Decimal("0.00"))
    print(f"Due on {on.isoformat()}: {len(rows)} loans, {total} AZN to collect")
    for r in rows:
        late = f"{r.days_late:>4}d late" if r.days_late else "   on time"
        print(f"  {r.number:<14} {late}  {r.to_collect:>10} AZN  {r.beneficiary} · {r.village}"
              f" · {r.phone}" + (f" · {r.note}" if r.note else ""))  # fmt: skip
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from app.services import office
    from app.store import current_revision, integrity_problem

    db = _existing_db(args.db, args.login, read_only_ok=True)
    read_only = db.read_only
    try:
        with db.engine.connect() as conn:  # the full check: every page, index and constraint
            problem = integrity_problem(conn.connection.driver_connection)
        if problem is not None:
            raise CliError(f"{args.db} is damaged ({problem}): restore a backup")
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
        "integrity": "ok",
        "read_only": read_only,
    }
    if args.json:
        _print_json(out)
    else:
        print(f"{out['district']} office, device {out['device']} ({out['database']})")
        print(f"  case files {people}, loans {loans_n}, schema {schema}")
        print(f"  changes waiting to sync: {pending}; last sync: {last or 'never'}")
        print(f"  sync: {out['sync']}")
        print("  integrity check: ok" + ("; opened read-only" if read_only else ""))
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    from app import crypto
    from app.store import check_database

    path = Path(args.db)
    if crypto.is_encrypted(path) and crypto.keyfile_path(path).is_file():
        raise CliError(f"{args.db} is already encrypted")
    if not path.is_file():
        raise CliError(f"no database at {args.db}")
    check_database(path)  # sound, writable, a schema this build knows: checked without writing
    if crypto.keyfile_path(path).exists():
        raise CliError(
            f"{crypto.keyfile_path(path)} already exists: move it away before encrypting"
        )
    crypto.encrypt_existing(path, args.login, _password(args.login))
    print(
        f"Encrypted {path}; the key file is {crypto.keyfile_path(path)} (keep it beside the "
        "database and in its backups). Officers now need --login NAME and their password."
    )
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
    due = rsub.add_parser("due", help="the loans due or late: an officer's day (#14)")
    due.add_argument("--db", required=True)
    due.add_argument("--officer", help="the loan officer's login (default: every officer)")
    due.add_argument("--village")
    due.add_argument("--on", type=_date, help="the day (default: today)")
    due.add_argument("--until", type=_date, help="due by this day too (default: the day)")
    due.add_argument("--json", action="store_true")
    due.set_defaults(func=cmd_due)

    st = sub.add_parser("status", help="device, district, pending changes, last sync")
    st.add_argument("--db", required=True)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)

    enc = sub.add_parser("encrypt", help="encrypt a plain database in place")
    enc.add_argument("--db", required=True)
    enc.add_argument("--login", required=True, help="the officer whose password wraps the key")
    enc.set_defaults(func=cmd_encrypt)

    # each area's commands live in their own module of this package (exports, imports, sync)
    officers.register(sub, _Helpers)
    products.register(sub, _Helpers)
    reports.register(sub, _Helpers)
    sync.register(sub, _Helpers)
    _add_login(sub)
    return p


def _add_login(sub: Any) -> None:
    """``--login NAME`` on every command that opens a database file (not the server's URL)."""
    for name, parser in sub.choices.items():
        if name == "server" or name == "gui":
            continue
        options = parser._option_string_actions
        if "--db" in options and "--login" not in options:
            parser.add_argument(
                "--login",
                help=f"officer who opens an encrypted database (password asked, or {PASSWORD_ENV})",
            )
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _add_login(action)


class _Helpers:
    """What an extension module's commands may use from here (one error style, one JSON style)."""

    CliError = CliError
    date = staticmethod(_date)
    positive_int = staticmethod(_positive_int)
    existing_db = staticmethod(_existing_db)
    open_db = staticmethod(_open_db)
    check_output = staticmethod(_check_output)
    print_json = staticmethod(_print_json)
    actor = staticmethod(_actor)
    password = staticmethod(_password)


# Modules with ``register(subparsers, helpers)``; keep their imports light (lazy in commands).


_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENOENT: "no such file or folder",
    errno.EIO: "the disk could not be read or written (I/O error)",
}


def _os_line(e: OSError) -> str:
    reason = _OS_REASONS.get(e.errno or 0, e.strerror or str(e))
    where = e.filename
    if isinstance(where, str) and Path(where).name.endswith(".part"):
        where = None  # the temporary file of an atomic write says nothing to a person
    line = f"{where}: {reason}" if where else reason
    return f"{line}; nothing was written"


def _sqlite_line(e: BaseException) -> str | None:
    """A sentence for an SQLite (or SQLCipher) error, or ``None`` if it is not one."""
    orig = getattr(e, "orig", None) or e  # SQLAlchemy wraps the driver's error
    module = type(orig).__module__
    if not (module.startswith("sqlite3") or module.startswith("sqlcipher3")):
        return None
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    low = text.lower()
    if "disk is full" in low:
        return "the disk is full: the write in progress was undone (free some space and try again)"
    if "readonly" in low or "read-only" in low:
        return "the database is read-only (file, folder or disk): nothing was saved"
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return f"the database is damaged ({text}): nothing was saved; restore a backup"
    if "locked" in low or "busy" in low:
        return "the database is busy (another Fieldbook is writing to it): try again"
    if "disk i/o" in low:
        return "the disk could not be read or written (disk I/O error): nothing was saved"
    if "unable to open" in low:
        return f"the database cannot be opened ({text})"
    return f"database error: {text}"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _quiet(unraisable: Any) -> None:
    """An error in a destructor after a failure (openpyxl leaves its zip file open when the disk
    is full, and closing it again fails): the failure already has its line."""


def main(argv: Sequence[str] | None = None) -> int:
    debug = os.environ.get("FIELDBOOK_DEBUG") == "1"
    previous = sys.unraisablehook
    if not debug:
        sys.unraisablehook = _quiet
    try:
        return _main(argv, debug)
    finally:
        import gc

        gc.collect()  # what the failed command left half-open goes now, quietly
        sys.unraisablehook = previous


def _main(argv: Sequence[str] | None, debug: bool) -> int:
    from app.store import UnusableDatabase

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse already printed its one-line usage error
        return int(e.code or 0)
    if getattr(args, "login", None) and getattr(args, "officer", "absent") is None:
        args.officer = args.login  # the officer who unlocked the file is the one acting
    try:
        return args.func(args)
    except (DomainError, CliError) as e:
        line = str(e)
    except UnusableDatabase as e:
        line = e.message
    except KeyboardInterrupt:
        print("fieldbook: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # the backstop: one line, never a traceback (DESIGN §7)
        if debug:
            raise
        sqlite = _sqlite_line(e)
        if sqlite is not None:
            line = sqlite
        elif isinstance(e, OSError):
            line = _os_line(e)
        else:
            line = (
                f"unexpected error: {type(e).__name__}: {e} (rerun with FIELDBOOK_DEBUG=1 "
                "for the details)"
            )
    print(f"fieldbook: {_one_line(line)}", file=sys.stderr)
    return 1
