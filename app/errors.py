"""Domain errors shared by the services, the CLI and (later) the GUI and the server.

Every error a user can cause names the field it concerns, so a form can put the message
next to the right input and the CLI can print one clear line.
"""

from __future__ import annotations


class DomainError(Exception):
    """A use case refused its input. Nothing was written.

    Attributes:
        field: the input the problem concerns (``"amount"``, ``"paid_on"``), or ``None``.
        message: a sentence for a person, without the field prefix.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)


class ValidationError(DomainError):
    """The input is malformed or out of range."""


class NotFound(DomainError):
    """A referenced record (loan, beneficiary, entry) does not exist in this database."""


class PermissionDenied(DomainError):
    """The acting officer's role does not allow this use case."""


class Conflict(DomainError):
    """The request contradicts the current state (reversing twice, paying a closed loan)."""
