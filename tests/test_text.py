"""app.text: Azerbaijani-aware search folding and alphabetical sort keys."""

from __future__ import annotations

import pytest

from app.text import (
    SPELLINGS,
    az_lower,
    contact_key,
    fold,
    found,
    person_key,
    query_words,
    search_key,
    sort_key,
    sound,
)


def matches(typed: str, key: str) -> bool:
    """How the search screen matches: the folded query is a substring of the stored key."""
    return fold(typed) in key


def test_aliyeva_and_eliyeva_both_find_aliyeva():
    key = search_key("Əliyeva", "Aynur", "Rəşid qızı", "XAC-3-B00001")
    assert matches("aliyeva", key)
    assert matches("eliyeva", key)
    assert matches("Əliyeva", key)
    assert matches("ƏLİYEVA", key)
    assert not matches("aliyev a", key)


def test_ismayil_finds_ismayil_with_dotted_and_dotless_i():
    key = search_key("İsmayılov", "İsmayıl")
    assert matches("ismayil", key)
    assert matches("ISMAYIL", key)
    assert matches("İsmayıl", key)


def test_fold_maps_every_azerbaijani_letter_to_ascii():
    assert fold("ƏəĞğIıİiÖöŞşÜüÇç") == "eeggiiiioossuucc"
    assert fold("  Şükürova  ") == "sukurova"
    assert fold("Çələbiyev").isascii()


def test_fold_handles_decomposed_input():
    decomposed = "I\u0307smayi\u0306l"  # I + combining dot above, i + breve
    assert fold(decomposed) == "ismayil"


def test_az_lower_follows_azerbaijani_i_rules():
    assert az_lower("I") == "ı"
    assert az_lower("İ") == "i"
    assert az_lower("İSMAYIL") == "ismayıl"
    assert "\u0307" not in az_lower("İ")


def test_search_key_without_schwa_has_a_single_form():
    assert search_key("Quliyev", "Tural") == "quliyev tural"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("C", "Ç"),
        ("Ç", "D"),
        ("E", "Ə"),
        ("Ə", "F"),
        ("G", "Ğ"),
        ("Ğ", "H"),
        ("I", "İ"),
        ("ı", "i"),
        ("O", "Ö"),
        ("Ö", "P"),
        ("S", "Ş"),
        ("Ş", "T"),
        ("U", "Ü"),
        ("Ü", "V"),
        ("H", "X"),  # x comes after h in the Azerbaijani alphabet
        ("Q", "L"),  # and q after k
    ],
)
def test_sort_key_follows_the_azerbaijani_alphabet(before, after):
    assert sort_key(before) < sort_key(after)


def test_sorting_surnames():
    names = [
        "Şükürova", "Süleymanov", "Əliyeva", "Eldarov", "Çələbiyev", "Cəfərov", "İsmayılova",
        "Ibrahimov", "Dadaşov", "Ömərov", "Osmanov", "Ünal", "Usubov", "Ğasımov", "Qasımov",
    ]  # fmt: skip
    assert sorted(names, key=sort_key) == [
        "Cəfərov", "Çələbiyev", "Dadaşov", "Eldarov", "Əliyeva", "Ğasımov", "Ibrahimov",
        "İsmayılova", "Qasımov", "Osmanov", "Ömərov", "Süleymanov", "Şükürova", "Usubov", "Ünal",
    ]  # fmt: skip


def test_sort_key_is_case_insensitive():
    assert sort_key("əliyeva") == sort_key("ƏLİYEVA")
    assert sort_key("ismayıl") == sort_key("İSMAYIL")


# -- #14: the spellings people type ----------------------------------------------------------
@pytest.mark.parametrize(("typed", "stored"), SPELLINGS)
def test_each_spelling_in_the_table_has_the_sound_of_the_name(typed, stored):
    assert sound(typed) == sound(stored)
    key = person_key(stored, "Günay", "", "XAC-1-B00001")
    assert found(key, query_words(typed)), (typed, key)


def test_different_names_keep_different_sounds():
    assert sound("Məmmədova") != sound("Əhmədova")
    assert sound("Quliyev") != sound("Əliyev")
    assert not found(person_key("Həsənova", "Leyla", "", "XAC-1-B00002"), query_words("aliyeva"))


def test_a_case_file_is_found_by_phone_id_document_village_and_code():
    """The stored key holds the name and code; the directory adds the contact key on load."""
    key = person_key("Məmmədova", "Günay", "İlqar qızı", "XAC-1-B00042")
    key += " | " + contact_key("Qımılqazma", "+994 50 515 45 82", "AZE 1234567")
    for typed in ("Mamedova gunay", "Мамедова", "0505154582", "994505154582", "515 45",
                  "qimilqazma", "aze 1234567", "xac-1-b00042", "ilqar qizi"):  # fmt: skip
        assert found(key, query_words(typed)), typed
    assert not found(key, query_words("0555154582"))
