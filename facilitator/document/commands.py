"""The one undo command: a change set, applied by redo and inverted by undo.

Every user action in every part of the app is a `ChangeCommand`; the parts
differ only in the change sets their domain edits build. Typing in one field
is coalesced into one command through `merge_key` (one key per typing session).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from facilitator.domain.changes import ChangeSet

if TYPE_CHECKING:
    from facilitator.document.workshop_document import WorkshopDocument

MERGEABLE_ID = 1


class ChangeCommand(QUndoCommand):
    def __init__(
        self,
        document: WorkshopDocument,
        text: str,
        changes: ChangeSet,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._document = document
        self.changes = changes
        self.merge_key = merge_key

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
