"""Real faults on real file systems: a full disk and a read-only medium.

A small tmpfs is mounted for each test (the tests are skipped where mounting is
not permitted). No fault is simulated: SQLite meets ENOSPC and EROFS from the
kernel, as on a full USB stick or a write-protected SD card.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import edits
from facilitator.domain.demo import demo_workshop
from facilitator.storage.errors import StorageWriteError
from facilitator.storage.inspection import check_file
from facilitator.storage.workshop_file import WorkshopFile


def _mount(folder: Path, options: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "usb"
    folder.mkdir()
    if not _mount(folder, "size=600k"):
        pytest.skip("mounting a tmpfs is not permitted here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_full_disk_loses_no_acknowledged_edit(small_disk: Path) -> None:
    path = small_disk / "atelier.atelier"
    WorkshopFile.create(path, demo_workshop()).close()
    file, workshop = WorkshopFile.open(path)
    acknowledged = workshop.copy()
    with pytest.raises(StorageWriteError, match="is full"):
        for n in range(1000):
            changes, _ = edits.add_person(workshop, "participant", f"{n} " + "é" * 190)
            workshop.apply(changes)
            file.apply(changes)
            acknowledged = workshop.copy()
            if n % 20 == 0:
                # The padding may meet the full disk first (how many pages the file
                # takes decides it): then the next commit does.
                with contextlib.suppress(OSError):
                    (small_disk / f"pad-{n}.bin").write_bytes(b"\0" * 40_000)
    file.close()
    inspection, unreadable = check_file(path)
    assert not unreadable and not inspection.problems
    assert inspection.workshop == acknowledged  # every acknowledged edit, nothing half-written


def test_document_keeps_edits_on_a_full_disk_and_writes_them_once_space_is_freed(
    small_disk: Path, qtbot: QtBot
) -> None:
    path = small_disk / "atelier.atelier"
    WorkshopFile.create(path, demo_workshop()).close()
    document = WorkshopDocument.open(path)
    pads = []
    n = 0
    while document.is_saved():
        pad = small_disk / f"pad-{n}.bin"
        try:
            pad.write_bytes(b"\0" * 50_000)
            pads.append(pad)
        except OSError:
            pass
        document.edit("notes", edits.set_info(document.workshop, notes=f"{n} " + "x" * 19_000))
        n += 1
        assert n < 200
    assert "is full" in str(document.last_error)
    expected = document.workshop.copy()
    for pad in pads:
        pad.unlink()
    assert document.retry()
    document.close()
    _, reopened = WorkshopFile.open(path, read_only=True)
    assert reopened == expected


def test_read_only_medium_opens_read_only(tmp_path: Path, qtbot: QtBot) -> None:
    folder = tmp_path / "sdcard"
    folder.mkdir()
    if not _mount(folder, "size=600k"):
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        path = folder / "atelier.atelier"
        WorkshopFile.create(path, demo_workshop()).close()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        before = path.read_bytes()
        document = WorkshopDocument.open(path)
        assert document.read_only and not document.opened_elsewhere
        assert document.workshop.info.title.startswith("Défi public")
        document.close()
        assert path.read_bytes() == before
        inspection, unreadable = check_file(path)
        assert not unreadable and not inspection.problems
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
