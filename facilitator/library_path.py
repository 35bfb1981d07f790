"""The system's library search path, given back to the programs the bundled app starts.

PyInstaller's bootloader, on Linux and the BSDs, puts the bundle's folder (`_internal`)
first in LD_LIBRARY_PATH (LIBPATH on AIX) so that the bundled Python finds its
libraries, and keeps the value it found in LD_LIBRARY_PATH_ORIG (when there was one).
Every program the app starts inherits it: `xdg-open` (QDesktopServices.openUrl, "open
the exported file") and LibreOffice (export/office_pdf.py, the accessible PDF) would
then load the bundle's Qt, ICU, fontconfig or libstdc++ instead of their own, and fail
or crash. PyInstaller's documentation ("Run-time information", "LD_LIBRARY_PATH /
LIBPATH considerations") says to give such programs the original value, or no variable
at all.

This process does not need the variable any more once it runs: the dynamic loader read
it when the program started (glibc reads LD_LIBRARY_PATH once, at start), and
PyInstaller's own libraries find each other through their RUNPATH ($ORIGIN). So the
entry point (facilitator/__main__.py) puts the original value back into os.environ,
which is this process's environment (putenv): Python's subprocess, Qt's QProcess and
xdg-open's launch all pass it on. Windows (SetDllDirectory) and macOS (install names
rewritten at build time) set no such variable: nothing to do there.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


def search_path_variable(platform: str) -> str | None:
    """The variable PyInstaller's bootloader sets on `platform` (a sys.platform value):
    LIBPATH on AIX, None on Windows and macOS, else LD_LIBRARY_PATH."""
    if platform in ("win32", "cygwin", "darwin"):
        return None
    return "LIBPATH" if platform.startswith("aix") else "LD_LIBRARY_PATH"


def restore_library_path(
    environ: MutableMapping[str, str], *, bundle: str | None, platform: str
) -> str | None:
    """Give `environ` back the library search path it had before PyInstaller's
    bootloader put `bundle` (sys._MEIPASS; None: not a bundle, nothing done) in front:
    the value saved in `<VARIABLE>_ORIG`, else the value without the bundle's folder
    (the variable removed when nothing is left); `<VARIABLE>_ORIG` is removed. A value
    that does not start with the bundle's folder and has no saved original was not set
    by the bootloader: it is kept. Returns what was done, in one line, or None when
    nothing was."""
    variable = search_path_variable(platform)
    if bundle is None or variable is None:
        return None
    original = environ.pop(f"{variable}_ORIG", None)
    value = environ.get(variable)
    if original is not None:
        environ[variable] = original
        return f"{variable} restored to its value before the bundle started: {original}"
    if value is None:
        return None
    entries = value.split(os.pathsep)
    if os.path.normpath(entries[0] or ".") != os.path.normpath(bundle):
        return None
    rest = entries[1:]
    if any(rest):
        environ[variable] = os.pathsep.join(rest)
        return f"{variable} without the bundle's folder: {environ[variable]}"
    del environ[variable]
    return f"{variable} removed (set only by the bundle)"


def restore_for_child_processes() -> str | None:
    """restore_library_path on this process's environment, when it runs from a
    PyInstaller bundle (sys.frozen); None otherwise."""
    if not getattr(sys, "frozen", False):
        return None
    bundle = getattr(sys, "_MEIPASS", None)
    return restore_library_path(
        os.environ, bundle=str(bundle) if bundle else None, platform=sys.platform
    )
