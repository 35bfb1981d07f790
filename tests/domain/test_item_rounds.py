"""An agenda item's rounds (issue 18): copied from its method, carried by templates,
duplicated and removed with it, edited within domain/rounds.py's limits, and made from
a grouping (one pitch and questions slot per team, in a seeded shuffled order)."""

from __future__ import annotations

import random

import pytest

from facilitator.domain import agenda, edits, item_rounds
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.item_rounds import RoundLimitError
from facilitator.domain.library import Library
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import (
    AgendaItem,
    Day,
    GroupingInfo,
    ItemRound,
    Record,
    RoundRun,
    Team,
    TimerState,
)
from facilitator.domain.rounds import MAX_EXPANDED_ROUNDS, MIN_ROUND_S, expanded_rounds
from facilitator.domain.rounds_from_groups import (
    SlotsError,
    TeamSlot,
    grouping_teams,
    shuffled,
    team_slots,
)
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo
from tests.conftest import from_template


def _rounds(workshop: Workshop, item_id: str) -> list[tuple[str, int, int]]:
    return [(r.title, r.duration_s, r.repeat) for r in agenda.rounds_of(workshop, item_id)]


def _with_method(library: Library, method_id: str) -> tuple[Workshop, AgendaItem]:
    workshop = from_template(library, "atelier-flash-90min")
    day = workshop.all(Day)[0]
    item, rounds = agenda.method_item(library.methods[method_id], day.id, 0, "fr")
    workshop.apply(agenda.add_item(workshop, item, 1, rounds))
    return workshop, workshop.require(AgendaItem, item.id)


def test_an_item_added_from_crazy_8_runs_8_rounds_of_a_minute(library: Library) -> None:
    workshop, item = _with_method(library, "crazy-8")
    assert _rounds(workshop, item.id) == [("Une case, une idée", 60, 8)]
    steps = expanded_rounds(workshop, item.id)
    assert [s.duration_ms for s in steps] == [60_000] * 8
    assert item.duration_min == 15 and item.position == 1
    assert not workshop.dangling_references()


def test_duplicate_and_remove_carry_the_rounds_and_their_runs(library: Library) -> None:
    workshop, item = _with_method(library, "un-deux-quatre-tous")
    run = RoundRun(id="run-1", agenda_item_id=item.id, title="1", planned_s=60)
    timer = TimerState(id="timer", agenda_item_id=item.id, status="running", round_index=2)
    workshop.apply(ChangeSet.of([insert(run), insert(timer)]))
    before = workshop.copy()

    changes, copy_id = agenda.duplicate_item(workshop, item.id)
    workshop.apply(changes)
    assert _rounds(workshop, copy_id) == _rounds(workshop, item.id)
    copies = agenda.rounds_of(workshop, copy_id)
    assert not {r.id for r in copies} & {r.id for r in agenda.rounds_of(workshop, item.id)}
    assert workshop.where(RoundRun, agenda_item_id=copy_id) == []  # not run yet

    workshop.apply(agenda.remove_item(workshop, copy_id))
    assert workshop == before
    workshop.apply(agenda.remove_item(workshop, item.id))
    assert workshop.where(ItemRound, agenda_item_id=item.id) == []
    assert workshop.all(RoundRun) == []
    assert workshop.all(TimerState)[0].round_index == 0
    assert not workshop.dangling_references()


def test_a_duplicated_day_and_a_removed_day_take_their_rounds(library: Library) -> None:
    workshop = full_demo()
    first, second = workshop.all(Day)
    changes, copy_id = agenda.duplicate_day(workshop, second.id)
    workshop.apply(changes)
    originals = workshop.where(AgendaItem, day_id=second.id)
    copies = workshop.where(AgendaItem, day_id=copy_id)
    assert [_rounds(workshop, i.id) for i in copies] == [_rounds(workshop, i.id) for i in originals]
    assert sum(len(agenda.rounds_of(workshop, i.id)) for i in copies) > 0
    count = workshop.count(ItemRound)
    workshop.apply(edits.remove_day(workshop, copy_id))
    assert workshop.count(ItemRound) < count
    workshop.apply(edits.remove_day(workshop, first.id))
    assert not workshop.dangling_references()


def test_the_demo_has_a_crazy_8_with_its_8_rounds() -> None:
    workshop = full_demo()
    crazy = [i for i in workshop.all(AgendaItem) if i.method_id == "crazy-8"]
    assert len(crazy) == 1
    steps = expanded_rounds(workshop, crazy[0].id)
    assert [(s.number, s.count, s.duration_ms) for s in steps] == [
        (n, 8, 60_000) for n in range(1, 9)
    ]


