"""The first run on Linux: with no screen, or without a system library Qt's platform plugin
needs, the app says in one sentence what to install (or how to check it without a screen)
and exits with EXIT_NO_WINDOW, instead of Qt's abort with its own plugin message.

Issue 23's example: on a bare Debian, Qt said "xcb-cursor0 is needed" although the
libraries really missing were others (libxcb-icccm4, libxcb-keysyms1 on this machine).
The missing-library cases use an injected loader (LD_LIBRARY_PATH cannot hide an
installed library); the loader itself is checked against the dynamic linker here.
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.domain.messages import Message
from facilitator.system_libraries import (
    AND_MORE,
    EVERY_PLATFORM,
    EXIT_NO_WINDOW,
    MAX_LIBRARIES_NAMED,
    MISSING_MANY,
    MISSING_NO_APT,
    MISSING_ONE,
    NO_SCREEN,
    SCREEN_GONE,
    XCB,
    Loader,
    console_language,
    load_library,
    missing_libraries,
    needed_libraries,
    qt_platforms,
    render_for_console,
    startup_problem,
    ts_translator,
    x11_display_answers,
)

ROOT = Path(__file__).resolve().parents[1]
NBSP = "\u00a0"
DESKTOP = {"DISPLAY": ":0", "LANG": "C.UTF-8"}


def everything(_soname: str) -> bool:
    return True


def nothing(_soname: str) -> bool:
    return False


def without(*sonames: str) -> Loader:
    def load(soname: str) -> bool:
        return soname not in sonames

    return load


def answers(_display: str) -> bool:
    return True


def refuses(_display: str) -> bool:
    return False


def english(msg: Message | None) -> str:
    assert msg is not None
    return render_for_console(msg, {"LANG": "C.UTF-8"})


def problem(environ: dict[str, str], load: Loader = everything) -> Message | None:
    """On Linux with apt-get, every X11 display answering."""
    return startup_problem(environ, system="linux", load=load, x11=answers, has_apt=True)


# -- the issue's example and the missing libraries -----------------------------------------
def test_the_issues_example_names_the_packages_really_missing_not_xcb_cursor() -> None:
    said = problem(DESKTOP, without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert said is not None and said.text == MISSING_MANY
    text = english(said)
    assert "`sudo apt-get install libxcb-icccm4 libxcb-keysyms1`" in text
    assert "as root `apt-get install libxcb-icccm4 libxcb-keysyms1`" in text
    assert "libxcb-cursor0" not in text
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1 not found" in text


def test_one_missing_package_is_one_sentence_with_and_without_sudo() -> None:
    said = problem(DESKTOP, without("libxcb-cursor.so.0"))
    assert said is not None and said.text == MISSING_ONE
    text = english(said)
    assert text == (
        "Cannot open the window: Qt needs the system package libxcb-cursor0, which is not "
        "installed (libxcb-cursor.so.0 not found); install it with "
        "`sudo apt-get install libxcb-cursor0`, or as root `apt-get install libxcb-cursor0`."
    )
    assert "\n" not in text and text.count(". ") == 0 and text.endswith(".")


def test_two_libraries_of_one_package_name_it_once() -> None:
    said = problem(DESKTOP, without("libglib-2.0.so.0", "libgthread-2.0.so.0"))
    assert said is not None and said.text == MISSING_ONE
    assert said.params["packages"] == "libglib2.0-0"


def test_a_bare_system_gets_every_package_and_a_short_list_of_files() -> None:
    said = problem(DESKTOP, nothing)
    assert said is not None and said.text == MISSING_MANY
    packages = list(dict.fromkeys(lib.package for lib in EVERY_PLATFORM + XCB))
    assert said.params["packages"] == " ".join(packages)
    assert said.params["count"] == len(packages)
    libraries = said.params["libraries"]
    assert isinstance(libraries, Message) and libraries.text == AND_MORE
    assert libraries.params["count"] == len(EVERY_PLATFORM + XCB) - MAX_LIBRARIES_NAMED
    assert "and 27 more not found" in english(said)


def test_without_apt_the_libraries_are_named_and_the_debian_packages_given_as_a_hint() -> None:
    said = startup_problem(
        DESKTOP, system="linux", load=without("libxcb-cursor.so.0"), x11=answers, has_apt=False
    )
    assert said is not None and said.text == MISSING_NO_APT
    text = english(said)
    assert "apt-get" not in text
    assert "libxcb-cursor.so.0" in text and "libxcb-cursor0" in text


def test_nothing_missing_and_a_screen_means_qt_can_start() -> None:
    assert problem(DESKTOP) is None


@pytest.mark.parametrize("system", ["win32", "darwin", "freebsd14"])
def test_only_linux_is_checked(system: str) -> None:
    assert startup_problem({}, system=system, load=nothing, x11=refuses, has_apt=True) is None


# -- which platform, which libraries ----------------------------------------------------------
@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, ("xcb",)),
        ({"QT_QPA_PLATFORM": "offscreen"}, ("offscreen",)),
        ({"QT_QPA_PLATFORM": " XCB "}, ("xcb",)),
        ({"QT_QPA_PLATFORM": "offscreen:configfile=/tmp/s.json"}, ("offscreen",)),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, ("wayland", "xcb")),
        ({"QT_QPA_PLATFORM": ";"}, ()),
        ({"WAYLAND_DISPLAY": "wayland-0"}, ("wayland", "xcb")),
        ({"XDG_SESSION_TYPE": "wayland"}, ("wayland", "xcb")),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, ("xcb",)),
    ],
)
def test_the_platforms_qt_tries(environ: dict[str, str], expected: tuple[str, ...]) -> None:
    assert qt_platforms(environ) == expected


def test_offscreen_needs_no_screen_and_no_x11_library() -> None:
    environ = {"QT_QPA_PLATFORM": "offscreen"}
    assert problem(environ, without(*(lib.soname for lib in XCB))) is None
    assert needed_libraries(environ) == EVERY_PLATFORM


def test_offscreen_still_needs_what_qt_gui_links_to() -> None:
    said = problem({"QT_QPA_PLATFORM": "offscreen"}, without("libEGL.so.1", "libxcb-cursor.so.0"))
    assert said is not None and said.params["packages"] == "libegl1"


def test_a_platform_needing_no_screen_first_in_the_list_is_the_one_used() -> None:
    environ = {"QT_QPA_PLATFORM": "offscreen;xcb"}
    assert problem(environ, without("libxcb-cursor.so.0")) is None


@pytest.fixture
def wayland_socket(tmp_path: Path) -> Iterator[Path]:
    """A real listening Wayland-like socket in a runtime folder."""
    path = tmp_path / "wayland-1"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listening:
        listening.bind(str(path))
        listening.listen()
        yield path


def test_a_wayland_session_does_not_need_the_x11_libraries(wayland_socket: Path) -> None:
    environ = {
        "WAYLAND_DISPLAY": wayland_socket.name,
        "XDG_RUNTIME_DIR": str(wayland_socket.parent),
    }
    assert problem(environ, without("libxcb-cursor.so.0")) is None
    absolute = {"WAYLAND_DISPLAY": str(wayland_socket)}
    assert problem(absolute, without("libxcb-cursor.so.0")) is None


def test_a_wayland_session_whose_compositor_is_gone_falls_back_to_x11(tmp_path: Path) -> None:
    """Qt tries wayland, then xcb: the X11 libraries are needed again."""
    environ = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(tmp_path), "DISPLAY": ":0"}
    said = problem(environ, without("libxcb-cursor.so.0"))
    assert said is not None and said.params["packages"] == "libxcb-cursor0"


# -- no screen ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"QT_QPA_PLATFORM": "xcb"},
        {"XDG_SESSION_TYPE": "wayland"},
        {"QT_QPA_PLATFORM": "wayland"},
    ],
)
def test_no_screen_at_all_is_said_before_any_library(environ: dict[str, str]) -> None:
    said = problem(environ, nothing)
    assert said is not None and said.text == NO_SCREEN
    assert "`QT_QPA_PLATFORM=offscreen facilitator --smoke-test`" in english(said)


def test_a_display_nothing_answers_at_is_named() -> None:
    said = startup_problem({"DISPLAY": ":7"}, system="linux", load=everything, x11=refuses)
    assert said is not None and said.text == SCREEN_GONE
    assert "no screen answers at DISPLAY=:7" in english(said)


def test_a_display_that_cannot_be_judged_is_left_to_qt() -> None:
    def unknown(_display: str) -> None:
        return None

    said = startup_problem({"DISPLAY": "far:0"}, system="linux", load=everything, x11=unknown)
    assert said is None


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc", "linuxfb", "eglfs"])
def test_platforms_without_a_screen_need_none(platform: str) -> None:
    assert problem({"QT_QPA_PLATFORM": platform}) is None


# -- the X11 probe, with real sockets -----------------------------------------------------------
def _free_display_number() -> int:
    """A display number with no server on this machine (socket file nor abstract name)."""
    for number in range(900, 1000):
        if x11_display_answers(f":{number}") is False:
            return number
    raise AssertionError("no free display number")


def test_an_x11_server_listening_in_the_abstract_namespace_answers() -> None:
    number = _free_display_number()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen()
        assert x11_display_answers(f":{number}") is True
        assert x11_display_answers(f"unix:{number}.0") is True
    assert x11_display_answers(f":{number}") is False


def test_an_x11_server_over_tcp_answers_and_a_closed_port_refuses() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        number = server.getsockname()[1] - 6000  # Linux's ephemeral ports are above 6000
        assert x11_display_answers(f"127.0.0.1:{number}.0") is True
    assert x11_display_answers(f"127.0.0.1:{number}") is False


@pytest.mark.parametrize("display", ["", "0", ":", ":x", "host:", ":-1", "localhost:²", ":²"])
def test_a_malformed_display_is_no_screen(display: str) -> None:
    assert x11_display_answers(display) is False


@pytest.mark.parametrize("display", ["a..b:0", "x" * 70 + ":0", "\udcff:0", "\xff:0"])
def test_a_host_name_idna_refuses_is_left_to_qt_not_a_traceback(display: str) -> None:
    """getaddrinfo's idna encoding raises UnicodeError (a ValueError, not an OSError)."""
    assert x11_display_answers(display, timeout_s=0.5) in (None, False)


