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