def test_rounds_are_edited_added_moved_and_removed(library: Library) -> None:
    workshop, item = _with_method(library, "un-deux-quatre-tous")
    first = agenda.rounds_of(workshop, item.id)[0]
    workshop.apply(item_rounds.set_round(workshop, first.id, title="Seul", duration_s=90))
    changes, new_id = item_rounds.add_round(workshop, item.id, 1, title="Pause")
    workshop.apply(changes)
    assert [t for t, _, _ in _rounds(workshop, item.id)] == [
        "Seul",
        "Pause",
        "2\u00a0: en binôme",
        "4\u00a0: à quatre",
        "Tous",
    ]
    workshop.apply(item_rounds.move_round(workshop, new_id, 10))
    assert _rounds(workshop, item.id)[-1] == ("Pause", 60, 1)
    workshop.apply(item_rounds.remove_round(workshop, first.id))
    positions = [r.position for r in agenda.rounds_of(workshop, item.id)]
    assert positions == [0, 1, 2, 3]


def test_an_item_shorter_than_its_rounds_is_fitted_in_one_step(library: Library) -> None:
    workshop, item = _with_method(library, "crazy-8")
    workshop.apply(agenda.set_item(workshop, item.id, duration_min=5))
    workshop.apply(item_rounds.fit_duration(workshop, item.id))
    assert workshop.require(AgendaItem, item.id).duration_min == 8
    assert item_rounds.fit_duration(workshop, item.id).changes == ()  # never shortens


BAD_EDITS: dict[str, dict[str, object]] = {
    "a round of 0 seconds": {"duration_s": 0},
    "a round of 4 seconds": {"duration_s": MIN_ROUND_S - 1},
    "a round of 25 hours": {"duration_s": 25 * 3600},
    "repeated 0 times": {"repeat": 0},
    "repeated 201 times": {"repeat": 201},
    "a title of 201 characters": {"title": "T" * 201},
    "an instruction of 1,001 characters": {"instruction": "i" * 1001},
    "a duration that is not a number": {"duration_s": "60"},
}


@pytest.mark.parametrize("case", list(BAD_EDITS))
def test_a_bad_edit_is_refused_with_a_sentence(case: str, library: Library) -> None:
    workshop, item = _with_method(library, "crazy-8")
    round_id = agenda.rounds_of(workshop, item.id)[0].id
    before = workshop.copy()
    with pytest.raises(FacilitatorError) as raised:
        workshop.apply(item_rounds.set_round(workshop, round_id, **BAD_EDITS[case]))
    assert str(raised.value).endswith("."), str(raised.value)
    assert workshop == before


def test_200_rounds_in_all_and_no_more(library: Library) -> None:
    workshop, item = _with_method(library, "crazy-8")  # 8 rounds already
    round_id = agenda.rounds_of(workshop, item.id)[0].id
    workshop.apply(item_rounds.set_round(workshop, round_id, repeat=MAX_EXPANDED_ROUNDS))
    assert len(expanded_rounds(workshop, item.id)) == 200
    with pytest.raises(RoundLimitError) as raised:
        item_rounds.add_round(workshop, item.id)
    assert "at most 200 rounds" in str(raised.value) and "201" in str(raised.value)
    workshop.apply(item_rounds.set_round(workshop, round_id, repeat=150))
    for _ in range(50):
        workshop.apply(item_rounds.add_round(workshop, item.id, duration_s=5)[0])
    with pytest.raises(RoundLimitError):
        item_rounds.add_round(workshop, item.id)


def test_a_colleagues_out_of_limit_rounds_do_not_block_other_edits(library: Library) -> None:
    """A file written elsewhere holds a 1 s round and 300 rounds: the facilitator can
    still retitle, remove and shorten them; only edits that add to the fault are refused."""
    workshop, item = _with_method(library, "crazy-8")
    stored = [
        ItemRound(id="one-second", agenda_item_id=item.id, position=1, duration_s=1),
        ItemRound(id="many", agenda_item_id=item.id, position=2, duration_s=5, repeat=200),
    ]
    workshop = Workshop([*workshop.records(), *stored])
    workshop.apply(item_rounds.set_round(workshop, "one-second", title="Éclair"))
    workshop.apply(item_rounds.set_round(workshop, "many", repeat=199))
    with pytest.raises(RoundLimitError):
        item_rounds.add_round(workshop, item.id)
    workshop.apply(item_rounds.remove_round(workshop, "many"))
    workshop.apply(item_rounds.set_round(workshop, "one-second", duration_s=MIN_ROUND_S))


# -- slots from a grouping -------------------------------------------------------------
def _grouping(workshop: Workshop, names: list[str]) -> str:
    grouping = GroupingInfo(id="g", name="Équipes projet")
    teams: list[Record] = [
        Team(id=f"t{n}", grouping_id="g", position=n, name=name) for n, name in enumerate(names)
    ]
    workshop.apply(ChangeSet.of([insert(grouping), *[insert(t) for t in teams]]))
    return grouping.id


