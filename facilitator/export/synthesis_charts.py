"""The synthesis's figures, drawn with reportlab's own graphics (vectors, never an image
of a screen): a score as a horizontal bar (set in the ranking's table, beside the idea
it measures), and the 2x2 matrix. Readable in black and white: ties are a lighter bar
with a dark outline; the matrix's quadrants are greys.

The matrix shows each idea as a numbered marker, its text in a legend beside or below:
labels printed in the square ran into each other and across the axes as soon as two
ideas stood close (issue 15). Markers never overlap one another and never leave the
quadrant their idea is in (see `marker_spots`)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect
from reportlab.lib.colors import Color, HexColor, white

from facilitator.domain.records import MatrixPlacement
from facilitator.domain.scoring import quadrant
from facilitator.domain.voting import Result
from facilitator.export.pdf_text import BODY, BOLD, fitted, line_shapes, wrapped

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
BAR_HEIGHT = 7.0  # points: a score's bar, one line of a table's text high

MATRIX_MOST = 99  # numbered markers at most: two digits fit in a marker; the rest are dots
MARKER_RADIUS = 7.0  # points, at most; smaller when a quadrant must hold many markers
MARKER_GAP = 1.0  # points between two markers, at least
MOVED = 0.5  # of a marker's radius: drawn further than this from its idea's spot, a
# marker is tied to the spot by a thin line (a small dot marks the spot itself)
AXIS_SIZE = 8.5  # points: the axes' names, on at most AXIS_LINES lines each
AXIS_LINES = 2
WORD_SIZE = 6.5  # points: "low" and "high" under the horizontal axis
# Room around the square, in points: two rotated lines of the vertical axis's name on
# the left; "low/high" and two lines of the horizontal axis's name below.
MATRIX_LEFT = 4 + AXIS_LINES * AXIS_SIZE * 1.25 + 2
MATRIX_BOTTOM = 10 + AXIS_LINES * AXIS_SIZE * 1.25 + 6
MATRIX_PAD = 4.0


def score_bar(result: Result, best: float, width: float) -> Drawing:
    """One result's score as a bar `width` points long at most (the best score's),
    BAR_HEIGHT high; ties are a lighter bar with a dark outline. A score of 0 is a
    hairline, so that the row still shows a bar's start."""
    drawing = Drawing(width, BAR_HEIGHT + 2, initialFontName=BODY)  # not Helvetica
    length = max(width * abs(result.score) / best, 1.0) if best else 1.0
    fill: Color = TIED if result.tied else BAR
    drawing.add(
        Rect(0, 1, min(length, width), BAR_HEIGHT, fillColor=fill, strokeColor=BAR, strokeWidth=0.6)
    )
    return drawing


def count_bar(count: int, largest: int, width: float) -> Drawing:
    """A poll's count as a horizontal bar (a histogram's bar, set in the poll's table
    beside its option): `width` points long for the `largest` count, BAR_HEIGHT high;
    a count of 0 is a hairline, so that every option shows where its bar starts."""
    drawing = Drawing(width, BAR_HEIGHT + 2, initialFontName=BODY)  # not Helvetica
    length = max(width * count / largest, 1.0) if largest else 1.0
    drawing.add(
        Rect(0, 1, min(length, width), BAR_HEIGHT, fillColor=BAR, strokeColor=BAR, strokeWidth=0.6)
    )
    return drawing


@dataclass(frozen=True)
class Marker:
    """One idea in the matrix: its number in the legend (0: none, drawn as a dot), its
    option's id and label, and where it stands (0..1 on each axis, as placed)."""

    number: int
    option_id: str
    label: str
    x: float
    y: float


def _marker_radius(counts: Sequence[int], half: float) -> float:
    """The largest radius (MARKER_RADIUS at most) at which a quadrant `half` points wide
    holds, on a grid, as many markers as its most crowded count."""
    most = max(counts, default=1) or 1
    per_side = max(math.floor(half / (2 * MARKER_RADIUS + MARKER_GAP)), 1)
    if per_side * per_side >= most:
        return MARKER_RADIUS
    per_side = math.ceil(math.sqrt(most))
    return (half / per_side - MARKER_GAP) / 2


