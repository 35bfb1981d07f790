"""Render the synthesis as a Word document (issue 20) into docs/screenshots/, as a lab
sees it in LibreOffice Writer: the demo workshop with its polls answered
(tests/export/polls_workshop.py) and a lab's logo, exported as DOCX, converted to PDF by
LibreOffice (`soffice --headless --convert-to pdf`, a profile of its own), then to PNG.

    python docs/screenshots/docx_shots.py

- synthesis-docx-fr.png: five pages side by side: the cover (logo, title, question,
  facts, key figures), the ideas by cluster, the photo of the wall, the votes (bars and
  tables), the polls (histograms, the word cloud, the free texts).
- synthesis-docx-en.png: the same pages of the workshop in English.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image, ImageDraw, ImageFont

from facilitator.domain import edits
from facilitator.domain.records import Language
from facilitator.export.synthesis_docx import synthesis_docx
from facilitator.export.synthesis_words import sword
from facilitator.paths import resources_dir
from tests.export.polls_workshop import polls_workshop

OUT = Path(__file__).resolve().parent
RESOLUTION = 60  # dots per inch of each page
GAP = 16  # pixels between two pages
# The pages shown: the cover, then the first page whose text has each heading.
HEADINGS = ("boards", "wall_photos", "votes", "polls")


def lab_logo() -> bytes:
    """A lab's logo as the app stores one (JPEG): a mark and the lab's name."""
    fonts = resources_dir() / "fonts"
    logo = Image.new("RGB", (720, 200), "white")
    draw = ImageDraw.Draw(logo)
    draw.rounded_rectangle((10, 10, 190, 190), radius=28, fill=(0, 0, 145))
    mark = ImageFont.truetype(str(fonts / "DejaVuSans-Bold.ttf"), 96)
    draw.text((100, 104), "L@", font=mark, fill="white", anchor="mm")
    name = ImageFont.truetype(str(fonts / "DejaVuSans-Bold.ttf"), 64)
    draw.text((220, 70), "Lab’@rchipel", font=name, fill=(0, 0, 145), anchor="lm")
    small = ImageFont.truetype(str(fonts / "DejaVuSans.ttf"), 30)
    draw.text((222, 140), "innovation territoriale", font=small, fill=(85, 85, 85), anchor="lm")
    buffer = io.BytesIO()
    logo.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _pdf_of(docx: Path, scratch: Path) -> Path:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(scratch / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(scratch),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return docx.with_suffix(".pdf")


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def _page_with(pages: list[str], heading: str) -> int:
    """The first page (from 1) with a line that is `heading` (no-break spaces as spaces)."""
    wanted = heading.replace("\u00a0", " ")
    for number, page in enumerate(pages, start=1):
        lines = (line.replace("\u00a0", " ").strip() for line in page.splitlines())
        if wanted in lines:
            return number
    raise LookupError(heading)


def shots(language: Language, scratch: Path) -> Path:
    workshop = polls_workshop(language, hostile=False)
    workshop.apply(edits.set_logo(workshop, data=lab_logo(), width=720, height=200))
    docx = scratch / f"synthese-{language}.docx"
    docx.write_bytes(synthesis_docx(workshop))
    pdf = _pdf_of(docx, scratch)
    pages = _page_texts(pdf)
    numbers = [1, *(_page_with(pages, sword(language, key)) for key in HEADINGS)]
    images: list[Image.Image] = []
    for number in numbers:
        stem = scratch / f"{language}-{number}"
        options = ["-png", "-r", str(RESOLUTION), "-f", str(number), "-l", str(number)]
        subprocess.run(["pdftoppm", *options, "-singlefile", str(pdf), str(stem)], check=True)
        images.append(Image.open(stem.with_suffix(".png")).convert("RGB"))
    width = sum(i.width for i in images) + GAP * (len(images) + 1)
    height = max(i.height for i in images) + 2 * GAP
    sheet = Image.new("RGB", (width, height), (200, 200, 200))
    left = GAP
    for image in images:
        sheet.paste(image, (left, GAP))
        left += image.width + GAP
    out = OUT / f"synthesis-docx-{language}.png"
    sheet.save(out, optimize=True)
    print(f"{out.name}: pages {', '.join(map(str, numbers))} of {len(pages) - 1}")
    return out


def main() -> int:
    missing = [tool for tool in ("soffice", "pdftoppm", "pdftotext") if shutil.which(tool) is None]
    if missing:
        print(f"missing: {', '.join(missing)} (LibreOffice, poppler-utils): nothing rendered")
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="facilitator-docx-"))
    try:
        for language in ("fr", "en"):
            shots(language, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
