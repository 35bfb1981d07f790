"""Photos in the PDFs: judged by pixels before reportlab sees them, printed at the
pixels their place on the page needs, refused by name when too large or unreadable;
and the synthesis of a colleague's file of huge photos, its peak memory measured."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from facilitator.domain import board, cards, edits
from facilitator.domain.demo import demo_workshop
from facilitator.domain.images import MAX_STORED_SIDE, ImageError
from facilitator.domain.workshop import Workshop
from facilitator.export.cards_pdf import cards_pdf
from facilitator.export.pictures import print_size, printable
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.library_access import demo_photos
from facilitator.storage.workshop_file import WorkshopFile
from tests.export.test_agenda_exports import _pdf_text
from tests.image_files import blank_jpeg, blank_png, run_measured

A_PAGE_WIDE = (481.0, 368.0)  # points: a photo across an A4 page (170 x 130 mm)


def _opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_photo_as_imported_goes_through_as_it_is() -> None:
    data, width, height = demo_photos()["carte-interprete.jpg"]
    assert printable(data, *A_PAGE_WIDE) == (data, width, height)
    small = blank_png(MAX_STORED_SIDE, 1000)
    assert printable(small, *A_PAGE_WIDE) == (small, MAX_STORED_SIDE, 1000)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (blank_png(8000, 6000), "JPEG"),  # 256 MB decoded at full size: within the limit
        (blank_jpeg(16320, 12240), "JPEG"),  # a 200-megapixel phone photo, reduced by libjpeg
        (blank_jpeg(6000, 4000, kind="progressive"), "JPEG"),
        (blank_png(4000, 3000, colour=6), "PNG"),  # transparent: stays PNG
        (blank_png(5000, 5000, colour=3, depth=1), "JPEG"),  # a scanned page, one bit
        (blank_png(4000, 4000, colour=0, depth=16), "JPEG"),  # a 16-bit scan
    ],
)
def test_a_larger_photo_is_printed_at_the_pixels_its_place_needs(data: bytes, kind: str) -> None:
    printed, width, height = printable(data, *A_PAGE_WIDE)
    box = print_size(*A_PAGE_WIDE)
    assert box == (2005, 1534)  # 300 dpi
    assert width <= box[0] and height <= box[1] and (width == box[0] or height == box[1])
    image = _opened(printed)
    assert image.format == kind and image.size == (width, height)
    assert len(printed) < 1_000_000


def test_too_large_and_unreadable_are_told_apart() -> None:
    with pytest.raises(ImageError) as refused:
        printable(blank_png(12000, 12000), *A_PAGE_WIDE)
    assert refused.value.too_large
    damaged = bytearray(blank_png(1200, 900))
    del damaged[60:]  # its pixels cut short: reportlab would stop the whole PDF on it
    for data in (bytes(damaged), b"<svg><image href='file:///etc/passwd'/></svg>", b"abime"):
        with pytest.raises(ImageError) as refused:
            printable(data, *A_PAGE_WIDE)
        assert not refused.value.too_large


def _card_with_photos(photos: list[bytes]) -> Workshop:
    workshop = demo_workshop()
    changes, card_id = cards.create_card(workshop, "Maquette")
    workshop.apply(changes)
    for n, data in enumerate(photos):
        workshop.apply(
            cards.add_photo(workshop, card_id, data=data, width=1, height=1, caption=f"P{n}")[0]
        )
    return workshop


def test_the_cards_pdf_names_the_photos_it_cannot_print() -> None:
    workshop = _card_with_photos([blank_png(12000, 12000), blank_png(8000, 8000), b"abime"])
    pdf = cards_pdf(workshop)
    text = _pdf_text(pdf)
    assert "Photo trop grande pour être imprimée (12000 × 12000 pixels) : « P0 »" in text
    assert "Photo illisible : « P2 »" in text
    images = [i for page in PdfReader(io.BytesIO(pdf)).pages for i in page.images]
    assert len(images) == 1  # the 8,000 x 8,000 one, reduced
    assert max(images[0].image.size) <= MAX_STORED_SIDE  # type: ignore[union-attr]


def test_a_logo_too_large_is_said_on_the_cover() -> None:
    workshop = demo_workshop()
    workshop.apply(edits.set_logo(workshop, data=blank_png(20000, 20000, 0), width=1, height=1))
    text = _pdf_text(synthesis_pdf(workshop, ["cover"]))
    assert "Photo trop grande pour être imprimée (20000 × 20000 pixels)" in text


SYNTHESIS = """
import json, sys
from pathlib import Path
from pypdf import PdfReader
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.storage.workshop_file import WorkshopFile
import io
file, workshop = WorkshopFile.open(Path(sys.argv[1]), read_only=True)
file.close()
opened = peak()
pdf = synthesis_pdf(workshop)
done = peak()  # the export's, before pypdf reads the result back
try:
    sizes = [list(i.image.size) for p in PdfReader(io.BytesIO(pdf)).pages for i in p.images]
except Exception as error:  # pypdf's own limit on what it inflates
    sizes = [type(error).__name__]
print(json.dumps({"opened": opened, "peak": done, "images": sizes, "bytes": len(pdf)}))
"""
SYNTHESIS_PEAK = 400_000_000
"""The synthesis of a file of huge photos: one photo decoded at a time (at most
`MAX_DECODE_BYTES`, 256 MB) over the 55 MB the export starts from. Measured: four
12,000 x 12,000 PNGs, 72 MB (4,538 MB before: reportlab decoded and embedded them
whole); four of 8,000 x 8,000 to 8,000 x 5,000, 329 MB (1,648 MB before)."""


def _colleagues_file(folder: Path, photos: list[bytes], name: str) -> Path:
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Murs")
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, ["Une idée"])[0])
    for n, data in enumerate(photos):
        workshop.apply(
            board.add_photo(workshop, board_id, data=data, width=1, height=1, caption=f"M{n}")[0]
        )
    path = folder / name
    WorkshopFile.create(path, workshop).close()
    return path


def test_the_synthesis_of_four_huge_photos_stays_within_its_memory(tmp_path: Path) -> None:
    huge = _colleagues_file(tmp_path, [blank_png(12000, 12000)] * 4, "douze-mille.atelier")
    # A small file (the demo, with its own photos, is most of it): each 12,000 x 12,000
    # PNG compresses about a thousand to one.
    assert huge.stat().st_size < 2_500_000
    measured = run_measured(SYNTHESIS, str(huge))
    assert measured["peak"] < SYNTHESIS_PEAK, measured["peak"]
    assert measured["images"] == []  # too large to print: said in their place
    # Four different photos (reportlab would embed four identical ones once).
    photos = [blank_png(8000, 8000 - 1000 * n) for n in range(4)]
    large = _colleagues_file(tmp_path, photos, "huit-mille.atelier")
    measured = run_measured(SYNTHESIS, str(large))
    assert measured["peak"] < SYNTHESIS_PEAK, measured["peak"]
    assert len(measured["images"]) == 4  # printed, each at the pixels its place needs
    assert all(max(size) <= MAX_STORED_SIDE for size in measured["images"])
