"""Several rooms, one event (issue 21): the parallel workshops of a seminar (each room
with its own facilitator and laptop) merged into one new workshop, from which one
synthesis is made.

`merged_workshop(rooms, title=…, created_at=…)` copies every record of every room with
new ids (so that rooms made from copies of one prepared file, whose records share their
ids, never collide), every reference remapped, attachments included:

- a `Track` per room (its `name`, `source_title`, `source_file_id`); the room's days,
  boards, votes and prototype cards carry its id. A room that is itself a merged event
  brings its own tracks, and a track of its own only for what none of them holds.
  Boards, votes and cards keep their titles: the track says the room. Groupings have no
  track: their names start with the room's (« Salle A · Tables du jour 1 »);
- people deduplicated by role, name and organisation, each compared as
  `lab_summary.organisation_key` compares organisations (trimmed, spaces collapsed, no
  case, no accents). Only people of *earlier* rooms are matched: two people a room kept
  apart (homonyms) stay two, so team members, wishes and absences keep working. A
  person without a name is never matched. The first room's spelling is kept, and the
  first role in the room (`job`) that is not empty;
- the prototype-card template: fields matched by `key` (the default fields' keys are
  the same everywhere), the first room's label kept; a lab's own fields appended;
- the workshop's details: the first room's, with the event's `title` (default: the
  rooms' title when they share it, else the rooms' names joined by « · »), and the
  rooms' notes one after the other under their names. The declared `participant_count`
  is the people listed (counted once) plus those each room counted without naming them;
- the logo of the first room that has one; the timer idle; votes and polls still open
  are closed (a phone of the event's own room link must never add to a room's dots or
  answers under the same label). The rooms' phones (`RoomPhone`) are not copied: they
  belong to each room's link.

Refused with `MergeError` (one sentence): fewer than 2 rooms, more than `MAX_ROOMS`,
two rooms with the same content (a workshop merged with itself, or two copies of one
file). Two rooms with the same `file_id` whose content differs are rooms run from one
prepared file copied to several laptops: merged (`copies_of_one_file` names them so
that the command line can say so). Nothing here reads or writes a file: the command
line reads the sources read-only (storage/workshop_file.read_committed).

Creation limits of the app (polls.MAX_POLLS, groupings.MAX_GROUPINGS) may be exceeded
by an event of many rooms: the app then refuses to add more, and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.ids import new_id
from facilitator.domain.lab_summary import organisation_key
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import (
    RECORD_TYPES,
    REFERENCES,
    SHORT,
    TIMER_ID,
    WORKSHOP_ID,
    AgendaItem,
    Attachment,
    Board,
    CardField,
    Cluster,
    Day,
    GroupingInfo,
    Idea,
    Language,
    Person,
    Poll,
    PrototypeCard,
    Record,
    RoomPhone,
    TimerState,
    Track,
    VoteOption,
    VoteSession,
    WorkshopInfo,
    replaced,
)
from facilitator.domain.text import clean_text
from facilitator.domain.workshop import Workshop

# A seminar splits into 4 to 12 rooms; a day of three sessions of eight rooms is 24.
# Past 32, a merge is more likely a folder given by mistake (`merge *.atelier`) than an
# event, and its synthesis would run to hundreds of pages: refused, said.
MAX_ROOMS = 32
MIN_ROOMS = 2
NOTES_MAX = 20_000  # WorkshopInfo.notes' limit (records.py)
PARTICIPANTS_MAX = 10_000  # WorkshopInfo.participant_count's upper bound (records.py)
JOINER = " · "

# Kinds whose `position` only orders them in the whole workshop: renumbered room after
# room. Other kinds' positions are within their parent (a day's items, a board's ideas)
# or mean something (RoundRun: the round's index), and are kept as they are.
WORKSHOP_ORDERED: tuple[type[Record], ...] = (
    Person,
    Track,
    GroupingInfo,
    Day,
    Board,
    VoteSession,
    CardField,
    PrototypeCard,
    Poll,
)
# Kinds copied by their own rule rather than record for record, and kinds left out.
SPECIAL: frozenset[type[Record]] = frozenset({WorkshopInfo, Person, Track, CardField, TimerState})
LEFT_OUT: frozenset[type[Record]] = frozenset({RoomPhone})
# The words of a room without a name, and of the notes' headings, in the event's language.
_ROOM_WORD: dict[Language, str] = {"fr": "Salle {number}", "en": "Room {number}"}

_TOO_FEW = QT_TRANSLATE_NOOP("Merge", "Merging needs at least {least} workshops (rooms).")
_TOO_MANY = QT_TRANSLATE_NOOP(
    "Merge", "At most {most} workshops (rooms) can be merged into one event; {count} were given."
)
_SAME = QT_TRANSLATE_NOOP(
    "Merge",
    "“{first}” and “{second}” hold the same workshop (one file merged with itself, or "
    "two copies of one file): each room is merged once.",
)


class MergeError(FacilitatorError):
    """A merge refused: one sentence for the user."""


@dataclass(frozen=True)
class Room:
    """One source workshop: `name` is the room's (its title when ""), `file_id` its
    file's identity (schema.FILE_ID_PATTERN; "" when unknown), `label` how messages
    name it (its path on the command line)."""

    workshop: Workshop
    name: str = ""
    file_id: str = ""
    label: str = ""


def _key(text: str) -> str:
    """How two spellings of a name compare: as organisations do (lab_summary)."""
    return organisation_key(text)


def _short(text: str, limit: int = SHORT) -> str:
    """`text` on one line, cleaned as a record's field is, cut to `limit` characters
    (an ellipsis said when cut)."""
    cleaned = clean_text(text, multiline=False)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def copies_of_one_file(rooms: Sequence[Room]) -> list[tuple[Room, Room]]:
    """Pairs of rooms whose files share an identity (copies of one prepared file; their
    contents differ, else `merged_workshop` refuses them), first met first."""
    first: dict[str, Room] = {}
    pairs: list[tuple[Room, Room]] = []
    for room in rooms:
        if not room.file_id:
            continue
        if room.file_id in first:
            pairs.append((first[room.file_id], room))
        else:
            first[room.file_id] = room
    return pairs


def check_room_count(count: int) -> None:
    """Raise `MergeError` unless `count` rooms can be merged (`MIN_ROOMS` to
    `MAX_ROOMS`): the command line asks before reading any file."""
    if count < MIN_ROOMS:
        raise MergeError(message(_TOO_FEW, least=MIN_ROOMS))
    if count > MAX_ROOMS:
        raise MergeError(message(_TOO_MANY, most=MAX_ROOMS, count=count))


def _check(rooms: Sequence[Room]) -> None:
    check_room_count(len(rooms))
    for index, room in enumerate(rooms):
        for other in rooms[index + 1 :]:
            if room.workshop is other.workshop or room.workshop == other.workshop:
                raise MergeError(
                    message(
                        _SAME,
                        first=room.label or room.workshop.info.title,
                        second=other.label or other.workshop.info.title,
                    )
                )


def room_names(rooms: Sequence[Room], language: Language) -> list[str]:
    """Each room's name: the one given, else its workshop's title, else « Salle n »
    (« Room n »), on one line and at most `records.SHORT` characters; a name another
    room already has (compared as `_key` compares) gets « (2) », « (3) »…"""
    names: list[str] = []
    taken: set[str] = set()
    for number, room in enumerate(rooms, start=1):
        name = _short(room.name) or _short(room.workshop.info.title)
        name = name or _ROOM_WORD[language].format(number=number)
        shown, count = name, 1
        while _key(shown) in taken:
            count += 1
            suffix = f" ({count})"
            shown = _short(name, SHORT - len(suffix)) + suffix
        taken.add(_key(shown))
        names.append(shown)
    return names


def _event_title(rooms: Sequence[Room], names: Sequence[str], title: str | None) -> str:
    if title is not None and _short(title):
        return _short(title)
    titles = {_short(r.workshop.info.title) for r in rooms}
    if len(titles) == 1 and next(iter(titles)):
        return next(iter(titles))
    return _short(JOINER.join(names))


class _Merger:
    """Collects the event's records room after room (`add`), then `workshop()`."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.rows: dict[type[Record], list[Record]] = {kind: [] for kind in RECORD_TYPES}
        # People and card fields of earlier rooms, by their key: [merged id, …].
        self.people: dict[tuple[str, str, str], list[str]] = {}
        self.fields: dict[str, list[str]] = {}
        self.person_rows: dict[str, Person] = {}
        self.logo = False
        self.timer = False
        self.unnamed = 0  # people rooms counted without naming them
        self.notes: list[str] = []

    # -- one room ----------------------------------------------------------------------
    def add(self, room: Room, name: str) -> None:
        source = room.workshop
        ids: dict[tuple[type[Record], str], str] = {}
        for kind in RECORD_TYPES:
            if kind not in (WorkshopInfo, TimerState) and kind not in LEFT_OUT:
                for record in source.unordered(kind):
                    ids[kind, record.id] = new_id()
        self._people(source, ids)
        self._fields(source, ids)
        own_track = self._tracks(source, room, name, ids)
        self.timer = self.timer or source.count(TimerState) > 0
        info = source.info
        listed = len(source.where(Person, role="participant"))
        self.unnamed += max(0, info.participant_count - listed)
        if info.notes.strip():
            self.notes.append(f"— {name} —\n{info.notes.strip()}")
        for kind in RECORD_TYPES:
            if kind in SPECIAL or kind in LEFT_OUT:
                continue
            for record in source.all(kind):
                copied = self._copied(source, record, ids, own_track, name)
                if copied is not None:
                    self.rows[kind].append(copied)

    def _people(self, source: Workshop, ids: dict[tuple[type[Record], str], str]) -> None:
        claimed: set[str] = set()
        added: list[tuple[tuple[str, str, str], str]] = []
        for person in source.all(Person):
            key: tuple[str, str, str] = (
                person.role,
                _key(person.name),
                organisation_key(person.organisation),
            )
            earlier = [i for i in self.people.get(key, []) if i not in claimed]
            if person.name.strip() and earlier:
                match = earlier[0]
                claimed.add(match)
                ids[Person, person.id] = match
                kept = self.person_rows[match]
                if not kept.job and person.job:
                    self.person_rows[match] = replaced(kept, {"job": person.job})
                continue
            copy = replaced(person, {"id": ids[Person, person.id]})
            self.person_rows[copy.id] = copy
            added.append((key, copy.id))
        for key, person_id in added:
            self.people.setdefault(key, []).append(person_id)

    def _fields(self, source: Workshop, ids: dict[tuple[type[Record], str], str]) -> None:
        claimed: set[str] = set()
        added: list[tuple[str, str]] = []
        for field in source.all(CardField):
            earlier = [i for i in self.fields.get(field.key, []) if i not in claimed]
            if field.key and earlier:
                claimed.add(earlier[0])
                ids[CardField, field.id] = earlier[0]
                continue
            copy = replaced(field, {"id": ids[CardField, field.id]})
            self.rows[CardField].append(copy)
            added.append((field.key, copy.id))
        for key, field_id in added:
            self.fields.setdefault(key, []).append(field_id)

    def _tracks(
        self,
        source: Workshop,
        room: Room,
        name: str,
        ids: dict[tuple[type[Record], str], str],
    ) -> str | None:
        """The source's own tracks copied (a merged event merged again), and the id of
        the room's track for the rows that have none (None when every row has one)."""
        for track in source.all(Track):
            self.rows[Track].append(replaced(track, {"id": ids[Track, track.id]}))
        rows: list[Day | Board | VoteSession | PrototypeCard] = [
            *source.unordered(Day),
            *source.unordered(Board),
            *source.unordered(VoteSession),
            *source.unordered(PrototypeCard),
        ]
        untracked = any(r.track_id is None for r in rows)
        if source.count(Track) and not untracked:
            return None
        file_id = room.file_id if len(room.file_id) == 32 else ""
        track = Track(
            id=new_id(),
            name=name,
            source_title=_short(source.info.title),
            source_file_id=file_id,
        )
        self.rows[Track].append(track)
        return track.id

    # -- one record --------------------------------------------------------------------
    def _copied(
        self,
        source: Workshop,
        record: Record,
        ids: dict[tuple[type[Record], str], str],
        own_track: str | None,
        name: str,
    ) -> Record | None:
        """`record` with its new id and every reference remapped, or None when it is
        not copied (a second logo)."""
        kind = type(record)
        values: dict[str, object] = {"id": ids[kind, record.id]}
        for field_name, target in REFERENCES.get(kind, {}).items():
            value = getattr(record, field_name)
            if value is not None:
                values[field_name] = ids.get((target, value), value)
        soft = _soft_reference(source, record)
        if soft is not None:
            field_name, target = soft
            value = getattr(record, field_name)
            if value is not None:  # one that names nothing stays as it was: nothing
                values[field_name] = ids.get((target, value), value)
        if isinstance(record, Day | Board | VoteSession | PrototypeCard):
            values["track_id"] = _track_of(source, record, ids, own_track)
        if isinstance(record, Poll):  # of an item: the item's day says; else its own
            track = ids.get((Track, record.track_id or ""), own_track)
            values["track_id"] = None if record.agenda_item_id else track
        if isinstance(record, Attachment) and record.owner_kind == "workshop":
            if record.role == "logo":
                if self.logo:
                    return None
                self.logo = True
            values["owner_id"] = WORKSHOP_ID
        if isinstance(record, GroupingInfo):
            values["name"] = _short(f"{name}{JOINER}{record.name}")
        if isinstance(record, VoteSession | Poll) and record.status == "open":
            values["status"] = "closed"
        return replaced(record, values)

    # -- the event ---------------------------------------------------------------------
    def workshop(self, first: WorkshopInfo, title: str, created_at: str) -> Workshop:
        self.rows[Person] = list(self.person_rows.values())
        participants = sum(1 for p in self.person_rows.values() if p.role == "participant")
        count = min(PARTICIPANTS_MAX, participants + self.unnamed) if self.unnamed else 0
        notes = "\n\n".join(self.notes)
        if len(notes) > NOTES_MAX:
            notes = notes[: NOTES_MAX - 1] + "…"
        info = replaced(
            first,
            {
                "title": title,
                "created_at": created_at,
                "participant_count": count,
                "notes": notes,
            },
        )
        records: list[Record] = [info]
        for kind in RECORD_TYPES:
            rows = self.rows[kind]
            if kind in WORKSHOP_ORDERED:
                rows = [replaced(r, {"position": n}) for n, r in enumerate(rows)]
            records += rows
        if self.timer:
            records.append(TimerState(id=TIMER_ID))
        return Workshop(records)


