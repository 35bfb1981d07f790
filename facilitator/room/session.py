"""One room link as the facilitator runs it: who joined, what they may send now, and
what they sent. Everything accepted becomes an edit of the workshop, made through the
`Host` (the open document in the app), so it is durable like any other edit.

Refusals are `RoomError`s with a key the participant page translates (the phone
shows the workshop's language, not the laptop's) and an HTTP status.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass, field
from typing import Protocol

from facilitator.domain import board, voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import Board, Language, VoteSession
from facilitator.domain.text import clean_text
from facilitator.domain.workshop import Workshop
from facilitator.room import codes, limits
from facilitator.room.waiting_log import Waiting, WaitingLog


class Host(Protocol):
    """What the room link needs from the open workshop."""

    def workshop(self) -> Workshop: ...

    def apply(self, label: str, changes: ChangeSet) -> None:
        """Make the edit durable (or queued and told, as any edit); raises on refusal."""
        ...

    def now_ms(self) -> int: ...

    def activity(self) -> tuple[str, int | None, bool]:
        """The activity's title, the countdown's remaining ms (None: no countdown) and
        whether it is running."""
        ...


class RoomError(Exception):
    def __init__(self, status: int, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.status = status
        self.key = key
        self.detail = detail


@dataclass
class Participant:
    token: str
    name: str
    label: str  # how their ballot is named: unique per phone
    joined_ms: int
    ideas: int = 0


@dataclass
class RoomSession:
    host: Host
    language: Language = "fr"
    code: str = field(default_factory=codes.new_join_code)
    is_open: bool = True
    accepting_ideas: bool = True
    moderation: bool = False
    board_id: str | None = None
    vote_id: str | None = None
    participants: dict[str, Participant] = field(default_factory=dict)
    pending: list[Waiting] = field(default_factory=list)
    log: WaitingLog | None = None  # where waiting ideas survive a crash or a stop
    received: int = 0  # ideas that reached the board
    hidden: int = 0
    _numbers: itertools.count[int] = field(default_factory=itertools.count)

    # -- the facilitator ---------------------------------------------------------------
    def restore(self) -> None:
        """Start with the ideas a previous link left waiting (a crash, a stop)."""
        if self.log is None:
            return
        self.pending = self.log.read()
        self._numbers = itertools.count(max((w.number for w in self.pending), default=-1) + 1)
        self.log.start_over(self.pending)

    def close(self) -> None:
        """The link is over: every request is refused from now on, even with the code."""
        self.is_open = False

    def accept(self, pending_id: int) -> None:
        idea = self._take(pending_id)
        if idea is not None:
            self.add_ideas([(idea.text, idea.author)])

    def hide(self, pending_id: int) -> None:
        if self._take(pending_id) is not None:
            self.hidden += 1

    def accept_all(self) -> None:
        for idea in list(self.pending):
            self.accept(idea.number)

    def _take(self, pending_id: int) -> Waiting | None:
        for index, idea in enumerate(self.pending):
            if idea.number == pending_id:
                if self.log is not None:
                    self.log.decided(pending_id)
                return self.pending.pop(index)
        return None

    # -- the participants -------------------------------------------------------------
    def check(self, code: str) -> None:
        if not self.is_open:
            raise RoomError(410, "closed")
        if not codes.same_code(code, self.code):
            raise RoomError(403, "bad_code")

    def participant(self, token: str) -> Participant:
        found = self.participants.get(token)
        if found is None:
            raise RoomError(401, "unknown_phone")
        return found

    def join(self, name: str) -> Participant:
        if len(self.participants) >= limits.MAX_PARTICIPANTS:
            raise RoomError(503, "room_full")
        name = _bounded(name, limits.MAX_NAME_CHARS, "name_too_long")
        token = codes.new_token()
        label = f"{name or '📱'} · {token[:4]}"
        joined = Participant(token, name, label, self.host.now_ms())
        self.participants[token] = joined
        return joined

    def send_idea(self, token: str, text: str, name: str) -> str:
        """'added' (on the board) or 'pending' (waiting for the facilitator)."""
        idea = self.receive_idea(token, text, name)
        if idea is None:
            return "pending"
        self.add_ideas([idea])
        return "added"

    def receive_idea(self, token: str, text: str, name: str) -> tuple[str, str] | None:
        """Check a phone's idea: the (text, author) to put on the board now, or None when
        it waits for the facilitator's review."""
        who = self.participant(token)
        if not self.accepting_ideas or self._board() is None:
            raise RoomError(409, "ideas_closed")
        text = _bounded(text, limits.MAX_IDEA_CHARS, "idea_too_long", multiline=True)
        if not _visible(text):
            raise RoomError(400, "idea_empty")
        author = _bounded(name, limits.MAX_NAME_CHARS, "name_too_long") or who.name
        if self.moderation and len(self.pending) >= limits.MAX_PENDING:
            raise RoomError(503, "too_many_waiting")
        who.ideas += 1
        if self.moderation:
            waiting = Waiting(next(self._numbers), text, author, token)
            if self.log is not None:
                self.log.add(waiting)  # on disk before the phone hears "sent"
            self.pending.append(waiting)
            return None
        return text, author

    def add_ideas(self, ideas: list[tuple[str, str]]) -> None:
        """Ideas that arrived together, onto the board in one edit (one durable write)."""
        target = self._board()
        if target is None:
            raise RoomError(409, "ideas_closed")
        changes, _ids = board.capture_signed(self.host.workshop(), target.id, ideas)
        self.host.apply("Idea from a phone" if len(ideas) == 1 else "Ideas from phones", changes)
        self.received += len(ideas)

    def place_dots(self, token: str, dots: dict[str, int]) -> None:
        """The phone's whole set of dots for the open vote, replacing its earlier one:
        one phone, one ballot."""
        who = self.participant(token)
        vote = self._vote()
        if vote is None:
            raise RoomError(409, "vote_closed")
        try:
            changes = voting.cast_ballot(self.host.workshop(), vote.id, who.label, dots)
        except FacilitatorError as error:
            raise RoomError(422, "dots_refused", str(error.message)) from error
        except LookupError as error:
            raise RoomError(422, "dots_refused", "unknown idea") from error
        self.host.apply("Dots from a phone", changes)

    # -- what a phone sees -------------------------------------------------------------
    def _board(self) -> Board | None:
        return self.host.workshop().get(Board, self.board_id) if self.board_id else None

    def _vote(self) -> VoteSession | None:
        vote = self.host.workshop().get(VoteSession, self.vote_id) if self.vote_id else None
        if vote is None or vote.status != "open" or vote.method != "dots":
            return None
        return vote

    def state(self, token: str) -> dict[str, object]:
        """What the phone shows: the activity and its countdown, and what it may do."""
        who = self.participant(token)
        title, remaining, running = self.host.activity()
        target = self._board()
        vote = self._vote()
        shown: dict[str, object] = {
            "activity": title,
            "countdown": None if remaining is None else {"ms": remaining, "running": running},
            "name": who.name,
            "ideas": None,
            "vote": None,
        }
        if target is not None and self.accepting_ideas:
            shown["ideas"] = {
                "board": target.title,
                "question": target.question,
                "moderated": self.moderation,
                "sent": who.ideas,
            }
        if vote is not None:
            workshop = self.host.workshop()
            mine = {b.option_id: b.dots for b in voting.ballots_of(workshop, vote.id, who.label)}
            shown["vote"] = {
                "title": vote.title,
                "dots": vote.dots_per_participant,
                "per_idea": vote.max_dots_per_idea,
                "options": [
                    {"id": o.id, "label": o.label, "mine": mine.get(o.id, 0)}
                    for o in voting.options_of(workshop, vote.id)
                ],
            }
        return shown


def _visible(text: str) -> bool:
    """Whether something would show on a note: not only blanks or invisible marks."""
    return any(unicodedata.category(char)[0] not in "CZ" for char in text)


def _bounded(text: str, limit: int, key: str, *, multiline: bool = False) -> str:
    if len(text) > limit * 4:  # far too long to be worth cleaning
        raise RoomError(413, key)
    cleaned = clean_text(text, multiline=multiline)
    if len(cleaned) > limit:
        raise RoomError(413, key)
    return cleaned
