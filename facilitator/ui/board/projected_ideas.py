"""A board for the back of the room: its title, then each cluster's name as a heading
and its ideas as lines of large type, in columns, white on near-black.

What the projector shows of a board whose notes would be too small to read there
(projected_board.py decides). The text is as large as lets everything fit, never
under the room's floor (`fitted_text.SMALLEST_SHARE` of the screen's height); what
does not fit at the floor goes on further pages ("+ N more ideas" says so) that the
facilitator pages through. Every text is painted as plain text (`QTextLayout`), in its
script's direction; an idea longer than `IDEA_LINES` lines ends with "…" (it is whole
on the board itself, and in a cluster zoomed on the projector).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
)
from PySide6.QtWidgets import QWidget

from facilitator.ui.fitted_text import ELLIPSIS, SMALLEST_PX, laid_out, layout_height
from facilitator.ui.readable import floor_px, screen_height

BACKGROUND = QColor("#101418")
HEADING = QColor("#c3c3fb")
MUTED = QColor("#bbbbbb")
BULLET = "•"

# Sizes, as shares of the screen's height (the widget's: it fills the projector).
LARGEST_SHARE = 0.05  # the ideas' text at most (a short board); the floor is fitted_text's
TITLE_SCALE = 1.25  # the board's title, and a cluster's name, against the ideas' size
CLUSTER_SCALE = 1.1
MARGIN_X, MARGIN_Y = 0.04, 0.035  # of the width, of the height
# An idea takes at most this many lines, a title or a cluster's name two: a page holds
# a dozen ideas or more even when some are paragraphs (the long workshop has ideas of
# 600 characters; a phone may send 10,000).
IDEA_LINES = 3
NAME_LINES = 2
TEXT_CHARS = 600  # of an idea laid out at most: more never fits IDEA_LINES lines
# A column is at least this many average characters wide: narrower, an idea of a few
# words would take a line per word.
LINE_CHARS = 22
MOST_COLUMNS = 6


@dataclass(frozen=True)
class Placed:
    """One text on the screen: what it is ("title", "cluster", "idea", "more"), where
    (its box, in the widget's pixels) and its laid-out lines."""

    kind: str
    box: QRectF
    layout: QTextLayout
    text_px: int


@dataclass
class Page:
    """What one screen shows: the texts placed, the ideas on it and after it, where
    the next page starts (an index in the flow), the size of the ideas' text (px)."""

    text_px: int
    columns: int
    placed: list[Placed] = field(default_factory=list)
    shown: int = 0
    after: int = 0
    next_start: int = 0


def _laid_out(text: str, font: QFont, width: float, lines: int) -> QTextLayout:
    """`text` wrapped to `width` on at most `lines` lines, ending with "…" if cut."""
    layout = _wrap(text, font, width)
    if layout.lineCount() <= lines:
        return layout
    last = layout.lineAt(lines - 1)
    end = last.textStart() + last.textLength()
    while end > 0:
        shortened = text[:end].rstrip() + ELLIPSIS
        layout = _wrap(shortened, font, width)
        if layout.lineCount() <= lines:
            return layout
        end -= max(1, (end // 40))  # the ellipsis went on a line of its own: back a word
    return _wrap(ELLIPSIS, font, width)


def _wrap(text: str, font: QFont, width: float) -> QTextLayout:
    return laid_out(text, font, width, Qt.AlignmentFlag.AlignLeft, spacing=1.0)


def _single_line(text: str) -> str:
    return " ".join(text.split())


def _placed(kind: str, x: float, y: float, width: float, layout: QTextLayout) -> Placed:
    return Placed(
        kind, QRectF(x, y, width, layout_height(layout)), layout, layout.font().pixelSize()
    )


class ProjectedIdeas(QWidget):
    """`set_content` gives the board; the page shown follows the widget's size."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.groups: list[tuple[str, list[str]]] = []
        self.page_number = 0
        self._more_text: Callable[[int], str] = lambda count: f"+ {count}"
        self._empty_text = ""
        # The flow: (group, -1) for a cluster's name, (group, n) for its n-th idea.
        self._flow: list[tuple[int, int]] = []
        self._pages: list[Page] = []  # laid out so far, at the current size
        self._laid_size = QSize()
        self._cache: dict[tuple[str, int, int, int, int], QTextLayout] = {}

    # -- what is shown --------------------------------------------------------------
    def set_content(
        self,
        title: str,
        groups: list[tuple[str, list[str]]],
        more_text: Callable[[int], str],
        empty_text: str,
    ) -> None:
        """`groups`: (cluster's name, its ideas) in the board's order; a name of ""
        shows no heading. `more_text(count)` is the footer saying `count` ideas come on
        the next pages; `empty_text` is shown when there is no idea at all. The page
        shown is kept (the last one, if there are fewer now)."""
        self.title = _single_line(title)
        self.groups = [
            (_single_line(name), [_single_line(t[: 4 * TEXT_CHARS])[:TEXT_CHARS] for t in ideas])
            for name, ideas in groups
        ]
        self._more_text = more_text
        self._empty_text = empty_text
        self._flow = []
        for number, (name, ideas) in enumerate(self.groups):
            if name:
                self._flow.append((number, -1))
            self._flow += [(number, n) for n in range(len(ideas))]
        self._forget()
        self.update()

    def idea_count(self) -> int:
        return sum(len(ideas) for _name, ideas in self.groups)

    def next_page(self) -> None:
        """The following page, or the first after the last one."""
        page = self.page()
        self.page_number = self.page_number + 1 if page.after else 0
        self.update()

    def previous_page(self) -> None:
        if self.page_number > 0:
            self.page_number -= 1
            self.update()

    def first_page(self) -> None:
        self.page_number = 0
        self.update()

    def text_px(self) -> int:
        """The size of the ideas' text on the page shown (px): the smallest text drawn."""
        return self.page().text_px

    # -- laying out -----------------------------------------------------------------
    def _forget(self) -> None:
        self._pages = []
        self._cache = {}
        self._laid_size = QSize()

    def page(self) -> Page:
        """The page shown, laid out at the widget's size (`page_number` is brought back
        to the last page if there are fewer pages)."""
        if self._laid_size != self.size():
            self._pages = []
            self._cache = {}
            self._laid_size = self.size()
        if not self._pages:
            self._pages = [self._first_page()]
        while len(self._pages) <= self.page_number and self._pages[-1].after:
            last = self._pages[-1]
            self._pages.append(self._flowed(last.next_start, last.text_px, last.columns, True))
        self.page_number = min(self.page_number, len(self._pages) - 1)
        return self._pages[self.page_number]

    def _font(self, pixels: int, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, pixels))
        font.setBold(bold)
        return font

    def _columns(self, pixels: int) -> int:
        """As many columns as the width holds at this size, each `LINE_CHARS` wide."""
        width = self.width() * (1 - 2 * MARGIN_X)
        gutter = self._gutter(pixels)
        char = QFontMetricsF(self._font(pixels)).averageCharWidth()
        fits = int((width + gutter) // (LINE_CHARS * char + gutter))
        return max(1, min(MOST_COLUMNS, fits))

    def _gutter(self, pixels: int) -> float:
        return max(float(pixels), self.width() * 0.03)

    def _first_page(self) -> Page:
        """Everything on one page at the largest size that lets it fit; else the
        first of several pages at the floor, with as many columns as fit."""
        floor = floor_px(screen_height(self))
        largest = max(floor, round(self.height() * LARGEST_SHARE))
        low, high = floor, largest
        best: Page | None = None
        while low <= high:  # the largest size at which one page holds every idea
            middle = (low + high) // 2
            page = self._whole(middle)
            if page is not None:
                best, low = page, middle + 1
            else:
                high = middle - 1
        if best is not None:
            return best
        return self._flowed(0, floor, self._columns(floor), True)

    def _whole(self, pixels: int) -> Page | None:
        """The whole board on one page at `pixels`, in the fewest columns that hold it."""
        line = QFontMetricsF(self._font(pixels)).height()
        for columns in range(1, self._columns(pixels) + 1):
            if len(self._flow) * line > columns * self.height():  # a line each, at least
                continue
            page = self._flowed(0, pixels, columns, False)
            if not page.after:
                return page
        return None

    def _flowed(self, start: int, pixels: int, columns: int, paged: bool) -> Page:
        """The texts from `start` in the flow, column after column, until the page is
        full. `paged`: a line is kept at the bottom for "+ N more ideas"."""
        width, height = float(self.width()), float(self.height())
        page = Page(pixels, columns)
        left, top = width * MARGIN_X, height * MARGIN_Y
        inner = width - 2 * left
        text_font = self._font(pixels)
        if self.title:
            title_font = self._font(round(pixels * TITLE_SCALE), bold=True)
            title = self._layout("title", -1, title_font, inner, NAME_LINES)
            page.placed.append(_placed("title", left, top, inner, title))
            top += layout_height(title) + pixels * 0.6
        if not self._flow:
            empty = self._layout("empty", -1, text_font, inner, NAME_LINES)
            page.placed.append(_placed("more", left, top, inner, empty))
            return page
        footer = QFontMetricsF(text_font).height() * 1.2 if paged else 0.0
        bottom = height * (1 - MARGIN_Y) - footer
        gutter = self._gutter(pixels)
        column_width = (inner - (columns - 1) * gutter) / columns
        bullet = QFontMetricsF(text_font).horizontalAdvance(BULLET + " ")
        name_font = self._font(round(pixels * CLUSTER_SCALE), bold=True)
        gap = pixels * 0.3  # between two ideas; more before a cluster's name
        column, y, index = 0, top, start
        while index < len(self._flow) and column < columns:
            group, number = self._flow[index]
            # A cluster's name, or its ideas continued at the top of a new page.
            named = number < 0 or (index == start and self.groups[group][0] != "")
            blocks: list[tuple[str, QTextLayout, float]] = []
            if named:
                name = self._layout("cluster", group, name_font, column_width, NAME_LINES)
                blocks.append(("cluster", name, 0.0))
            idea = index if number >= 0 else index + 1
            if idea < len(self._flow) and self._flow[idea][0] == group:
                # A name is never alone at the foot of a column: it goes with an idea.
                layout = self._layout("idea", idea, text_font, column_width - bullet, IDEA_LINES)
                blocks.append(("idea", layout, bullet))
            before = 0.0 if y == top else 2.5 * gap if named else gap
            needed = before + sum(layout_height(b[1]) for b in blocks) + gap * (len(blocks) - 1)
            if y + needed > bottom and not (y == top and column == 0 and index == start):
                column, y = column + 1, top  # the next column (none left: the page is full)
                continue
            y += before
            x = left + column * (column_width + gutter)
            for kind, layout, indent in blocks if number >= 0 else blocks[:1]:
                page.placed.append(_placed(kind, x + indent, y, column_width - indent, layout))
                y += layout_height(layout) + gap
            y -= gap
            page.shown += number >= 0
            index += 1
        page.next_start = index
        page.after = sum(1 for _group, number in self._flow[index:] if number >= 0)
        if page.after and paged:
            more = self._layout("more", page.after, text_font, inner, 1)
            page.placed.append(
                _placed("more", left, bottom + footer - layout_height(more), inner, more)
            )
        return page

    def _layout(self, kind: str, key: int, font: QFont, width: float, lines: int) -> QTextLayout:
        cache_key = (kind, key, font.pixelSize(), round(width), lines)
        found = self._cache.get(cache_key)
        if found is not None:
            return found
        if kind == "title":
            text = self.title
        elif kind == "cluster":
            text = self.groups[key][0]
        elif kind == "idea":
            group, number = self._flow[key]
            text = self.groups[group][1][number]
        elif kind == "more":
            text = self._more_text(key)
        else:
            text = self._empty_text
        layout = _laid_out(text, font, width, lines)
        self._cache[cache_key] = layout
        return layout

    # -- drawing and keys -------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._forget()

    def paintEvent(self, event: QPaintEvent) -> None:
        page = self.page()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        colours = {"title": QColor("white"), "cluster": HEADING, "idea": QColor("white")}
        for placed in page.placed:
            painter.setPen(colours.get(placed.kind, MUTED))
            placed.layout.draw(painter, placed.box.topLeft())
            if placed.kind == "idea":
                painter.setFont(placed.layout.font())
                metrics = QFontMetricsF(placed.layout.font())
                bullet_width = metrics.horizontalAdvance(BULLET + " ")
                painter.drawText(
                    QPointF(placed.box.left() - bullet_width, placed.box.top() + metrics.ascent()),
                    BULLET,
                )
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.next_page()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.previous_page()
        else:
            super().keyPressEvent(event)

    def minimumSizeHint(self) -> QSize:
        """A line of a few words at the smallest size the room can read."""
        metrics = QFontMetricsF(self._font(SMALLEST_PX))
        return QSize(round(metrics.averageCharWidth() * LINE_CHARS), round(metrics.height() * 3))
