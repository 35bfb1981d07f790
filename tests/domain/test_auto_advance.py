"""Auto-advance's rule, with a hand-moved time: which item follows, when, and what stops it."""

from __future__ import annotations

import random
from typing import Literal

import pytest

from facilitator.domain import auto_advance, edits, run
from facilitator.domain.agenda import add_item, move_item, pause_item, remove_item, set_item
from facilitator.domain.auto_advance import (
    ANNOUNCE_MAX_S,
    ANNOUNCE_MIN_S,
    LATE_LIMIT_MS,
    Announce,
    announce_at_end,
    holds,
    start_next,
)
from facilitator.domain.demo import demo_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import AgendaItem, Day, ItemRound, replaced
from facilitator.domain.timer import MINUTE_MS, remaining_ms
from facilitator.domain.validation import InvalidValueError
from facilitator.domain.workshop import Workshop

T0 = 1_773_300_000_000  # 2026-03-12, morning UTC
Option = Literal["workshop", "on", "off"]


def _item(day: Day, title: str, minutes: int, option: Option = "workshop") -> AgendaItem:
    return AgendaItem(
        id=new_id(), day_id=day.id, title=title, duration_min=minutes, auto_advance=option
    )


def _workshop(*, on: bool = True, seconds: int = 10) -> Workshop:
    """Two days: « Accueil » 10 min, « Pause » 15 min, « Idéation » 20 min, « Clôture »
    5 min on the first; « Météo » 10 min on the second. The workshop's option `on`."""
    workshop = demo_workshop()
    first, second = workshop.all(Day)[:2]
    for item in (
        _item(first, "Accueil", 10),
        pause_item("break", first.id, 0, "fr", 15),
        _item(first, "Idéation", 20),
        _item(first, "Clôture", 5),
        _item(second, "Météo", 10),
    ):
        workshop.apply(add_item(workshop, item))
    workshop.apply(edits.set_info(workshop, auto_advance=on, auto_advance_s=seconds))
    return workshop


def _day(workshop: Workshop, index: int = 0) -> list[AgendaItem]:
    return workshop.where(AgendaItem, day_id=workshop.all(Day)[index].id)


def _started(workshop: Workshop, item: AgendaItem, now: int) -> None:
    workshop.apply(run.select_item(workshop, item.id, now, start_now=True))


def _deadline(workshop: Workshop) -> int:
    return run.timer_of(workshop).deadline_epoch_ms


def _announced(workshop: Workshop, item: AgendaItem, now: int = T0) -> tuple[Announce, int]:
    """`item` started at `now`, run to its end: the announce, and the time of the end."""
    _started(workshop, item, now)
    end = _deadline(workshop)
    announce = announce_at_end(workshop, end)
    assert announce is not None
    return announce, end


# -- the option ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("workshop_on", "option", "expected"),
    [
        (False, "workshop", False),
        (True, "workshop", True),
        (True, "off", False),  # the item's "off" wins over the workshop's "on"
        (False, "on", True),  # and its "on" over the workshop's "off"
        (True, "on", True),
        (False, "off", False),
    ],
)
def test_the_item_decides_else_the_workshop(
    workshop_on: bool, option: Option, expected: bool
) -> None:
    workshop = _workshop(on=workshop_on)
    first = _day(workshop)[0]
    workshop.apply(set_item(workshop, first.id, auto_advance=option))
    item = workshop.require(AgendaItem, first.id)
    assert auto_advance.follows(workshop, item) is expected
    _started(workshop, item, T0)
    said = announce_at_end(workshop, _deadline(workshop))
    assert (said is not None) is expected


def test_an_unknown_option_is_refused() -> None:
    workshop = _workshop()
    first = _day(workshop)[0]
    with pytest.raises(InvalidValueError, match="cannot be"):
        set_item(workshop, first.id, auto_advance="sometimes")
    with pytest.raises(InvalidValueError, match="cannot be"):
        edits.set_info(workshop, auto_advance="yes")


# -- what comes next ----------------------------------------------------------------------
def test_the_next_item_is_the_next_of_the_same_day_never_the_next_day() -> None:
    workshop = _workshop()
    day = _day(workshop)
    assert [auto_advance.next_item(workshop, i) for i in day] == [*day[1:], None]
    assert auto_advance.next_item(workshop, _day(workshop, 1)[0]) is None  # the last day's last
    stray = replaced(day[0], {"id": "nowhere"})
    assert auto_advance.next_item(workshop, stray) is None


def test_the_days_last_item_starts_nothing() -> None:
    workshop = _workshop()
    last = _day(workshop)[-1]
    _started(workshop, last, T0)
    end = _deadline(workshop)
    assert announce_at_end(workshop, end) is None  # the next day's « Météo » is not started
    assert announce_at_end(workshop, end + 5_000) is None


