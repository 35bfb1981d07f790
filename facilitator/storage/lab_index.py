"""The lab's workshops (issue 21): every `.atelier` file under the folders a user chose,
read without ever writing to them or locking them, summarised, and the summaries kept in
a small cache in the user's data folder so that a later start lists 500 workshops at once.

Reading a colleague's file
--------------------------
A file on a lab's shared folder may be open in a colleague's Facilitator, written by it at
this very moment, or left with a journal by a crash. This module never opens it with
SQLite: SQLite would take a shared lock for the whole read (a colleague's save waits
behind it, and fails after its 5 s busy timeout when the read is longer), and a read-only
connection refuses a hot journal (SQLITE_READONLY_ROLLBACK) and, for a WAL-mode file,
needs a `-shm` file it may not create. Instead each file is *copied* with plain reads to
a private temporary folder, with its `-journal` or `-wal` beside it when there is one,
and SQLite reads the copy (rolling a copied journal back, or replaying a copied WAL,
there). The copy is kept only when it is one state of the file: the file's size,
modification time and first 100 bytes (the header, whose change counter every commit in
rollback mode increases), and those of its journal or WAL, are the same before and after
the copy. A DELETE-mode commit creates its journal before it writes a page of the file,
so a copy made while no journal was there, before and after, saw no commit. Otherwise the
copy is made again after `RETRY_PAUSE_S`, `READ_ATTEMPTS` times at most, and the file is
then shown as being written (`busy`). A journal or WAL still there after those attempts
(a crash, a long transaction of another program) is copied with the file and the copy
read: the entry is `busy`, with the summary of the last committed state.

Limits (each named, with its source; `LabScan.problems` says when one was reached):
`MAX_DEPTH` folders deep, `MAX_ENTRIES` directory entries looked at, `MAX_WORKSHOPS`
files listed, `MAX_FILE_BYTES` per file read. Symbolic links are followed; a folder
reached twice (a link loop, two chosen folders one inside the other) is entered once,
by its `(st_dev, st_ino)`; a file reached twice (a link, a hard link) is listed once.
Names starting with "." are skipped (our own temporaries and lock files, `.git`, trash).

The cache (`cache_path()`, JSON written whole and atomically) maps each file's resolved
path to its size, modification time (ns) and what its reading gave (status, file
identity, `lab_summary` JSON, message). An entry is used when the file's size and
modification time are unchanged and it was read at least `MTIME_SLACK_NS` after that
modification time (a write within the file system's timestamp granularity, 2 s on FAT,
could otherwise leave both unchanged). A cache that cannot be read, is damaged or of
another version is ignored and rewritten: the files stay the truth.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from facilitator import paths
from facilitator.domain import lab_summary
from facilitator.domain.lab_summary import WorkshopSummary
from facilitator.domain.messages import QT_TRANSLATE_NOOP, Message, MessageText, message
from facilitator.domain.workshop import Workshop
from facilitator.storage import errors
from facilitator.storage.atomic import write_atomically
from facilitator.storage.errors import WorkshopFileError, os_reason
from facilitator.storage.inspection import (
    HEADER_SIZE,
    check_header,
    connect,
    read_checked,
    sqlite_open_error,
)
from facilitator.storage.safe_read import FileReadError, megabytes, read_regular_file

log = logging.getLogger(__name__)

SUFFIX = ".atelier"
# Folders below a chosen folder that are looked into. A lab's share nests year / event /
# room (3); 12 leaves room for any hand-made tree and stops a runaway one (a link to a
# folder's parent is caught by the seen-set already).
MAX_DEPTH = 12
# Directory entries looked at, all folders together: a user who chooses their whole home
# folder or a network drive's root by mistake gets an answer in a few seconds (os.scandir
# lists about 1 million entries a second on a local disk, far fewer on a share) instead of
# a scan that never ends.
MAX_ENTRIES = 200_000
# Workshop files listed: a lab runs dozens of workshops a year (the "dozens"),
# 5,000 is a century of them; the table and the report stay usable below it.
MAX_WORKSHOPS = 5_000
# Bytes of one file read (copied): a two-day workshop with 500 photos of 1.5 MB is 750 MB.
# A larger file is listed as unreadable, and opening it in the app still works.
MAX_FILE_BYTES = 1_000_000_000
READ_ATTEMPTS = 3  # copies of a file changing under us before it is shown as being written
RETRY_PAUSE_S = 0.2  # between two attempts: a commit of Facilitator takes milliseconds
# A cache entry is trusted only for files read this long after their last modification.
MTIME_SLACK_NS = 2_000_000_000
# The cache: a summary is 1 to 3 kB of JSON; 20,000 files (several labs' shares) stay
# under 60 MB, read in about a second. Files not seen for the longest are dropped first.
MAX_CACHE_ENTRIES = 20_000
MAX_CACHE_BYTES = 100_000_000
CACHE_VERSION = 1
CACHE_NAME = "lab-index.json"
COPY_CHUNK = 1 << 20

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO named x.atelier opens at once, then is refused
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)

EntryStatus = Literal["ok", "damaged", "newer", "unreadable", "busy"]
STATUSES: tuple[EntryStatus, ...] = ("ok", "damaged", "newer", "unreadable", "busy")
_CACHED_STATUSES = ("ok", "damaged", "newer")  # what an unchanged file will say again

BEING_WRITTEN = QT_TRANSLATE_NOOP(
    "LabIndex",
    "“{path}” is being written by another program (or was left so by a crash): "
    "what it held before is shown, and it is read again at the next refresh.",
)
CHANGING = QT_TRANSLATE_NOOP(
    "LabIndex",
    "“{path}” changed each time it was read (a copy or a save in progress?): "
    "it is read again at the next refresh.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "LabIndex", "“{path}” is larger than {limit} MB: it is not listed, open it to see it."
)
FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "LabIndex", "The folder “{path}” cannot be found (a network drive not connected?)."
)
FOLDER_UNREADABLE = QT_TRANSLATE_NOOP("LabIndex", "The folder “{path}” cannot be read: {reason}.")
TOO_DEEP = QT_TRANSLATE_NOOP(
    "LabIndex",
    "Folders more than {limit} levels below a chosen folder were not looked into "
    "(the first: “{path}”).",
)
TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP(
    "LabIndex",
    "The chosen folders hold more than {limit} files and folders: the rest was not "
    "looked into. Choose the folders that hold the workshops.",
)
TOO_MANY_WORKSHOPS = QT_TRANSLATE_NOOP(
    "LabIndex", "More than {limit} workshops: only the first {limit} are listed."
)
REACHED_TWICE = QT_TRANSLATE_NOOP(
    "LabIndex",
    "{count} folders were reached twice (a link loop, or a chosen folder inside "
    "another) and looked into once.",
)


@dataclass(frozen=True)
class LabEntry:
    """One workshop file as the lab's list shows it.

    `path`: as found under the chosen folder (the one to open); `key`: its resolved
    path (the cache's key). `status`: "ok", "damaged", "newer" (a later version of the
    app made it), "unreadable" (permissions, too large, not a regular file) or "busy"
    (being written; `summary` then holds the last committed state when it could be
    read). `message`: why, for every status but "ok". `summary` and `file_id` (the
    file's identity, schema.py) are set when the workshop could be read. `size` in
    bytes and `mtime_ns` as the file system gave them. `copy_of`: for a copy of another
    listed file (same `file_id`), the path of the one counted (the most recently
    modified); None otherwise."""

    path: Path
    key: str
    status: EntryStatus
    size: int = 0
    mtime_ns: int = 0
    summary: WorkshopSummary | None = None
    file_id: str = ""
    message: Message | None = None
    copy_of: Path | None = None

    @property
    def counted(self) -> bool:
        """Counted in the lab's figures: read, and not a copy of another listed file."""
        return self.status == "ok" and self.summary is not None and self.copy_of is None


@dataclass(frozen=True)
class LabScan:
    """What one scan found: `entries` in the order of the folders (sorted by name within
    each), `problems` with the folders and limits (one sentence each), `read` the files
    opened and `cached` the ones taken from the cache."""

    entries: tuple[LabEntry, ...] = ()
    problems: tuple[Message, ...] = ()
    read: int = 0
    cached: int = 0

    def counted(self) -> list[LabEntry]:
        """The entries the lab's figures count (see `LabEntry.counted`)."""
        return [e for e in self.entries if e.counted]


def cache_path() -> Path:
    """The cache file in the user's data folder (`facilitator.paths.data_dir`)."""
    return paths.data_dir() / CACHE_NAME


# -- walking the folders ----------------------------------------------------------------
@dataclass
class _Walk:
    files: list[tuple[Path, os.stat_result | None]] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)
    seen_folders: set[tuple[int, int]] = field(default_factory=set)
    seen_files: set[tuple[int, int]] = field(default_factory=set)
    entries: int = 0
    twice: int = 0
    too_deep: Path | None = None
    full: bool = False


