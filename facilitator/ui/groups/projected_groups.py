"""A grouping for the room, on the projector: each team's name (a table number, « Groupe
3 ») as a heading and its members' names under it, in columns of large type, white on
near-black, so that everyone finds their table from the back of the room.

The text is as large as lets every team fit on one screen, never under the room's floor
(`fitted_text.SMALLEST_SHARE` of the screen's height, readable.floor_px); what does not
fit at the floor goes on further pages ("Page 2/5" says so), which the facilitator
pages through (the page's button pressed again, or Page Down, Space, the arrows on the
projector). A few teams stand side by side, a column each; more fill the columns one
under another. A team stays whole in one column unless it is taller than a column. Each
name is one line, cut with "…" when wider than its column. Painted as plain text.
Measured (tests/ui/test_grouping_page.py): 300 participants in 50 teams of 6 take 5
pages at 800x600 and 1920x1080, every name at the floor or larger.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from facilitator.ui.fitted_text import SMALLEST_PX
from facilitator.ui.readable import floor_px, screen_height

BACKGROUND = QColor("#101418")
HEADING = QColor("#c3c3fb")
MUTED = QColor("#bbbbbb")

# Sizes, as shares of the screen's height (the widget's: it fills the projector).
LARGEST_SHARE = 0.06  # the names at most (a few small teams)
TITLE_SCALE = 1.2  # the grouping's name, against the names' size
HEADING_SCALE = 1.15  # a team's name
MARGIN_X, MARGIN_Y = 0.04, 0.035  # of the width, of the height
# A column is as wide as the longest name, at least this many average characters and
# at most half the screen (longer names end with "…").
LINE_CHARS = 8
MOST_COLUMNS = 8
LINE_GAP = 0.1  # between two lines, a share of the names' size
TEAM_GAP = 0.5  # before a team's heading (not at the top of a column)


@dataclass(frozen=True)
class Line:
    """One line on the screen: "title", "team", "name" or "page"; its box and text."""

    kind: str
    box: QRectF
    text: str
    font: QFont


@dataclass
class Page:
    """What one screen shows, and where the next page starts (a line of the flow)."""

    text_px: int
    lines: list[Line] = field(default_factory=list)
    next_start: int = 0


class ProjectedGroups(QWidget):
    """`set_content` gives the teams; the page shown follows the widget's size."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("projectedGroups")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.title = ""
        self.teams: list[tuple[str, list[str]]] = []
        self.page_number = 0
        self._page_text: Callable[[int, int], str] = lambda n, total: f"{n}/{total}"
        self._empty_text = ""
        # The flow: (team, -1) for a team's name, (team, n) for its n-th member.
        self._flow: list[tuple[int, int]] = []
        self._pages: list[Page] = []
        self._laid_size = QSize()

    # -- what is shown --------------------------------------------------------------
    def set_content(
        self,
        title: str,
        teams: list[tuple[str, list[str]]],
        page_text: Callable[[int, int], str],
        empty_text: str,
    ) -> None:
        """`teams`: (team's name, its members' names) in order; `page_text(n, total)`
        the footer of a page when there are several; `empty_text` shown without teams.
        The page shown is kept (the last one, if there are fewer now)."""
        self.title = " ".join(title.split())
        self.teams = [
            (" ".join(name.split()), [" ".join(m.split()) for m in members])
            for name, members in teams
        ]
        self._page_text = page_text
        self._empty_text = empty_text
        self._flow = []
        for number, (_name, members) in enumerate(self.teams):
            self._flow.append((number, -1))
            self._flow += [(number, n) for n in range(len(members))]
        self._forget()
        self.update()

    def text(self) -> str:
        """Every text of the page shown, one a line (what the room reads)."""
        return "\n".join(line.text for line in self.page().lines)

    def text_px(self) -> int:
        """The members' names' size on the page shown (px): the smallest text drawn."""
        return self.page().text_px

    def floor_px(self) -> int:
        return floor_px(screen_height(self))

    def page_count(self) -> int:
        self.page()
        while self._pages[-1].next_start < len(self._flow):
            self._pages.append(self._flowed(self._pages[-1].next_start, self._pages[-1].text_px))
        return len(self._pages)

    def next_page(self) -> None:
        """The following page, or the first after the last one."""
        self.page_number = self.page_number + 1 if self.page_number + 1 < self.page_count() else 0
        self.update()

    def previous_page(self) -> None:
        if self.page_number > 0:
            self.page_number -= 1
            self.update()

    def first_page(self) -> None:
        self.page_number = 0
        self.update()

    # -- laying out -----------------------------------------------------------------
    def _forget(self) -> None:
        self._pages = []
        self._laid_size = QSize()

    def page(self) -> Page:
        """The page shown, laid out at the widget's size."""
        if self._laid_size != self.size():
            self._pages = []
            self._laid_size = self.size()
        if not self._pages:
            self._pages = [self._first_page()]
        while len(self._pages) <= self.page_number and self._pages[-1].next_start < len(self._flow):
            last = self._pages[-1]
            self._pages.append(self._flowed(last.next_start, last.text_px))
        self.page_number = min(self.page_number, len(self._pages) - 1)
        page = self._pages[self.page_number]
        return page

    def _font(self, pixels: int, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, pixels))
        font.setBold(bold)
        return font

    def _first_page(self) -> Page:
        """Everything on one page at the largest size that lets it fit; else the first
        of several pages at the floor."""
        floor = self.floor_px()
        low, high = floor, max(floor, round(self.height() * LARGEST_SHARE))
        best: Page | None = None
        while low <= high:
            middle = (low + high) // 2
            page = self._flowed(0, middle)
            if page.next_start >= len(self._flow):
                best, low = page, middle + 1
            else:
                high = middle - 1
        return best if best is not None else self._flowed(0, floor)

    def _columns(self, pixels: int, width: float) -> tuple[int, float, float]:
        """(columns, column width, gutter) at this size: columns as wide as the widest
        name or team name (names are whole), at least `LINE_CHARS` characters and at most
        half the width (a name longer than that ends with "…")."""
        gutter = max(float(pixels), self.width() * 0.025)
        names = QFontMetricsF(self._font(pixels))
        teams = QFontMetricsF(self._font(round(pixels * HEADING_SCALE), bold=True))
        widest = max(
            (
                *(names.horizontalAdvance(m) for _t, members in self.teams for m in members),
                *(teams.horizontalAdvance(t) for t, _members in self.teams),
            ),
            default=0.0,
        )
        needed = min(max(widest + 2, names.averageCharWidth() * LINE_CHARS), width / 2)
        fits = int((width + gutter) // (needed + gutter))
        columns = max(1, min(MOST_COLUMNS, fits))
        return columns, (width - (columns - 1) * gutter) / columns, gutter

    def _flowed(self, start: int, pixels: int) -> Page:
        """The flow from `start`, column after column at `pixels`, until the page is full;
        a line is kept at the bottom for the page's number."""
        page = Page(pixels)
        width, height = float(self.width()), float(self.height())
        left, top = width * MARGIN_X, height * MARGIN_Y
        inner = width - 2 * left
        if self.title:
            font = self._font(round(pixels * TITLE_SCALE), bold=True)
            line = QFontMetricsF(font).height()
            page.lines.append(Line("title", QRectF(left, top, inner, line), self.title, font))
            top += line + pixels * 0.5
        name_font = self._font(pixels)
        team_font = self._font(round(pixels * HEADING_SCALE), bold=True)
        name_line = QFontMetricsF(name_font).height() + pixels * LINE_GAP
        team_line = QFontMetricsF(team_font).height() + pixels * LINE_GAP
        if not self._flow:
            page.lines.append(
                Line("page", QRectF(left, top, inner, name_line), self._empty_text, name_font)
            )
            page.next_start = 0
            return page
        footer = name_line
        bottom = height * (1 - MARGIN_Y) - footer
        columns, column_width, gutter = self._columns(pixels, inner)
        # Few teams side by side, a column each (Table 1, 2, 3 read across the room).
        one_per_column = start == 0 and len(self.teams) <= columns
        column, y, index = 0, top, start
        names = 0  # in this column: a column always takes one, so every page moves on
        while index < len(self._flow) and column < columns:
            team, member = self._flow[index]
            if member < 0 and y > top:  # a new team, under another: whole, or in the next
                size = len(self.teams[team][1])
                whole = pixels * TEAM_GAP + team_line + size * name_line
                taller_than_a_column = top + team_line + size * name_line > bottom
                start_here = not one_per_column and (
                    y + whole <= bottom
                    or (
                        taller_than_a_column
                        and y + pixels * TEAM_GAP + team_line + name_line <= bottom
                    )
                )
                if not start_here:
                    column, y, names = column + 1, top, 0
                    continue
            x = left + column * (column_width + gutter)
            if member < 0 or y == top:  # a team's name, or its name again at a column's top
                if y > top:
                    y += pixels * TEAM_GAP
                metrics = QFontMetricsF(team_font)
                shown = metrics.elidedText(
                    self.teams[team][0], Qt.TextElideMode.ElideRight, column_width
                )
                page.lines.append(
                    Line("team", QRectF(x, y, column_width, team_line), shown, team_font)
                )
                y += team_line
                if member < 0:
                    index += 1
                    continue
            if y + name_line > bottom and names:
                column, y, names = column + 1, top, 0
                continue
            metrics = QFontMetricsF(name_font)
            text = self.teams[team][1][member]
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, column_width)
            page.lines.append(Line("name", QRectF(x, y, column_width, name_line), shown, name_font))
            y += name_line
            names += 1
            index += 1
        page.next_start = index
        return page

    # -- drawing and keys -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        page = self.page()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        colours = {"title": QColor("white"), "team": HEADING, "name": QColor("white")}
        for line in page.lines:
            painter.setPen(colours.get(line.kind, MUTED))
            painter.setFont(line.font)
            painter.drawText(
                line.box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), line.text
            )
        total = self.page_count()
        if total > 1:
            font = self._font(page.text_px)
            painter.setFont(font)
            painter.setPen(MUTED)
            height = QFontMetricsF(font).height()
            box = QRectF(
                self.width() * MARGIN_X,
                self.height() * (1 - MARGIN_Y) - height,
                self.width() * (1 - 2 * MARGIN_X),
                height,
            )
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._page_text(self.page_number + 1, total),
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
        """A column of a few names at the smallest size the room can read."""
        metrics = QFontMetricsF(self._font(SMALLEST_PX))
        return QSize(round(metrics.averageCharWidth() * LINE_CHARS), round(metrics.height() * 4))


__all__ = ["ProjectedGroups"]
