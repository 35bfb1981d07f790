"""The interface language: Qt translators loaded from resources/translations.

The `.ts` files are the sources, edited with Qt Linguist; the `.qm` files beside
them are compiled from them (`python -m facilitator.translations --compile`) and
committed, so that a fresh clone shows French with no build step. A test checks
that the `.qm` files match their sources. Uses QtCore only, so the command line
can translate its messages without starting a GUI.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.domain.messages import QT_TRANSLATE_NOOP, Message
from facilitator.paths import translations_dir

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")
LOCALES: dict[Language, QLocale] = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def system_language() -> Language:
    """French or English, after the system; English for any other language."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str) -> Language:
    return choice if choice in LANGUAGES else system_language()


def qm_path(language: Language) -> Path:
    return translations_dir() / f"facilitator_{language}.qm"


def ts_path(language: Language) -> Path:
    return translations_dir() / f"facilitator_{language}.ts"


# Qt's own strings that its French translation (qtbase_fr.qm, shipped in PySide6's
# translations folder) lacks: Qt 6 gave these labels of its file dialog a mnemonic, and
# the translation still holds them without ("Look in:"), so the dialog showed them in
# English. Our translator, installed beside Qt's, holds them (lupdate reads them here);
# tests/ui/test_french_dialogs.py fails on any other of Qt's dialogs' strings left
# in English.
MISSING_FROM_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class Translators:
    """The app's and Qt's own translators for one language, swappable at run time
    (Qt then sends every window a LanguageChange: Qt's own dialogs follow at once)."""

    def __init__(self) -> None:
        self.language: Language | None = None
        self._installed: list[QTranslator] = []

    def install(self, language: Language) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(app)
        if ours.load(str(qm_path(language))):
            self._installed.append(ours)
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            self._installed.append(qt_own)
        # Dates and numbers follow the interface language too.
        QLocale.setDefault(LOCALES[language])
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        self.language = language


def render(msg: Message) -> str:
    """A core message in the installed language (needs a QCoreApplication)."""
    return msg.render(QCoreApplication.translate)


class Translator:
    """Translate core messages with no QCoreApplication (the command line)."""

    def __init__(self, language: Language) -> None:
        self._translator = QTranslator()
        self._loaded = self._translator.load(str(qm_path(language)))

    def translate(self, context: str, source: str) -> str:
        if not self._loaded:
            return source
        return self._translator.translate(context, source) or source

    def render(self, msg: Message) -> str:
        return msg.render(self.translate)


def source_files() -> list[Path]:
    package = Path(__file__).resolve().parent
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    """A PySide6 tool beside the running interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def update_sources(target: Path | None = None, language: Language = "fr") -> None:
    """Extract every translatable string into a .ts file (the committed one by default)."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            *map(str, source_files()),
            "-ts",
            str(target or ts_path(language)),
        ],
        check=True,
    )


def compile_ts(source: Path, target: Path) -> None:
    """Compile `source` (.ts) into `target` (.qm) through a file beside it, renamed over
    `target` when whole: a process reading `target` at that moment (a test run, the app)
    sees the old file or the new one, never a half-written one that Qt would misread."""
    partial = target.with_name(target.name + ".partial")
    try:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(partial)], check=True
        )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    """python -m facilitator.translations --update | --compile"""
    if "--update" in argv:
        for language in LANGUAGES:
            update_sources(language=language)
    if "--compile" in argv:
        for language in LANGUAGES:
            compile_ts(ts_path(language), qm_path(language))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
