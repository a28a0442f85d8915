"""Domain errors shared by the services, the CLI and (later) the GUI and the server.

Every error a user can cause names the field it concerns, so a form can put the message
next to the right input and the CLI can print one clear line.

#7: a message is an English *template* with named ``{placeholders}`` plus the values that fill
them, so the GUI can translate the template (context ``errors``) and show the values the way
the interface writes them (money, dates) while the core stays free of Qt::

    raise ValidationError(
        "more than is owed: the loan's whole balance is {owed} AZN", field="amount", owed=owed
    )

The template must be a string literal at the ``raise`` (or inside :func:`translatable`):
``resources/translations/update.py`` finds the templates by reading the source, and an f-string
would make every message a new one.
"""

from __future__ import annotations

from typing import Any


def translatable(template: str) -> str:
    """Mark an error template kept apart from its ``raise`` (a constant, a table of them).

    Returns ``template`` unchanged; ``update.py`` collects the literal like one at a ``raise``.
    """
    return template


def render(template: str, params: dict[str, Any]) -> str:
    """``template`` filled with ``params`` in English, the way an f-string would have done.

    Without params the template is the message as it stands (braces and all). A template that
    does not fit its params (a bug the extraction test looks for) is shown unfilled rather than
    turning a refusal into a crash.
    """
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template


class DomainError(Exception):
    """A use case refused its input. Nothing was written.

    Attributes:
        field: the input the problem concerns (``"amount"``, ``"paid_on"``), or ``None``.
        template: the English message with ``{placeholders}``; what the GUI translates.
        params: the raw values of the placeholders (``Decimal``, ``date``, ``int``, ``str``).
        message: a sentence for a person, without the field prefix: ``template`` filled with
            ``params`` in English. ``str(error)`` is ``"field: message"``.
    """

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.field = field
        self.template = template
        self.params = params
        self.message = render(template, params)
        super().__init__(f"{field}: {self.message}" if field else self.message)


class ValidationError(DomainError):
    """The input is malformed or out of range."""


class NotFound(DomainError):
    """A referenced record (loan, beneficiary, entry) does not exist in this database."""


class PermissionDenied(DomainError):
    """The acting officer's role does not allow this use case."""


class Conflict(DomainError):
    """The request contradicts the current state (reversing twice, paying a closed loan)."""


class Notice(DomainError):
    """Not a refusal: a sentence the core hands over to be shown (a backup that could not be
    written, a backup a week old). Returned, not raised; translated like an error's template."""
