"""`python -m tests.bench`: its options, and that asking for help measures nothing (issue 17)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench.__main__ import FULL_RUN, GROUPS, PERFORMANCE, parser

ROOT = Path(__file__).resolve().parents[1]


def test_help_runs_nothing_and_leaves_performance_md_alone() -> None:
    before = PERFORMANCE.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: python -m tests.bench")
    assert "--only GROUP" in result.stdout
    assert PERFORMANCE.read_bytes() == before


def test_only_takes_a_known_group() -> None:
    assert parser().parse_args(["--only", "room"]).only == "room"
    assert set(FULL_RUN) <= set(GROUPS) and "images" in GROUPS
    with pytest.raises(SystemExit) as stop:
        parser().parse_args(["--only", "everything"])
    assert stop.value.code == 2
