"""``fieldbook export ...`` and ``fieldbook import beneficiaries`` (#6, DESIGN §7).

Registered by ``app.cli`` (``build_parser``). Imports stay inside the command functions so that
``fieldbook --help`` and every other command start without openpyxl or reportlab.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def _open(h: Any, args: argparse.Namespace) -> tuple[Any, Any]:
    """The database (encrypted: ``--login``) and the acting officer. An ``--out`` that would
    overwrite the database, one of its files or a backup, or cannot be written, is refused
    first (#11)."""
    if getattr(args, "out", None) is not None:
        h.check_output(args.out, args.db)
    db = h.existing_db(args.db, getattr(args, "login", None))
    try:
        return db, h.actor(db, args.officer)
    except BaseException:
        db.close()
        raise


def _beneficiary_id(db: Any, code: str) -> str:
    from app.queries.papers import beneficiary_by_code

    return beneficiary_by_code(db, code)


def _course_id(db: Any, text: str) -> str:
    """A course by id, or by its exact title when that is unique."""
    from app.errors import NotFound, ValidationError
    from app.queries.papers import courses_called

    ids = courses_called(db, text)
    if not ids:
        raise NotFound("no course with id or title {text!r}", field="course", text=text)
    if len(ids) > 1:
        raise ValidationError(
            "{count} courses are called {text!r}; give the course id",
            field="course",
            count=len(ids),
            text=text,
        )
    return ids[0]


def _done(h: Any, args: argparse.Namespace, path: Path, **extra: Any) -> int:
    if getattr(args, "json", False):
        h.print_json({"path": str(path), **extra})
    else:
        print(f"Wrote {path}")
    return 0


def make_commands(h: Any) -> dict[str, Any]:
    def cmd_ledger(args: argparse.Namespace) -> int:
        from app.reports.excel import export_ledger

        db, actor = _open(h, args)
        try:
            result = export_ledger(
                db, Path(args.out), actor=actor, as_of=args.as_of, pseudonymise=args.pseudonymise
            )
        finally:
            db.close()
        return _done(h, args, result.path, rows=result.rows)

    def cmd_receipt(args: argparse.Namespace) -> int:
        from app.reports.documents import receipt_pdf

        db, actor = _open(h, args)
        try:
            path = receipt_pdf(
                db, args.receipt, Path(args.out), actor=actor, language=args.language
            )
        finally:
            db.close()
        return _done(h, args, path)

    def cmd_schedule(args: argparse.Namespace) -> int:
        from app.reports.documents import schedule_card_pdf
        from app.services.loans import find_loan

        db, actor = _open(h, args)
        try:
            loan = find_loan(db, args.loan)
            path = schedule_card_pdf(db, loan, Path(args.out), actor=actor, language=args.language)
        finally:
            db.close()
        return _done(h, args, path)

    def cmd_certificate(args: argparse.Namespace) -> int:
        from app.reports.documents import certificate_pdf

        db, actor = _open(h, args)
        try:
            course = _course_id(db, args.course)
            person = _beneficiary_id(db, args.beneficiary)
            path = certificate_pdf(
                db, course, person, Path(args.out), actor=actor, language=args.language
            )
        finally:
            db.close()
        return _done(h, args, path)

    def cmd_case(args: argparse.Namespace) -> int:
        from app.reports.documents import case_summary_pdf

        db, actor = _open(h, args)
        try:
            person = _beneficiary_id(db, args.beneficiary)
            path = case_summary_pdf(db, person, Path(args.out), actor=actor, language=args.language)
        finally:
            db.close()
        return _done(h, args, path)

    def cmd_handover(args: argparse.Namespace) -> int:
        from app.errors import NotFound
        from app.queries.case_files import case_file
        from app.reports.documents import handover_act_pdf

        db, actor = _open(h, args)
        try:
            person = _beneficiary_id(db, args.beneficiary)
            grants = case_file(db, person).grants  # newest first
            if not grants:
                raise NotFound("no in-kind grant for this person", field="grant")
            if not 1 <= args.grant <= len(grants):
                raise h.CliError(f"--grant is 1 to {len(grants)} (1: the newest)")
            path = handover_act_pdf(db, grants[args.grant - 1].id, Path(args.out), actor=actor,
                                    language=args.language)  # fmt: skip
        finally:
            db.close()
        return _done(h, args, path)

    def cmd_import(args: argparse.Namespace) -> int:
        from app.reports.imports import ImportRefused, import_beneficiaries, report_lines

        path = Path(args.file)
        if not path.is_file():
            raise h.CliError(f"no file at {path}")
        db, actor = _open(h, args)
        try:
            result = import_beneficiaries(
                db,
                path,
                actor=actor,
                dry_run=args.dry_run,
                allow_duplicates=args.allow_duplicates,
            )
        except ImportRefused as e:  # every problem on stdout, the one-line reason on stderr
            if args.json:
                h.print_json({"imported": 0, **e.check.as_json()})
            else:
                for line in report_lines(e.check):
                    print(line)
            raise
        finally:
            db.close()
        if args.json:
            h.print_json(result.as_json())
        else:
            for line in result.lines():
                print(line)
        return 0

    return {
        "ledger": cmd_ledger,
        "receipt": cmd_receipt,
        "schedule": cmd_schedule,
        "certificate": cmd_certificate,
        "case": cmd_case,
        "handover": cmd_handover,
        "import": cmd_import,
    }


def register(sub: Any, h: Any) -> None:
    """Add ``export`` and ``import`` to the ``fieldbook`` parser."""
    cmds = make_commands(h)

    def common(p: argparse.ArgumentParser, out: bool = True) -> None:
        p.add_argument("--db", required=True)
        if out:
            p.add_argument("--out", required=True, help="the file to write")
        p.add_argument("--officer", help="login of the officer exporting (default: first admin)")
        p.add_argument("--json", action="store_true")

    def paper(p: argparse.ArgumentParser) -> None:
        """#7: the language of the words on a PDF (dates and money are written alike in all)."""
        p.add_argument(
            "--language",
            choices=("az", "ru", "en"),
            default="az",
            help="language of the paper: az (default), ru or en",
        )

    ex = sub.add_parser("export", help="head-office workbook and printable documents")
    esub = ex.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    led = esub.add_parser("ledger", help="the head-office ledger workbook (.xlsx)")
    common(led)
    led.add_argument("--as-of", dest="as_of", type=h.date)
    led.add_argument(
        "--pseudonymise", action="store_true", help="codes only: no names, ID numbers, birth dates"
    )
    led.set_defaults(func=cmds["ledger"])
    rec = esub.add_parser("receipt", help="a repayment receipt (.pdf)")
    common(rec)
    rec.add_argument("--receipt", required=True, help="receipt number, e.g. XAC-3-R00042")
    paper(rec)
    rec.set_defaults(func=cmds["receipt"])
    sch = esub.add_parser("schedule", help="a loan's repayment schedule card (.pdf)")
    common(sch)
    sch.add_argument("--loan", required=True, help="loan number, e.g. XAC-3-00042")
    paper(sch)
    sch.set_defaults(func=cmds["schedule"])
    cert = esub.add_parser("certificate", help="a training certificate (.pdf)")
    common(cert)
    cert.add_argument("--course", required=True, help="course id, or its title if unique")
    cert.add_argument("--beneficiary", required=True, help="case file code, e.g. XAC-3-B00042")
    paper(cert)
    cert.set_defaults(func=cmds["certificate"])
    case = esub.add_parser("case", help="a case summary (.pdf)")
    common(case)
    case.add_argument("--beneficiary", required=True, help="case file code, e.g. XAC-3-B00042")
    paper(case)
    case.set_defaults(func=cmds["case"])
    act = esub.add_parser("handover", help="an in-kind grant's handover act (.pdf)")
    common(act)
    act.add_argument("--beneficiary", required=True, help="case file code, e.g. XAC-3-B00042")
    act.add_argument("--grant", type=int, default=1, help="which grant: 1 the newest (default)")
    paper(act)
    act.set_defaults(func=cmds["handover"])

    im = sub.add_parser("import", help="bring lists in from Excel")
    isub = im.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    ben = isub.add_parser("beneficiaries", help="case files from the Excel template, all or none")
    common(ben, out=False)
    ben.add_argument("file", help="the filled-in template (.xlsx)")
    ben.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    ben.add_argument(
        "--allow-duplicates", action="store_true", help="import rows that look like known people"
    )
    ben.set_defaults(func=cmds["import"])
