"""app.money: integer qəpik at rest, Decimal in code, parsing and formatting for people."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import pytest

from app.errors import ValidationError
from app.money import (
    MAX_AMOUNT,
    format_amount,
    from_qepik,
    json_amount,
    parse_amount,
    q,
    rounding_mode,
    to_qepik,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1234.50", "1234.50"),
        ("1 234,50", "1234.50"),
        (f"1{NBSP}234,50 ₼", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("50", "50.00"),
        ("0,5", "0.50"),
        ("  75.10 AZN ", "75.10"),
        (Decimal("12.3"), "12.30"),
        (7, "7.00"),
    ],
)
def test_parse_amount_accepts_what_people_type(typed, expected):
    value = parse_amount(typed)
    assert value == Decimal(expected)
    assert str(value) == expected  # always two places


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "enter an amount"),
        ("abc", "is not an amount"),
        ("-5", "negative"),
        ("0", "more than zero"),
        ("10.005", "two decimals"),
        ("NaN", "not an amount"),
        ("Infinity", "not an amount"),
    ],
)
def test_parse_amount_refuses_bad_input_naming_the_field(typed, fragment):
    with pytest.raises(ValidationError) as err:
        parse_amount(typed, field="requested")
    assert err.value.field == "requested"
    assert fragment in err.value.message


def test_zero_is_allowed_only_when_asked():
    assert parse_amount("0", allow_zero=True) == Decimal("0.00")


def test_qepik_round_trip_is_exact():
    for qepik in (0, 1, 99, 100, 123_456, 10**12 + 7):
        assert to_qepik(from_qepik(qepik)) == qepik
    assert from_qepik(123450) == Decimal("1234.50")
    assert to_qepik(Decimal("1234.5")) == 123450


def test_to_qepik_refuses_sub_qepik_amounts():
    with pytest.raises(ValidationError) as err:
        to_qepik(Decimal("0.005"))
    assert err.value.field == "amount"


def test_to_qepik_returns_an_int_never_a_float():
    assert type(to_qepik(Decimal("0.10"))) is int


def test_rounding_modes_differ_only_on_ties():
    assert q(Decimal("2.345"), ROUND_HALF_UP) == Decimal("2.35")
    assert q(Decimal("2.345"), ROUND_HALF_EVEN) == Decimal("2.34")
    assert q(Decimal("2.355"), ROUND_HALF_EVEN) == Decimal("2.36")
    assert q(Decimal("2.3449"), ROUND_HALF_UP) == Decimal("2.34")
    assert rounding_mode("half-up") == ROUND_HALF_UP
    assert rounding_mode("half-even") == ROUND_HALF_EVEN


def test_unknown_rounding_mode_is_a_validation_error():
    with pytest.raises(ValidationError) as err:
        rounding_mode("banker")
    assert err.value.field == "rounding"


@pytest.mark.parametrize(
    ("amount", "locale", "expected"),
    [
        (Decimal("1234.5"), "az", f"1{NBSP}234,50{NBSP}₼"),
        (Decimal("1234567.891"), "az", f"1{NBSP}234{NBSP}567,89{NBSP}₼"),
        (Decimal("0"), "az", f"0,00{NBSP}₼"),
        (Decimal("-12.5"), "ru", f"-12,50{NBSP}₼"),
        (Decimal("1234.5"), "en", "1,234.50 AZN"),
        (123450, "az", f"1{NBSP}234,50{NBSP}₼"),  # an int is qəpik
        (999, "en", "9.99 AZN"),
    ],
)
def test_format_amount(amount, locale, expected):
    assert format_amount(amount, locale) == expected


def test_json_amount_is_a_two_decimal_string():
    assert json_amount(Decimal("1234.5")) == "1234.50"
    assert json_amount(123450) == "1234.50"
    assert json_amount(5) == "0.05"
    assert json_amount(Decimal("0.005")) == "0.01"  # half-up


@pytest.mark.parametrize("typed", ["1e30", "9" * 30, "100000000000000000", "1e17"])
def test_absurdly_large_amounts_are_a_validation_error_not_a_crash(typed):
    """A pasted ID number in the amount box must not reach the INTEGER column (64-bit)."""
    with pytest.raises(ValidationError) as err:
        parse_amount(typed, field="amount")
    assert err.value.field == "amount"
    assert "too large" in err.value.message


def test_the_largest_amount_still_fits_the_qepik_column():
    largest = parse_amount(MAX_AMOUNT)
    assert to_qepik(largest) <= 2**63 - 1
    assert parse_amount("1 000 000 000,00") == Decimal("1000000000.00")