def marker_spots(
    points: Sequence[tuple[float, float]], side: float
) -> tuple[float, list[tuple[float, float]]]:
    """Where to draw each point's marker in a square `side` points wide: (radius, centres
    in points from the square's lower left corner), in the order of `points` (0..1 each,
    as placed; 0.5 counts as high, as in `scoring.quadrant`).

    Guarantees: no two markers overlap (their centres are at least two radii and
    MARKER_GAP apart), and each marker lies wholly inside its point's quadrant, so it
    never crosses an axis. A marker stays on its point when there is room; else it
    takes the nearest free place of a grid laid over the quadrant. When the points
    given first took places that leave the grid short, the quadrant is laid out again
    on the grid alone, which holds every marker: the radius is chosen for that."""
    half = side / 2
    by_quadrant: dict[str, list[int]] = {}
    for index, (x, y) in enumerate(points):
        by_quadrant.setdefault(quadrant(x, y), []).append(index)
    radius = _marker_radius([len(v) for v in by_quadrant.values()], half)
    pitch = 2 * radius + MARKER_GAP
    spots: list[tuple[float, float]] = [(0.0, 0.0)] * len(points)
    for name, members in by_quadrant.items():
        low_x = half if name.endswith("right") else 0.0
        low_y = half if name.startswith("top") else 0.0
        per_side = max(math.floor(half / pitch + 1e-9), 1)
        offset = (half - per_side * pitch) / 2 + pitch / 2
        cells = [
            (low_x + offset + i * pitch, low_y + offset + j * pitch)
            for i in range(per_side)
            for j in range(per_side)
        ]
        inner = radius + MARKER_GAP / 2  # a marker's centre stays this far from the edges
        wanted = {
            i: (
                min(max(points[i][0] * side, low_x + inner), low_x + half - inner),
                min(max(points[i][1] * side, low_y + inner), low_y + half - inner),
            )
            for i in members
        }
        placed = _place(members, wanted, cells, pitch, exact_first=True)
        if placed is None:
            placed = _place(members, wanted, cells, pitch, exact_first=False)
        assert placed is not None  # the grid holds every marker: see _marker_radius
        for index, spot in placed.items():
            spots[index] = spot
    return radius, spots


def _place(
    members: Sequence[int],
    wanted: Mapping[int, tuple[float, float]],
    cells: Sequence[tuple[float, float]],
    pitch: float,
    *,
    exact_first: bool,
) -> dict[int, tuple[float, float]] | None:
    """Each member at its wanted spot (when `exact_first` and free) or the nearest free
    cell; None when some member finds no place."""
    placed: dict[int, tuple[float, float]] = {}

    def free(spot: tuple[float, float]) -> bool:
        return all(math.dist(spot, other) >= pitch - 1e-6 for other in placed.values())

    for index in members:
        target = wanted[index]
        candidates = sorted(cells, key=lambda cell: math.dist(cell, target))
        if exact_first:
            candidates.insert(0, target)
        spot = next((c for c in candidates if free(c)), None)
        if spot is None:
            return None
        placed[index] = spot
    return placed


def _axis_lines(text: str, width: float) -> list[str]:
    """An axis's name on at most AXIS_LINES lines of `width` points; a longer name ends
    with an ellipsis (it is given whole in the table's quadrant column)."""
    lines = wrapped(text, width, AXIS_SIZE, BOLD) or [""]
    if len(lines) > AXIS_LINES:
        lines = [*lines[: AXIS_LINES - 1], " ".join(lines[AXIS_LINES - 1 :])]
    # The last line cut with an ellipsis; so is a single word wider than the square.
    return [fitted(line, width, AXIS_SIZE, BOLD) for line in lines]


