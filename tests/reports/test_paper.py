"""#7: the words of the paper, translated without Qt (``app.reports.paper``).

The extraction (``resources/translations/document_strings.py``) finds every ``tr("…")`` and
``word("…")`` of the core; each must be translated in both ``.ts`` files with the same
``{placeholders}``, and the catalog the core reads from them must give those translations back.
The workbook's Azerbaijani words come from the same catalog and must not change (#6).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET

import pytest

from app.errors import ValidationError
from app.reports import labels, paper
from app.resources import resources_dir

TRANSLATIONS = resources_dir() / "translations"


def _extractor():
    path = TRANSLATIONS / "document_strings.py"
    spec = importlib.util.spec_from_file_location("document_strings", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("document_strings", module)  # its dataclass looks itself up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


EXTRACTOR = _extractor()


# -- the extraction -------------------------------------------------------------------------
def test_the_ledgers_formula_lines_fill_exactly_their_placeholders():
    from datetime import date
    from decimal import Decimal

    from app.ledger import LoanTerms, build_schedule
    from app.ledger.schedule import fill

    seen = set()
    for method, amortization, grace, multiple, rounding in (
        ("flat", "equal-installments", 0, None, "half-up"),
        ("flat", "equal-installments", 1, Decimal("5"), "half-even"),
        ("declining", "equal-principal", 0, None, "half-up"),
        ("declining", "equal-installments", 2, Decimal("1"), "half-even"),
    ):
        terms = LoanTerms(
            principal=Decimal("1200.00"), annual_rate=Decimal("18"), term=12, grace=grace,
            method=method, amortization=amortization, frequency="monthly", multiple=multiple,
            rounding=rounding, start=date(2026, 1, 15),
        )  # fmt: skip
        sched = build_schedule(terms)
        assert sched.formula == "\n".join(fill(t, v) for t, v in sched.formula_lines)
        for template, values in sched.formula_lines:
            assert set(EXTRACTOR.placeholders(template)) == set(values), template
            assert template in EXTRACTOR.strings()  # extracted, so translated
            seen.add(template)
    assert len(seen) >= 10


def test_every_marker_holds_a_literal_and_gets_exactly_its_placeholders():
    sites = EXTRACTOR.find_sites()
    dynamic = [s.where for s in sites if not s.text]
    assert not dynamic, "tr() and word() take a literal, at: " + ", ".join(dynamic)
    wrong = [
        f"{s.where}: {s.text!r} gets {sorted(s.params)}"
        for s in sites
        if s.params is not None and set(EXTRACTOR.placeholders(s.text)) != s.params
    ]
    assert not wrong, "\n".join(wrong)
    found = EXTRACTOR.strings()
    assert len(found) > 100
    for expected in ("Repayment receipt", "Page {page}", "female", "CERTIFICATE", "Case summary"):
        assert expected in found


def test_the_generated_module_is_up_to_date():
    written = EXTRACTOR.OUTPUT.read_text(encoding="utf-8")
    assert written == EXTRACTOR.render_module(EXTRACTOR.strings()), "run make translations"
    assert 'QCoreApplication.translate("documents", "Repayment receipt")' in written


def _documents(language: str) -> dict[str, ET.Element]:
    tree = ET.parse(TRANSLATIONS / f"fieldbook_{language}.ts")
    return {
        m.findtext("source") or "": m.find("translation")  # type: ignore[misc]
        for ctx in tree.getroot().iter("context")
        if ctx.findtext("name") == "documents"
        for m in ctx.iter("message")
    }


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_document_string_is_translated_with_the_same_placeholders(language):
    translated = _documents(language)
    problems = []
    for source in EXTRACTOR.strings():
        t = translated.get(source)
        if t is None or t.get("type") is not None or not (t.text or "").strip():
            problems.append(f"{source!r} is not translated")
        elif EXTRACTOR.placeholders(source) != EXTRACTOR.placeholders(t.text or ""):
            problems.append(f"{source!r} -> {t.text!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def test_the_russian_is_cyrillic_and_the_azerbaijani_latin():
    latin = re.compile(r"[A-Za-zƏəĞğİıŞşÇçÖöÜü]{3,}")
    keep = {"ROUND", "MROUND", "PMT", "Excel", "Fineract", "az", "ru", "en"}  # names as they are
    for source in EXTRACTOR.strings():
        ru = EXTRACTOR.FIELD.sub("", paper.catalog("ru")[source])
        az = paper.catalog("az")[source]
        assert not set(latin.findall(ru)) - keep, f"{source!r} -> {ru!r}"
        assert not re.search(r"[А-Яа-яЁё]", az), f"{source!r} -> {az!r}"


# -- the catalog ----------------------------------------------------------------------------
def test_the_catalog_gives_the_translations_of_the_ts_files():
    assert paper.catalog("ru")["Repayment receipt"] == "Квитанция об оплате"
    assert paper.catalog("az")["Repayment receipt"] == "Ödəniş qəbzi"
    assert paper.catalog("en") == {}
    assert paper.translate("Repayment receipt", "en") == "Repayment receipt"
    assert paper.translate("a sentence nobody translated", "ru") == "a sentence nobody translated"
    assert set(paper.catalog("az")) >= set(EXTRACTOR.strings())


def test_tr_translates_then_fills_the_placeholders_in_the_document_language():
    assert paper.current() == "az"
    assert paper.tr("Page {page}", page=2) == "Səhifə 2"
    with paper.speaking("ru"):
        assert paper.current() == "ru"
        assert paper.tr("Page {page}", page=2) == "Страница 2"
        assert paper.tr("Attended: {attended} of {days} days", attended=2, days=3) == (
            "Посещение: 2 из 3 дн."
        )
        with paper.speaking("en"):
            assert paper.tr("Page {page}", page=2) == "Page 2"
        assert paper.current() == "ru"
    assert paper.current() == "az"


def test_the_language_is_restored_after_a_failure_and_an_unknown_one_is_refused():
    with pytest.raises(RuntimeError), paper.speaking("ru"):
        raise RuntimeError("disk full")
    assert paper.current() == "az"
    with pytest.raises(ValidationError) as caught:
        paper.checked("de")
    assert caught.value.field == "language" and "'de'" in caught.value.message


# -- the words for stored codes -------------------------------------------------------------
def test_the_workbook_keeps_its_azerbaijani_words():
    """The head-office workbook, its template and the import read these: unchanged by #7."""
    assert labels.SEX == {"F": "qadın", "M": "kişi"}
    assert labels.CATEGORY == {
        "mine_survivor": "mina qurbanı",
        "family_member": "ailə üzvü",
        "idp": "məcburi köçkün",
        "returning_migrant": "geri qayıdan miqrant",
        "other_vulnerable": "digər həssas qrup",
    }
    assert labels.YES_NO == {True: "bəli", False: "xeyr"}
    assert labels.LOAN_STATUS == {
        "proposed": "təklif edilib",  # #13
        "approved": "təsdiqlənib",
        "active": "aktiv",
        "closed": "bağlanıb",
        "written_off": "silinib",
        "cancelled": "ləğv edilib",
    }
    assert labels.ENTRY_KIND == {
        "disbursement": "kreditin verilməsi",
        "repayment": "ödəniş",
        "fee": "haqq",
        "penalty": "cərimə",
        "write_off": "silinmə",
        "reversal": "storno",
    }
    assert labels.INSTALLMENT_STATUS == {
        "paid": "ödənilib",
        "partly paid": "qismən ödənilib",
        "due": "gözlənilir",
        "overdue": "gecikir",
    }
    assert labels.FREQUENCY == {"monthly": "aylıq", "weekly": "həftəlik"}
    assert labels.METHOD == {"declining": "azalan qalıq", "flat": "sabit faiz"}


def test_the_paper_asks_for_the_words_in_its_own_language():
    with paper.speaking("ru"):
        assert labels.sex("F") == "женский"
        assert labels.category("idp") == "вынужденный переселенец"
        assert labels.loan_status("closed") == "погашен"
        assert labels.installment_status("partly paid") == "оплачен частично"
        assert labels.yes_no(True) == "да"
        assert labels.case_status("closed") == "закрыто"
    with paper.speaking("en"):
        assert labels.plan_status("rejected") == "rejected"
        assert labels.method("flat") == "flat interest"
    assert labels.frequency("weekly") == "həftəlik"
    assert labels.sex("X") == "X"  # an unknown code shows as stored
