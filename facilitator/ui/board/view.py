"""The canvas: zoom (Ctrl+wheel, Ctrl++ / Ctrl+-, Ctrl+0 fits), pan (middle button or
Space+drag), rubber-band selection."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from facilitator.ui.board.items import FAR_AWAY
from facilitator.ui.board.scene import MARGIN, BoardScene
from facilitator.ui.board.scroll_bar import SteadyScrollBar

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


class BoardView(QGraphicsView):
    def __init__(self, scene: BoardScene) -> None:
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self._panning = False
        # The notes' rectangle grows with most captures: the bars painted if they show it.
        self.setHorizontalScrollBar(SteadyScrollBar(Qt.Orientation.Horizontal))
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical))
        # Scroll over the notes, not over the scene's own rectangle (grown ahead of them).
        self.setSceneRect(scene.shown)
        scene.shownChanged.connect(self.setSceneRect)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Seen from afar, the board's notes as coloured blocks, over everything."""
        super().drawForeground(painter, rect)
        scene = self.scene()
        if isinstance(scene, BoardScene) and scene.far:
            scene.overview.paint(painter)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        self.scale(target / self.zoom(), target / self.zoom())
        self._zoomed()

    def fit(self) -> None:
        """Show every item: the notes' rectangle (the scene's `shown`, without its margin;
        no walk over every note)."""
        scene = self.scene()
        if isinstance(scene, BoardScene) and not scene.shown.isNull():
            inner = scene.shown.adjusted(MARGIN - 40, MARGIN - 40, 40 - MARGIN, 40 - MARGIN)
            self.fitInView(inner, Qt.AspectRatioMode.KeepAspectRatio)
        self._zoomed()

    def reset_zoom(self) -> None:
        self.resetTransform()
        self._zoomed()

    def _zoomed(self) -> None:
        scene = self.scene()
        if isinstance(scene, BoardScene):
            scene.set_far(self.zoom() < FAR_AWAY)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._panning = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._panning = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            fake = QMouseEvent(
                event.type(),
                event.position(),
                event.globalPosition(),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                event.modifiers(),
            )
            super().mousePressEvent(fake)
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.MiddleButton and not self._panning:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
