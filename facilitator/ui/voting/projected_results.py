"""The results for the room, on the projector: the vote's title and its ranking as
big bars, white on near-black, ties marked as ties; readable from the back row.

The top `MOST` are shown, and every idea tied with the last of them (a tie is never
split: three ideas tied at 10th give 12 rows). The rows share the screen's height and
their text is never under the room's floor (`fitted_text.SMALLEST_SHARE` of the
screen's height): when a tie is too large for the rows that fit at the floor, it is
left out whole and the last line says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from facilitator.domain.voting import Result, top_with_ties
from facilitator.ui.readable import floor_px, screen_height

BACKGROUND = QColor("#101418")
BAR = QColor("#8585f6")
TIED = QColor("#c3c3fb")
MOST = 10  # the top shown to the room (and whoever is tied with the 10th)
FEWEST_ROWS = 5  # a short ranking is drawn as if it had this many rows: bars, not slabs
# A row's text is this share of the row's height (its line is about 1.2 times that;
# the bar takes 60 % of the row): so a row is at least floor / ROW_TEXT_SHARE high.
ROW_TEXT_SHARE = 0.55
LARGEST_SHARE = 0.045  # of the screen's height: the rows' text at most (a short ranking)
TITLE_SHARE = 0.06  # the vote's title
UNIT_SHARE = 0.035  # what the numbers count


@dataclass(frozen=True)
class Rows:
    """How the ranking is laid out at one size: the results shown, how many are not,
    the tie left out whole (its size and rank) if that is why, and the geometry (px)."""

    shown: list[Result]
    hidden: int
    dropped_tie: tuple[int, int] | None
    top: float  # where the first row starts, under the title
    row_height: float
    text_px: int


class ProjectedResults(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.unit = ""
        self.ranking: list[Result] = []

    def show_results(self, title: str, results: list[Result], unit: str) -> None:
        """`results`: the whole ranking, best first (`voting.ranked`); `unit` says what
        the numbers count. What is shown follows the widget's size (`rows`)."""
        self.title, self.ranking, self.unit = title, list(results), unit
        self.update()

    # -- what is shown --------------------------------------------------------------
    @property
    def results(self) -> list[Result]:
        """The results shown now (at the widget's size)."""
        return self.rows().shown

    @property
    def more(self) -> str:
        """The last line: what is left out ("" when nothing is)."""
        rows = self.rows()
        if not rows.hidden:
            return ""
        if rows.dropped_tie is not None and not rows.shown:  # the first rank is the tie
            return self.tr("%n idea(s) tied at rank 1: too many to list here", "", rows.hidden)
        if rows.dropped_tie is not None and rows.dropped_tie[0] == rows.hidden:
            rank = rows.dropped_tie[1]
            return self.tr("and %n more, tied at rank %1", "", rows.hidden).replace("%1", str(rank))
        if rows.dropped_tie is not None:
            size, rank = rows.dropped_tie
            return (
                self.tr("and %n more, %1 of them tied at rank %2", "", rows.hidden)
                .replace("%1", str(size))
                .replace("%2", str(rank))
            )
        return self.tr("and %n more", "", rows.hidden)

    def floor_px(self) -> int:
        """The smallest text the room can read on the projector this is shown on."""
        return floor_px(screen_height(self))

    def _title_fonts(self, height: int) -> tuple[QFont, QFont]:
        floor = self.floor_px()
        title = QFont(self.font())
        title.setPixelSize(max(floor, round(height * TITLE_SHARE)))
        title.setBold(True)
        unit = QFont(self.font())
        unit.setPixelSize(max(floor, round(height * UNIT_SHARE)))
        return title, unit

    def rows(self) -> Rows:
        """The layout at the widget's size: as many rows as fit with their text at the
        floor at least; within them, the top `MOST` and whole ties."""
        width, height = max(self.width(), 1), max(self.height(), 1)
        margin = width * 0.05
        title_font, unit_font = self._title_fonts(height)
        top = (
            margin / 2
            + QFontMetricsF(title_font).height()
            + QFontMetricsF(unit_font).height()
            + height * 0.02
        )
        room = height - top - margin / 2
        floor = self.floor_px()
        fit = max(0, int(room // (floor / ROW_TEXT_SHARE)))
        shown = top_with_ties(self.ranking, MOST, fit)
        if len(shown) < len(self.ranking):  # a line for what is left out
            shown = top_with_ties(self.ranking, MOST, fit - 1)
        hidden = len(self.ranking) - len(shown)
        dropped: tuple[int, int] | None = None
        if hidden and len(shown) < MOST:  # cut before the top was full: a tie too large
            rank = self.ranking[len(shown)].rank
            dropped = (sum(1 for r in self.ranking if r.rank == rank), rank)
        lines = max(len(shown) + (1 if hidden else 0), FEWEST_ROWS)
        row_height = room / lines
        text_px = min(int(row_height * ROW_TEXT_SHARE), round(height * LARGEST_SHARE))
        return Rows(shown, hidden, dropped, top, row_height, max(floor, text_px))

    # -- drawing --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        width = float(self.width())
        margin = width * 0.05
        self._draw_title(painter, width, margin)
        rows = self.rows()
        if not rows.shown and not rows.hidden:
            painter.end()
            return
        row_height, title_height = rows.row_height, rows.top
        font = QFont(self.font())
        font.setPixelSize(rows.text_px)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        rank_width = metrics.horizontalAdvance("10=  ")
        label_width = (width - 2 * margin) * 0.55
        value_width = metrics.horizontalAdvance("000.0  ")
        room = width - 2 * margin - label_width - value_width - 16
        best = max((abs(r.score) for r in rows.shown), default=1.0) or 1.0
        wrap = int(
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        )
        for index, result in enumerate(rows.shown):
            top = title_height + index * row_height
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(margin, top, rank_width, row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{result.rank}{'=' if result.tied else ''}",
            )
            label_box = QRectF(margin + rank_width, top, label_width - rank_width - 12, row_height)
            painter.drawText(label_box, wrap, _fitted(metrics, result.option.label, label_box))
            left = margin + label_width
            bar = max(room * abs(result.score) / best, 2.0)
            painter.fillRect(
                QRectF(left, top + row_height * 0.2, bar, row_height * 0.6),
                TIED if result.tied else BAR,
            )
            painter.drawText(
                QRectF(left + bar + 12, top, value_width, row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{result.score:g}",
            )
        if rows.hidden:
            painter.setPen(QColor("#bbbbbb"))
            box = QRectF(
                margin, title_height + len(rows.shown) * row_height, width - 2 * margin, row_height
            )
            painter.drawText(box, wrap, _fitted(metrics, self.more, box))
        painter.end()

    def _draw_title(self, painter: QPainter, width: float, margin: float) -> None:
        """The vote's title and, under it, what the numbers count."""
        title_font, unit_font = self._title_fonts(max(self.height(), 1))
        painter.setFont(title_font)
        painter.setPen(QColor("white"))
        line = painter.fontMetrics().height()
        painter.drawText(
            QRectF(margin, margin / 2, width - 2 * margin, line),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            painter.fontMetrics().elidedText(
                self.title, Qt.TextElideMode.ElideRight, int(width - 2 * margin)
            ),
        )
        painter.setFont(unit_font)
        painter.setPen(QColor("#bbbbbb"))
        painter.drawText(
            QRectF(margin, margin / 2 + line, width - 2 * margin, painter.fontMetrics().height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            painter.fontMetrics().elidedText(
                self.unit, Qt.TextElideMode.ElideRight, int(width - 2 * margin)
            ),
        )


def _fitted(metrics: QFontMetrics, label: str, box: QRectF) -> str:
    """The label on at most the lines the box holds, cut with an ellipsis if longer."""
    text = " ".join(label.split())[:300]
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    while len(text) > 3 and metrics.boundingRect(box.toRect(), flags, text).height() > box.height():
        text = text[: max(3, len(text) - 4)].rstrip(" ,;:…") + "…"
    return text
