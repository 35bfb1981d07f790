"""One room link as the facilitator runs it: who joined, what they may send now, and
what they sent. Everything accepted becomes an edit of the workshop, made through the
`Host` (the open document in the app), so it is durable like any other edit.

Refusals are `RoomError`s with a key the participant page translates (the phone
shows the workshop's language, not the laptop's) and an HTTP status.

"Added" and "pending" mean on disk: when the edit (or the waiting log's line) could not
be written, the phone hears "saved later" instead (`SAVED_LATER`) and the facilitator
sees why (the document's last error, `log_error`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Literal, Protocol

from facilitator.domain import board, voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import Board, Language, VoteSession
from facilitator.domain.text import clean_text, has_visible_text, without_spoofing
from facilitator.domain.workshop import Workshop
from facilitator.room import codes, limits
from facilitator.room.waiting_log import Waiting, WaitingLog


class Host(Protocol):
    """What the room link needs from the open workshop."""

    def workshop(self) -> Workshop: ...

    def apply(self, label: str, changes: ChangeSet) -> bool:
        """Make the edit: True when it is on disk, False when it is kept in memory,
        queued and the user told (disk full, file gone); raises `RoomError` on refusal."""
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
    address: str = ""  # the network address it joined from


Received = tuple[str, str] | Literal["pending", "saved_later"]
SAVED_LATER: Literal["saved_later"] = "saved_later"


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
    saved_later: int = 0  # phones told "kept, not yet saved" (the disk refused)
    removed: set[str] = field(default_factory=set)  # tokens the facilitator removed
    banned: dict[str, int] = field(default_factory=dict)  # address -> may join again at (ms)
    max_phones_per_address: int = limits.MAX_PHONES_PER_ADDRESS
    _numbers: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def log_error(self) -> OSError | None:
        """Why ideas waiting for review are not all on disk (None: they are)."""
        return self.log.error if self.log is not None and self.log.unwritten else None

    # -- the facilitator ---------------------------------------------------------------
    def restore(self) -> None:
        """Start with the ideas a previous link left waiting (a crash, a stop)."""
        if self.log is None:
            return
        self.pending = self.log.read()
        self._numbers = itertools.count(max((w.number for w in self.pending), default=-1) + 1)
        try:
            self.log.start_over(self.pending)
        except OSError as error:  # the old log stays; new lines are appended to it
            self.log.error = error

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

    def remove(self, token: str) -> None:
        """The facilitator removes a phone: its token is refused from now on (403
        `removed`, no silent rejoin), its address may not join again for
        `limits.REMOVED_ADDRESS_BAN_MS`, and its ideas still waiting for review are
        dropped (counted as hidden): a phone is removed for what it sends. What it already
        put on the board and its dots stay (edits of the workshop, undoable there)."""
        who = self.participants.pop(token, None)
        if who is None:
            return
        self.removed.add(token)
        if who.address:
            self.banned[who.address] = self.host.now_ms() + limits.REMOVED_ADDRESS_BAN_MS
        for idea in [w for w in self.pending if w.token == token]:
            self.hide(idea.number)

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
            if token in self.removed:
                raise RoomError(403, "removed")
            raise RoomError(401, "unknown_phone")
        return found

    def join(self, name: str, address: str = "") -> Participant:
        """A new phone from `address`: refused when the room is full (`MAX_PARTICIPANTS`),
        when this address already has `max_phones_per_address` phones, or when a phone
        removed from it is still banned."""
        if len(self.participants) >= limits.MAX_PARTICIPANTS:
            raise RoomError(503, "room_full")
        if address:
            now = self.host.now_ms()
            if self.banned.get(address, 0) > now:
                raise RoomError(403, "removed")
            same = sum(1 for p in self.participants.values() if p.address == address)
            if same >= self.max_phones_per_address:
                raise RoomError(403, "too_many_phones")
        name = _bounded(name, limits.MAX_NAME_CHARS, "name_too_long")
        token = codes.new_token()
        label = f"{name or '📱'} · {token[:4]}"
        joined = Participant(token, name, label, self.host.now_ms(), address=address)
        self.participants[token] = joined
        return joined

    def send_idea(self, token: str, text: str, name: str) -> str:
        """'added' (on the board, on disk), 'pending' (waiting for the facilitator, on
        disk) or 'saved_later' (kept in memory: the disk refused it for now)."""
        idea = self.receive_idea(token, text, name)
        if isinstance(idea, str):
            return idea
        if self.add_ideas([idea]):
            return "added"
        self.saved_later += 1
        return SAVED_LATER

    def receive_idea(self, token: str, text: str, name: str) -> Received:
        """Check a phone's idea: the (text, author) to put on the board now, or, when it
        waits for the facilitator's review, "pending" (on disk) or "saved_later" (the
        waiting log could not be written: kept in memory, written with the next line)."""
        who = self.participant(token)
        if not self.accepting_ideas or self._board() is None:
            raise RoomError(409, "ideas_closed")
        text = _bounded(text, limits.MAX_IDEA_CHARS, "idea_too_long", multiline=True)
        if not _visible(text):
            raise RoomError(400, "idea_empty")
        author = _bounded(name, limits.MAX_NAME_CHARS, "name_too_long") or who.name
        if self.moderation:
            mine = sum(1 for w in self.pending if w.token == token)
            if len(self.pending) >= limits.MAX_PENDING or mine >= limits.MAX_PENDING_PER_PHONE:
                raise RoomError(503, "too_many_waiting")
        who.ideas += 1
        if self.moderation:
            waiting = Waiting(next(self._numbers), text, author, token)
            self.pending.append(waiting)
            if self.log is not None and not self.log.add(waiting):  # on disk before "sent"
                self.saved_later += 1
                return SAVED_LATER
            return "pending"
        return text, author

    def add_ideas(self, ideas: list[tuple[str, str]]) -> bool:
        """Ideas that arrived together, onto the board in one edit (one durable write);
        True when on disk, False when kept in memory (the phones hear "saved later")."""
        target = self._board()
        if target is None:
            raise RoomError(409, "ideas_closed")
        changes, _ids = board.capture_signed(self.host.workshop(), target.id, ideas)
        label = "Idea from a phone" if len(ideas) == 1 else "Ideas from phones"
        durable = self.host.apply(label, changes)
        self.received += len(ideas)
        return durable

    def place_dots(self, token: str, dots: dict[str, int]) -> bool:
        """The phone's whole set of dots for the open vote, replacing its earlier one:
        one phone, one ballot. True when on disk, False when kept in memory."""
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
        return self.host.apply("Dots from a phone", changes)

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
    """Whether something would show on a note: not only blanks, fillers or marks."""
    return has_visible_text(text)


def _bounded(text: str, limit: int, key: str, *, multiline: bool = False) -> str:
    if len(text) > limit * 4:  # far too long to be worth cleaning
        raise RoomError(413, key)
    cleaned = clean_text(without_spoofing(text), multiline=multiline)
    if len(cleaned) > limit:
        raise RoomError(413, key)
    return cleaned
