"""Text for the room: wrapped, then shrunk until it fits its box, never below a size
readable from the back of the room; what still does not fit ends with "…".

Used on the projector (the activity's title and instructions, what comes next, the break
screen), where a label would instead push its window past the screen. The text is laid
out by `QTextLayout`: plain text always (never markup), right-to-left scripts in their
order, words longer than a line broken where they must be.

A new text is fitted once, when first painted, then kept until the text or the box
changes (not at each repaint). The largest size is tried first, then the size fitted
before (a line whose time changes each second keeps its size): one or two layouts
instead of a search through sizes, each a font of its own for Qt to make.

A new text moves its layout only when it can change the widget's place in it: not when
the widget's height is fixed or its vertical policy Ignored (its width hints do not
depend on the text, only on whether there is one): a line whose time changes each
second (the run page's round line, the break screen's) never relays out its window.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

ELLIPSIS = "…"
# The smallest text shown to a room, as a share of the screen's height: about 24 pt on a
# 1080-line screen, the usual floor for slides read from the back of a room; never
# under 16 px whatever the screen.
SMALLEST_SHARE = 0.03
SMALLEST_PX = 16
LINE_SPACING = 1.15


def laid_out(
    text: str,
    font: QFont,
    width: float,
    align: Qt.AlignmentFlag,
    spacing: float = LINE_SPACING,
) -> QTextLayout:
    """`text` laid out in lines of `width` pixels: between words, or anywhere in a word
    longer than the line; lines `spacing` times the font's height apart."""
    layout = QTextLayout(text, font)
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    leading = QFontMetricsF(font).height() * (spacing - 1)
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height() + leading
    layout.endLayout()
    return layout


def layout_height(layout: QTextLayout) -> float:
    """Pixels from the first line's top to the last line's bottom."""
    count = layout.lineCount()
    if count == 0:
        return 0.0
    last = layout.lineAt(count - 1)
    return float(last.y() + last.height())


