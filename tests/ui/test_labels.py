"""app.ui.labels (#12): the screens show the words of the one vocabulary, translated as on paper."""

from __future__ import annotations

from app import vocabulary as v
from app.reports import labels as paper
from app.reports.paper import speaking
from app.ui import i18n, labels

SHOWN = ("sex", "category", "case_status", "loan_status", "installment_status", "entry_kind",
         "role", "plan_status")  # fmt: skip


def test_in_english_a_screen_shows_the_vocabulary_word_with_a_capital(qapp):
    for name in SHOWN:
        for code, english in v.TABLES[name].items():
            assert getattr(labels, name)(code) == english[0].upper() + english[1:]
    assert labels.sex("X") == "X"  # an unknown code shows as stored


def test_in_azerbaijani_the_screen_and_the_paper_say_the_same_word(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FIELDBOOK_SETTINGS", str(tmp_path / "settings.json"))
    assert i18n.install(qapp, "az")
    try:
        assert labels.sex("F") == "Qadın"
        assert labels.role("administrator") == "İnzibatçı"  # an Azerbaijani capital İ
        with speaking("az"):
            for name in SHOWN:
                if name == "role":
                    continue
                for code in v.TABLES[name]:
                    word = getattr(paper, name)(code)
                    shown = getattr(labels, name)(code)
                    assert shown != v.TABLES[name][code], (name, code)  # translated
                    assert shown[1:] == word[1:], (name, code)
    finally:
        i18n.remove(qapp)
