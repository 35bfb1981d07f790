"""Durable writes on each system (facilitator/storage/atomic.py): macOS's full sync,
Windows' refused renames and its folders that cannot be synced.

What the systems do is given to the functions as stand-ins here (the brief refusals of
a scanner on Windows, F_FULLFSYNC refused by a share on macOS); the real calls run on
this machine's files, and on macOS and Windows in the last tests."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from facilitator.storage import atomic
from facilitator.storage.atomic import REPLACE_WAITS_S, replace, sync_file, sync_folder


def busy(winerror: int | None = 32) -> PermissionError:
    """The PermissionError Windows raises for a file another program holds."""
    error = PermissionError(errno.EACCES, "The process cannot access the file")
    if winerror is not None:
        error.winerror = winerror  # type: ignore[attr-defined]
    return error


class Renames:
    """Refuses the first `refusals` renames as Windows would, then renames for real."""

    def __init__(self, refusals: int, error: PermissionError | None = None) -> None:
        self.refusals = refusals
        self.error = error or busy()
        self.tries = 0

    def __call__(self, source: Path, target: Path) -> None:
        self.tries += 1
        if self.tries <= self.refusals:
            raise self.error
        source.replace(target)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    source, target = tmp_path / ".report.pdf.part", tmp_path / "report.pdf"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    return source, target


def test_windows_tries_again_while_a_scanner_holds_the_file(files: tuple[Path, Path]) -> None:
    source, target = files
    waited: list[float] = []
    renames = Renames(refusals=2)
    replace(source, target, windows=True, sleep=waited.append, rename=renames)
    assert target.read_bytes() == b"new"
    assert not source.exists()
    assert renames.tries == 3
    assert waited == [0.01, 0.02]


def test_windows_gives_up_after_the_last_wait(files: tuple[Path, Path]) -> None:
    """A viewer that keeps the old file open does not let go: the refusal is reported
    after all the waits, 0.63 s in all, and both files are left as they were."""
    source, target = files
    waited: list[float] = []
    renames = Renames(refusals=100)
    with pytest.raises(PermissionError) as raised:
        replace(source, target, windows=True, sleep=waited.append, rename=renames)
    assert raised.value is renames.error
    assert renames.tries == len(REPLACE_WAITS_S) + 1
    assert waited == list(REPLACE_WAITS_S)
    assert sum(waited) == pytest.approx(0.63)
    assert (source.read_bytes(), target.read_bytes()) == (b"new", b"old")


@pytest.mark.parametrize("winerror", [None, 1224, 19])
def test_other_refusals_are_reported_at_once(
    files: tuple[Path, Path], winerror: int | None
) -> None:
    """A real permission problem without a Windows code, a mapped file (1224), a
    write-protected disk (19): waiting would not help."""
    source, target = files
    waited: list[float] = []
    renames = Renames(refusals=1, error=busy(winerror))
    with pytest.raises(PermissionError):
        replace(source, target, windows=True, sleep=waited.append, rename=renames)
    assert (renames.tries, waited) == (1, [])


def test_elsewhere_a_refusal_is_reported_at_once(files: tuple[Path, Path]) -> None:
    """POSIX renames over a file another program has open; a refusal there is real."""
    source, target = files
    waited: list[float] = []
    renames = Renames(refusals=1)
    with pytest.raises(PermissionError):
        replace(source, target, windows=False, sleep=waited.append, rename=renames)
    assert (renames.tries, waited) == (1, [])


def test_the_real_rename(files: tuple[Path, Path]) -> None:
    source, target = files
    replace(source, target)
    assert target.read_bytes() == b"new"
    assert not source.exists()


class Syncs:
    def __init__(self, full_refusal: OSError | None = None) -> None:
        self.full_refusal = full_refusal
        self.calls: list[str] = []

    def full(self, descriptor: int) -> None:
        self.calls.append("full")
        if self.full_refusal is not None:
            raise self.full_refusal

    def fsync(self, descriptor: int) -> None:
        self.calls.append("fsync")


def test_macos_asks_the_drive_to_write_its_cache(tmp_path: Path) -> None:
    syncs = Syncs()
    with (tmp_path / "file").open("wb") as stream:
        sync_file(stream.fileno(), full=syncs.full, fsync=syncs.fsync)
    assert syncs.calls == ["full"]


def test_a_share_without_full_sync_falls_back_to_fsync(tmp_path: Path) -> None:
    """SMB shares and FAT sticks refuse F_FULLFSYNC (ENOTSUP, EINVAL): SQLite does the
    same fallback."""
    for refusal in (OSError(errno.ENOTSUP, "not supported"), OSError(errno.EINVAL, "invalid")):
        syncs = Syncs(refusal)
        with (tmp_path / "file").open("wb") as stream:
            sync_file(stream.fileno(), full=syncs.full, fsync=syncs.fsync)
        assert syncs.calls == ["full", "fsync"]


def test_a_failed_sync_is_reported(tmp_path: Path) -> None:
    def failing(descriptor: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    with (tmp_path / "file").open("wb") as stream, pytest.raises(OSError, match="I/O"):
        sync_file(stream.fileno(), full=None, fsync=failing)


def test_windows_syncs_no_folder(tmp_path: Path) -> None:
    sync_folder(tmp_path / "no such folder", posix=False)  # nothing opened, nothing raised
    sync_folder(tmp_path, posix=os.name == "posix")
    with pytest.raises(FileNotFoundError):
        sync_folder(tmp_path / "no such folder", posix=True)


def test_this_system_gets_its_own_sync() -> None:
    assert (atomic._FULL_FSYNC is not None) == (sys.platform == "darwin")


def test_an_atomic_write_lands_whole(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")
    atomic.write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


@pytest.mark.skipif(sys.platform != "darwin", reason="F_FULLFSYNC is macOS's")
def test_on_macos_the_full_sync_works_on_a_real_file(tmp_path: Path) -> None:
    with (tmp_path / "file").open("wb") as stream:
        stream.write(b"data")
        stream.flush()
        assert atomic._FULL_FSYNC is not None
        atomic._FULL_FSYNC(stream.fileno())  # raises if the file system refuses


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' own refusal")
def test_on_windows_a_file_held_open_is_refused_then_reported(files: tuple[Path, Path]) -> None:
    """A program holding the target without sharing its deletion (as Python's open()
    does on Windows) makes the rename fail with a busy code; it is reported after the
    waits, the old file intact."""
    source, target = files
    waited: list[float] = []
    with target.open("rb"), pytest.raises(PermissionError) as raised:
        replace(source, target, sleep=waited.append)
    assert getattr(raised.value, "winerror", None) in (5, 32)
    assert waited == list(REPLACE_WAITS_S)
    assert target.read_bytes() == b"old"
