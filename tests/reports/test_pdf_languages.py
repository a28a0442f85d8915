"""#7: the four documents in Russian and English, Azerbaijani by default.

Each is printed for real and read back with ``pdftotext``: the Russian words are there, no word
of the Azerbaijani paper is left (what people typed, names and places, stays as typed), dates
and money are written as on Azerbaijani paper, and Arimo is still the only font, embedded.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.errors import ValidationError
from app.models import Loan, LoanProduct
from app.reports import case_summary_pdf, certificate_pdf, receipt_pdf, schedule_card_pdf
from app.reports.paper import catalog
from app.services import loans, training
from tests.builders import an_officer
from tests.reports.conftest import fonts, leftovers, session_ids, text

WORD = re.compile(r"[^\W\d_]{3,}")
# The schedule card's formula names the qəpik (гяпик in Russian) and Fineract; kept as words.
AS_IT_IS = {"qəpik"}
AZ_LETTERS = re.compile(r"[ƏəĞğİıŞşÇçÖöÜü]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def azerbaijani_only_words() -> set[str]:
    """Words of the Azerbaijani paper that neither the Russian nor the English one uses."""
    az, ru = catalog("az"), catalog("ru")

    def words(texts) -> set[str]:
        return {w.lower() for t in texts for w in WORD.findall(t)}

    return words(az.values()) - words(ru.values()) - words(az.keys())


def left_over(body: str, data: list[str]) -> list[str]:
    """Words of ``body`` that are Azerbaijani paper, not data (names, places, titles)."""
    typed = {w.lower() for d in data for w in WORD.findall(d)} | AS_IT_IS
    az_words = azerbaijani_only_words()
    return sorted(
        {
            w
            for w in WORD.findall(body)
            if w.lower() not in typed and (w.lower() in az_words or AZ_LETTERS.search(w))
        }
    )


@pytest.fixture
def printed(agdam):
    """Əliyeva's documents, with a completed course for the certificate; (db, people, ...)."""
    db, admin, officer, person, loan, paid = agdam
    trainer = an_officer(db, admin, "trainer")
    course = training.create_course(
        db,
        actor=trainer,
        title="Biznesə başlanğıc: Ağdam",
        starts_on=date(2026, 3, 2),
        venue="İcma mərkəzi",
    )
    training.enroll(db, actor=trainer, course_id=course, beneficiary_id=person)
    for sid in session_ids(db, course):
        training.mark_attendance(
            db, actor=trainer, session_id=sid, beneficiary_id=person, present=True
        )
    with db.session() as s:
        product = s.get(LoanProduct, s.get(Loan, loan.id).product_id).name
    data = [
        "Əliyeva Aynur İlqar qızı",
        "Ağdam",
        "Qiyaslı",
        "Biznesə başlanğıc: Ağdam",
        "İcma mərkəzi",
        product,
        officer.full_name,
        trainer.full_name,
    ]
    return db, officer, trainer, person, loan, paid, course, data


def _all_four(printed, folder: Path, **language: str) -> dict[str, Path]:
    db, officer, trainer, person, loan, paid, course, _ = printed
    return {
        "receipt": receipt_pdf(db, paid.receipt_no, folder / "r.pdf", actor=officer, **language),
        "schedule": schedule_card_pdf(db, loan.id, folder / "s.pdf", actor=officer, **language),
        "case": case_summary_pdf(db, person, folder / "c.pdf", actor=officer, **language),
        "certificate": certificate_pdf(
            db, course, person, folder / "t.pdf", actor=trainer, **language
        ),
    }


RUSSIAN = {
    "receipt": (
        "Квитанция об оплате",
        "Экземпляр бенефициара",
        "Экземпляр офиса",
        "Офис района Ağdam",
        "Кредитный специалист",
        "Бенефициар",
        "№ кредита",
        "Уплаченная сумма",
        "123,45 ₼",
        "15.02.2026",
        "Распределение суммы",
        "Проценты",
        "Основной долг",
        "Остаток основного долга после платежа",
        "Плательщик: Əliyeva Aynur İlqar qızı",
        "Принял:",
        "Напечатано",
        "Страница 1",
    ),
    "schedule": (
        "График погашения кредита",
        "Годовая ставка",
        "18,00 %",
        "платежей: 12 (ежемесячно)",
        "на уменьшающийся остаток",
        "Дата выдачи",
        "15.01.2026",
        "1 200,00 ₼",
        "Основной",
        "Остаток",
        "оплачен",
        "Итого",
        "Состояние на",
        "Всего к погашению",
        "Порядок расчёта",
        "до гяпика",
        "ROUND",
    ),
    "case": (
        "Сводка по личному делу",
        "Конфиденциально: персональные данные",
        "Фамилия, имя, отчество",
        "Əliyeva Aynur İlqar qızı",
        "женский",
        "(возраст:",
        "Ağdam, Qiyaslı",
        "пострадавший от мин",
        "Удостоверение личности",
        "AA1234567",
        "Тренинги",
        "Biznesə başlanğıc: Ağdam",
        "Кредиты",
        "1 200,00 ₼",
        "Заметки",
        "Нет.",
        "Конфиденциально · Напечатано",
    ),
    "certificate": (
        "СЕРТИФИКАТ",
        "Настоящий сертификат подтверждает, что",
        "Əliyeva Aynur İlqar qızı",
        "успешно завершил(а) обучение по курсу «Biznesə başlanğıc: Ağdam».",
        "Даты обучения: 02.03.2026 – 04.03.2026",
        "Место проведения: İcma mərkəzi",
        "Посещение: 3 из 3 дн.",
        "Тренер:",
        "Руководитель офиса района Ağdam",
        "Сертификат №",
    ),
}


