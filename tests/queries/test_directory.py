"""The case-file directory behind the beneficiary table: Azerbaijani search, filters, order."""

from __future__ import annotations

from app.queries.directory import Directory, Filter
from app.services import beneficiaries
from tests.builders import a_beneficiary


def _names(d: Directory, ids: list[str]) -> list[str]:
    return [d.get(i).surname for i in ids]  # type: ignore[union-attr]


def test_search_folds_azerbaijani_letters(db, officer):
    a_beneficiary(db, officer, surname="Əliyeva", given_name="Aynur")
    a_beneficiary(db, officer, surname="İsmayılov", given_name="Rəşad", sex="M")
    a_beneficiary(db, officer, surname="Quliyeva", given_name="Gülnar")
    d = Directory(db)
    assert _names(d, d.search(Filter(text="aliyeva"))) == ["Əliyeva"]
    assert _names(d, d.search(Filter(text="eliyeva"))) == ["Əliyeva"]
    assert _names(d, d.search(Filter(text="ismayil"))) == ["İsmayılov"]
    assert _names(d, d.search(Filter(text="İSMAYIL rəşad"))) == ["İsmayılov"]
    assert _names(d, d.search(Filter(text="gulnar"))) == ["Quliyeva"]
    assert d.search(Filter(text="nobody")) == []


def test_sorted_in_azerbaijani_order_and_filtered(db, officer):
    for surname in ("Şükürova", "Səfərova", "Cəfərova", "Çələbiyeva", "Ismayılova", "İbrahimova"):
        a_beneficiary(db, officer, surname=surname, category="idp")
    a_beneficiary(db, officer, surname="Əhmədova", category="mine_survivor")
    d = Directory(db)
    order = _names(d, d.search(Filter(category="idp")))
    assert order == ["Cəfərova", "Çələbiyeva", "Ismayılova", "İbrahimova", "Səfərova", "Şükürova"]
    assert _names(d, d.search(Filter(category="idp"), descending=True)) == order[::-1]
    assert _names(d, d.search(Filter(category="mine_survivor"))) == ["Əhmədova"]


def test_refresh_picks_up_a_new_and_an_edited_case_file(db, officer):
    first = a_beneficiary(db, officer, surname="Məmmədova")
    d = Directory(db)
    second = a_beneficiary(db, officer, surname="Həsənova")
    assert d.search(Filter(text="hesenova")) == []  # not yet reloaded
    beneficiaries.edit_beneficiary(db, actor=officer, beneficiary_id=first, case_status="closed")
    d.refresh({first, second})
    assert d.search(Filter(text="hesenova")) == [second]
    assert d.search(Filter(case_status="closed")) == [first]
    assert len(d) == 2


def test_typing_letter_by_letter_gives_what_a_fresh_search_gives(db, officer):
    for surname, given in (("Əliyeva", "Aynur"), ("Əliyev", "Rəşad"), ("Alıyeva", "Səbinə"),
                           ("Məmmədli", "Ali"), ("Quliyeva", "Lalə")):  # fmt: skip
        a_beneficiary(db, officer, surname=surname, given_name=given)
    typed = Directory(db)
    for prefix in ("a", "al", "ali", "aliy", "aliye", "aliyeva", "aliyeva ", "aliyeva a"):
        assert typed.search(Filter(text=prefix)) == Directory(db).search(Filter(text=prefix))
    assert _names(typed, typed.search(Filter(text="aliyeva a"))) == ["Alıyeva", "Əliyeva"]
    # a filter changed between keystrokes starts again from the whole list
    assert typed.search(Filter(text="aliyeva a", case_status="closed")) == []
    assert len(typed.search(Filter(text="ali"))) == 4
