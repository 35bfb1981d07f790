"""A one-line label whose text changes each second (the countdown's badge in the
workshop's header) without relaying out its window.

A `QLabel` asks its window for a new layout at every new text, and a transparent one
repaints the page behind it: each second, seen from any part, the whole header was laid
out again and repainted (issue 22). This label's size is fixed to its text's: a new text
of the same size (a new second, in digits of equal width) repaints the label alone; a
longer or shorter one resizes it, once. A text that differs only by digits, in a font
whose digits are all as wide, is known to be as wide without measuring it (measuring
the badge, with its activity's title, took 0.2 ms a second). Plain text only, as
`plain.plain_label`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QLabel):
    """`QLabel` for one line of plain text, sized to it (see the module's docstring);
    opaque, filled with its palette's window colour (the page's, behind it)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAutoFillBackground(True)
        self._even_digits: bool | None = None  # whether this font's digits are as wide
        self.setText(text)

    def setText(self, text: str) -> None:
        before = self.text()
        if text == before:
            return
        super().setText(text)  # fixed in size: no layout asked for
        if not self._as_wide(before, text):
            self._fit()

    def _as_wide(self, before: str, after: str) -> bool:
        """Whether `after` is surely as wide as `before`: the same but for digits, in
        digits of equal width."""
        if len(before) != len(after) or not before:
            return False
        if self._even_digits is None:
            metrics = QFontMetrics(self.font())
            self._even_digits = len({metrics.horizontalAdvance(d) for d in "0123456789"}) == 1
        return self._even_digits and all(
            a == b or (a in "0123456789" and b in "0123456789")
            for a, b in zip(before, after, strict=True)
        )

    def _fit(self) -> None:
        hint = self.sizeHint()
        if hint != self.minimumSize() or hint != self.maximumSize():
            self.setFixedSize(hint)  # a new size: laid out once

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._even_digits = None
            self._fit()  # the same text in another font: another size
