"""Where an installation of the app looked for what it needs, and what it found there.

`facilitator --smoke-test` prints it when it fails, so that whoever built the package
(the .deb, the Windows ZIP, the macOS app) sees at once which folder is missing or
empty: the resources folder and each kind of file in it (fonts, translations, icon,
sounds, demo photos), the method library, the user's folders, Qt (version, platform,
plugins folder and the platform and image plugins in it) and the system libraries
Qt needs (facilitator.system_libraries).

Only names and counts are read (no file is opened), so the report cannot fail on a
damaged file. Qt is imported inside `qt_lines()` only, and its absence is itself
reported: the report is needed most when Qt cannot load.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from facilitator import __version__, paths

# The interface languages (facilitator.translations.LANGUAGES, in a module that imports
# Qt; tests/test_first_run_report.py checks they agree).
LANGUAGES = ("fr", "en")
# The sounds run mode plays (facilitator.ui.run.sound's END_SOUND and ROUND_SOUND, in a
# module that imports Qt; tests/test_first_run_report.py checks they agree).
SOUNDS = ("chime.wav", "round.wav")


def _expected_fonts() -> Sequence[str]:
    try:
        from facilitator.export.pdf_fonts import FILES
    except ImportError:  # reportlab missing: the folder is listed as found
        return ()
    return sorted(set(FILES.values()))


def _demo_photos() -> Sequence[str]:
    from facilitator.domain.demo import DEMO_CARDS, DEMO_WALL_PHOTO

    pictures = [name for card in DEMO_CARDS for name, _caption in card[5]]
    return [DEMO_WALL_PHOTO[0], *pictures]


def files_line(what: str, folder: Path, expected: Iterable[str], pattern: str = "*") -> str:
    """`what: FOLDER: n/m found` and the names missing, or, with nothing expected, how
    many files match `pattern` (NONE for none); `FOLDER MISSING` when it is not there."""
    if not folder.is_dir():
        return f"{what}: {folder} MISSING"
    present = {path.name for path in folder.glob(pattern)}
    wanted = list(expected)
    if not wanted:
        return f"{what}: {folder}: {len(present)} file(s) ({pattern})" + (
            "" if present else " NONE"
        )
    absent = [name for name in wanted if name not in present]
    line = f"{what}: {folder}: {len(wanted) - len(absent)}/{len(wanted)} found"
    return line + (f"; MISSING: {', '.join(absent)}" if absent else "")


def resource_lines() -> list[str]:
    """The resources and the method library, one line per kind of file."""
    resources = paths.resources_dir()
    templates = paths.templates_dir()
    return [
        f"resources: {resources}" + ("" if resources.is_dir() else " MISSING"),
        files_line("fonts", resources / "fonts", _expected_fonts(), "*.ttf"),
        files_line(
            "translations",
            paths.translations_dir(),
            [f"facilitator_{language}.qm" for language in LANGUAGES],
        ),
        files_line("icon", resources / "icons", ["facilitator.svg"]),
        files_line("sounds", resources / "sounds", SOUNDS),
        files_line("demo photos", resources / "demo", _demo_photos()),
        files_line("methods", templates / "methods", (), "*.toml"),
        files_line("session templates", templates / "templates", (), "*.toml"),
    ]


def user_lines(environ: Mapping[str, str]) -> list[str]:
    """The user's folders (made if absent, as the app makes them) and what roots them."""
    home = environ.get("FACILITATOR_HOME")
    try:
        folders = f"config {paths.config_dir()}, data {paths.data_dir()}, logs {paths.log_dir()}"
    except OSError as error:
        folders = f"cannot be made ({error})"
    return [f"user folders: {folders}" + (f" (FACILITATOR_HOME={home})" if home else "")]


def qt_lines(environ: Mapping[str, str]) -> list[str]:
    """Qt's version, the platform asked for and the one in use, the plugins folder and
    the platform and image-format plugins in it; or why Qt does not load."""
    asked = environ.get("QT_QPA_PLATFORM") or "(not set: Qt's default)"
    try:
        import PySide6
        from PySide6.QtCore import QLibraryInfo
        from PySide6.QtGui import QGuiApplication
    except ImportError as error:
        return [f"Qt: cannot be loaded ({error}); QT_QPA_PLATFORM={asked}"]
    app = QGuiApplication.instance()
    used = QGuiApplication.platformName() if app is not None else "(no application yet)"
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    extra = environ.get("QT_PLUGIN_PATH")
    lines = [
        f"Qt: PySide6 {PySide6.__version__}, platform {used} (QT_QPA_PLATFORM={asked})",
        f"Qt plugins: {plugins}"
        + ("" if plugins.is_dir() else " MISSING")
        + (f" (QT_PLUGIN_PATH={extra})" if extra else ""),
    ]
    for kind in ("platforms", "imageformats"):
        names = sorted(p.name for p in (plugins / kind).glob("*") if p.is_file())
        lines.append(f"Qt {kind}: {', '.join(names) if names else 'NONE'}")
    return lines


def library_lines(environ: Mapping[str, str]) -> list[str]:
    """The system libraries Qt needs for its platform that are missing, if any."""
    from facilitator.system_libraries import missing_libraries, needed_libraries

    missing = missing_libraries(needed_libraries(environ))
    if not missing:
        return ["system libraries: none missing"]
    said = ", ".join(f"{library.soname} ({library.package})" for library in missing)
    return [f"system libraries MISSING: {said}"]


def where_looked(environ: Mapping[str, str] | None = None) -> list[str]:
    """Every line of the report, for `environ` (default: this process's)."""
    environ = os.environ if environ is None else environ
    bundle = getattr(sys, "_MEIPASS", None)
    lines = [
        f"Facilitator {__version__}, Python {platform.python_version()} ({sys.executable}), "
        f"{platform.system()} {platform.machine()}"
        + (f", bundle {bundle}" if bundle else ", not bundled"),
    ]
    parts: list[Callable[[], list[str]]] = [
        resource_lines,
        lambda: user_lines(environ),
        lambda: qt_lines(environ),
        lambda: library_lines(environ),
    ]
    for part in parts:
        try:
            lines += part()
        except Exception as error:  # a report that fails still says what it could
            lines.append(f"(could not look: {type(error).__name__}: {error})")
    return lines


def failure_lines(step: str, error: BaseException) -> list[str]:
    """`FAILED while STEP: Type: message`, then where it was raised (file:line in
    function), and the innermost line of the app's own code when that is elsewhere."""
    lines = [f"FAILED while: {step}: {type(error).__name__}: {error}"]
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "facilitator" in Path(f.filename).parts]
    for frame in frames[-1:] + ours[-1:]:
        line = f"  at {frame.filename}:{frame.lineno} in {frame.name}"
        if line not in lines:
            lines.append(line)
    return lines