def _is_workshop_name(name: str) -> bool:
    return name.lower().endswith(SUFFIX) and not name.startswith(".")


def _add_file(walk: _Walk, path: Path) -> None:
    if walk.full:
        return
    try:
        found: os.stat_result | None = path.stat()
    except OSError:
        found = None  # a dangling link or a loop: listed, its reading says why
    if found is not None:
        identity = (found.st_dev, found.st_ino)
        if identity in walk.seen_files:
            return
        walk.seen_files.add(identity)
    if len(walk.files) >= MAX_WORKSHOPS:
        walk.problems.append(message(TOO_MANY_WORKSHOPS, limit=MAX_WORKSHOPS))
        walk.full = True
        return
    walk.files.append((path, found))


def _walk(roots: Sequence[Path], should_stop: Callable[[], bool]) -> _Walk:
    """The workshop files under `roots` (folders, or files chosen one by one)."""
    walk = _Walk()
    for root in roots:
        if walk.full or should_stop():
            break
        try:
            found = root.stat()
        except FileNotFoundError:
            walk.problems.append(message(FOLDER_MISSING, path=str(root)))
            continue
        except OSError as error:
            walk.problems.append(
                message(FOLDER_UNREADABLE, path=str(root), reason=os_reason(error))
            )
            continue
        if stat.S_ISDIR(found.st_mode):
            _walk_folder(walk, root, found, should_stop)
        else:
            _add_file(walk, root)
    if walk.twice:
        walk.problems.append(message(REACHED_TWICE, count=walk.twice))
    if walk.too_deep is not None:
        walk.problems.append(message(TOO_DEEP, limit=MAX_DEPTH, path=str(walk.too_deep)))
    return walk


