"""One way for every view to ask for an edit: build it, perform it, or say why not."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.document.commands import UndoText
from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import FacilitatorError, Message

__all__ = ["UndoText", "perform_edit"]


def perform_edit(
    document: WorkshopDocument,
    text: UndoText,
    build: Callable[[], ChangeSet],
    *,
    report: Callable[[Message], None],
    on_refused: Callable[[], None],
    merge_key: str | None = None,
) -> bool:
    """Build the change set and push it; if the domain refuses it, report why and
    let the view show the workshop's values again (`on_refused`). `text` names the step
    in the Edit menu: a function giving it in the interface's language (`lambda:
    self.tr(…)`), asked again when the language changes."""
    try:
        changes = build()
    except FacilitatorError as error:
        report(error.message)
        on_refused()
        return False
    document.edit(text, changes, merge_key=merge_key)
    return True
