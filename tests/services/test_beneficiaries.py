"""app.services.beneficiaries: case files, likely duplicates, edits and case notes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from app.errors import NotFound, PermissionDenied, ValidationError
from app.services import beneficiaries
from app.services.beneficiaries import LikelyDuplicate
from tests.builders import REGISTERED_ON, a_beneficiary, row_counts

COUNTED = ("beneficiary", "auditevent", "outbox", "numbercounter")

AYNUR = {
    "surname": "Əliyeva",
    "given_name": "Aynur",
    "patronymic": "Rəşid qızı",
    "sex": "F",
    "birth_date": date(1985, 3, 14),
    "village": "Qusarçay",
    "category": "mine_survivor",
    "disability": True,
    "disability_note": "sol ayaq",
    "phone": "+994 50 123 45 67",
}


def register(db, actor, **changes):
    return beneficiaries.register_beneficiary(
        db, actor=actor, today=REGISTERED_ON, **{**AYNUR, **changes}
    )


def outbox(db, row_id: str) -> list[tuple[str, dict]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT op, fields FROM outbox WHERE row_id = :id ORDER BY seq"), {"id": row_id}
        ).all()
    return [(op, json.loads(fields)) for op, fields in rows]


def audit(db, entity_id: str) -> list[tuple[str, dict]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT action, detail FROM auditevent WHERE entity_id = :id ORDER BY hlc"),
            {"id": entity_id},
        ).all()
    return [(a, json.loads(d)) for a, d in rows]


def test_register_by_fields(db, officer):
    ben_id = register(db, officer)
    case = beneficiaries.get_beneficiary(db, ben_id)
    assert case.code == "XAC-3-B00001"
    assert case.full_name == "Əliyeva Aynur Rəşid qızı"
    assert (case.sex, case.birth_date, case.category) == ("F", date(1985, 3, 14), "mine_survivor")
    assert case.disability is True
    assert case.case_status == "open"
    assert beneficiaries.count_beneficiaries(db) == 1
    [(op, fields)] = outbox(db, ben_id)
    assert op == "insert"
    assert fields["surname"] == "Əliyeva"
    assert fields["birth_date"] == "1985-03-14"
    assert "aliyeva" in fields["search_key"]
    assert audit(db, ben_id) == [("beneficiary.register", {"code": "XAC-3-B00001"})]


def test_codes_count_up_on_this_device(db, officer):
    first = register(db, officer)
    second = register(db, officer, given_name="Nərmin", birth_date=date(1990, 1, 2))
    codes = [beneficiaries.get_beneficiary(db, i).code for i in (first, second)]
    assert codes == ["XAC-3-B00001", "XAC-3-B00002"]


def test_consent_given_without_a_date_is_dated_today(db, officer):
    ben_id = register(db, officer, consent_given=True)
    with db.engine.connect() as conn:
        consent = conn.execute(
            text("SELECT consent_given, consent_date FROM beneficiary WHERE id = :id"),
            {"id": ben_id},
        ).one()
    assert tuple(consent) == (1, REGISTERED_ON.isoformat())


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"surname": "  "}, "surname"),
        ({"surname": None}, "surname"),
        ({"given_name": ""}, "given_name"),
        ({"sex": "X"}, "sex"),
        ({"sex": "f"}, "sex"),
        ({"birth_date": date(2026, 6, 1)}, "birth_date"),  # after "today"
        ({"birth_date": date(1900, 1, 1)}, "birth_date"),  # 126 years old
        ({"birth_date": date(2020, 1, 1)}, "birth_date"),  # 6 years old
        ({"birth_date": "31.02.1990"}, "birth_date"),
        ({"category": "refugee"}, "category"),
        ({"phone": "0" * 31}, "phone"),
        ({"consent_date": date(2026, 2, 1)}, "consent_date"),
        ({"shoe_size": 38}, "shoe_size"),
    ],
)
def test_validation_errors_name_the_field_and_write_nothing(db, officer, changes, field):
    before = row_counts(db, COUNTED)
    with pytest.raises(ValidationError) as err:
        register(db, officer, **changes)
    assert err.value.field == field
    assert row_counts(db, COUNTED) == before


def test_impossible_age_message_names_the_age(db, officer):
    with pytest.raises(ValidationError, match="age 126"):
        register(db, officer, birth_date=date(1900, 1, 1))


def test_birth_date_may_be_typed(db, officer):
    ben_id = register(db, officer, birth_date="14.03.1985")
    assert beneficiaries.get_beneficiary(db, ben_id).birth_date == date(1985, 3, 14)


def test_likely_duplicate_is_raised_with_the_code_then_allowed_when_confirmed(db, officer):
    register(db, officer)
    before = row_counts(db, COUNTED)
    with pytest.raises(LikelyDuplicate) as err:
        register(db, officer, surname="ƏLİYEVA", given_name="aynur", patronymic="")
    assert err.value.codes == ["XAC-3-B00001"]
    assert "XAC-3-B00001" in str(err.value)
    assert row_counts(db, COUNTED) == before
    second = beneficiaries.register_beneficiary(
        db, actor=officer, today=REGISTERED_ON, confirm_duplicate=True, **AYNUR
    )
    assert beneficiaries.get_beneficiary(db, second).code == "XAC-3-B00002"
    assert beneficiaries.count_beneficiaries(db) == 2


def test_same_name_other_birth_date_is_not_a_duplicate(db, officer):
    register(db, officer)
    register(db, officer, birth_date=date(1986, 3, 14))
    assert beneficiaries.count_beneficiaries(db) == 2


def test_edit_records_only_the_changed_fields(db, officer):
    ben_id = register(db, officer)
    beneficiaries.edit_beneficiary(
        db, actor=officer, beneficiary_id=ben_id, today=REGISTERED_ON,
        village="Nabran", sex="F", category="mine_survivor",  # two of three unchanged
    )  # fmt: skip
    (_, _), (op, fields) = outbox(db, ben_id)
    assert op == "update"
    assert set(fields) - {"hlc", "device_id", "updated_at"} == {"village"}
    assert fields["village"] == "Nabran"
    assert audit(db, ben_id)[-1] == ("beneficiary.edit", {"fields": ["village"]})
    assert beneficiaries.get_beneficiary(db, ben_id).village == "Nabran"


def test_edit_of_a_name_refreshes_the_search_key(db, officer):
    ben_id = register(db, officer)
    beneficiaries.edit_beneficiary(db, actor=officer, beneficiary_id=ben_id, surname="Şükürova")
    fields = outbox(db, ben_id)[-1][1]
    assert set(fields) - {"hlc", "device_id", "updated_at"} == {"surname", "search_key"}
    assert fields["search_key"].startswith("sukurova aynur")
    assert "XAC-3-B00001".lower() in fields["search_key"]


def test_an_edit_that_changes_nothing_writes_nothing(db, officer):
    ben_id = register(db, officer)
    before = row_counts(db, COUNTED)
    beneficiaries.edit_beneficiary(
        db, actor=officer, beneficiary_id=ben_id, village="Qusarçay", surname="Əliyeva"
    )
    assert row_counts(db, COUNTED) == before


def test_an_invalid_edit_writes_nothing(db, officer):
    ben_id = register(db, officer)
    before = row_counts(db, COUNTED)
    with pytest.raises(ValidationError) as err:
        beneficiaries.edit_beneficiary(db, actor=officer, beneficiary_id=ben_id, sex="Q")
    assert err.value.field == "sex"
    assert row_counts(db, COUNTED) == before


def test_editing_an_unknown_case_file(db, officer):
    with pytest.raises(NotFound):
        beneficiaries.edit_beneficiary(db, actor=officer, beneficiary_id="nope", village="X")


def test_case_note(db, officer):
    ben_id = a_beneficiary(db, officer)
    note_id = beneficiaries.add_case_note(
        db, actor=officer, beneficiary_id=ben_id, text="  Evdə ziyarət; tikiş maşını lazımdır. ",
        written_on=date(2026, 2, 3),
    )  # fmt: skip
    with db.engine.connect() as conn:
        note = conn.execute(
            text("SELECT beneficiary_id, author_id, written_on, text FROM casenote WHERE id=:id"),
            {"id": note_id},
        ).one()
    assert tuple(note) == (
        ben_id, officer.officer_id, "2026-02-03", "Evdə ziyarət; tikiş maşını lazımdır."
    )  # fmt: skip
    assert audit(db, note_id) == [("case_note.add", {"beneficiary": "XAC-3-B00001"})]
    assert [op for op, _ in outbox(db, note_id)] == ["insert"]


def test_an_empty_case_note_or_unknown_person_is_refused(db, officer):
    ben_id = a_beneficiary(db, officer)
    before = row_counts(db, ("casenote", "auditevent", "outbox"))
    with pytest.raises(ValidationError) as err:
        beneficiaries.add_case_note(db, actor=officer, beneficiary_id=ben_id, text="  ")
    assert err.value.field == "text"
    with pytest.raises(NotFound):
        beneficiaries.add_case_note(db, actor=officer, beneficiary_id="nope", text="Qeyd")
    assert row_counts(db, ("casenote", "auditevent", "outbox")) == before


def test_every_role_may_write_case_files_but_the_role_is_checked(db, officer, trainer):
    assert register(db, trainer)
    intruder = replace(officer, role="guest")
    with pytest.raises(PermissionDenied):
        register(db, intruder, birth_date=date(1970, 1, 1))


def test_a_birth_date_in_the_future_says_so(db, officer):
    with pytest.raises(ValidationError, match="future"):
        register(db, officer, birth_date=date(2026, 6, 1))


def test_consent_given_later_is_dated_that_day(db, officer):
    ben_id = register(db, officer, consent_given=False)
    beneficiaries.edit_beneficiary(
        db, actor=officer, beneficiary_id=ben_id, consent_given=True, today=date(2026, 2, 3)
    )
    fields = outbox(db, ben_id)[-1][1]
    assert fields["consent_given"] is True
    assert fields["consent_date"] == "2026-02-03"
