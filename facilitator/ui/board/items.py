"""What the board shows: sticky notes and cluster frames, drawn from the records."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from facilitator.domain.board import CLUSTER_HEADER, NOTE_HEIGHT, NOTE_WIDTH
from facilitator.domain.records import Cluster, Idea
from facilitator.ui.board.colours import border, fill
from facilitator.ui.fitted_text import draw_wrapped

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


NOTE_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
)
NOTE_BOUNDS = QRectF(-2, -2, NOTE_WIDTH + 4, NOTE_HEIGHT + 4)


class NoteItem(QGraphicsItem):
    """One idea. Long text shrinks, then is cut with an ellipsis (the whole text is in
    the tooltip and in the editor). The tool tip is made when asked
    (`BoardScene.helpEvent`): a board of 20,000 notes opens without making 20,000."""

    def __init__(self, idea: Idea) -> None:
        super().__init__()
        self.idea = idea
        self.dimmed = False
        self.setFlags(NOTE_FLAGS)
        # Moving notes reuse their pixels; zooming redraws them sharp.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.setPos(idea.x, idea.y)

    def show_idea(self, idea: Idea) -> None:
        self.idea = idea
        self.setPos(idea.x, idea.y)
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.update()

    def boundingRect(self) -> QRectF:
        return NOTE_BOUNDS

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


class NoteLayer(QGraphicsItem):
    """The notes of one tile of the board (TILE board units square), drawing nothing
    itself. Qt walks every top-level item of a scene after any change (to find what to
    repaint: 6 ms at 80,000 notes here, 0.2 ms at 20,000), and draws a top-level item's
    children one by one: notes held by the tile they lie in leave Qt a few hundred
    top-level items, and a repaint only the notes of the tiles it shows (issue 22)."""

    def __init__(self, tile: tuple[int, int]) -> None:
        super().__init__()
        self.tile = tile
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(1)  # notes above the clusters' frames
        self.count = 0

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        return


# Board units: about 9 notes by 15, 140 tidy notes a tile; a screen at 100 % shows 1 to 4.
TILE = 2048.0


def tile_of(idea: Idea) -> tuple[int, int]:
    """The tile a note lies in (by its top left corner)."""
    return (math.floor(idea.x / TILE), math.floor(idea.y / TILE))


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


class Overview:
    """Every note of the board as a coloured block, in a handful of draw calls: what a
    board of thousands of notes shows when zoomed out (the notes themselves are hidden),
    drawn over the board by its view (`BoardView.drawForeground`) while `shown`.

    Not an item of the scene: an item as large as the board lies in every cell of the
    scene's index of items, and made that index 28 MB larger at 20,000 notes, and each
    change of its size re-filed it in every cell (issue 22). Kept note by note
    (`place`, `remove`): an edit never walks every note (a capture at 20,000 notes spent
    most of its time recomputing these blocks). The blocks are made when first drawn;
    `update(rect)` asks the views to paint a part of the scene again."""

    def __init__(self, notes: dict[str, NoteItem], update: Callable[[QRectF], None]) -> None:
        self._notes = notes
        self._update = update
        self._rects: dict[str, dict[str, QRectF]] | None = None  # colour -> note id -> block
        self._colour: dict[str, str] = {}  # note id -> the colour it is drawn in
        self.shown = False

    def place(self, idea: Idea) -> None:
        """The note's block where and in the colour the note now is (added or changed)."""
        if self._rects is None:
            return
        self.remove(idea.id)
        rect = QRectF(idea.x, idea.y, NOTE_WIDTH, NOTE_HEIGHT)
        self._rects.setdefault(idea.color, {})[idea.id] = rect
        self._colour[idea.id] = idea.color
        if self.shown:
            self._update(rect)

    def remove(self, idea_id: str) -> None:
        """The note's block taken away (the note left the board, or moves)."""
        colour = self._colour.pop(idea_id, None)
        if colour is not None and self._rects is not None:
            rect = self._rects[colour].pop(idea_id)
            if self.shown:
                self._update(rect)

    def _blocks(self) -> dict[str, dict[str, QRectF]]:
        if self._rects is None:
            self._rects = {}
            for item in self._notes.values():
                idea = item.idea
                rect = QRectF(idea.x, idea.y, NOTE_WIDTH, NOTE_HEIGHT)
                self._rects.setdefault(idea.color, {})[idea.id] = rect
                self._colour[idea.id] = idea.color
        return self._rects

    def paint(self, painter: QPainter) -> None:
        """Draw every block (scene coordinates; the painter's pen and brush restored)."""
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._blocks().items():
            painter.setBrush(fill(colour))
            painter.drawRects(list(rects.values()))
        painter.restore()
