"""Render the synthesis's polls (issue 19) into docs/screenshots/, from the demo workshop
with its polls answered (tests/export/polls_workshop.py: the météo, a ROTI of 60 phones
and 6 papers, the closing round's word cloud, free texts).

    python docs/screenshots/polls_shots.py

- synthesis-polls-fr.png: the page of the synthesis PDF where « Les sondages » starts:
  each poll's question, its activity and answers (phones and paper), the histograms
  with counts and shares, the ROTI's mean and median, the word cloud, the free texts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator.export.synthesis_pdf import synthesis_pdf
from tests.export.polls_workshop import polls_workshop

OUT = Path(__file__).resolve().parent
RESOLUTION = 80  # dots per inch, as the other PDF pictures
HEADING = "Les sondages"


def _pages(pdf: Path) -> int:
    done = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def _page_with(pdf: Path, heading: str) -> int:
    """The first page (from 1) whose text has a line that is `heading`."""
    for page in range(1, _pages(pdf) + 1):
        done = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        if heading in (line.strip() for line in done.stdout.splitlines()):
            return page
    raise LookupError(heading)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is missing: nothing rendered")
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="facilitator-polls-"))
    pdf = scratch / "synthese.pdf"
    pdf.write_bytes(synthesis_pdf(polls_workshop("fr", hostile=False)))
    page = _page_with(pdf, HEADING)
    options = ["-png", "-r", str(RESOLUTION), "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(["pdftoppm", *options, str(pdf), str(OUT / "synthesis-polls-fr")], check=True)
    print(f"synthesis-polls-fr.png (page {page} of the synthesis) in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