def _walk_folder(
    walk: _Walk, root: Path, found: os.stat_result, should_stop: Callable[[], bool]
) -> None:
    pending: list[tuple[Path, os.stat_result, int]] = [(root, found, 0)]
    while pending and not walk.full and not should_stop():
        folder, status, depth = pending.pop()
        identity = (status.st_dev, status.st_ino)
        if identity in walk.seen_folders:
            walk.twice += 1
            continue
        walk.seen_folders.add(identity)
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            reason = os_reason(error)
            walk.problems.append(message(FOLDER_UNREADABLE, path=str(folder), reason=reason))
            continue
        below: list[tuple[Path, os.stat_result, int]] = []
        for entry in entries:  # once full, `_add_file` adds nothing and the walk ends
            walk.entries += 1
            if walk.entries > MAX_ENTRIES:
                walk.problems.append(message(TOO_MANY_ENTRIES, limit=MAX_ENTRIES))
                walk.full = True
                return
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir()  # follows links; a loop, a dangling link: False
                folder_status = entry.stat() if is_folder else None
            except OSError:
                is_folder, folder_status = False, None
            if folder_status is None:
                if _is_workshop_name(entry.name):
                    _add_file(walk, Path(entry.path))
                continue
            if depth + 1 > MAX_DEPTH:
                walk.too_deep = walk.too_deep or Path(entry.path)
                continue
            below.append((Path(entry.path), folder_status, depth + 1))
        pending.extend(reversed(below))  # depth first, in name order


