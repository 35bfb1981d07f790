"""Every string is looked up at run time under the context the .ts files hold it in.

Issue 17: the synthesis progress window was English in the French interface. Its strings
were translated with `export.tr(…)` in a module-level function: lupdate filed them under
the context `export` (the variable's name), while PySide looks them up under the class of
the object (`SynthesisExport`, then its bases): never found. The kind of fault is a
translation call whose run-time context differs from the one lupdate writes down:

- `x.tr(…)` on anything but `self`, or `self.tr(…)` outside a class: lupdate cannot
  know the class (it uses the receiver's name, or nothing);
- `QCoreApplication.translate(context, source)` whose context or source is not a
  literal, or any translation call inside an f-string: lupdate extracts nothing (the
  room page's "(no name)" was never translated, found by this test);
- any of these whose (context, source) pair is not in the .ts files, for whatever other
  reason lupdate filed it elsewhere.

PySide's `self.tr` looks the string up under the object's class and then each of its
bases (checked here with a subclass), so `self.tr` in class `C` is found under `C`.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import facilitator
from facilitator.translations import LANGUAGES, source_files, ts_path

TRANSLATE_OWNERS = {"QCoreApplication", "QGuiApplication", "QApplication"}
REPOSITORY = Path(facilitator.__file__).resolve().parent.parent


@dataclass(frozen=True)
class Lookup:
    where: str  # file:line
    context: str
    source: str


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, label: str) -> None:
        self.label = label  # the file, as the failures name it
        self.classes: list[str] = []
        self.in_f_string = 0
        self.lookups: list[Lookup] = []
        self.faults: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.in_f_string += 1
        self.generic_visit(node)
        self.in_f_string -= 1

    def visit_Call(self, node: ast.Call) -> None:
        where = f"{self.label}:{node.lineno}"
        func = node.func
        translating = isinstance(func, ast.Attribute) and func.attr in ("tr", "translate")
        if translating and self.in_f_string:
            self.faults.append(f"{where}: a translation inside an f-string (lupdate skips it)")
        if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            receiver = func.value
            source = _literal(node.args[0])
            if not (isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes):
                self.faults.append(f"{where}: {ast.unparse(func)}(…) outside `self.tr` in a class")
            elif source is None:
                self.faults.append(f"{where}: self.tr with a text lupdate cannot read")
            else:
                self.lookups.append(Lookup(where, self.classes[-1], source))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in TRANSLATE_OWNERS
        ):
            context = _literal(node.args[0]) if node.args else None
            source = _literal(node.args[1]) if len(node.args) > 1 else None
            if context is None or source is None:
                self.faults.append(f"{where}: translate() with a context or text not literal")
            else:
                self.lookups.append(Lookup(where, context, source))
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
            context = _literal(node.args[0]) if node.args else None
            source = _literal(node.args[1]) if len(node.args) > 1 else None
            if context is None or source is None:
                self.faults.append(f"{where}: QT_TRANSLATE_NOOP with a text not literal")
            else:
                self.lookups.append(Lookup(where, context, source))
        self.generic_visit(node)


def _scan() -> tuple[list[Lookup], list[str]]:
    lookups: list[Lookup] = []
    faults: list[str] = []
    for path in source_files():
        finder = _Finder(str(path.relative_to(REPOSITORY)))
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        lookups += finder.lookups
        faults += finder.faults
    return lookups, faults


def _held(language: str) -> set[tuple[str, str]]:
    held: set[tuple[str, str]] = set()
    for context in ET.parse(ts_path(language)).getroot().iter("context"):  # type: ignore[arg-type]
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            held.add((name, message.findtext("source") or ""))
    return held


@pytest.fixture(scope="module")
def scanned() -> tuple[list[Lookup], list[str]]:
    return _scan()


def test_every_translation_call_names_its_context_the_way_lupdate_reads_it(
    scanned: tuple[list[Lookup], list[str]],
) -> None:
    _lookups, faults = scanned
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_held_under_the_context_it_is_looked_up_in(
    scanned: tuple[list[Lookup], list[str]], language: str
) -> None:
    lookups, _faults = scanned
    assert len(lookups) > 500  # the scan found the app's strings (about 800)
    held = _held(language)
    sources = {source: context for context, source in held}
    astray = [
        f"{lookup.where}: looked up under {lookup.context!r}, held under "
        f"{sources.get(lookup.source, 'nothing')!r}: {lookup.source!r}"
        for lookup in lookups
        if (lookup.context, lookup.source) not in held
    ]
    assert not astray, "\n".join(astray)


def test_the_scan_catches_the_issue_example() -> None:
    """The progress window as it was: `export.tr` in a module-level function."""
    example = (
        "def run_with_progress(export, dialog):\n"
        "    dialog.setLabelText(export.tr('Laying out the synthesis…'))\n"
        "class Fine:\n"
        "    def f(self):\n"
        "        return self.tr('Cancel')\n"
        "def loose(self):\n"
        "    return self.tr('Cancel')\n"
        "class Room:\n"
        "    def f(self, name):\n"
        "        return f\"{name or self.tr('(no name)')} · 1\"\n"
    )
    finder = _Finder("example.py")
    finder.visit(ast.parse(example))
    assert [fault.split(":")[1] for fault in finder.faults] == ["2", "7", "10"]
    assert finder.lookups[0] == Lookup("example.py:5", "Fine", "Cancel")
