"""The rooms of a merged event, for its synthesis (issue 21): which days, agenda items,
polls, boards, votes and prototype cards belong to which room, in order, so that every
writer (PDF, Markdown, DOCX) sets one chapter per room, plus the figures of the whole
event, and sets them alike.

`room_parts(workshop)` is `[]` for a workshop that was never merged (no `Track`): its
synthesis is unchanged. For an event, a `RoomPart` per track in the tracks' order, then
one part for what belongs to no room ("outside the rooms": a board, a vote or a card
added to the event after the merge, a poll asked outside any activity: records.Poll has
no track of its own), only when it holds something.

A part's `workshop` is a workshop of its own, as if never merged: the event's details,
people, prototype-card template and groupings (team names), and the part's rows only:

- days by their `track_id`, with their agenda items, the items' rounds and rounds as
  run, and the polls asked during those items (with their options, answers, counts);
- boards by their `track_id`, with their clusters, ideas and photos;
- votes by their `track_id`, else their board's (a vote added after the merge), with
  their options, ballots, criteria, scores and placements, and the ideas or clusters
  their options stand for (a vote's labels are never shown as "deleted" because its
  board is elsewhere);
- prototype cards by their `track_id`, else by what they were made from (an idea's or
  a cluster's board, a vote option's vote), with their values, next steps and photos.

No `Track` is in a part's workshop (so that its writer never sees an event again), nor
the timer or the room link's phones. Linear in the event's records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from facilitator.domain import board, cards
from facilitator.domain.records import (
    RECORD_TYPES,
    AgendaItem,
    Attachment,
    Ballot,
    Board,
    CardField,
    CardValue,
    Cluster,
    Criterion,
    Day,
    GroupingAbsence,
    GroupingInfo,
    GroupingWish,
    Idea,
    ItemRound,
    MatrixPlacement,
    NextStep,
    Person,
    Poll,
    PollAnswer,
    PollCount,
    PollOption,
    PrototypeCard,
    Record,
    RoundRun,
    Score,
    Team,
    TeamMember,
    Track,
    VoteOption,
    VoteSession,
    WorkshopInfo,
)
from facilitator.domain.workshop import Workshop

# Rows every part holds: who came, the card template, the groupings.
SHARED: tuple[type[Record], ...] = (
    WorkshopInfo,
    Person,
    GroupingInfo,
    Team,
    TeamMember,
    GroupingWish,
    GroupingAbsence,
    CardField,
)


@dataclass(frozen=True)
class RoomPart:
    """One chapter of an event's synthesis: `track` the room (None: outside the rooms),
    `number` its place among the rooms from 1 (0 outside), `workshop` its rows (see the
    module's docstring)."""

    track: Track | None
    number: int
    workshop: Workshop

    @property
    def name(self) -> str:
        """The room's name ("" outside the rooms: each writer says it in its words)."""
        return self.track.name if self.track is not None else ""


@dataclass(frozen=True)
class Figures:
    """The key figures of a workshop, a room or a whole event: ideas on the boards,
    clusters, dots and scores given (a negative dot counts as one), prototype cards."""

    ideas: int
    clusters: int
    cast: int
    prototypes: int


def figures_of(workshop: Workshop) -> Figures:
    """The synthesis's key figures of `workshop` (the event, or a part's workshop)."""
    boards = workshop.all(Board)
    return Figures(
        ideas=sum(len(board.ideas_of(workshop, b.id)) for b in boards),
        clusters=sum(len(board.clusters_of(workshop, b.id)) for b in boards),
        cast=sum(abs(b.dots) for b in workshop.unordered(Ballot)) + workshop.count(Score),
        prototypes=len(cards.cards_of(workshop)),
    )


def is_event(workshop: Workshop) -> bool:
    """Whether `workshop` was merged from rooms (it has tracks)."""
    return workshop.count(Track) > 0


def _ids(rows: Iterable[Record]) -> set[str]:
    return {r.id for r in rows}


class _Sorter:
    """Which part (a track's id, or None) each owned row belongs to."""

    def __init__(self, workshop: Workshop) -> None:
        self.workshop = workshop
        tracks = _ids(workshop.unordered(Track))

        def known(track_id: str | None) -> str | None:
            return track_id if track_id in tracks else None

        self.day = {d.id: known(d.track_id) for d in workshop.unordered(Day)}
        self.board = {b.id: known(b.track_id) for b in workshop.unordered(Board)}
        self.vote = {
            v.id: known(v.track_id) if v.track_id is not None else self.board.get(v.board_id)
            for v in workshop.unordered(VoteSession)
        }
        self.item = {i.id: self.day.get(i.day_id) for i in workshop.unordered(AgendaItem)}
        self.poll = {
            p.id: self.item.get(p.agenda_item_id) if p.agenda_item_id else known(p.track_id)
            for p in workshop.unordered(Poll)
        }
        option_vote = {o.id: o.vote_id for o in workshop.unordered(VoteOption)}
        # The parts of the votes whose options stand for an idea or a cluster.
        self.targets: dict[str, set[str | None]] = {}
        for option in workshop.unordered(VoteOption):
            part = self.vote.get(option.vote_id)
            self.targets.setdefault(option.target_id, set()).add(part)
        idea_board = {i.id: i.board_id for i in workshop.unordered(Idea)}
        cluster_board = {c.id: c.board_id for c in workshop.unordered(Cluster)}
        self.card: dict[str, str | None] = {}
        for card in workshop.unordered(PrototypeCard):
            if card.track_id is not None:
                self.card[card.id] = known(card.track_id)
                continue
            source = card.source_id or ""
            if card.source_kind == "idea":
                self.card[card.id] = self.board.get(idea_board.get(source, ""))
            elif card.source_kind == "cluster":
                self.card[card.id] = self.board.get(cluster_board.get(source, ""))
            elif card.source_kind == "vote":
                self.card[card.id] = self.vote.get(option_vote.get(source, ""))
            else:
                self.card[card.id] = None
        # A row's part: its own (by its id), or its parent's (by the field naming it).
        self.own: dict[type[Record], dict[str, str | None]] = {
            Day: self.day,
            AgendaItem: self.item,
            Poll: self.poll,
            Board: self.board,
            VoteSession: self.vote,
            PrototypeCard: self.card,
        }
        self.parent: dict[type[Record], tuple[str, dict[str, str | None]]] = {
            ItemRound: ("agenda_item_id", self.item),
            RoundRun: ("agenda_item_id", self.item),
            PollOption: ("poll_id", self.poll),
            PollAnswer: ("poll_id", self.poll),
            PollCount: ("poll_id", self.poll),
            VoteOption: ("vote_id", self.vote),
            Ballot: ("vote_id", self.vote),
            Criterion: ("vote_id", self.vote),
            Score: ("vote_id", self.vote),
            MatrixPlacement: ("vote_id", self.vote),
            CardValue: ("card_id", self.card),
            NextStep: ("card_id", self.card),
        }

    def parts_of(self, record: Record) -> list[str | None]:
        """The parts `record` goes into: its own, a vote's that stands for it (an idea or
        a cluster), none for a track, the timer, a phone, and the shared rows."""
        kind = type(record)
        own = self.own.get(kind)
        if own is not None:
            return [own.get(record.id)]
        parent = self.parent.get(kind)
        if parent is not None:
            field, found = parent
            return [found.get(getattr(record, field))]
        if isinstance(record, Cluster | Idea):
            home = self.board.get(record.board_id)
            return [home, *(t for t in self.targets.get(record.id, ()) if t != home)]
        if isinstance(record, Attachment) and record.owner_kind in ("board", "card"):
            owners = self.board if record.owner_kind == "board" else self.card
            return [owners.get(record.owner_id)]
        return []

    def buckets(self) -> tuple[list[Record], dict[str | None, list[Record]]]:
        """The rows every part holds, and each part's own rows, in one pass."""
        shared: list[Record] = []
        owned: dict[str | None, list[Record]] = {}
        for kind in RECORD_TYPES:
            for record in self.workshop.unordered(kind):
                if kind in SHARED or (
                    isinstance(record, Attachment) and record.owner_kind == "workshop"
                ):
                    shared.append(record)
                    continue
                for part in self.parts_of(record):
                    owned.setdefault(part, []).append(record)
        return shared, owned

    def holds_anything(self, track_id: str | None) -> bool:
        return any(
            track_id in found.values()
            for found in (self.day, self.poll, self.board, self.vote, self.card)
        )


def room_parts(workshop: Workshop) -> list[RoomPart]:
    """The chapters of an event's synthesis, in order (see the module's docstring); `[]`
    for a workshop that was never merged."""
    tracks = workshop.all(Track)
    if not tracks:
        return []
    sorter = _Sorter(workshop)
    shared, owned = sorter.buckets()
    parts = [
        RoomPart(track, number, Workshop([*shared, *owned.get(track.id, [])]))
        for number, track in enumerate(tracks, start=1)
    ]
    if sorter.holds_anything(None):
        parts.append(RoomPart(None, 0, Workshop([*shared, *owned.get(None, [])])))
    return parts


def dates_of(workshop: Workshop) -> tuple[str, str] | None:
    """The first and last dates of `workshop`'s days (YYYY-MM-DD), whatever the days'
    order (an event's days go room after room), or None when no day has a date."""
    dates = sorted(d.date for d in workshop.unordered(Day) if d.date)
    return (dates[0], dates[-1]) if dates else None


def places_of(workshop: Workshop) -> list[str]:
    """The places of `workshop`'s days, each once (blanks and case aside), in the days'
    order."""
    seen: set[str] = set()
    places: list[str] = []
    for day in workshop.all(Day):
        place = " ".join(day.place.split())
        if place and place.casefold() not in seen:
            seen.add(place.casefold())
            places.append(place)
    return places


def cover_facts(workshop: Workshop) -> list[str]:
    """The synthesis cover's facts, each one line, in the workshop's language: the dates
    (the first and last, whatever the days' order), the place, the organisation, the
    facilitators, how many participants. The PDF and the Word synthesis print them."""
    from facilitator.domain.records import Person
    from facilitator.export.synthesis_words import sword
    from facilitator.export.words import date_range, labelled, word

    info = workshop.info
    language = info.language
    facts: list[str] = []
    span = dates_of(workshop)
    if span:
        facts.append(date_range(*span, language))
    if info.place:
        facts.append(info.place)
    if info.organisation:
        facts.append(labelled(language, sword(language, "organisation"), info.organisation))
    facilitators = [p.name for p in workshop.where(Person, role="facilitator")]
    if facilitators:
        facts.append(labelled(language, word(language, "facilitators"), ", ".join(facilitators)))
    count = max(info.participant_count, len(workshop.where(Person, role="participant")))
    if count:
        facts.append(sword(language, "participants_count", count=count))
    return facts
