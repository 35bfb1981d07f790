"""Before Qt starts, on Linux: is there a screen, and are the system libraries Qt needs there?

Qt ends the whole process (SIGABRT, exit status 134) when no platform plugin can start:
with no screen at all, or when a library its plugin links to is missing. The user then
reads Qt's own plugin text, which names `xcb-cursor0` whichever library is really
missing. Creating the QApplication cannot be wrapped in a `try`, so `startup_problem()`
runs before it: it mirrors Qt's choice of platform, looks for the screen, loads each
library by its exact soname, and gives back one sentence naming the Debian/Ubuntu
packages to install (with and without sudo), or None when Qt can start.

The libraries (`EVERY_PLATFORM`, `XCB`) are the `DT_NEEDED` entries (`readelf -d`) of
the PySide6 6.11.3 wheel's QtCore, QtGui, QtWidgets, QtNetwork, QtDBus, the offscreen
plugin, the xcb plugin (`libqxcb.so`) and `libQt6XcbQpa.so.6`, less the C and C++
runtimes that every Debian system has (apt itself needs them); the package of each is
from `dpkg -S` on Debian 12, and the same names install on Ubuntu 24.04.
tests/test_first_run.py checks the list against the installed wheel. Sound
(QtMultimedia's `libpulse.so.0`) is not checked: without it the app is only silent.

Pure Python, no Qt import: it must run where Qt itself cannot load. The sentence is a
`Message` (its strings are in the .ts files like every other); `render_for_console()`
translates it from the .ts source itself, since Qt's translator may not load either.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import socket
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from facilitator.domain.messages import QT_TRANSLATE_NOOP, Message, Translate, message

# The exit status when Qt cannot show a window: not 1 (the app's own errors) nor 134
# (Qt's abort), so that a script tells an incomplete system from a failing app.
EXIT_NO_WINDOW = 3
# How long a TCP display (`DISPLAY=host:N`, an ssh X forwarding) may take to answer
# before it is given the benefit of the doubt (Qt then tries it itself).
X11_CONNECT_TIMEOUT_S = 2.0
# X11's own conventions: display N listens on /tmp/.X11-unix/XN (and the same name in
# Linux's abstract socket namespace), or on TCP port 6000 + N.
X11_SOCKET_DIR = "/tmp/.X11-unix"
X11_TCP_BASE_PORT = 6000
# The missing libraries the sentence names, the rest counted: on a bare system 27 are
# missing, and the packages to install matter more than the file names.
MAX_LIBRARIES_NAMED = 3

Loader = Callable[[str], bool]
"""soname -> whether the dynamic linker finds and loads it."""
X11Probe = Callable[[str], bool | None]
"""DISPLAY value -> True (a server answers), False (none does), None (cannot tell)."""
ConsoleLanguage = Literal["fr", "en"]


@dataclass(frozen=True, slots=True)
class SystemLibrary:
    """A shared library Qt links to (`soname`, as in `DT_NEEDED`) and the Debian/Ubuntu
    package that installs it."""

    soname: str
    package: str


# Needed whatever the platform, offscreen included (QtCore, QtGui, QtWidgets, QtNetwork,
# QtDBus, libqoffscreen.so): without them `import PySide6.QtWidgets` fails.
EVERY_PLATFORM: tuple[SystemLibrary, ...] = (
    SystemLibrary("libglib-2.0.so.0", "libglib2.0-0"),
    SystemLibrary("libgthread-2.0.so.0", "libglib2.0-0"),
    SystemLibrary("libz.so.1", "zlib1g"),
    SystemLibrary("libzstd.so.1", "libzstd1"),
    SystemLibrary("libGL.so.1", "libgl1"),
    SystemLibrary("libEGL.so.1", "libegl1"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1"),
    SystemLibrary("libfreetype.so.6", "libfreetype6"),
    SystemLibrary("libX11.so.6", "libx11-6"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0"),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3"),
    SystemLibrary("libgssapi_krb5.so.2", "libgssapi-krb5-2"),
    SystemLibrary("libbrotlidec.so.1", "libbrotli1"),
    SystemLibrary("libbrotlicommon.so.1", "libbrotli1"),
)
# Needed by the X11 platform plugin (libqxcb.so and libQt6XcbQpa.so.6), on top.
XCB: tuple[SystemLibrary, ...] = (
    SystemLibrary("libxcb.so.1", "libxcb1"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1"),
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1"),
    SystemLibrary("libxcb-util.so.1", "libxcb-util1"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)

CONTEXT = "SystemLibraries"  # the messages' translation context (lupdate reads literals)
MISSING_ONE = QT_TRANSLATE_NOOP(
    "SystemLibraries",
    "Cannot open the window: Qt needs the system package {packages}, which is not "
    "installed ({libraries} not found); install it with `sudo apt-get install {packages}`, "
    "or as root `apt-get install {packages}`.",
)
MISSING_MANY = QT_TRANSLATE_NOOP(
    "SystemLibraries",
    "Cannot open the window: Qt needs {count} system packages that are not installed "
    "({libraries} not found); install them with `sudo apt-get install {packages}`, or as "
    "root `apt-get install {packages}`.",
)
AND_MORE = QT_TRANSLATE_NOOP("SystemLibraries", "{names} and {count} more")
MISSING_NO_APT = QT_TRANSLATE_NOOP(
    "SystemLibraries",
    "Cannot open the window: Qt needs system libraries that are not installed "
    "({libraries}); install them with your system’s package manager (on Debian and "
    "Ubuntu, the packages {packages}).",
)
NO_SCREEN = QT_TRANSLATE_NOOP(
    "SystemLibraries",
    "Cannot open the window: there is no screen here (neither DISPLAY nor WAYLAND_DISPLAY "
    "is set); start Facilitator from a desktop session, or check the installation without "
    "a screen with `QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.",
)
SCREEN_GONE = QT_TRANSLATE_NOOP(
    "SystemLibraries",
    "Cannot open the window: no screen answers at {where} (the desktop session has ended, "
    "or this terminal is not part of it); start Facilitator from a desktop session, or "
    "check the installation without a screen with "
    "`QT_QPA_PLATFORM=offscreen facilitator --smoke-test`.",
)


# -- which platform Qt will use ----------------------------------------------------
def qt_platforms(environ: Mapping[str, str]) -> tuple[str, ...]:
    """The platform plugins Qt 6 tries, in order, lower-case: `QT_QPA_PLATFORM`'s list
    (`"wayland;xcb"`, options after `:` dropped) when set; else Qt's default on Linux,
    Wayland first in a Wayland session (`WAYLAND_DISPLAY` set or `XDG_SESSION_TYPE` is
    `wayland`, as Qt 6.11 does) and X11 (`xcb`) otherwise or after it."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = (part.split(":", 1)[0].strip().lower() for part in chosen.split(";"))
        return tuple(name for name in names if name)
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return ("wayland", "xcb")
    return ("xcb",)


