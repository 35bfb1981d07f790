"""Auto-advance: when an activity's time is up, the next item starts by itself, announced.

The rule (issue 18):
- An item auto-advances when its own option says so ("on"), or when it follows the
  workshop ("workshop", the default) and the workshop's option is on
  (`WorkshopInfo.auto_advance`). The option of the item whose time is up decides;
  breaks and lunches follow it like activities ("the break is over: the next activity
  starts").
- It applies when the countdown of that item, running, reaches zero: for an item with
  rounds, at the end of its last stage (its last round, or the rest of its time after
  the rounds: rounds chain by themselves inside an item, domain/run.py `follow_rounds`;
  auto-advance is between items). It starts nothing when the
  countdown is a free timer, paused, idle, or when the end is seen more than
  `LATE_LIMIT_MS` after it came (the laptop was asleep, the app stalled: nobody saw
  the time run out, so nothing starts by itself).
- What comes next is the next item of the same day in agenda order, whatever its kind,
  skipping nothing. After the day's last item nothing starts: auto-advance never
  crosses to another day.
- It is always announced: for `announce_ms` (the workshop's `auto_advance_s`, 3 to
  120 s, the limits of `WorkshopInfo`), run mode shows "Up next" with the next item's
  title and a countdown, then starts it (`start_next`). The overrun of the item whose
  time is up counts during the announce, and its actual end is the next one's start.
- Anything the facilitator does stops it (the UI: any key, a click, the pause), and so
  does any change that makes the announce untrue (`holds`): the countdown paused,
  extended, reset or moved by a clock change, another item on, the option switched off,
  the next item moved or removed. The overrun then counts as without auto-advance.

Times are epoch milliseconds read once by the caller (run mode's single clock reading,
`RunSession.now_ms`): nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain import run
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import QT_TRANSLATE_NOOP, Message, message
from facilitator.domain.records import AgendaItem, TimerState, WorkshopInfo
from facilitator.domain.workshop import Workshop

_ANNOUNCE_FIELD = WorkshopInfo.__dataclass_fields__["auto_advance_s"].metadata
# The announce's length, in seconds: the limits of `WorkshopInfo.auto_advance_s` (a
# stored value outside them, from a file written by hand, is brought back inside).
ANNOUNCE_MIN_S = int(_ANNOUNCE_FIELD["minimum"])
ANNOUNCE_MAX_S = int(_ANNOUNCE_FIELD["maximum"])
# An end of countdown seen this long after it came starts no announce, and an announce
# whose end is seen this long after it came starts nothing: run mode wakes up at every
# shown second, so only a laptop asleep or a stalled app is this late, and then nobody
# in the room saw the time run out. Ten seconds: the default announce's length.
LATE_LIMIT_MS = 10_000

# What the room reads, in the workshop's language whatever the laptop's (as the rounds'
# "Round 3/8"): the announce's heading, and the notice when it is stopped.
_UP_NEXT = QT_TRANSLATE_NOOP("AutoAdvance", "Up next")
_STOPPED = QT_TRANSLATE_NOOP("AutoAdvance", "Auto-advance stopped")


def room_heading() -> Message:
    """The announce's heading for the room: « À suivre » / "Up next"."""
    return message(_UP_NEXT)


def room_stopped_notice() -> Message:
    """What the room reads when the announce was stopped: « Enchaînement arrêté »."""
    return message(_STOPPED)


@dataclass(frozen=True)
class Announce:
    """An "Up next" running: `item_id`'s time is up, `next_id` starts at `ends_ms`.

    `deadline_ms` and `round_index` are the countdown's as it ended: a change of either
    (extended, moved by a clock change, another round) is the facilitator's doing or
    makes the announce untrue. Times are epoch milliseconds."""

    item_id: str
    next_id: str
    round_index: int
    deadline_ms: int
    started_ms: int
    ends_ms: int

    def left_ms(self, now_ms: int) -> int:
        """Milliseconds until the next item starts (0 once due)."""
        return max(0, self.ends_ms - now_ms)