# -- reading one file -------------------------------------------------------------------
_Look = tuple[int, int, bytes] | None  # size, mtime_ns, first bytes; None: not there


def _look(path: Path) -> _Look:
    """What tells two states of a file apart: size, modification time and header."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    try:
        found = os.fstat(descriptor)
        head = os.read(descriptor, HEADER_SIZE) if stat.S_ISREG(found.st_mode) else b""
        return (found.st_size, found.st_mtime_ns, head)
    finally:
        os.close(descriptor)


def _copy(source: Path, target: Path) -> None:
    """Copy a regular file with plain reads, `MAX_FILE_BYTES` at most; raises
    `FileReadError` (a folder, a device, too large) or `OSError`."""
    descriptor = os.open(source, _OPEN_FLAGS)
    try:
        found = os.fstat(descriptor)
        if stat.S_ISDIR(found.st_mode):
            raise FileReadError(source, message(errors.A_FOLDER))
        if not stat.S_ISREG(found.st_mode):
            raise FileReadError(source, message(errors.NOT_REGULAR))
        if found.st_size > MAX_FILE_BYTES:
            raise _too_large(source)
        copied = 0
        with target.open("wb") as out:
            while chunk := os.read(descriptor, COPY_CHUNK):
                copied += len(chunk)
                if copied > MAX_FILE_BYTES:
                    raise _too_large(source)
                out.write(chunk)
    finally:
        os.close(descriptor)


def _too_large(path: Path) -> FileReadError:
    return FileReadError(path, message(TOO_LARGE, path=str(path), limit=megabytes(MAX_FILE_BYTES)))


@dataclass(frozen=True)
class _Reading:
    status: EntryStatus
    workshop: Workshop | None = None
    file_id: str = ""
    message: Message | None = None
    stable: bool = True  # one state of the file: what it says will hold until it changes


def _named(error: WorkshopFileError, named: Path) -> WorkshopFileError:
    """The same error about the user's file instead of our copy."""
    if error.path == named:
        return error
    params = {k: v for k, v in error.message.params.items() if k != "path"}
    return WorkshopFileError(named, error.message.text, unreadable=error.unreadable, **params)


def _read_copy(copy: Path, named: Path, *, with_journal: bool) -> tuple[Workshop, str]:
    """The workshop in our private copy, checked as `facilitator check` does; raises
    `WorkshopFileError` naming `named`, the user's file."""
    try:
        check_header(copy)
        connection = connect(copy, "rw")  # ours: a copied journal is rolled back here
    except WorkshopFileError as error:
        raise _named(error, named) from error
    except sqlite3.Error as error:
        raise sqlite_open_error(named, error) from error
    try:
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        if with_journal:
            check_header(copy)  # again, now that the cut-short commit is rolled back
        inspection = read_checked(named, connection, read_only=False)
    except WorkshopFileError as error:
        raise _named(error, named) from error
    except sqlite3.Error as error:
        raise sqlite_open_error(named, error) from error
    finally:
        connection.close()
    if inspection.workshop is None:
        raise WorkshopFileError(
            named, errors.CORRUPT, unreadable=False, detail=inspection.problems[0]
        )
    return inspection.workshop, inspection.file_id


def _status_of(error: WorkshopFileError) -> EntryStatus:
    text = error.message.text
    if text == errors.NEWER:
        return "newer"
    if text in (errors.CANNOT_READ, errors.NOT_A_FILE, errors.IS_FOLDER):
        return "unreadable"
    return "damaged"


_SIDES = ("-journal", "-wal")
_Looks = tuple[_Look, _Look, _Look]  # the file, its journal, its WAL


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _looks(path: Path) -> _Looks:
    return (_look(path), _look(_side(path, _SIDES[0])), _look(_side(path, _SIDES[1])))