def _needs_a_screen(platform: str) -> bool:
    """xcb and Wayland show windows on a desktop; offscreen, minimal, vnc, linuxfb,
    eglfs and the rest need none."""
    return platform == "xcb" or platform.startswith("wayland")


def x11_display_answers(display: str, timeout_s: float = X11_CONNECT_TIMEOUT_S) -> bool | None:
    """Whether an X server accepts connections at `display` (a DISPLAY value such as
    `:0`, `unix:1.0`, `localhost:10.0`): True, False when nothing listens there or the
    value is malformed (Qt cannot connect either), None when it cannot be told in
    `timeout_s` seconds or the form is not one this knows (macOS's launchd paths): Qt
    then tries by itself. Only the socket is opened; no X request is sent."""
    host, colon, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not colon or not (number.isascii() and number.isdigit()):  # not "²", which int() refuses
        return False
    if host.startswith("/"):
        return None
    if host in ("", "unix"):
        names = (f"\0{X11_SOCKET_DIR}/X{number}", f"{X11_SOCKET_DIR}/X{number}")
        for name in names:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as unix:
                unix.settimeout(timeout_s)
                try:
                    unix.connect(name)
                except OSError:
                    continue
                return True
        return False
    try:
        with socket.create_connection((host, X11_TCP_BASE_PORT + int(number)), timeout_s):
            return True
    except ConnectionRefusedError:
        return False
    except (OSError, ValueError):  # a timeout, no route, an unknown or malformed name
        return None  # (idna's UnicodeError for "a..b" is a ValueError): let Qt try


