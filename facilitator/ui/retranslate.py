"""Widgets that re-read their texts when the interface language changes (no restart)."""

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
