"""A whole day run with a hand-moved clock: start, pause, extend, overrun, skip, go back."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest

from facilitator.domain import edits, run
from facilitator.domain.agenda import set_item, workshop_from_template
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.timer import MINUTE_MS, countdown_text, phase, remaining_ms
from facilitator.domain.workshop import Workshop
from facilitator.library_access import bundled_library


def _morning_ms(hour: int, minute: int) -> int:
    return int(dt.datetime(2026, 3, 12, hour, minute).timestamp() * 1000)


def _workshop() -> Workshop:
    library = bundled_library()
    return workshop_from_template(
        library.templates["atelier-flash-90min"],
        library,
        title="Flash",
        language="fr",
        first_day=dt.date(2026, 3, 12),
        created_at="",
    )


def test_a_whole_day(long_run: bool) -> None:
    workshop = _workshop()
    day = workshop.all(Day)[0]
    items = workshop.where(AgendaItem, day_id=day.id)
    now = _morning_ms(14, 0)
    workshop.apply(run.advance(workshop, 1, now, auto_start=False))  # N: the first item
    assert run.current_item(workshop) == items[0]
    assert run.timer_of(workshop).status == "idle"
    workshop.apply(run.toggle(workshop, now))  # Space
    assert run.current_item(workshop).actual_start.startswith("2026-03-12T14:00")  # type: ignore[union-attr]
    now += 3 * MINUTE_MS
    workshop.apply(run.toggle(workshop, now))  # pause
    now += 10 * MINUTE_MS
    timer = run.timer_of(workshop)
    assert remaining_ms(timer, now) == (items[0].duration_min - 3) * MINUTE_MS
    workshop.apply(run.toggle(workshop, now))  # resume
    workshop.apply(run.extend(workshop, 5, now))  # +5 min
    now += (items[0].duration_min - 3 + 5) * MINUTE_MS + 30_000
    timer = run.timer_of(workshop)
    assert phase(timer, now) == "overrun"
    assert countdown_text(remaining_ms(timer, now)) == "+00:30"
    live = run.live_day(workshop, day, now)
    assert live.items[0].state == "current"
    assert live.delay > 0  # 13 min late, said
    workshop.apply(run.advance(workshop, 1, now, auto_start=True))  # N, auto-start on
    assert run.current_item(workshop) == workshop.where(AgendaItem, day_id=day.id)[1]
    assert workshop.where(AgendaItem, day_id=day.id)[0].actual_end
    assert run.timer_of(workshop).status == "running"
    now += MINUTE_MS
    workshop.apply(run.advance(workshop, 1, now, auto_start=False))  # skip ahead
    assert run.current_item(workshop).id == items[2].id  # type: ignore[union-attr]
    workshop.apply(run.advance(workshop, -1, now, auto_start=False))  # back
    assert run.current_item(workshop).id == items[1].id  # type: ignore[union-attr]
    live = run.live_day(workshop, day, now)
    assert [e.state for e in live.items[:2]] == ["done", "current"]
    for _ in range(len(items) + 2):  # to the end of the agenda, and past it
        workshop.apply(run.advance(workshop, 1, now, auto_start=True))
        now += MINUTE_MS
    assert run.current_item(workshop).id == items[-1].id  # type: ignore[union-attr]


def test_an_agenda_with_no_items_and_a_zero_length_item() -> None:
    workshop = Workshop([*(r for r in _workshop().records() if not isinstance(r, AgendaItem))])
    assert not run.advance(workshop, 1, 0, auto_start=True)
    workshop = _workshop()
    item = workshop.all(AgendaItem)[0]
    from facilitator.domain.agenda import set_item

    workshop.apply(set_item(workshop, item.id, duration_min=0))
    workshop.apply(run.select_item(workshop, item.id, 0, start_now=True))
    assert phase(run.timer_of(workshop), 0) == "overrun"
    assert countdown_text(remaining_ms(run.timer_of(workshop), 0)) == "00:00"


def test_the_free_timer() -> None:
    workshop = _workshop()
    workshop.apply(run.free_timer(workshop, 7, 0))
    assert run.current_item(workshop) is None
    assert remaining_ms(run.timer_of(workshop), 60_000) == 6 * MINUTE_MS


def test_rehearsing_on_another_day_counts_no_lateness_from_the_clock() -> None:
    """Run mode tried the evening before (issue 15): the clock at 23:00 on another date
    says nothing about the day's lateness. The forecast follows the plan with the real
    durations; on the day itself, the clock counts."""
    workshop = _workshop()
    day = workshop.all(Day)[0]
    items = workshop.where(AgendaItem, day_id=day.id)
    evening_before = int(dt.datetime(2026, 3, 11, 23, 2).timestamp() * 1000)
    workshop.apply(run.advance(workshop, 1, evening_before, auto_start=False))
    workshop.apply(run.toggle(workshop, evening_before))
    live = run.live_day(workshop, day, evening_before + MINUTE_MS)
    assert not live.today
    assert live.delay == 0  # not "14 h late"
    assert live.items[0].start == live.items[0].planned_start
    # Ten minutes over on the first item: ten minutes behind the plan, whatever the hour.
    over = evening_before + (items[0].duration_min + 10) * MINUTE_MS
    assert run.live_day(workshop, day, over).delay == 10
    # The same run on the day itself, starting at 23:02: the clock counts.
    on_the_day = int(dt.datetime(2026, 3, 12, 23, 2).timestamp() * 1000)
    fresh = _workshop()
    fresh_day = fresh.all(Day)[0]
    fresh.apply(run.advance(fresh, 1, on_the_day, auto_start=False))
    fresh.apply(run.toggle(fresh, on_the_day))
    live_on_the_day = run.live_day(fresh, fresh_day, on_the_day + MINUTE_MS)
    assert live_on_the_day.today and live_on_the_day.delay > 60


def test_space_with_nothing_chosen_brings_up_the_first_activity() -> None:
    """Space with no activity chosen started a 0-minute "timebox" that went straight into
    a red overrun on the projector (issue 17): it now brings the first activity up,
    without starting it."""
    workshop = _workshop()
    now = _morning_ms(9, 0)
    workshop.apply(run.toggle(workshop, now))
    timer = run.timer_of(workshop)
    first = workshop.where(AgendaItem, day_id=workshop.all(Day)[0].id)[0]
    assert run.current_item(workshop) == first
    assert timer.status == "idle" and phase(timer, now) != "overrun"
    workshop.apply(run.toggle(workshop, now))  # Space again: now it starts
    assert run.timer_of(workshop).status == "running"


@pytest.fixture
def paris() -> Iterator[None]:
    """The computer's clock in Paris (the nights the clocks change are Paris's)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize(
    ("date", "start", "over"),
    [
        ("2026-03-12", "23:50", 10),  # across midnight: 10 minutes over is 10 behind
        ("2026-03-29", "01:50", 20),  # across 02:00 -> 03:00 (clocks forward): 20 behind
    ],
)
def test_lateness_is_real_minutes_across_midnight_and_clock_changes(
    paris: None, date: str, start: str, over: int
) -> None:
    """The schedule said "ahead by 10 min" for an item 10 minutes over across midnight,
    and on the nights the clocks change 20 behind read as 10 ahead, 5 behind as 65
    (issue 17): lateness is counted in real minutes, whatever the wall clock does (the
    night the clocks go back: below)."""
    workshop = workshop_from_template(
        bundled_library().templates["atelier-flash-90min"],
        bundled_library(),
        title="Nuit",
        language="fr",
        first_day=dt.date.fromisoformat(date),
        created_at="",
    )
    day = workshop.all(Day)[0]
    workshop.apply(edits.set_day(workshop, day.id, start_time=start, end_time="23:59"))
    day = workshop.all(Day)[0]
    first = workshop.where(AgendaItem, day_id=day.id)[0]
    hours, minutes = (int(part) for part in start.split(":"))
    begun = dt.datetime.fromisoformat(date).replace(hour=hours, minute=minutes).astimezone()
    now = int(begun.timestamp() * 1000)
    workshop.apply(run.select_item(workshop, first.id, now, start_now=True))
    now += (first.duration_min + over) * MINUTE_MS  # real time: the item ran `over` longer
    live = run.live_day(workshop, day, now)
    assert live.today
    assert live.delay == over, (live.delay, [(e.start, e.end) for e in live.items[:2]])


