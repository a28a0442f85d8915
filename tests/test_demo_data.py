"""Tests for the Azerbaijani demo reference data."""

from __future__ import annotations

import random
import re
import string
from decimal import Decimal

import pytest

from app import districts
from app.demo.data import (
    BUSINESS_TYPES,
    CASE_NOTE_PLACEHOLDERS,
    CASE_NOTE_TEMPLATES,
    FEMALE_GIVEN,
    MALE_GIVEN,
    SURNAME_STEMS,
    TRAINING_COURSES,
    VILLAGES,
    id_number,
    person_name,
    phone,
    surname,
)
from app.districts import DISTRICTS, district


@pytest.mark.parametrize(
    ("given", "male", "female"),
    [
        ("Əli", "Əliyev", "Əliyeva"),
        ("Məmmədov", "Məmmədov", "Məmmədova"),
        ("Hüseyn", "Hüseynov", "Hüseynova"),
        ("Quliyev", "Quliyev", "Quliyeva"),
        ("İsmayıl", "İsmayılov", "İsmayılova"),
        ("Ağa", "Ağayev", "Ağayeva"),
        ("Çələbiyev", "Çələbiyev", "Çələbiyeva"),
        ("Şükürova", "Şükürov", "Şükürova"),
    ],
)
def test_surname_pairs(given: str, male: str, female: str) -> None:
    assert surname(given, "M") == male
    assert surname(given, "F") == female


def test_every_stem_gives_valid_pair() -> None:
    assert len(SURNAME_STEMS) >= 60
    assert len(set(SURNAME_STEMS)) == len(SURNAME_STEMS)
    for stem in SURNAME_STEMS:
        male, female = surname(stem, "M"), surname(stem, "F")
        assert male.endswith(("ov", "yev"))
        assert female.endswith(("ova", "yeva"))
        assert female == male + "a"
        assert surname(male, "F") == female


def test_surname_rejects_bad_sex() -> None:
    with pytest.raises(ValueError):
        surname("Əli", "X")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Xaçmaz", "Xaçmaz"),
        ("xacmaz", "Xaçmaz"),
        ("Khachmaz", "Xaçmaz"),
        ("XAC", "Xaçmaz"),
        ("agdam", "Ağdam"),
        ("Ağdam", "Ağdam"),
        ("AĞDAM", "Ağdam"),
        ("tərtər", "Tərtər"),
        ("Terter", "Tərtər"),
        ("ismayilli", "İsmayıllı"),
        ("İsmayıllı", "İsmayıllı"),
        ("İSMAYILLI", "İsmayıllı"),
        ("i̇smayıllı", "İsmayıllı"),  # "İ".lower() output with combining dot
        ("  fuzuli ", "Füzuli"),
        ("Ağcabədi", "Ağcabədi"),
        ("beyləqan", "Beyləqan"),
        ("goranboy", "Goranboy"),
    ],
)
def test_district_lookup(query: str, expected: str) -> None:
    assert district(query) is DISTRICTS[expected]


def test_district_lookup_unknown_lists_valid_names() -> None:
    with pytest.raises(KeyError) as excinfo:
        district("Atlantis")
    message = str(excinfo.value)
    for name in DISTRICTS:
        assert name in message


def test_required_districts_and_codes() -> None:
    expected = {
        "Xaçmaz": "XAC",
        "Ağdam": "AGD",
        "Füzuli": "FUZ",
        "Tərtər": "TER",
        "Goranboy": "GOR",
        "Ağcabədi": "AGC",
        "Beyləqan": "BEY",
        "İsmayıllı": "ISM",
    }
    for name, code in expected.items():
        assert DISTRICTS[name].code == code
        assert DISTRICTS[name].name == name
    assert DISTRICTS["Xaçmaz"].name_en == "Khachmaz"


def test_district_codes_unique_ascii_upper() -> None:
    codes = [d.code for d in DISTRICTS.values()]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == 3
        assert all(ch in string.ascii_uppercase for ch in code)


def test_villages_unique_and_plentiful() -> None:
    assert set(VILLAGES) == {d.code for d in DISTRICTS.values()}  # every district, no other
    for d in DISTRICTS.values():
        villages = VILLAGES[d.code]
        assert len(villages) >= 12, d.name
        assert len(set(villages)) == len(villages), d.name
        assert d.name in villages
        assert d.region


def test_given_names() -> None:
    assert len(set(MALE_GIVEN)) == len(MALE_GIVEN) >= 60
    assert len(set(FEMALE_GIVEN)) == len(FEMALE_GIVEN) >= 60
    assert not set(MALE_GIVEN) & set(FEMALE_GIVEN)


def test_person_name_deterministic_and_well_formed() -> None:
    first = [person_name(random.Random(42), sex) for sex in ("F", "M")]
    second = [person_name(random.Random(42), sex) for sex in ("F", "M")]
    assert first == second

    rng = random.Random(7)
    for _ in range(200):
        fam, given, patronymic = person_name(rng, "F")
        assert fam.endswith(("ova", "yeva"))
        assert given in FEMALE_GIVEN
        father, suffix = patronymic.rsplit(" ", 1)
        assert father in MALE_GIVEN and suffix == "qızı"

        fam, given, patronymic = person_name(rng, "M")
        assert fam.endswith(("ov", "yev"))
        assert given in MALE_GIVEN
        father, suffix = patronymic.rsplit(" ", 1)
        assert father in MALE_GIVEN and suffix == "oğlu"


def test_grant_values_are_positive_decimals() -> None:
    assert len(BUSINESS_TYPES) >= 25
    assert len({name for name, _ in BUSINESS_TYPES}) == len(BUSINESS_TYPES)
    for name, items in BUSINESS_TYPES:
        assert name and items
        for item, value in items:
            assert item
            amount = Decimal(value)
            assert amount > 0
            assert amount == amount.quantize(Decimal("0.01"))


def test_training_courses() -> None:
    assert len(TRAINING_COURSES) >= 6
    for en, az in TRAINING_COURSES:
        assert en and az and en != az


def test_case_note_templates_format() -> None:
    assert len(CASE_NOTE_TEMPLATES) >= 15
    fields = {key: "X" for key in CASE_NOTE_PLACEHOLDERS}
    for template in CASE_NOTE_TEMPLATES:
        assert "{" not in template.format(**fields)


def test_phone_format() -> None:
    rng = random.Random(1)
    pattern = re.compile(r"^\+994 (50|51|55|70|77|99) [2-9]\d\d \d\d \d\d$")
    for _ in range(100):
        assert pattern.match(phone(rng))
    assert phone(random.Random(3)) == phone(random.Random(3))


def test_id_number_format() -> None:
    rng = random.Random(1)
    seen = {id_number(rng) for _ in range(200)}
    pattern = re.compile(r"^(AZE\d{8}|AA\d{7})$")
    assert all(pattern.match(value) for value in seen)
    assert any(v.startswith("AZE") for v in seen) and any(v.startswith("AA") for v in seen)


def test_fold_handles_dotted_capital_i() -> None:
    assert districts.key("İsmayıllı") == districts.key("ISMAYILLI") == "ismayilli"
    assert districts.key(" Şəki-Çay  Ğ Ö Ü") == "seki cay g o u"
