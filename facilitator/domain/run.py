"""Running the agenda: which item is on, its countdown, and the day as it really goes.

Every action returns the `ChangeSet` that records it (the timer, and the actual
start and end of items and rounds), so that a crash loses nothing of the run.

Rounds (issue 18, domain/rounds.py): an item with rounds is run as stages, its rounds
one after the other, then the rest of the item when it is longer than its rounds
(`rounds.rest_ms`). The timer counts down the stage on: `TimerState.round_index` is its
index (the number of rounds for the rest), `duration_ms` its length. When a running
stage's deadline passes, `follow_rounds` starts the next one at that deadline (not at
the moment it is noticed: the rounds keep to the clock whatever the repaints, a
suspended laptop or a crash), and after the last stage the item's time is up as
without rounds: the countdown goes into the overrun. Each round as run is a `RoundRun`
row: started when the round starts running (its first start kept), ended when the run
leaves it. The whole item's time left is the stage's plus the later stages' (`item_remaining_ms`),
and the day's forecast counts it (`live_day`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from facilitator.domain import rounds
from facilitator.domain import timer as countdown
from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.records import (
    TIMER_ID,
    AgendaItem,
    Day,
    RoundRun,
    TimerState,
    replaced,
)
from facilitator.domain.rounds import RoundStep
from facilitator.domain.schedule import minutes_of
from facilitator.domain.workshop import Workshop

MINUTE_MS = countdown.MINUTE_MS


def local_iso(now_ms: int) -> str:
    """An instant as local ISO 8601 with its offset ('2026-03-12T10:04:31+01:00')."""
    return dt.datetime.fromtimestamp(now_ms / 1000).astimezone().isoformat(timespec="seconds")


def _minutes_of_iso(value: str) -> int | None:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.hour * 60 + moment.minute + (1 if moment.second >= 30 else 0)


def timer_of(workshop: Workshop) -> TimerState:
    return workshop.get(TimerState, TIMER_ID) or countdown.idle_timer(None, 0)


def current_item(workshop: Workshop) -> AgendaItem | None:
    return workshop.get(AgendaItem, timer_of(workshop).agenda_item_id)


def agenda_order(workshop: Workshop) -> list[AgendaItem]:
    """Every item, day after day, in agenda order."""
    return [i for day in workshop.all(Day) for i in workshop.where(AgendaItem, day_id=day.id)]


def _set_timer(workshop: Workshop, new: TimerState) -> RowChange:
    current = workshop.get(TimerState, TIMER_ID)
    return insert(new) if current is None else update(current, new)


def released_from_deleted_items(workshop: Workshop, changes: ChangeSet) -> ChangeSet:
    """`changes` (an undo or a redo), then the countdown let go of its item if they
    delete it: run actions are never undone, so the countdown may be on an item that
    undoing its addition removes. It then goes idle, as when the item is removed. The
    rounds that run mode recorded for a deleted item (`RoundRun`, written outside the
    undo history) go with it: no row may point at an item that is gone."""
    deleted = {c.record_id for c in changes.changes if c.kind is AgendaItem and c.after is None}
    if not deleted:
        return changes
    touched = {c.record_id for c in changes.changes if c.kind is RoundRun}
    extra: list[RowChange] = [
        delete(row)
        for row in workshop.all(RoundRun)
        if row.agenda_item_id in deleted and row.id not in touched
    ]
    timer = workshop.get(TimerState, TIMER_ID)
    for change in changes.changes:
        if change.kind is TimerState:
            timer = change.after if isinstance(change.after, TimerState) else None
    if timer is not None and timer.agenda_item_id in deleted:
        released = replaced(timer, {"agenda_item_id": None, "status": "idle", "round_index": 0})
        extra.append(update(timer, released))
    return ChangeSet((*changes.changes, *extra)) if extra else changes


def _record(item: AgendaItem, **values: str) -> list[RowChange]:
    after = replaced(item, values)
    return [] if after == item else [update(item, after)]


# -- rounds ------------------------------------------------------------------------
def item_rounds(workshop: Workshop, item: AgendaItem | None) -> list[RoundStep]:
    """The rounds `item` runs (rounds.expanded_rounds); [] for none or no item."""
    return [] if item is None else rounds.expanded_rounds(workshop, item.id)


def _stage_ms(item: AgendaItem, steps: list[RoundStep], index: int) -> int | None:
    """Milliseconds stage `index` of an item with rounds lasts: round `index`, then
    the rest of the item after its rounds (index len(steps), when there is a rest);
    None past the last stage."""
    if 0 <= index < len(steps):
        return steps[index].duration_ms
    rest = rounds.rest_ms(item, steps)
    return rest if index == len(steps) and rest > 0 else None


def current_round(workshop: Workshop) -> RoundStep | None:
    """The round on: None without an item on, for an item without rounds, and in the
    rest of the item after its rounds."""
    steps = item_rounds(workshop, current_item(workshop))
    index = timer_of(workshop).round_index
    return steps[index] if 0 <= index < len(steps) else None


def in_rest(workshop: Workshop) -> bool:
    """Whether the item on is past its rounds, in the rest of its time."""
    steps = item_rounds(workshop, current_item(workshop))
    return bool(steps) and timer_of(workshop).round_index >= len(steps)


def item_remaining_ms(workshop: Workshop, now_ms: int) -> int:
    """The whole item's time left, in milliseconds: the stage on's (its countdown),
    plus the later rounds' planned lengths, plus the rest of the item after them.
    Negative in the overrun of the last stage; the countdown's own without rounds.
    Right even before `follow_rounds` catches up: stages follow each other from each
    deadline, so a stage past its deadline is counted in the ones after it."""
    timer = timer_of(workshop)
    left = countdown.remaining_ms(timer, now_ms)
    item = current_item(workshop)
    steps = item_rounds(workshop, item)
    if item is None or not steps:
        return left
    later = 0
    index = timer.round_index + 1
    while (length := _stage_ms(item, steps, index)) is not None:
        later += length
        index += 1
    return left + later


class _RoundRows:
    """The `RoundRun` rows of one item as a run action changes them: one row per
    round position (the first kept, should a file hold two)."""

    def __init__(self, workshop: Workshop, item_id: str) -> None:
        self.item_id = item_id
        self._before: dict[int, RoundRun] = {}
        for row in workshop.where(RoundRun, agenda_item_id=item_id):
            self._before.setdefault(row.position, row)
        self._after = dict(self._before)

    def on(self, step: RoundStep, at_ms: int) -> None:
        """Round `step` runs from `at_ms`: its row started (a round run before keeps
        its first start and is on again)."""
        row = self._after.get(step.index)
        if row is None:
            self._after[step.index] = RoundRun(
                id=new_id(),
                agenda_item_id=self.item_id,
                position=step.index,
                title=step.title[:200],
                planned_s=step.duration_ms // 1000,
                actual_start=local_iso(at_ms),
            )
        elif row.actual_end:
            self._after[step.index] = replaced(row, {"actual_end": ""})

    def off(self, index: int, at_ms: int) -> None:
        """The run leaves round `index` at `at_ms`: its row, if on, ended."""
        row = self._after.get(index)
        if row is not None and not row.actual_end:
            self._after[index] = replaced(row, {"actual_end": local_iso(at_ms)})

    def changes(self) -> list[RowChange]:
        found: list[RowChange] = []
        for position, after in self._after.items():
            before = self._before.get(position)
            if before is None:
                found.append(insert(after))
            elif before != after:
                found.append(update(before, after))
        return found


def _leaving(workshop: Workshop, now_ms: int) -> list[RowChange]:
    """The round on, if it ran, ended at `now_ms`: the run leaves its item."""
    timer = timer_of(workshop)
    item = current_item(workshop)
    if item is None or timer.status == "idle" or not item_rounds(workshop, item):
        return []
    rows = _RoundRows(workshop, item.id)
    rows.off(timer.round_index, now_ms)
    return rows.changes()


def _stage_timer(timer: TimerState, index: int, length_ms: int, now_ms: int) -> TimerState:
    """`timer` on stage `index` from its start: running from `now_ms` if it ran, paused
    or idle (ready) if it was."""
    ready = replaced(
        timer,
        {
            "round_index": index,
            "duration_ms": length_ms,
            "remaining_ms": length_ms,
            "deadline_epoch_ms": 0,
        },
    )
    if timer.status == "running":
        return replaced(ready, {"deadline_epoch_ms": now_ms + length_ms})
    return ready


def follow_rounds(workshop: Workshop, now_ms: int) -> ChangeSet:
    """The rounds caught up with `now_ms`: while the stage on is running and its
    deadline has passed, the next stage starts at that deadline (so a round always
    lasts its length, however late this is called: after a repaint, a suspend, a
    crash), the round left ended and the round begun started at it (`RoundRun`). After
    the last stage nothing moves: the item's time is up (the overrun). Nothing while
    paused or idle, or for an item without rounds. At most one move per stage."""
    timer = timer_of(workshop)
    item = current_item(workshop)
    steps = item_rounds(workshop, item)
    if item is None or not steps or timer.status != "running":
        return ChangeSet(())
    rows = _RoundRows(workshop, item.id)
    new = timer
    while new.deadline_epoch_ms <= now_ms:
        index = new.round_index + 1
        length = _stage_ms(item, steps, index)
        if length is None:
            break
        ended_at = new.deadline_epoch_ms
        rows.off(new.round_index, ended_at)
        if index < len(steps):
            rows.on(steps[index], ended_at)
        new = _stage_timer(new, index, length, ended_at)
    if new == timer:
        return ChangeSet(())
    return ChangeSet.of([_set_timer(workshop, new), *rows.changes()])


def next_round(workshop: Workshop, now_ms: int) -> ChangeSet:
    """Skip to the next round (or to the rest of the item after the last round), from
    its start, running if the round on was, else ready. On the last stage, its time is
    up at once (the overrun starts now), as when its countdown ends. Call it on a
    workshop caught up by `follow_rounds`. Nothing for an item without rounds."""
    timer = timer_of(workshop)
    item = current_item(workshop)
    steps = item_rounds(workshop, item)
    if item is None or not steps:
        return ChangeSet(())
    index = timer.round_index + 1
    length = _stage_ms(item, steps, index)
    if length is None:
        left = countdown.remaining_ms(timer, now_ms)
        if timer.status == "idle" or left <= 0:
            return ChangeSet(())
        return ChangeSet.of([_set_timer(workshop, countdown.extend(timer, -left, now_ms))])
    rows = _RoundRows(workshop, item.id)
    if timer.status != "idle":
        rows.off(timer.round_index, now_ms)
    if timer.status == "running" and index < len(steps):
        rows.on(steps[index], now_ms)
    new = _stage_timer(timer, index, length, now_ms)
    return ChangeSet.of([_set_timer(workshop, new), *rows.changes()])


def previous_round(workshop: Workshop, now_ms: int) -> ChangeSet:
    """Go back a round: the round before the one on (the last round from the rest of
    the item; the first round again from the first), from its start, running if the
    round on was, else ready. A round gone back to keeps its first start and is on
    again (`RoundRun`). Nothing for an item without rounds."""
    timer = timer_of(workshop)
    item = current_item(workshop)
    steps = item_rounds(workshop, item)
    if item is None or not steps:
        return ChangeSet(())
    index = max(0, min(timer.round_index - 1, len(steps) - 1))
    rows = _RoundRows(workshop, item.id)
    if timer.status != "idle" and index != timer.round_index:
        rows.off(timer.round_index, now_ms)
    if timer.status == "running":
        rows.on(steps[index], now_ms)
    new = _stage_timer(timer, index, steps[index].duration_ms, now_ms)
    return ChangeSet.of([_set_timer(workshop, new), *rows.changes()])


def extend_round(
    workshop: Workshop, now_ms: int, seconds: int = rounds.ROUND_EXTENSION_S
) -> ChangeSet:
    """Add `seconds` to the round on (negative: take them away, never below nothing
    left); the later rounds keep their lengths. Any countdown without rounds too."""
    timer = timer_of(workshop)
    return ChangeSet.of([_set_timer(workshop, countdown.extend(timer, seconds * 1000, now_ms))])


def _ready_timer(workshop: Workshop, item: AgendaItem) -> TimerState:
    """The countdown of `item` ready to start: its first round's, or its whole length."""
    steps = item_rounds(workshop, item)
    if steps:
        return countdown.idle_timer(item.id, steps[0].duration_ms)
    return countdown.idle_timer(item.id, item.duration_min * MINUTE_MS)


