"""Workshops the system asks the running app to open.

On macOS a workshop double-clicked in Finder, or dropped on the Dock icon, never reaches
`sys.argv`: macOS starts the app (or finds it running) and sends the file as an Apple
Event, which Qt delivers to the application object as a QFileOpenEvent. Windows and
Linux start a new process with the file as its argument instead (the installer's and
the desktop entry's command), which the command line already handles.

Installed on the QApplication by the composition root, before its event loop runs, so
that the event of the double-click that started the app is not missed:

    app.installEventFilter(FileOpenRequests(window.open_path, parent=app))
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenRequests(QObject):
    """Hands each file a QFileOpenEvent names to `open_path`; a request for a web
    address (no local file) is left to Qt."""

    def __init__(self, open_path: Callable[[Path], object], parent: QObject | None = None):
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self._open_path(Path(name))
                return True
        return super().eventFilter(watched, event)
