"""A horizontal bar chart of the results: readable from the back of the room and in grey."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.domain.voting import Result

BAR = QColor("#000091")
TIED = QColor("#6a6af4")


class ResultsChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[Result] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def show_results(self, results: list[Result]) -> None:
        self.results = results[:12]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 36 * max(len(self.results), 3))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.results:
            return
        rows = len(self.results)
        height = min(40.0, self.height() / rows)
        label_width = self.width() * 0.45
        best = max((abs(r.score) for r in self.results), default=1.0) or 1.0
        font = QFont(self.font())
        font.setPointSizeF(min(max(8.0, height * 0.35), 11.0))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        for row, result in enumerate(self.results):
            top = row * height
            rank = f"{result.rank}{'=' if result.tied else ''}"
            label = metrics.elidedText(
                f"{rank}. {result.option.label}", Qt.TextElideMode.ElideRight, int(label_width - 8)
            )
            painter.setPen(QColor("#161616"))
            painter.drawText(
                QRectF(4, top, label_width - 8, height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                label,
            )
            room = self.width() - label_width - 60
            width = max(room * abs(result.score) / best, 1.0)
            painter.fillRect(
                QRectF(label_width, top + height * 0.2, width, height * 0.6),
                TIED if result.tied else BAR,
            )
            painter.drawText(
                QRectF(label_width + width + 6, top, 54, height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{result.score:g}",
            )
        painter.end()