def _started_round(workshop: Workshop, new: TimerState, now_ms: int) -> list[RowChange]:
    """The `RoundRun` row of the round `new` runs, started (or on again)."""
    item = workshop.get(AgendaItem, new.agenda_item_id)
    steps = item_rounds(workshop, item)
    if item is None or new.status != "running" or not 0 <= new.round_index < len(steps):
        return []
    rows = _RoundRows(workshop, item.id)
    rows.on(steps[new.round_index], now_ms)
    return rows.changes()


def select_item(
    workshop: Workshop, item_id: str, now_ms: int, *, start_now: bool = False
) -> ChangeSet:
    """Make `item_id` the item on: its countdown ready (or started) from its duration,
    or from its first round's when it has rounds."""
    item = workshop.get(AgendaItem, item_id)
    if item is None:
        return ChangeSet(())
    new = _ready_timer(workshop, item)
    timer = timer_of(workshop)
    steps = item_rounds(workshop, item)
    changes: list[RowChange] = []
    rows = _RoundRows(workshop, item.id)
    if timer.agenda_item_id == item.id:  # the item on, from its start again
        if timer.status != "idle":
            rows.off(timer.round_index, now_ms)
    else:
        changes += _leaving(workshop, now_ms)
    if start_now:
        new = countdown.start(new, now_ms)
        if not item.actual_start:
            changes += _record(item, actual_start=local_iso(now_ms))
        if steps:
            rows.on(steps[0], now_ms)
    return ChangeSet.of([_set_timer(workshop, new), *changes, *rows.changes()])