def test_each_document_in_russian_has_russian_words_and_no_azerbaijani_left(printed, tmp_path):
    data = printed[-1]
    for kind, pdf in _all_four(printed, tmp_path, language="ru").items():
        body = text(pdf)
        for expected in RUSSIAN[kind]:
            assert expected in body, f"{kind}: {expected!r}"
        assert not left_over(body, data), f"{kind}: {left_over(body, data)}"
        assert all("Arimo" in f[0] and f[-5] == "yes" for f in fonts(pdf)), kind
        assert b"/Lang (ru)" in pdf.read_bytes()
    assert text(tmp_path / "r.pdf").count("Квитанция об оплате") == 2


def test_the_schedule_cards_formula_is_in_the_papers_language(printed, tmp_path):
    db, officer, *_ = printed
    loan = printed[4]
    english = " ".join(text(schedule_card_pdf(db, loan.id, tmp_path / "en.pdf", actor=officer,
                                              language="en")).split())  # fmt: skip
    assert "Declining balance, equal installments, monthly. r = 18% / 12" in english
    assert "The last installment repays the remaining balance." in english
    for language, expected in (
        ("ru", ("Убывающий остаток, равные платежи, ежемесячно. r = 18% / 12",
                "Последний платёж погашает весь оставшийся долг.", "PMT(r, 12, −P)")),
        ("az", ("Azalan qalıq, bərabər ödənişlər, aylıq. r = 18% / 12",
                "Son hissə qalan borcu tam ödəyir.", "PMT(r, 12, −P)")),
    ):  # fmt: skip
        out = schedule_card_pdf(db, loan.id, tmp_path / f"{language}.pdf", actor=officer,
                                language=language)  # fmt: skip
        body = " ".join(text(out).split())
        for phrase in expected:
            assert phrase in body, (language, phrase)
        for phrase in ("Declining balance", "installment", "Rounding", "remaining balance"):
            assert phrase not in body, (language, phrase)


def test_in_english_the_paper_shows_the_source_text(printed, tmp_path):
    data = printed[-1]
    expected = {
        "receipt": ("Repayment receipt", "Beneficiary's copy", "Split of the amount", "Page 1"),
        "schedule": ("Loan repayment schedule", "12 installments (monthly)", "paid", "Total"),
        "case": ("Case summary", "Surname, name, patronymic", "female", "mine survivor"),
        "certificate": ("CERTIFICATE", "This certifies that", "Attended: 3 of 3 days"),
    }
    for kind, pdf in _all_four(printed, tmp_path, language="en").items():
        body = text(pdf)
        for words in expected[kind]:
            assert words in body, f"{kind}: {words!r}"
        assert not CYRILLIC.search(body) and not left_over(body, data), kind
    assert "123,45 ₼" in text(tmp_path / "r.pdf")  # money as on Azerbaijani paper


def test_azerbaijani_is_the_default(printed, tmp_path):
    data = printed[-1]
    default = _all_four(printed, tmp_path / "default")
    asked = _all_four(printed, tmp_path / "az", language="az")
    for kind in default:
        first = re.sub(r"\d\d:\d\d", "", text(default[kind]))  # the minute it was printed
        assert first == re.sub(r"\d\d:\d\d", "", text(asked[kind])), kind
        assert not CYRILLIC.search(first)
        assert left_over(first, data), kind  # what the Russian and English tests look for
    assert "Ödəniş qəbzi" in text(default["receipt"])
    assert "Kreditin ödəniş qrafiki" in text(default["schedule"])


def test_an_unknown_language_is_refused_before_anything_is_written(printed, tmp_path):
    db, officer, *_ = printed
    paid = printed[5]
    with pytest.raises(ValidationError) as caught:
        receipt_pdf(db, paid.receipt_no, tmp_path / "r.pdf", actor=officer, language="de")
    assert caught.value.field == "language"
    assert not (tmp_path / "r.pdf").exists() and leftovers(tmp_path) == []


def test_a_reversed_repayment_says_so_in_russian(agdam, tmp_path):
    db, admin, officer, _, _, paid = agdam
    loans.reverse_entry(db, actor=admin, entry_id=paid.entry_id, reason="ошибка кассира")
    body = text(receipt_pdf(db, paid.receipt_no, tmp_path / "r.pdf", actor=officer, language="ru"))
    assert "СТОРНО: этот платёж отменён" in body and "ошибка кассира" in body


@pytest.mark.parametrize(
    ("what", "args", "expected"),
    [
        ("receipt", ["--receipt", "{receipt}"], "Квитанция об оплате"),
        ("schedule", ["--loan", "{loan}"], "График погашения кредита"),
        ("case", ["--beneficiary", "AGD-3-B00001"], "Сводка по личному делу"),
        ("certificate", ["--course", "{course}", "--beneficiary", "AGD-3-B00001"], "СЕРТИФИКАТ"),
    ],
)
def test_the_command_prints_in_the_language_asked(printed, tmp_path, what, args, expected):
    db, _, trainer, _, loan, paid, course, _ = printed
    values = {"receipt": paid.receipt_no, "loan": loan.number, "course": course}
    args = [a.format(**values) for a in args]
    officer = ["--officer", trainer.login] if what == "certificate" else []
    out = tmp_path / f"{what}.pdf"
    common = ["export", what, "--db", str(db.path), *args, *officer, "--out", str(out)]
    assert main([*common, "--language", "ru"]) == 0
    assert expected in text(out)
    assert main(common) == 0  # without --language: Azerbaijani
    assert not CYRILLIC.search(text(out))
