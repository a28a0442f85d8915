"""Small input checks shared by the services. Each raises ``ValidationError`` naming the field."""

from __future__ import annotations

from datetime import date

from app.errors import ValidationError


def text(value: str | None, field: str, *, required: bool = True, max_len: int = 200) -> str:
    s = (value or "").strip()
    if required and not s:
        raise ValidationError("this field is required", field=field)
    if len(s) > max_len:
        raise ValidationError("at most {max_len} characters", field=field, max_len=max_len)
    return s


def parse_date(value: date | str | None, field: str) -> date:
    """Accept a ``date`` or an ISO ``YYYY-MM-DD`` / ``DD.MM.YYYY`` string."""
    if isinstance(value, date):
        return value
    s = (value or "").strip()
    if not s:
        raise ValidationError("enter a date", field=field)
    try:
        if "." in s:
            d, m, y = s.split(".")
            return date(int(y), int(m), int(d))
        return date.fromisoformat(s)
    except ValueError:
        raise ValidationError(
            "{text!r} is not a date (use 2026-11-22 or 22.11.2026)", field=field, text=s
        ) from None


def choice(value: str, options: tuple[str, ...], field: str) -> str:
    if value not in options:
        raise ValidationError("must be one of: {options}", field=field, options=", ".join(options))
    return value


def not_future(d: date, field: str, today: date | None = None) -> date:
    if d > (today or date.today()):
        raise ValidationError("the date is in the future", field=field)
    return d


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
