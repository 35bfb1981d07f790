"""The results for the room, on the projector: the vote's title and its ranking as
big bars, white on near-black, ties marked as ties; readable from the back row."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from facilitator.domain.voting import Result

BACKGROUND = QColor("#101418")
BAR = QColor("#8585f6")
TIED = QColor("#c3c3fb")
MOST = 10  # more rows than this cannot be read from the back of a room


class ProjectedResults(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.unit = ""
        self.results: list[Result] = []
        self.more = ""

    def show_results(self, title: str, results: list[Result], unit: str, more: str) -> None:
        """`unit` says what the numbers count; `more` says what is left out."""
        self.title, self.results, self.unit = title, results[:MOST], unit
        self.more = more if len(results) > MOST else ""
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        width, height = float(self.width()), float(self.height())
        margin = width * 0.05
        title_height = self._draw_title(painter, width, height, margin)
        if not self.results:
            painter.end()
            return
        rows = max(len(self.results), 5) + (1 if self.more else 0)
        row_height = (height - title_height - margin / 2) / rows
        font = QFont(self.font())
        font.setPixelSize(max(int(row_height * 0.34), 10))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        rank_width = metrics.horizontalAdvance("10=  ")
        label_width = (width - 2 * margin) * 0.55
        value_width = metrics.horizontalAdvance("000.0  ")
        room = width - 2 * margin - label_width - value_width - 16
        best = max((abs(r.score) for r in self.results), default=1.0) or 1.0
        wrap = int(
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        )
        for index, result in enumerate(self.results):
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
        if self.more:
            painter.setPen(QColor("#bbbbbb"))
            painter.drawText(
                QRectF(margin, title_height + len(self.results) * row_height, width, row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                self.more,
            )
        painter.end()

    def _draw_title(self, painter: QPainter, width: float, height: float, margin: float) -> float:
        """The vote's title and, under it, what the numbers count; returns the height used."""
        title_font = QFont(self.font())
        title_font.setPixelSize(max(int(height * 0.06), 12))
        title_font.setBold(True)
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
        unit_font = QFont(self.font())
        unit_font.setPixelSize(max(int(height * 0.035), 10))
        painter.setFont(unit_font)
        painter.setPen(QColor("#bbbbbb"))
        unit_line = painter.fontMetrics().height()
        painter.drawText(
            QRectF(margin, margin / 2 + line, width - 2 * margin, unit_line),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.unit,
        )
        return margin / 2 + line + unit_line + height * 0.02


def _fitted(metrics: QFontMetrics, label: str, box: QRectF) -> str:
    """The label on at most the lines the box holds, cut with an ellipsis if longer."""
    text = " ".join(label.split())[:300]
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    while len(text) > 3 and metrics.boundingRect(box.toRect(), flags, text).height() > box.height():
        text = text[: max(3, len(text) - 4)].rstrip(" ,;:…") + "…"
    return text