def toggle(workshop: Workshop, now_ms: int) -> ChangeSet:
    """Space: start, pause or resume; the first start records the item's actual start
    (and a round's, for an item with rounds). With nothing chosen and no free timer,
    Space brings up the next activity instead of starting a countdown of nothing
    (which went straight into a red overrun)."""
    timer = timer_of(workshop)
    if timer.status == "idle" and timer.duration_ms <= 0 and current_item(workshop) is None:
        return advance(workshop, 1, now_ms, auto_start=False)
    new = countdown.toggle(timer, now_ms)
    changes = [_set_timer(workshop, new)]
    item = current_item(workshop)
    if item is not None and new.status == "running" and not item.actual_start:
        changes += _record(item, actual_start=local_iso(now_ms))
    changes += _started_round(workshop, new, now_ms)
    return ChangeSet.of(changes)


def extend(workshop: Workshop, minutes: int, now_ms: int) -> ChangeSet:
    """Add (or take away) whole minutes to the countdown on: the round on, for an item
    with rounds."""
    timer = timer_of(workshop)
    return ChangeSet.of(
        [_set_timer(workshop, countdown.extend(timer, minutes * MINUTE_MS, now_ms))]
    )


def reset(workshop: Workshop) -> ChangeSet:
    """The countdown back to its start, ready. An item with rounds starts over from its
    first round, and the rounds recorded as run are forgotten (they are recorded again
    as they run again)."""
    timer = timer_of(workshop)
    item = current_item(workshop)
    if item is None or not item_rounds(workshop, item):
        return ChangeSet.of([_set_timer(workshop, countdown.reset(timer))])
    ready = _ready_timer(workshop, item)
    forgotten = [delete(row) for row in workshop.where(RoundRun, agenda_item_id=item.id)]
    return ChangeSet.of([_set_timer(workshop, ready), *forgotten])


