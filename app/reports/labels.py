"""Azerbaijani words for the codes stored in the database, shared by the workbook and the PDFs.

Head office reads the workbook in Azerbaijani and beneficiaries take home paper in Azerbaijani
(#6). Codes stay English in the database and in JSON; only what a person reads is translated.
"""

from __future__ import annotations

from datetime import date

from app.services.validate import age_on

SEX = {"F": "qadın", "M": "kişi"}
CATEGORY = {
    "mine_survivor": "mina qurbanı",
    "family_member": "ailə üzvü",
    "idp": "məcburi köçkün",
    "returning_migrant": "geri qayıdan miqrant",
    "other_vulnerable": "digər həssas qrup",
}
YES_NO = {True: "bəli", False: "xeyr"}
LOAN_STATUS = {
    "approved": "təsdiqlənib",
    "active": "aktiv",
    "closed": "bağlanıb",
    "written_off": "silinib",
    "cancelled": "ləğv edilib",
}
ENTRY_KIND = {
    "disbursement": "kreditin verilməsi",
    "repayment": "ödəniş",
    "fee": "haqq",
    "penalty": "cərimə",
    "write_off": "silinmə",
    "reversal": "storno",
}
INSTALLMENT_STATUS = {
    "paid": "ödənilib",
    "partly paid": "qismən ödənilib",
    "due": "gözlənilir",
    "overdue": "gecikir",
}
BUCKET = {"current": "cari", "1-30": "1–30", "31-90": "31–90", ">90": ">90"}
FREQUENCY = {"monthly": "aylıq", "weekly": "həftəlik"}
METHOD = {"declining": "azalan qalıq", "flat": "sabit faiz"}

AGE_BANDS = ("18-dək", "18–24", "25–34", "35–49", "50–64", "65+")
_BAND_FLOORS = ((65, "65+"), (50, "50–64"), (35, "35–49"), (25, "25–34"), (18, "18–24"))


def age_band(birth: date, on: date) -> str:
    """The donor reporting band of a person's age on a date (``"25–34"``)."""
    age = age_on(birth, on)
    for floor, label in _BAND_FLOORS:
        if age >= floor:
            return label
    return AGE_BANDS[0]


def az_date(d: date | None) -> str:
    """``22.11.2026``, the way dates are written on Azerbaijani paper."""
    return "" if d is None else d.strftime("%d.%m.%Y")
