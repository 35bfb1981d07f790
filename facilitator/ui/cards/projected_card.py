"""A prototype card on the projector, for the team's pitch: its name, its status,
the need, how it works, and its first photo, white on near-black."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from facilitator.domain import card_template, cards
from facilitator.domain.records import PrototypeCard
from facilitator.domain.workshop import Workshop
from facilitator.ui.board.photos import PROJECTED_SIDE, shown_pixmap
from facilitator.ui.cards.names import STATUS_COLOURS, status_names

BACKGROUND = QColor("#101418")
SHOWN_FIELDS = ("need", "users", "solution")


class ProjectedCard(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.name = ""
        self.status = "idea"
        self.blocks: list[tuple[str, str]] = []  # (label, text)
        self.photo = QPixmap()

    def show_card(self, workshop: Workshop, card: PrototypeCard) -> None:
        values = cards.values_of(workshop, card.id)
        fields = {f.key: f for f in card_template.fields_of(workshop)}
        self.name = card.name
        self.status = card.status
        self.blocks = [
            (fields[key].label, values[fields[key].id])
            for key in SHOWN_FIELDS
            if key in fields and values.get(fields[key].id)
        ]
        photos = cards.photos_of(workshop, card.id)
        self.photo = QPixmap()
        if photos:  # decoded at the size a projector shows it; too large or damaged: none
            self.photo, _problem = shown_pixmap(
                photos[0].data, QSize(PROJECTED_SIDE, PROJECTED_SIDE)
            )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), BACKGROUND)
        width, height = float(self.width()), float(self.height())
        margin = width * 0.05
        text_width = width * (0.52 if not self.photo.isNull() else 0.9)
        title = QFont(self.font())
        title.setPixelSize(max(int(height * 0.075), 12))
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(QColor("white"))
        line = painter.fontMetrics().height()
        painter.drawText(
            QRectF(margin, margin * 0.6, width - 2 * margin, line * 1.2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(
                self.name, Qt.TextElideMode.ElideRight, int(width - 2 * margin)
            ),
        )
        chip = QFont(self.font())
        chip.setPixelSize(max(int(height * 0.035), 10))
        chip.setBold(True)
        painter.setFont(chip)
        status = status_names().get(self.status, self.status)  # type: ignore[call-overload]
        chip_width = painter.fontMetrics().horizontalAdvance(status) + 24
        top = margin * 0.6 + line * 1.3
        chip_rect = QRectF(margin, top, chip_width, painter.fontMetrics().height() + 8)
        painter.setBrush(QColor(STATUS_COLOURS.get(self.status, "#6a6a6a")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(chip_rect, 6, 6)
        painter.setPen(QColor("white"))
        painter.drawText(chip_rect, int(Qt.AlignmentFlag.AlignCenter), status)
        y = chip_rect.bottom() + height * 0.03
        label_font = QFont(self.font())
        label_font.setPixelSize(max(int(height * 0.03), 10))
        label_font.setBold(True)
        body = QFont(self.font())
        body.setPixelSize(max(int(height * 0.038), 10))
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        for label, text in self.blocks:
            painter.setFont(label_font)
            painter.setPen(QColor("#bbbbbb"))
            painter.drawText(QRectF(margin, y, text_width, height), wrap, label.upper())
            y += painter.fontMetrics().height() + 4
            painter.setFont(body)
            painter.setPen(QColor("white"))
            room = QRectF(margin, y, text_width, max(height - y - margin, 0))
            bounds = painter.fontMetrics().boundingRect(room.toRect(), wrap, text)
            painter.drawText(room, wrap, text)
            y += min(bounds.height(), room.height()) + height * 0.03
            if y > height - margin:
                break
        if not self.photo.isNull():
            area = QRectF(width * 0.6, top, width * 0.36, height - top - margin)
            scaled = self.photo.scaled(
                int(area.width()),
                int(area.height()),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawPixmap(int(area.left()), int(area.top()), scaled)
        painter.end()
