"""#7: the interface in Azerbaijani and Russian.

Three checks: the translation files are complete (every string of ``app/ui`` translated, with
the same ``{placeholders}``, and the shipped ``.qm`` compiled from the ``.ts``); no visible
string on a main screen is left in English once Azerbaijani is installed; and each main screen
renders in Azerbaijani (and Russian) to PNG for a person to look at: ``FIELDBOOK_SHOTS=/folder``
keeps them in ``/folder/az`` and ``/folder/ru``, with ``overflows.txt`` (text wider than its
widget).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QTabWidget,
    QWidget,
)

from app.resources import resources_dir
from app.settings import load_settings, save_settings
from tests.ui.conftest import settle

TRANSLATIONS = resources_dir() / "translations"
ROOT = resources_dir().parent
PLACEHOLDER = re.compile(r"\{\w+\}")
WORD = re.compile(r"[^\W\d_]{2,}")
PATH = re.compile(r"^(/|~|[A-Za-z]:\\)")
CELL_ROWS = 30  # table cells looked at per table: enough to meet every label

# Words that stay as they are in every language: names, codes, formats and keys.
ALLOWED_WORDS = {"fieldbook", "ctrl", "enter", "excel", "pdf", "xlsx", "sqlite", "usb", "cgap"}
ALLOWED_WORDS |= {"par", "par1", "par30", "par90", "english"}  # English names itself


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"fieldbook_{language}.ts")
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
        for ctx in tree.getroot().iter("context")
        for m in ctx.iter("message")
    ]  # type: ignore[misc]


def _current(language: str) -> list[tuple[str, str, str | None, str]]:
    """(context, source, translation type, text) of the messages the code still uses."""
    return [
        (ctx, source, t.get("type"), t.text or "")
        for ctx, source, t in _messages(language)
        if t.get("type") not in ("vanished", "obsolete")
    ]


def _incomplete(language: str) -> list[str]:
    problems = []
    for ctx, source, kind, text in _current(language):
        if kind == "unfinished" or not text.strip():
            problems.append(f"{ctx}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{ctx}: {source!r} -> {text!r} changes the placeholders")
    return problems


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_message_is_translated_and_keeps_its_placeholders(language):
    assert len(_current(language)) > 200
    assert not _incomplete(language), "\n".join(_incomplete(language))


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_files_know_every_string_of_the_code_and_the_qm_is_compiled(language, tmp_path):
    """A ``tr()`` added without running ``resources/translations/update.py`` fails here."""
    ts = tmp_path / f"fieldbook_{language}.ts"
    shutil.copy(TRANSLATIONS / ts.name, ts)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "relative",
         str(ROOT / "app" / "ui"), "-ts", str(ts)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    tree = ET.parse(ts)
    new = [
        f"{m.findtext('source')!r}"
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not new, "run resources/translations/update.py and translate: " + ", ".join(new)
    qm = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / ts.name), "-qm", str(qm)],
        check=True,
    )
    shipped = TRANSLATIONS / f"fieldbook_{language}.qm"
    assert shipped.read_bytes() == qm.read_bytes(), f"{shipped.name} is stale: make translations"


# -- Azerbaijani on screen ------------------------------------------------------------------
def english_words() -> set[str]:
    """Words of the English source strings that no Azerbaijani translation uses."""
    source_words: set[str] = set()
    translated_words: set[str] = set()
    for _, source, t in _messages("az"):
        source_words |= {w.lower() for w in WORD.findall(source.replace("&", ""))}
        translated_words |= {w.lower() for w in WORD.findall((t.text or "").replace("&", ""))}
    return source_words - translated_words - ALLOWED_WORDS


def _menu_texts(bar: QMenuBar) -> Iterator[str]:
    for action in bar.actions():
        yield action.text()
        if action.menu() is not None:
            yield from (a.text() for a in action.menu().actions())


def visible_texts(root: QWidget, *, cells: bool = True) -> list[tuple[str, str]]:
    """(which widget, text) for every string a person sees on ``root`` right now."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        texts: list[str] = []
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit) and not w.text():
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QMenuBar):
            texts += list(_menu_texts(w))
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QHeaderView):
            continue  # its titles are read from the table's model below
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
            if cells:
                texts += [
                    str(model.index(r, c).data() or "")
                    for r in range(min(model.rowCount(QModelIndex()), CELL_ROWS))
                    for c in range(model.columnCount(QModelIndex()))
                ]
        found += [(name, t) for t in texts if t and WORD.search(t)]
    return found


def typed_data(db) -> tuple[set[str], list[str]]:
    """What people typed, shown as typed in any language, so not interface text: whole texts
    (logins, the database path) and parts of texts (course titles and venues, product names;
    longest first, so a title goes before the words inside it)."""
    from app.queries.case_files import officers
    from app.queries.courses import courses
    from app.queries.office import products

    whole = {o.login for o in officers(db)} | {str(db.path)}
    parts = [c.title for c in courses(db)] + [c.venue for c in courses(db)]
    parts += [p.name for p in products(db)]
    return whole, sorted({d for d in parts if d}, key=len, reverse=True)


def left_in_english(texts: list[tuple[str, str]], data: tuple[set[str], list[str]]) -> list[str]:
    words = english_words()
    whole, parts = data
    out = []
    for where, text in texts:
        if text in whole or PATH.match(text):  # a file or folder is shown as it is named
            continue
        shown = text.replace("&", "")
        for d in parts:
            shown = shown.replace(d, " ")
        english = sorted({w for w in WORD.findall(shown) if w.lower() in words})
        if english:
            out.append(f"{where}: {text!r} ({', '.join(english)})")
    return out


