"""Memory taken to decode an image, per kind: what `facilitator.domain.images` counts.

For each kind of PNG and JPEG, a blank image of 2,500 x 2,500 and one of 4,000 x 4,000
pixels (tests/image_files.py) are decoded, each in its own process, by Qt (`shown_image`,
for the board: `BOARD_SIDE` pixels) and by Pillow (`printable`, for a photo across a
page); the slope of the peak memory between the two sizes is the memory a pixel costs,
set beside the figure the limits count. `python -m tests.bench.images` prints the table.
"""

from __future__ import annotations

import json
import sys

from facilitator.domain import images
from tests.image_files import blank_jpeg, blank_png, run_measured

SIZES = (2500, 4000)
KINDS: tuple[tuple[str, tuple[int | str, ...]], ...] = (
    *(("png", (colour, depth)) for colour, depth in sorted(images.PNG_BYTES_PER_PIXEL)),
    ("jpeg", (3, "baseline")),
    ("jpeg", (1, "baseline")),
    ("jpeg", (3, "multiscan")),
    ("jpeg", (3, "progressive")),
    ("jpeg", (1, "progressive")),
)

CHILD = """
import json, sys
from tests.image_files import blank_jpeg, blank_png
which, kind, size, spec = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
data = (blank_png if kind == "png" else blank_jpeg)(size, size, *spec)
if which == "qt":
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from facilitator.ui.board.photos import BOARD_SIDE, shown_image
    app = QGuiApplication([])
    shown_image(blank_png(50, 50), QSize(16, 16))  # Qt's plugins loaded before measuring
    reset_peak()
    before = peak()
    shown_image(data, QSize(BOARD_SIDE, BOARD_SIDE))
else:
    from facilitator.export.pictures import printable
    printable(blank_png(3000, 50), 100, 100)
    reset_peak()
    before = peak()
    printable(data, 481, 368)  # a photo across an A4 page
print(json.dumps({"taken": peak() - before}))
"""


def _data(kind: str, size: int, spec: tuple[int | str, ...]) -> bytes:
    if kind == "png":
        colour, depth = spec
        return blank_png(size, size, int(colour), int(depth))
    components, shape = spec
    return blank_jpeg(size, size, int(components), str(shape))


def run() -> list[tuple[str, str, str, str]]:
    rows = []
    small, large = SIZES
    for kind, spec in KINDS:
        slopes = []
        for which in ("qt", "pillow"):
            low, high = (
                run_measured(CHILD, which, kind, str(n), json.dumps(spec))["taken"] for n in SIZES
            )
            slopes.append((high - low) / (large * large - small * small))
        counted = images.image_info(_data(kind, large, spec)).full_decode_bytes / large**2
        label = f"{kind} {'/'.join(str(s) for s in spec)}"
        rows.append((label, f"{slopes[0]:.2f}", f"{slopes[1]:.2f}", f"{counted:.2f}"))
    return rows


def main() -> int:
    print("| image | Qt, bytes a pixel | Pillow, bytes a pixel | counted |")
    print("|---|---|---|---|")
    for row in run():
        print("| " + " | ".join(row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
