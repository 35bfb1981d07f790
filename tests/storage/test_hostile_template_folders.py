"""Hostile template folders (issue 14, point 7): a lab's shared folder holding files
nested 20,000 deep, a link to /dev/zero, a FIFO, a link loop, a folder named x.toml,
a huge file, a file that is not UTF-8, thousands of files. The app still starts: it
lists the good templates and names each bad file with its reason.

The folders are real, in tmp_path. Whatever holds a FIFO is loaded in a child process
(the real `facilitator templates` and `facilitator methods`, or the real main window)
with a timeout, so a regression fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.library_access import bundled_library
from facilitator.paths import config_dir, templates_dir
from facilitator.settings import Settings, SettingsStore
from facilitator.storage.library_files import (
    MAX_FILE_BYTES,
    MAX_FILES_PER_FOLDER,
    MAX_FOLDER_BYTES,
    MAX_FOLDER_ENTRIES,
    load_library,
)
from facilitator.storage.safe_read import MAX_NESTING

HANG_GUARD_S = 180  # a child that has not finished by then is hung: the test fails
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
NEST = 20_000


def template_text(template_id: str, title: str = "Modèle du labo") -> str:
    return (
        f'id = "{template_id}"\n[fr]\ntitle = "{title}"\n'
        '[[days]]\nstart = "09:00"\nend = "12:00"\n'
        '[[days.items]]\nmethod = "brainwriting-635"\n'
        '[[days.items]]\nkind = "break"\nduration = 15\n'
    )


def _folder_with_a_template(path: Path) -> None:
    path.mkdir()
    (path / "inside.toml").write_text(template_text("inside"))


def _unreadable(path: Path) -> None:
    path.write_text(template_text("unreadable"))
    path.chmod(0)


DEEP = f"{MAX_NESTING} levels"
# File name → (how to make it, words of the reason given for it).
Maker = Callable[[Path], object]
BAD: dict[str, tuple[Maker, str]] = {
    "deep-arrays.toml": (
        lambda p: p.write_text("a = " + "[" * NEST + "]" * NEST, encoding="utf-8"),
        DEEP,
    ),
    "deep-inline-tables.toml": (
        lambda p: p.write_text("a = " + "{a = " * NEST + "1" + "}" * NEST, encoding="utf-8"),
        DEEP,
    ),
    "deep-dotted-keys.toml": (
        lambda p: p.write_text('id = "x"\n' + "a." * NEST + "a = 1\n", encoding="utf-8"),
        DEEP,
    ),
    "deep-table-header.toml": (
        lambda p: p.write_text("[" + "a." * NEST + "a]\n", encoding="utf-8"),
        DEEP,
    ),
    "zero.toml": (lambda p: p.symlink_to("/dev/zero"), "not a regular file"),
    "loop.toml": (lambda p: p.symlink_to(p), "symbolic links loop"),
    "dangling.toml": (lambda p: p.symlink_to(p.with_name("absent")), "does not exist"),
    "folder.toml": (
        _folder_with_a_template,
        "is a folder",
    ),
    "huge.toml": (
        lambda p: p.write_text("# " + "x" * MAX_FILE_BYTES, encoding="utf-8"),
        "larger than 1 MB",
    ),
    "latin1.toml": (
        lambda p: p.write_bytes(template_text("latin1", "Modèle").encode("latin-1")),
        "not UTF-8",
    ),
    "digits.toml": (lambda p: p.write_text("a = " + "7" * 5000), "more than 4300 digits"),
}
FIFO: dict[str, tuple[Maker, str]] = {
    "fifo.toml": (os.mkfifo, "not a regular file"),
}
UNREADABLE: dict[str, tuple[Maker, str]] = {
    "unreadable.toml": (
        _unreadable,
        "permission denied",
    ),
}
GOOD = ("modele-du-labo", "lien-externe")


def hostile_folder(tmp_path: Path, *, fifo: bool) -> tuple[Path, dict[str, str]]:
    """A shared folder with every bad shape beside two good templates: one a plain
    file, one a link to a file outside the folder (followed: see safe_read.py)."""
    folder = tmp_path / "partage"
    folder.mkdir()
    (folder / "modele-du-labo.toml").write_text(template_text("modele-du-labo"))
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    (elsewhere / "original.toml").write_text(template_text("lien-externe", "Lien"))
    (folder / "lien-externe.toml").symlink_to(elsewhere / "original.toml")
    # Not looked at: hidden files (editor locks, macOS ._ files), subfolders, a link
    # to the folder itself (no walk, so no loop).
    (folder / "._modele-du-labo.toml").write_bytes(b"\x00\x05\x16\x07")
    (folder / "sous-dossier").mkdir()
    (folder / "sous-dossier" / "cache.toml").write_text(template_text("cache"))
    (folder / "moi-meme").symlink_to(folder)
    bad = dict(BAD)
    if fifo:
        bad |= FIFO
    if not ROOT:
        bad |= UNREADABLE
    for name, (make, _words) in bad.items():
        make(folder / name)
    return folder, {name: words for name, (_make, words) in bad.items()}


def _said_about(problems: list[str], name: str) -> str:
    found = [p for p in problems if any(f"{os.sep}{name}{end}" in p for end in ("”", "\u00a0»"))]
    assert len(found) == 1, (name, problems)
    return found[0]


def test_a_hostile_folder_loads_the_good_and_names_each_bad_file(tmp_path: Path) -> None:
    folder, expected = hostile_folder(tmp_path, fifo=False)
    library = load_library(templates_dir(), None, [folder])
    problems = [p.render() for p in library.problems]
    for name, words in expected.items():
        said = _said_about(problems, name)
        assert words in said, said
    assert len(problems) == len(expected), problems  # nothing else was complained about
    for template_id in GOOD:
        assert library.templates[template_id].origin == "shared"
    assert "cache" not in library.templates and "inside" not in library.templates
    bundled = bundled_library()
    assert set(bundled.templates) <= set(library.templates)
    assert library.methods.keys() == bundled.methods.keys()


@pytest.mark.skipif(ROOT, reason="root reads a chmod 000 file anyway (the tests run as root)")
def test_an_unreadable_template_is_named(tmp_path: Path) -> None:
    folder, _expected = hostile_folder(tmp_path, fifo=False)
    library = load_library(templates_dir(), None, [folder])
    said = _said_about([p.render() for p in library.problems], "unreadable.toml")
    assert "permission denied" in said, said


def _configure_shared(folder: Path) -> None:
    SettingsStore(config_dir()).save(Settings(template_folders=(str(folder),)))


def _facilitator(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANGUAGE": language, "QT_QPA_PLATFORM": "offscreen"}
    env |= {"LC_ALL": "C.UTF-8"} if language == "en" else {"LC_ALL": "fr_FR.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        env=env,  # FACILITATOR_HOME: this test's own folders (conftest)
        timeout=HANG_GUARD_S,  # TimeoutExpired fails the test if start-up hangs
    )


def test_facilitator_templates_lists_the_good_and_names_the_bad(tmp_path: Path) -> None:
    folder, expected = hostile_folder(tmp_path, fifo=True)
    _configure_shared(folder)
    result = _facilitator("templates", language="en")
    assert result.returncode == 0, result.stderr
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert set(GOOD) | set(bundled_library().templates) == set(ids), ids
    problems = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    for name, words in expected.items():
        said = _said_about(problems, name)
        assert said.startswith("facilitator: ") and words in said, said
    methods = _facilitator("methods", language="en")
    assert methods.returncode == 0, methods.stderr
    assert len(methods.stdout.splitlines()) == len(bundled_library().methods)
    assert _said_about(methods.stderr.splitlines(), "fifo.toml")


def test_the_reasons_are_given_in_french(tmp_path: Path) -> None:
    folder, _expected = hostile_folder(tmp_path, fifo=True)
    _configure_shared(folder)
    result = _facilitator("templates", language="fr")
    assert result.returncode == 0, result.stderr
    problems = result.stderr.splitlines()
    french = {
        "fifo.toml": "n’est pas un fichier ordinaire",
        "folder.toml": "c’est un dossier",
        "loop.toml": "liens symboliques",
        "deep-arrays.toml": f"plus de {MAX_NESTING}\u00a0niveaux",
        "huge.toml": "plus de 1\u00a0Mo",
        "latin1.toml": "UTF-8",
    }
    for name, words in french.items():
        said = _said_about(problems, name)
        assert words in said, said


WINDOW = """
import json
from PySide6.QtWidgets import QApplication
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.translations import Translators
from facilitator.ui.dialogs import NewWorkshopDialog
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.main_window import MainWindow
from facilitator.ui.style import apply_style

