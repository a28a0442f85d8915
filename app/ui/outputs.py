"""Exports from the GUI (#6): choose a file, run the export in a worker with progress and
Cancel, say where the file went. The exports themselves live in ``app.reports``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.ui import i18n, workers
from app.ui.common import report_error
from app.ui.context import AppContext

# Tests set this to a folder to skip the file dialog (a real dialog cannot be driven offscreen).
SAVE_FOLDER: Path | None = None


def choose_file(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    if SAVE_FOLDER is not None:
        return SAVE_FOLDER / suggested
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), pattern)
    return Path(path) if path else None


def _finished(ctx: AppContext, parent: QWidget, path: Path, what: str) -> None:
    ctx.status_message.emit(
        QCoreApplication.translate("outputs", "{what} saved to {path}")
        .replace("{what}", what)
        .replace("{path}", str(path))
    )
    if SAVE_FOLDER is None:
        QMessageBox.information(
            parent,
            what,
            QCoreApplication.translate("outputs", "Saved to {path}").replace("{path}", str(path)),
        )


def export_ledger(
    ctx: AppContext, as_of: date, parent: QWidget, *, pseudonymise: bool | None = None
) -> workers.Task | None:
    """The head-office workbook, written in a worker; Cancel leaves no half-written file."""
    if pseudonymise is None:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("outputs", "Export ledger"),
            QCoreApplication.translate(
                "outputs",
                "Leave out names and ID numbers (pseudonymised, for sharing outside the office)?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        pseudonymise = answer == QMessageBox.StandardButton.Yes
    suffix = "-pseudonymised" if pseudonymise else ""
    name = f"fieldbook-ledger-{ctx.office.district_code}-{as_of.isoformat()}{suffix}.xlsx"
    path = choose_file(
        parent, QCoreApplication.translate("outputs", "Export ledger"), name, "Excel (*.xlsx)"
    )
    if path is None:
        return None

    def run(db, actor, out, day, pseudo, state):
        from app.reports import export_ledger as write

        return write(
            db, out, actor=actor, as_of=day, pseudonymise=pseudo,
            progress=state.set_progress, cancelled=state.is_cancelled,
        )  # fmt: skip

    what = QCoreApplication.translate("outputs", "Ledger workbook")
    return workers.start(
        run, ctx.db, ctx.actor, path, as_of, pseudonymise,
        on_done=lambda result: _finished(ctx, parent, path, what),
        on_error=lambda e: _failed(ctx, parent, e),
        title=QCoreApplication.translate("outputs", "Exporting the ledger workbook…"),
        parent=parent,
    )  # fmt: skip


def _failed(ctx: AppContext, parent: QWidget, error: BaseException) -> None:
    from app.reports import ExportCancelled

    if isinstance(error, ExportCancelled | workers.Cancelled):
        ctx.status_message.emit(
            QCoreApplication.translate("outputs", "Export cancelled; no file written.")
        )
        return
    report_error(parent, error)


def save_pdf(ctx: AppContext, parent: QWidget, kind: str, key: str, suggested: str):
    """One PDF (receipt, schedule card, certificate, case summary) to a chosen file.

    #7: the paper is in the interface's language (an officer working in Russian prints Russian
    paper, in Azerbaijani Azerbaijani; English prints English).
    """
    path = choose_file(
        parent, QCoreApplication.translate("outputs", "Save PDF"), suggested, "PDF (*.pdf)"
    )
    if path is None:
        return None

    def run(db, actor, out, language, state):
        from app import reports

        if kind == "receipt":
            return reports.receipt_pdf(db, key, out, actor=actor, language=language)
        if kind == "schedule":
            return reports.schedule_card_pdf(db, key, out, actor=actor, language=language)
        if kind == "case":
            return reports.case_summary_pdf(db, key, out, actor=actor, language=language)
        if kind == "sign-in":  # a course's attendance sign-in sheet (#13)
            return reports.sign_in_sheet_pdf(db, key, out, actor=actor, language=language)
        if kind == "receipts":  # a day's receipts in one go (#14)
            return reports.receipts_pdf(db, key.split("|"), out, actor=actor, language=language)
        if kind == "handover":  # an in-kind grant's handover act (#13)
            return reports.handover_act_pdf(db, key, out, actor=actor, language=language)
        if kind == "certificates":  # every certificate of a course (#13)
            return reports.certificates_pdf(db, key, out, actor=actor, language=language)
        course_id, beneficiary_id = key.split("|")
        return reports.certificate_pdf(
            db, course_id, beneficiary_id, out, actor=actor, language=language
        )

    return workers.start(
        run, ctx.db, ctx.actor, path, i18n.current_language(),
        on_done=lambda _: _finished(ctx, parent, path, "PDF"),
        on_error=lambda e: report_error(parent, e), parent=parent,
    )  # fmt: skip


def save_due(ctx: AppContext, parent: QWidget, kind: str, filters: dict, suggested: str):
    """#14: the due list as a collection sheet (``pdf``, in the interface's language) or a
    workbook (``xlsx``), written off the GUI thread."""
    pattern = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
    path = choose_file(parent, QCoreApplication.translate("outputs", "Save"), suggested, pattern)
    if path is None:
        return None

    def run(db, actor, out, language, state):
        from app.reports.collection import collection_sheet_pdf, due_xlsx

        if kind == "pdf":
            return collection_sheet_pdf(db, out, actor=actor, language=language, **filters)
        return due_xlsx(db, out, actor=actor, **filters)

    return workers.start(
        run, ctx.db, ctx.actor, path, i18n.current_language(),
        on_done=lambda _: _finished(ctx, parent, path, "PDF" if kind == "pdf" else "Excel"),
        on_error=lambda e: report_error(parent, e), parent=parent,
    )  # fmt: skip


def save_receipt(ctx: AppContext, receipt_no: str, parent: QWidget):
    return save_pdf(ctx, parent, "receipt", receipt_no, f"receipt-{receipt_no}.pdf")
