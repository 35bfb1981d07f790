"""Widgets that re-read their texts when the interface language changes (no restart).

The rules, checked by tests/ui/test_language_everywhere.py (which switches the language
live on every screen and reads back every string shown):

- a widget says its words in `retranslate()`, never once in its constructor (only the
  dialogs opened with `exec()` may: the language cannot change while they are open);
- a widget with a `retranslate()` hears the change: it is a `Retranslatable`;
- a sentence kept for later (a banner's, an undo step's name) is kept as a function that
  says it (`lambda: self.tr(…)`), asked again after a switch: `banner.Sentence`,
  `editing.UndoText`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class Retranslatable(QWidget):
    """A widget whose `retranslate()` sets every visible text; called on LanguageChange."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
