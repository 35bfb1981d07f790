"""How long LibreOffice takes to make the accessible PDF (export.office_pdf), the figure
behind its timeout (DEFAULT_TIMEOUT_S): a one-page document, and 1,000 ideas under 50
headings with 50 distinct 1,600 x 1,200 photos (noise, which JPEG cannot shrink: some
47 MB of DOCX), each made with python-docx. Each conversion starts a LibreOffice with a
fresh profile, as the export does. `python -m tests.bench.office_pdf` prints the rows;
it needs soffice (it says so and stops without it)."""

from __future__ import annotations

import io
import random
import sys
import time

import docx
from docx.shared import Mm
from PIL import Image

from facilitator.export.office_pdf import DEFAULT_TIMEOUT_S, find_soffice, pdf_from_docx

IDEAS = 1000
PHOTOS = 50


def _document(ideas: int, photos: int) -> bytes:
    words = ("vélo", "bus", "covoiturage", "mairie", "école", "marché", "navette", "gare")
    chance = random.Random(7)
    document = docx.Document()
    document.add_heading("Synthèse de l’atelier", 1)
    groups = max(photos, 1)
    for group in range(groups):
        document.add_heading(f"Regroupement {group + 1}", 2)
        for number in range(ideas // groups):
            text = " ".join(chance.choice(words) for _ in range(15))
            document.add_paragraph(f"Idée {number + 1} : {text}", style="List Bullet")
        if group < photos:
            picture = io.BytesIO()
            Image.effect_noise((1600, 1200), 30 + group).convert("RGB").save(picture, "JPEG")
            picture.seek(0)
            document.add_picture(picture, width=Mm(150))
            document.inline_shapes[-1]._inline.docPr.set("descr", f"Photo du mur {group + 1}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def run() -> list[tuple[str, str, str, str]]:
    """Rows: (what, seconds taken, the timeout, timeout / taken)."""
    rows = []
    for what, ideas, photos in (
        ("accessible PDF of a one-page document", 3, 0),
        (f"accessible PDF of {IDEAS:,} ideas and {PHOTOS} photos", IDEAS, PHOTOS),
    ):
        data = _document(ideas, photos)
        start = time.perf_counter()
        pdf_from_docx(data)
        taken = time.perf_counter() - start
        rows.append(
            (
                f"{what} ({len(data) / 1000:,.0f} kB of DOCX)",
                f"{taken:.1f} s",
                f"{DEFAULT_TIMEOUT_S:g} s",
                f"{DEFAULT_TIMEOUT_S / taken:.0f}×",
            )
        )
    return rows


if __name__ == "__main__":
    if find_soffice() is None:
        sys.exit("LibreOffice (soffice) is not installed: nothing to measure")
    print("| what | LibreOffice took | timeout | margin |")
    print("|---|---|---|---|")
    for row in run():
        print("| " + " | ".join(row) + " |")
