"""The synthesis's charts as PNG pictures, for the DOCX (a Word document has no place for
the PDF's vector drawings): a vote's ranking and a poll's histogram as horizontal bars
with their labels, and the 2x2 matrix (`synthesis_charts.matrix_figure`, the PDF's own
drawing). Each picture goes into the document with a text alternative that says what
it shows, and the same figures as a table below it.

The drawings are reportlab `Drawing`s (the labels set by `pdf_text.line_shapes`: every
script joined and ordered, each character in a font that has it) rasterised here with
Pillow, since reportlab's own rasteriser needs a Cairo binding we do not ship. Only
what these drawings use is drawn: rectangles, circles, lines (dashed or not) and
strings, in groups that may be moved and turned by quarter turns. They are drawn at
`SUPERSAMPLE` times their size and reduced, which smooths their edges.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color

from facilitator.export.pdf_fonts import FILES
from facilitator.export.pdf_text import BODY, BOLD, fitted, line_shapes, line_width
from facilitator.export.synthesis_charts import BAR, INK, MUTED, TIED
from facilitator.paths import resources_dir

CHART_DPI = 200  # pixels an inch of the PNG as placed on the page: sharp on paper
SUPERSAMPLE = 2  # drawn this many times larger, then reduced
ROW = 15.0  # points: one bar's row
BAR_HEIGHT = 9.0  # points
TEXT_SIZE = 8.0  # points: labels and values
RANK_WIDTH = 22.0  # points: the rank's column
LABEL_SHARE = 0.42  # of the width: the label's column (a longer label ends with "…")
VALUE_ROOM = 70.0  # points right of the longest bar: its value
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class BarRow:
    """One bar: its rank ("2=", or "" for a poll), its label, its value, the text shown
    after the bar ("12", "11 · 46 %"), and whether it is tied (a lighter bar)."""

    rank: str
    label: str
    value: float
    shown: str
    tied: bool = False


def bars(rows: Sequence[BarRow], width: float) -> Drawing:
    """Horizontal bars, one row each in the order given, `width` points wide: rank,
    label, bar (the largest value's is the longest), value."""
    height = len(rows) * ROW + 4
    drawing = Drawing(width, height, initialFontName=BODY)
    has_rank = any(r.rank for r in rows)
    label_x = RANK_WIDTH if has_rank else 0.0
    label_width = width * LABEL_SHARE
    start = label_x + label_width + 6
    longest = max(width - start - VALUE_ROOM, 10.0)
    largest = max((abs(r.value) for r in rows), default=0.0)
    drawing.add(Line(start, 0, start, height, strokeColor=MUTED, strokeWidth=0.6))
    for index, row in enumerate(rows):
        top = height - 2 - index * ROW
        middle = top - ROW / 2
        baseline = middle - TEXT_SIZE * 0.35
        if row.rank:
            drawing.add(line_shapes(0, baseline, row.rank, BOLD, TEXT_SIZE, fill=INK))
        label = fitted(row.label, label_width, TEXT_SIZE)
        drawing.add(line_shapes(label_x, baseline, label, BODY, TEXT_SIZE, fill=INK))
        length = max(longest * abs(row.value) / largest, 1.0) if largest else 1.0
        drawing.add(
            Rect(
                start,
                middle - BAR_HEIGHT / 2,
                length,
                BAR_HEIGHT,
                fillColor=TIED if row.tied else BAR,
                strokeColor=BAR,
                strokeWidth=0.6,
            )
        )
        drawing.add(line_shapes(start + length + 4, baseline, row.shown, BODY, TEXT_SIZE, fill=INK))
    return drawing


def png(drawing: Drawing, dpi: int = CHART_DPI) -> bytes:
    """`drawing` as PNG bytes, `dpi` pixels an inch of its size in points."""
    scale = dpi / 72 * SUPERSAMPLE
    size = (max(1, math.ceil(drawing.width * scale)), max(1, math.ceil(drawing.height * scale)))
    image = Image.new("RGB", size, "white")
    painter = _Painter(image, scale, drawing.height)
    painter.group(drawing, _IDENTITY)
    final = image.reduce(SUPERSAMPLE)  # each pixel the mean of its block: smooth edges
    buffer = io.BytesIO()
    final.save(buffer, "PNG", compress_level=1)  # flat colours: small at any level
    return buffer.getvalue()


def _times(outer: Matrix, inner: Matrix) -> Matrix:
    """The transform that applies `inner`, then `outer` (PDF matrices a b c d e f)."""
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def _rgb(colour: Color | None) -> tuple[int, int, int] | None:
    if colour is None:
        return None
    red, green, blue = colour.rgb()
    return round(red * 255), round(green * 255), round(blue * 255)


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    """One of the PDF's fonts at `pixels`; its strings come already shaped and in
    drawing order (`line_shapes`), so Pillow's basic layout draws them as they are."""
    path = resources_dir() / "fonts" / FILES.get(name, FILES[BODY])
    return ImageFont.truetype(str(path), pixels, layout_engine=ImageFont.Layout.BASIC)


class _Painter:
    def __init__(self, image: Image.Image, scale: float, height: float) -> None:
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.scale = scale
        self.height = height

    def at(self, matrix: Matrix, x: float, y: float) -> tuple[float, float]:
        """A point of the drawing, in pixels of the image (y downwards)."""
        a, b, c, d, e, f = matrix
        return (a * x + c * y + e) * self.scale, (self.height - (b * x + d * y + f)) * self.scale

    def group(self, group: Group, matrix: Matrix) -> None:
        a, b, c, d, e, f = (float(v) for v in group.transform)
        inner = _times(matrix, (a, b, c, d, e, f))
        for shape in group.contents:
            if isinstance(shape, Group):
                self.group(shape, inner)
            elif isinstance(shape, Rect):
                self.rect(shape, inner)
            elif isinstance(shape, Circle):
                self.circle(shape, inner)
            elif isinstance(shape, Line):
                self.line(shape, inner)
            elif isinstance(shape, String):
                self.string(shape, inner)

    def _width(self, shape: Rect | Circle | Line) -> int:
        return max(1, round((shape.strokeWidth or 0) * self.scale))

    def rect(self, shape: Rect, matrix: Matrix) -> None:
        corners = [
            self.at(matrix, shape.x + dx * shape.width, shape.y + dy * shape.height)
            for dx, dy in ((0, 0), (1, 0), (1, 1), (0, 1))
        ]
        outline = _rgb(shape.strokeColor) if shape.strokeWidth else None
        self.draw.polygon(corners, fill=_rgb(shape.fillColor), outline=outline, width=1)
        if outline is not None and self._width(shape) > 1:
            self.draw.line([*corners, corners[0]], fill=outline, width=self._width(shape))

    def circle(self, shape: Circle, matrix: Matrix) -> None:
        x, y = self.at(matrix, shape.cx, shape.cy)
        a, b, c, d, _, _ = matrix
        radius = shape.r * math.sqrt(abs(a * d - b * c)) * self.scale
        box = (x - radius, y - radius, x + radius, y + radius)
        outline = _rgb(shape.strokeColor) if shape.strokeWidth else None
        self.draw.ellipse(
            box, fill=_rgb(shape.fillColor), outline=outline, width=self._width(shape)
        )

    def line(self, shape: Line, matrix: Matrix) -> None:
        start = self.at(matrix, shape.x1, shape.y1)
        end = self.at(matrix, shape.x2, shape.y2)
        colour = _rgb(shape.strokeColor)
        if colour is None:
            return
        dashes = shape.strokeDashArray
        if not dashes:
            self.draw.line([start, end], fill=colour, width=self._width(shape))
            return
        on, off = (float(v) * self.scale for v in (dashes[0], dashes[-1]))
        length = math.dist(start, end)
        step_x, step_y = (
            ((end[0] - start[0]) / length, (end[1] - start[1]) / length) if length else (0, 0)
        )
        done = 0.0
        while done < length:
            stop = min(done + on, length)
            self.draw.line(
                [
                    (start[0] + step_x * done, start[1] + step_y * done),
                    (start[0] + step_x * stop, start[1] + step_y * stop),
                ],
                fill=colour,
                width=self._width(shape),
            )
            done = stop + off

    def string(self, shape: String, matrix: Matrix) -> None:
        if not shape.text:
            return
        font = _font(shape.fontName, max(1, round(shape.fontSize * self.scale)))
        width = font.getlength(shape.text) / self.scale
        x = shape.x - {"middle": width / 2, "end": width}.get(shape.textAnchor, 0.0)
        colour = _rgb(shape.fillColor) or (0, 0, 0)
        a, b = matrix[0], matrix[1]
        turns = round(math.degrees(math.atan2(b, a)) / 90) % 4
        target = self.at(matrix, x, shape.y)
        if turns == 0:
            self.draw.text(target, shape.text, font=font, fill=colour, anchor="ls")
            return
        # Turned by quarter turns: drawn apart, turned, and set with its origin on target.
        left, top, right, bottom = (round(v) for v in font.getbbox(shape.text, anchor="ls"))
        pad = 2
        piece = Image.new("L", (right - left + 2 * pad, bottom - top + 2 * pad), 0)
        origin = (pad - left, pad - top)
        ImageDraw.Draw(piece).text(origin, shape.text, font=font, fill=255, anchor="ls")
        turned = piece.rotate(90 * turns, expand=True)
        w, h = piece.size
        ox, oy = origin
        spot = {1: (oy, w - ox), 2: (w - ox, h - oy), 3: (h - oy, ox)}[turns]
        corner = (round(target[0] - spot[0]), round(target[1] - spot[1]))
        self.image.paste(Image.new("RGB", turned.size, colour), corner, turned)


def bars_height(rows: int) -> float:
    """The height in points of `bars` with `rows` rows."""
    return rows * ROW + 4


def label_width(text: str) -> float:
    """`text`'s width as a chart draws it, in points (the tests' ruler)."""
    return line_width(text, BODY, TEXT_SIZE)
