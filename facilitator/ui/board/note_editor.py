"""Editing a note where it is: a text box over the note, Enter keeps, Escape cancels.

Shift+Enter makes a new line. Leaving the box keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QPlainTextEdit

from facilitator.domain.board import NOTE_HEIGHT, NOTE_WIDTH
from facilitator.ui.board.colours import fill
from facilitator.ui.board.items import NoteItem


class InPlaceEditor(QPlainTextEdit):
    def __init__(
        self, view: QGraphicsView, item: NoteItem, done: Callable[[str, str | None], None]
    ) -> None:
        super().__init__(view.viewport())
        self.note_id = item.idea.id
        self._done = done  # (note id, new text or None when cancelled)
        self._finished = False
        top_left = view.mapFromScene(item.scenePos())
        bottom_right = view.mapFromScene(
            item.scenePos().x() + NOTE_WIDTH, item.scenePos().y() + NOTE_HEIGHT
        )
        width = max(bottom_right.x() - top_left.x(), 220)
        height = max(bottom_right.y() - top_left.y(), 130)
        self.setGeometry(top_left.x(), top_left.y(), width, height)
        self.setStyleSheet(
            f"QPlainTextEdit {{ background: {fill(item.idea.color).name()}; "
            "border: 2px solid #000091; }"
        )
        self.setPlainText(item.idea.text)
        self.selectAll()
        self.show()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(keep=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(keep=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish(keep=True)

    def finish(self, *, keep: bool) -> None:
        if self._finished:
            return
        self._finished = True
        raw = self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
        self.hide()
        self.deleteLater()
        self._done(self.note_id, raw if keep else None)
