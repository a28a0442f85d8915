"""Amounts in words for the receipt (#14): ``1 234,50 ₼`` → ``bir min iki yüz otuz dörd manat
əlli qəpik`` (az), ``одна тысяча двести тридцать четыре маната пятьдесят гяпиков`` (ru),
``one thousand two hundred thirty-four manat fifty qəpik`` (en). A receipt written by hand
carries the sum in words against a changed figure; a printed one does too.
"""

from __future__ import annotations

from decimal import Decimal

_AZ_ONES = ("", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz")
_AZ_TENS = ("", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan")
_EN_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen")  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_RU_ONES = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
            "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")  # fmt: skip
_RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
            "восемьдесят", "девяносто")  # fmt: skip
_RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                "восемьсот", "девятьсот")  # fmt: skip


def _az(n: int) -> str:
    if n == 0:
        return "sıfır"
    out = []
    for size, name in ((10**9, "milyard"), (10**6, "milyon"), (1000, "min")):
        if n >= size:
            head, n = divmod(n, size)
            out += ([] if head == 1 and size == 1000 else [_az(head)]) + [name]
    hundreds, rest = divmod(n, 100)
    if hundreds:
        out += ([] if hundreds == 1 else [_AZ_ONES[hundreds]]) + ["yüz"]
    tens, ones = divmod(rest, 10)
    out += [w for w in (_AZ_TENS[tens], _AZ_ONES[ones]) if w]
    return " ".join(out)


def _en(n: int) -> str:
    if n == 0:
        return "zero"
    out = []
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            head, n = divmod(n, size)
            out += [_en(head), name]
    hundreds, rest = divmod(n, 100)
    if hundreds:
        out += [_EN_ONES[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        out.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    elif rest:
        out.append(_EN_ONES[rest])
    return " ".join(out)


def _ru_form(n: int, one: str, few: str, many: str) -> str:
    if 11 <= n % 100 <= 14:
        return many
    return {1: one, 2: few, 3: few, 4: few}.get(n % 10, many)


def _ru_hundreds(n: int, feminine: bool = False) -> list[str]:
    hundreds, rest = divmod(n, 100)
    out = [_RU_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        tens, rest = divmod(rest, 10)
        out.append(_RU_TENS[tens])
    if rest:
        word = _RU_ONES[rest]
        if feminine and rest in (1, 2):
            word = ("одна", "две")[rest - 1]
        out.append(word)
    return out


def _ru(n: int) -> str:
    if n == 0:
        return "ноль"
    out = []
    for size, forms, feminine in ((10**9, ("миллиард", "миллиарда", "миллиардов"), False),
                                  (10**6, ("миллион", "миллиона", "миллионов"), False),
                                  (1000, ("тысяча", "тысячи", "тысяч"), True)):  # fmt: skip
        if n >= size:
            head, n = divmod(n, size)
            out += [*_ru_hundreds(head, feminine), _ru_form(head, *forms)]
    out += _ru_hundreds(n)
    return " ".join(out)


def amount_in_words(amount: Decimal, language: str = "az") -> str:
    """The amount in manat and qəpik in words, in ``language`` (az, ru or en)."""
    qepik_total = int((amount * 100).to_integral_value())
    manat, qepik = divmod(abs(qepik_total), 100)
    if language == "ru":
        kopeks = _ru(qepik) if qepik else "ноль"
        text = (
            f"{_ru(manat)} {_ru_form(manat, 'манат', 'маната', 'манатов')} "
            f"{kopeks} {_ru_form(qepik, 'гяпик', 'гяпика', 'гяпиков')}"
        )
    elif language == "en":
        text = f"{_en(manat)} manat {_en(qepik)} qəpik"
    else:
        text = f"{_az(manat)} manat {_az(qepik)} qəpik"
    return text if qepik_total >= 0 else f"− {text}"
