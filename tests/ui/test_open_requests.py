"""A workshop double-clicked in macOS's Finder arrives as a QFileOpenEvent, not as an
argument: the application hands it to the window, which opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from facilitator.ui.main_window import MainWindow
from facilitator.ui.open_requests import FileOpenRequests


def test_a_file_open_request_opens_the_workshop(
    qapp: QApplication, window: MainWindow, full_demo_file: Path
) -> None:
    requests = FileOpenRequests(window.open_path, parent=qapp)
    qapp.installEventFilter(requests)
    try:
        assert QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(full_demo_file)))
        assert window.document is not None
        assert window.document.path == full_demo_file
        # Asked again for the open workshop (a second double-click): it stays open.
        assert QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(full_demo_file)))
        assert window.document.path == full_demo_file
    finally:
        qapp.removeEventFilter(requests)


def test_only_local_files_are_taken(qapp: QApplication, tmp_path: Path) -> None:
    opened: list[Path] = []
    requests = FileOpenRequests(opened.append, parent=qapp)
    qapp.installEventFilter(requests)
    try:
        web = QFileOpenEvent(QUrl("https://example.org/atelier"))
        QCoreApplication.sendEvent(qapp, web)
        QCoreApplication.sendEvent(qapp, QEvent(QEvent.Type.ApplicationActivate))
        assert opened == []
        name = tmp_path / "Atelier du 12 mars.atelier"
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(name))))
        assert opened == [name]
    finally:
        qapp.removeEventFilter(requests)
