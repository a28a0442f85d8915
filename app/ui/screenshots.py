"""Render each main screen to PNG: ``python -m app.ui.screenshots --db DEMO --out DIR``.

Runs offscreen (no display needed) on a copy of the database. Logs in as the demo's
supervisor by default, so every screen is enabled; opens a case file and a loan, and saves one
repayment (on the copy) to show the result.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _settle(app, ms: int = 400) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    from app.ui import workers

    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    workers.wait_all()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--login", default="supervisor")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.services.office import actor_for
    from app.store import open_database
    from app.ui.app import application
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    app = application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if not Path(args.db).is_file():
        print(f"screenshots: no database at {args.db}", file=sys.stderr)
        return 1
    import tempfile

    source = open_database(args.db)
    scratch = Path(tempfile.mkdtemp()) / "screens.sqlite"
    source.backup(scratch)  # the repayment shown below is saved on a copy, not on DEMO
    source.close()
    db = open_database(scratch)
    ctx = AppContext(db, actor_for(db, args.login))
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    _settle(app)
    written = []
    for key in window.keys:
        window.show_screen(key)
        _settle(app, 600)
        path = out / f"{key}.png"
        window.grab().save(str(path))
        written.append(path)
    # a case file and a loan, the two screens people open most
    window.show_screen("loans")
    _settle(app)
    loans = window.screens["loans"]
    late = [r for r in loans.rows if r.late] or loans.rows  # type: ignore[attr-defined]
    if late:
        from app.ui.screens.case_file import CaseFileDialog
        from app.ui.screens.loan_detail import LoanDialog

        dialog = LoanDialog(ctx, late[0].id, window)
        dialog.show()
        _settle(app)
        dialog.grab().save(str(out / "loan.png"))
        dialog.close()
        case = CaseFileDialog(ctx, late[0].beneficiary_id, window)
        case.show()
        _settle(app)
        case.grab().save(str(out / "case_file.png"))
        case.close()
        written += [out / "loan.png", out / "case_file.png"]
    window.show_screen("repayments")
    rep = window.screens["repayments"]
    rep.loan_field.setText("")  # type: ignore[attr-defined]
    if late:
        rep.choose(next(c for c in rep.choices if c.id == late[0].id))  # type: ignore[attr-defined]
        _settle(app)
        rep.save()  # type: ignore[attr-defined]
        _settle(app)
        window.grab().save(str(out / "repayment_saved.png"))
        written.append(out / "repayment_saved.png")
    window.close()
    db.close()
    for p in written:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