@pytest.fixture
def installed(qapp, tmp_path, monkeypatch, request) -> Iterator[str]:
    """A language (Azerbaijani unless parametrized) installed before any window is built, and
    saved as the choice in Settings; English again afterwards, for the other tests."""
    from app.ui import i18n

    language = getattr(request, "param", "az")
    monkeypatch.setenv("FIELDBOOK_SETTINGS", str(tmp_path / "settings.json"))
    save_settings(load_settings().with_changes(language=language))
    assert i18n.install(qapp, language)
    yield language
    i18n.remove(qapp)
    assert i18n.current_language() == "en"


def _dialogs(window):
    """The dialogs people open most, each built fresh (in the installed language)."""
    from app.ui.screens.beneficiary_form import BeneficiaryForm
    from app.ui.screens.case_file import CaseFileDialog
    from app.ui.screens.loan_detail import LoanDialog
    from app.ui.screens.loan_form import NewLoanDialog

    ctx = window.ctx
    loans = window.screens["loans"].rows
    loan = next((r for r in loans if r.late), loans[0])
    yield "case_file", CaseFileDialog(ctx, loan.beneficiary_id, window)
    yield "loan", LoanDialog(ctx, loan.id, window)
    yield "beneficiary_form", BeneficiaryForm(ctx, parent=window)
    yield "new_loan", NewLoanDialog(ctx, parent=window)


def _show_everything(qtbot, window, visit) -> None:
    """Each main screen, then each common dialog, passed to ``visit(name, widget)``."""
    for key in window.keys:
        assert window.show_screen(key)
        settle(qtbot)
        qtbot.wait(100)
        settle(qtbot)
        visit(key, window)
    window.show_screen("loans")
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(window.screens["loans"].rows), timeout=10_000)
    for name, dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot)
        visit(name, dialog)
        dialog.close()


def test_no_visible_string_is_left_in_english(qtbot, installed, make_window):
    window = make_window("supervisor")
    data = typed_data(window.ctx.db)
    problems: dict[str, str] = {}

    def visit(name: str, widget: QWidget) -> None:
        texts = visible_texts(widget, cells=widget is window)
        for p in left_in_english(texts, data):
            problems.setdefault(p, name)  # the status bar shows on every screen: once

    _show_everything(qtbot, window, visit)
    assert not problems, "left in English:\n" + "\n".join(f"{n}: {p}" for p, n in problems.items())


def _table_overflows(view: QAbstractItemView, name: str) -> list[str]:
    """Column titles wider than their column, and cells cut short with "…" (first rows)."""
    out = []
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    model = view.model()
    for c in range(header.count()):
        if header.isSectionHidden(c):
            continue
        width = header.sectionSize(c)
        title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        need = max(
            (header.fontMetrics().horizontalAdvance(t) for t in title.split("\n")), default=0
        )
        if title and width < need + 8:
            out.append(f"{name} column {title!r}: {width} < {need + 8} px")
        cells = [str(model.index(r, c).data() or "") for r in range(min(model.rowCount(), 50))]
        cut = [t for t in cells if view.fontMetrics().horizontalAdvance(t) + 8 > width]
        if cut and c < header.count() - 1:  # the last column stretches to the edge
            out.append(f"{name} column {title!r}: {len(cut)} cells cut short, e.g. {cut[0]!r}")
    return out


def text_overflows(root: QWidget) -> list[str]:
    """Labels and buttons narrower than their text, table columns narrower than their title or
    cells, a list (the navigation) that has to scroll sideways."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        one_line = isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and not w.wordWrap())
        if isinstance(w, QLabel | QAbstractButton) and one_line and w.text():
            if w.width() < w.sizeHint().width() - 1:
                out.append(f"{name} {w.text()!r}: {w.width()} < {w.sizeHint().width()} px")
        elif isinstance(w, QListWidget) and w.horizontalScrollBar().isVisible():
            widest = max(w.visualItemRect(w.item(i)).width() for i in range(w.count()))
            out.append(f"{name}: items need {widest} px, list is {w.viewport().width()} px")
        elif isinstance(w, QAbstractItemView) and hasattr(w, "horizontalHeader"):
            out += _table_overflows(w, name)
    return out


@pytest.mark.parametrize("installed", ["az", "ru"], indirect=True)
def test_each_main_screen_renders_translated(qtbot, installed, make_window, tmp_path):
    folder = Path(os.environ.get("FIELDBOOK_SHOTS") or tmp_path) / installed
    folder.mkdir(parents=True, exist_ok=True)
    window = make_window("supervisor")
    window.resize(1280, 800)
    written: list[Path] = []
    overflows: list[str] = []

    def visit(name: str, widget: QWidget) -> None:
        path = folder / f"{name}.png"
        assert widget.grab().save(str(path))
        written.append(path)
        overflows.extend(f"{name}: {o}" for o in text_overflows(widget))

    _show_everything(qtbot, window, visit)
    (folder / "overflows.txt").write_text("\n".join(overflows) + "\n", encoding="utf-8")
    assert len(written) == len(window.keys) + 4
    assert all(p.stat().st_size > 10_000 for p in written)


@pytest.mark.parametrize("language", ["ru", "az", "en"])
def test_the_language_chosen_in_settings_is_remembered(qtbot, make_window, tmp_path, monkeypatch,
                                                       language):  # fmt: skip
    monkeypatch.setenv("FIELDBOOK_SETTINGS", str(tmp_path / "settings.json"))
    save_settings(load_settings().with_changes(language="az" if language == "en" else "en"))
    window = make_window("admin")
    window.show_screen("settings")
    combo = window.screens["settings"].language
    note = window.screens["settings"].language_note
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "az", "ru"]
    combo.setCurrentIndex(combo.findData(language))
    assert load_settings().language == language
    assert note.isVisible() == (language != "en")  # these tests run in English
