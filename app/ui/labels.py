"""Words shown for stored codes (categories, statuses, roles), all through Qt's translator.

The codes and their English labels are the one vocabulary, ``app.vocabulary`` (#12); the PDFs
and the workbook show the same English words through their own catalog. Here each label is
translated in the context ``labels`` (``make translations`` shows ``lupdate`` the labels through
the generated ``app/ui/label_messages.py``) and starts with a capital, as a table cell or a
form value does. An unknown code shows as stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app import vocabulary as v
from app.ui.i18n import current_language


def label(table: dict[Any, str], code: Any) -> str:
    """The interface's word for ``code`` in one of the tables of ``app.vocabulary``."""
    english = table.get(code)
    if english is None:
        return str(code)
    text = QCoreApplication.translate("labels", english)
    return _capital(text[:1]) + text[1:]


def _capital(letter: str) -> str:
    if current_language() == "az":  # i → İ and ı → I in Azerbaijani (Python's upper: i → I)
        return {"i": "İ", "ı": "I"}.get(letter, letter.upper())
    return letter.upper()


def category(code: str) -> str:
    return label(v.CATEGORY, code)


def sex(code: str) -> str:
    return label(v.SEX, code)


def case_status(code: str) -> str:
    return label(v.CASE_STATUS, code)


def loan_status(code: str) -> str:
    """A stored status, or a proposed loan's decision (``rejected``), which stands for it."""
    return label(v.LOAN_STATUS if code in v.LOAN_STATUS else v.LOAN_DECISION, code)


def loan_decision(code: str) -> str:
    return label(v.LOAN_DECISION, code)


def installment_status(code: str) -> str:
    return label(v.INSTALLMENT_STATUS, code)


def entry_kind(code: str) -> str:
    return label(v.ENTRY_KIND, code)


def role(code: str) -> str:
    return label(v.ROLE, code)


def plan_status(code: str) -> str:
    return label(v.PLAN_STATUS, code)


def plan_event(code: str) -> str:
    return label(v.PLAN_EVENT, code)


def budget_source(code: str) -> str:
    return label(v.BUDGET_SOURCE, code)


def grant_status(code: str) -> str:
    return label(v.GRANT_STATUS, code)


def criterion(name: str, code: str = "") -> str:
    """A rubric criterion: the shipped ones in the interface's language, the office's own as
    the office wrote them."""
    if code in v.RUBRIC_CRITERION:
        return str(QCoreApplication.translate("labels", v.RUBRIC_CRITERION[code]))
    return name


def method(code: str) -> str:
    return label(v.METHOD, code)


def frequency(code: str) -> str:
    return label(v.FREQUENCY, code)


def amortization(code: str) -> str:
    return label(v.AMORTIZATION, code)


def allocation_part(code: str) -> str:
    return label(v.ALLOCATION_PART, code)


def yes_no(value: bool) -> str:
    return label(v.YES_NO, bool(value))


def loan_warning(code: str) -> str:
    return label(v.LOAN_WARNING, code)