def test_a_wayland_socket_left_by_a_session_that_ended_is_no_compositor(
    tmp_path: Path,
) -> None:
    """The socket file stays after its compositor died; Qt's Wayland plugin would abort."""
    path = tmp_path / "wayland-9"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listening:
        listening.bind(str(path))
    assert path.is_socket()
    environ = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    said = problem(environ, nothing)
    assert said is not None and said.text == SCREEN_GONE
    assert "wayland-9" in english(said)
    fallback = {**environ, "DISPLAY": ":0"}
    said = problem(fallback, without("libxcb-cursor.so.0"))
    assert said is not None and said.params["packages"] == "libxcb-cursor0"


def test_a_launchd_display_is_left_to_qt() -> None:
    assert x11_display_answers("/private/tmp/com.apple.launchd.abc/org.xquartz:0") is None


# -- the language, without Qt ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "de:en"}, "en"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr"}, "fr"),
    ],
)
def test_the_console_language(environ: dict[str, str], language: str) -> None:
    assert console_language(environ) == language


def test_french_uses_the_translation_with_french_typography() -> None:
    said = problem(DESKTOP, without("libxcb-cursor.so.0"))
    assert said is not None
    text = render_for_console(said, {"LANG": "fr_FR.UTF-8"})
    assert text.startswith(f"Impossible d’ouvrir la fenêtre{NBSP}: Qt a besoin du paquet")
    assert "`sudo apt-get install libxcb-cursor0`" in text
    assert "en tant que root `apt-get install libxcb-cursor0`" in text
    bare = problem(DESKTOP, nothing)
    assert bare is not None
    assert "et 27 autres introuvables" in render_for_console(bare, {"LANG": "fr_FR.UTF-8"})


