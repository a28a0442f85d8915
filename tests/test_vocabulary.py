"""app.vocabulary (#12): one list of codes and one English label per code, for every face."""

from __future__ import annotations

import importlib

import pytest

from app import vocabulary as v
from app.ledger import schedule
from app.models import grants, loans, org, people, rules, sync
from app.reports import labels as paper
from app.reports.paper import speaking

replay = importlib.import_module("app.ledger.replay")  # app.ledger.replay is also a function


@pytest.mark.parametrize(
    ("codes", "table"),
    [
        (people.SEXES, v.SEX),
        (people.CATEGORIES, v.CATEGORY),
        (people.CASE_STATUSES, v.CASE_STATUS),
        (org.ROLES, v.ROLE),
        (loans.LOAN_STATUSES, v.LOAN_STATUS),
        (loans.ENTRY_KINDS, v.ENTRY_KIND),
        (grants.PLAN_STATUSES, v.PLAN_STATUS),
        (rules.FREQUENCIES, v.FREQUENCY),
        (rules.METHODS, v.METHOD),
        (replay.INSTALLMENT_STATUSES, v.INSTALLMENT_STATUS),
    ],
)
def test_every_stored_code_has_exactly_one_label(codes, table):
    assert tuple(table) == tuple(codes)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (people, "SEXES"), (people, "CATEGORIES"), (people, "CASE_STATUSES"), (org, "ROLES"),
        (grants, "PLAN_STATUSES"), (sync, "CONFLICT_KINDS"), (loans, "ENTRY_KINDS"),
        (loans, "LOAN_STATUSES"), (rules, "METHODS"), (rules, "AMORTIZATIONS"),
        (rules, "FREQUENCIES"), (rules, "ROUNDINGS"), (schedule, "METHODS"),
        (schedule, "AMORTIZATIONS"),
    ],
)  # fmt: skip
def test_every_code_list_is_defined_once_in_the_vocabulary(module, name):
    """#12: the models, the rule table and the loan math keep their names for their importers,
    but each is the vocabulary's own list, not a copy that could drift."""
    assert getattr(module, name) is getattr(v, name)


def test_the_loan_statuses_live_in_one_place():
    assert loans.LOAN_STATUSES is v.LOAN_STATUSES  # the stored status, used by the rule table
    assert rules.CODES[("loan", "status")] is v.LOAN_STATUSES
    assert not hasattr(replay, "LOAN_STATUSES")  # the derived one is v.REPLAYED_LOAN_STATUSES
    assert set(v.REPLAYED_LOAN_STATUSES) - set(v.LOAN_STATUSES) == {"pending"}


def test_the_paper_speaks_the_vocabulary():
    with speaking("en"):
        for name, table in v.TABLES.items():
            if name in ("role",):  # not printed
                continue
            say = getattr(paper, name)
            for code, english in table.items():
                assert say(code) == english


def test_the_generated_label_messages_are_up_to_date():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "resources" / "translations"))
    try:
        import label_strings
    finally:
        sys.path.pop(0)
    assert label_strings.OUTPUT.read_text(encoding="utf-8") == label_strings.render_module(
        label_strings.strings()
    )
    assert set(label_strings.strings()) == {w for t in v.TABLES.values() for w in t.values()}