def follow_clock_change(workshop: Workshop, delta_ms: int) -> ChangeSet:
    """The computer's clock was set `delta_ms` away from real time (a followed
    `countdown.ClockJump`): every stored time of day still to come moves with it, so
    that a restart reads it right (today, the running countdown's deadline)."""
    timer = timer_of(workshop)
    moved = countdown.rebased(timer, delta_ms)
    return ChangeSet(()) if moved == timer else ChangeSet.of([_set_timer(workshop, moved)])


def restored_countdown(workshop: Workshop, now_ms: int) -> ChangeSet:
    """At the workshop's opening, a running countdown whose deadline is further from
    `now_ms` than its whole duration (no deadline is, unless the computer's clock was set
    back while the app was closed, where `countdown.ClockWatch` cannot see it): its
    deadline brought to now plus the whole duration. It then goes down from its whole
    duration at once, instead of staying there, still, for as long as the clock was set
    back (an hour for a summer-time mistake). Nothing for any other countdown."""
    timer = timer_of(workshop)
    ahead = timer.deadline_epoch_ms - now_ms - timer.duration_ms
    if timer.status != "running" or ahead <= 0:
        return ChangeSet(())
    return ChangeSet.of([_set_timer(workshop, countdown.rebased(timer, -ahead))])


def free_timer(workshop: Workshop, minutes: int, now_ms: int) -> ChangeSet:
    """An ad-hoc timebox, tied to no item: started at once."""
    new = countdown.start(countdown.idle_timer(None, minutes * MINUTE_MS), now_ms)
    return ChangeSet.of([*_leaving(workshop, now_ms), _set_timer(workshop, new)])


