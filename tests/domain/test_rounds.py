"""Timed rounds (issue 18): expanded, limited, run by a hand-moved clock, recorded as run."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import rounds, run
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.factory import new_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import (
    AgendaItem,
    Day,
    GroupingInfo,
    ItemRound,
    RoundRun,
    Team,
    TimerState,
)
from facilitator.domain.rounds import (
    MAX_EXPANDED_ROUNDS,
    MAX_REPEAT,
    MAX_ROUND_S,
    MIN_ROUND_S,
    check_round_values,
    expand,
    expanded_rounds,
    rounds_problem,
    rounds_problems,
    rounds_total_ms,
)
from facilitator.domain.timer import MINUTE_MS, phase, remaining_ms
from facilitator.domain.workshop import Workshop
from facilitator.translations import Translator

START = int(dt.datetime(2026, 3, 12, 10, 0).timestamp() * 1000)
FRENCH = Translator("fr")


def _round(item_id: str, position: int, seconds: int, repeat: int = 1, **text: str) -> ItemRound:
    return ItemRound(
        id=new_id(),
        agenda_item_id=item_id,
        position=position,
        duration_s=seconds,
        repeat=repeat,
        title=text.get("title", f"Round {position}"),
        instruction=text.get("instruction", ""),
        facilitator_notes=text.get("notes", ""),
    )


def _workshop(minutes: int, *specs: tuple[int, int]) -> tuple[Workshop, AgendaItem]:
    """A workshop on 2026-03-12 whose first item lasts `minutes` with rounds of
    (seconds, repeat) each, then a second item of 10 minutes."""
    workshop = new_workshop("Rounds", first_day=dt.date(2026, 3, 12))
    day = workshop.all(Day)[0]
    item = AgendaItem(id=new_id(), day_id=day.id, position=0, title="Crazy 8", duration_min=minutes)
    after = AgendaItem(id=new_id(), day_id=day.id, position=1, title="Partage", duration_min=10)
    rows = [_round(item.id, n, s, r) for n, (s, r) in enumerate(specs)]
    workshop.apply(ChangeSet.of([insert(item), insert(after), *(insert(r) for r in rows)]))
    return workshop, item


def _do(workshop: Workshop, changes: ChangeSet) -> None:
    workshop.apply(changes)


def _runs(workshop: Workshop, item: AgendaItem) -> list[RoundRun]:
    return workshop.where(RoundRun, agenda_item_id=item.id)


def _iso(ms: int) -> str:
    return run.local_iso(ms)


# -- expansion ------------------------------------------------------------------------
def test_a_crazy_8_is_eight_rounds_of_a_minute() -> None:
    workshop, item = _workshop(8, (60, 8))
    steps = expanded_rounds(workshop, item.id)
    assert [s.number for s in steps] == list(range(1, 9))
    assert {s.count for s in steps} == {8}
    assert [s.repeat_no for s in steps] == list(range(1, 9))
    assert {s.repeat_of for s in steps} == {8}
    assert [s.offset_ms for s in steps] == [n * MINUTE_MS for n in range(8)]
    assert rounds_total_ms(steps) == 8 * MINUTE_MS
    assert steps[-1].is_last and not steps[0].is_last
    assert rounds.round_number(steps[2]).render() == "Round 3/8"
    assert FRENCH.render(rounds.round_number(steps[2])) == "Tour 3/8"
    assert rounds_problem(item, rounds.rounds_of_item(workshop, item.id)) is None


def test_phases_in_their_order_and_a_teams_slot_named_after_it() -> None:
    """1-2-4-all: four phases of different lengths, stored out of order; a pitch slot
    without a title takes its team's name; a repeated phase among others is numbered."""
    workshop = new_workshop("x", first_day=dt.date(2026, 3, 12))
    day = workshop.all(Day)[0]
    grouping = GroupingInfo(id=new_id(), name="Tables")
    team = Team(id=new_id(), grouping_id=grouping.id, name="Table 3")
    item = AgendaItem(id=new_id(), day_id=day.id, title="1-2-4-tous", duration_min=12)
    rows = [
        _round(item.id, 3, 300, title="Tous"),
        _round(item.id, 0, 60, title="Seul"),
        _round(item.id, 2, 240, title="À quatre"),
        _round(item.id, 1, 120, 2, title="À deux"),
        replaced_team(_round(item.id, 4, 180, title=""), team.id),
    ]
    workshop.apply(
        ChangeSet.of([insert(grouping), insert(team), insert(item), *(insert(r) for r in rows)])
    )
    steps = expanded_rounds(workshop, item.id)
    assert [s.title for s in steps] == ["Seul", "À deux", "À deux", "À quatre", "Tous", "Table 3"]
    assert [rounds.step_title(s) for s in steps][1:3] == ["À deux 1/2", "À deux 2/2"]
    assert steps[-1].team_id == team.id
    assert rounds_total_ms(steps) == (60 + 240 + 240 + 300 + 180) * 1000


