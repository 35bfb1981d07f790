"""The countdown: a stored deadline, never counted ticks.

While running, the time left is the deadline minus now; pausing stores what was
left; resuming sets a new deadline. The clock is injected (`Clock`), so tests
run a whole day without sleeping.

Stored times are the wall clock in epoch milliseconds: they keep counting while
the laptop sleeps and mean the same after a restart; a time-zone change does not
move them. The wall clock can be set, though (a network time sync when the laptop
joins the venue's Wi-Fi moves it by minutes or hours at once). While the app runs,
`ClockWatch` compares each wall reading with a monotonic clock: elapsed time
between two readings is the monotonic clock's, and a wall clock that moved by
more than `CLOCK_JUMP_MS` beyond it was set. The run moves the stored deadline
with the clock (`rebased`), so the countdown keeps to the time really elapsed,
on screen and after a restart. A change made while the app is closed cannot be
seen: the countdown then never shows more than its whole duration.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from facilitator.domain.records import TIMER_ID, TimerState, replaced
from facilitator.domain.schedule import duration_text

MINUTE_MS = 60_000
Phase = Literal["idle", "normal", "warning", "last_minute", "overrun"]

# A wall clock that moved this much more (or less) than the monotonic clock between
# two readings was set. Noise stays far below it: readings are about 1 s apart while a
# countdown runs, the coarsest monotonic source here ticks every 16 ms (Windows'
# GetTickCount64), and time-sync slewing changes a clock's rate by at most 0.05 %
# (ntpd; 1.8 s over an hour without readings, when no countdown runs). A smaller
# step is followed as the wall clock says: the countdown is off by less than this.
CLOCK_JUMP_MS = 2_000


class WallClock(Protocol):
    def now_ms(self) -> int:
        """Wall-clock time, milliseconds since the Unix epoch."""
        ...


class Clock(WallClock, Protocol):
    """The wall clock and a monotonic clock read together."""

    def monotonic_ms(self) -> int:
        """Milliseconds from an arbitrary origin; never set, never goes back."""
        ...

    @property
    def counts_sleep(self) -> bool:
        """Whether `monotonic_ms` goes on while the computer is suspended."""
        ...


def _monotonic_source() -> tuple[Callable[[], int], bool, str]:
    """The monotonic clock to read (nanoseconds), whether it counts suspended time, and
    its name. Python's `time.monotonic` stops during suspend on Linux (CLOCK_MONOTONIC)
    and macOS (mach_absolute_time, Python 3.11); the clocks used instead count it:
    Linux's CLOCK_BOOTTIME (clock_gettime(2)), macOS's CLOCK_MONOTONIC ("continues to
    increment while the system is asleep", clock_gettime(3)). On Windows Python 3.11's
    `time.monotonic` is GetTickCount64, which counts sleep (PEP 418); from 3.13 it is
    QueryPerformanceCounter, not relied on for that: counts_sleep is then False."""
    system: str = sys.platform  # read at run time (mypy would check one platform's branch)
    if system == "linux":
        try:
            time.clock_gettime_ns(time.CLOCK_BOOTTIME)
            return (lambda: time.clock_gettime_ns(time.CLOCK_BOOTTIME)), True, "CLOCK_BOOTTIME"
        except OSError:  # a kernel without it (before 2.6.39)
            return time.monotonic_ns, False, "CLOCK_MONOTONIC"
    if system == "darwin":
        return (lambda: time.clock_gettime_ns(time.CLOCK_MONOTONIC)), True, "CLOCK_MONOTONIC"
    name = time.get_clock_info("monotonic").implementation
    return time.monotonic_ns, name == "GetTickCount64()", name


class SystemClock:
    """The computer's clocks: `time.time_ns` for the wall, `_monotonic_source` beside it."""

    def __init__(self) -> None:
        self._monotonic_ns, self._counts_sleep, self.monotonic_name = _monotonic_source()

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000

    def monotonic_ms(self) -> int:
        return self._monotonic_ns() // 1_000_000

    @property
    def counts_sleep(self) -> bool:
        return self._counts_sleep


@dataclass(frozen=True)
class ClockJump:
    """The wall clock moved `delta_ms` more than the time really elapsed (negative: it
    went back). `followed`: a clock change, which the countdown does not follow (it
    keeps to real elapsed time). Not followed: a wall clock ahead of a monotonic clock
    that stops during suspend, which is a suspend (a lunch with the lid closed) or a
    clock set forward, and cannot be told apart: the wall clock is trusted then, so
    that a suspend counts as elapsed. `told`: a step between two readings, which the
    facilitator is told of; a drift made of steps each under the threshold (a clock
    set back 1.9 s every second) is followed all the same once it adds up past the
    threshold, without a word (it is no event anyone would recognise)."""

    delta_ms: int
    followed: bool
    told: bool = True


class ClockWatch:
    """Reads a `Clock` and finds its wall clock's changes (see `ClockJump`)."""

    def __init__(self, clock: Clock, threshold_ms: int = CLOCK_JUMP_MS) -> None:
        self.clock = clock
        self.threshold_ms = threshold_ms
        self._last: tuple[int, int] | None = None  # (wall, monotonic) of the last reading
        self._drift_ms = 0  # the steps under the threshold since the last jump, added up

    def read(self) -> tuple[int, ClockJump | None]:
        """The wall clock now (epoch ms), and how it jumped since the last reading
        (None: it moved with real time, within `threshold_ms`), or how far it drifted
        by smaller steps since the last jump, once past `threshold_ms` (`told` False).
        The first reading finds nothing: a change made before it (the app closed)
        cannot be seen."""
        wall, monotonic = self.clock.now_ms(), self.clock.monotonic_ms()
        jump = None
        if self._last is not None:
            delta = (wall - self._last[0]) - (monotonic - self._last[1])
            if abs(delta) > self.threshold_ms:
                jump = ClockJump(delta, followed=delta < 0 or self.clock.counts_sleep)
                self._drift_ms = 0
            else:
                self._drift_ms += delta
                if abs(self._drift_ms) > self.threshold_ms:
                    jump = ClockJump(self._drift_ms, followed=True, told=False)
                    self._drift_ms = 0
        self._last = (wall, monotonic)
        return wall, jump


def jump_text(delta_ms: int) -> str:
    """A clock change for people: '+59 min', '−1 h', '+5 s' (seconds under a minute,
    else minutes rounded), the same in French and English."""
    sign = "+" if delta_ms >= 0 else "\u2212"
    size = abs(delta_ms)
    if size < MINUTE_MS:
        return f"{sign}{round(size / 1000)}\u00a0s"
    return sign + duration_text(round(size / MINUTE_MS))


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
        # A clock set back while the app was closed (unseen by `ClockWatch`) cannot
        # show more than the whole planned time.
        return min(timer.deadline_epoch_ms - now_ms, timer.duration_ms)
    return timer.remaining_ms


def rebased(timer: TimerState, delta_ms: int) -> TimerState:
    """The same countdown on a wall clock moved by `delta_ms` (a `ClockJump`): a running
    deadline moves with the clock, so that the time left stays what really remains,
    now and after a restart. A paused or idle countdown stores no time of day."""
    if timer.status != "running" or not delta_ms:
        return timer
    return replaced(timer, {"deadline_epoch_ms": timer.deadline_epoch_ms + delta_ms})


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