def matrix_markers(
    options: Sequence[tuple[str, str]], placements: Mapping[str, MatrixPlacement]
) -> list[Marker]:
    """The placed options, numbered from 1 in the order given ((option id, label) pairs:
    the ranking's order, so that the legend reads like the table). The first
    MATRIX_MOST get a number; the others are returned with number 0 (drawn as a dot)."""
    markers: list[Marker] = []
    for option_id, label in options:
        placed = placements.get(option_id)
        if placed is None:
            continue
        number = len(markers) + 1 if len(markers) < MATRIX_MOST else 0
        markers.append(Marker(number, option_id, label, placed.x, placed.y))
    return markers


def matrix_figure(
    markers: Sequence[Marker],
    *,
    axes: tuple[str, str],
    words: tuple[str, str],
    size: float,
) -> Drawing:
    """The square with its quadrants, each numbered idea as a marker (see `marker_spots`),
    a thin line to its exact spot when the marker had to move; ideas beyond MATRIX_MOST
    as small dots. `size` is the drawing's width and height, in points."""
    x_label, y_label = axes
    low, high = words
    side = size - MATRIX_LEFT - MATRIX_PAD
    drawing = Drawing(size, MATRIX_BOTTOM + side + MATRIX_PAD, initialFontName=BODY)
    left, bottom = MATRIX_LEFT, MATRIX_BOTTOM
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
    for x0, y0, x1, y1 in (
        (left + half, bottom, left + half, bottom + side),
        (left, bottom + half, left + side, bottom + half),
    ):
        drawing.add(Line(x0, y0, x1, y1, strokeColor=MUTED, strokeDashArray=[3, 3]))
    leading = AXIS_SIZE * 1.25
    for n, line in enumerate(_axis_lines(f"{x_label} →", side)):
        drawing.add(
            line_shapes(
                left + half,
                bottom - 20 - n * leading,
                line,
                BOLD,
                AXIS_SIZE,
                anchor="middle",
                fill=INK,
            )
        )
    lines = _axis_lines(f"{y_label} →", side)
    for n, line in enumerate(lines):
        # A rotated line: a group turned a quarter; the last line sits nearest the square.
        turned = Group(line_shapes(0, 0, line, BOLD, AXIS_SIZE, anchor="middle", fill=INK))
        across = left - 4 - AXIS_SIZE * 0.25 - (len(lines) - 1 - n) * leading
        turned.transform = (0, 1, -1, 0, across, bottom + half)
        drawing.add(turned)
    for text, x, anchor in ((low, left, "start"), (high, left + side, "end")):
        drawing.add(line_shapes(x, bottom - 9, text, BODY, WORD_SIZE, anchor=anchor, fill=MUTED))
    numbered = [m for m in markers if m.number]
    for extra in (m for m in markers if not m.number):
        x, y = left + extra.x * side, bottom + extra.y * side
        drawing.add(Circle(x, y, 1.6, fillColor=MUTED, strokeColor=None))
    radius, spots = marker_spots([(m.x, m.y) for m in numbered], side)
    font = min(8.0, radius * 1.15)
    shapes: list[Group] = []
    for marker, (in_x, in_y) in zip(numbered, spots, strict=True):
        x, y = left + marker.x * side, bottom + marker.y * side
        cx, cy = left + in_x, bottom + in_y
        if math.dist((x, y), (cx, cy)) > radius * MOVED:
            drawing.add(Line(x, y, cx, cy, strokeColor=MUTED, strokeWidth=0.5))
            drawing.add(Circle(x, y, 1.3, fillColor=INK, strokeColor=None))
        shape = Group(
            Circle(cx, cy, radius, fillColor=BAR, strokeColor=white, strokeWidth=0.6),
            line_shapes(
                cx, cy - font * 0.36, str(marker.number), BOLD, font, anchor="middle", fill=white
            ),
        )
        shapes.append(shape)
    for shape in shapes:  # above every line, so that no line crosses a number
        drawing.add(shape)
    return drawing
