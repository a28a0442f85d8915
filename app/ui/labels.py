"""Words shown for stored codes (categories, statuses, roles), all through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def category(code: str) -> str:
    return {
        "mine_survivor": _t("Mine survivor"),
        "family_member": _t("Family member"),
        "idp": _t("Internally displaced"),
        "returning_migrant": _t("Returning migrant"),
        "other_vulnerable": _t("Other vulnerable"),
    }.get(code, code)


def sex(code: str) -> str:
    return {"F": _t("Female"), "M": _t("Male")}.get(code, code)


def case_status(code: str) -> str:
    return {"open": _t("Open"), "closed": _t("Closed")}.get(code, code)


def loan_status(code: str) -> str:
    return {
        "approved": _t("Approved"),
        "active": _t("Active"),
        "closed": _t("Repaid"),
        "written_off": _t("Written off"),
        "cancelled": _t("Cancelled"),
    }.get(code, code)


def installment_status(code: str) -> str:
    return {
        "paid": _t("Paid"),
        "partly paid": _t("Partly paid"),
        "due": _t("Due"),
        "overdue": _t("Overdue"),
    }.get(code, code)


def entry_kind(code: str) -> str:
    return {
        "disbursement": _t("Disbursement"),
        "repayment": _t("Repayment"),
        "fee": _t("Fee"),
        "penalty": _t("Penalty"),
        "write_off": _t("Write-off"),
        "reversal": _t("Reversal"),
    }.get(code, code)


def role(code: str) -> str:
    return {
        "loan_officer": _t("Loan officer"),
        "trainer": _t("Trainer"),
        "supervisor": _t("Supervisor"),
        "administrator": _t("Administrator"),
    }.get(code, code)


def plan_status(code: str) -> str:
    return {
        "submitted": _t("Submitted"),
        "approved": _t("Approved"),
        "rejected": _t("Rejected"),
    }.get(code, code)
