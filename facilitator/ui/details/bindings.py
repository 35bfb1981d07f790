"""Keeping a text widget and a workshop field in step, one undo step per typing session.

Typing is written to the file after a short pause and when the field loses focus,
so a power cut loses at most the last second of typing; all the typing of one
session in one field is one undo step (the commands merge on a session key).
A change from elsewhere (undo, redo) updates the widget, unless the widget is
being typed in and already says the same thing.

Only what was typed is written: a widget that still shows an older value (its page was
behind another when an undo changed the field, and is refreshed only when shown: issue
22) writes nothing back when the workshop is closed or exported.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.text import clean_text
from facilitator.domain.workshop import Workshop
from facilitator.ui.editing import perform_edit

TYPING_PAUSE_MS = 700
_sessions = itertools.count(1)

Reader = Callable[[Workshop], str]
Writer = Callable[[Workshop, str], ChangeSet]
Reporter = Callable[[Message], None]


class TextBinding(QObject):
    def __init__(
        self,
        widget: QLineEdit | QPlainTextEdit,
        document: WorkshopDocument,
        *,
        key: str,
        read: Reader,
        write: Writer,
        undo_text: Callable[[], str],
        report: Reporter,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._document = document
        self._key = key
        self._read = read
        self._write = write
        self._undo_text = undo_text
        self._report = report
        self._multiline = isinstance(widget, QPlainTextEdit)
        self._session = next(_sessions)
        self._typed = False  # the widget's text was changed since it showed the field
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        widget.textChanged.connect(self._typing)
        widget.installEventFilter(self)
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(self._finish)
        widget.setReadOnly(document.read_only)
        self.refresh()

    def _text(self) -> str:
        widget = self._widget
        if isinstance(widget, QPlainTextEdit):
            # toPlainText() turns no-break spaces into plain ones, which would undo
            # French typography (« : », « ? ») on every edit: read the raw text instead.
            raw = widget.document().toRawText()
            return raw.replace("\u2029", "\n").replace("\u2028", "\n")
        return widget.text()

    def _typing(self) -> None:
        self._typed = True
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.FocusOut:
            self._finish()
        return False

    def _finish(self) -> None:
        self.commit()
        self._session = next(_sessions)  # the next typing is a new undo step

    def restart(self) -> None:
        """Follow the record the reader now points at (the caller committed the old one)."""
        self._timer.stop()
        self._session = next(_sessions)
        self._typed = False
        self.refresh()

    def commit(self) -> None:
        """Write what was typed, if it differs from the field (nothing typed: nothing
        written, even if the widget shows an older value)."""
        self._timer.stop()
        if self._document.read_only or not self._typed:
            return
        workshop = self._document.workshop
        if clean_text(self._text(), multiline=self._multiline) == self._read(workshop):
            self._typed = False
            return
        text = self._text()
        self._typed = not perform_edit(
            self._document,
            self._undo_text,
            lambda: self._write(workshop, text),
            report=self._report,
            on_refused=lambda: None,  # keep the user's text, so they can correct it
            merge_key=f"{self._key}#{self._session}",
        )

    def refresh(self) -> None:
        value = self._read(self._document.workshop)
        current = self._text()
        if current == value:
            return
        typing_here = self._widget.hasFocus() or self._timer.isActive()
        if typing_here and clean_text(current, multiline=self._multiline) == value:
            return  # the user's own typing, only not yet tidied: leave the cursor alone
        self._timer.stop()
        self._typed = False
        self._widget.blockSignals(True)
        try:
            if isinstance(self._widget, QPlainTextEdit):
                self._widget.setPlainText(value)
            else:
                self._widget.setText(value)
                self._widget.setCursorPosition(0)  # show the start of a long title
        finally:
            self._widget.blockSignals(False)
