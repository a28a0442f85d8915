"""app.queries.people: one row shape of a person, read the same by every reader (#12)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from app.errors import NotFound
from app.models import Beneficiary
from app.queries import case_files as people_views
from app.queries.people import Person, people, person
from app.reports import data as report_data
from app.services import beneficiaries
from tests.builders import a_beneficiary


def test_a_person_is_the_stored_case_file(db, officer):
    pid = a_beneficiary(db, officer, phone="+994 50 123 45 67", disability=True)
    with db.session() as s:
        row = s.get(Beneficiary, pid)
    p = person(db, pid)
    assert isinstance(p, Person)
    assert {f: getattr(p, f) for f in Person._fields} == {
        f: getattr(row, f) for f in Person._fields
    }
    assert isinstance(p.birth_date, date) and p.disability is True
    assert p.full_name == f"{row.surname} {row.given_name} {row.patronymic}".strip()


def test_every_reader_gets_the_same_row(db, officer):
    ids = [a_beneficiary(db, officer, surname=f"Şəxs{i}") for i in range(3)]
    everyone = people(db)
    assert set(everyone) == set(ids)
    assert report_data.people(db) == everyone  # the exports and the indicators
    for pid in ids:
        assert beneficiaries.get_beneficiary(db, pid) == everyone[pid]  # the services
        cf = people_views.case_file(db, pid)  # the case-file screen and its edit form
        assert cf.profile == everyone[pid] and cf.district
    assert people(db, ids[:1]) == {ids[0]: everyone[ids[0]]}
    assert people(db, []) == {}


def test_a_deleted_or_unknown_case_file_is_not_found(db, officer):
    pid = a_beneficiary(db, officer)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE beneficiary SET deleted = 1 WHERE id = :id"), {"id": pid})
    for missing in (pid, "nope"):
        with pytest.raises(NotFound) as err:
            person(db, missing)
        assert err.value.field == "beneficiary"
    assert people(db) == {}
