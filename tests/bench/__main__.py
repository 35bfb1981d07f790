"""Run the benchmarks: all of them, writing docs/PERFORMANCE.md, or one group.

python -m tests.bench                  every group of FULL_RUN; rewrites docs/PERFORMANCE.md
python -m tests.bench --only GROUP     one group (see GROUPS), printed; writes nothing
python -m tests.bench --help           this usage; runs nothing
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.bench import (
    board,
    groups,
    growth,
    images,
    lab,
    paper,
    room,
    room_photos,
    run_mode,
    startup,
    synthesis,
)

ROOT = Path(__file__).resolve().parents[2]
PERFORMANCE = ROOT / "docs" / "PERFORMANCE.md"
# Written by hand: which targets of issue 22 the figures meet, and what bounds the others,
# appended to docs/PERFORMANCE.md at each full run so that it is never lost.
TARGETS = ROOT / "docs" / "performance-targets.md"

Rows = list[tuple[str, str, str, str]]
GROUPS: dict[str, Callable[[], Rows]] = {
    "startup": startup.run,
    "run_mode": run_mode.run,
    "board": board.run,
    "room": room.run,
    "room_photos": room_photos.run,
    "synthesis": synthesis.run,
    "growth": growth.run,
    "paper": paper.run,
    "groups": groups.run,
    "lab": lab.run,
    "images": images.run,
}
# The groups of docs/PERFORMANCE.md; `images` has its own columns (bytes a pixel) and is
# run alone (`--only images`, or `python -m tests.bench.images`).
FULL_RUN = (
    "startup",
    "run_mode",
    "board",
    "room",
    "room_photos",
    "synthesis",
    "growth",
    "paper",
    "groups",
    "lab",
)
HEADERS = {"images": "| image | Qt, bytes a pixel | Pillow, bytes a pixel | counted |"}
HEADER = "| what | Facilitator | floor | ratio |"


def _table(header: str, rows: Rows) -> list[str]:
    return [header, "|---|---|---|---|", *["| " + " | ".join(row) + " |" for row in rows]]


def parser() -> argparse.ArgumentParser:
    """The benchmark's options: `--only GROUP` (one of GROUPS)."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench",
        description="Measure Facilitator beside its floors. Without options: every group, "
        "and docs/PERFORMANCE.md rewritten with the figures.",
    )
    parser.add_argument(
        "--only",
        choices=tuple(GROUPS),
        metavar="GROUP",
        help="run one group and print its rows, without rewriting docs/PERFORMANCE.md; "
        "GROUP is one of: " + ", ".join(GROUPS),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks asked for by `argv` (sys.argv's by default); returns 0."""
    args = parser().parse_args(argv)
    if args.only is not None:
        rows = GROUPS[args.only]()
        print("\n".join(_table(HEADERS.get(args.only, HEADER), rows)))
        return 0
    rows = [row for group in FULL_RUN for row in GROUPS[group]()]
    lines = [
        "# Performance",
        "",
        f"Measured {dt.date.today().isoformat()} with `python -m tests.bench`, on "
        f"{platform.machine()} ({os.cpu_count()} cores), Python {platform.python_version()}, "
        "Qt offscreen. Each figure beside its floor, measured in the same run.",
        "",
        *_table(HEADER, rows),
        "",
    ]
    if TARGETS.exists():
        lines += [TARGETS.read_text(encoding="utf-8").rstrip("\n"), ""]
    PERFORMANCE.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
