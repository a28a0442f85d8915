"""#7: Azerbaijani alphabetical order in SQL (``COLLATE AZ``) and in Python (``text.sort_key``).

Both must give Ç after C, Ə after E, Ğ after G, I before İ, Ö after O, Ş after S and Ü after U —
and the same order as each other, since a table may sort in Python while a report sorts in SQL.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import text

from app import store
from app.text import sort_key
from tests.builders import a_beneficiary

PAIRS = [("C", "Ç"), ("E", "Ə"), ("G", "Ğ"), ("I", "İ"), ("O", "Ö"), ("S", "Ş"), ("U", "Ü")]
# The alphabet's own order, as names: each one must come before the next.
ALPHABET_NAMES = [
    "Abbasov", "Bağırov", "Cəfərov", "Çələbi", "Dadaşov", "Eyvazov", "Əliyev", "Fətəliyev",
    "Gəncəli", "Ğafarov", "Hüseynov", "Xəlilov", "Ilqar", "İsmayılov", "Jalə", "Kərimov",
    "Qasımov", "Lətifov", "Məmmədov", "Nəsirov", "Orucov", "Ömərov", "Paşayev", "Rzayev", "Sadıqov",
    "Şirinov", "Tağıyev", "Umudov", "Üzeyirov", "Vəliyev", "Yusifov", "Zeynalov",
]  # fmt: skip


def ordered(conn, values: list[str]) -> list[str]:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS t (name TEXT)")
    conn.execute("DELETE FROM t")
    conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
    return [r[0] for r in conn.execute("SELECT name FROM t ORDER BY name COLLATE AZ")]


@pytest.fixture
def conn(tmp_path):
    c = store.connect(tmp_path / "collation.sqlite")
    yield c
    c.close()


@pytest.mark.parametrize(("plain", "marked"), PAIRS)
def test_each_marked_letter_comes_right_after_its_plain_one(conn, plain, marked):
    # words that a byte order or Python's default would put elsewhere
    words = [f"{marked}a", f"{plain}z", f"{plain}a", "Ha", f"{marked.lower()}b", "Ya", "Ba"]
    got = ordered(conn, words)
    assert got.index(f"{plain}z") < got.index(f"{marked}a") < got.index(f"{marked.lower()}b")
    assert got == sorted(words, key=sort_key)


def test_the_whole_alphabet_in_sql_and_in_python(conn):
    shuffled = ALPHABET_NAMES[:]
    random.Random(7).shuffle(shuffled)
    assert ordered(conn, shuffled) == ALPHABET_NAMES
    assert sorted(shuffled, key=sort_key) == ALPHABET_NAMES
    assert sorted(shuffled) != ALPHABET_NAMES  # what the byte order would have given


def test_dotless_i_comes_before_dotted_i_in_either_case(conn):
    got = ordered(conn, ["İlham", "ilkin", "Ilqar", "ıldırım", "Hikmət", "Jalə"])
    assert got == ["Hikmət", "ıldırım", "Ilqar", "İlham", "ilkin", "Jalə"]


def test_case_does_not_decide_the_order_but_ties_are_stable(conn):
    got = ordered(conn, ["əliyeva", "Əliyeva", "Eyvazova", "ƏLİYEVA"])
    assert got[0] == "Eyvazova"
    assert got[1:] == sorted(["əliyeva", "Əliyeva", "ƏLİYEVA"], key=lambda s: (sort_key(s), s))


def test_the_collation_is_on_every_connection_of_the_app(db, admin):
    for surname in ("Şükürova", "Sultanova", "Çobanova", "Cəfərova", "Ünsürova", "Umudova"):
        a_beneficiary(db, admin, surname=surname)
    with db.session() as s:
        got = s.exec(text("SELECT surname FROM beneficiary ORDER BY surname COLLATE AZ")).all()
    assert [r[0] for r in got] == [
        "Cəfərova", "Çobanova", "Sultanova", "Şükürova", "Umudova", "Ünsürova",
    ]  # fmt: skip
