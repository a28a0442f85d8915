"""Excel ledgers, PDF receipts and certificates, donor indicators, imports (#6). No Qt here.

The public names below are loaded on first use, so that ``fieldbook`` (which registers this
package's commands on every start) does not pay for openpyxl and reportlab unless it exports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Progress": "app.reports.common",
    "Cancelled": "app.reports.common",
    "ExportCancelled": "app.reports.common",
    "ExportResult": "app.reports.common",
    "export_ledger": "app.reports.excel",
    "receipt_pdf": "app.reports.documents",
    "receipts_pdf": "app.reports.documents",
    "schedule_card_pdf": "app.reports.documents",
    "certificate_pdf": "app.reports.documents",
    "certificates_pdf": "app.reports.documents",
    "case_summary_pdf": "app.reports.documents",
    "sign_in_sheet_pdf": "app.reports.documents",
    "handover_act_pdf": "app.reports.documents",
    "ImportCheck": "app.reports.imports",
    "ImportRow": "app.reports.imports",
    "ImportResult": "app.reports.imports",
    "Problem": "app.reports.imports",
    "Duplicate": "app.reports.imports",
    "check_import": "app.reports.imports",
    "import_beneficiaries": "app.reports.imports",
    "template_path": "app.reports.template",
}

__all__ = [
    "Cancelled",
    "Duplicate",
    "ExportCancelled",
    "ExportResult",
    "ImportCheck",
    "ImportResult",
    "ImportRow",
    "Problem",
    "Progress",
    "case_summary_pdf",
    "certificate_pdf",
    "certificates_pdf",
    "check_import",
    "export_ledger",
    "handover_act_pdf",
    "import_beneficiaries",
    "receipt_pdf",
    "receipts_pdf",
    "schedule_card_pdf",
    "sign_in_sheet_pdf",
    "template_path",
]

if TYPE_CHECKING:
    from app.reports.common import Cancelled, ExportCancelled, ExportResult, Progress
    from app.reports.documents import (
        case_summary_pdf,
        certificate_pdf,
        certificates_pdf,
        handover_act_pdf,
        receipt_pdf,
        receipts_pdf,
        schedule_card_pdf,
        sign_in_sheet_pdf,
    )
    from app.reports.excel import export_ledger
    from app.reports.imports import (
        Duplicate,
        ImportCheck,
        ImportResult,
        ImportRow,
        Problem,
        check_import,
        import_beneficiaries,
    )
    from app.reports.template import template_path


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'app.reports' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
