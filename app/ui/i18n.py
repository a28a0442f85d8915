"""The interface language (#7): Fieldbook's own translations, Qt's, and the default locale.

English is the source language: every string in ``app/ui`` is written in English and goes
through ``tr()`` or ``QCoreApplication.translate()``. ``resources/translations/`` holds the
Azerbaijani (Latin script) and Russian ``.ts`` files and their compiled ``.qm``;
``resources/translations/update.py`` rebuilds both from the sources.

Call :func:`install` once, before the first window is built: windows take their words when they
are constructed, so a change of language takes effect at the next start.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from app.money import NBSP, format_amount
from app.resources import resources_dir

LANGUAGES = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}

LOCALES = {
    "az": QLocale(
        QLocale.Language.Azerbaijani, QLocale.Script.LatinScript, QLocale.Country.Azerbaijan
    ),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
}

# Qt's own words on our dialogs (the buttons of QDialogButtonBox and QMessageBox). PySide6 ships
# qtbase_ru.qm but no Azerbaijani, so Fieldbook's files carry these; lupdate extracts them here.
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)

_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator
_language = "en"
_previous_locale: QLocale | None = None


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install(app: QCoreApplication, language: str) -> bool:
    """Switch ``app`` to ``language`` (``en``, ``az`` or ``ru``); True if Fieldbook's file loaded.

    English installs nothing (the source strings are English). An unknown code or a missing
    ``.qm`` leave English too. Qt's own ``qtbase_<lang>.qm`` is loaded as well when PySide6 ships
    it (Russian: yes, Azerbaijani: no, hence ``QT_STRINGS``). The default QLocale follows, so
    Qt's calendar and number widgets speak the same language.
    """
    global _language, _previous_locale
    remove(app)
    if language not in LANGUAGES or language == "en":
        return False
    own = QTranslator()
    if not own.load(str(translations_dir() / f"fieldbook_{language}.qm")):
        return False
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(LOCALES[language], "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(own)  # installed last, so asked first: ours win over Qt's
    _installed.append(own)
    _previous_locale = QLocale()
    QLocale.setDefault(LOCALES[language])
    _language = language
    return True


def remove(app: QCoreApplication) -> None:
    """Back to English and the locale from before (tests switch inside one QApplication)."""
    global _language, _previous_locale
    while _installed:
        app.removeTranslator(_installed.pop())
    if _previous_locale is not None:
        QLocale.setDefault(_previous_locale)
        _previous_locale = None
    _language = "en"


def current_language() -> str:
    """``en``, ``az`` or ``ru``: what :func:`install` last switched to."""
    return _language


def money(amount: Decimal | int) -> str:
    """An amount as the current language writes it: ``1 234,50 ₼`` (az, ru), ``1,234.50 AZN``."""
    return format_amount(amount, locale=current_language())


def number(n: int) -> str:
    """A count with its thousands grouped the way the money is: ``10 000`` (az, ru), ``10,000``."""
    grouped = f"{n:,}"
    return grouped if current_language() == "en" else grouped.replace(",", NBSP)


def day(d: date | None) -> str:
    """A date as the office writes it in every language: ``22.11.2026``."""
    return d.strftime("%d.%m.%Y") if d else ""
