"""The status bar's promise: every change is saved, or exactly what is not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.ui.style import repolish


class SaveIndicator(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("saveState")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._document: WorkshopDocument | None = None

    def follow(self, document: WorkshopDocument | None) -> None:
        if self._document is not None:
            self._document.saveStateChanged.disconnect(self.refresh)
        self._document = document
        if document is not None:
            document.saveStateChanged.connect(self.refresh)
        self.refresh()

    def state(self) -> str:
        document = self._document
        if document is None:
            return ""
        if document.read_only:
            return "readonly"
        return "saved" if document.is_saved() else "unsaved"

    def refresh(self) -> None:
        state = self.state()
        document = self._document
        if document is None:
            self.setText("")
        elif state == "readonly":
            self.setText(self.tr("Read-only"))
        elif state == "saved":
            self.setText(self.tr("✓ All changes saved"))
        else:
            self.setText(self.tr("⚠ %n change(s) not saved", "", document.pending_count))
        if self.property("state") != state:
            self.setProperty("state", state)
            repolish(self)
