"""Unexpected errors: written to the log file, shown in a dialog, and the app keeps running.

Installed as `sys.excepthook` (PySide6 hands exceptions raised in slots to it) and
as the asyncio loop's exception handler (qasync tasks). Edits already written to
the workshop file are safe whatever happens here; the dialog says so.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.ui.plain import message_box

log = logging.getLogger("facilitator")


class ErrorReporter(QObject):
    errorReported = Signal(str)

    def __init__(self, log_file: Path, *, show_dialogs: bool = True) -> None:
        super().__init__()
        self.log_file = log_file
        self.show_dialogs = show_dialogs
        self.count = 0
        self.parent_window: Callable[[], QWidget | None] = lambda: None
        self._dialog: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle_exception

    def handle_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.count += 1
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unexpected error\n%s", text)
        self.errorReported.emit(text)
        if self.show_dialogs:
            self._show(f"{kind.__name__}: {error}")

    def handle_loop_exception(self, _loop: object, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.handle_exception(type(error), error, error.__traceback__)
        else:
            self.count += 1
            log.error("Unexpected error in the event loop: %s", context.get("message"))

    def _show(self, summary: str) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            return  # one dialog at a time; every error is in the log
        # The log file's path, and the error (which may quote a user's text), as written.
        dialog = message_box(
            self.parent_window(),
            QMessageBox.Icon.Warning,
            self.tr("Unexpected error"),
            self.tr(
                "Something unexpected happened. Your saved changes are safe, and you can "
                "keep working."
            ),
            self.tr("The details are in the log file: %1").replace("%1", str(self.log_file)),
        )
        dialog.setDetailedText(summary)
        dialog.open()  # not exec(): never a nested event loop inside qasync
        self._dialog = dialog


def setup_logging(log_file: Path) -> None:
    from logging.handlers import RotatingFileHandler

    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("facilitator")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
