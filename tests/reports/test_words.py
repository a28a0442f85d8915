"""Amounts in words on the receipt (#14), in the three languages of the paper."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.reports.words import amount_in_words


@pytest.mark.parametrize(
    ("amount", "az", "ru", "en"),
    [
        ("1234.50", "min iki yüz otuz dörd manat əlli qəpik",
         "одна тысяча двести тридцать четыре маната пятьдесят гяпиков",
         "one thousand two hundred thirty-four manat fifty qəpik"),
        ("112.50", "yüz on iki manat əlli qəpik", "сто двенадцать манатов пятьдесят гяпиков",
         "one hundred twelve manat fifty qəpik"),
        ("21.01", "iyirmi bir manat bir qəpik", "двадцать один манат один гяпик",
         "twenty-one manat one qəpik"),
        ("2002000.00", "iki milyon iki min manat sıfır qəpik",
         "два миллиона две тысячи манатов ноль гяпиков",
         "two million two thousand manat zero qəpik"),
        ("0.14", "sıfır manat on dörd qəpik", "ноль манатов четырнадцать гяпиков",
         "zero manat fourteen qəpik"),
    ],
)  # fmt: skip
def test_amounts_read_in_words(amount, az, ru, en):
    value = Decimal(amount)
    assert amount_in_words(value, "az") == az
    assert amount_in_words(value, "ru") == ru
    assert amount_in_words(value, "en") == en
