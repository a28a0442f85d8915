"""Words shown for stored codes (categories, statuses, roles), all through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Each word is a literal QCoreApplication.translate call: that is what pyside6-lupdate finds.


def category(code: str) -> str:
    return {
        "mine_survivor": QCoreApplication.translate("labels", "Mine survivor"),
        "family_member": QCoreApplication.translate("labels", "Family member"),
        "idp": QCoreApplication.translate("labels", "Internally displaced"),
        "returning_migrant": QCoreApplication.translate("labels", "Returning migrant"),
        "other_vulnerable": QCoreApplication.translate("labels", "Other vulnerable"),
    }.get(code, code)


def sex(code: str) -> str:
    return {
        "F": QCoreApplication.translate("labels", "Female"),
        "M": QCoreApplication.translate("labels", "Male"),
    }.get(code, code)


def case_status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("labels", "Open"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }.get(code, code)


def loan_status(code: str) -> str:
    return {
        "approved": QCoreApplication.translate("labels", "Approved"),
        "active": QCoreApplication.translate("labels", "Active"),
        "closed": QCoreApplication.translate("labels", "Repaid"),
        "written_off": QCoreApplication.translate("labels", "Written off"),
        "cancelled": QCoreApplication.translate("labels", "Cancelled"),
    }.get(code, code)


def installment_status(code: str) -> str:
    return {
        "paid": QCoreApplication.translate("labels", "Paid"),
        "partly paid": QCoreApplication.translate("labels", "Partly paid"),
        "due": QCoreApplication.translate("labels", "Due"),
        "overdue": QCoreApplication.translate("labels", "Overdue"),
    }.get(code, code)


def entry_kind(code: str) -> str:
    return {
        "disbursement": QCoreApplication.translate("labels", "Disbursement"),
        "repayment": QCoreApplication.translate("labels", "Repayment"),
        "fee": QCoreApplication.translate("labels", "Fee"),
        "penalty": QCoreApplication.translate("labels", "Penalty"),
        "write_off": QCoreApplication.translate("labels", "Write-off"),
        "reversal": QCoreApplication.translate("labels", "Reversal"),
    }.get(code, code)


def role(code: str) -> str:
    return {
        "loan_officer": QCoreApplication.translate("labels", "Loan officer"),
        "trainer": QCoreApplication.translate("labels", "Trainer"),
        "supervisor": QCoreApplication.translate("labels", "Supervisor"),
        "administrator": QCoreApplication.translate("labels", "Administrator"),
    }.get(code, code)


def plan_status(code: str) -> str:
    return {
        "submitted": QCoreApplication.translate("labels", "Submitted"),
        "approved": QCoreApplication.translate("labels", "Approved"),
        "rejected": QCoreApplication.translate("labels", "Rejected"),
    }.get(code, code)
