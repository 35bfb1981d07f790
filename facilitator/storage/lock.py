"""Telling a second app instance that a workshop is already open.

A lock file beside the workshop (`.NAME.atelier.lock`), held with the operating
system's file lock (flock on POSIX, LockFileEx on Windows, through `filelock`):
the system releases it when the process dies, so a crash never leaves a stale
lock behind. The lock only guards against two Facilitator windows editing one
file; reading (copy, `check`, `export`) never needs it.

Hidden: the leading dot hides the lock file on Linux and macOS; Windows ignores it,
so there the file gets the hidden attribute (`set_hidden`). A hidden file left by a
crash is unhidden before it is locked again: filelock 3.x opens the lock file with
O_TRUNC (CREATE_ALWAYS), which Windows refuses on a hidden file (ERROR_ACCESS_DENIED),
and takes that refusal for "held by another process" (filelock 4 opens without
truncating, but the dependency allows 3.x). See docs/platforms.md.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock, Timeout

# Windows' file attributes (Microsoft's "File Attribute Constants" page).
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_NORMAL = 0x80  # valid only alone: no other attribute set
INVALID_FILE_ATTRIBUTES = 0xFFFFFFFF


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def with_hidden(attributes: int, hidden: bool) -> int:
    """A file's Windows attributes with FILE_ATTRIBUTE_HIDDEN set or cleared, the others
    kept (FILE_ATTRIBUTE_NORMAL when none is left, dropped when another is set)."""
    if hidden:
        attributes = (attributes & ~FILE_ATTRIBUTE_NORMAL) | FILE_ATTRIBUTE_HIDDEN
    else:
        attributes &= ~FILE_ATTRIBUTE_HIDDEN
    return attributes or FILE_ATTRIBUTE_NORMAL


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.GetFileAttributesW.argtypes = [wintypes.LPCWSTR]
    _kernel32.GetFileAttributesW.restype = wintypes.DWORD
    _kernel32.SetFileAttributesW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD]
    _kernel32.SetFileAttributesW.restype = wintypes.BOOL

    def set_hidden(path: Path, hidden: bool) -> None:
        """Set or clear the hidden attribute of `path` (GetFileAttributesW,
        SetFileAttributesW). Raises OSError when Windows refuses (a share that keeps
        no attributes, a file gone)."""
        attributes = _kernel32.GetFileAttributesW(str(path))
        if attributes == INVALID_FILE_ATTRIBUTES:
            raise ctypes.WinError(ctypes.get_last_error())
        wanted = with_hidden(attributes, hidden)
        if wanted != attributes and not _kernel32.SetFileAttributesW(str(path), wanted):
            raise ctypes.WinError(ctypes.get_last_error())

else:

    def set_hidden(path: Path, hidden: bool) -> None:
        """Nothing to do: the leading dot of the name hides the file on Linux and macOS."""


class WorkshopLock:
    def __init__(self, path: Path, *, hide: Callable[[Path, bool], None] = set_hidden) -> None:
        """`hide(path, hidden)` sets or clears a file's hidden attribute (`set_hidden`;
        tests give their own)."""
        self._path = lock_path(path)
        self._lock = FileLock(self._path, timeout=0, is_singleton=False)
        self._hide = hide

    def acquire(self) -> bool:
        """True if we now hold the lock; False if another instance has the file open.

        A folder where no lock file can be written (read-only medium) counts as
        held by nobody: the file itself opens read-only there anyway.
        """
        if self._path.exists():  # perhaps left hidden by a crash: unhide to lock it
            self._set_hidden(False)
        try:
            self._lock.acquire()
        except Timeout:
            self._set_hidden(True)  # the holder's file, unhidden above
            return False
        except OSError:
            return True
        self._set_hidden(True)
        return True

    def _set_hidden(self, hidden: bool) -> None:
        # Cosmetic: a share or a medium that keeps no attributes leaves the file visible.
        with contextlib.suppress(OSError):
            self._hide(self._path, hidden)

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
            # Tidy up so no hidden file is left beside the workshop.
            with contextlib.suppress(OSError):
                self._path.unlink()
