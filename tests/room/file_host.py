"""A room link host on a real workshop file, without Qt: what the document does in the
app (apply to memory, then write durably), with a clock the test sets."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain import board, voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import VoteSession
from facilitator.domain.workshop import Workshop
from facilitator.storage.errors import StorageWriteError
from facilitator.storage.workshop_file import WorkshopFile


class FileHost:
    def __init__(self, path: Path) -> None:
        self.file, self._workshop = WorkshopFile.open(path)
        self.clock_ms = 1_795_000_000_000
        self.applied: list[str] = []  # the labels of the undo steps made
        self.untracked = 0  # changes made outside the undo history (the phones)
        self.queued: list[ChangeSet] = []  # in memory only: their write failed
        self.last_error: StorageWriteError | None = None

    def workshop(self) -> Workshop:
        return self._workshop

    def apply(self, label: str, changes: ChangeSet) -> bool:
        """As the document does: to memory, queued, then every queued edit written in
        order; a failed write keeps them queued (False)."""
        self._workshop.apply(changes)
        self.queued.append(changes)
        self.applied.append(label)
        return self.flush()

    def apply_untracked(self, changes: ChangeSet) -> bool:
        """As the document does for what is not an undo step (the phones that join)."""
        self._workshop.apply(changes)
        self.queued.append(changes)
        self.untracked += 1
        return self.flush()

    def flush(self) -> bool:
        try:
            while self.queued:
                self.file.apply(self.queued[0])
                self.queued.pop(0)
        except StorageWriteError as error:
            self.last_error = error
            return False
        self.last_error = None
        return True

    def now_ms(self) -> int:
        return self.clock_ms

    def activity(self) -> tuple[str, int | None, bool]:
        return "Idéation « en vrac »", 300_000, True

    def close(self) -> None:
        self.file.close()


def workshop_with_an_open_vote() -> Workshop:
    """A board of three ideas and an open dot vote on them (3 dots each)."""
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Idées « en vrac »")
    workshop.apply(changes)
    changes, _ids = board.capture(workshop, board_id, ["Covoiturage", "Parrainage", "Café"])
    workshop.apply(changes)
    changes, vote_id = voting.create_vote(
        workshop, board_id, "Vote à gommettes", dots_per_participant=3
    )
    workshop.apply(changes)
    vote = workshop.require(VoteSession, vote_id)
    workshop.apply(voting.set_status(workshop, vote.id, "open"))
    return workshop
