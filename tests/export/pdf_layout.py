"""Reading a PDF's layout back (pdfplumber gives each glyph's box): glyphs drawn over
other glyphs, text outside the page's frame, pages left nearly empty.

Every PDF the app makes uses the furniture of `facilitator.export.pdf_pages`: A4, the
running header above the frame, the footer below it. These checks read the frame's
edges from there."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

import pdfplumber

from facilitator.export.pdf_pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH

OVERLAP_SHARE = 0.2  # of the smaller glyph box: more than this, two glyphs collide
EDGE_TOLERANCE = 0.5  # points: rounding of glyph boxes at the frame's edges
# The frame, in pdfplumber's top-down coordinates (see build_pdf): the header sits
# above FRAME_TOP, the footer below FRAME_BOTTOM.
FRAME_TOP = MARGIN + 4 * 72 / 25.4
FRAME_BOTTOM = PAGE_HEIGHT - MARGIN
FRAME_HEIGHT = FRAME_BOTTOM - FRAME_TOP
PAPER_EDGE = 20.0  # points: no glyph nearer the paper's top or bottom (printers cut it)
_BUCKET = 24.0  # points: the side of the grid cells glyphs are sorted into
# A glyph's box, above and below its baseline, in ems: the body font's (DejaVu Sans), for
# every font. pdfminer places a box by the font's declared descent: Noto Sans Arabic's,
# 0.74 em, put its boxes mostly under the line and onto the next line's letters.
ABOVE_BASELINE = 0.7598
BELOW_BASELINE = 0.2402


@dataclass(frozen=True)
class Glyph:
    page: int  # from 1
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def area(self) -> float:
        return max(self.x1 - self.x0, 0.0) * max(self.bottom - self.top, 0.0)

    def shared(self, other: Glyph) -> float:
        """The area both boxes cover, in square points."""
        width = min(self.x1, other.x1) - max(self.x0, other.x0)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return max(width, 0.0) * max(height, 0.0)

    def __str__(self) -> str:
        return f"page {self.page}: {self.text!r} at ({self.x0:.1f}, {self.top:.1f})"


@dataclass(frozen=True)
class Layout:
    """What the checks read of a document: its glyphs and how far down each page's
    content reaches (see `page_fills`)."""

    glyphs: list[list[Glyph]]
    fills: list[float]


@cache
def read(data: bytes) -> Layout:
    """The document's layout, parsed once (pdfplumber takes a second or two for a
    25-page document; every check of the same bytes shares the parse)."""
    pages: list[list[Glyph]] = []
    fills: list[float] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            chars = [_boxed(c, page.height) for c in page.chars]
            pages.append(
                [
                    Glyph(number, c["text"], c["x0"], c["x1"], c["top"], c["bottom"])
                    for c in chars
                    if c["text"].strip()
                ]
            )
            lowest = FRAME_TOP
            for thing in [*chars, *page.images, *page.rects, *page.lines, *page.curves]:
                if thing.get("text", "x").strip() == "":
                    continue
                if FRAME_TOP - 2 <= thing["bottom"] <= FRAME_BOTTOM + 2:
                    lowest = max(lowest, thing["bottom"])
            fills.append((lowest - FRAME_TOP) / FRAME_HEIGHT)
    return Layout(pages, fills)


def _boxed(char: dict[str, Any], page_height: float) -> dict[str, Any]:
    """The character with its box's top and bottom measured from its baseline (turned
    text, as a chart's vertical axis, keeps pdfplumber's box)."""
    if not char["upright"]:
        return char
    baseline = page_height - char["matrix"][5]
    size = char["size"]
    top, bottom = baseline - ABOVE_BASELINE * size, baseline + BELOW_BASELINE * size
    return {**char, "top": top, "bottom": bottom}


def glyphs(data: bytes) -> list[list[Glyph]]:
    """Every visible glyph (whitespace left out), page by page."""
    return read(data).glyphs


def collisions(page: list[Glyph]) -> list[tuple[Glyph, Glyph]]:
    """Pairs of glyphs whose boxes share more than OVERLAP_SHARE of the smaller box.
    Glyphs are sorted into a grid first: a page of 6,000 glyphs is checked in
    milliseconds, not the 18 million pairs of a plain double loop."""
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, glyph in enumerate(page):
        for column in range(int(glyph.x0 // _BUCKET), int(glyph.x1 // _BUCKET) + 1):
            for row in range(int(glyph.top // _BUCKET), int(glyph.bottom // _BUCKET) + 1):
                grid[column, row].append(index)
    found: set[tuple[int, int]] = set()
    for members in grid.values():
        for n, first in enumerate(members):
            for second in members[n + 1 :]:
                a, b = page[first], page[second]
                smaller = min(a.area, b.area)
                if smaller and a.shared(b) > OVERLAP_SHARE * smaller:
                    found.add((min(first, second), max(first, second)))
    return [(page[a], page[b]) for a, b in sorted(found)]


def overlapping_glyphs(data: bytes) -> list[str]:
    """Every collision of the document, as readable lines (empty when there is none)."""
    return [f"{a} over {b.text!r}" for page in glyphs(data) for a, b in collisions(page)]


def outside_frame(data: bytes) -> list[str]:
    """Glyphs outside the page's frame, left or right, or in the margins above the
    header or below the footer (a cell or a chart's label running off its place)."""
    left, right = MARGIN - EDGE_TOLERANCE, PAGE_WIDTH - MARGIN + EDGE_TOLERANCE
    found = []
    for page in glyphs(data):
        for glyph in page:
            if (
                glyph.x0 < left
                or glyph.x1 > right
                or glyph.top < PAPER_EDGE
                or glyph.bottom > PAGE_HEIGHT - PAPER_EDGE
            ):
                found.append(str(glyph))
    return found


def page_fills(data: bytes) -> list[float]:
    """How far down each page its content reaches, as a share of the frame's height
    (0: nothing below the header; 1: down to the footer). Text, images, table rules
    and chart shapes count; the running header and footer do not."""
    return read(data).fills
