"""An unexpected error is logged and shown, and the app keeps running."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator.ui.error_reporter import ErrorReporter, setup_logging


def test_error_in_a_slot_is_logged_and_shown(tmp_path: Path, qtbot: QtBot) -> None:
    log_file = tmp_path / "facilitator.log"
    setup_logging(log_file)
    parent = QWidget()
    qtbot.addWidget(parent)
    reporter = ErrorReporter(log_file)
    reporter.parent_window = lambda: parent
    previous = sys.excepthook
    reporter.install()
    try:
        try:
            raise ValueError("boom in a slot")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert reporter.count == 1
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "saved changes are safe" in boxes[0].text()
    assert str(log_file) in boxes[0].informativeText()


def test_error_in_an_asyncio_task_is_reported(tmp_path: Path, qtbot: QtBot) -> None:
    log_file = tmp_path / "facilitator.log"
    reporter = ErrorReporter(log_file, show_dialogs=False)
    error = RuntimeError("task failed")
    reporter.handle_loop_exception(None, {"exception": error, "message": "Task exception"})
    reporter.handle_loop_exception(None, {"message": "no exception object"})
    assert reporter.count == 2


def test_exception_raised_in_a_real_slot_reaches_the_reporter(tmp_path: Path, qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    reporter = ErrorReporter(tmp_path / "facilitator.log", show_dialogs=False)
    previous = sys.excepthook
    reporter.install()
    survived: list[bool] = []

    def broken_slot() -> None:
        raise KeyError("a bug in a slot")

    try:
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(5, lambda: survived.append(True))
        qtbot.waitUntil(lambda: bool(survived))
    finally:
        sys.excepthook = previous
    assert reporter.count == 1
