"""Widgets whose width does not grow with what people type, so that no window is pushed
past a 1280x720 laptop screen by a long workshop title, board name or vote title.

- `choice_box()`: a combo box as wide as its entries but at most `CHOICE_CHARS`
  characters (a long entry is elided in the box, whole in its list and its tool tip).
- `tool_strip()`: a row of tool buttons whose overflow goes behind a » button.
- `ElidedLabel`: one line of plain text, cut with "…" to the width it is given, the whole
  text in its tool tip.

Both show plain text only (see plain.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QWidget

from facilitator.ui.plain import set_tooltip

# Wide enough for "Toutes les catégories", "Tableau d'idées", a date: the longest words
# of our own entries; user entries longer than this are elided.
CHOICE_CHARS = 18
# An elided label never asks for less than this many characters.
ELIDED_MIN_CHARS = 8


class ChoiceBox(QComboBox):
    """A combo box as wide as its entries, but never asking for more than `chars`
    characters: a long entry is elided in the box, whole in its list."""

    def __init__(self, chars: int = CHOICE_CHARS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chars = chars
        self._widest: int | None = None  # pixels, measured once
        self.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.currentTextChanged.connect(self._tip)
        # Entries refilled or renamed with the box's signals blocked (a list rebuilt, the
        # language changed) say nothing through `currentTextChanged`; the model's own
        # signals still come, and `setCurrentIndex` is followed below.
        model = self.model()
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._tip_again)
        model.modelReset.connect(self._tip_again)

    def _cap(self, hint: QSize) -> QSize:
        if self._widest is None:
            empty = QComboBox()  # the frame, arrow and margins of a box, in this style
            empty.setFont(self.font())
            text = QFontMetrics(self.font()).averageCharWidth() * self.chars
            self._widest = empty.minimumSizeHint().width() + text
        return QSize(min(hint.width(), self._widest), hint.height())

    def sizeHint(self) -> QSize:
        return self._cap(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._cap(super().minimumSizeHint())

    def setCurrentIndex(self, index: int) -> None:
        super().setCurrentIndex(index)
        self._tip_again()

    def _tip_again(self, *_: object) -> None:
        self._tip(self.currentText())

    def _tip(self, text: str) -> None:
        set_tooltip(self, text if len(text) > self.chars else "")


def choice_box(chars: int = CHOICE_CHARS, parent: QWidget | None = None) -> QComboBox:
    """A `ChoiceBox`: as wide as its entries, at most `chars` characters."""
    return ChoiceBox(chars, parent)


def tool_strip() -> QToolBar:
    """A row of tool buttons for a page: those that do not fit the width go behind the
    tool bar's extension button (») instead of widening the window."""
    strip = QToolBar()
    strip.setMovable(False)
    strip.setFloatable(False)
    strip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    strip.setContentsMargins(0, 0, 0, 0)
    return strip


class ElidedLabel(QLabel):
    """One line of plain text that fits the width it is given: "…" where it is cut, and
    then the whole text in its tool tip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show `text` on one line (line breaks become spaces), cut to fit; the same text
        again does nothing (the workshop's heading is set again after every edit: a
        note captured measured the title anew, issue 22)."""
        full = " ".join(text.split())
        if full == self._full and self.text():
            return
        self._full = full
        self._elide()

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        width = metrics.averageCharWidth() * ELIDED_MIN_CHARS
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # another width for the same text
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
        set_tooltip(self, self._full if shown != self._full else "")
