"""The language of the paper (#7): document strings translated without Qt.

The PDFs are written in English in the source, like the interface, and each word a person reads
goes through :func:`tr` (a sentence with named ``{placeholders}``) or, in a table of words for
stored codes, :func:`word`::

    c.drawString(x, y, tr("Repayment receipt"))
    tr("Printed {when} · {who}", when=now, who=actor.full_name)
    SEX = {"F": word("female"), "M": word("male")}

``make translations`` (``resources/translations/update.py``) finds those literals by reading the
source and files them under the context ``documents`` of ``fieldbook_az.ts`` and
``fieldbook_ru.ts``, next to the interface's strings; they are translated there like any other.
The core never imports Qt, so it reads the finished translations of that context straight from
the ``.ts`` file (:func:`catalog`), once per language and process. English is the source text.

The language is chosen per document: each entry point (``receipt_pdf(…, language="ru")``) draws
inside :func:`speaking`, which sets it for the code below it (a context variable, so two
documents printed at once in two worker threads do not mix). Azerbaijani is the default: the
beneficiaries take the paper home. Dates stay ``22.11.2026`` and money ``1 234,50 ₼`` in every
language (what offices and banks in Azerbaijan write, whatever the language of the words).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

from app.errors import ValidationError
from app.resources import resources_dir

CONTEXT = "documents"
LANGUAGES = ("az", "ru", "en")
DEFAULT = "az"
_language: ContextVar[str] = ContextVar("paper_language", default=DEFAULT)


def checked(language: str) -> str:
    """``language`` if the paper can be written in it (``az``, ``ru``, ``en``).

    Raises:
        ValidationError: another code (field ``language``).
    """
    if language not in LANGUAGES:
        raise ValidationError(
            "no paper in the language {language!r}; use az, ru or en",
            field="language",
            language=language,
        )
    return language


@contextmanager
def speaking(language: str) -> Iterator[str]:
    """Write the documents drawn inside this block in ``language``; yields the code."""
    token = _language.set(checked(language))
    try:
        yield language
    finally:
        _language.reset(token)


def current() -> str:
    """The language of the document being drawn (``az`` outside :func:`speaking`)."""
    return _language.get()


@cache
def catalog(language: str) -> dict[str, str]:
    """English source → finished translation, of the context ``documents`` in the ``.ts`` file.

    Unfinished, vanished and empty translations are left out, so their English shows (and a
    test fails on them before they ship). English, and a language without a file, give ``{}``.
    """
    path = resources_dir() / "translations" / f"fieldbook_{language}.ts"
    if language == "en" or not path.is_file():
        return {}
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            t = message.find("translation")
            if t is None or t.get("type") is not None or not (t.text or "").strip():
                continue
            found[message.findtext("source") or ""] = t.text or ""
    return found


def translate(source: str, language: str | None = None) -> str:
    """``source`` in ``language`` (default: the current document's), or as it is if untranslated.

    For text held in a variable (a word from a table). A literal goes through :func:`tr`, which
    the extraction finds.
    """
    return catalog(language or current()).get(source, source)


def tr(source: str, **params: Any) -> str:
    """The literal English ``source`` in the document's language, ``{name}`` filled with ``name=``.

    The values are filled in *after* the translation, as ``str(value)``: a translation may move
    a placeholder, never drop or add one (tested). Format money and dates before passing them.
    """
    text = translate(source)
    for name, value in params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def word(source: str) -> str:
    """Mark a word kept in a table (a stored code's label) for the extraction; returns it as is.

    Look it up later with :func:`translate` (``app.reports.labels`` does).
    """
    return source
