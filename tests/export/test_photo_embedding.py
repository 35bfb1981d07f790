"""Photos in the PDFs (issue 22: the synthesis of a 1,000-idea workshop with 50 photos
at most 1.3 times bare reportlab). reportlab names each image it embeds by a digest of
its decoded pixels, so it decoded every JPEG whole only to name it, though it embeds
the JPEG's bytes as they are: half the time of that synthesis. A JPEG is now named by
its bytes (cards_pdf.PhotoReader): checked here by counting decodes, not by timing, and
by reading the PDF back: every photo there, the same photo embedded once, a PNG as
before."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image
from PIL.JpegImagePlugin import JpegImageFile
from pypdf import PdfReader

from facilitator.domain import board, cards
from facilitator.domain.factory import new_workshop
from facilitator.domain.workshop import Workshop
from facilitator.export.cards_pdf import cards_pdf
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.library_access import demo_photos


@pytest.fixture
def jpeg_decodes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """One entry per JPEG decoded by Pillow (the real decoder runs; the spy counts)."""
    counted: list[int] = []
    original = JpegImageFile.load

    def counting(image: JpegImageFile) -> Any:
        counted.append(1)
        return original(image)

    monkeypatch.setattr(JpegImageFile, "load", counting)
    yield counted


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def _with_photos() -> Workshop:
    """Two cards: the same JPEG on both and a PNG on the second; three walls' JPEGs."""
    workshop = new_workshop("Atelier")
    jpegs = list(demo_photos().values())
    data, width, height = jpegs[0]
    for name in ("Prototype 1", "Prototype 2"):
        changes, card_id = cards.create_card(workshop, name)
        workshop.apply(changes)
        workshop.apply(cards.add_photo(workshop, card_id, data=data, width=width, height=height)[0])
    workshop.apply(cards.add_photo(workshop, card_id, data=_png(), width=120, height=90)[0])
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, ["Une idée"])[0])  # a wall to show
    for data, width, height in jpegs[1:]:
        changes, _ = board.add_photo(workshop, board_id, data=data, width=width, height=height)
        workshop.apply(changes)
    return workshop


def _images(data: bytes) -> list[set[int]]:
    """Page by page, the image objects the page draws (their object numbers)."""
    pages: list[set[int]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        resources: Any = page["/Resources"]
        xobjects = resources.get_object().get("/XObject")
        found = xobjects.get_object().values() if xobjects is not None else []
        pages.append({r.idnum for r in found if r.get_object()["/Subtype"] == "/Image"})
    return pages


def test_a_jpeg_is_embedded_without_being_decoded(jpeg_decodes: list[int]) -> None:
    workshop = _with_photos()
    jpeg_decodes.clear()
    cards_pdf(workshop)
    synthesis_pdf(workshop)
    assert jpeg_decodes == []  # reportlab decoded each photo once per document before


def test_every_photo_is_printed_and_the_same_photo_is_embedded_once() -> None:
    workshop = _with_photos()
    first, second = _images(cards_pdf(workshop))  # a card a page
    assert len(first) == 1 and len(second) == 2  # the second card has the PNG too
    assert first < second  # the same JPEG on both: one image object
    every = set().union(*_images(synthesis_pdf(workshop)))
    assert len(every) == 5  # the wall's three photos, the cards' JPEG and PNG
