"""Render the lab's activity report (issue 21) into docs/screenshots/, from a folder of
500 generated workshops (tests/lab_folder.py, seed 21).

    python docs/screenshots/report_shots.py

- report-fr.png: the first page of `facilitator report LAB --from 2025-01-01 --to
  2025-12-31 --title "Lab’@rchipel — bilan 2025"`: the key figures, the workshops per
  month, the prototypes by status and the next steps.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.export.report import build_report, report_bytes
from tests.lab_folder import make_lab_folder

OUT = Path(__file__).resolve().parent
RESOLUTION = 80  # dots per inch, as the other PDF pictures
TODAY = "2026-01-15"  # the day of the steering committee: next steps overdue on it


def main() -> int:
    """Write report-fr.png; 1 when pdftoppm (poppler-utils) is missing."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is missing: the report was not rendered")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        lab = Path(folder) / "lab"
        make_lab_folder(lab, 500, seed=21)
        report, _read = build_report([lab], "2025-01-01", "2025-12-31", today=TODAY)
        pdf = Path(folder) / "rapport.pdf"
        pdf.write_bytes(report_bytes(report, "pdf", "fr", title="Lab’@rchipel — bilan 2025"))
        target = OUT / "report-fr"
        options = ["-png", "-r", str(RESOLUTION), "-f", "1", "-l", "1", "-singlefile"]
        subprocess.run(["pdftoppm", *options, str(pdf), str(target)], check=True)
    print(f"wrote {target.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
