"""`facilitator --smoke-test` in a process of its own, offscreen, in a plain C.UTF-8 locale,
with the environment changes a test needs (a fontconfig without fonts, a PySide6 without
its multimedia plugins...)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_smoke_test(**environment: str) -> subprocess.CompletedProcess[str]:
    """The finished `python -m facilitator --smoke-test` (stdout and stderr as text), run
    from the repository with `environment` over this process's own; at most 120 s."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **environment}
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
