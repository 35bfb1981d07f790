"""The one undo command: a change set, applied by redo and inverted by undo.

Every user action in every part of the app is a `ChangeCommand`; the parts
differ only in the change sets their domain edits build. Typing in one field
is coalesced into one command through `merge_key` (one key per typing session).

A command's text (Edit > Undo "Delete a vote") is given as a function that says it in
the interface's language: `retranslate()` asks it again after a live switch of the
language, so the Edit menu never names an earlier step in the other language. A plain
string stays as given (the tests' own labels).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from facilitator.domain.changes import ChangeSet

if TYPE_CHECKING:
    from facilitator.document.workshop_document import WorkshopDocument

MERGEABLE_ID = 1

# What an undo step is called: a function giving it in the current language, or as is.
UndoText = str | Callable[[], str]


class ChangeCommand(QUndoCommand):
    def __init__(
        self,
        document: WorkshopDocument,
        text: UndoText,
        changes: ChangeSet,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text() if callable(text) else text)
        self._text = text
        self._document = document
        self.changes = changes
        self.merge_key = merge_key

    def retranslate(self) -> None:
        """Name the step again, in the language installed now."""
        if callable(self._text):
            self.setText(self._text())

    def redo(self) -> None:
        self._document.apply_changes(self._document.rebased(self.changes))

    def undo(self) -> None:
        self._document.apply_changes(self._document.rebased(self.changes.inverted()))

    def id(self) -> int:
        return MERGEABLE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        # `other` has already been applied (push runs redo first): only the record is merged.
        self.changes = self.changes.merged_with(other.changes)
        if not self.changes:
            self.setObsolete(True)  # typed, then typed back: nothing left to undo
        return True
