"""Render the room's paper (issue 18) into docs/screenshots/, from the demo workshop.

    python docs/screenshots/room_paper_shots.py

- attendance-fr.png: the first page of the attendance sheet (two days: A4 on its
  side, four half-days).
- badges-fr.png: the first sheet of name badges on Avery L4785 labels, the
  facilitators' included. The labels' edges are drawn on the picture only, in light
  grey, to show where the sheet's labels are: the PDF prints no outline.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image, ImageDraw

from facilitator.export.attendance_pdf import attendance_pdf
from facilitator.export.badges_pdf import badges_pdf
from facilitator.export.label_sheets import LABEL_SHEETS
from facilitator.library_access import full_demo

OUT = Path(__file__).resolve().parent
RESOLUTION = 80  # dots per inch, as the other PDF pictures


def _render(pdf: Path, target: Path) -> Path:
    """The PDF's first page as `target`.png."""
    options = ["-png", "-r", str(RESOLUTION), "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run(["pdftoppm", *options, str(pdf), str(target)], check=True)
    return target.with_suffix(".png")


def _outline_labels(picture: Path, key: str) -> None:
    sheet = LABEL_SHEETS[key]
    scale = RESOLUTION / 25.4  # pixels a millimetre
    with Image.open(picture) as image:
        drawn = image.convert("RGB")
    pen = ImageDraw.Draw(drawn)
    for index in range(sheet.per_sheet):
        left, top, right, bottom = (round(v * scale) for v in sheet.label_box(index))
        radius = round(sheet.corner * scale)
        pen.rounded_rectangle((left, top, right, bottom), radius, outline=(200, 200, 200))
    drawn.save(picture)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is missing: nothing rendered")
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="facilitator-paper-"))
    workshop = full_demo()
    attendance = scratch / "emargement.pdf"
    attendance.write_bytes(attendance_pdf(workshop))
    _render(attendance, OUT / "attendance-fr")
    badges = scratch / "badges.pdf"
    badges.write_bytes(badges_pdf(workshop, "l4785", with_facilitators=True))
    _outline_labels(_render(badges, OUT / "badges-fr"), "l4785")
    print(f"attendance-fr.png and badges-fr.png written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
