"""The synthesis's figures, drawn with reportlab's own graphics (vectors, never an image
of a screen): a ranking as horizontal bars, and the 2x2 matrix. Readable in black and
white: ties are a lighter bar with a dark outline; the matrix's quadrants are greys."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from facilitator.domain.records import MatrixPlacement, VoteOption
from facilitator.domain.voting import Result
from facilitator.export.pdf_text import BODY, BOLD

BAR = HexColor("#000091")
TIED = HexColor("#b9b9f5")
INK = HexColor("#161616")
MUTED = HexColor("#555555")
QUADRANT_TINTS = (
    HexColor("#e3e3fd"),
    HexColor("#f4f4f4"),
    HexColor("#ececec"),
    HexColor("#fafafa"),
)
ROW = 15.0
MOST = 12


def _fitted(text: str, width: float, size: float, font: str = BODY) -> str:
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def ranking_chart(results: Sequence[Result], width: float) -> Drawing:
    """The first results as bars, the score at the end of each; ties outlined."""
    shown = list(results[:MOST])
    height = ROW * max(len(shown), 1) + 4
    drawing = Drawing(width, height)
    label_width = width * 0.42
    best = max((abs(r.score) for r in shown), default=1.0) or 1.0
    room = width - label_width - 40
    for index, result in enumerate(shown):
        y = height - (index + 1) * ROW
        rank = f"{result.rank}{'=' if result.tied else ''}"
        label = _fitted(f"{rank}  {result.option.label}", label_width - 6, 7.5)
        drawing.add(String(0, y + 4, label, fontName=BODY, fontSize=7.5, fillColor=INK))
        bar = max(room * abs(result.score) / best, 1.0)
        fill: Color = TIED if result.tied else BAR
        drawing.add(
            Rect(label_width, y + 2, bar, ROW - 5, fillColor=fill, strokeColor=BAR, strokeWidth=0.6)
        )
        drawing.add(
            String(
                label_width + bar + 4,
                y + 4,
                f"{result.score:g}",
                fontName=BOLD,
                fontSize=7.5,
                fillColor=INK,
            )
        )
    return drawing


def matrix_figure(
    options: Sequence[VoteOption],
    placements: Mapping[str, MatrixPlacement],
    *,
    axes: tuple[str, str],
    words: tuple[str, str],
    size: float,
) -> Drawing:
    """The square with its quadrants, each placed idea as a dot and its short label."""
    x_label, y_label = axes
    low, high = words
    margin = 28.0
    side = size - margin - 8
    drawing = Drawing(size, size)
    left, bottom = margin, margin
    half = side / 2
    for index, (dx, dy) in enumerate(((0, 1), (1, 1), (0, 0), (1, 0))):
        drawing.add(
            Rect(
                left + dx * half,
                bottom + dy * half,
                half,
                half,
                fillColor=QUADRANT_TINTS[index],
                strokeColor=None,
            )
        )
    drawing.add(Rect(left, bottom, side, side, fillColor=None, strokeColor=INK, strokeWidth=1))
    drawing.add(
        Line(
            left + half,
            bottom,
            left + half,
            bottom + side,
            strokeColor=MUTED,
            strokeDashArray=[3, 3],
        )
    )
    drawing.add(
        Line(
            left,
            bottom + half,
            left + side,
            bottom + half,
            strokeColor=MUTED,
            strokeDashArray=[3, 3],
        )
    )
    drawing.add(
        String(
            left + half,
            8,
            f"{x_label} →",
            fontName=BOLD,
            fontSize=9,
            textAnchor="middle",
            fillColor=INK,
        )
    )
    axis = String(
        0, 0, f"{y_label} →", fontName=BOLD, fontSize=9, textAnchor="middle", fillColor=INK
    )
    # A rotated label: a group turned a quarter, set beside the square.
    turned = Group(axis)
    turned.transform = (0, 1, -1, 0, 14, bottom + half)
    drawing.add(turned)
    for text, x, anchor in ((low, left, "start"), (high, left + side, "end")):
        drawing.add(
            String(x, 18, text, fontName=BODY, fontSize=6.5, textAnchor=anchor, fillColor=MUTED)
        )
    label_room = side * 0.42
    for option in options:
        placed = placements.get(option.id)
        if placed is None:
            continue
        x = left + placed.x * side
        y = bottom + placed.y * side
        drawing.add(Rect(x - 2.5, y - 2.5, 5, 5, fillColor=BAR, strokeColor=white, strokeWidth=0.5))
        anchor = "end" if placed.x > 0.6 else "start"
        shift = -5 if anchor == "end" else 5
        drawing.add(
            String(
                x + shift,
                y - 2.5,
                _fitted(option.label, label_room, 6.5),
                fontName=BODY,
                fontSize=6.5,
                textAnchor=anchor,
                fillColor=INK,
            )
        )
    return drawing
