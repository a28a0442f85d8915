"""#11: one rule per synced column, the same at both ends (``app.models.rules``)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.errors import ValidationError
from app.ids import new_id
from app.models import Beneficiary, rules, synced_tables
from app.services._write import Writer
from tests.builders import a_beneficiary, an_office, row_counts


def test_every_synced_column_has_a_rule_of_a_known_kind():
    kinds = {"id", "ref", "date", "datetime", "bool", "int", "code", "text", "json", "hlc"}
    for table in synced_tables():
        got = rules.table_rules(table)
        assert set(got) == {c.name for c in synced_tables()[table].__table__.columns}
        assert {r.kind for r in got.values()} <= kinds, table
        for r in got.values():
            if r.kind == "text":
                assert 0 < r.max_len <= rules.MAX_JSON_CHARS, r.name  # every text is bounded
            if r.kind == "int":
                assert r.hi <= rules.MAX_MONEY_QEPIK and r.lo >= -rules.MAX_MONEY_QEPIK, r.name


@pytest.mark.parametrize(
    ("table", "column", "good", "bad"),
    [
        ("beneficiary", "sex", ["F", "M"], ["X", "f", "", 1, None]),
        ("beneficiary", "birth_date", ["1984-03-02", date(1990, 1, 1)],
         ["1984-13-02", "19840302", "1800-01-01", 19840302, None, "1984-03-02T00:00"]),
        ("beneficiary", "consent_date", [None, "2026-01-05"], ["tomorrow"]),
        ("beneficiary", "surname", ["Əliyeva", "İsmayılova-Quliyeva", "a\tb"],
         ["a\x00b", "z" * 81, 5, None, "\ud800"]),
        ("beneficiary", "disability", [True, False], [1, 0, "true", None]),
        ("loan", "principal_qepik", [1, 10**11], [0, -5, 10**11 + 1, 2**63, 1.5, True, "100"]),
        ("loan", "allocation_order", ["penalty,fee,interest,principal",
                                      "interest,principal,fee,penalty"],
         ["penalty,fee", "penalty,penalty,interest,principal", ""]),
        ("loan", "beneficiary_id", [new_id()], ["x", new_id().upper(), 'a"b', None]),
        ("ledgerentry", "kind", ["repayment", "reversal"], ["gift", None]),
        ("loan", "warnings", ["", "no_plan", "active_loan,no_training,no_plan"],
         ["maybe", "no_plan,no_plan", "no_plan,", "x" * 61, None, 3]),
        ("loan", "warnings_reason", ["", "kursu gələn ay keçəcək"], ["z" * 301, "a\x00b", None]),
        ("loan", "status", ["proposed", "approved"], ["rejected", "pending", None]),
        ("loandecision", "decision", ["approved", "rejected"], ["proposed", "", None]),
        ("loandecision", "decided_on", ["2026-12-02"], ["2026-13-01", None]),
        ("loandecision", "reason", ["", "plan checked"], ["z" * 301, None]),
        ("auditevent", "detail", ['{"a": 1}', "[]"], ["{not json", "\x00"]),
        ("auditevent", "at", ["2026-12-02T10:00:00+00:00", datetime(2026, 1, 1)],
         ["noon", "2026-12-02 25:00", None]),
        ("syncconflict", "other_hlc", [f"{1:016d}-00000-server", ""], ["12-3-x"]),
        # #13: a plan's budget lines, a review's marks and a rubric's criteria
        ("businessplan", "budget",
         ["[]", '[{"item": "Maşın", "quantity": 2, "unit_qepik": 45000, "source": "grant"}]'],
         ['[{"item": "x", "quantity": 0, "unit_qepik": 1, "source": "own"}]',
          '[{"item": "x", "quantity": 1, "unit_qepik": 1, "source": "gift"}]',
          '[{"item": "", "quantity": 1, "unit_qepik": 1, "source": "own"}]',
          '[{"item": "x", "quantity": 1, "unit_qepik": 1.5, "source": "own"}]',
          '[{"item": "x", "quantity": 1, "source": "own"}]', '{"item": "x"}', "[1]", None]),
        ("planevent", "marks", ['[{"name": "Bazar", "weight": 100, "mark": 5}]', "[]"],
         ['[{"name": "Bazar", "weight": 90, "mark": 5}]',
          '[{"name": "Bazar", "weight": 100, "mark": 6}]', "nope"]),
        ("planrubric", "criteria", ['[{"name": "Bazar", "weight": 60, "code": "market"}, '
                                    '{"name": "Bacarıq", "weight": 40}]'],
         ["[]", '[{"name": "Bazar", "weight": 60}]', '[{"name": "Bazar", "weight": 0}]']),
        ("planevent", "kind", ["review", "send_back"], ["approved", None]),
        ("planevent", "score_tenths", [None, 0, 1000], [1001, -1]),
        ("inkindgrant", "status", ["prepared", "handed_over"], ["given", None]),
        # #14: the officer's notes on a loan, and the longer search key
        ("loannote", "text", ["cümə ödəyəcək"], ["z" * 501, None, "a\x00b"]),
        ("loannote", "promised_on", [None, "2026-12-12"], ["12.12.2026", "2026-02-30"]),
        ("beneficiary", "search_key", ["memmedova | mamadova", "z" * 1000], ["z" * 1001, None]),
    ],
)  # fmt: skip
def test_a_rule_takes_what_the_product_writes_and_refuses_the_rest(table, column, good, bad):
    for value in good:
        assert rules.why(table, column, value) is None, value
    for value in bad:
        reason = rules.why(table, column, value)
        assert reason and reason.startswith(f"{table}.{column}"), value


def test_a_ledger_entry_is_a_reversal_exactly_when_it_names_another():
    base = {"kind": "repayment", "reverses_id": None}
    assert rules.ledger_row(base) is None
    assert rules.ledger_row({**base, "reverses_id": new_id()})
    assert rules.ledger_row({"kind": "reversal", "reverses_id": None})
    assert rules.ledger_row({"kind": "reversal", "reverses_id": new_id()}) is None


def test_the_laptop_writes_nothing_the_server_would_refuse(tmp_path):
    """The Writer applies the same rules: a bad row is refused and the transaction rolls back
    (row, audit event and outbox entry alike)."""
    db, admin = an_office(tmp_path)
    person = a_beneficiary(db, admin)
    before = row_counts(db)
    with pytest.raises(ValidationError) as e, db.transaction() as s:
        w = Writer(s, admin)
        w.update(Beneficiary, person, {"phone": "050\x00123"})
    assert "beneficiary.phone holds control characters" in str(e.value)
    with pytest.raises(ValidationError), db.transaction() as s:
        w = Writer(s, admin)
        w.update(Beneficiary, person, {"category": "tourist"})
    assert row_counts(db) == before
    db.close()


PROBES = [None, True, False, 0, 1, -1, 10**11, 10**11 + 1, 2**63, 1.5, "", "F", "X", "open",
          "repayment", "2026-03-01", "2026-02-30", "1899-12-31", "2026-12-02T06:20:01+00:00",
          "2026-12-02T25:00:00", '{"a": 1}', "{not json", "a\x00b", "Əliyeva", "z" * 5000,
          new_id(), new_id().upper(), "penalty,fee,interest,principal", [1], {"a": 1},
          f"{1:016d}-00000-server"]  # fmt: skip


def test_the_compiled_check_answers_as_the_rule_table_does():
    """``rules.checker`` (the hot path) never takes what ``field_problem`` refuses, and gives
    the same reason when it refuses."""
    for table in synced_tables():
        check = rules.checker(table)
        for column in rules.table_rules(table):
            for value in PROBES:
                fields = {column: value}
                assert check(fields) == rules.field_problem(table, fields), (table, column, value)
        assert check({"no_such_column": 1}) == rules.field_problem(table, {"no_such_column": 1})