def follows(workshop: Workshop, item: AgendaItem) -> bool:
    """Whether `item` auto-advances when its time is up: its own "on" or "off", else
    the workshop's option."""
    if item.auto_advance == "on":
        return True
    if item.auto_advance == "off":
        return False
    return workshop.info.auto_advance


def next_item(workshop: Workshop, item: AgendaItem) -> AgendaItem | None:
    """The item after `item` on its day, in agenda order; None after the day's last."""
    day = workshop.where(AgendaItem, day_id=item.day_id)
    ids = [i.id for i in day]
    if item.id not in ids:
        return None
    index = ids.index(item.id) + 1
    return day[index] if index < len(day) else None


def announce_ms(workshop: Workshop) -> int:
    """The announce's length in milliseconds: `WorkshopInfo.auto_advance_s`, kept
    within ANNOUNCE_MIN_S..ANNOUNCE_MAX_S."""
    seconds = min(max(workshop.info.auto_advance_s, ANNOUNCE_MIN_S), ANNOUNCE_MAX_S)
    return seconds * 1000


def _ending_item(workshop: Workshop, now_ms: int) -> tuple[TimerState, AgendaItem] | None:
    """The running countdown and its item when the item's time is up: its countdown at
    zero or past, and, for an item with rounds, on its last stage (the whole item's time
    left, `run.item_remaining_ms`, is then the countdown's own)."""
    timer = run.timer_of(workshop)
    item = workshop.get(AgendaItem, timer.agenda_item_id)
    if item is None or timer.status != "running":
        return None
    if run.item_remaining_ms(workshop, now_ms) > 0:
        return None
    return timer, item


def announce_at_end(workshop: Workshop, now_ms: int) -> Announce | None:
    """The announce to show now that the countdown's time is up, or None when the rule
    (see the module) starts nothing: the item does not auto-advance, it is the day's
    last, its time is not up (a round, not the last stage, ended), or its end came more
    than LATE_LIMIT_MS ago."""
    ending = _ending_item(workshop, now_ms)
    if ending is None:
        return None
    timer, item = ending
    following = next_item(workshop, item)
    late = now_ms - timer.deadline_epoch_ms
    if following is None or not follows(workshop, item) or late > LATE_LIMIT_MS:
        return None
    return Announce(
        item_id=item.id,
        next_id=following.id,
        round_index=timer.round_index,
        deadline_ms=timer.deadline_epoch_ms,
        started_ms=now_ms,
        ends_ms=now_ms + announce_ms(workshop),
    )


def holds(workshop: Workshop, announce: Announce, now_ms: int) -> bool:
    """Whether `announce` is still true at `now_ms`: the same countdown over time (not
    paused, extended, reset, moved by a clock change, nor on another round or item), the
    item still auto-advancing, the same item next, and the clock between the announce's
    start and LATE_LIMIT_MS after its end (a clock set back, or a laptop asleep through
    the announce, stops it)."""
    ending = _ending_item(workshop, now_ms)
    if ending is None:
        return False
    timer, item = ending
    following = next_item(workshop, item)
    return (
        item.id == announce.item_id
        and timer.deadline_epoch_ms == announce.deadline_ms
        and timer.round_index == announce.round_index
        and follows(workshop, item)
        and following is not None
        and following.id == announce.next_id
        and announce.started_ms <= now_ms <= announce.ends_ms + LATE_LIMIT_MS
    )


def start_next(workshop: Workshop, announce: Announce, now_ms: int) -> ChangeSet:
    """At the announce's end: the ended item's actual end recorded and the next item's
    countdown started (as N does with its countdown started at once). Nothing before
    the end, nor when the announce no longer `holds`."""
    if now_ms < announce.ends_ms or not holds(workshop, announce, now_ms):
        return ChangeSet(())
    return run.advance(workshop, 1, now_ms, auto_start=True)