def replaced_team(row: ItemRound, team_id: str) -> ItemRound:
    from facilitator.domain.records import replaced

    return replaced(row, {"team_id": team_id})


# -- limits -----------------------------------------------------------------------------
@pytest.mark.parametrize("seconds", [-60, 0, 1, MIN_ROUND_S - 1])
def test_a_round_of_zero_or_under_the_minimum_is_refused_with_a_clear_message(
    seconds: int,
) -> None:
    said = check_round_values(seconds, 1)
    assert said is not None
    assert said.render() == f"A round must last at least 5 seconds (here: {seconds} s)."
    assert FRENCH.render(said) == (
        f"Un tour doit durer au moins 5\u00a0secondes (ici\u00a0: {seconds}\u00a0s)."
    )


def test_the_limits_of_one_round_and_of_an_activity() -> None:
    assert check_round_values(MIN_ROUND_S, 1) is None
    assert check_round_values(MAX_ROUND_S, MAX_REPEAT) is None
    too_long = check_round_values(MAX_ROUND_S + 1)
    assert too_long is not None and "at most 24\u00a0h" in too_long.render()
    assert check_round_values(60, 0) is not None
    too_many = check_round_values(60, MAX_REPEAT + 1)
    assert too_many is not None and "201" in too_many.render()
    assert check_round_values(60, 50, other_rounds=150) is None  # exactly 200 in all
    over = check_round_values(60, 51, other_rounds=150)
    assert over is not None
    assert over.render() == (
        "An activity has at most 200 rounds in all, repeats counted; these would make 201."
    )
    assert "au plus 200\u00a0tours" in FRENCH.render(over)


def test_two_hundred_rounds_run_whole_and_more_are_cut_with_a_message() -> None:
    """The issue's "200 rounds": one round repeated 200 times runs through, each round
    on the clock; 201 in all run the first 200 and say so."""
    workshop, item = _workshop(200, (60, 200))
    steps = expanded_rounds(workshop, item.id)
    assert len(steps) == MAX_EXPANDED_ROUNDS == 200
    assert rounds_problems(item, rounds.rounds_of_item(workshop, item.id)) == []
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    now = START
    for number in range(1, 200):
        now += 60_000
        _do(workshop, run.follow_rounds(workshop, now))
        assert run.timer_of(workshop).round_index == number
    now += 60_000
    assert not run.follow_rounds(workshop, now)  # the last round: the item's time is up
    assert phase(run.timer_of(workshop), now) == "overrun"
    assert len(_runs(workshop, item)) == 200

    more, item = _workshop(200, (60, 200), (30, 1))
    stored = rounds.rounds_of_item(more, item.id)
    assert len(expanded_rounds(more, item.id)) == 200
    said = rounds_problem(item, stored)
    assert said is not None
    assert said.render() == "This activity has 201 rounds in all: only the first 200 are run."


