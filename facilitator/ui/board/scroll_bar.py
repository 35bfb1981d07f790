"""A scroll bar that is painted again only when it looks different.

Qt paints a scroll bar again whenever its range changes. On the board a range changes
at almost every note captured (the list gains a row, the canvas's notes' rectangle
grows), and at 5,000 notes the handle is the same to the pixel: painting it again took
0.24 ms of CPU, and twice as long to the eye on a busy machine (Qt fills a bar that tall
with its worker threads), for nothing seen (issue 22).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QWidget

_RANGE = QAbstractSlider.SliderChange.SliderRangeChange
_BAR = QStyle.ComplexControl.CC_ScrollBar
_HANDLE = QStyle.SubControl.SC_ScrollBarSlider

Look = tuple[int, int, int, int, bool, bool]


class SteadyScrollBar(QScrollBar):
    """A QScrollBar whose change of range repaints it only if its handle moved or changed
    size, or an end was reached or left (its arrows' states); any other change (the
    value, the step, the orientation) repaints it as Qt does."""

    def __init__(
        self, orientation: Qt.Orientation = Qt.Orientation.Vertical, parent: QWidget | None = None
    ) -> None:
        super().__init__(orientation, parent)
        self._look: Look | None = None  # as painted after its last change

    def _now(self) -> Look:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(_BAR, option, _HANDLE, self)
        value = self.value()
        return (
            handle.x(),
            handle.y(),
            handle.width(),
            handle.height(),
            value == self.minimum(),
            value == self.maximum(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._look = self._now()  # painted anew at this size

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        look = self._now()
        if change == _RANGE and look == self._look:
            return
        self._look = look
        super().sliderChange(change)
