"""The room link on the projector: a large QR code, the address to type and the join
code, white on near-black like the countdown; the QR itself black on white with its
quiet zone, as phone cameras need."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

BACKGROUND = QColor("#101418")


def qr_image(text: str) -> QImage:
    """`text` as a QR code (error correction M: a projector's glare and a far camera)."""
    code = segno.make(text, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=8, border=4, dark="black", light="white")
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


class ProjectedLink(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.url = ""
        self.code = ""
        self.heading = ""
        self.code_word = ""
        self.qr = QImage()

    def show_link(self, url: str, code: str, heading: str, code_word: str) -> None:
        """`url` to scan or type, `code` to check; the words in the app's language."""
        if url != self.url:
            self.qr = qr_image(url)
        self.url, self.code, self.heading, self.code_word = url, code, heading, code_word
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        width, height = float(self.width()), float(self.height())
        margin = min(width, height) * 0.06
        side = min(height - 2 * margin, width * 0.46)
        if not self.qr.isNull():
            # nearest-neighbour scaling keeps the modules sharp
            painter.drawImage(QRectF(margin, (height - side) / 2, side, side), self.qr)
        left = margin * 2 + side
        column = QRectF(left, margin, width - left - margin, height - 2 * margin)
        painter.setPen(QColor("white"))
        heading = QFont(self.font())
        heading.setPixelSize(max(int(height * 0.06), 12))
        heading.setBold(True)
        painter.setFont(heading)
        painter.drawText(
            QRectF(column.left(), column.top(), column.width(), column.height() * 0.3),
            int(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
            ),
            self.heading,
        )
        address = QFont(self.font())
        address.setPixelSize(max(int(height * 0.05), 11))
        painter.setFont(address)
        painter.setPen(QColor("#d0d8e0"))
        painter.drawText(
            QRectF(
                column.left(),
                column.top() + column.height() * 0.34,
                column.width(),
                column.height() * 0.2,
            ),
            int(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWrapAnywhere
            ),
            self.url.removeprefix("http://"),
        )
        painter.setPen(QColor("white"))
        painter.drawText(
            QRectF(
                column.left(),
                column.top() + column.height() * 0.56,
                column.width(),
                column.height() * 0.12,
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.code_word,
        )
        big = QFont("DejaVu Sans Mono")
        big.setStyleHint(QFont.StyleHint.Monospace)
        big.setPixelSize(max(int(height * 0.14), 16))
        big.setBold(True)
        big.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, height * 0.012)
        painter.setFont(big)
        painter.drawText(
            QRectF(
                column.left(),
                column.top() + column.height() * 0.68,
                column.width(),
                column.height() * 0.3,
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            self.code,
        )
        painter.end()
