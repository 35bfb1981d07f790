"""What a write killed mid-way leaves beside its target is removed by the next write.

Every whole-file write (a new workshop, `facilitator import`, an export, the settings)
goes through a hidden temporary named after its process (`facilitator.storage.atomic`).
Here a real import is killed with SIGKILL while it writes, and the next import of the
same file removes what it left (issue 14: temporary files left by an import killed).
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.domain import board
from facilitator.domain.demo import demo_workshop
from facilitator.storage.atomic import (
    STALE_AFTER_S,
    remove_leftovers,
    temporary_for,
    write_atomically,
)
from facilitator.storage.inspection import check_file
from facilitator.storage.interchange import dumps


def _leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_a_dead_process_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "atelier.atelier"
    dead = tmp_path / f".{target.name}.{_dead_pid()}-0badcafe.part"
    dead_journal = dead.with_name(dead.name + "-journal")
    alive = tmp_path / f".{target.name}.{os.getppid()}-00c0ffee.part"  # our parent lives
    other = tmp_path / f".autre.atelier.{_dead_pid()}-0badcafe.part"  # another target's
    for path in (dead, dead_journal, alive, other):
        path.write_bytes(b"x")
    removed = remove_leftovers(target)
    assert sorted(removed) == sorted([dead, dead_journal])
    assert alive.exists() and other.exists()
    # A live process id that has held a temporary for over an hour: left over all the same.
    assert remove_leftovers(target, now_s=time.time() + STALE_AFTER_S + 1) == [alive]


def test_write_atomically_follows_the_umask_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "synthèse.pdf"
    previous = os.umask(0o022)
    try:
        write_atomically(target, b"%PDF-1.4")
    finally:
        os.umask(previous)
    assert target.read_bytes() == b"%PDF-1.4"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert _leftovers(tmp_path) == []
    assert temporary_for(target).name.startswith(f".{target.name}.{os.getpid()}-")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_an_import_killed_mid_way_leaves_nothing_after_the_next(tmp_path: Path) -> None:
    workshop = demo_workshop()
    changes, first_board = board.add_board(workshop, "Idées")
    workshop.apply(changes)
    changes, _ = board.capture(workshop, first_board, (f"Idée n° {n}" for n in range(20_000)))
    workshop.apply(changes)
    source = tmp_path / "grand.json"
    source.write_text(dumps(workshop), encoding="utf-8")
    target = tmp_path / "sortie" / "grand.atelier"
    target.parent.mkdir()
    command = [sys.executable, "-m", "facilitator", "import", str(source), str(target)]
    killed_mid_way = False
    for _attempt in range(5):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while child.poll() is None and time.monotonic() < deadline:
            if _leftovers(target.parent):
                os.kill(child.pid, signal.SIGKILL)
                break
            time.sleep(0.002)
        child.wait()
        if child.returncode == -signal.SIGKILL and not target.exists():
            killed_mid_way = True
            break
        target.unlink(missing_ok=True)
    assert killed_mid_way, "the import always finished before it could be killed"
    assert _leftovers(target.parent), "the kill left nothing to clean: the test proves nothing"
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _leftovers(target.parent) == []
    inspection, _ = check_file(target)
    assert not inspection.problems
