"""Writing a file whole: a temporary beside the target, then renamed over it; and what a
killed process left of such temporaries.

Every file we write whole (a new workshop, an import, an export, the settings) is first
written to a hidden temporary beside its target, then renamed over it: a half-written
target never appears. A process killed in between (SIGKILL, a power cut) leaves the
temporary behind, with its SQLite journal for a workshop. Each temporary's name carries
the writing process's id, so that the next write to the same target, or the next
opening of it, removes the ones whose process is gone (or that are older than
`STALE_AFTER_S`, where a process id cannot be checked).

Shape of a name: `.{target name}.{pid}-{8 hex}.part`, in the target's folder.

Per system (docs/platforms.md): on macOS, fsync() leaves the data in the drive's own
cache, so `sync_file` asks for F_FULLFSYNC (Apple's fsync(2) manual page), as SQLite
does with `PRAGMA fullfsync`; Windows has no folder to sync after a rename
(`sync_folder` does nothing there) and refuses a rename while another program holds
either file without sharing its deletion (an antivirus or the search indexer reading
the new file, a viewer with the old one open): `replace` tries again for
`REPLACE_WAITS_S` before it gives up.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

SUFFIX = ".part"
# A temporary this old is left over whatever its process id says: no write of ours
# takes an hour (a 20,000-idea import takes about a second here).
STALE_AFTER_S = 3600
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
# Windows: the waits between the tries of a refused rename. A scanner holds a new file
# for some tens of milliseconds; all the waits add up to 0.63 s, after which the
# refusal is reported (a viewer that keeps the old file open does not let go).
REPLACE_WAITS_S = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32)
# The winerror of a rename refused because another program has a file open:
# ERROR_ACCESS_DENIED (5) and ERROR_SHARING_VIOLATION (32).
_BUSY_WINERRORS = frozenset({5, 32})


_FULL_FSYNC: Callable[[int], None] | None = None
if sys.platform == "darwin":
    import fcntl

    def _full_fsync(descriptor: int) -> None:
        fcntl.fcntl(descriptor, fcntl.F_FULLFSYNC)

    _FULL_FSYNC = _full_fsync


def sync_file(
    descriptor: int,
    *,
    full: Callable[[int], None] | None = _FULL_FSYNC,
    fsync: Callable[[int], None] = os.fsync,
) -> None:
    """Push an open file's data to the disk itself: `full` (F_FULLFSYNC on macOS, none
    elsewhere) when the file system supports it, else `fsync` (FlushFileBuffers on
    Windows). Raises OSError if the sync fails."""
    if full is not None:
        try:
            full(descriptor)
        except OSError:  # SMB shares and FAT sticks refuse F_FULLFSYNC: fsync instead
            pass
        else:
            return
    fsync(descriptor)


def sync_folder(folder: Path, *, posix: bool = os.name == "posix") -> None:
    """Make a rename in `folder` durable: sync the folder itself (POSIX). Windows opens no
    folder as a file; NTFS writes its folder changes from its own journal. Raises
    OSError if the folder cannot be opened or synced."""
    if not posix:
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        sync_file(descriptor)
    finally:
        os.close(descriptor)


def replace(
    source: Path,
    target: Path,
    *,
    windows: bool = sys.platform == "win32",
    waits_s: Sequence[float] = REPLACE_WAITS_S,
    sleep: Callable[[float], None] = time.sleep,
    rename: Callable[[Path, Path], object] = Path.replace,
) -> None:
    """Rename `source` over `target` (os.replace). On Windows, a rename refused because
    another program has one of the files open is tried again after each wait of
    `waits_s`; the last refusal is raised. Raises OSError."""
    for wait in (*waits_s, None) if windows else (None,):
        try:
            rename(source, target)
            return
        except PermissionError as error:
            if wait is None or getattr(error, "winerror", None) not in _BUSY_WINERRORS:
                raise
        sleep(wait)


def temporary_for(path: Path) -> Path:
    """A fresh hidden temporary beside `path`, named after this process."""
    import uuid  # on first use: not needed before the first paint (issue 22)

    return path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}")


def _process_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # cannot tell cheaply: age alone decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _writer_pid(name: str, target: str) -> int | None:
    middle = name[len(target) + 2 :].removesuffix(SUFFIX)
    pid, _, _token = middle.partition("-")
    return int(pid) if pid.isdigit() else None


def remove_leftovers(path: Path, *, now_s: float | None = None) -> list[Path]:
    """Remove the temporaries (and their journals) that a killed write to `path` left;
    returns what was removed. Never raises: a folder that cannot be listed or a file
    that cannot be removed is left as it is."""
    now_s = time.time() if now_s is None else now_s
    removed: list[Path] = []
    pattern = f".{glob.escape(path.name)}.*{SUFFIX}"
    try:
        candidates = sorted(path.parent.glob(pattern))
    except OSError:
        return removed
    for candidate in candidates:
        pid = _writer_pid(candidate.name, path.name)
        if pid is None:
            continue
        try:
            age = now_s - candidate.lstat().st_mtime
        except OSError:
            continue
        if pid == os.getpid() or (_process_alive(pid) and age < STALE_AFTER_S):
            continue
        for leftover in (candidate, candidate.with_name(candidate.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
    return removed


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole, durably (synced before the rename, the folder
    after it), with the permissions the user's umask gives a new file. A failed or
    cancelled write leaves no partial file; one a kill cut short is removed by the next
    write to `path`.

    Raises `OSError` when the folder cannot be written."""
    remove_leftovers(path)
    temporary = temporary_for(path)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            sync_file(stream.fileno())
        replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    # The new file is in place, whole; a folder that cannot be synced (some network
    # shares) only leaves the rename to the system's own schedule.
    with contextlib.suppress(OSError):
        sync_folder(path.parent)