PARIS = ZoneInfo("Europe/Paris")


def _fall_back_ms(hour: int, minute: int, fold: int = 0) -> int:
    """An instant of 2026-10-25 in Paris, the night 02:00 to 03:00 is lived twice
    (fold=1: the second time, in winter time)."""
    return int(dt.datetime(2026, 10, 25, hour, minute, fold=fold, tzinfo=PARIS).timestamp() * 1000)


def _night_workshop(start: str) -> tuple[Workshop, Day]:
    """The flash workshop on the night the clocks go back, from `start`, with eight items
    of 30 minutes (four hours across the repeated hour)."""
    workshop = workshop_from_template(
        bundled_library().templates["atelier-flash-90min"],
        bundled_library(),
        title="Nuit",
        language="fr",
        first_day=dt.date(2026, 10, 25),
        created_at="",
    )
    day = workshop.all(Day)[0]
    workshop.apply(edits.set_day(workshop, day.id, start_time=start, end_time="05:00"))
    for item in workshop.where(AgendaItem, day_id=day.id):
        workshop.apply(set_item(workshop, item.id, duration_min=30))
    return workshop, workshop.all(Day)[0]


@pytest.mark.parametrize("late", [20, 5])
@pytest.mark.parametrize(
    "moment",
    [(2, 10, 0), (2, 30, 0), (2, 30, 1), (2, 50, 1), (3, 10, 0)],
    ids=["02:10 summer", "02:30 summer", "02:30 winter", "02:50 winter", "03:10"],
)
def test_the_night_the_clocks_go_back_lateness_stays_real_minutes(
    paris: None, late: int, moment: tuple[int, int, int]
) -> None:
    """Issue 17: the night the clocks go back, 20 minutes behind read as 10 ahead and 5
    behind as 65. The first item starts `late` minutes after the 01:00 of the plan and
    every item takes its 30 minutes: before, during (both times) and after the repeated
    hour, the day and each item run so far are `late` minutes behind."""
    workshop, day = _night_workshop("01:00")
    now = _fall_back_ms(1, 0) + late * MINUTE_MS
    first = workshop.where(AgendaItem, day_id=day.id)[0]
    workshop.apply(run.select_item(workshop, first.id, now, start_now=True))
    moment_ms = _fall_back_ms(*moment)
    while now + 30 * MINUTE_MS <= moment_ms:
        now += 30 * MINUTE_MS
        workshop.apply(run.advance(workshop, 1, now, auto_start=True))
    live = run.live_day(workshop, day, moment_ms)
    assert live.today and live.delay == late
    run_so_far = [entry for entry in live.items if entry.state != "coming"]
    assert [entry.late for entry in run_so_far] == [late] * len(run_so_far)
    current = next(entry for entry in live.items if entry.state == "current")
    shown = dt.datetime.fromtimestamp(moment_ms / 1000, PARIS)
    assert current.start <= shown.hour * 60 + shown.minute  # wall time, as the clock says