def test_a_pitch_from_a_grouping_gives_each_team_a_pitch_and_questions(
    library: Library,
) -> None:
    """The issue's example: each team pitches 3 minutes, 1 minute of questions."""
    workshop, item = _with_method(library, "pitch")
    grouping_id = _grouping(workshop, ["", "Équipe 2", "Les Cantalous"])
    teams = grouping_teams(workshop, grouping_id, "fr")
    assert [t.name for t in teams] == ["Équipe 1", "Équipe 2", "Les Cantalous"]
    slots = team_slots(teams, item.id, "fr", pitch_s=180, questions_s=60)
    workshop.apply(item_rounds.replace_rounds(workshop, item.id, slots))
    assert _rounds(workshop, item.id) == [
        ("Équipe 1 — pitch", 180, 1),
        ("Équipe 1 — questions", 60, 1),
        ("Équipe 2 — pitch", 180, 1),
        ("Équipe 2 — questions", 60, 1),
        ("Les Cantalous — pitch", 180, 1),
        ("Les Cantalous — questions", 60, 1),
    ]
    stored = agenda.rounds_of(workshop, item.id)
    assert [r.team_id for r in stored] == ["t0", "t0", "t1", "t1", "t2", "t2"]
    assert stored[3].instruction == "Questions à Équipe 2\u00a0: compréhension et suggestions."
    assert [s.count for s in expanded_rounds(workshop, item.id)] == [6] * 6
    workshop.apply(item_rounds.fit_duration(workshop, item.id))
    assert workshop.require(AgendaItem, item.id).duration_min == 30  # 12 min fit its 30
    assert not workshop.dangling_references()


def test_slots_in_english_keep_the_methods_other_rounds(library: Library) -> None:
    workshop, item = _with_method(library, "pitch")
    preparation = agenda.rounds_of(workshop, item.id)[0]
    grouping_id = _grouping(workshop, ["Blue", "Red"])
    slots = team_slots(grouping_teams(workshop, grouping_id, "en"), item.id, "en", pitch_s=120)
    workshop.apply(item_rounds.replace_rounds(workshop, item.id, slots, keep=[preparation.id]))
    assert [t for t, _, _ in _rounds(workshop, item.id)] == [
        preparation.title,
        "Blue — pitch",
        "Red — pitch",
    ]


def test_a_shuffle_is_the_same_for_a_seed_and_changes_with_it() -> None:
    ids = [f"t{n}" for n in range(8)]
    assert shuffled(ids, 7) == shuffled(ids, 7)
    assert sorted(shuffled(ids, 7)) == ids
    orders = {tuple(shuffled(ids, seed)) for seed in range(20)}
    assert len(orders) > 15
    assert shuffled([], 3) == []


def test_slots_follow_the_order_given() -> None:
    teams = [TeamSlot(f"t{n}", f"Table {n}") for n in range(1, 5)]
    order = shuffled([t.team_id for t in teams], 42)
    by_id = {t.team_id: t for t in teams}
    slots = team_slots([by_id[i] for i in order], "item", "fr", pitch_s=60)
    assert [s.team_id for s in slots] == order
    assert [s.position for s in slots] == [0, 1, 2, 3]


BAD_SLOTS = {
    "no team": ([], 180, 60, "no team"),
    "a pitch of 0 seconds": ([TeamSlot("t", "T")], 0, 60, "from 5 seconds"),
    "questions of 2 seconds": ([TeamSlot("t", "T")], 60, 2, "from 5 seconds"),
    "101 teams with questions": (
        [TeamSlot(f"t{n}", str(n)) for n in range(101)],
        60,
        60,
        "202 slots",
    ),
}


@pytest.mark.parametrize("case", list(BAD_SLOTS))
def test_slots_that_cannot_be_are_refused_with_a_sentence(case: str) -> None:
    teams, pitch_s, questions_s, words = BAD_SLOTS[case]
    with pytest.raises(SlotsError) as raised:
        team_slots(teams, "item", "fr", pitch_s=pitch_s, questions_s=questions_s)
    assert words in str(raised.value)


def test_200_teams_without_questions_and_long_names_fit_the_limits() -> None:
    rng = random.Random(5)
    teams = [TeamSlot(f"t{n}", "é" * rng.randint(90, 100)) for n in range(200)]
    slots = team_slots(teams, "item", "fr", pitch_s=MIN_ROUND_S)
    assert len(slots) == MAX_EXPANDED_ROUNDS
    assert max(len(s.title) for s in slots) <= 200


def test_fitting_counts_rounds_as_run_and_stops_at_a_day(library: Library) -> None:
    """A stored 1 s round is run for 5 s, and fitting counts it so; rounds of 24 h
    repeated fit the item to its longest, 24 h, rather than fail."""
    workshop, item = _with_method(library, "crazy-8")
    first = agenda.rounds_of(workshop, item.id)[0]
    workshop.apply(item_rounds.remove_round(workshop, first.id))
    stored = ItemRound(id="short", agenda_item_id=item.id, duration_s=1, repeat=200)
    workshop = Workshop([*workshop.records(), stored])
    workshop.apply(agenda.set_item(workshop, item.id, duration_min=1))
    workshop.apply(item_rounds.fit_duration(workshop, item.id))
    assert workshop.require(AgendaItem, item.id).duration_min == 17  # 200 x 5 s = 16 min 40
    workshop.apply(item_rounds.set_round(workshop, "short", duration_s=24 * 3600, repeat=3))
    workshop.apply(item_rounds.fit_duration(workshop, item.id))
    assert workshop.require(AgendaItem, item.id).duration_min == 24 * 60