def advance(workshop: Workshop, step: int, now_ms: int, *, auto_start: bool) -> ChangeSet:
    """N (step 1) ends the item on and moves to the next one; step -1 goes back.

    Ending records the item's actual end (if it had started). With `auto_start`,
    the next item's countdown starts at once.
    """
    order = agenda_order(workshop)
    if not order:
        return ChangeSet(())
    item = current_item(workshop)
    changes: list[RowChange] = []
    if item is None:
        index = 0 if step > 0 else len(order) - 1
    else:
        index = next(n for n, i in enumerate(order) if i.id == item.id) + step
        if step > 0 and item.actual_start and not item.actual_end:
            changes += _record(item, actual_end=local_iso(now_ms))
    if not 0 <= index < len(order):
        ended = _leaving(workshop, now_ms) if step > 0 else []  # the last item ended
        return ChangeSet.of([*changes, *ended])
    following = order[index]
    if step < 0:  # going back to an item: it is on again, not over
        changes += _record(following, actual_end="")
    selected = select_item(workshop, following.id, now_ms, start_now=auto_start and step > 0)
    return ChangeSet.of([*changes, *selected.changes])


# -- the day as it really goes --------------------------------------------------
@dataclass(frozen=True)
class LiveItem:
    item: AgendaItem
    planned_start: int  # minutes since midnight
    planned_end: int
    start: int  # as it went, or as it will go now
    end: int
    state: str  # "done", "current", "coming"
    late: int = 0  # real minutes from the plan's end of this item to its end (negative: early)


@dataclass(frozen=True)
class LiveDay:
    day: Day
    items: tuple[LiveItem, ...]
    planned_end: int
    forecast_end: int
    today: bool = True  # False: rehearsing a day planned on another date
    delay: int = 0  # real minutes behind the plan at the end of the day (negative: ahead)


def _minutes_between(start: str, end: str) -> int:
    """Whole minutes from one stored instant to another (0 if either is unreadable)."""
    try:
        elapsed = dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)
    except (ValueError, TypeError):
        return 0
    return max(0, round(elapsed.total_seconds() / 60))


# A day that runs past midnight is still "today" until this hour the next morning.
NIGHT_ENDS_HOUR = 6