def test_a_file_with_thousands_of_repeated_rounds_expands_no_further_than_the_limit() -> None:
    """A hand-written file: 2,000 records repeated 200 times each (400,000 rounds)."""
    item_id = new_id()
    rows = [_round(item_id, n, 5, 200) for n in range(2000)]
    began = time.perf_counter()
    steps = expand(rows)
    took = time.perf_counter() - began
    assert len(steps) == MAX_EXPANDED_ROUNDS
    assert rounds.expanded_count(rows) == 400_000
    assert took < 5  # a generous bound: what matters is that 400,000 are never built


def test_a_stored_round_under_the_minimum_runs_at_the_minimum_and_says_so() -> None:
    workshop, item = _workshop(5, (1, 3))
    steps = expanded_rounds(workshop, item.id)
    assert {s.duration_ms for s in steps} == {MIN_ROUND_S * 1000}
    said = rounds_problem(item, rounds.rounds_of_item(workshop, item.id))
    assert said is not None
    assert said.render() == "“Round 0” lasts 1 s: it is run for 5 s, the shortest round."


def test_an_item_shorter_than_its_rounds_lasts_its_rounds_on_the_day() -> None:
    """Crazy 8 (8 x 1 min) in a 5-minute slot: the plan is kept and the facilitator is
    told; on the day the forecast counts the 8 minutes."""
    workshop, item = _workshop(5, (60, 8))
    steps = expanded_rounds(workshop, item.id)
    said = rounds_problem(item, rounds.rounds_of_item(workshop, item.id))
    assert said is not None
    assert said.render() == (
        "The rounds last 8\u00a0min, longer than the activity (5\u00a0min): on the day the "
        "activity lasts as long as its rounds, and the forecast counts it."
    )
    assert "Les tours durent 8\u00a0min" in FRENCH.render(said)
    assert rounds.item_length_min(item, steps) == 8 and rounds.rest_ms(item, steps) == 0
    day = workshop.all(Day)[0]
    live = run.live_day(workshop, day, START - 60 * MINUTE_MS)  # before the day (09:00)
    first, second = live.items
    assert (first.planned_end - first.planned_start, first.end - first.start) == (5, 8)
    assert second.start == first.end
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    _do(workshop, run.follow_rounds(workshop, START + 150_000))  # 2.5 rounds done
    assert run.item_remaining_ms(workshop, START + 150_000) == 330_000
    live = run.live_day(workshop, day, START + 120_000)  # the schedule's whole minutes
    assert live.items[0].end - live.items[0].start == 8


def test_an_item_longer_than_its_rounds_keeps_the_rest_of_its_time_after_them() -> None:
    """A 12-minute Crazy 8: 8 rounds, then 4 minutes to share, then the overrun."""
    workshop, item = _workshop(12, (60, 8))
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    assert run.item_remaining_ms(workshop, START) == 12 * MINUTE_MS
    now = START + 8 * MINUTE_MS + 1
    _do(workshop, run.follow_rounds(workshop, now))
    assert run.in_rest(workshop) and run.current_round(workshop) is None
    assert run.timer_of(workshop).round_index == 8
    assert remaining_ms(run.timer_of(workshop), now) == 4 * MINUTE_MS - 1
    assert run.item_remaining_ms(workshop, now) == 4 * MINUTE_MS - 1
    assert all(r.actual_end for r in _runs(workshop, item))  # the 8 rounds are over
    now += 4 * MINUTE_MS
    assert not run.follow_rounds(workshop, now)
    assert phase(run.timer_of(workshop), now) == "overrun"
    assert run.item_remaining_ms(workshop, now) == -1
    _do(workshop, run.previous_round(workshop, now))  # back from the rest: the last round
    assert run.timer_of(workshop).round_index == 7
    assert _runs(workshop, item)[7].actual_end == ""


