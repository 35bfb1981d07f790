"""The lock file beside an open workshop: taken once, hidden while held, gone after.

Windows hides a file by its hidden attribute, not by a leading dot. Here the attribute
is kept by a stand-in for Windows (`Attributes`), given to the lock as its `hide`; the
real one (`set_hidden`) runs on Windows, where the last test checks it on disk."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from facilitator.storage.lock import (
    FILE_ATTRIBUTE_HIDDEN,
    FILE_ATTRIBUTE_NORMAL,
    WorkshopLock,
    lock_path,
    set_hidden,
    with_hidden,
)


def free(path: Path) -> bool:
    """Whether another process could take the lock on `path` now (a real attempt)."""
    probe = FileLock(path, timeout=0, is_singleton=False)
    try:
        probe.acquire()
    except Timeout:
        return False
    probe.release()
    return True


class Attributes:
    """Windows' hidden attribute, kept per file, as `set_hidden` keeps it there; each
    call is logged with whether the lock was free at that moment."""

    def __init__(self) -> None:
        self.hidden: dict[Path, bool] = {}
        self.calls: list[tuple[bool, bool]] = []

    def __call__(self, path: Path, hidden: bool) -> None:
        if not path.exists():
            raise FileNotFoundError(path)
        self.calls.append((hidden, free(path)))
        self.hidden[path] = hidden


def refusing(path: Path, hidden: bool) -> None:
    """A share that keeps no attributes."""
    raise PermissionError(13, "attributes not supported", str(path))


def test_the_lock_file_is_hidden_while_held_and_gone_after(demo_file: Path) -> None:
    attributes = Attributes()
    lock = WorkshopLock(demo_file, hide=attributes)
    assert lock.acquire()
    held = lock_path(demo_file)
    assert held.name == f".{demo_file.name}.lock"  # the dot hides it on Linux and macOS
    assert attributes.hidden == {held: True}
    assert attributes.calls == [(True, False)]  # hidden once held
    lock.release()
    assert not held.exists()


def test_a_second_window_is_refused_and_the_file_stays_hidden(demo_file: Path) -> None:
    attributes = Attributes()
    first = WorkshopLock(demo_file, hide=attributes)
    second = WorkshopLock(demo_file, hide=attributes)
    assert first.acquire()
    assert not second.acquire()
    assert attributes.hidden == {lock_path(demo_file): True}
    # The second unhid the file it found, could not take it, and hid it again.
    assert attributes.calls == [(True, False), (False, False), (True, False)]
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_file_a_crash_left_hidden_is_unhidden_then_taken(demo_file: Path) -> None:
    """A killed app leaves its lock file (hidden, on Windows); the system has released
    the lock itself. It is unhidden before it is taken (filelock 3.x cannot open a
    hidden file on Windows), and hidden again once held."""
    left = lock_path(demo_file)
    left.write_bytes(b"")
    attributes = Attributes()
    attributes.hidden[left] = True
    lock = WorkshopLock(demo_file, hide=attributes)
    assert lock.acquire()
    assert attributes.calls == [(False, True), (True, False)]
    assert attributes.hidden[left] is True
    lock.release()


def test_a_folder_that_keeps_no_attributes_still_locks(demo_file: Path) -> None:
    first = WorkshopLock(demo_file, hide=refusing)
    assert first.acquire()
    assert not WorkshopLock(demo_file, hide=refusing).acquire()
    first.release()
    assert not lock_path(demo_file).exists()


@pytest.mark.parametrize(
    ("attributes", "hidden", "wanted"),
    [
        (0x20, True, 0x22),  # archive → archive + hidden
        (0x22, False, 0x20),
        (FILE_ATTRIBUTE_NORMAL, True, FILE_ATTRIBUTE_HIDDEN),  # NORMAL is valid only alone
        (FILE_ATTRIBUTE_HIDDEN, False, FILE_ATTRIBUTE_NORMAL),
        (FILE_ATTRIBUTE_HIDDEN, True, FILE_ATTRIBUTE_HIDDEN),
        (0x2000 | 0x20, True, 0x2000 | 0x22),  # not content-indexed: kept
    ],
)
def test_the_hidden_attribute_keeps_the_others(attributes: int, hidden: bool, wanted: int) -> None:
    assert with_hidden(attributes, hidden) == wanted


@pytest.mark.skipif(sys.platform == "win32", reason="Windows hides by attribute")
def test_elsewhere_the_dot_is_enough(demo_file: Path) -> None:
    before = demo_file.stat()
    set_hidden(demo_file, True)
    assert demo_file.stat().st_mode == before.st_mode
    lock = WorkshopLock(demo_file)
    assert lock.acquire()
    assert lock_path(demo_file).name.startswith(".")
    lock.release()


@pytest.mark.skipif(sys.platform != "win32", reason="the real attribute, on Windows")
def test_on_windows_the_lock_file_has_the_hidden_attribute(demo_file: Path) -> None:
    lock = WorkshopLock(demo_file)
    assert lock.acquire()
    held = lock_path(demo_file)
    attributes: int = getattr(held.stat(), "st_file_attributes", 0)
    assert attributes & stat.FILE_ATTRIBUTE_HIDDEN
    lock.release()
    assert not held.exists()
    # A hidden lock file left by a crash is taken again.
    held.write_bytes(b"")
    set_hidden(held, True)
    again = WorkshopLock(demo_file)
    assert again.acquire()
    again.release()
