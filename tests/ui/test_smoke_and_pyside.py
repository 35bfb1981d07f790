"""The real app, in its own process: the smoke test, and the PySide6 regression."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=ENV, timeout=120
    )


def test_smoke_test_passes_on_the_demo() -> None:
    result = _run("-m", "facilitator", "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "smoke-test: ok" in result.stderr
    assert "Traceback" not in result.stderr


def test_smoke_test_on_a_file_leaves_it_unchanged(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    result = _run("-m", "facilitator", "--smoke-test", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert demo_file.read_bytes() == before


def test_smoke_test_fails_clearly_on_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.atelier"
    bad.write_text("pas un atelier", encoding="utf-8")
    result = _run("-m", "facilitator", "--smoke-test", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


NONE_RETURNING_CALLS = """
import sys
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QLabel
app = QApplication([])
label = QLabel()
item = QGraphicsRectItem(0, 0, 10, 10)
for n in range(10_000):
    label.setText(str(n))
    item.setPos(n, n)
print("done")
"""


def test_twenty_thousand_calls_returning_none_do_not_abort_python() -> None:
    """PySide6 6.12.0 aborted Python 3.11 after ~5,200 such calls (none_dealloc)."""
    result = _run("-c", NONE_RETURNING_CALLS)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
