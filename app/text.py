"""Azerbaijani-aware text folding (for search) and sort keys (for ordering).

Python's ``str.lower`` turns ``İ`` into ``i̇`` (i + combining dot) and ``I`` into ``i``, both wrong
for Azerbaijani, where ``I``/``ı`` and ``İ``/``i`` are distinct letters. Search folds every
letter to plain ASCII so ``aliyeva`` finds ``Əliyeva`` and ``ismayil`` finds ``İsmayıl``; sorting
uses the Azerbaijani alphabet order (``C Ç``, ``E Ə``, ``G Ğ``, ``I İ``, ``O Ö``, ``S Ş``, ``U Ü``).
"""

from __future__ import annotations

import unicodedata

_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_FOLD = str.maketrans(
    {"ə": "e", "ı": "i", "ğ": "g", "ö": "o", "ş": "s", "ü": "u", "ç": "c", "\u0307": None}
)
ALPHABET = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
_RANK = str.maketrans({ch: chr(0x41 + i) for i, ch in enumerate(ALPHABET)})


def az_lower(text: str) -> str:
    """Lower-case by Azerbaijani rules (``I`` → ``ı``, ``İ`` → ``i``)."""
    return text.translate(_LOWER).lower()


def fold(text: str) -> str:
    """Accent- and case-blind form for search: ``Əliyeva İsmayıl`` → ``eliyeva ismayil``.

    ``search_key`` adds the ``ə``→``a`` spelling people also type (``aliyeva``).
    """
    s = unicodedata.normalize("NFC", text)
    s = az_lower(s).translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).strip()


def search_key(*parts: str) -> str:
    """What a record is searched by: each part folded, plus ``ə``→``a`` variants, space-joined.

    People type ``aliyeva`` as often as ``eliyeva`` for ``Əliyeva``; both must find her.
    """
    folded = " ".join(fold(p) for p in parts if p)
    alt = " ".join(fold(az_lower(p).replace("ə", "a")) for p in parts if p)
    return folded if alt == folded else f"{folded} | {alt}"


# -- spellings people type (#14) -------------------------------------------------------------
# Azerbaijani names reach a laptop typed on Russian-era documents, on phones without ə, and in
# Cyrillic. ``sound`` brings each spelling to one skeleton: Cyrillic letters to Latin, the
# letters people swap to one (ə/e/a, q/g, j/c, kh/x/h, sh/ş, ch/ç, iy/i), doubled letters single.
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "c", "ш": "s", "щ": "s",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "e", "ғ": "g", "ҹ": "c", "һ": "h", "ө": "o", "ү": "u", "ј": "y", "ҝ": "g",
})  # fmt: skip
_SOUNDS = (("kh", "x"), ("sh", "s"), ("ch", "c"), ("zh", "j"), ("j", "c"), ("q", "g"),
           ("w", "v"), ("e", "a"), ("iy", "i"), ("x", "h"))  # fmt: skip

SPELLINGS = (
    ("Mamedov", "Məmmədov"),
    ("Mammadova", "Məmmədova"),
    ("Aliev", "Əliyev"),
    ("Aliyeva", "Əliyeva"),
    ("Guliyev", "Quliyev"),
    ("Shahin", "Şahin"),
    ("Chingiz", "Çingiz"),
    ("Khalilov", "Xəlilov"),
    ("Jafarov", "Cəfərov"),
    ("Gunay", "Günay"),
    ("Ismayil", "İsmayıl"),
    ("Алиев", "Əliyev"),
    ("Мамедова", "Məmmədova"),
    ("Гулиев", "Quliyev"),
    ("Шахин", "Şahin"),
    ("Джафаров", "Cəfərov"),
    ("Халилов", "Xəlilov"),
)
"""Spellings typed for the same name (typed, as on the case file): each pair has one ``sound``.
The table tests/test_text.py holds ``sound`` to (#14); add a pair when a trial finds one."""


def sound(text: str) -> str:
    """The spelling-blind skeleton of a name for search and the duplicate check (#14):
    ``Mamedova``, ``Məmmədova`` and ``Мамедова`` all give ``mamadova``."""
    s = fold(az_lower(unicodedata.normalize("NFC", text)).translate(_CYRILLIC))
    s = s.replace("dj", "j").replace("dzh", "j")
    for a, b in _SOUNDS:
        s = s.replace(a, b)
    out = []
    for ch in s:
        if not out or ch != out[-1] or not ch.isalpha():
            out.append(ch)
    return "".join(out)


def person_key(surname: str, given_name: str, patronymic: str, code: str) -> str:
    """A case file's stored search key (#14): the folded name and code with the ``ə``→``a``
    variant, and the spelling-blind ``sound`` of each name. Made of the name and code only:
    it syncs with the case file, so it changes only when the name does."""
    names = [p for p in (surname, given_name, patronymic) if p]
    sounds = " ".join(sound(p) for p in names)
    key = search_key(*names, code)
    return f"{key} | {sounds}" if sounds else key


def contact_key(village: str = "", phone: str = "", id_document: str = "") -> str:
    """What else finds a case file (#14), added to its key on the laptop when the directory is
    loaded (never stored: two laptops editing a phone must not also clash over a key): the
    village, the ID document and the phone's digits, international and local
    (``994505154582`` and ``0505154582``)."""
    extra = [fold(x) for x in (village, id_document) if x]
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits:
        extra.append(digits)
        if digits.startswith("994") and len(digits) > 3:
            extra.append("0" + digits[3:])
    return " ".join(extra)


def query_words(text: str) -> list[tuple[str, str]]:
    """The words of a search as (folded, sound) pairs: a word is found when either form is in
    a key made by :func:`person_key` (``Алиев`` finds ``Əliyev`` by its sound)."""
    return [(w, sound(w)) for w in fold(text).split()]


def found(key: str, words: list[tuple[str, str]]) -> bool:
    """Whether every word of :func:`query_words` is in ``key``."""
    return all(folded in key or (sounded != folded and sounded in key) for folded, sounded in words)


def sort_key(text: str) -> str:
    """A key that orders strings in Azerbaijani alphabetical order, case-insensitively."""
    return az_lower(unicodedata.normalize("NFC", text)).translate(_RANK)


def word(text: str) -> str:
    """Mark an English sentence for the printed documents' translation; returns it unchanged.

    For the core below ``app.reports`` (the ledger's formula text), which cannot import
    ``app.reports.paper``: ``resources/translations/document_strings.py`` collects these
    literals into the ``documents`` context like ``paper.word``, and the documents translate
    them with ``paper.translate``.
    """
    return text
