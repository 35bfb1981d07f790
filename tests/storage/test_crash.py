"""SIGKILL during edits: no acknowledged edit is ever lost, and the file stays sound.

A child process edits a real file through the real write path and reports each
edit once acknowledged; the parent kills it with SIGKILL at a random moment,
then reopens the file (recovering the journal, as the app would) and checks
that the file holds the last acknowledged state, or the one being written when
the kill came, and that `quick_check` passes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from facilitator.domain.demo import demo_workshop
from facilitator.storage.workshop_file import WorkshopFile
from tests.storage.crash_child import digest

ROOT = Path(__file__).parents[2]
KILLS = 200
LONG_KILLS = 1000


def _kill_once(path: Path, rng: random.Random) -> tuple[int, str | None]:
    """Run one child, kill it mid-edits; return (acks seen, problem or None)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", str(path), str(rng.randrange(2**32))],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    acked: str | None = None
    pending: str | None = None
    acks = 0
    first_ack = threading.Event()
    deadline_after_first = rng.uniform(0.0, 0.08)

    def reader() -> None:
        nonlocal acked, pending, acks
        assert child.stdout is not None
        for line in child.stdout:
            kind, value = line.split()
            if kind == "pending":
                pending = value
            else:
                acked, pending, acks = value, None, acks + 1
                first_ack.set()

    thread = threading.Thread(target=reader)
    thread.start()
    first_ack.wait(timeout=20)
    time.sleep(deadline_after_first)  # a random moment in the child's edits, not a clock test
    child.send_signal(signal.SIGKILL)
    child.wait()
    thread.join()
    child.stdout.close()
    if acks == 0:
        return 0, "the child acknowledged no edit"
    file, workshop = WorkshopFile.open(path)  # recovers a hot journal, as the app would
    file.close()
    found = digest(workshop)
    if found not in (acked, pending):
        return acks, f"file holds {found}, last acknowledged {acked}, in flight {pending}"
    connection = sqlite3.connect(path)
    try:
        (check,) = connection.execute("PRAGMA quick_check").fetchone()
    finally:
        connection.close()
    if check != "ok":
        return acks, f"quick_check: {check}"
    return acks, None


def _run_kills(path: Path, count: int, seed: int) -> tuple[int, list[str]]:
    rng = random.Random(seed)
    problems: list[str] = []
    total_acks = 0
    for _ in range(count):
        acks, problem = _kill_once(path, rng)
        total_acks += acks
        if problem:
            problems.append(problem)
    return total_acks, problems


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_never_loses_an_acknowledged_edit(tmp_path: Path, long_run: bool) -> None:
    kills = LONG_KILLS if long_run else KILLS
    files = [tmp_path / f"crash-{n}.atelier" for n in range(2)]
    for path in files:
        WorkshopFile.create(path, demo_workshop()).close()
    with ThreadPoolExecutor(max_workers=2) as pool:  # two cores: two files killed in parallel
        results = list(
            pool.map(
                lambda args: _run_kills(*args), [(p, kills // 2, n) for n, p in enumerate(files)]
            )
        )
    problems = [p for _, found in results for p in found]
    acks = sum(a for a, _ in results)
    print(f"{kills} kills, {acks} acknowledged edits, {len(problems)} problems")
    assert not problems, problems[:5]
    assert acks >= kills