def _soft_reference(source: Workshop, record: Record) -> tuple[str, type[Record]] | None:
    """The field of `record` that names another record without being one of
    `records.REFERENCES` (its kind depends on another field), with that record's kind:
    the board, vote or card an agenda item opens, the idea, cluster or vote option a card
    was made from, the idea or cluster a vote option stands for, the board or card a
    photo belongs to."""
    if isinstance(record, AgendaItem):
        tool = {"board": Board, "vote": VoteSession, "cards": PrototypeCard}.get(record.tool)
        return None if tool is None else ("tool_target_id", tool)
    if isinstance(record, PrototypeCard):
        made_from = {"idea": Idea, "cluster": Cluster, "vote": VoteOption}
        kind = made_from.get(record.source_kind)
        return None if kind is None else ("source_id", kind)
    if isinstance(record, VoteOption):
        vote = source.get(VoteSession, record.vote_id)
        clusters = vote is not None and vote.target_kind == "clusters"
        return ("target_id", Cluster if clusters else Idea)
    if isinstance(record, Attachment) and record.owner_kind != "workshop":
        return ("owner_id", Board if record.owner_kind == "board" else PrototypeCard)
    return None


def _track_of(
    source: Workshop,
    record: Day | Board | VoteSession | PrototypeCard,
    ids: dict[tuple[type[Record], str], str],
    own_track: str | None,
) -> str | None:
    """The event's track of a row: its own track's copy, else (a vote added to a merged
    event after the merge) its board's, else the room's."""
    track_id = record.track_id
    if track_id is None and isinstance(record, VoteSession):
        board = source.get(Board, record.board_id)
        track_id = board.track_id if board is not None else None
    if track_id is None:
        return own_track
    return ids.get((Track, track_id), own_track)


def merged_workshop(
    rooms: Sequence[Room], *, title: str | None = None, created_at: str
) -> Workshop:
    """One new workshop holding every room (see the module's docstring). `title` is the
    event's (None or blank: from the rooms), `created_at` its creation time (ISO 8601
    with offset: `factory.now_iso()`). The rooms' workshops are not changed. Raises
    `MergeError` for fewer than `MIN_ROOMS` or more than `MAX_ROOMS` rooms, or two
    rooms with the same content. Time and memory are linear in the rooms' records."""
    _check(rooms)
    language = rooms[0].workshop.info.language
    names = room_names(rooms, language)
    merger = _Merger(language)
    for room, name in zip(rooms, names, strict=True):
        merger.add(room, name)
    event = _event_title(rooms, names, title)
    return merger.workshop(rooms[0].workshop.info, event, created_at)
