"""Run every benchmark and write docs/PERFORMANCE.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path

from tests.bench import board, room, run_mode, startup, synthesis

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    rows = []
    for benchmark in (startup, run_mode, board, room, synthesis):
        rows += benchmark.run()
    lines = [
        "# Performance",
        "",
        f"Measured {dt.date.today().isoformat()} with `python -m tests.bench`, on "
        f"{platform.machine()} ({os.cpu_count()} cores), Python {platform.python_version()}, "
        "Qt offscreen. Each figure beside its floor, measured in the same run.",
        "",
        "| what | Facilitator | floor | ratio |",
        "|---|---|---|---|",
        *[f"| {what} | {ours} | {floor} | {ratio} |" for what, ours, floor, ratio in rows],
        "",
    ]
    (ROOT / "docs" / "PERFORMANCE.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
