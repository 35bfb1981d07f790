"""`facilitator --smoke-test` as a layout check, at the screen pairs our users have.

The real app, in its own process, walks the demo, a workshop from each bundled template
and the long workshop through every part, run mode and every view of the projector on the
second screen, and fails on anything cut, squeezed, covered or larger than its screen
(facilitator/ui/layout_check.py). Qt's offscreen platform simulates the laptop and the
projector (GUIDE.md section 4).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# (laptop, projector, scale): a small laptop with an old projector, a smaller one with the
# smallest projector, a full-HD laptop with a 4K projector at scale 2.
SCREEN_PAIRS = {
    "1366x768 + 1024x768": ((1366, 768), (1024, 768), 1),
    "1280x720 + 800x600": ((1280, 720), (800, 600), 1),
    "1920x1080 + 3840x2160 at scale 2": ((1920, 1080), (3840, 2160), 2),
}


def screens_file(
    folder: Path, laptop: tuple[int, int], projector: tuple[int, int], dpr: int
) -> Path:
    """A configuration for Qt's offscreen platform: the laptop, then the projector. Sizes
    are given in device pixels; Qt's configuration takes the logical size and the scale."""
    screens = []
    x = 0
    for name, (width, height), ratio in (("laptop", laptop, 1), ("projector", projector, dpr)):
        screens.append(
            {
                "name": name,
                "x": x,
                "y": 0,
                "width": width // ratio,
                "height": height // ratio,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": ratio,
            }
        )
        x += width // ratio
    path = folder / "screens.json"
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return path


@pytest.mark.parametrize("pair", list(SCREEN_PAIRS))
def test_smoke_test_walks_every_workshop_without_a_layout_problem(
    pair: str, tmp_path: Path
) -> None:
    laptop, projector, dpr = SCREEN_PAIRS[pair]
    config = screens_file(tmp_path, laptop, projector, dpr)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=600,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "FACILITATOR_HOME": str(tmp_path / "home"),
        },
    )
    said = [line for line in result.stderr.splitlines() if line.startswith("smoke-test:")]
    assert result.returncode == 0, "\n".join(said[-60:]) or result.stderr[-3000:]
    walked = [line for line in said if line.startswith("smoke-test: walked ")]
    assert len(walked) >= 8, said  # the demo, six templates, the long workshop
    assert any("long.atelier" in line for line in walked)
    assert f"laptop {laptop[0]}x{laptop[1]}" in said[0]
