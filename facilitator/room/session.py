"""One room link as the facilitator runs it: who joined, what they may send now, and
what they sent. Everything accepted becomes an edit of the workshop, made through the
`Host` (the open document in the app), so it is durable like any other edit.

Refusals are `RoomError`s with a key the participant page translates (the phone
shows the workshop's language, not the laptop's) and an HTTP status.

"Added" and "pending" mean on disk: when the edit (or the waiting log's line) could not
be written, the phone hears "saved later" instead (`SAVED_LATER`) and the facilitator
sees why (the document's last error, `log_error`).

Phones are the workshop's, not the link's (issue 17): each phone that joins is written
to the workshop (`RoomPhone`: the SHA-256 of its token, its name, its ballot label),
outside the undo history. A later link, after a stop, a crash or a restart of the app,
recognises the token the phone kept (with that link's join code): the same name, the
same label, so its dots replace its earlier ballot instead of adding a second one. A
phone the facilitator removed stays removed. A token from another workshop is unknown.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from facilitator.domain import board, phone_photos, voting
from facilitator.domain.changes import ChangeSet, RowChange, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import (
    Board,
    Language,
    OwnerKind,
    PrototypeCard,
    RoomPhone,
    VoteSession,
    replaced,
)
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

    def apply_untracked(self, changes: ChangeSet) -> bool:
        """Make a change that is not an undo step (the phones: undo never forgets one);
        True when on disk, False when kept in memory and queued, as `apply`."""
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
    name: str  # as the participant gave it when joining; "" for none (never the label)
    label: str  # how their ballot is named: unique among the workshop's phones
    joined_ms: int  # when it joined this link, or was recognised by it
    ideas: int = 0  # sent through this link
    photos: int = 0  # sent through this link and stored
    address: str = ""  # the network address it joined from, or came back from
    phone_id: str = ""  # its `RoomPhone` in the workshop

    @property
    def tag(self) -> str:
        """What follows the name in its label: the digits that tell two phones of the
        same name apart ("3fa2" in "Léa · 3fa2")."""
        return self.label.rpartition(" · ")[2]


Received = tuple[str, str] | Waiting
"""A phone's idea once checked: (text, author) to put on the board, or the `Waiting` to
write to the waiting log (moderation) by `log_waiting`."""
SAVED_LATER: Literal["saved_later"] = "saved_later"


@dataclass
class PhoneDots:
    """One phone's whole set of dots on its way to the file (`RoomSession.receive_dots`,
    then `store_dots`); `refusal` set when it could not be written (the vote closed
    meanwhile, the phone was removed, the options changed)."""

    token: str
    label: str
    vote_id: str
    dots: dict[str, int]
    refusal: RoomError | None = None


PhotoDecoder = Callable[[bytes], tuple[bytes, int, int]]
"""Decodes a photo's bytes again (EXIF orientation applied, at most
`images.MAX_STORED_SIDE` pixels a side) and encodes them as JPEG without metadata:
(bytes, width, height). Raises `images.ImageError`. Runs in a worker thread. Given by the
Qt layer (`ui.board.photos.reencoded_photo`): the room link imports no Qt."""

FACILITATOR_LABEL: dict[Language, str] = {"fr": "Animation", "en": "Facilitator"}
"""The sender of photos from the facilitator's own phone. A participant's label always
ends with " · " and a tag: none can be this."""


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
    # Photos from phones (issue 19): the board's (`board_id`) or the card the facilitator
    # opened for photos; the facilitator's own page is reached with `facilitator_code`.
    accepting_photos: bool = True
    photo_card_id: str | None = None
    photo_decoder: PhotoDecoder | None = None
    facilitator_code: str = field(default_factory=codes.new_facilitator_code)
    photos_received: int = 0  # photos stored for review through this link
    photos_hidden: int = 0  # photos of phones the facilitator removed, hidden with them
    _numbers: itertools.count[int] = field(default_factory=itertools.count)
    _digests: dict[str, str] = field(default_factory=dict)  # the workshop's phones: digest -> id
    _labels: set[str] = field(default_factory=set)  # the workshop's phones' labels
    _storing: dict[str, Participant] = field(default_factory=dict)  # let in, not yet written
    _arriving: list[Waiting] = field(default_factory=list)  # checked, not yet in the log

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
        self.accept_many([pending_id])

    def accept_many(self, numbers: list[int]) -> None:
        """The waiting ideas `numbers` onto the board, in arrival order, in one edit (one
        undo step, one durable write) and one synced append to the waiting log: "Show
        all" on 200 waiting ideas was 200 of each (5.9 s on a loaded machine). Raises
        `RoomError` 409 `ideas_closed` when there is no board to put them on (they are
        then no longer waiting)."""
        ideas = self._take(numbers)
        if ideas:
            self.add_ideas([(idea.text, idea.author) for idea in ideas])

    def hide(self, pending_id: int) -> None:
        self.hide_many([pending_id])

    def hide_many(self, numbers: list[int]) -> None:
        """The waiting ideas `numbers` hidden (counted), in one write of the log."""
        self.hidden += len(self._take(numbers))

    def accept_all(self) -> None:
        self.accept_many([idea.number for idea in self.pending])

    def remove(self, token: str) -> None:
        """The facilitator removes a phone: its token is refused from now on (403
        `removed`, no silent rejoin), by later links too (its `RoomPhone` says so), its
        address may not join this link again for `limits.REMOVED_ADDRESS_BAN_MS`, and its
        ideas still waiting for review are dropped (counted as hidden), and so are its
        photos waiting for review (one undoable edit, "Hide photos from phones", counted
        in `photos_hidden`): a phone is removed for what it sends. What it already put on
        the board and its dots stay (edits of the workshop, undoable there)."""
        who = self.participants.pop(token, None)
        if who is None:
            return
        self.removed.add(token)  # a record still being written is written removed
        phone = self.host.workshop().get(RoomPhone, who.phone_id)
        if phone is not None and not phone.removed:
            self.host.apply_untracked(
                ChangeSet.of([update(phone, replaced(phone, {"removed": True}))])
            )
        if who.address:
            self.banned[who.address] = self.host.now_ms() + limits.REMOVED_ADDRESS_BAN_MS
        self.hide_many([w.number for w in self.pending if w.token == token])
        workshop = self.host.workshop()
        photos = [p.id for p in phone_photos.pending_photos(workshop) if p.sender == who.label]
        if photos:
            self.host.apply("Hide photos from phones", phone_photos.hidden(workshop, photos))
            self.photos_hidden += len(photos)

    def _take(self, numbers: list[int]) -> list[Waiting]:
        """The waiting ideas `numbers` (those still waiting), no longer waiting: decided
        in the log."""
        wanted = set(numbers)
        taken = [idea for idea in self.pending if idea.number in wanted]
        if taken:
            self.pending = [idea for idea in self.pending if idea.number not in wanted]
            if self.log is not None:
                self.log.decided_many([idea.number for idea in taken])
        return taken

    # -- the participants -------------------------------------------------------------
    def check(self, code: str) -> None:
        if not self.is_open:
            raise RoomError(410, "closed")
        if not codes.same_code(code, self.code):
            raise RoomError(403, "bad_code")

    def participant(self, token: str, address: str = "") -> Participant:
        """The phone holding `token`: one of this link, or one the workshop knows from an
        earlier link, recognised now (from `address`) with its name and label. Refused:
        401 `unknown_phone` (never joined this workshop), 403 `removed`, 503 `room_full`
        (`MAX_PARTICIPANTS` phones in this link already)."""
        found = self.participants.get(token)
        if found is not None:
            return found
        if token in self.removed:
            raise RoomError(403, "removed")
        phone = self._stored(token)
        if phone is None:
            raise RoomError(401, "unknown_phone")
        if phone.removed:
            raise RoomError(403, "removed")
        if len(self.participants) >= limits.MAX_PARTICIPANTS:
            raise RoomError(503, "room_full")
        back = Participant(
            token, phone.name, phone.label, self.host.now_ms(), address=address, phone_id=phone.id
        )
        self.participants[token] = back
        return back

    def join(self, name: str, address: str = "") -> Participant:
        """A new phone from `address`, written to the workshop before this returns
        (`admit`, then `store_phones`)."""
        joined = self.admit(name, address)
        self.store_phones([joined])
        return joined

    def admit(self, name: str, address: str = "") -> Participant:
        """A new phone from `address`, in this link at once, its `RoomPhone` to be written
        by `store_phones` (the server writes the phones that join together in one go).
        Refused (503 `room_full`) when this link has `MAX_PARTICIPANTS` phones or the
        workshop knows `MAX_KNOWN_PHONES`; (403) when this address already has
        `max_phones_per_address` phones, or when a phone removed from it is still
        banned; (413) for a name of more than `MAX_NAME_CHARS` characters."""
        if len(self.participants) >= limits.MAX_PARTICIPANTS:
            raise RoomError(503, "room_full")
        known = self.host.workshop().count(RoomPhone) + len(self._storing)
        if known >= limits.MAX_KNOWN_PHONES:
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
        label = self._free_label(name, codes.token_digest(token))
        joined = Participant(
            token, name, label, self.host.now_ms(), address=address, phone_id=new_id()
        )
        self.participants[token] = joined
        self._storing[joined.phone_id] = joined
        return joined

    def store_phones(self, joined: list[Participant]) -> bool:
        """Write the `RoomPhone` of each phone `admit` let in, in one change outside the
        undo history: True when on disk, False when kept in memory (queued; the
        facilitator is told). Raises the host's refusal (`RoomError`) after letting those
        phones out again."""
        records = [
            RoomPhone(
                id=who.phone_id,
                token_sha256=codes.token_digest(who.token),
                name=who.name,
                label=who.label,
                joined_at=_instant(who.joined_ms),
                removed=who.token in self.removed,
            )
            for who in joined
        ]
        for who in joined:
            self._storing.pop(who.phone_id, None)
        self._known()  # up to date before the new phones are added to it
        try:
            durable = self.host.apply_untracked(ChangeSet.of(insert(r) for r in records))
        except BaseException:
            for who in joined:
                if self.participants.get(who.token) is who:
                    del self.participants[who.token]
            raise
        for record in records:
            self._digests[record.token_sha256] = record.id
            self._labels.add(record.label)
        return durable

    def _known(self) -> dict[str, str]:
        """Token digest -> `RoomPhone` id of every phone the workshop knows, read again
        whenever their number changed (phones written, the workshop reopened)."""
        workshop = self.host.workshop()
        if len(self._digests) != workshop.count(RoomPhone):
            phones = workshop.unordered(RoomPhone)
            self._digests = {p.token_sha256: p.id for p in phones}
            self._labels = {p.label for p in phones}
        return self._digests

    def _stored(self, token: str) -> RoomPhone | None:
        digest = codes.token_digest(token)
        if not digest:
            return None
        return self.host.workshop().get(RoomPhone, self._known().get(digest))

    def _free_label(self, name: str, digest: str) -> str:
        """`name · tag` (📱 for no name), the tag the first 4 hexadecimal digits of the
        token's digest, or as many more as it takes for no other phone of the workshop or
        of this link to have that label (its ballots are counted under it)."""
        self._known()
        here = [*self.participants.values(), *self._storing.values()]
        taken = self._labels | {p.label for p in here}
        size = 4
        while f"{name or '📱'} · {digest[:size]}" in taken and size < len(digest):
            size += 1
        return f"{name or '📱'} · {digest[:size]}"

    def send_idea(self, token: str, text: str, name: str) -> str:
        """'added' (on the board, on disk), 'pending' (waiting for the facilitator, on
        disk) or 'saved_later' (kept in memory: the disk refused it for now)."""
        idea = self.receive_idea(token, text, name)
        if isinstance(idea, Waiting):
            durable = self.log_waiting([idea])
            outcome = "pending"
        else:
            durable = self.add_ideas([idea])
            outcome = "added"
        if durable:
            return outcome
        self.saved_later += 1
        return SAVED_LATER

    def receive_idea(self, token: str, text: str, name: str) -> Received:
        """Check a phone's idea: the (text, author) to put on the board (`add_ideas`),
        or, when it waits for the facilitator's review, its `Waiting`, to be written to
        the waiting log by `log_waiting` (it waits from then on). Refused: 409
        `ideas_closed`, 413 `idea_too_long` / `name_too_long`, 400 `idea_empty`, 503
        `too_many_waiting` (`MAX_PENDING` in all, `MAX_PENDING_PER_PHONE` of this
        phone's, those on their way to the log counted)."""
        who = self.participant(token)
        if not self.accepting_ideas or self._board() is None:
            raise RoomError(409, "ideas_closed")
        text = _bounded(text, limits.MAX_IDEA_CHARS, "idea_too_long", multiline=True)
        if not _visible(text):
            raise RoomError(400, "idea_empty")
        author = _bounded(name, limits.MAX_NAME_CHARS, "name_too_long") or who.name
        if self.moderation:
            waiting = [*self.pending, *self._arriving]
            mine = sum(1 for w in waiting if w.token == token)
            if len(waiting) >= limits.MAX_PENDING or mine >= limits.MAX_PENDING_PER_PHONE:
                raise RoomError(503, "too_many_waiting")
        who.ideas += 1
        if self.moderation:
            idea = Waiting(next(self._numbers), text, author, token)
            self._arriving.append(idea)
            return idea
        return text, author

    def log_waiting(self, ideas: list[Waiting]) -> bool:
        """Ideas checked by `receive_idea` that arrived together, waiting for review from
        now on (those of a phone removed meanwhile are hidden), written to the waiting
        log in one synced append: True when on disk (or no log), False when kept in
        memory (written with the next line; the facilitator is told: `log_error`)."""
        arrived = {id(idea) for idea in ideas}
        self._arriving = [idea for idea in self._arriving if id(idea) not in arrived]
        kept = [idea for idea in ideas if idea.token not in self.removed]
        self.hidden += len(ideas) - len(kept)
        self.pending += kept
        return self.log is None or not kept or self.log.add_many(kept)

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
        one phone, one ballot. True when on disk, False when kept in memory. Refused as
        `receive_dots` and `store_dots` say."""
        sent = self.receive_dots(token, dots)
        durable = self.store_dots([sent])
        if sent.refusal is not None:
            raise sent.refusal
        return durable

    def receive_dots(self, token: str, dots: dict[str, int]) -> PhoneDots:
        """Check a phone's whole set of dots against the open vote, to be written by
        `store_dots`. Refused: 409 `vote_closed`, 422 `dots_refused` (too many dots, an
        option of another vote: the vote's sentence as detail), and as `participant`."""
        who = self.participant(token)
        vote = self._vote()
        if vote is None:
            raise RoomError(409, "vote_closed")
        self._ballot(vote.id, who.label, dots)
        return PhoneDots(token, who.label, vote.id, dict(dots))

    def store_dots(self, sent: list[PhoneDots]) -> bool:
        """The sets of dots that arrived together, in one edit (one undo step, one durable
        write): a room voting at once was one write per phone, on the interface thread.
        One ballot per phone: of two sets from one phone, the later one is written and
        both share its fate. Each set that can no longer be written gets its `refusal`
        (403 `removed`, 409 `vote_closed`, 422 `dots_refused`). True when on disk (or
        nothing to write), False when kept in memory. Raises the host's refusal."""
        latest: dict[str, PhoneDots] = {}
        for each in sent:
            latest.pop(each.label, None)  # the later one, in arrival order
            latest[each.label] = each
        vote = self._vote()
        changes: list[RowChange] = []
        for each in latest.values():
            try:
                if each.token not in self.participants:
                    raise RoomError(403, "removed")
                if vote is None or vote.id != each.vote_id:
                    raise RoomError(409, "vote_closed")
                changes += self._ballot(vote.id, each.label, each.dots).changes
            except RoomError as error:
                each.refusal = error
        for each in sent:
            each.refusal = latest[each.label].refusal
        if not changes:
            return True
        written = sum(1 for each in latest.values() if each.refusal is None)
        label = "Dots from a phone" if written == 1 else "Dots from phones"
        return self.host.apply(label, ChangeSet.of(changes))

    def _ballot(self, vote_id: str, label: str, dots: dict[str, int]) -> ChangeSet:
        """The changes casting `label`'s ballot; 422 `dots_refused` when the vote refuses
        it (its sentence as detail)."""
        try:
            return voting.cast_ballot(self.host.workshop(), vote_id, label, dots, from_phone=True)
        except FacilitatorError as error:
            raise RoomError(422, "dots_refused", str(error.message)) from error
        except LookupError as error:
            raise RoomError(422, "dots_refused", "unknown idea") from error

    # -- photos from phones (issue 19) -------------------------------------------------
    def photo_targets(self) -> dict[str, object] | None:
        """Where a photo may go now: the board ideas go to (`board`: its title) and the
        prototype card the facilitator opened for photos (`card`: its name), each None
        when there is none; None when photos are not received (the facilitator's choice,
        neither a board nor a card, or no decoder)."""
        if not self.accepting_photos or self.photo_decoder is None:
            return None
        target, card = self._board(), self._photo_card()
        if target is None and card is None:
            return None
        return {
            "board": target.title if target is not None else None,
            "card": card.name if card is not None else None,
        }

    def _photo_card(self) -> PrototypeCard | None:
        if self.photo_card_id is None:
            return None
        return self.host.workshop().get(PrototypeCard, self.photo_card_id)

    def photo_owner(self, target: str) -> tuple[OwnerKind, str]:
        """Where a photo sent for `target` ("board" or "card") goes. Refused: 409
        `photos_closed` (photos are not received, or not by that board),
        409 `photo_card_closed` (no card is open for photos any more), 400 for another
        target."""
        if target not in ("board", "card"):
            raise RoomError(400, "bad_request")
        if self.photo_targets() is None:
            raise RoomError(409, "photos_closed")
        if target == "card":
            card = self._photo_card()
            if card is None:
                raise RoomError(409, "photo_card_closed")
            return "card", card.id
        found = self._board()
        if found is None:
            raise RoomError(409, "photos_closed")
        return "board", found.id

    def photo_sender(self, token: str, *, facilitator: bool) -> tuple[str, str]:
        """(the photo's sender as stored, the digest its upload keys start from): the
        phone's label and its token's digest, or the facilitator's. Refuses an unknown or
        removed phone as `participant` does."""
        if facilitator:
            return FACILITATOR_LABEL[self.language], phone_photos.FACILITATOR
        who = self.participant(token)
        return who.label, codes.token_digest(who.token)

    def check_photo_room(self, sender: str, *, facilitator: bool) -> None:
        """Refused (503 `too_many_photos`) when `limits.MAX_PENDING_PHOTOS` photos wait
        for review, or `MAX_PENDING_PHOTOS_PER_PHONE` of this phone's (not counted for
        the facilitator's own)."""
        workshop = self.host.workshop()
        if phone_photos.pending_count(workshop) >= limits.MAX_PENDING_PHOTOS:
            raise RoomError(503, "too_many_photos")
        mine = 0 if facilitator else phone_photos.pending_count(workshop, sender)
        if mine >= limits.MAX_PENDING_PHOTOS_PER_PHONE:
            raise RoomError(503, "too_many_photos")

    def photo_caption(self, caption: str) -> str:
        """The caption cleaned as an idea's name is (one line, no spoofing marks), at most
        `limits.MAX_CAPTION_CHARS` (413 `caption_too_long`); "" when nothing of it would
        show (blanks, zero-width or filler characters, lone combining marks): the review
        then says "(no caption)" instead of an empty-looking one."""
        cleaned = _bounded(caption, limits.MAX_CAPTION_CHARS, "caption_too_long")
        return cleaned if _visible(cleaned) else ""

    def store_photo(
        self,
        owner: tuple[OwnerKind, str],
        *,
        data: bytes,
        width: int,
        height: int,
        caption: str,
        sender: str,
        key: str,
    ) -> bool:
        """Write a decoded photo (JPEG, no metadata) to the workshop at once, waiting for
        review, outside the undo history: True when on disk, False when kept in memory
        (the phone hears "saved later", the facilitator sees why). Raises the host's
        refusal (`RoomError`)."""
        changes, _photo_id = phone_photos.pending_photo(
            self.host.workshop(),
            owner_kind=owner[0],
            owner_id=owner[1],
            data=data,
            width=width,
            height=height,
            caption=caption,
            sender=sender,
            key=key,
        )
        durable = self.host.apply_untracked(changes)
        self.photos_received += 1
        if not durable:
            self.saved_later += 1
        return durable

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
        photos = self.photo_targets()
        shown: dict[str, object] = {
            "activity": title,
            "countdown": None if remaining is None else {"ms": remaining, "running": running},
            "name": who.name,
            "ideas": None,
            "vote": None,
            "photos": None if photos is None else {**photos, "sent": who.photos},
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


def _instant(ms: int) -> str:
    """An instant (ms since the epoch) in ISO 8601 with the laptop's offset."""
    moment = dt.datetime.fromtimestamp(ms / 1000, dt.UTC).astimezone()
    return moment.isoformat(timespec="seconds")


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