def test_an_agenda_time_in_the_repeated_hour_is_its_first_occurrence(paris: None) -> None:
    """A day planned to start at 02:30 that night means the first 02:30 (summer time):
    started then, it is on time; started at the second 02:30, an hour behind."""
    for fold, behind in ((0, 0), (1, 60)):
        workshop, day = _night_workshop("02:30")
        first = workshop.where(AgendaItem, day_id=day.id)[0]
        started = _fall_back_ms(2, 30, fold)
        workshop.apply(run.select_item(workshop, first.id, started, start_now=True))
        live = run.live_day(workshop, day, started + 10 * MINUTE_MS)
        assert live.delay == behind
        assert live.items[0].start == 150  # shown as 02:30 either way
        # Half an hour later: 02:00 the second time round, or 03:00.
        assert live.items[1].start == live.items[0].end == (120, 180)[fold]


def test_a_time_recorded_in_another_zone_reads_as_that_laptops_clock(paris: None) -> None:
    """A file run on a laptop set to Tokyo's time, opened in Paris: its 09:30 is 09:30."""
    workshop = _workshop()
    day = workshop.all(Day)[0]
    first, second = workshop.where(AgendaItem, day_id=day.id)[:2]
    workshop.apply(
        set_item(
            workshop,
            first.id,
            actual_start="2026-03-12T14:00:00+09:00",
            actual_end=f"2026-03-12T14:{first.duration_min + 7:02d}:00+09:00",
        )
    )
    workshop.apply(run.select_item(workshop, second.id, _morning_ms(14, 30)))
    live = run.live_day(workshop, day, _morning_ms(14, 30))
    assert (live.items[0].start, live.items[0].state) == (14 * 60, "done")
    assert live.items[0].late == 7
