"""Several rooms, one event (issue 21): `merge.merged_workshop` copies every record of
every room with new ids and every reference remapped, a track per room, people and card
fields once; the result passes the file check; what it refuses, it says."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TypeVar

import pytest

from facilitator.domain import board, cards, polls, scoring
from facilitator.domain.lab_summary import organisation_key, summary_of
from facilitator.domain.merge import (
    LEFT_OUT,
    MAX_ROOMS,
    MergeError,
    Room,
    copies_of_one_file,
    merged_workshop,
    room_names,
)
from facilitator.domain.records import (
    RECORD_TYPES,
    SHORT,
    AgendaItem,
    Attachment,
    Board,
    CardField,
    Cluster,
    Day,
    GroupingInfo,
    Idea,
    Person,
    Poll,
    PrototypeCard,
    Record,
    RoomPhone,
    Team,
    TeamMember,
    TimerState,
    Track,
    VoteOption,
    VoteSession,
    WorkshopInfo,
    replaced,
)
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo
from facilitator.storage.inspection import check_file
from facilitator.storage.workshop_file import WorkshopFile
from tests.domain.merge_rooms import MOBILITY_IDEAS, three_rooms
from tests.export.rounds_workshop import rounds_workshop

FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"
CREATED = "2026-04-01T10:00:00+02:00"
R = TypeVar("R", bound=Record)


def _fixture(name: str) -> Workshop:
    opened, workshop = WorkshopFile.open(FIXTURES / name, read_only=True)
    opened.close()
    return workshop


def _merge(rooms: list[Room], title: str | None = "Séminaire des labs") -> Workshop:
    return merged_workshop(rooms, title=title, created_at=CREATED)


def _tracked(workshop: Workshop, kind: type[R], track_id: str) -> list[R]:
    return [r for r in workshop.all(kind) if getattr(r, "track_id", None) == track_id]


def _people_expected(rooms: list[Room]) -> int:
    """The people a merge keeps, counted another way: for each (role, name,
    organisation) compared without case, accents or extra spaces, as many as the room
    that has most of them (a room's homonyms stay apart); nameless people all kept."""
    most: Counter[tuple[str, str, str]] = Counter()
    nameless = 0
    for room in rooms:
        here: Counter[tuple[str, str, str]] = Counter()
        for person in room.workshop.all(Person):
            if not person.name.strip():
                nameless += 1
                continue
            key: tuple[str, str, str] = (
                person.role,
                organisation_key(person.name),
                organisation_key(person.organisation),
            )
            here[key] += 1
        for key, count in here.items():
            most[key] = max(most[key], count)
    return sum(most.values()) + nameless


def _fields_expected(rooms: list[Room]) -> int:
    most: Counter[str] = Counter()
    keyless = 0
    for room in rooms:
        here = Counter(f.key for f in room.workshop.all(CardField) if f.key)
        keyless += sum(1 for f in room.workshop.all(CardField) if not f.key)
        for key, count in here.items():
            most[key] = max(most[key], count)
    return sum(most.values()) + keyless


def _tracks_expected(room: Room) -> int:
    source = room.workshop
    rows: list[Day | Board | VoteSession | PrototypeCard] = [
        *source.all(Day),
        *source.all(Board),
        *source.all(VoteSession),
        *source.all(PrototypeCard),
    ]
    untracked = any(r.track_id is None for r in rows)
    return source.count(Track) + (1 if untracked or not source.count(Track) else 0)


def _every_kind_rooms() -> list[Room]:
    """Rooms that hold every kind of record between them: the demo with its polls and
    answers, the demo run in rounds, and the version-6 fixture (a room of a merged event
    already, with a timer, phones, a logo, an absence)."""
    return [
        *three_rooms()[:2],
        Room(rounds_workshop(), "Salle des rounds"),
        Room(_fixture("schema_v6.atelier"), "Salle v6"),
    ]


def test_every_record_of_every_room_is_copied_once_with_new_ids() -> None:
    rooms = _every_kind_rooms()
    before = [room.workshop.copy() for room in rooms]
    event = _merge(rooms)
    every_kind = set().union(*({type(r) for r in room.workshop.records()} for room in rooms))
    assert every_kind == set(RECORD_TYPES)  # the rooms hold every kind between them
    logos = sum(
        1
        for room in rooms
        for a in room.workshop.unordered(Attachment)
        if a.owner_kind == "workshop" and a.role == "logo"
    )
    for kind in RECORD_TYPES:
        total = sum(room.workshop.count(kind) for room in rooms)
        expected = {
            WorkshopInfo: 1,
            TimerState: 1,
            Person: _people_expected(rooms),
            CardField: _fields_expected(rooms),
            Track: sum(_tracks_expected(room) for room in rooms),
            Attachment: total - max(0, logos - 1),
        }.get(kind, 0 if kind in LEFT_OUT else total)
        assert event.count(kind) == expected, kind.__name__
    source_ids = {r.id for room in rooms for r in room.workshop.records()}
    copied = {r.id for r in event.records() if not isinstance(r, WorkshopInfo | TimerState)}
    assert not copied & source_ids
    assert event.dangling_references() == []
    assert [room.workshop for room in rooms] == before  # the rooms are not changed
    assert event.count(RoomPhone) == 0
    timer = event.all(TimerState)[0]
    assert (timer.status, timer.agenda_item_id) == ("idle", None)


def test_the_event_passes_the_file_check(tmp_path: Path) -> None:
    path = tmp_path / "event.atelier"
    WorkshopFile.create(path, _merge(_every_kind_rooms())).close()
    inspection, unreadable = check_file(path)
    assert (inspection.problems, unreadable) == ([], False)


def test_each_room_keeps_its_boards_votes_cards_and_polls_under_its_track() -> None:
    rooms = three_rooms()
    event = _merge(rooms)
    tracks = event.all(Track)
    assert [t.name for t in tracks] == ["Salle Mistral", "Mobilité en zone rurale", "Santé"]
    assert [t.source_title for t in tracks] == [r.workshop.info.title for r in rooms]
    for kind in (Day, Board, VoteSession, PrototypeCard):
        assert all(getattr(r, "track_id", None) is not None for r in event.all(kind)), kind
    for room, track in zip(rooms, tracks, strict=True):
        source = room.workshop

        # Boards: their titles, and each one's ideas, cluster by cluster.
        def walls(workshop: Workshop, boards: list[Board]) -> list[tuple[str, list[str]]]:
            return [
                (b.title, sorted(i.text for i in workshop.where(Idea, board_id=b.id)))
                for b in boards
            ]

        assert walls(event, _tracked(event, Board, track.id)) == walls(
            source, list(source.all(Board))
        )

        # Votes: the same results, ranks, ties and labels (options, ballots, scores and
        # placements remapped together).
        def results(workshop: Workshop, votes: list[VoteSession]) -> list[object]:
            return [
                (
                    v.title,
                    [
                        (r.option.label, r.score, r.rank, r.deleted)
                        for r in scoring.results_of(workshop, v.id)
                    ],
                )
                for v in votes
            ]

        assert results(event, _tracked(event, VoteSession, track.id)) == results(
            source, list(source.all(VoteSession))
        )

        # Cards: their fields by key, their steps, where they came from.
        def card_text(workshop: Workshop, made: list[PrototypeCard]) -> list[object]:
            shown: list[object] = []
            for card in made:
                fields = {f.id: f.key for f in workshop.all(CardField)}
                values = {fields[k]: v for k, v in cards.values_of(workshop, card.id).items()}
                steps = [(s.action, s.owner, s.due_date) for s in cards.steps_of(workshop, card.id)]
                shown.append((card.name, values, steps, cards.source_label(workshop, card)))
            return shown

        assert card_text(event, _tracked(event, PrototypeCard, track.id)) == card_text(
            source, list(source.all(PrototypeCard))
        )
        # Polls: asked during the room's own activities, with the same results.
        days = {d.id for d in _tracked(event, Day, track.id)}
        items = {i.id for i in event.all(AgendaItem) if i.day_id in days}
        event_polls = [p for p in polls.polls_in_order(event) if p.agenda_item_id in items]
        assert [(p.question, polls.results(event, p.id).total) for p in event_polls] == [
            (p.question, polls.results(source, p.id).total)
            for p in polls.polls_in_order(source)
            if p.agenda_item_id is not None
        ]
    # A poll asked outside any activity is kept, with its answers, outside any room: a
    # poll has no track of its own (records.Poll), its room is not recorded.
    free = [p for p in event.all(Poll) if p.agenda_item_id is None]
    assert [(p.question, polls.results(event, p.id).total) for p in free] == [
        (p.question, polls.results(room.workshop, p.id).total)
        for room in rooms
        for p in room.workshop.all(Poll)
        if p.agenda_item_id is None
    ]
    assert free


def test_links_that_name_a_record_by_kind_are_remapped() -> None:
    """An agenda item opens its vote, a card names the vote option it came from, a vote
    option stands for an idea, a photo belongs to its board or card: in the event, each
    names the copy, in the same room."""
    rooms = three_rooms()
    event = _merge(rooms)
    votes = {v.id: v for v in event.all(VoteSession)}
    linked = [i for i in event.all(AgendaItem) if i.tool == "vote" and i.tool_target_id]
    assert linked
    days = {d.id: d.track_id for d in event.all(Day)}
    for item in linked:
        assert votes[item.tool_target_id or ""].track_id == days[item.day_id]
    options = {o.id: o for o in event.all(VoteOption)}
    for card in event.all(PrototypeCard):
        if card.source_kind == "vote":
            option = options[card.source_id or ""]
            assert votes[option.vote_id].track_id == card.track_id

    def standing(workshop: Workshop) -> int:  # options whose idea or cluster is there
        targets = {r.id for r in (*workshop.unordered(Idea), *workshop.unordered(Cluster))}
        return sum(1 for o in workshop.unordered(VoteOption) if o.target_id in targets)

    assert standing(event) == sum(standing(room.workshop) for room in rooms) > 0
    for photo in event.all(Attachment):
        owner = {"board": Board, "card": PrototypeCard}.get(photo.owner_kind)
        if owner is not None:
            assert event.get(owner, photo.owner_id) is not None


def test_people_are_listed_once_and_teams_keep_their_members() -> None:
    rooms = three_rooms()
    event = _merge(rooms)
    names = Counter(
        (p.role, organisation_key(p.name), organisation_key(p.organisation))
        for p in event.all(Person)
    )
    assert max(names.values()) == 1
    roux = [p for p in event.all(Person) if organisation_key(p.name) == "helene roux"]
    assert sorted(p.organisation for p in roux) == [
        "Conseil départemental du Cantal",  # a homonym from elsewhere: another person
        "Direction départementale de l’emploi, du travail et des solidarités",
    ]
    assert "Hélène Roux" in [p.name for p in roux]  # the first room's spelling is kept
    # Team members still name people of the event (deduplicated ones included).
    people = {p.id: p.name for p in event.all(Person)}
    members = sorted(people[m.person_id] for m in event.all(TeamMember))
    source = rooms[0].workshop
    source_people = {p.id: p.name for p in source.all(Person)}
    assert members == sorted(source_people[m.person_id] for m in source.all(TeamMember))
    # The people listed (counted once), and those a room counted without naming them.
    listed = sum(1 for p in event.all(Person) if p.role == "participant")
    unnamed = sum(
        max(
            0, r.workshop.info.participant_count - len(r.workshop.where(Person, role="participant"))
        )
        for r in rooms
    )
    assert unnamed > 0
    assert summary_of(event).participants == listed + unnamed


def test_a_room_with_homonyms_keeps_them_apart_and_nameless_people_stay() -> None:
    """Two people a room kept apart (same name, same organisation) stay two, even when
    an earlier room has one of them; people without a name are never merged."""
    first, second = full_demo(), full_demo()
    extra = [
        Person(id=f"p{n}", role="participant", position=90 + n, name=name, organisation="Mairie")
        for n, name in enumerate(("Jean Martin", "Jean Martin", "", ""))
    ]
    first = Workshop([*first.records(), extra[0], extra[2]])
    second = Workshop([*second.records(), *extra])
    event = _merge([Room(first, "A"), Room(second, "B")])
    martins = [p for p in event.all(Person) if p.name == "Jean Martin"]
    nameless = [p for p in event.all(Person) if not p.name]
    assert (len(martins), len(nameless)) == (2, 3)


def test_rooms_from_one_prepared_file_share_ids_and_still_merge() -> None:
    """A lab prepares one file and copies it to each room's laptop: the rooms share the
    file's identity and their records' ids, their contents have diverged. They are
    merged (and named as copies), every record copied under a new id."""
    prepared = full_demo()
    room_a, room_b = prepared.copy(), prepared.copy()
    board_id = room_b.all(Board)[0].id
    room_b.apply(board.capture(room_b, board_id, ["Une idée de la salle B"])[0])
    rooms = [Room(room_a, "A", "f" * 32, "a.atelier"), Room(room_b, "B", "f" * 32, "b.atelier")]
    event = _merge(rooms)
    assert event.count(Idea) == 2 * prepared.count(Idea) + 1
    assert len({r.id for r in event.unordered(Idea)}) == event.count(Idea)
    assert event.dangling_references() == []
    assert [(a.label, b.label) for a, b in copies_of_one_file(rooms)] == [
        ("a.atelier", "b.atelier")
    ]


@pytest.mark.parametrize("count", [0, 1, MAX_ROOMS + 1])
def test_too_few_or_too_many_rooms_are_refused(count: int) -> None:
    room = Room(Workshop([WorkshopInfo(id="workshop", title="x")]), "x")
    with pytest.raises(MergeError, match=r"at least 2|At most 32"):
        _merge([room] * count)


def test_a_workshop_merged_with_itself_or_its_copy_is_refused() -> None:
    demo = full_demo()
    with pytest.raises(MergeError, match="“a” and “a” hold the same workshop"):
        _merge([Room(demo, "x", label="a"), Room(demo, "y", label="a")])
    with pytest.raises(MergeError, match=r"“a\.atelier” and “copie\.atelier” hold the same"):
        _merge([Room(demo, "", label="a.atelier"), Room(demo.copy(), "", label="copie.atelier")])


def test_room_names_are_cleaned_cut_and_told_apart() -> None:
    def room(title: str, name: str = "") -> Room:
        return Room(Workshop([WorkshopInfo(id="workshop", title=title)]), name)

    names = room_names(
        [
            room("Atelier"),
            room("atelier "),
            room("ATELIER"),
            room("", ""),
            room("x", "Salle\n<b>Nord</b>\u0007"),
            room("x", "é" * 500),
            room("x", "Salle <b>nord</b>"),
        ],
        "fr",
    )
    assert names[:4] == ["Atelier", "atelier (2)", "ATELIER (3)", "Salle 4"]
    assert names[4] == "Salle <b>Nord</b>"
    assert len(names[5]) == SHORT and names[5].endswith("…")
    assert names[6] == "Salle <b>nord</b> (2)"
    assert all(len(n) <= SHORT for n in names)


def test_the_event_takes_the_first_rooms_details_and_every_rooms_dates() -> None:
    rooms = three_rooms()
    event = _merge(rooms, title=None)
    first = rooms[0].workshop.info
    assert event.info.title == "Salle Mistral · Mobilité en zone rurale · Santé"
    assert (event.info.question, event.info.place) == (first.question, first.place)
    assert event.info.created_at == CREATED
    summary = summary_of(event)
    assert summary.dates[0] == "2026-03-12" and summary.days == 2
    assert summary.tracks == 3
    assert "— Salle Mistral —" in event.info.notes
    assert [g.name for g in event.all(GroupingInfo)] == [
        f"Salle Mistral · {g.name}" for g in rooms[0].workshop.all(GroupingInfo)
    ]
    same = _merge([Room(full_demo(), "A"), Room(full_demo(), "B")], title="  ")
    assert same.info.title == full_demo().info.title  # the rooms' shared title


def test_votes_and_polls_left_open_are_closed_and_one_logo_is_kept() -> None:
    demo = full_demo()
    vote = demo.all(VoteSession)[0]
    demo = Workshop(
        replaced(r, {"status": "open"}) if r.id == vote.id else r for r in demo.records()
    )
    rooms = [Room(demo, "A"), Room(rounds_workshop(), "B"), Room(three_rooms()[0].workshop, "C")]
    event = _merge(rooms)
    assert not [v for v in event.all(VoteSession) if v.status == "open"]
    assert not [p for p in event.all(Poll) if p.status == "open"]
    logos = [a for a in event.all(Attachment) if a.owner_kind == "workshop" and a.role == "logo"]
    assert len(logos) <= 1


def test_a_merged_event_merged_again_keeps_its_rooms() -> None:
    rooms = three_rooms()
    morning = _merge(rooms[:2], title="Matin")
    day = _merge([Room(morning, "Matin"), rooms[2]], title="Journée")
    assert [t.name for t in day.all(Track)] == [
        "Salle Mistral",
        "Mobilité en zone rurale",
        "Santé",
    ]
    mobility = day.all(Track)[1]
    boards = _tracked(day, Board, mobility.id)
    assert [b.title for b in boards] == [b.title for b in rooms[1].workshop.all(Board)]
    assert sorted(i.text for i in day.where(Idea, board_id=boards[-1].id)) == sorted(MOBILITY_IDEAS)


def test_hostile_titles_and_notes_stay_within_the_records_limits() -> None:
    """Titles of 200 characters, notes of 20,000 in each room, markup, RTL, emoji: the
    event's title, notes and groupings' names are cut to their limits, never refused."""
    hostile = "<b>R&D</b> مرحبا 🙂 " + "x" * 300
    rooms = []
    for name in ("Nord", "Sud"):
        workshop = full_demo()
        info = replaced(workshop.info, {"title": hostile[:200], "notes": "n" * 20_000})
        groupings = [replaced(g, {"name": "g" * 200}) for g in workshop.all(GroupingInfo)]
        rest = [r for r in workshop.records() if not isinstance(r, WorkshopInfo | GroupingInfo)]
        rooms.append(Room(Workshop([info, *groupings, *rest]), name))
    event = _merge(rooms, title=hostile * 3)
    assert len(event.info.title) <= SHORT and event.info.title.startswith("<b>R&D</b>")
    assert len(event.info.notes) <= 20_000
    assert all(len(g.name) <= SHORT for g in event.all(GroupingInfo))
    assert event.dangling_references() == []
    assert Team in {type(r) for r in event.records()}
