"""Find the strings of the printed documents for ``lupdate`` (#7); used by ``update.py``.

The PDFs (``app/reports``) are drawn without Qt; their words are English literals marked with
``tr("…", name=value)`` or ``word("…")`` from ``app.reports.paper``. This reads the source of
``app/`` (outside ``app/ui``) with ``ast``, as ``error_templates.py`` does for the errors, and
collects the first argument of each call to those two (imported by name, or called as
``paper.tr`` on the imported module).

``write_document_messages()`` writes them to ``app/ui/document_messages.py``, one
``QCoreApplication.translate("documents", …)`` each, where ``lupdate`` finds them. At run time
``app.reports.paper`` reads their translations back from the ``.ts`` files. A marker whose
argument is not a literal (an f-string, a variable) is reported as a *dynamic site*: it cannot
be translated (a word held in a variable goes through ``paper.translate`` instead).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CORE = ROOT / "app"
SKIP = (CORE / "ui",)
OUTPUT = CORE / "ui" / "document_messages.py"
CONTEXT = "documents"
MODULE = "app.reports.paper"
MARKERS = ("tr", "word")
PLAIN = "app.text"  # its ``word`` marks the ledger's sentences (the ledger is below app.reports)
# ``paper.tr`` fills ``{name}`` by replacing it: no conversions, no format specs.
FIELD = re.compile(r"\{(\w+)\}")


@dataclass
class Site:
    """One string at one place in the source, with the names of the params passed there."""

    text: str  # "" for a dynamic site
    where: str
    params: set[str] | None = None  # None: the call forwards **params, names unknown


def placeholders(text: str) -> list[str]:
    """The placeholder names of ``text``, sorted, with repeats (``["date", "reason"]``)."""
    return sorted(m.group(1) for m in FIELD.finditer(text))


def core_files() -> list[Path]:
    return sorted(p for p in CORE.rglob("*.py") if not any(p.is_relative_to(s) for s in SKIP))


def _names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """(local names of the markers, local names of the ``paper`` module) in one module."""
    markers: set[str] = set()
    modules: set[str] = set()
    parent, _, leaf = MODULE.rpartition(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == MODULE:
            markers |= {a.asname or a.name for a in node.names if a.name in MARKERS}
        elif isinstance(node, ast.ImportFrom) and node.module == PLAIN:
            markers |= {a.asname or a.name for a in node.names if a.name == "word"}
        elif isinstance(node, ast.ImportFrom) and node.module == parent:
            modules |= {a.asname or a.name for a in node.names if a.name == leaf}
        elif isinstance(node, ast.Import):
            modules |= {a.asname for a in node.names if a.name == MODULE and a.asname}
    return markers, modules


def _is_marker(node: ast.Call, markers: set[str], modules: set[str]) -> bool:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id in markers
    return (
        isinstance(f, ast.Attribute)
        and f.attr in MARKERS
        and isinstance(f.value, ast.Name)
        and f.value.id in modules
    )


def _callee_name(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _walk(tree: ast.Module, rel: str) -> Iterator[Site]:
    markers, modules = _names(tree)
    if not markers and not modules:
        return
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _is_marker(node, markers, modules)):
            continue
        where = f"{rel}:{node.lineno}"
        arg = node.args[0] if node.args else None
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            forwards = any(k.arg is None for k in node.keywords)
            names = {k.arg for k in node.keywords if k.arg}
            # word() takes no params: its values travel beside it (the ledger's formula lines)
            kept = _callee_name(node) == "word"
            yield Site(arg.value, where, None if forwards or kept else names)
        else:
            yield Site("", where)


def find_sites() -> list[Site]:
    """Every document string (and every dynamic site) of the core, in file and line order."""
    out: list[Site] = []
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        out += sorted(_walk(tree, str(path.relative_to(ROOT))), key=_line)
    return out


def _line(site: Site) -> int:
    return int(site.where.rsplit(":", 1)[1])


def strings() -> list[str]:
    """The distinct document strings, in the order they first appear."""
    return list(dict.fromkeys(s.text for s in find_sites() if s.text))


HEADER = '''"""The documents' strings, for lupdate (#7): do not edit, run `make translations`.

Generated by resources/translations/update.py from the tr("…") and word("…") calls of
app.reports.paper in app/ (outside app/ui).

``app.reports.paper`` reads their translations (context ``documents``) from the .ts files
without Qt; this function is never called, it only shows ``lupdate`` the strings.
"""

# ruff: noqa: E501
# fmt: off
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _for_lupdate() -> None:
'''


def render_module(found: list[str]) -> str:
    lines = [f'    QCoreApplication.translate("{CONTEXT}", {_quoted(t)})' for t in found]
    return HEADER + "\n".join(lines or ["    pass"]) + "\n"


def _quoted(text: str) -> str:
    """A double-quoted Python literal (what lupdate's Python parser reads best)."""
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def write_document_messages() -> tuple[int, list[str]]:
    """Write ``app/ui/document_messages.py``; (number of strings, dynamic sites)."""
    sites = find_sites()
    found = list(dict.fromkeys(s.text for s in sites if s.text))
    text = render_module(found)
    if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
        OUTPUT.write_text(text, encoding="utf-8")
    return len(found), [s.where for s in sites if not s.text]
