"""A countdown in very large type that costs almost nothing to repaint.

Qt draws glyphs beyond its glyph-cache size as filled paths, which is slow at
projector sizes; this widget renders each character ("0"-"9", ":", "+") once into
a pixmap and repaints a new second by copying a few pixmaps.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

CHARACTERS = "0123456789:+"
WIDEST = "+0:00:00"  # an hour's overrun: the widest text a countdown shows


class BigCountdown(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor("white")
        self._background = QColor("black")
        self._cache: dict[str, QPixmap] = {}
        self._largest_px = 0  # 0: the font is set from outside; else fitted to the box
        self.alignment = Qt.AlignmentFlag.AlignCenter
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Opaque: a new second repaints this rectangle only, never the widgets behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    # -- what is shown -----------------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            before = self._text_rect()
            self._text = text
            self.update(before.united(self._text_rect()))  # the digits, not the whole area

    def _text_rect(self) -> QRect:
        if not self._text:
            return QRect()
        metrics = QFontMetrics(self.font())
        width = sum(metrics.horizontalAdvance(c) for c in self._text)
        height = metrics.height()
        left_aligned = bool(self.alignment & Qt.AlignmentFlag.AlignLeft)
        x = 0 if left_aligned else (self.width() - width) // 2
        return QRect(x - 2, (self.height() - height) // 2 - 2, width + 4, height + 4)

    def set_colours(self, text: str, background: str) -> None:
        if QColor(text) != self._colour:
            self._colour = QColor(text)
            self._cache.clear()
        if QColor(background) != self._background:
            self._background = QColor(background)
        self.update()

    def setFont(self, font: QFont) -> None:  # type: ignore[override] # one signature is enough
        super().setFont(font)
        self._cache.clear()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(WIDEST) + 8, metrics.height() + 4)

    def minimumSizeHint(self) -> QSize:
        """Fitted to its box, it can be small; fixed, it needs its whole text."""
        if self._largest_px:
            return QSize(0, 0)
        return self.sizeHint()

    # -- fitted to its box (the projector) ----------------------------------------------
    def fit_to_box(self, largest_px: int) -> None:
        """From now on the digits are as large as `largest_px` or as the box allows,
        whichever is smaller: the widest countdown ("+0:00:00") always fits whole."""
        self._largest_px = max(1, largest_px)
        self._refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._largest_px:
            self._refit()

    def _refit(self) -> None:
        probe = QFont(self.font())
        probe.setPixelSize(100)
        metrics = QFontMetricsF(probe)
        by_width = (self.width() - 8) * 100 / max(1.0, metrics.horizontalAdvance(WIDEST))
        by_height = (self.height() - 4) * 100 / max(1.0, metrics.height())
        pixels = int(max(1, min(self._largest_px, by_width, by_height)))
        if pixels != self.font().pixelSize():
            font = QFont(self.font())
            font.setPixelSize(pixels)
            self.setFont(font)

    # -- painting ---------------------------------------------------------------------
    def _pixmap(self, character: str) -> QPixmap:
        cached = self._cache.get(character)
        if cached is None:
            metrics = QFontMetrics(self.font())
            ratio = self.devicePixelRatioF()
            size = QSize(max(metrics.horizontalAdvance(character), 1), metrics.height())
            cached = QPixmap(size * ratio)
            cached.setDevicePixelRatio(ratio)
            cached.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cached)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self.font())
            painter.setPen(self._colour)
            painter.drawText(QRect(QPoint(0, 0), size), Qt.AlignmentFlag.AlignCenter, character)
            painter.end()
            self._cache[character] = cached
        return cached

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._background)
        if not self._text:
            return
        pixmaps = [self._pixmap(c) for c in self._text]
        ratio = self.devicePixelRatioF()
        width = sum(round(p.width() / ratio) for p in pixmaps)
        height = round(pixmaps[0].height() / ratio)
        left_aligned = bool(self.alignment & Qt.AlignmentFlag.AlignLeft)
        x = 0 if left_aligned else (self.width() - width) // 2
        y = (self.height() - height) // 2
        for pixmap in pixmaps:
            painter.drawPixmap(x, y, pixmap)
            x += round(pixmap.width() / ratio)
        painter.end()