def test_a_missing_translation_file_leaves_the_english(tmp_path: Path) -> None:
    translate = ts_translator(tmp_path / "absent.ts")
    assert translate("SystemLibraries", "x") == "x"
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert ts_translator(broken)("SystemLibraries", "x") == "x"


# -- the real loader, and the list against the installed Qt --------------------------------------
def _elf_needed(path: Path) -> list[str]:
    """DT_NEEDED of a 64-bit little-endian ELF file (its .dynamic section and the string
    table it links to)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    needed = []
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for entry in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, entry)
            if tag == 1:  # DT_NEEDED
                needed.append(data[strings + value : data.index(b"\0", strings + value)].decode())
    return needed


def _qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


# The C and C++ runtimes every Debian system has (apt needs them), and Qt's own libraries.
RUNTIME = {
    "libc.so.6",
    "libm.so.6",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libresolv.so.2",
    "ld-linux-x86-64.so.2",
}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's Qt libraries")
def test_every_library_qt_links_to_is_in_the_list() -> None:
    """A newer PySide6 that links to a new system library fails here until it is listed."""
    qt = _qt_dir()
    files = {
        "every platform": [
            qt / "lib" / f"libQt6{m}.so.6" for m in ("Core", "Gui", "Widgets", "Network", "DBus")
        ]
        + [qt / "plugins" / "platforms" / "libqoffscreen.so"],
        "xcb": [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"],
    }
    listed = {lib.soname for lib in EVERY_PLATFORM}
    for kind, paths in files.items():
        if kind == "xcb":
            listed |= {lib.soname for lib in XCB}
        for path in paths:
            for soname in _elf_needed(path):
                if soname.startswith(("libQt6", "libicu")) or soname in RUNTIME:
                    continue
                assert soname in listed, f"{path.name} needs {soname}: add it to {kind}"


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="glibc's ldd"
)
def test_the_real_loader_agrees_with_the_dynamic_linker() -> None:
    """`ldd` on Qt's xcb plugin says which of its libraries this machine lacks; the
    loader must say the same of each listed one (on this Debian 12 machine:
    libxcb-icccm.so.4 and libxcb-keysyms.so.1 are missing)."""
    plugin = _qt_dir() / "plugins" / "platforms" / "libqxcb.so"
    said = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    lacking = {line.split()[0] for line in said.stdout.splitlines() if "not found" in line}
    resolved = {line.split()[0] for line in said.stdout.splitlines() if "=> /" in line}
    for library in EVERY_PLATFORM + XCB:
        if library.soname in lacking:
            assert not load_library(library.soname), library.soname
        elif library.soname in resolved:
            assert load_library(library.soname), library.soname
    found = {lib.soname for lib in missing_libraries(EVERY_PLATFORM + XCB)}
    assert found == lacking & {lib.soname for lib in EVERY_PLATFORM + XCB}


def test_the_loader_never_finds_a_library_that_does_not_exist() -> None:
    assert not load_library("libfacilitator-no-such-library.so.7")
    assert load_library("libc.so.6")


def test_a_library_beside_qt_is_found_there(tmp_path: Path) -> None:
    """A bundle may carry a library next to Qt's: it is found there, as Qt's RUNPATH does.
    A small X11 library of this machine stands for it, under a name nothing else has."""
    folder = Path("/usr/lib/x86_64-linux-gnu")
    small = next(
        (folder / n for n in ("libxcb-shape.so.0", "libX11-xcb.so.1") if (folder / n).exists()),
        None,
    )
    if small is None:
        pytest.skip(f"no small X11 library in {folder} to copy")
    shutil.copy(small, tmp_path / "libfacilitator-beside.so.1")
    assert not load_library("libfacilitator-beside.so.1", beside=[])
    assert load_library("libfacilitator-beside.so.1", beside=[tmp_path])


# -- the real app, in its own process --------------------------------------------------------------
def _app_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
        and not key.startswith(("LC_", "LANG"))
    }
    return {**env, "LANG": "C.UTF-8", **extra}


def _run_app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def _one_clean_sentence(stderr: str) -> str:
    assert "qt.qpa" not in stderr and "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_the_app_with_no_screen_says_so_in_one_sentence(tmp_path: Path) -> None:
    result = _run_app(_app_env(XDG_RUNTIME_DIR=str(tmp_path)), "--demo")
    assert result.returncode == EXIT_NO_WINDOW
    line = _one_clean_sentence(result.stderr)
    assert line == f"facilitator: {english(problem({}, nothing))}"


def test_the_app_with_no_screen_speaks_french_on_a_french_system(tmp_path: Path) -> None:
    result = _run_app(_app_env(XDG_RUNTIME_DIR=str(tmp_path), LANG="fr_FR.UTF-8"), "--demo")
    assert result.returncode == EXIT_NO_WINDOW
    line = _one_clean_sentence(result.stderr)
    assert line.startswith(
        f"facilitator: Impossible d’ouvrir la fenêtre{NBSP}: il n’y a pas d’écran"
    )


def test_the_app_with_a_display_nobody_answers_says_so(tmp_path: Path) -> None:
    number = _free_display_number()
    result = _run_app(_app_env(XDG_RUNTIME_DIR=str(tmp_path), DISPLAY=f":{number}"))
    assert result.returncode == EXIT_NO_WINDOW
    assert f"no screen answers at DISPLAY=:{number}" in _one_clean_sentence(result.stderr)


@pytest.mark.skipif(
    not missing_libraries(XCB), reason="every X11 library is installed here: Qt would start"
)
def test_the_app_on_a_screen_without_the_x11_libraries_names_them(tmp_path: Path) -> None:
    """The issue's case, for real where this machine lacks X11 libraries: a listening
    socket stands for the X server (Qt is never reached, so nothing is sent to it)."""
    number = _free_display_number()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen()
        result = _run_app(_app_env(XDG_RUNTIME_DIR=str(tmp_path), DISPLAY=f":{number}"), "--demo")
    assert result.returncode == EXIT_NO_WINDOW
    line = _one_clean_sentence(result.stderr)
    for library in missing_libraries(XCB):
        assert library.package in line and library.soname in line
    assert "sudo apt-get install" in line and "or as root `apt-get install" in line


def test_the_checks_never_import_qt() -> None:
    code = (
        "import os, sys\n"
        "import facilitator.system_libraries as s, facilitator.install_report as r\n"
        "s.startup_problem(os.environ); s.render_for_console(s.message(s.NO_SCREEN), os.environ)\n"
        "r.resource_lines(); r.user_lines(os.environ)\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_app_env(), cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_python_m_system_libraries_lists_each_library_and_the_verdict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "facilitator.system_libraries"],
        capture_output=True,
        text=True,
        env=_app_env(XDG_RUNTIME_DIR=str(tmp_path)),
        cwd=ROOT,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "Qt platforms, in order: xcb"
    assert len(lines) == 2 + len(EVERY_PLATFORM + XCB)
    assert result.returncode == EXIT_NO_WINDOW  # no screen in the test's environment
    assert lines[-1].startswith("Cannot open the window: there is no screen here")
