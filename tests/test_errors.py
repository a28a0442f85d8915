"""#7: a ``DomainError`` carries an English template and its params; the message is the same
sentence an f-string used to give, so the CLI and the English tests read what they always did."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.errors import (
    Conflict,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
    render,
    translatable,
)
from app.reports.imports import ImportCheck, ImportRefused
from app.services.beneficiaries import LikelyDuplicate


def test_the_message_is_the_template_filled_in_and_str_keeps_the_field_prefix():
    owed = Decimal("112.50")
    e = ValidationError(
        "more than is owed: the loan's whole balance is {owed} AZN", field="amount", owed=owed
    )
    assert e.template == "more than is owed: the loan's whole balance is {owed} AZN"
    assert e.params == {"owed": owed}  # the raw value: the GUI formats it as money
    assert e.message == "more than is owed: the loan's whole balance is 112.50 AZN"
    assert str(e) == "amount: more than is owed: the loan's whole balance is 112.50 AZN"
    assert e.field == "amount"


def test_values_are_written_as_an_f_string_would_write_them():
    e = ValidationError(
        "{text!r} is not a date; the payment date is before the disbursement ({on})",
        field="paid_on",
        text="31.02",
        on=date(2026, 1, 15),
    )
    assert e.message == "'31.02' is not a date; the payment date is before the disbursement " + (
        "(2026-01-15)"
    )


def test_without_params_the_template_is_the_message_as_it_stands():
    e = NotFound("no such loan", field="loan")
    assert (e.message, e.template, e.params, str(e)) == (
        "no such loan",
        "no such loan",
        {},
        "loan: no such loan",
    )
    assert str(Conflict("a {brace} stays")) == "a {brace} stays"  # nothing to fill: left alone


def test_a_template_that_does_not_fit_its_params_is_shown_unfilled_not_raised():
    assert render("balance is {owed} AZN", {"other": 1}) == "balance is {owed} AZN"
    assert PermissionDenied("a {role} may not", field="role", rol="x").message == "a {role} may not"


@pytest.mark.parametrize("cls", [ValidationError, NotFound, PermissionDenied, Conflict])
def test_every_kind_is_a_domain_error_with_template_and_params(cls):
    e = cls("loan {number} is {status}", field="loan", number="XAC-1-00042", status="closed")
    assert isinstance(e, DomainError)
    assert e.message == "loan XAC-1-00042 is closed"
    assert e.params == {"number": "XAC-1-00042", "status": "closed"}


def test_subclasses_keep_their_own_arguments_and_get_a_template():
    dup = LikelyDuplicate(["XAC-00001", "XAC-00002"])
    assert dup.codes == ["XAC-00001", "XAC-00002"] and dup.field == "surname"
    assert dup.template == "likely duplicate of {codes} (same name and birth date)"
    assert (
        str(dup) == "surname: likely duplicate of XAC-00001, XAC-00002 (same name and birth date)"
    )
    check = ImportCheck.__new__(ImportCheck)
    refused = ImportRefused(check, "{problems} problem(s) in the file", problems=3)
    assert isinstance(refused, ValidationError) and refused.check is check
    assert (refused.field, refused.message, refused.params) == (
        "file",
        "3 problem(s) in the file",
        {"problems": 3},
    )


def test_translatable_marks_a_template_and_returns_it():
    assert translatable("wrong login or password") == "wrong login or password"
