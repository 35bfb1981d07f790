"""The countdown: a stored deadline, never counted ticks.

While running, the time left is the deadline minus now; pausing stores what was
left; resuming sets a new deadline. The clock is injected (`Clock`), so tests
run a whole day without sleeping. Time is the wall clock in epoch milliseconds:
it keeps counting while the laptop sleeps and means the same after a restart;
a time-zone change does not move it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal, Protocol

from facilitator.domain.records import TIMER_ID, TimerState, replaced

MINUTE_MS = 60_000
Phase = Literal["idle", "normal", "warning", "last_minute", "overrun"]


class Clock(Protocol):
    def now_ms(self) -> int:
        """Wall-clock time, milliseconds since the Unix epoch."""
        ...


class SystemClock:
    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class Thresholds:
    """When the countdown changes colour: a share of the total left, and a last stretch."""

    warning_share: float = 0.2
    last_ms: int = MINUTE_MS


def idle_timer(item_id: str | None, duration_ms: int) -> TimerState:
    return TimerState(
        id=TIMER_ID,
        agenda_item_id=item_id,
        status="idle",
        duration_ms=max(0, duration_ms),
        remaining_ms=max(0, duration_ms),
    )


def remaining_ms(timer: TimerState, now_ms: int) -> int:
    """Time left; negative once the countdown is over (the overrun)."""
    if timer.status == "running":
        # A clock set back cannot show more than the whole planned time.
        return min(timer.deadline_epoch_ms - now_ms, timer.duration_ms)
    return timer.remaining_ms


def start(timer: TimerState, now_ms: int) -> TimerState:
    """Start or resume: the deadline is now plus what is left."""
    if timer.status == "running":
        return timer
    return replaced(timer, {"status": "running", "deadline_epoch_ms": now_ms + timer.remaining_ms})


def pause(timer: TimerState, now_ms: int) -> TimerState:
    if timer.status != "running":
        return timer
    return replaced(
        timer,
        {"status": "paused", "remaining_ms": remaining_ms(timer, now_ms), "deadline_epoch_ms": 0},
    )


def toggle(timer: TimerState, now_ms: int) -> TimerState:
    return pause(timer, now_ms) if timer.status == "running" else start(timer, now_ms)


def reset(timer: TimerState) -> TimerState:
    return replaced(
        timer, {"status": "idle", "remaining_ms": timer.duration_ms, "deadline_epoch_ms": 0}
    )


def extend(timer: TimerState, delta_ms: int, now_ms: int) -> TimerState:
    """Add (or take away, with a negative delta) time; never below zero left."""
    left = remaining_ms(timer, now_ms)
    delta = max(delta_ms, -max(left, 0))
    duration = max(0, timer.duration_ms + delta)
    if timer.status == "running":
        return replaced(
            timer, {"deadline_epoch_ms": timer.deadline_epoch_ms + delta, "duration_ms": duration}
        )
    return replaced(timer, {"remaining_ms": max(0, left + delta), "duration_ms": duration})


def phase(timer: TimerState, now_ms: int, thresholds: Thresholds = Thresholds()) -> Phase:
    if timer.status == "idle":
        return "idle"
    left = remaining_ms(timer, now_ms)
    if left < 0 or (left == 0 and timer.status == "running"):
        return "overrun"
    if left <= thresholds.last_ms:
        return "last_minute"
    if left <= timer.duration_ms * thresholds.warning_share:
        return "warning"
    return "normal"


def countdown_text(left_ms: int) -> str:
    """'12:05' while counting down, '+01:30' in the overrun; hours when needed.

    The shown second changes when a whole second has passed (ceil while counting
    down, floor in the overrun), as a kitchen timer does.
    """
    if left_ms > 0:
        seconds = -(-left_ms // 1000)
        sign = ""
    else:
        seconds = -left_ms // 1000
        sign = "+" if seconds else ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def ms_to_next_change(left_ms: int) -> int:
    """How long until the shown countdown changes (to schedule the next repaint)."""
    if left_ms > 0:
        return left_ms % 1000 or 1000
    return 1000 - (-left_ms % 1000)
