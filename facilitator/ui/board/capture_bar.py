"""The capture field, always ready: type, Enter, the note is on the board.

Pasting several lines creates one note per line. The field keeps the keyboard:
capturing never moves the focus, and the write is a single durable commit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from facilitator.domain.board import PALETTE
from facilitator.domain.records import LONG, SHORT
from facilitator.ui.board.colours import colour_name, fill
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import plain_label
from facilitator.ui.retranslate import Retranslatable


class CaptureField(QLineEdit):
    """A line edit whose paste of several lines sends them all as separate ideas."""

    linesPasted = Signal(list)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            if "\n" in text.strip("\r\n"):
                self.linesPasted.emit(text.splitlines())
                return
        super().keyPressEvent(event)


class CaptureBar(Retranslatable):
    captured = Signal(list, str, str)  # lines, author, colour

    def __init__(self) -> None:
        super().__init__()
        self._label = plain_label()
        self.field = CaptureField()
        self.field.setMaxLength(LONG)
        self.field.returnPressed.connect(self._enter)
        self.field.linesPasted.connect(self._pasted)
        self.author = QLineEdit()
        self.author.setMaxLength(SHORT)
        self.author.setMaximumWidth(160)
        self.colour = choice_box()
        for colour in PALETTE:
            self.colour.addItem("", colour)
            self.colour.setItemData(
                self.colour.count() - 1, fill(colour), Qt.ItemDataRole.BackgroundRole
            )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.author)
        layout.addWidget(self.colour)
        self.retranslate()

    def retranslate(self) -> None:
        self._label.setText(self.tr("&Idea:"))
        self._label.setBuddy(self.field)
        self.field.setPlaceholderText(
            self.tr("Type an idea and press Enter (paste several lines: one idea per line)")
        )
        self.author.setPlaceholderText(self.tr("Author (optional)"))
        for index, colour in enumerate(PALETTE):
            self.colour.setItemText(index, colour_name(colour))

    def current_colour(self) -> str:
        return str(self.colour.currentData() or PALETTE[0])

    def _enter(self) -> None:
        text = self.field.text()
        if text.strip():
            self.captured.emit([text], self.author.text(), self.current_colour())
        self.field.clear()

    def _pasted(self, lines: list[str]) -> None:
        self.captured.emit(lines, self.author.text(), self.current_colour())
