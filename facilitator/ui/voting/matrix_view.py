"""The 2x2 matrix: ideas dragged from the tray into the square (impact against effort,
say); where each one stands is kept, so is its quadrant. Dragged back to the tray,
an idea leaves the matrix. Each drop is one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from facilitator.domain.records import MatrixPlacement, VoteOption, VoteSession
from facilitator.ui.fitted_text import draw_wrapped
from facilitator.ui.plain import set_tooltip

SIDE = 600.0  # the square, in scene units
CARD_W, CARD_H = 160.0, 52.0
TRAY_X = SIDE + 60.0
MATRIX_AREA = QRectF(-70, -20, SIDE + 90, SIDE + 80)  # the square and its axes, no tray
TINTS = ("#e3e3fd", "#f5f5fe", "#f6f6f6", "#fef4f2")  # top-left, top-right, bottom-...
INK = QColor("#161616")
BLUE = QColor("#000091")


def _font(size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def to_matrix(point: QPointF) -> tuple[float, float] | None:
    """Scene point to (x, y) in 0..1 (y up), or None outside the square."""
    if not QRectF(0, 0, SIDE, SIDE).contains(point):
        return None
    return point.x() / SIDE, 1.0 - point.y() / SIDE


def to_scene(x: float, y: float) -> QPointF:
    return QPointF(x * SIDE, (1.0 - y) * SIDE)


class OptionCard(QGraphicsItem):
    """One idea, as a small card centred on its place."""

    def __init__(self, option: VoteOption, on_drop: Callable[[str, QPointF], None]) -> None:
        super().__init__()
        self.option = option
        self._on_drop = on_drop
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        set_tooltip(self, option.label)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return QRectF(-CARD_W / 2 - 2, -CARD_H / 2 - 2, CARD_W + 4, CARD_H + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)
        painter.setPen(QPen(BLUE, 3 if self.isSelected() else 1.2))
        painter.setBrush(QColor("#fff6b3"))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(INK)
        painter.setFont(_font(9))
        text_rect = rect.adjusted(6, 3, -6, -3)
        text = self.option.label.replace("\n", " ")[:200]
        draw_wrapped(painter, text_rect, text, Qt.AlignmentFlag.AlignCenter)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._on_drop(self.option.id, self.pos())


class MatrixScene(QGraphicsScene):
    def __init__(self, on_drop: Callable[[str, QPointF], None]) -> None:
        super().__init__()
        self._on_drop = on_drop
        self.cards: dict[str, OptionCard] = {}
        self.tray_title = ""
        self._tray_used = False
        self.x_label = ""
        self.y_label = ""
        self.low, self.high = "", ""

    def show_matrix(
        self,
        vote: VoteSession | None,
        options: list[VoteOption],
        placements: dict[str, MatrixPlacement],
        *,
        movable: bool,
    ) -> None:
        self.clear()
        self.cards = {}
        self.x_label = vote.x_label if vote else ""
        self.y_label = vote.y_label if vote else ""
        tray_row = 0
        for option in options:
            card = OptionCard(option, self._on_drop)
            card.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
            placed = placements.get(option.id)
            if placed is not None:
                card.setPos(to_scene(placed.x, placed.y))
            else:
                card.setPos(TRAY_X + CARD_W / 2, 40 + CARD_H / 2 + tray_row * (CARD_H + 8))
                tray_row += 1
            self.addItem(card)
            self.cards[option.id] = card
        self._tray_used = tray_row > 0
        height = max(SIDE, 40 + tray_row * (CARD_H + 8))
        self.setSceneRect(QRectF(-70, -30, TRAY_X + CARD_W + 100, height + 90))
        self.update()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(QRectF(rect), QColor("white"))
        half = SIDE / 2
        for index, (left, top) in enumerate(((0, 0), (half, 0), (0, half), (half, half))):
            painter.fillRect(QRectF(left, top, half, half), QColor(TINTS[index]))
        painter.setPen(QPen(INK, 2))
        painter.drawRect(QRectF(0, 0, SIDE, SIDE))
        painter.setPen(QPen(QColor("#929292"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(half, 0), QPointF(half, SIDE))
        painter.drawLine(QPointF(0, half), QPointF(SIDE, half))
        painter.setPen(INK)
        painter.setFont(_font(13, bold=True))
        painter.drawText(
            QRectF(0, SIDE + 8, SIDE, 30), int(Qt.AlignmentFlag.AlignCenter), self.x_label + "  →"
        )
        painter.save()
        painter.translate(-12, SIDE)
        painter.rotate(-90)
        painter.drawText(
            QRectF(0, -34, SIDE, 30), int(Qt.AlignmentFlag.AlignCenter), self.y_label + "  →"
        )
        painter.restore()
        painter.setFont(_font(9))
        painter.setPen(QColor("#666666"))
        painter.drawText(QRectF(0, SIDE + 8, 80, 30), int(Qt.AlignmentFlag.AlignLeft), self.low)
        painter.drawText(
            QRectF(SIDE - 80, SIDE + 8, 80, 30), int(Qt.AlignmentFlag.AlignRight), self.high
        )
        if self.tray_title and self._tray_used:
            painter.setFont(_font(11, bold=True))
            painter.setPen(INK)
            painter.drawText(
                QRectF(TRAY_X, 0, CARD_W + 40, 30), int(Qt.AlignmentFlag.AlignLeft), self.tray_title
            )


class MatrixView(QGraphicsView):
    """The whole matrix always in sight: it follows the size of the window."""

    def __init__(self, scene: MatrixScene) -> None:
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setMinimumSize(320, 260)

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
