"""Change sets and the edits of the details: apply, invert, merge."""

from __future__ import annotations

import pytest

from facilitator.domain import edits
from facilitator.domain.changes import ChangeSet, RowChange, insert
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import AgendaItem, Day, Person, TimerState
from facilitator.domain.workshop import InconsistentChangeError


def test_inverse_undoes_and_applying_twice_is_refused() -> None:
    workshop = demo_workshop()
    original = workshop.copy()
    changes, _ = edits.add_person(workshop, "facilitator", "Zoé Leroy")
    workshop.apply(changes)
    with pytest.raises(InconsistentChangeError):
        workshop.apply(changes)
    workshop.apply(changes.inverted())
    assert workshop == original


def test_merged_typing_keeps_first_before_and_last_after() -> None:
    workshop = demo_workshop()
    original = workshop.copy()
    first = edits.set_info(workshop, title="A")
    workshop.apply(first)
    second = edits.set_info(workshop, title="AB")
    workshop.apply(second)
    merged = first.merged_with(second)
    assert len(merged.changes) == 1
    workshop.apply(merged.inverted())
    assert workshop == original


def test_merging_back_to_the_start_leaves_nothing() -> None:
    workshop = demo_workshop()
    title = workshop.info.title
    first = edits.set_info(workshop, title="X")
    workshop.apply(first)
    back = edits.set_info(workshop, title=title)
    assert not first.merged_with(back)


def test_remove_person_renumbers_the_rest() -> None:
    workshop = demo_workshop()
    people = workshop.where(Person, role="participant")
    workshop.apply(edits.remove_person(workshop, people[0].id))
    assert [p.position for p in workshop.where(Person, role="participant")] == list(
        range(len(people) - 1)
    )


def test_move_person() -> None:
    workshop = demo_workshop()
    people = workshop.where(Person, role="participant")
    workshop.apply(edits.move_person(workshop, people[0].id, 3))
    names = [p.name for p in workshop.where(Person, role="participant")]
    assert names[3] == people[0].name
    assert len(names) == len(people)


def test_add_day_follows_the_last_day() -> None:
    workshop = demo_workshop()
    changes, day_id = edits.add_day(workshop)
    workshop.apply(changes)
    days = workshop.all(Day)
    assert days[-1].id == day_id
    assert days[-1].date == "2026-03-14"
    assert days[-1].start_time == "09:30"


def test_remove_day_takes_its_items_and_frees_the_timer() -> None:
    workshop = demo_workshop()
    day = workshop.all(Day)[0]
    item = AgendaItem(id="a", day_id=day.id, title="Inclusion")
    timer = TimerState(id="timer", agenda_item_id="a", status="running")
    workshop.apply(ChangeSet.of([insert(item), insert(timer)]))
    before = workshop.copy()
    changes = edits.remove_day(workshop, day.id)
    workshop.apply(changes)
    assert workshop.get(AgendaItem, "a") is None
    assert workshop.all(TimerState)[0].agenda_item_id is None
    assert not workshop.dangling_references()
    workshop.apply(changes.inverted())
    assert workshop == before


def test_a_change_needs_a_state() -> None:
    with pytest.raises(ValueError, match="before or after"):
        RowChange(before=None, after=None)