# -- the run -------------------------------------------------------------------------------
def test_rounds_follow_the_clock_and_are_recorded_as_run() -> None:
    workshop, item = _workshop(8, (60, 8))
    _do(workshop, run.select_item(workshop, item.id, START))
    timer = run.timer_of(workshop)
    assert (timer.status, timer.duration_ms, timer.round_index) == ("idle", 60_000, 0)
    assert run.item_remaining_ms(workshop, START) == 8 * MINUTE_MS
    _do(workshop, run.toggle(workshop, START))
    assert [(r.position, r.actual_start, r.actual_end) for r in _runs(workshop, item)] == [
        (0, _iso(START), "")
    ]
    # Noticed late (a repaint 700 ms after the end): the next round started at the end.
    _do(workshop, run.follow_rounds(workshop, START + 60_700))
    timer = run.timer_of(workshop)
    assert timer.round_index == 1 and timer.deadline_epoch_ms == START + 120_000
    assert remaining_ms(timer, START + 60_700) == 59_300
    assert run.item_remaining_ms(workshop, START + 60_700) == 7 * MINUTE_MS - 700
    rows = _runs(workshop, item)
    assert [(r.position, r.actual_end) for r in rows] == [(0, _iso(START + 60_000)), (1, "")]
    assert rows[1].actual_start == _iso(START + 60_000)
    assert rows[1].planned_s == 60 and rows[1].title == "Round 0"
    assert not run.follow_rounds(workshop, START + 60_700)  # nothing more to do


def test_skip_extend_go_back_pause_and_reset() -> None:
    workshop, item = _workshop(8, (60, 8))
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    now = START + 20_000
    _do(workshop, run.next_round(workshop, now))  # skip round 1 after 20 s
    timer = run.timer_of(workshop)
    assert timer.round_index == 1 and remaining_ms(timer, now) == 60_000
    assert _runs(workshop, item)[0].actual_end == _iso(now)
    _do(workshop, run.extend_round(workshop, now + 10_000))  # +30 s to round 2
    assert remaining_ms(run.timer_of(workshop), now + 10_000) == 80_000
    assert run.item_remaining_ms(workshop, now + 10_000) == 80_000 + 6 * MINUTE_MS
    _do(workshop, run.toggle(workshop, now + 10_000))  # pause
    _do(workshop, run.follow_rounds(workshop, now + 10 * MINUTE_MS))  # paused: no move
    assert run.timer_of(workshop).round_index == 1
    _do(workshop, run.previous_round(workshop, now + 10 * MINUTE_MS))  # back, still paused
    timer = run.timer_of(workshop)
    assert (timer.round_index, timer.status, timer.remaining_ms) == (0, "paused", 60_000)
    resumed = now + 11 * MINUTE_MS
    _do(workshop, run.toggle(workshop, resumed))
    rows = _runs(workshop, item)
    assert rows[0].actual_start == _iso(START) and rows[0].actual_end == ""  # on again
    assert rows[1].actual_end == _iso(now + 10 * MINUTE_MS)
    _do(workshop, run.previous_round(workshop, resumed + 5_000))  # the first: from its start
    assert remaining_ms(run.timer_of(workshop), resumed + 5_000) == 60_000
    _do(workshop, run.reset(workshop))
    timer = run.timer_of(workshop)
    assert (timer.status, timer.round_index, timer.remaining_ms) == ("idle", 0, 60_000)
    assert _runs(workshop, item) == []


def test_skipping_the_last_round_ends_the_item_now() -> None:
    workshop, item = _workshop(8, (60, 8))
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    now = START
    for _ in range(7):
        now += 1_000
        _do(workshop, run.next_round(workshop, now))
    assert run.timer_of(workshop).round_index == 7
    _do(workshop, run.next_round(workshop, now + 1_000))
    assert remaining_ms(run.timer_of(workshop), now + 1_000) == 0
    assert phase(run.timer_of(workshop), now + 1_000) == "overrun"
    assert not run.next_round(workshop, now + 2_000)  # nothing more to skip
    _do(workshop, run.advance(workshop, 1, now + 3_000, auto_start=False))  # N
    rows = _runs(workshop, item)
    assert len(rows) == 8 and rows[-1].actual_end == _iso(now + 3_000)
    assert run.current_round(workshop) is None  # the next item has no rounds
    assert run.timer_of(workshop).duration_ms == 10 * MINUTE_MS


