"""The four printed documents of #6, in one place for callers (GUI, CLI)."""

from __future__ import annotations

from app.reports.casefile import (
    case_summary_pdf,
    certificate_pdf,
    certificates_pdf,
    sign_in_sheet_pdf,
)
from app.reports.handover import handover_act_pdf
from app.reports.receipt import receipt_pdf, receipts_pdf
from app.reports.schedule_card import schedule_card_pdf

__all__ = [
    "case_summary_pdf",
    "certificate_pdf",
    "certificates_pdf",
    "handover_act_pdf",
    "receipt_pdf",
    "receipts_pdf",
    "schedule_card_pdf",
    "sign_in_sheet_pdf",
]
