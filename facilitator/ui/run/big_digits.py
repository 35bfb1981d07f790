"""A countdown in very large type that costs almost nothing to repaint.

Qt draws glyphs beyond its glyph-cache size as filled paths, which is slow at
projector sizes; this widget renders each character ("0"-"9", ":", "+") once into
a pixmap and repaints a new second by copying a few pixmaps: only those of the
characters that changed ("12:34" to "12:33" repaints the last digit's cell), the
characters' widths read once per font.

The characters are all rendered together, when a font or a colour is first shown (0.2
to 0.5 ms each at a 1280x720 projector's size): a digit's first appearance then costs
no more than any other second. The last COLOUR_SETS colours are kept (the end's flash
turns the digits black and back eight times: rendered once, not sixteen times).
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
# How many colours' characters are kept: the colour shown and the one before (the
# projector's white and its flash's black, `drop_other_colours` after the flash). A
# colour's characters take 1.8 MB at a 1280x720 projector's size, 4 MB at 1920x1080,
# 16 MB at 3840x2160 (measured: 12 pixmaps of the 30 % of the height font).
COLOUR_SETS = 2
WIDEST = "+0:00:00"  # an hour's overrun: the widest text a countdown shows


class BigCountdown(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor("white")
        self._background = QColor("black")
        # The characters rendered in each colour (by its RGBA value), the latest last.
        self._cache: dict[int, dict[str, QPixmap]] = {}
        self._advances: dict[str, int] = {}  # each character's width in this font (px)
        self._line_height = 0  # the font's height (px); 0: to be read
        self._shown_lefts = [0]  # `_lefts` of the text shown (set with it)
        self._largest_px = 0  # 0: the font is set from outside; else fitted to the box
        self._left_aligned = False  # else centred
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # Opaque: a new second repaints this rectangle only, never the widgets behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    # -- what is shown -----------------------------------------------------------
    @property
    def alignment(self) -> Qt.AlignmentFlag:
        """Where the digits stand: AlignLeft, or centred (any other flag)."""
        return Qt.AlignmentFlag.AlignLeft if self._left_aligned else Qt.AlignmentFlag.AlignCenter

    @alignment.setter
    def alignment(self, value: Qt.AlignmentFlag) -> None:
        self._left_aligned = bool(value & Qt.AlignmentFlag.AlignLeft)
        self._moved()

    def _moved(self) -> None:
        """The digits' places changed (a new size, font or alignment): all repainted."""
        self._shown_lefts = self._lefts(self._text)
        self.update()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        before, self._text = self._text, text
        old, new = self._shown_lefts, self._lefts(text)
        self._shown_lefts = new
        height = self._height()
        top = (self.height() - height) // 2 - 2
        if old[:-1] == new[:-1] and len(before) == len(text):
            # The same places (digits of equal width): the cells whose character changed.
            changed = [
                n for n, (was, now) in enumerate(zip(before, text, strict=True)) if was != now
            ]
            # (The last character's width may differ: the wider of the two is repainted.)
            left, right = new[changed[0]], max(old[changed[-1] + 1], new[changed[-1] + 1])
        else:
            left, right = min(old[0], new[0]), max(old[-1], new[-1])
        self.update(left - 2, top, right - left + 4, height + 4)

    def _advance(self, character: str) -> int:
        """`character`'s width in this font (px, at least 1), read once per font."""
        width = self._advances.get(character)
        if width is None:
            metrics = QFontMetrics(self.font())
            width = self._advances[character] = max(metrics.horizontalAdvance(character), 1)
        return width

    def _height(self) -> int:
        if not self._line_height:
            self._line_height = QFontMetrics(self.font()).height()
        return self._line_height

    def _lefts(self, text: str) -> list[int]:
        """The left edge of each character of `text` in this widget, then the right edge
        of the last ([x] for no text)."""
        widths = [self._advance(c) for c in text]
        x = 0 if self._left_aligned else (self.width() - sum(widths)) // 2
        lefts = [x]
        for width in widths:
            x += width
            lefts.append(x)
        return lefts

    def set_colours(self, text: str, background: str) -> None:
        """The digits' colour and the ground's; repaints only when one changes."""
        colour, ground = QColor(text), QColor(background)
        if (colour, ground) == (self._colour, self._background):
            return
        self._colour = colour
        self._background = ground
        if colour.rgba() in self._cache:  # kept as the latest colour
            self._cache[colour.rgba()] = self._cache.pop(colour.rgba())
        self.update()

    def colours_kept(self) -> int:
        """How many colours' characters are kept drawn (each COLOUR_SETS' memory)."""
        return len(self._cache)

    def drop_other_colours(self) -> None:
        """Forget the characters drawn in any colour but the one shown (their memory)."""
        shown = self._cache.get(self._colour.rgba())
        self._cache = {} if shown is None else {self._colour.rgba(): shown}

    def setFont(self, font: QFont) -> None:  # type: ignore[override] # one signature is enough
        super().setFont(font)
        self._cache.clear()
        self._advances.clear()
        self._line_height = 0
        self.updateGeometry()
        self._moved()

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
        self._moved()

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
        rgba = self._colour.rgba()
        rendered = self._cache.get(rgba)
        if rendered is None:
            rendered = self._cache[rgba] = self._rendered(set(CHARACTERS + character))
            while len(self._cache) > COLOUR_SETS:
                del self._cache[next(iter(self._cache))]  # the oldest colour
        cached = rendered.get(character)
        if cached is None:  # a character outside CHARACTERS: never shown, but drawn
            cached = rendered[character] = self._rendered({character})[character]
        return cached

    def _rendered(self, characters: set[str]) -> dict[str, QPixmap]:
        """`characters` drawn in this font and colour, one pixmap each."""
        metrics = QFontMetrics(self.font())
        ratio = self.devicePixelRatioF()
        rendered = {}
        for character in characters:
            size = QSize(max(metrics.horizontalAdvance(character), 1), metrics.height())
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self.font())
            painter.setPen(self._colour)
            painter.drawText(QRect(QPoint(0, 0), size), Qt.AlignmentFlag.AlignCenter, character)
            painter.end()
            rendered[character] = pixmap
        return rendered

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, self._background)
        lefts = self._lefts(self._text)
        top = (self.height() - self._height()) // 2
        for n, character in enumerate(self._text):
            if lefts[n] < area.right() + 1 and lefts[n + 1] > area.left():  # changed digits
                painter.drawPixmap(lefts[n], top, self._pixmap(character))
        painter.end()
