"""Disk full and write errors in the middle of a transaction (tests/storage/fault_child.py
injects them through the kernel): nothing acknowledged is lost, the user is told, and
a crash while writes fail leaves the last written state, sound.

"Acknowledged" is the app's promise: an edit is either on disk when `edit` returns,
or kept in memory, queued, with the user told; freeing space and retrying writes it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.storage.inspection import check_file, has_hot_journal
from facilitator.storage.workshop_file import WorkshopFile
from tests.storage.crash_child import digest

ROOT = Path(__file__).parents[2]
CHILDREN, LONG_CHILDREN = 6, 100  # each child plays SCENARIOS scenarios, the last one killed
SCENARIOS, LONG_SCENARIOS = 5, 10
EDITS = 30


@dataclass
class Tally:
    scenarios: int = 0
    with_faults: int = 0
    failed_writes: int = 0
    kills: int = 0


def _run_child(
    folder: Path, seed: int, scenarios: int, edits: int = EDITS
) -> list[dict[str, object]]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.storage.fault_child",
            str(folder),
            str(seed),
            str(scenarios),
            str(edits),
            "--kill",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=600,
    )
    assert done.returncode == -9, done.stderr[-2000:]  # killed by itself, after its reports
    return [json.loads(line) for line in done.stdout.splitlines()]


def _problems(report: dict[str, object], tally: Tally) -> list[str]:
    path = Path(str(report["path"]))
    states = report["states"]
    pending = report["pending"]
    told = report["told"]
    assert isinstance(states, list) and isinstance(pending, int) and isinstance(told, list)
    tally.scenarios += 1
    tally.failed_writes += len(told)
    problems: list[str] = []
    if pending:
        tally.with_faults += 1
        if not told or not all(path.name in str(sentence) for sentence in told):
            problems.append(f"{path.name}: {pending} edits waiting, the user was not told")
    file, workshop = WorkshopFile.open(path)  # the full check: recovery, quick_check, schema
    file.close()
    found = digest(workshop)
    if "final" not in report:  # killed while writes were failing
        tally.kills += 1
        if found != states[-1 - pending]:
            problems.append(f"{path.name}: after the kill the file is not the last written state")
        return problems
    if not report["retry"] or report["pending_after_retry"] != 0:
        problems.append(f"{path.name}: the retry after freeing space did not write everything")
    if found != report["final"] or found != states[-1]:
        problems.append(f"{path.name}: the file differs from what the facilitator sees")
    return problems


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_write_faults_lose_nothing_and_are_told(tmp_path: Path, long_run: bool) -> None:
    children = LONG_CHILDREN if long_run else CHILDREN
    scenarios = LONG_SCENARIOS if long_run else SCENARIOS
    with ThreadPoolExecutor(max_workers=2) as pool:
        reports = [
            report
            for batch in pool.map(
                lambda seed: _run_child(tmp_path, seed, scenarios), range(children)
            )
            for report in batch
        ]
    tally = Tally()
    problems = [p for report in reports for p in _problems(report, tally)]
    print(
        f"{tally.scenarios} scenarios, {tally.with_faults} with edits waiting for the disk, "
        f"{tally.failed_writes} failed writes told, {tally.kills} killed while failing, "
        f"{len(problems)} problems"
    )
    assert not problems, problems[:5]
    assert tally.scenarios == children * scenarios and tally.kills == children
    assert tally.with_faults >= tally.scenarios // 3  # the faults really happened


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_commit_cut_short_is_checked_on_a_copy_then_rolled_back_on_opening(
    tmp_path: Path,
) -> None:
    """A kill while writes fail can leave the file half extended beside its journal:
    `check` must judge it as it will be once rolled back, without writing it; opening
    rolls it back."""
    hot: Path | None = None
    for seed in range(40):
        (report,) = _run_child(tmp_path, seed, 1, edits=12)
        path = Path(str(report["path"]))
        if has_hot_journal(path):
            hot = path
            break
    assert hot is not None, "no kill left a journal to roll back"
    journal = hot.with_name(hot.name + "-journal")
    before = (hot.read_bytes(), journal.read_bytes())
    inspection, unreadable = check_file(hot)
    assert not unreadable and not inspection.problems and inspection.recovered
    assert (hot.read_bytes(), journal.read_bytes()) == before  # check wrote nothing
    file, workshop = WorkshopFile.open(hot)
    file.close()
    assert not has_hot_journal(hot)
    states, pending = report["states"], report["pending"]
    assert isinstance(states, list) and isinstance(pending, int)
    assert digest(workshop) == states[-1 - pending]  # the last state written
