"""Money: integer qəpik at rest, ``Decimal`` manat in code, one place to parse and format.

1 AZN = 100 qəpik. Nothing in Fieldbook holds money in a float: the database stores
``*_qepik`` integer columns, the loan math works on ``Decimal`` manat quantised to two places,
and this module converts between the two at the edges and formats for people.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from app.errors import ValidationError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
SIGN = "\u20bc"  # ₼
NBSP = "\u00a0"  # keeps "1 234,50 ₼" on one line

ROUNDING_MODES = {"half-up": ROUND_HALF_UP, "half-even": ROUND_HALF_EVEN}
# The most whose qəpik still fit SQLite's signed 64-bit INTEGER; above it is a typo or a pasted
# number, and quantising it could also overflow Decimal's precision.
MAX_AMOUNT = Decimal(2**63 - 1).scaleb(-2)


def rounding_mode(name: str) -> str:
    """The ``decimal`` rounding constant for a product's rounding setting."""
    try:
        return ROUNDING_MODES[name]
    except KeyError:
        raise ValidationError(
            "unknown rounding mode {name!r}; use half-up or half-even",
            field="rounding",
            name=name,
        ) from None


def q(value: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    """Round a Decimal amount to the qəpik with the given ``decimal`` rounding constant."""
    return value.quantize(CENT, rounding=rounding)


def to_qepik(amount: Decimal) -> int:
    """Manat (exactly representable in qəpik) to integer qəpik. Refuses sub-qəpik amounts."""
    shifted = amount.scaleb(2)
    if shifted != shifted.to_integral_value():
        # The digits as given (a str, not money to be rounded for display).
        raise ValidationError(
            "{amount} has more than two decimals", field="amount", amount=str(amount)
        )
    return int(shifted)


def from_qepik(qepik: int) -> Decimal:
    """Integer qəpik to Decimal manat with two places."""
    return Decimal(qepik).scaleb(-2).quantize(CENT)


def parse_amount(
    text: str | Decimal | int, *, field: str = "amount", allow_zero: bool = False
) -> Decimal:
    """Parse what a person typed (``"1 234,50"``, ``"1234.50"``, ``"50"``) into Decimal manat.

    Accepts a comma or a point as the decimal separator and spaces, non-breaking spaces or
    (with a point decimal) commas as thousands separators, and an optional ₼ / AZN suffix.

    Raises:
        ValidationError: naming ``field`` for empty, malformed, negative, zero (unless
            ``allow_zero``) or sub-qəpik input.
    """
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        s = str(text).strip().replace(SIGN, "").replace("AZN", "").replace("azn", "")
        s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "")
        if not s:
            raise ValidationError("enter an amount", field=field)
        if "," in s and "." in s:
            # 1,234.50 (English thousands) or 1.234,50 (continental thousands)
            if s.rfind(",") > s.rfind("."):
                s = s.replace(".", "").replace(",", ".")
            else:
                s = s.replace(",", "")
        elif "," in s:
            s = s.replace(",", ".")
        try:
            value = Decimal(s)
        except InvalidOperation:
            raise ValidationError("{text!r} is not an amount", field=field, text=text) from None
    if not value.is_finite():
        raise ValidationError("{text!r} is not an amount", field=field, text=text)
    if value < 0:
        raise ValidationError("the amount cannot be negative", field=field)
    if value == 0 and not allow_zero:
        raise ValidationError("the amount must be more than zero", field=field)
    if value > MAX_AMOUNT:
        raise ValidationError("the amount is too large", field=field)
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValidationError("an amount has at most two decimals (qəpik)", field=field)
    return value.quantize(CENT)


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return sep.join(reversed(out))


def format_amount(amount: Decimal | int, locale: str = "az") -> str:
    """Format for people: ``1 234,50 ₼`` (az, ru) or ``1,234.50 AZN`` (en).

    An ``int`` is taken as qəpik, a ``Decimal`` as manat.
    """
    value = from_qepik(amount) if isinstance(amount, int) else q(amount)
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(value):.2f}".split(".")
    if locale.startswith("en"):
        return f"{sign}{_group(whole, ',')}.{frac} AZN"
    return f"{sign}{_group(whole, NBSP)},{frac}{NBSP}{SIGN}"


def json_amount(amount: Decimal | int) -> str:
    """The CLI/JSON form: a string in AZN with two decimals (``"1234.50"``). ``int`` is qəpik."""
    value = from_qepik(amount) if isinstance(amount, int) else q(amount)
    return f"{value:.2f}"