class FittedText(QWidget):
    """`largest_share` and the floor are shares of `reference_px` (the screen's height,
    set by the window on each resize)."""

    def __init__(
        self,
        largest_share: float,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
        colour: str = "white",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self.largest_share = largest_share
        self.bold = bold
        self.align = align
        self.colour = QColor(colour)
        self.reference_px = 600
        self._pixel_range: tuple[int, int] | None = None  # (smallest, largest), if set
        self._fitted: tuple[QSize, str, int, QFont, QTextLayout, bool] | None = None
        self._last_px = 0  # the size fitted last (px): tried first for the next text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # -- what is shown --------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            moves = bool(text) != bool(self._text) or not self.box_ignores_text()
            self._text = text
            self._fitted = None
            if moves:
                self.updateGeometry()
            self.update()

    def box_ignores_text(self) -> bool:
        """Whether this widget's place in its layout cannot depend on its text (only on
        whether there is one): its height fixed, or its vertical policy Ignored."""
        return (
            self.minimumHeight() == self.maximumHeight()
            or self.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Ignored
        )

    def set_reference(self, pixels: int) -> None:
        """The screen's height: the largest and smallest sizes follow it."""
        if pixels != self.reference_px:
            self.reference_px = pixels
            self._fitted = None
            self.updateGeometry()
            self.update()

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self.colour:
            self.colour = QColor(colour)
            self.update()

    def set_pixel_range(self, smallest: int, largest: int) -> None:
        """Sizes in pixels instead of shares of a screen (text on the laptop's window)."""
        self._pixel_range = (max(1, smallest), max(smallest, largest))
        self._fitted = None
        self.updateGeometry()
        self.update()

    def largest_px(self) -> int:
        if self._pixel_range is not None:
            return self._pixel_range[1]
        return max(self.smallest_px(), round(self.reference_px * self.largest_share))

    def smallest_px(self) -> int:
        if self._pixel_range is not None:
            return self._pixel_range[0]
        return max(SMALLEST_PX, round(self.reference_px * SMALLEST_SHARE))

    def _font(self, pixels: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(self.bold)
        return font

    # -- sizes --------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        """One line at the smallest size: what the room must always be able to read."""
        if not self._text:
            return QSize(0, 0)
        metrics = QFontMetricsF(self._font(self.smallest_px()))
        return QSize(round(metrics.averageCharWidth() * 6), round(metrics.height() * LINE_SPACING))

    def sizeHint(self) -> QSize:
        """The text at its largest size in the width it has (or a tenth of the screen)."""
        if not self._text:
            return QSize(0, 0)
        width = max(self.width(), 200)
        layout = laid_out(self._text, self._font(self.largest_px()), width, self.align)
        return QSize(width, round(layout_height(layout)) + 2)

    # -- fitting ------------------------------------------------------------------------
    def fitted(self) -> tuple[int, str, bool]:
        """(pixel size, text drawn, whether it was cut) for the current box."""
        state = self._fit()
        return state[2], state[1], state[5]

    def _fit(self) -> tuple[QSize, str, int, QFont, QTextLayout, bool]:
        size = self.size()
        if self._fitted is not None and self._fitted[0] == size:
            return self._fitted
        width, height = float(max(1, size.width())), float(max(1, size.height()))
        low, high = self.smallest_px(), self.largest_px()

        layouts: dict[int, QTextLayout] = {}  # by size: the one kept is not laid out again

        def fits(pixels: int) -> bool:
            if pixels not in layouts:
                layouts[pixels] = laid_out(self._text, self._font(pixels), width, self.align)
            return layout_height(layouts[pixels]) <= height

        before = self._last_px
        if fits(high):  # most texts: at their largest
            best = high
        elif low <= before < high and fits(before) and not fits(before + 1):
            best = before  # as large as the text before it
        else:
            best, high = low, high - 1
            while low <= high:  # the largest size whose wrapped text fits the box
                middle = (low + high) // 2
                if fits(middle):
                    best, low = middle, middle + 1
                else:
                    high = middle - 1
        self._last_px = best
        font = self._font(best)
        text = self._text
        layout = layouts[best] if best in layouts else laid_out(text, font, width, self.align)
        cut = layout_height(layout) > height
        if cut:
            text = shortened(self._text, font, width, height, self.align)
            layout = laid_out(text, font, width, self.align)
        self._fitted = (size, text, best, font, layout, cut)
        return self._fitted

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        _size, _text, _px, _font, layout, _cut = self._fit()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self.colour)
        top = 0.0
        used = layout_height(layout)
        if self.align & Qt.AlignmentFlag.AlignVCenter:
            top = (self.height() - used) / 2
        elif self.align & Qt.AlignmentFlag.AlignBottom:
            top = self.height() - used
        layout.draw(painter, QPointF(0, max(0.0, top)))
        painter.end()


def shortened(text: str, font: QFont, width: float, height: float, align: Qt.AlignmentFlag) -> str:
    """The longest start of `text` that fits `width` x `height` pixels with "…" after it
    (found by bisection: a 10,000-character text costs some fifteen layouts)."""
    low, high, best = 0, len(text), ELLIPSIS
    while low <= high:
        middle = (low + high) // 2
        attempt = text[:middle].rstrip() + ELLIPSIS
        if layout_height(laid_out(attempt, font, width, align)) <= height:
            best, low = attempt, middle + 1
        else:
            high = middle - 1
    return best


def draw_wrapped(
    painter: QPainter, box: QRectF, text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
) -> None:
    """`text` in `box` with the painter's font and pen: wrapped between words (anywhere in a
    word longer than the line), cut with "…" where the box ends. Vertically centred when
    `align` says so. For painted items (notes, matrix cards)."""
    font = painter.font()
    width, height = max(1.0, box.width()), box.height()
    layout = laid_out(text, font, width, align)
    if layout_height(layout) > height:
        layout = laid_out(shortened(text, font, width, height, align), font, width, align)
    top = box.top()
    if align & Qt.AlignmentFlag.AlignVCenter:
        top += max(0.0, (height - layout_height(layout)) / 2)
    layout.draw(painter, QPointF(box.left(), top))