def test_reopened_after_a_crash_the_right_round_is_on() -> None:
    """Killed during round 3; reopened 3 min 30 s later: round 6 is on, 30 s left, and
    rounds 3 to 5 are recorded as they ran, on the clock."""
    workshop, item = _workshop(8, (60, 8))
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    _do(workshop, run.follow_rounds(workshop, START + 2 * MINUTE_MS + 10_000))
    assert run.timer_of(workshop).round_index == 2
    saved = Workshop(workshop.records())  # what the file holds
    reopened = START + 5 * MINUTE_MS + 30_000
    _do(saved, run.restored_countdown(saved, reopened))
    _do(saved, run.follow_rounds(saved, reopened))
    timer = run.timer_of(saved)
    assert timer.round_index == 5 and remaining_ms(timer, reopened) == 30_000
    rows = _runs(saved, item)
    assert [r.actual_start for r in rows] == [_iso(START + n * MINUTE_MS) for n in range(6)]
    assert [r.actual_end for r in rows] == [_iso(START + n * MINUTE_MS) for n in range(1, 6)] + [""]
    late = START + 60 * MINUTE_MS  # reopened long after: the last round's overrun
    _do(saved, run.follow_rounds(saved, late))
    assert run.timer_of(saved).round_index == 7
    assert phase(run.timer_of(saved), late) == "overrun"


def test_a_clock_change_moves_the_round_with_it() -> None:
    workshop, item = _workshop(8, (60, 8))
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    _do(workshop, run.follow_clock_change(workshop, 3_600_000))  # set an hour forward
    later = START + 3_600_000 + 30_000  # 30 s of real time later
    assert not run.follow_rounds(workshop, later)
    assert remaining_ms(run.timer_of(workshop), later) == 30_000
    _do(workshop, run.follow_rounds(workshop, later + 30_000))
    assert run.timer_of(workshop).round_index == 1


def test_undoing_the_items_addition_takes_its_recorded_rounds_away() -> None:
    workshop, item = _workshop(8, (60, 8))
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    undo = ChangeSet.of(
        [
            *(insert(r).inverted() for r in workshop.where(ItemRound, agenda_item_id=item.id)),
            insert(workshop.require(AgendaItem, item.id)).inverted(),
        ]
    )
    released = run.released_from_deleted_items(workshop, undo)
    workshop.apply(released)
    assert workshop.where(RoundRun, agenda_item_id=item.id) == []
    assert workshop.dangling_references() == []
    timer = workshop.get(TimerState, "timer")
    assert timer is not None and timer.agenda_item_id is None and timer.round_index == 0


def test_rounds_edited_while_they_run_never_break_the_run() -> None:
    """The facilitator removes rounds while round 5 runs: the round on keeps its
    countdown, and the run then ends the item as if it were the last round."""
    workshop, item = _workshop(8, (60, 8))
    _do(workshop, run.select_item(workshop, item.id, START, start_now=True))
    _do(workshop, run.follow_rounds(workshop, START + 4 * MINUTE_MS + 1))
    stored = workshop.where(ItemRound, agenda_item_id=item.id)[0]
    from facilitator.domain.changes import update
    from facilitator.domain.records import replaced

    workshop.apply(ChangeSet.of([update(stored, replaced(stored, {"repeat": 2}))]))
    assert run.current_round(workshop) is None
    now = START + 6 * MINUTE_MS
    assert not run.follow_rounds(workshop, now)
    assert phase(run.timer_of(workshop), now) == "overrun"
    _do(workshop, run.previous_round(workshop, now))
    assert run.timer_of(workshop).round_index == 1
    _do(workshop, run.next_round(workshop, now))
    _do(workshop, run.next_round(workshop, now))
    assert remaining_ms(run.timer_of(workshop), now) == 0


