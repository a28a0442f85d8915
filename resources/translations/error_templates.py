"""Find the error templates of the core for ``lupdate`` (#7); used by ``update.py``.

The services, the ledger and the reports raise ``ValidationError("… {owed} AZN", owed=…)`` and
the rest of the ``DomainError`` family (``app/errors.py``) without knowing Qt. This reads the
source of ``app/`` (outside ``app/ui``) with ``ast`` and collects, as a template:

* the first string-literal positional argument of a call to a ``DomainError``-family class
  (imported from ``app.*`` or defined as a subclass of one: ``LikelyDuplicate``,
  ``ImportRefused``), so ``pydantic.ValidationError`` is not taken for ours;
* the same inside ``super().__init__(…)`` in the body of such a subclass;
* the argument of ``translatable("…")`` (a template kept in a constant or a table).

``write_error_messages()`` writes them to ``app/ui/error_messages.py``, one
``QCoreApplication.translate("errors", …)`` each, where ``lupdate`` finds them. A call whose
message is an f-string or a variable is reported as a *dynamic site*: it cannot be translated.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CORE = ROOT / "app"
SKIP = (CORE / "ui",)
OUTPUT = CORE / "ui" / "error_messages.py"
BASE_FAMILY = {
    "DomainError", "ValidationError", "NotFound", "PermissionDenied", "Conflict", "SyncError",
}  # fmt: skip
MARKER = "translatable"
# A str.format field: {name}, {name!r}, {name:,}; {{ and }} are literal braces.
FIELD = re.compile(r"(?<!\{)\{(\w+)((?:![rsa])?(?::[^{}]*)?)\}")


@dataclass
class Site:
    """One template at one place in the source, with the names of the params passed there."""

    template: str
    where: str
    params: set[str] | None = None  # None: the call forwards **params, names unknown
    extra: list[str] = field(default_factory=list)


def placeholders(template: str) -> list[str]:
    """The placeholder names of ``template``, sorted, with repeats (``["owed"]``)."""
    return sorted(m.group(1) for m in FIELD.finditer(template))


def core_files() -> list[Path]:
    return sorted(p for p in CORE.rglob("*.py") if not any(p.is_relative_to(s) for s in SKIP))


def _family_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of the classes that derive (directly or not) from a ``DomainError`` class."""
    family = set(BASE_FAMILY)
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in family:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & family:
                        family.add(node.name)
                        grew = True
    return family


def _local_names(tree: ast.Module, family: set[str]) -> tuple[set[str], set[str]]:
    """(names that call a family class in this module, names of ``translatable``)."""
    errors: set[str] = set()
    markers: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app"):
            for alias in node.names:
                if alias.name in family:
                    errors.add(alias.asname or alias.name)
                elif alias.name == MARKER:
                    markers.add(alias.asname or alias.name)
        elif isinstance(node, ast.ClassDef) and node.name in family:
            errors.add(node.name)
        elif isinstance(node, ast.FunctionDef) and node.name == MARKER:
            markers.add(MARKER)
    return errors, markers


def _callee(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
        return f.attr if f.value.id in ("errors", "app") else ""
    return ""


def _is_super_init(node: ast.Call) -> bool:
    f = node.func
    return (
        isinstance(f, ast.Attribute)
        and f.attr == "__init__"
        and isinstance(f.value, ast.Call)
        and isinstance(f.value.func, ast.Name)
        and f.value.func.id == "super"
    )


def _site(node: ast.Call, where: str, *, forwarding: bool = False) -> Site | None:
    """The template of one call; a ``Site`` with an empty template when it is dynamic (an
    f-string or a variable), ``None`` when there is no message (or, with ``forwarding``, a
    subclass passes on a template it was given)."""
    for arg in node.args:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            names = {k.arg for k in node.keywords if k.arg and k.arg != "field"}
            forwards = any(k.arg is None for k in node.keywords)
            return Site(arg.value, where, None if forwards else names)
    if forwarding or not any(_built(a) for a in node.args):
        return None  # a variable: fine if its value comes from translatable("…")
    return Site("", where)


def _built(arg: ast.expr) -> bool:
    """An f-string, a concatenation or a ``.format()``/``str()``: a new message every time."""
    if isinstance(arg, ast.JoinedStr | ast.BinOp):
        return True
    if isinstance(arg, ast.Call):
        f = arg.func
        return (isinstance(f, ast.Attribute) and f.attr in ("format", "join")) or (
            isinstance(f, ast.Name) and f.id == "str"
        )
    return False


def _walk(tree: ast.Module, rel: str, family: set[str]) -> Iterator[Site]:
    errors, markers = _local_names(tree, family)

    def visit(node: ast.AST, in_family_class: bool) -> Iterator[Site]:
        for child in ast.iter_child_nodes(node):
            inside = in_family_class
            if isinstance(child, ast.ClassDef):
                inside = child.name in family
            if isinstance(child, ast.Call):
                where = f"{rel}:{child.lineno}"
                name = _callee(child)
                if name in markers and child.args:
                    arg = child.args[0]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        yield Site(arg.value, where)
                    elif _built(arg):
                        yield Site("", where)
                elif name in errors or (in_family_class and _is_super_init(child)):
                    site = _site(child, where, forwarding=name not in errors)
                    if site is not None:
                        yield site
            yield from visit(child, inside)

    yield from visit(tree, False)


def find_sites() -> list[Site]:
    """Every template (and every dynamic site) of the core, in file and line order."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in core_files()}
    family = _family_classes(trees)
    out: list[Site] = []
    for path, tree in trees.items():
        out += _walk(tree, str(path.relative_to(ROOT)), family)
    return out


def templates() -> list[str]:
    """The distinct templates, in the order they first appear."""
    return list(dict.fromkeys(s.template for s in find_sites() if s.template))


HEADER = '''"""The core's error templates, for lupdate (#7): do not edit, run `make translations`.

Generated by resources/translations/update.py from the DomainError calls in app/ (outside app/ui).

``app.ui.common.error_text`` translates ``error.template`` in the context ``errors``; this
function is never called, it only shows ``lupdate`` the strings.
"""

# ruff: noqa: E501
# fmt: off
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _for_lupdate() -> None:
'''


def render_module(found: list[str]) -> str:
    lines = [f'    QCoreApplication.translate("errors", {_quoted(t)})' for t in found]
    return HEADER + "\n".join(lines or ["    pass"]) + "\n"


def _quoted(text: str) -> str:
    """A double-quoted Python literal (what lupdate's Python parser reads best)."""
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def write_error_messages() -> tuple[int, list[str]]:
    """Write ``app/ui/error_messages.py``; (number of templates, dynamic sites)."""
    sites = find_sites()
    found = list(dict.fromkeys(s.template for s in sites if s.template))
    text = render_module(found)
    if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
        OUTPUT.write_text(text, encoding="utf-8")
    return len(found), [s.where for s in sites if not s.template]