def is_today(day: Day, now_ms: int) -> bool:
    """Whether `day` is planned on today's date, on this computer's clock (or on
    yesterday's, before NIGHT_ENDS_HOUR: an evening that ran past midnight)."""
    now = dt.datetime.fromtimestamp(now_ms / 1000)
    if day.date == now.date().isoformat():
        return True
    yesterday = (now.date() - dt.timedelta(days=1)).isoformat()
    return day.date == yesterday and now.hour < NIGHT_ENDS_HOUR


@dataclass(frozen=True, order=True)
class _Moment:
    """A real instant (aware, to the minute; moments compare by it) and the wall-clock
    minutes shown for it."""

    at: dt.datetime
    wall: int = field(compare=False)


def _to_minute(instant: dt.datetime) -> dt.datetime:
    """`instant` to the nearest minute (half a minute up), as the schedule shows it."""
    whole = instant.replace(second=0, microsecond=0)
    return whole + dt.timedelta(minutes=1) if instant.second >= 30 else whole


class _DayClock:
    """Wall-clock minutes of one day (570 is 09:30 on the day's date; 1445 is 00:05 the
    next morning) and the real instants behind them, in this computer's time zone.

    Wall minutes are only shown: durations are added to instants, lateness is counted
    between instants, so across midnight an item 10 minutes over is 10 minutes behind,
    and on the nights the clocks change a minute of the plan stays a minute of real
    time. The night the clocks go back, 02:00 to 03:00 is lived twice and its wall
    minutes (150 for 02:30) name two instants: an agenda time in that hour is its first
    occurrence (fold=0, summer time), and a time the clocks skip the night they go
    forward is read as Python reads it (02:30 is 01:30 winter time, before the jump)."""

    def __init__(self, day: Day) -> None:
        try:
            self.midnight = dt.datetime.fromisoformat(day.date)
        except ValueError:
            self.midnight = dt.datetime(2000, 1, 1)

    def instant(self, wall: int) -> dt.datetime:
        """The real instant of a wall-clock time of the day (see the class)."""
        return (self.midnight + dt.timedelta(minutes=wall)).astimezone()

    def wall(self, instant: dt.datetime) -> int:
        """Wall-clock minutes of `instant` on this day, in this computer's zone."""
        local = instant.astimezone()
        days = (local.date() - self.midnight.date()).days
        return days * 24 * 60 + local.hour * 60 + local.minute + (local.second >= 30)

    def moment(self, instant: dt.datetime) -> _Moment:
        """`instant` on this computer's clock."""
        return _Moment(_to_minute(instant), self.wall(instant))

    def recorded(self, value: str) -> _Moment | None:
        """A stored actual start or end (ISO 8601 with its offset; None if unreadable).
        Written in this computer's zone, it is that instant (the offset tells which 02:30
        of the night the clocks go back); written in another zone (a file run on a laptop
        set to another zone), it reads as that laptop's clock said, on this one's."""
        try:
            written = dt.datetime.fromisoformat(value)
            wall = written.replace(tzinfo=None)
            for fold in (0, 1):
                instant = wall.replace(fold=fold).astimezone()
                if written.tzinfo is None or instant.utcoffset() == written.utcoffset():
                    break
            else:
                instant = wall.astimezone()
            return self.moment(instant)
        except (ValueError, OverflowError):
            return None

    def later(self, moment: _Moment, minutes: int) -> _Moment:
        """The moment `minutes` of real time after `moment`."""
        return self.moment(moment.at + dt.timedelta(minutes=minutes))


def _length_min(workshop: Workshop, item: AgendaItem) -> int:
    """Minutes the item lasts on the day: its duration, or its rounds' when longer."""
    return rounds.item_length_min(item, item_rounds(workshop, item))


def _real_minutes(start: dt.datetime, end: dt.datetime) -> int:
    return round((end - start).total_seconds() / 60)