def _wayland_socket(environ: Mapping[str, str]) -> bool:
    """Whether a Wayland compositor's socket is there: `WAYLAND_DISPLAY` (default
    `wayland-0`, as libwayland does) in `XDG_RUNTIME_DIR`, or an absolute path."""
    if environ.get("WAYLAND_SOCKET"):  # a socket handed over by the compositor
        return True
    name = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if not name.startswith("/") and not runtime:
        return False
    path = Path(name) if name.startswith("/") else Path(runtime) / name
    return path.is_socket() and _unix_socket_answers(path)


def _unix_socket_answers(path: Path, timeout_s: float = X11_CONNECT_TIMEOUT_S) -> bool:
    """Whether something listens on the Unix socket at `path`: a socket file left by a
    desktop session that ended refuses the connection (Qt's Wayland plugin then aborts
    the process). A socket that does not answer in `timeout_s` counts as there."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as unix:
        unix.settimeout(timeout_s)
        try:
            unix.connect(str(path))
        except TimeoutError:
            return True
        except OSError:
            return False
    return True


def _screen(platform: str, environ: Mapping[str, str], x11: X11Probe) -> bool | None:
    """Whether `platform` finds a screen: True, False or None (cannot tell)."""
    if platform.startswith("wayland"):
        return _wayland_socket(environ)
    display = environ.get("DISPLAY", "")
    return x11(display) if display else False


# -- the libraries -------------------------------------------------------------------
def _beside_qt() -> tuple[Path, ...]:
    """Folders where Qt's own RUNPATH finds libraries a bundle may carry: the frozen
    app's folder and its Qt, and the installed PySide6's Qt/lib (found without importing
    PySide6)."""
    folders: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders += [Path(bundle), Path(bundle) / "PySide6" / "Qt" / "lib"]
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "Qt" / "lib")
    return tuple(folders)


def load_library(soname: str, beside: Sequence[Path] | None = None) -> bool:
    """Whether the dynamic linker loads `soname` (ctypes.CDLL: the same search as Qt's,
    LD_LIBRARY_PATH, ld.so.cache, the system folders), else the file of that name in
    one of `beside` (default: `_beside_qt()`). A library that is found but fails to load
    for another reason (an undefined symbol) counts as there: Qt then says what it
    finds, since this module only ever claims that a library is missing when it is.
    `ctypes.util.find_library` is not used: it runs ldconfig or gcc, and gives the
    newest major version, not the one Qt was linked with."""
    for candidate in (soname, *(str(folder / soname) for folder in _folders(beside))):
        try:
            ctypes.CDLL(candidate)
        except OSError as error:
            if "cannot open shared object file" not in str(error):
                return True
            continue
        return True
    return False


def _folders(beside: Sequence[Path] | None) -> Sequence[Path]:
    folders = _beside_qt() if beside is None else beside
    return [folder for folder in folders if folder.is_dir()]


def missing_libraries(
    libraries: Sequence[SystemLibrary], load: Loader = load_library
) -> list[SystemLibrary]:
    """The libraries of `libraries` that `load` cannot load, in their order."""
    return [library for library in libraries if not load(library.soname)]


def needed_libraries(
    environ: Mapping[str, str], x11: X11Probe = x11_display_answers
) -> tuple[SystemLibrary, ...]:
    """What Qt will load for the platform it will use: `EVERY_PLATFORM`, and `XCB` when
    X11 is the first platform with a screen."""
    platforms = qt_platforms(environ)
    for platform in platforms:
        if not _needs_a_screen(platform):
            return EVERY_PLATFORM  # offscreen and the like: Qt takes it
        if _screen(platform, environ, x11) is not False:
            return EVERY_PLATFORM + XCB if platform == "xcb" else EVERY_PLATFORM
    return EVERY_PLATFORM + XCB if "xcb" in platforms else EVERY_PLATFORM


# -- the one sentence -----------------------------------------------------------------
def startup_problem(
    environ: Mapping[str, str],
    *,
    system: str = sys.platform,
    load: Loader = load_library,
    x11: X11Probe = x11_display_answers,
    has_apt: bool | None = None,
) -> Message | None:
    """Why Qt could not show a window here, as one sentence, or None when it can.

    Only on Linux (`system`, as `sys.platform`). When every platform Qt will try needs a
    screen and none has one: `NO_SCREEN` (neither DISPLAY nor WAYLAND_DISPLAY) or
    `SCREEN_GONE` (one is set, nothing answers there). Then the libraries of
    `needed_libraries()` that `load` cannot load: the packages to install with apt-get
    (`has_apt`, default: apt-get is on PATH), or the library names elsewhere."""
    if not system.startswith("linux"):
        return None
    platforms = qt_platforms(environ)
    screens = [_screen(p, environ, x11) if _needs_a_screen(p) else True for p in platforms]
    if platforms and all(screen is False for screen in screens):
        for variable in ("DISPLAY", "WAYLAND_DISPLAY"):
            if environ.get(variable):
                return message(SCREEN_GONE, where=f"{variable}={environ[variable]}")
        return message(NO_SCREEN)
    missing = missing_libraries(needed_libraries(environ, x11), load)
    if not missing:
        return None
    packages = list(dict.fromkeys(library.package for library in missing))
    names = [library.soname for library in missing]
    libraries: str | Message = ", ".join(names)
    if len(names) > MAX_LIBRARIES_NAMED:
        shown = ", ".join(names[:MAX_LIBRARIES_NAMED])
        libraries = message(AND_MORE, names=shown, count=len(names) - MAX_LIBRARIES_NAMED)
    said = {"packages": " ".join(packages), "libraries": libraries, "count": len(packages)}
    if has_apt is None:
        has_apt = shutil.which("apt-get") is not None
    if not has_apt:
        return message(MISSING_NO_APT, **said)
    return message(MISSING_MANY if len(packages) > 1 else MISSING_ONE, **said)


# -- in the user's language, without Qt ---------------------------------------------------
def console_language(environ: Mapping[str, str]) -> ConsoleLanguage:
    """French or English for a message shown before Qt loads, from the environment as
    Qt's `QLocale.system().uiLanguages()` reads it on Linux: the `LANGUAGE` list first,
    then `LC_ALL`, `LC_MESSAGES`, `LANG`; English for any other language."""
    names = environ.get("LANGUAGE", "").split(":")
    names.append(environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or "")
    for name in names:
        code = name.split(".")[0].split("_")[0].split("-")[0].lower()
        if code in ("fr", "en"):
            return "fr" if code == "fr" else "en"
    return "en"


def ts_translator(path: Path, context: str = CONTEXT) -> Translate:
    """A `Translate` for the finished translations of `context` in the Qt Linguist
    source `path` (a .ts file); a missing or unreadable file translates nothing."""
    import xml.etree.ElementTree as ET  # only when a sentence is said

    found: dict[str, str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        root = None
    for element in root.iter("context") if root is not None else ():
        if element.findtext("name") != context:
            continue
        for entry in element.iter("message"):
            translation = entry.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            found[entry.findtext("source") or ""] = translation.text

    def translate(wanted: str, source: str) -> str:
        return found.get(source, source) if wanted == context else source

    return translate


def render_for_console(msg: Message, environ: Mapping[str, str]) -> str:
    """`msg` in the language of `console_language(environ)`, from the app's .ts file."""
    from facilitator.paths import translations_dir

    language = console_language(environ)
    return msg.render(ts_translator(translations_dir() / f"facilitator_{language}.ts"))


# -- python -m facilitator.system_libraries ----------------------------------------------
def report(environ: Mapping[str, str], load: Loader = load_library) -> list[str]:
    """One line per fact: the platforms Qt will try, then each needed library with its
    package and whether it loads."""
    lines = [f"Qt platforms, in order: {';'.join(qt_platforms(environ)) or '(none)'}"]
    for library in needed_libraries(environ):
        state = "found" if load(library.soname) else "MISSING"
        lines.append(f"{state:8} {library.soname:26} {library.package}")
    return lines


def main() -> int:
    """Print `report()`, then the sentence the app would say; exit 0 when Qt can start,
    `EXIT_NO_WINDOW` when it cannot."""
    for line in report(os.environ):
        sys.stdout.write(line + "\n")
    problem = startup_problem(os.environ)
    if problem is None:
        sys.stdout.write("ok\n")
        return 0
    sys.stdout.write(render_for_console(problem, os.environ) + "\n")
    return EXIT_NO_WINDOW


if __name__ == "__main__":
    sys.exit(main())