app = QApplication([])
apply_style(app)
settings = SettingsStore(config_dir())
settings.load()
translators = Translators()
translators.install("en")
window = MainWindow(settings, translators, QtFileChooser())  # loads the library itself
window.show()
app.processEvents()
dialog = NewWorkshopDialog("fr", window.library, window)
combo = dialog.template_combo
print(json.dumps({
    "home": window.stack.currentWidget() is window.home and window.isVisible(),
    "offered": [combo.itemData(i) for i in range(combo.count())],
    "problems": [p.render() for p in window.library.problems],
}))
"""


def test_the_main_window_starts_and_offers_the_good_templates(tmp_path: Path) -> None:
    folder, expected = hostile_folder(tmp_path, fifo=True)
    _configure_shared(folder)
    result = subprocess.run(
        [sys.executable, "-c", WINDOW],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=HANG_GUARD_S,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.splitlines()[-1])
    assert shown["home"] is True
    assert set(GOOD) <= set(shown["offered"])
    assert set(bundled_library().templates) <= set(shown["offered"])
    for name, words in expected.items():
        assert words in _said_about(shown["problems"], name)


# -- the folder's own limits ------------------------------------------------------------
def test_thousands_of_files_only_the_first_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "beaucoup"
    folder.mkdir()
    count = 2_000
    for n in range(count):
        (folder / f"t{n:04d}.toml").write_text(template_text(f"t{n:04d}"))
    library = load_library(templates_dir(), None, [folder])
    shared = sorted(t.id for t in library.templates.values() if t.origin == "shared")
    assert shared == [f"t{n:04d}" for n in range(MAX_FILES_PER_FOLDER)]
    [said] = [p.render() for p in library.problems]
    assert str(folder) in said
    assert f"first {MAX_FILES_PER_FOLDER} files" in said
    assert f"{count - MAX_FILES_PER_FOLDER} more are left out" in said


def test_the_bytes_read_per_folder_are_bounded(tmp_path: Path) -> None:
    folder = tmp_path / "lourd"
    folder.mkdir()
    big = MAX_FILE_BYTES - 100
    names = [f"p{n}" for n in range(6)]
    for name in names:  # valid templates padded with a comment to almost 1 MB each
        text = template_text(name)
        (folder / f"{name}.toml").write_text(text + "#" + "x" * (big - len(text)) + "\n")
    library = load_library(templates_dir(), None, [folder])
    read = -(-MAX_FOLDER_BYTES // big)  # files read before the budget is spent
    shared = sorted(t.id for t in library.templates.values() if t.origin == "shared")
    assert shared == names[:read]
    [said] = [p.render() for p in library.problems]
    assert f"reach {MAX_FOLDER_BYTES // 1_000_000} MB" in said, said
    assert f"{len(names) - read} more are left out" in said, said


def test_a_folder_of_too_many_entries_is_only_partly_looked_at(tmp_path: Path) -> None:
    folder = tmp_path / "encombre"
    folder.mkdir()
    for n in range(MAX_FOLDER_ENTRIES + 1):
        (folder / f"{n}.txt").touch()
    library = load_library(templates_dir(), None, [folder])
    [said] = [p.render() for p in library.problems]
    assert f"more than {MAX_FOLDER_ENTRIES} entries" in said, said
    assert set(bundled_library().templates) <= set(library.templates)


@pytest.mark.skipif(ROOT, reason="root lists a chmod 000 folder anyway (the tests run as root)")
def test_an_unreadable_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "ferme"
    folder.mkdir()
    folder.chmod(0)
    try:
        library = load_library(templates_dir(), None, [folder])
    finally:
        folder.chmod(0o700)
    [said] = [p.render() for p in library.problems]
    assert str(folder) in said and "permission denied" in said, said
