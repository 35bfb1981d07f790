"""One way for every view to ask for an edit: build it, perform it, or say why not."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import FacilitatorError, Message


def perform_edit(
    document: WorkshopDocument,
    text: str,
    build: Callable[[], ChangeSet],
    *,
    report: Callable[[Message], None],
    on_refused: Callable[[], None],
    merge_key: str | None = None,
) -> bool:
    """Build the change set and push it; if the domain refuses it, report why and
    let the view show the workshop's values again (`on_refused`)."""
    try:
        changes = build()
    except FacilitatorError as error:
        report(error.message)
        on_refused()
        return False
    document.edit(text, changes, merge_key=merge_key)
    return True
