"""How much of the countdown's time is gone: a thin line filling from the start side.

A new second costs nothing unless the filled part gains a pixel, and then a repaint of
that pixel's column, painted with the countdown's digits (a `QProgressBar` drew its
whole style, and repainted at once, outside the window's next repaint, each time its
value moved: 0.5 to 0.7 ms of CPU every few seconds, issue 22).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.ui.style import ACCENT, BORDER

HEIGHT_PX = 10  # the line's thickness: as the progress bar it replaces was shown
TRACK = QColor(BORDER)  # the time left
FILLED = QColor(ACCENT)  # the time gone: 8.6:1 against the track


class ProgressLine(QWidget):
    """The share of the time gone (`set_share`), as a filled part of a line as wide as
    its layout gives it and HEIGHT_PX thick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share = 0.0
        self._filled = 0  # pixels filled, as painted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(HEIGHT_PX)
        # Opaque: a new pixel repaints this line only, never the page behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def share(self) -> float:
        """The share of the time gone shown, 0.0 to 1.0."""
        return self._share

    def filled_px(self) -> int:
        """How many pixels of the line's width are filled now."""
        return self._filled

    def set_share(self, share: float) -> None:
        """Show `share` of the time gone (clamped to 0.0-1.0); repaints only the pixels
        that changed, if any."""
        self._share = min(max(share, 0.0), 1.0)
        filled = round(self._share * self.width())
        if filled != self._filled:
            low, high = sorted((filled, self._filled))
            self._filled = filled
            self.update(self._columns(low, high))

    def _columns(self, start: int, end: int) -> QRect:
        """Pixels `start` to `end` from the start side (the right in right-to-left)."""
        if self.isRightToLeft():
            return QRect(self.width() - end, 0, end - start, self.height())
        return QRect(start, 0, end - start, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._filled = round(self._share * self.width())

    def sizeHint(self) -> QSize:
        return QSize(200, HEIGHT_PX)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, HEIGHT_PX)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, TRACK)
        filled = self._columns(0, self._filled).intersected(area)
        if not filled.isEmpty():
            painter.fillRect(filled, FILLED)
        painter.end()