def _copy_with_sides(path: Path, copy: Path, looks: _Looks) -> None:
    _copy(path, copy)
    for suffix, look in zip(_SIDES, looks[1:], strict=True):
        if look is not None:
            _copy(_side(path, suffix), _side(copy, suffix))


def _read_stable_copy(path: Path, copy: Path, looks: _Looks) -> _Reading:
    """What a copy that is one state of `path` (and its side files, `looks`) holds."""
    busy = looks[1] is not None or looks[2] is not None
    try:
        workshop, file_id = _read_copy(copy, path, with_journal=looks[1] is not None)
    except WorkshopFileError as error:
        if busy:  # half a commit, or a journal that is not ours: not damaged for that
            return _Reading("busy", message=message(BEING_WRITTEN, path=str(path)), stable=False)
        return _Reading(_status_of(error), message=error.message)
    if busy:
        said = message(BEING_WRITTEN, path=str(path))
        return _Reading("busy", workshop, file_id, said, stable=False)
    return _Reading("ok", workshop, file_id)


def read_entry(
    path: Path, workspace: Path, *, sleep: Callable[[float], None] = time.sleep
) -> _Reading:
    """Read `path` through a copy in `workspace` (a private folder, emptied first); see
    the module's docstring. `sleep(RETRY_PAUSE_S)` between two attempts. Never raises
    for what the file is or holds."""
    copy = workspace / "w.atelier"
    for attempt in range(READ_ATTEMPTS):
        if attempt:
            sleep(RETRY_PAUSE_S)
        for leftover in workspace.iterdir():
            leftover.unlink()
        try:
            before = _looks(path)
            if before[0] is None:
                return _Reading("unreadable", message=message(errors.NOT_FOUND, path=str(path)))
            if (before[1] or before[2]) and attempt < READ_ATTEMPTS - 1:
                continue  # a commit in progress: Facilitator's take milliseconds
            _copy_with_sides(path, copy, before)
            after = _looks(path)
        except FileReadError as error:
            return _Reading("unreadable", message=_unreadable(path, error.reason))
        except OSError as error:
            return _Reading("unreadable", message=_unreadable(path, os_reason(error)))
        if after == before:
            return _read_stable_copy(path, copy, before)
    return _Reading("busy", message=message(CHANGING, path=str(path)), stable=False)


def _unreadable(path: Path, reason: Message | str) -> Message:
    if isinstance(reason, Message) and reason.text == TOO_LARGE:
        return reason
    return message(errors.CANNOT_READ, path=str(path), reason=reason)


# -- the cache ------------------------------------------------------------------------------
def _message_to_json(said: Message) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, value in said.params.items():
        if isinstance(value, Message):
            params[key] = {"message": _message_to_json(value)}
        elif isinstance(value, MessageText):
            params[key] = {"text": [value.context, value.source]}
        elif isinstance(value, int) and not isinstance(value, bool):
            params[key] = value
        else:
            params[key] = str(value)
    return {"context": said.text.context, "source": said.text.source, "params": params}


def _message_from_json(data: object, depth: int = 0) -> Message:
    if not isinstance(data, dict) or depth > 4:
        raise ValueError("not a message")
    context, source, raw = data.get("context"), data.get("source"), data.get("params")
    if not isinstance(context, str) or not isinstance(source, str) or not isinstance(raw, dict):
        raise ValueError("not a message")
    params: dict[str, object] = {}
    for key, value in raw.items():
        if isinstance(value, str | int) and not isinstance(value, bool):
            params[key] = value
        elif isinstance(value, dict) and "message" in value:
            params[key] = _message_from_json(value["message"], depth + 1)
        elif isinstance(value, dict) and "text" in value:
            pair = value["text"]
            if not (
                isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
            ):
                raise ValueError("not a message")
            params[key] = MessageText(pair[0], pair[1])
        else:
            raise ValueError("not a message")
    return message(MessageText(context, source), **params)