def test_the_announce_lasts_the_workshops_seconds_within_its_limits() -> None:
    assert (ANNOUNCE_MIN_S, ANNOUNCE_MAX_S) == (3, 120)  # WorkshopInfo.auto_advance_s's
    workshop = _workshop(seconds=25)
    announce, end = _announced(workshop, _day(workshop)[0])
    assert (announce.started_ms, announce.ends_ms) == (end, end + 25_000)
    assert announce.left_ms(end + 24_001) == 999
    assert announce.left_ms(end + 90_000) == 0
    for stored, expected in ((1, 3_000), (0, 3_000), (500, 120_000), (120, 120_000)):
        info = replaced(workshop.info, {"auto_advance_s": stored})  # a file written by hand
        odd = Workshop([info, *(r for r in workshop.records() if r is not workshop.info)])
        assert auto_advance.announce_ms(odd) == expected
    for refused in (2, 121, -5, 10.5, True):
        with pytest.raises(InvalidValueError, match="cannot be"):
            edits.set_info(workshop, auto_advance_s=refused)


# -- when it applies ---------------------------------------------------------------------
def test_only_a_running_countdown_whose_time_is_up() -> None:
    workshop = _workshop()
    first = _day(workshop)[0]
    _started(workshop, first, T0)
    end = _deadline(workshop)
    assert announce_at_end(workshop, end - 1) is None  # one millisecond left
    assert announce_at_end(workshop, end) is not None
    workshop.apply(run.toggle(workshop, end - 60_000))  # paused a minute before the end
    assert announce_at_end(workshop, end + 5_000) is None
    workshop.apply(run.reset(workshop))
    assert announce_at_end(workshop, end + 5_000) is None
    workshop.apply(run.free_timer(workshop, 1, T0))  # a free timer has no next item
    assert announce_at_end(workshop, T0 + MINUTE_MS) is None


def test_an_end_seen_late_starts_nothing() -> None:
    """The laptop slept through the end (or the app stalled): nobody saw the time run
    out, so nothing starts by itself; the overrun counts as without auto-advance."""
    workshop = _workshop()
    _started(workshop, _day(workshop)[0], T0)
    end = _deadline(workshop)
    assert announce_at_end(workshop, end + LATE_LIMIT_MS) is not None
    assert announce_at_end(workshop, end + LATE_LIMIT_MS + 1) is None
    assert announce_at_end(workshop, end + 3_600_000) is None  # the lid closed over lunch


# -- the start of the next item ------------------------------------------------------------
def test_at_the_announces_end_the_next_item_starts() -> None:
    workshop = _workshop()
    first, second = _day(workshop)[:2]
    announce, end = _announced(workshop, first)
    assert (announce.next_id, announce.started_ms) == (second.id, end)
    assert start_next(workshop, announce, announce.ends_ms - 1).changes == ()  # not yet
    workshop.apply(start_next(workshop, announce, announce.ends_ms))
    assert run.current_item(workshop) == workshop.require(AgendaItem, second.id)
    timer = run.timer_of(workshop)
    assert timer.status == "running"
    assert remaining_ms(timer, announce.ends_ms) == second.duration_min * MINUTE_MS
    ended = workshop.require(AgendaItem, first.id)
    assert ended.actual_start == run.local_iso(T0)
    assert ended.actual_end == run.local_iso(announce.ends_ms)  # the overrun counted
    assert workshop.require(AgendaItem, second.id).actual_start == run.local_iso(announce.ends_ms)
    assert start_next(workshop, announce, announce.ends_ms).changes == ()  # only once


def test_a_break_ending_starts_the_next_activity() -> None:
    workshop = _workshop()
    pause, ideation = _day(workshop)[1:3]
    assert pause.kind == "break"
    announce, _ = _announced(workshop, pause)
    assert announce.next_id == ideation.id
    workshop.apply(start_next(workshop, announce, announce.ends_ms))
    assert run.current_item(workshop) == workshop.require(AgendaItem, ideation.id)
    assert run.timer_of(workshop).status == "running"


@pytest.mark.parametrize(
    "change",
    [
        "pause",
        "extend",
        "reset",
        "another item",
        "next by hand",
        "option off",
        "workshop off",
        "next removed",
        "next moved",
        "clock set back",
        "asleep through it",
    ],
)
def test_what_stops_the_announce(change: str) -> None:
    """Anything that makes the announce untrue stops it: nothing starts at its end."""
    workshop = _workshop()
    first, second, third = _day(workshop)[:3]
    announce, end = _announced(workshop, first)
    now = end + 3_000
    changed = {
        "pause": lambda: run.toggle(workshop, now),
        "extend": lambda: run.extend(workshop, 1, now),
        "reset": lambda: run.reset(workshop),
        "another item": lambda: run.select_item(workshop, third.id, now, start_now=True),
        "next by hand": lambda: run.advance(workshop, 1, now, auto_start=False),
        "option off": lambda: set_item(workshop, first.id, auto_advance="off"),
        "workshop off": lambda: edits.set_info(workshop, auto_advance=False),
        "next removed": lambda: remove_item(workshop, second.id),
        "next moved": lambda: move_item(workshop, second.id, workshop.all(Day)[1].id, 0),
    }
    if change in changed:
        workshop.apply(changed[change]())
    at = {"clock set back": end - 60_000, "asleep through it": announce.ends_ms + 3_600_000}
    when = at.get(change, announce.ends_ms)
    before = run.timer_of(workshop)
    assert not holds(workshop, announce, when)
    assert start_next(workshop, announce, when).changes == ()
    assert run.timer_of(workshop) == before


