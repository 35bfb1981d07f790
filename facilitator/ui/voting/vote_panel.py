"""What the screens of one vote share: the document, the vote shown, one way to edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import (
    Ballot,
    Cluster,
    Criterion,
    Idea,
    MatrixPlacement,
    Score,
    VoteOption,
    VoteSession,
)
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable

VOTE_RECORDS = (VoteSession, VoteOption, Ballot, Criterion, Score, MatrixPlacement)


def touches_votes(changes: ChangeSet) -> bool:
    """Only these edits change what a vote screen shows: the others (a note typed on the
    board, run mode's clock) leave it, and a cell being typed in, alone. An idea or a
    cluster deleted counts too: its results say "deleted since"."""
    return any(
        isinstance(c.after or c.before, VOTE_RECORDS)
        or (c.after is None and isinstance(c.before, (Idea, Cluster)))
        for c in changes.changes
    )


class VotePanel(Retranslatable):
    """A screen of the vote page; `show_vote` chooses the vote, `refresh` follows edits."""

    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__()
        self.document = document
        self._report = report
        self.vote_id: str | None = None

    @property
    def vote(self) -> VoteSession | None:
        return self.document.workshop.get(VoteSession, self.vote_id)

    def live_vote_id(self) -> str | None:
        """The vote shown, unless it was just deleted (the page moves on right after)."""
        return self.vote_id if self.vote is not None else None

    def editable(self) -> bool:
        vote = self.vote
        return vote is not None and vote.status != "closed" and not self.document.read_only

    def show_vote(self, vote_id: str | None) -> None:
        self.vote_id = vote_id
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def follow(self, changes: ChangeSet) -> None:
        """After an edit: refreshed only if it touched the votes."""
        if touches_votes(changes):
            self.refresh()

    def follow_when_shown(self, seen_elsewhere: Callable[[], bool] | None = None) -> None:
        """Follow the votes' edits while seen (or while `seen_elsewhere()`: on the
        projector); behind another part or tab, refreshed once when shown (issue 22).
        Called once, at the end of the subclass's constructor."""
        self.follower = RefreshWhenShown(
            self, self.follow, self.refresh, relevant=touches_votes, seen_elsewhere=seen_elsewhere
        )
        self.document.changed.connect(self.follower.changed)

    def retranslate(self) -> None:
        self.refresh()

    def edit(self, text: UndoText, build: Callable[[], ChangeSet]) -> bool:
        if self.document.read_only:
            return False
        # Refused: the values of the workshop shown again, once the edit's signal is over
        # (a table must not replace the very cell it is reporting as changed).
        return perform_edit(
            self.document,
            text,
            build,
            report=self._report,
            on_refused=lambda: QTimer.singleShot(0, self.refresh),
        )