def live_day(workshop: Workshop, day: Day, now_ms: int) -> LiveDay:
    """Planned times beside the times as run and as forecast from now.

    On the day itself the forecast follows the clock: an item not started by now
    starts now. On another date (a rehearsal, the day before), the clock says nothing
    about lateness: the forecast follows the plan, with each item's real duration so
    far, and `today` is False. Times are wall-clock minutes of the day (past midnight
    they go on past 1440); lateness (`LiveItem.late`, `LiveDay.delay`) is in real
    minutes from the plan lived from the day's start (see `_DayClock`). An item with
    rounds lasts as long as its rounds when they are longer than planned
    (`rounds.item_length_min`); the item on, its whole time left (`item_remaining_ms`)."""
    if not is_today(day, now_ms):
        return _rehearsed_day(workshop, day, now_ms)
    timer = timer_of(workshop)
    day_clock = _DayClock(day)
    now = day_clock.moment(dt.datetime.fromtimestamp(now_ms / 1000).astimezone())
    planned = minutes_of(day.start_time)
    plan = day_clock.instant(planned)  # the plan's end so far, in real time
    cursor = day_clock.moment(plan)
    started_today = False
    items: list[LiveItem] = []
    for item in workshop.where(AgendaItem, day_id=day.id):
        planned_start, planned = planned, planned + item.duration_min
        plan += dt.timedelta(minutes=item.duration_min)
        actual_start = day_clock.recorded(item.actual_start) if item.actual_start else None
        actual_end = day_clock.recorded(item.actual_end) if item.actual_end else None
        if actual_start is not None:
            started_today = True
        length = _length_min(workshop, item)
        if timer.agenda_item_id == item.id and timer.status != "idle":
            start = actual_start if actual_start is not None else cursor
            left = max(item_remaining_ms(workshop, now_ms), 0)
            end = max(day_clock.later(now, -(-left // MINUTE_MS)), start)
            state = "current"
        elif timer.agenda_item_id == item.id:  # on, not started yet
            start = max(cursor, now) if started_today else cursor
            if item_rounds(workshop, item):  # from the round on (some may be skipped)
                length = -(-max(item_remaining_ms(workshop, now_ms), 0) // MINUTE_MS)
            end, state = day_clock.later(start, length), "current"
        elif actual_start is not None and actual_end is not None:
            start, end, state = actual_start, max(actual_end, actual_start), "done"
        else:
            start = max(cursor, now) if started_today else cursor
            end, state = day_clock.later(start, length), "coming"
        late = _real_minutes(plan, end.at)
        items.append(LiveItem(item, planned_start, planned, start.wall, end.wall, state, late))
        cursor = end
    delay = items[-1].late if items else 0
    return LiveDay(day, tuple(items), minutes_of(day.end_time, planned), cursor.wall, delay=delay)


def _rehearsed_day(workshop: Workshop, day: Day, now_ms: int) -> LiveDay:
    """The day run on another date: items follow each other from the planned start,
    each as long as it really took (done), takes so far plus what is left (current),
    or as planned (coming)."""
    timer = timer_of(workshop)
    now = local_iso(now_ms)
    planned = cursor = minutes_of(day.start_time)
    items: list[LiveItem] = []
    for item in workshop.where(AgendaItem, day_id=day.id):
        planned_start, planned = planned, planned + item.duration_min
        if timer.agenda_item_id == item.id:
            so_far = _minutes_between(item.actual_start, now) if item.actual_start else 0
            running = timer.status != "idle"
            left = max(item_remaining_ms(workshop, now_ms), 0) if running else 0
            length = so_far + -(-left // MINUTE_MS) if running else _length_min(workshop, item)
            state = "current"
        elif item.actual_start and item.actual_end:
            length, state = _minutes_between(item.actual_start, item.actual_end), "done"
        else:
            length, state = _length_min(workshop, item), "coming"
        end = cursor + length
        items.append(LiveItem(item, planned_start, planned, cursor, end, state, end - planned))
        cursor = end
    delay = cursor - planned if items else 0
    return LiveDay(
        day, tuple(items), minutes_of(day.end_time, planned), cursor, today=False, delay=delay
    )
