"""Words for the codes stored in the database, shared by the workbook and the PDFs.

Codes stay English in the database and in JSON; only what a person reads is translated. The
English word of each code is that of the one vocabulary, ``app.vocabulary`` (#12), which the
screens use too; ``make translations`` files those words under the context ``documents`` for the
paper; their Azerbaijani and Russian live in ``resources/translations/*.ts`` only (#7), one copy
for the paper and the workbook alike.

* The PDFs ask the functions (``sex("F")``), which answer in the language of the document being
  drawn (``paper.speaking``): ``qadın``, ``женский`` or ``female``.
* The head-office workbook, its import template and the import read the Azerbaijani tables
  (``SEX``, ``CATEGORY``, …): head office reads the workbook in Azerbaijani (#6) whatever the
  language of the interface, and those words are what an import accepts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app import vocabulary
from app.reports.paper import translate
from app.services.validate import age_on

# -- the English words (the source of the translations): the one vocabulary (#12) -----------
SEX_WORDS = vocabulary.SEX
CATEGORY_WORDS = vocabulary.CATEGORY
YES_NO_WORDS = vocabulary.YES_NO
LOAN_STATUS_WORDS = vocabulary.LOAN_STATUS
ENTRY_KIND_WORDS = vocabulary.ENTRY_KIND
INSTALLMENT_STATUS_WORDS = vocabulary.INSTALLMENT_STATUS
FREQUENCY_WORDS = vocabulary.FREQUENCY
METHOD_WORDS = vocabulary.METHOD
AMORTIZATION_WORDS = vocabulary.AMORTIZATION
LOAN_DECISION_WORDS = vocabulary.LOAN_DECISION
LOAN_WARNING_WORDS = vocabulary.LOAN_WARNING
ALLOCATION_PART_WORDS = vocabulary.ALLOCATION_PART
PLAN_STATUS_WORDS = vocabulary.PLAN_STATUS
CASE_STATUS_WORDS = vocabulary.CASE_STATUS


def in_language(table: dict[Any, str], language: str) -> dict[Any, str]:
    """``table`` with each English word translated into ``language`` (same keys, same order)."""
    return {code: translate(english, language) for code, english in table.items()}


# -- the workbook's words: Azerbaijani, whatever language the paper is printed in -----------
SEX = in_language(SEX_WORDS, "az")
CATEGORY = in_language(CATEGORY_WORDS, "az")
YES_NO = in_language(YES_NO_WORDS, "az")
LOAN_STATUS = in_language(LOAN_STATUS_WORDS, "az")
LOAN_DECISION = in_language(LOAN_DECISION_WORDS, "az")  # a proposed loan's status (#13)
ENTRY_KIND = in_language(ENTRY_KIND_WORDS, "az")
INSTALLMENT_STATUS = in_language(INSTALLMENT_STATUS_WORDS, "az")
FREQUENCY = in_language(FREQUENCY_WORDS, "az")
METHOD = in_language(METHOD_WORDS, "az")
PLAN_STATUS = in_language(PLAN_STATUS_WORDS, "az")  # #13: the Plans and Grants sheets
GRANT_STATUS = in_language(vocabulary.GRANT_STATUS, "az")
LOAN_WARNING = in_language(LOAN_WARNING_WORDS, "az")
# Only the workbook shows these two; they are not on paper and stay Azerbaijani here.
BUCKET = {"current": "cari", "1-30": "1–30", "31-90": "31–90", ">90": ">90"}
AGE_BANDS = ("18-dək", "18–24", "25–34", "35–49", "50–64", "65+")
_BAND_FLOORS = ((65, "65+"), (50, "50–64"), (35, "35–49"), (25, "25–34"), (18, "18–24"))


# -- the paper's words: in the language of the document being drawn -------------------------
def _say(table: dict[Any, str], code: Any) -> str:
    english = table.get(code)
    return str(code) if english is None else translate(english)


def sex(code: str) -> str:
    return _say(SEX_WORDS, code)


def category(code: str) -> str:
    return _say(CATEGORY_WORDS, code)


def yes_no(flag: bool) -> str:
    return _say(YES_NO_WORDS, bool(flag))


def loan_status(code: str) -> str:
    return _say(LOAN_STATUS_WORDS, code)


def installment_status(code: str) -> str:
    return _say(INSTALLMENT_STATUS_WORDS, code)


def frequency(code: str) -> str:
    return _say(FREQUENCY_WORDS, code)


def method(code: str) -> str:
    return _say(METHOD_WORDS, code)


def loan_warning(code: str) -> str:
    return _say(LOAN_WARNING_WORDS, code)


def loan_decision(code: str) -> str:
    return _say(LOAN_DECISION_WORDS, code)


def amortization(code: str) -> str:
    return _say(AMORTIZATION_WORDS, code)


def allocation_part(code: str) -> str:
    return _say(ALLOCATION_PART_WORDS, code)


def entry_kind(code: str) -> str:
    return _say(ENTRY_KIND_WORDS, code)


def plan_status(code: str) -> str:
    return _say(PLAN_STATUS_WORDS, code)


def case_status(code: str) -> str:
    return _say(CASE_STATUS_WORDS, code)


def plan_event(code: str) -> str:
    return _say(vocabulary.PLAN_EVENT, code)


def budget_source(code: str) -> str:
    return _say(vocabulary.BUDGET_SOURCE, code)


def grant_status(code: str) -> str:
    return _say(vocabulary.GRANT_STATUS, code)


def rubric_criterion(code: str) -> str:
    return _say(vocabulary.RUBRIC_CRITERION, code)


def age_band(birth: date, on: date) -> str:
    """The donor reporting band of a person's age on a date (``"25–34"``)."""
    age = age_on(birth, on)
    for floor, label in _BAND_FLOORS:
        if age >= floor:
            return label
    return AGE_BANDS[0]


def paper_date(d: date | None) -> str:
    """``22.11.2026``: dates are written so on paper in every language."""
    return "" if d is None else d.strftime("%d.%m.%Y")