# -- properties ---------------------------------------------------------------------------
ROUND_SPECS = st.lists(st.tuples(st.integers(1, 400), st.integers(1, 60)), min_size=1, max_size=8)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=ROUND_SPECS, minutes=st.integers(0, 120))
def test_expansion_counts_orders_and_times_every_round(
    specs: list[tuple[int, int]], minutes: int
) -> None:
    workshop, item = _workshop(minutes, *specs)
    steps = expanded_rounds(workshop, item.id)
    assert len(steps) == min(MAX_EXPANDED_ROUNDS, sum(r for _, r in specs))
    assert [s.index for s in steps] == list(range(len(steps)))
    offset = 0
    for step in steps:
        assert step.offset_ms == offset and step.duration_ms >= MIN_ROUND_S * 1000
        assert 1 <= step.repeat_no <= step.repeat_of
        offset += step.duration_ms
    assert rounds.item_length_ms(item, steps) == max(minutes * MINUTE_MS, offset)
    assert rounds.rest_ms(item, steps) + offset == rounds.item_length_ms(item, steps)
    shorter = any("longer than the activity" in m.render() for m in rounds_problems(item, []))
    assert not shorter


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["toggle", "next", "previous", "extend", "wait", "reset", "cut"]),
        st.integers(0, 200_000),
    ),
    max_size=40,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=ROUND_SPECS, minutes=st.integers(0, 60), actions=ACTIONS)
def test_any_sequence_of_run_actions_keeps_the_rounds_consistent(
    specs: list[tuple[int, int]], minutes: int, actions: list[tuple[str, int]]
) -> None:
    """Whatever the facilitator presses and however long they wait: the round on is a
    round or the rest, the item's time left is the round's plus the later ones', each
    round is recorded once with its start before its end, and the file stays whole."""
    workshop, item = _workshop(minutes, *specs)
    now = START
    _do(workshop, run.select_item(workshop, item.id, now))
    cut = False
    for action, wait in actions:
        now += wait
        _do(workshop, run.follow_rounds(workshop, now))
        if action == "toggle":
            _do(workshop, run.toggle(workshop, now))
        elif action == "next":
            _do(workshop, run.next_round(workshop, now))
        elif action == "previous":
            _do(workshop, run.previous_round(workshop, now))
        elif action == "extend":
            _do(workshop, run.extend_round(workshop, now, -30 if wait % 2 else 30))
        elif action == "reset":
            _do(workshop, run.reset(workshop))
        elif action == "cut":  # the rounds edited to a single one mid-run
            first = workshop.where(ItemRound, agenda_item_id=item.id)[0]
            from facilitator.domain.changes import update
            from facilitator.domain.records import replaced

            workshop.apply(ChangeSet.of([update(first, replaced(first, {"repeat": 1}))]))
        _do(workshop, run.follow_rounds(workshop, now))  # as each action's repaint does
        steps = expanded_rounds(workshop, item.id)
        timer = run.timer_of(workshop)
        stages = len(steps) + (1 if rounds.rest_ms(item, steps) else 0)
        cut = cut or action == "cut"
        assert timer.round_index >= 0
        if not cut:  # rounds removed under the round on leave it past them: run as the last
            assert timer.round_index < max(stages, 1)
        if timer.status == "running" and 0 <= timer.round_index < stages - 1:
            assert remaining_ms(timer, now) > 0  # caught up: only the last stage overruns
        rows = _runs(workshop, item)
        assert len({r.position for r in rows}) == len(rows)
        for row in rows:
            assert row.actual_start and (not row.actual_end or row.actual_start <= row.actual_end)
        left = run.item_remaining_ms(workshop, now)
        if 0 <= timer.round_index < len(steps) and remaining_ms(timer, now) >= 0:
            later = sum(s.duration_ms for s in steps[timer.round_index + 1 :])
            assert left == remaining_ms(timer, now) + later + rounds.rest_ms(item, steps)
    assert workshop.dangling_references() == []
