"""Telling a second app instance that a workshop is already open.

A lock file beside the workshop (`.NAME.atelier.lock`), held with the operating
system's file lock (flock on POSIX, LockFileEx on Windows, through `filelock`):
the system releases it when the process dies, so a crash never leaves a stale
lock behind. The lock only guards against two Facilitator windows editing one
file; reading (copy, `check`, `export`) never needs it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from filelock import FileLock, Timeout


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


class WorkshopLock:
    def __init__(self, path: Path) -> None:
        self._path = lock_path(path)
        self._lock = FileLock(self._path, timeout=0, is_singleton=False)

    def acquire(self) -> bool:
        """True if we now hold the lock; False if another instance has the file open.

        A folder where no lock file can be written (read-only medium) counts as
        held by nobody: the file itself opens read-only there anyway.
        """
        try:
            self._lock.acquire()
        except Timeout:
            return False
        except OSError:
            return True
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
            # Tidy up so no hidden file is left beside the workshop.
            with contextlib.suppress(OSError):
                self._path.unlink()
