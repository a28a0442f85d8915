"""Rebuild the interface translations (#7): ``.venv/bin/python resources/translations/update.py``.

0. The error templates of the core (``ValidationError("… {owed} AZN", owed=…)`` and the rest of
   the ``DomainError`` family in ``app/``, outside ``app/ui``) are read with ``ast`` and written to
   ``app/ui/error_messages.py`` as ``QCoreApplication.translate("errors", …)`` lines, so that
   ``lupdate`` sees them (see ``error_templates.py``). The strings of the printed documents
   (``tr("…")`` and ``word("…")`` of ``app.reports.paper``) go the same way to
   ``app/ui/document_messages.py``, context ``documents`` (see ``document_strings.py``), and the
   labels of the stored codes (``app/vocabulary.py``) to ``app/ui/label_messages.py``, context
   ``labels`` (see ``label_strings.py``).
1. ``pyside6-lupdate`` reads every ``tr()`` / ``translate()`` string in ``app/ui`` and merges it
   into ``fieldbook_az.ts`` and ``fieldbook_ru.ts`` (new strings arrive as "unfinished"; strings no
   longer in the code stay as "vanished" so their translation is not lost).
2. A string that only moved to another context (a class renamed, a helper given its own context)
   takes the translation it already has elsewhere in the same file.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Then translate what is still unfinished (Qt Linguist: ``.venv/bin/pyside6-linguist <file>.ts``),
and run this again. ``tests/ui/test_translations.py`` fails while anything is unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from document_strings import write_document_messages  # noqa: E402
from error_templates import write_error_messages  # noqa: E402
from label_strings import write_label_messages  # noqa: E402

LANGUAGES = ("az", "ru")
SOURCES = ROOT / "app" / "ui"


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"update.py: {name} not found (pip install PySide6 into .venv)")
    return found


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "relative",
         "-source-language", "en", "-target-language", language, str(SOURCES), "-ts", str(ts)],
        check=True, cwd=ROOT,
    )  # fmt: skip


def reuse_translations(ts: Path) -> int:
    """Fill unfinished messages whose source text is translated in another context."""
    tree = ET.parse(ts)
    known: dict[str, str] = {}
    for m in tree.iter("message"):
        t = m.find("translation")
        if t is not None and t.get("type") in (None, "vanished", "obsolete") and t.text:
            known.setdefault(m.findtext("source") or "", t.text)
    filled = 0
    for m in tree.iter("message"):
        t = m.find("translation")
        source = m.findtext("source") or ""
        if t is not None and t.get("type") == "unfinished" and source in known:
            t.text = known[source]
            del t.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    count, dynamic = write_error_messages()
    print(f"app/ui/error_messages.py: {count} error templates")
    for site in dynamic:
        print(f"  not translatable (use a literal template and named params): {site}")
    count, dynamic = write_document_messages()
    print(f"app/ui/document_messages.py: {count} document strings")
    for site in dynamic:
        print(f"  not translatable (tr() and word() take a literal): {site}")
    print(f"app/ui/label_messages.py: {write_label_messages()} labels of app/vocabulary.py")
    for language in LANGUAGES:
        ts = HERE / f"fieldbook_{language}.ts"
        lupdate(ts, language)
        if reuse_translations(ts):
            lupdate(ts, language)  # back to lupdate's own layout (DOCTYPE, indentation)
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
        tree = ET.parse(ts)
        unfinished = [
            m.findtext("source")
            for m in tree.iter("message")
            if m.find("translation") is not None
            and m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        ]
        print(f"{ts.name}: {len(unfinished)} unfinished")
        for source in unfinished:
            print(f"  {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