@dataclass(frozen=True)
class _Cached:
    size: int
    mtime_ns: int
    read_ns: int
    seen_ns: int
    status: EntryStatus
    file_id: str
    summary: WorkshopSummary | None
    message: Message | None

    def fits(self, size: int, mtime_ns: int) -> bool:
        return (
            self.size == size
            and self.mtime_ns == mtime_ns
            and self.read_ns - self.mtime_ns >= MTIME_SLACK_NS
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "read_ns": self.read_ns,
            "seen_ns": self.seen_ns,
            "status": self.status,
            "file_id": self.file_id,
            "summary": None if self.summary is None else lab_summary.to_json(self.summary),
            "message": None if self.message is None else _message_to_json(self.message),
        }


def _number(value: object) -> int:
    if type(value) is not int:
        raise ValueError("not a number")
    return value


def _cached_from_json(data: object) -> _Cached:
    if not isinstance(data, dict):
        raise ValueError("not an entry")
    status = data.get("status")
    if status not in _CACHED_STATUSES:
        raise ValueError("not an entry")
    file_id = data.get("file_id")
    if not isinstance(file_id, str):
        raise ValueError("not an entry")
    summary = data.get("summary")
    said = data.get("message")
    entry = _Cached(
        size=_number(data.get("size")),
        mtime_ns=_number(data.get("mtime_ns")),
        read_ns=_number(data.get("read_ns")),
        seen_ns=_number(data.get("seen_ns")),
        status=status,
        file_id=file_id,
        summary=None if summary is None else lab_summary.from_json(summary),
        message=None if said is None else _message_from_json(said),
    )
    if (entry.status == "ok") != (entry.summary is not None):
        raise ValueError("not an entry")
    return entry


def load_cache(path: Path) -> dict[str, _Cached]:
    """The cache's entries by resolved path; {} when it is missing, unreadable, damaged or
    of another version (`CACHE_VERSION`, `lab_summary.SUMMARY_VERSION`): it is then
    rebuilt. Entries that do not read are dropped one by one. Never raises."""
    if not os.path.lexists(path):
        return {}  # the first scan
    try:
        data = json.loads(read_regular_file(path, MAX_CACHE_BYTES))
    except (FileReadError, OSError, ValueError, RecursionError) as error:
        log.warning("the lab's index cache %s is ignored: %s", path, error)
        return {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return {}
    raw = data.get("entries")
    if not isinstance(raw, dict):
        return {}
    entries: dict[str, _Cached] = {}
    for key, value in raw.items():
        with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError, RecursionError):
            entries[str(key)] = _cached_from_json(value)
    return entries


def save_cache(path: Path, entries: dict[str, _Cached]) -> None:
    """Write the cache whole and atomically, the `MAX_CACHE_ENTRIES` most recently seen
    entries. Raises `OSError` when the data folder cannot be written."""
    kept = sorted(entries.items(), key=lambda item: -item[1].seen_ns)[:MAX_CACHE_ENTRIES]
    data = {"version": CACHE_VERSION, "entries": {key: e.to_json() for key, e in kept}}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())


# -- the scan ---------------------------------------------------------------------------
def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a link loop
        return str(path.absolute())


def _with_copies(entries: list[LabEntry]) -> list[LabEntry]:
    """Mark copies: entries sharing a file identity; the most recently modified one is
    counted (a readable one first, then the first by path), the others point at it."""
    groups: dict[str, list[LabEntry]] = {}
    for entry in entries:
        if entry.file_id and entry.summary is not None and entry.status in ("ok", "busy"):
            groups.setdefault(entry.file_id, []).append(entry)
    original: dict[str, Path] = {}
    for members in groups.values():
        if len(members) > 1:
            ranked = sorted(members, key=lambda e: (e.status != "ok", -e.mtime_ns, str(e.path)))
            for member in ranked[1:]:
                original[member.key] = ranked[0].path
    return [replace(e, copy_of=original[e.key]) if e.key in original else e for e in entries]


