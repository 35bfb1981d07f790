"""A message strip above the content: read-only mode, a failed write, a refused value.

A banner's sentence is given as a function that says it in the interface's language
(`show_text(lambda: self.tr(…))`, `show_text(lambda: render(message))`): the banner asks
it again when the language changes, so a message still on screen follows a live switch
(tests/ui/test_language_everywhere.py). Its accessible name, what a screen reader says of
it, is translated the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from facilitator.ui.plain import plain_label
from facilitator.ui.style import repolish

# What a banner shows: a function giving the sentence in the current language.
Sentence = Callable[[], str]


class Banner(QFrame):
    def __init__(self, severity: str, name: Sentence) -> None:
        """`severity` is "info" or "error" (its colours, style.py); `name` gives the
        banner's accessible name in the current language."""
        super().__init__()
        self.setObjectName("banner")
        self._name = name
        self._sentence: Sentence | None = None
        self.setProperty("severity", severity)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.label, 1)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.setAccessibleName(name())
        self.hide()

    def add_button(self, button: QPushButton) -> QPushButton:
        self._layout.addWidget(button)
        return button

    def show_text(
        self, sentence: Sentence, *, severity: str | None = None, hide_after_ms: int = 0
    ) -> None:
        """Show `sentence()` now, and again whenever the interface language changes;
        hidden after `hide_after_ms` milliseconds unless 0."""
        if severity is not None and severity != self.property("severity"):
            self.setProperty("severity", severity)
            repolish(self)
        self._sentence = sentence
        self.label.setText(sentence())
        self.show()
        if hide_after_ms:
            self._hide_timer.start(hide_after_ms)
        else:
            self._hide_timer.stop()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self._name())
            if self._sentence is not None:
                self.label.setText(self._sentence())
        super().changeEvent(event)
