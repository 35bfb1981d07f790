"""The lab's workshops (issue 21): listing a folder of 500 workshops (tests/lab_folder.py)
with `storage.lab_index`, cold (no cache: every file copied, checked as `facilitator
check` does, and summarised) and warm (the cache of the first listing: a later start),
in this process and in a new one (imports and the cache's JSON included).

Floors, measured in the same run: reading every byte of the 500 files (what any reading
of them costs) for the cold listing; walking the folder with os.scandir and a stat of
each file (what any listing costs) for the warm one.

python -m tests.bench.lab   prints the rows
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from facilitator.storage.lab_index import LabIndex
from tests.lab_folder import make_lab_folder

Row = tuple[str, str, str, str]
WORKSHOPS = 500
REPEATS = 5
ROOT = Path(__file__).resolve().parents[2]
LATER_START = """
import sys, time
from pathlib import Path
start = time.perf_counter()
from facilitator.storage.lab_index import LabIndex
scan = LabIndex(Path(sys.argv[2])).scan([Path(sys.argv[1])])
assert scan.read == 0 and len(scan.entries) == int(sys.argv[3]), (scan.read, len(scan.entries))
print(time.perf_counter() - start)
"""


def _median_s(work: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _walk_and_stat(folder: Path) -> int:
    found = 0
    pending = [folder]
    while pending:
        with os.scandir(pending.pop()) as listing:
            for entry in listing:
                if entry.is_dir():
                    pending.append(Path(entry.path))
                elif entry.name.endswith(".atelier"):
                    entry.stat()
                    found += 1
    return found


def _read_all(files: list[Path]) -> int:
    return sum(len(path.read_bytes()) for path in files)


def _later_start_s(folder: Path, cache: Path) -> float:
    times = []
    for _ in range(3):
        result = subprocess.run(
            [sys.executable, "-c", LATER_START, str(folder), str(cache), str(WORKSHOPS)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        times.append(float(result.stdout.strip()))
    return statistics.median(times)


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-lab-") as folder_name:
        folder = Path(folder_name) / "lab"
        files = make_lab_folder(folder, WORKSHOPS, seed=21)
        megabytes = sum(p.stat().st_size for p in files) / 1e6
        cache = Path(folder_name) / "lab-index.json"
        start = time.perf_counter()
        scan = LabIndex(cache).scan([folder])
        cold = time.perf_counter() - start
        assert scan.read == WORKSHOPS and all(e.status == "ok" for e in scan.entries)
        time.sleep(2.1)  # past MTIME_SLACK_NS for the newest file: its reading is trusted
        cache.unlink()
        LabIndex(cache).scan([folder])  # the cache a later start finds
        read_floor = _median_s(lambda: _read_all(files), 3)
        warm = _median_s(lambda: LabIndex(cache).scan([folder]))
        assert LabIndex(cache).scan([folder]).read == 0
        walk_floor = _median_s(lambda: _walk_and_stat(folder))
        later = _later_start_s(folder, cache)
        kilobytes = cache.stat().st_size / 1000
    return [
        (
            f"Lab's workshops, {WORKSHOPS} listed cold (no cache: {megabytes:.0f} MB copied, "
            "checked, summarised)",
            f"{cold:.1f} s",
            f"{read_floor:.2f} s (read every byte)",
            f"{cold / read_floor:.0f}",
        ),
        (
            f"Lab's workshops, {WORKSHOPS} listed warm (cache of {kilobytes:.0f} kB)",
            f"{warm * 1000:.0f} ms",
            f"{walk_floor * 1000:.1f} ms (scandir + stat)",
            f"{warm / walk_floor:.0f}",
        ),
        (
            f"Lab's workshops, {WORKSHOPS} listed warm in a new process (imports included)",
            f"{later * 1000:.0f} ms",
            f"{walk_floor * 1000:.1f} ms (scandir + stat)",
            f"{later / walk_floor:.0f}",
        ),
    ]


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