class LabIndex:
    """Scans folders with a cache. `now_ns` gives the wall clock (the cache's read times),
    `sleep` the pause between two attempts at a file being written: both injected in
    tests. Not thread-safe: one scan at a time per instance."""

    def __init__(
        self,
        cache: Path | None,
        *,
        now_ns: Callable[[], int] = time.time_ns,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._cache_path = cache
        self._now_ns = now_ns
        self._sleep = sleep

    def scan(
        self,
        roots: Sequence[Path],
        *,
        found: Callable[[LabEntry], None] | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> LabScan:
        """Every workshop under `roots` (folders or files), each given to `found` as soon
        as it is known (cached ones first, in one go); `should_stop` is asked between two
        files and ends the scan early (what was found is returned). Copies are marked on
        the returned entries only. Never raises for what the folders or files hold; the
        cache is written when it changed (a failure to write it is logged)."""
        cache = load_cache(self._cache_path) if self._cache_path is not None else {}
        walk = _walk(roots, should_stop)
        now = self._now_ns()
        entries: dict[str, LabEntry] = {}
        to_read: list[tuple[Path, str]] = []
        changed = False
        keys: list[str] = []
        for path, found_stat in walk.files:
            key = _resolved(path)
            keys.append(key)
            known = cache.get(key)
            if (
                known is not None
                and found_stat is not None
                and known.fits(found_stat.st_size, found_stat.st_mtime_ns)
            ):
                cache[key] = replace(known, seen_ns=now)
                entries[key] = LabEntry(
                    path=path,
                    key=key,
                    status=known.status,
                    size=known.size,
                    mtime_ns=known.mtime_ns,
                    summary=known.summary,
                    file_id=known.file_id,
                    message=known.message,
                )
                if found is not None:
                    found(entries[key])
            else:
                to_read.append((path, key))
        cached = len(entries)
        read = 0
        with tempfile.TemporaryDirectory(prefix="facilitator-index-") as folder:
            workspace = Path(folder)
            for path, key in to_read:
                if should_stop():
                    break
                entry, fresh = self._read(path, key, workspace, now)
                read += 1
                if fresh is not None:
                    cache[key] = fresh
                    changed = True
                elif cache.pop(key, None) is not None:
                    changed = True
                entries[key] = entry
                if found is not None:
                    found(entry)
        listed = _with_copies([entries[k] for k in keys if k in entries])
        if changed and self._cache_path is not None:
            try:
                save_cache(self._cache_path, cache)
            except OSError:
                log.exception("the lab's index cache could not be written")
        return LabScan(tuple(listed), tuple(walk.problems), read=read, cached=cached)

    def _read(
        self, path: Path, key: str, workspace: Path, now: int
    ) -> tuple[LabEntry, _Cached | None]:
        try:
            before = path.stat()
        except OSError as error:
            said = _unreadable(path, os_reason(error))
            return LabEntry(path=path, key=key, status="unreadable", message=said), None
        reading = read_entry(path, workspace, sleep=self._sleep)
        summary = None if reading.workshop is None else lab_summary.summary_of(reading.workshop)
        entry = LabEntry(
            path=path,
            key=key,
            status=reading.status,
            size=before.st_size,
            mtime_ns=before.st_mtime_ns,
            summary=summary,
            file_id=reading.file_id,
            message=reading.message,
        )
        if not reading.stable or reading.status not in _CACHED_STATUSES:
            return entry, None
        fresh = _Cached(
            size=before.st_size,
            mtime_ns=before.st_mtime_ns,
            read_ns=self._now_ns(),
            seen_ns=now,
            status=reading.status,
            file_id=reading.file_id,
            summary=summary,
            message=reading.message,
        )
        return entry, fresh


def read_lab(
    roots: Sequence[Path],
    *,
    cache: Path | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> LabScan:
    """Scan `roots` (folders or `.atelier` files) with the cache at `cache` (None: no
    cache; `cache_path()` is the app's); see `LabIndex.scan`."""
    return LabIndex(cache).scan(roots, should_stop=should_stop)


def iter_counted(scan: LabScan) -> Iterator[tuple[Path, WorkshopSummary]]:
    """(path, summary) of each entry the lab's figures count."""
    for entry in scan.counted():
        assert entry.summary is not None
        yield entry.path, entry.summary
