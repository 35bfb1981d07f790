"""What the board shows: sticky notes and cluster frames, drawn from the records."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from facilitator.domain.board import CLUSTER_HEADER, NOTE_HEIGHT, NOTE_WIDTH
from facilitator.domain.records import Cluster, Idea
from facilitator.ui.board.colours import border, fill
from facilitator.ui.fitted_text import draw_wrapped
from facilitator.ui.plain import set_tooltip

PADDING = 10.0
FAR_AWAY = 0.3  # below this zoom, notes are drawn as plain coloured blocks
SELECTED = QColor("#000091")


def note_points(text: str) -> float:
    """The point size a note's text is drawn at: smaller for longer texts (the
    projector's readability check, projected_board.py, reads it too)."""
    return 12.0 if len(text) < 60 else 10.0 if len(text) < 140 else 8.5


def _font(size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class NoteItem(QGraphicsItem):
    """One idea. Long text shrinks, then is cut with an ellipsis (the whole text is in
    the tooltip and in the editor)."""

    def __init__(self, idea: Idea) -> None:
        super().__init__()
        self.idea = idea
        self.dimmed = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        # Moving notes reuse their pixels; zooming redraws them sharp.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.show_idea(idea)

    def show_idea(self, idea: Idea) -> None:
        self.idea = idea
        self.setPos(idea.x, idea.y)
        set_tooltip(self, idea.text)  # as written: never markup (a phone's `<img …>`)
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, NOTE_WIDTH + 4, NOTE_HEIGHT + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        idea = self.idea
        rect = QRectF(0, 0, NOTE_WIDTH, NOTE_HEIGHT)
        painter.setOpacity(0.25 if self.dimmed else 1.0)
        painter.setPen(
            QPen(
                SELECTED if self.isSelected() else border(idea.color), 3 if self.isSelected() else 1
            )
        )
        painter.setBrush(fill(idea.color))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#161616"))
        text_rect = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING - (14 if idea.author else 0))
        painter.setFont(_font(note_points(idea.text)))
        text = idea.text if len(idea.text) < 400 else idea.text[:400]
        draw_wrapped(painter, text_rect, text)  # a 50-letter word wraps, never cut
        metrics = painter.fontMetrics()
        if idea.author:
            painter.setFont(_font(8))
            painter.setPen(QColor("#3a3a3a"))
            painter.drawText(
                rect.adjusted(PADDING, 0, -PADDING, -6),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                metrics.elidedText(idea.author, Qt.TextElideMode.ElideRight, int(NOTE_WIDTH / 2)),
            )


class ClusterItem(QGraphicsItem):
    """A named group: a frame behind its notes, the name on top."""

    def __init__(self, cluster: Cluster) -> None:
        super().__init__()
        self.cluster = cluster
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.show_cluster(cluster)

    def show_cluster(self, cluster: Cluster) -> None:
        self.prepareGeometryChange()
        self.cluster = cluster
        self.setPos(cluster.x, cluster.y)
        self.update()

    def frame(self) -> QRectF:
        return QRectF(0, 0, max(self.cluster.width, 1), max(self.cluster.height, 1))

    def boundingRect(self) -> QRectF:
        return self.frame().adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.frame()
        painter.setPen(
            QPen(
                SELECTED if self.isSelected() else QColor("#6a6a6a"),
                3 if self.isSelected() else 1.5,
                Qt.PenStyle.SolidLine,
            )
        )
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QColor("#000091"))
        painter.setFont(_font(13, bold=True))
        painter.drawText(
            rect.adjusted(14, 6, -14, 0).intersected(
                QRectF(14, 6, rect.width() - 28, CLUSTER_HEADER)
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(
                self.cluster.name, Qt.TextElideMode.ElideRight, int(rect.width() - 28)
            ),
        )


class OverviewItem(QGraphicsItem):
    """Every note of the board as a coloured block, in a handful of draw calls: what a
    board of thousands of notes shows when zoomed out (the notes themselves are hidden)."""

    def __init__(self, notes: dict[str, NoteItem]) -> None:
        super().__init__()
        self._notes = notes
        self._rects: dict[str, list[QRectF]] | None = None
        self._bounds = QRectF()
        self.setZValue(0.5)

    def invalidate(self) -> None:
        self.prepareGeometryChange()
        self._rects = None

    def _blocks(self) -> dict[str, list[QRectF]]:
        if self._rects is None:
            self._rects = {}
            bounds = QRectF()
            for item in self._notes.values():
                rect = QRectF(item.idea.x, item.idea.y, NOTE_WIDTH, NOTE_HEIGHT)
                self._rects.setdefault(item.idea.color, []).append(rect)
                bounds = bounds.united(rect)
            self._bounds = bounds
        return self._rects

    def boundingRect(self) -> QRectF:
        self._blocks()
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._blocks().items():
            painter.setBrush(fill(colour))
            painter.drawRects(rects)