def test_nothing_that_leaves_it_true_stops_it() -> None:
    """Editing the next item's title, another day's items, or the workshop's notes."""
    workshop = _workshop()
    first, second = _day(workshop)[:2]
    announce, end = _announced(workshop, first)
    workshop.apply(set_item(workshop, second.id, title="Pause café"))
    workshop.apply(set_item(workshop, _day(workshop, 1)[0].id, duration_min=25))
    workshop.apply(edits.set_info(workshop, notes="Prévoir des gommettes."))
    assert holds(workshop, announce, end + 9_000)
    assert start_next(workshop, announce, announce.ends_ms + LATE_LIMIT_MS).changes != ()


# -- rounds -----------------------------------------------------------------------------------
def _with_rounds(workshop: Workshop, item: AgendaItem, seconds: int, repeat: int) -> None:
    workshop.apply(
        add_item(
            workshop,
            item,
            0,
            [ItemRound(id=new_id(), agenda_item_id=item.id, duration_s=seconds, repeat=repeat)],
        )
    )


@pytest.mark.parametrize("minutes", [3, 5])  # rounds that fill the item; then 2 min more
def test_an_item_with_rounds_advances_after_its_last_stage_only(minutes: int) -> None:
    """Rounds chain by themselves inside the item; auto-advance waits for the item's
    time to be up: after its last round, and after the rest of its time if any."""
    workshop = _workshop()
    crazy = _item(workshop.all(Day)[0], "Crazy 3", minutes)
    _with_rounds(workshop, crazy, 60, 3)
    _started(workshop, workshop.require(AgendaItem, crazy.id), T0)
    for minute in range(1, minutes):
        now = T0 + minute * MINUTE_MS
        assert announce_at_end(workshop, now) is None  # a round ended, not the item
        workshop.apply(run.follow_rounds(workshop, now))
        assert run.timer_of(workshop).round_index == min(minute, 3)  # 3: the rest
    end = T0 + minutes * MINUTE_MS
    workshop.apply(run.follow_rounds(workshop, end))  # nothing after the last stage
    assert _deadline(workshop) == end
    announce = announce_at_end(workshop, end)
    assert announce is not None and announce.next_id == _day(workshop)[1].id
    workshop.apply(start_next(workshop, announce, announce.ends_ms))
    assert run.current_item(workshop) == _day(workshop)[1]


# -- whole days ------------------------------------------------------------------------------
def _run_day(workshop: Workshop, now: int, late_ms: int = 5) -> tuple[list[str], int]:
    """The day's first item started at `now`, then every announce let run to its end,
    each end of countdown seen `late_ms` after it: the items started in order."""
    started = [_day(workshop)[0].id]
    _started(workshop, _day(workshop)[0], now)
    while True:
        now = _deadline(workshop) + late_ms
        announce = announce_at_end(workshop, now)
        if announce is None:
            return started, now
        now = announce.ends_ms
        workshop.apply(start_next(workshop, announce, now))
        item = run.current_item(workshop)
        assert item is not None and item.id == announce.next_id
        started.append(item.id)


def test_a_day_chains_to_its_last_item_then_stops() -> None:
    workshop = _workshop()
    started, now = _run_day(workshop, T0)
    day = _day(workshop)
    assert started == [i.id for i in day]
    assert run.current_item(workshop) == day[-1]
    assert remaining_ms(run.timer_of(workshop), now) < 0  # the last item's overrun counts
    assert all(i.actual_start and i.actual_end for i in day[:-1])
    assert not _day(workshop, 1)[0].actual_start  # the next day untouched


def test_random_agendas_follow_the_rule() -> None:
    """200 seeded agendas of 1 to 12 items over two days, each item's option drawn: an
    announce exactly when the ending item follows auto-advance and is not its day's
    last, and always for the next item of the same day."""
    draw = random.Random(18)
    options: tuple[Option, ...] = ("workshop", "on", "off")
    for _ in range(200):
        workshop = demo_workshop()
        days = workshop.all(Day)[:2]
        for _n in range(draw.randint(1, 12)):
            day = draw.choice(days)
            minutes = draw.randint(0, 90)
            item = _item(day, "x", minutes, draw.choice(options))
            workshop.apply(add_item(workshop, item, draw.randint(0, 12)))
        workshop.apply(edits.set_info(workshop, auto_advance=draw.random() < 0.5))
        for item in run.agenda_order(workshop):
            _started(workshop, item, T0)
            end = _deadline(workshop)
            announce = announce_at_end(workshop, end + draw.randint(0, LATE_LIMIT_MS))
            day_items = workshop.where(AgendaItem, day_id=item.day_id)
            last = day_items[-1].id == item.id
            assert (announce is not None) == (auto_advance.follows(workshop, item) and not last)
            if announce is not None:
                following = day_items[[i.id for i in day_items].index(item.id) + 1]
                assert announce.next_id == following.id
