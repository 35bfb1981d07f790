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
"""

from __future__ import annotations

import contextlib
import glob
import os
import time
import uuid
from pathlib import Path

SUFFIX = ".part"
# A temporary this old is left over whatever its process id says: no write of ours
# takes an hour (a 20,000-idea import takes about a second here).
STALE_AFTER_S = 3600
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def temporary_for(path: Path) -> Path:
    """A fresh hidden temporary beside `path`, named after this process."""
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
    """Write `data` to `path` whole, durably (fsync before the rename), with the
    permissions the user's umask gives a new file. A failed or cancelled write leaves
    no partial file; one a kill cut short is removed by the next write to `path`.

    Raises `OSError` when the folder cannot be written."""
    remove_leftovers(path)
    temporary = temporary_for(path)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
