"""The room link on the projector: a large QR code, the address to type and the join
code, white on near-black like the countdown; the QR itself black on white with its
quiet zone, as phone cameras need."""

from __future__ import annotations

import io

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

BACKGROUND = QColor("#101418")


def qr_image(text: str) -> QImage:
    """`text` as a QR code (error correction M: a projector's glare and a far camera)."""
    import segno  # imported when a link starts, not with every workshop

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

    def show_link(
        self, url: str, code: str, heading: str | None = None, code_word: str | None = None
    ) -> None:
        """`url` to scan or type, `code` to check. The words around them are the app's,
        in the interface's language (followed when it changes), unless given."""
        if url != self.url:
            self.qr = qr_image(url)
        self.url, self.code = url, code
        self.heading, self.code_word = heading or "", code_word or ""
        self.update()

    def words(self) -> tuple[str, str]:
        """The heading and the word before the code, as shown."""
        return (
            self.heading or self.tr("Join from your phone: scan, or type the address"),
            self.code_word or self.tr("Join code"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # painted words: drawn again in the new language
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        width, height = float(self.width()), float(self.height())
        margin = min(width, height) * 0.06
        side = min(height - 2 * margin, width * 0.45)
        if not self.qr.isNull():
            # nearest-neighbour scaling (no smoothing) keeps the modules sharp
            painter.drawImage(QRectF(margin, (height - side) / 2, side, side), self.qr)
        left = margin * 2 + side
        column = QRectF(left, margin, width - left - margin, height - 2 * margin)
        rows = (0.34, 0.2, 0.1, 0.3)  # heading, address, "code", the code: shares of height
        top = column.top()
        boxes = []
        for share in rows:
            boxes.append(QRectF(column.left(), top, column.width(), column.height() * share))
            top += column.height() * share
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        heading, code_word = self.words()
        self._draw(
            painter,
            boxes[0],
            heading,
            height * 0.065,
            wrap | Qt.AlignmentFlag.AlignBottom,
            bold=True,
        )
        address = self.url.removeprefix("http://")
        self._draw(
            painter,
            boxes[1],
            address,
            height * 0.055,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            colour="#d0d8e0",
        )
        self._draw(
            painter,
            boxes[2],
            code_word,
            height * 0.045,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
        )
        self._draw(
            painter,
            boxes[3],
            self.code,
            height * 0.16,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            bold=True,
            mono=True,
        )
        painter.end()

    def _draw(
        self,
        painter: QPainter,
        box: QRectF,
        text: str,
        largest_px: float,
        flags: Qt.AlignmentFlag | Qt.TextFlag,
        *,
        bold: bool = False,
        mono: bool = False,
        colour: str = "white",
    ) -> None:
        """`text` in `box`, as large as `largest_px` or smaller until it fits whole."""
        font = QFont("DejaVu Sans Mono") if mono else QFont(self.font())
        font.setBold(bold)
        if mono:
            font.setStyleHint(QFont.StyleHint.Monospace)
        size = max(int(largest_px), 10)
        while True:
            font.setPixelSize(size)
            if mono:
                font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, size * 0.08)
            painter.setFont(font)
            needed = painter.boundingRect(box, int(flags), text)
            if size <= 10 or (needed.width() <= box.width() and needed.height() <= box.height()):
                break
            size = int(size * 0.92)
        painter.setPen(QColor(colour))
        painter.drawText(box, int(flags), text)
