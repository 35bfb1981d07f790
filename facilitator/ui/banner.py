"""A message strip above the content: read-only mode, a failed write, a refused value."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from facilitator.ui.plain import plain_label
from facilitator.ui.style import repolish


class Banner(QFrame):
    def __init__(self, severity: str, object_name: str = "banner") -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAccessibleName(object_name)
        self.setProperty("severity", severity)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.label, 1)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def add_button(self, button: QPushButton) -> QPushButton:
        self._layout.addWidget(button)
        return button

    def show_text(self, text: str, *, severity: str | None = None, hide_after_ms: int = 0) -> None:
        if severity is not None and severity != self.property("severity"):
            self.setProperty("severity", severity)
            repolish(self)
        self.label.setText(text)
        self.show()
        if hide_after_ms:
            self._hide_timer.start(hide_after_ms)
        else:
            self._hide_timer.stop()
