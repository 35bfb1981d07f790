"""The countdown counts from a stored deadline: exact, whatever the pauses."""

from __future__ import annotations

import random
import sys
import time

import pytest

from facilitator.domain import timer as countdown
from facilitator.domain.records import TimerState
from facilitator.domain.timer import MINUTE_MS, Thresholds
from tests.clock import FakeClock

T0 = 1_773_300_000_000


def test_a_hundred_pause_resume_cycles_do_not_drift() -> None:
    rng = random.Random(4)
    state = countdown.start(countdown.idle_timer("a", 30 * MINUTE_MS), T0)
    now, running_time = T0, 0
    for _ in range(100):
        run_for = rng.randrange(1, 9_000)
        now += run_for
        running_time += run_for
        state = countdown.pause(state, now)
        now += rng.randrange(1, 60_000)  # paused: time passes, the countdown does not
        assert countdown.remaining_ms(state, now) == 30 * MINUTE_MS - running_time
        state = countdown.start(state, now)
    assert countdown.remaining_ms(state, now) == 30 * MINUTE_MS - running_time
    assert countdown.remaining_ms(state, now + 1234) == 30 * MINUTE_MS - running_time - 1234


def test_extend_and_shorten() -> None:
    state = countdown.start(countdown.idle_timer("a", 10 * MINUTE_MS), T0)
    state = countdown.extend(state, 5 * MINUTE_MS, T0 + MINUTE_MS)
    assert countdown.remaining_ms(state, T0 + MINUTE_MS) == 14 * MINUTE_MS
    state = countdown.extend(state, -MINUTE_MS, T0 + MINUTE_MS)
    assert countdown.remaining_ms(state, T0 + MINUTE_MS) == 13 * MINUTE_MS
    state = countdown.extend(state, -60 * MINUTE_MS, T0 + MINUTE_MS)  # never below zero
    assert countdown.remaining_ms(state, T0 + MINUTE_MS) == 0
    idle = countdown.extend(countdown.idle_timer("a", MINUTE_MS), MINUTE_MS, T0)
    assert idle.remaining_ms == 2 * MINUTE_MS and idle.duration_ms == 2 * MINUTE_MS


def test_phases_follow_the_thresholds() -> None:
    state = countdown.start(countdown.idle_timer("a", 10 * MINUTE_MS), T0)
    thresholds = Thresholds(warning_share=0.2, last_ms=MINUTE_MS)
    assert countdown.phase(state, T0, thresholds) == "normal"
    assert countdown.phase(state, T0 + 8 * MINUTE_MS + 1, thresholds) == "warning"
    assert countdown.phase(state, T0 + 9 * MINUTE_MS + 1, thresholds) == "last_minute"
    assert countdown.phase(state, T0 + 10 * MINUTE_MS, thresholds) == "overrun"
    assert countdown.phase(countdown.idle_timer("a", 1), T0) == "idle"


def test_the_text_is_what_a_kitchen_timer_shows() -> None:
    assert countdown.countdown_text(5 * MINUTE_MS) == "05:00"
    assert countdown.countdown_text(5 * MINUTE_MS - 1) == "05:00"
    assert countdown.countdown_text(4 * MINUTE_MS + 59_001) == "05:00"
    assert countdown.countdown_text(4 * MINUTE_MS + 59_000) == "04:59"
    assert countdown.countdown_text(0) == "00:00"
    assert countdown.countdown_text(-999) == "00:00"
    assert countdown.countdown_text(-1000) == "+00:01"
    assert countdown.countdown_text(-(61 * MINUTE_MS)) == "+1:01:00"
    assert countdown.ms_to_next_change(1500) == 500
    assert countdown.ms_to_next_change(-1500) == 500


def test_shown_time_is_within_100_ms_of_the_truth() -> None:
    """Repainting when the shown second changes keeps the display exact to the repaint."""
    state = countdown.start(countdown.idle_timer("a", 3 * MINUTE_MS), T0)
    now = T0
    for _ in range(400):  # across the end and into the overrun
        left = countdown.remaining_ms(state, now)
        now += countdown.ms_to_next_change(left) + 5  # the repaint timer's own slack
        true_left = countdown.remaining_ms(state, now)
        shown = countdown.countdown_text(true_left)
        assert shown == countdown.countdown_text(true_left - 95)  # stable for the next 95 ms


def test_a_clock_set_back_never_shows_more_than_the_whole_time() -> None:
    state = countdown.start(countdown.idle_timer("a", 10 * MINUTE_MS), T0)
    assert countdown.remaining_ms(state, T0 - 3_600_000) == 10 * MINUTE_MS


# -- the computer's clock set while a countdown runs (issue 17) ----------------------
HOUR_MS = 60 * MINUTE_MS


def _running(clock: FakeClock, minutes: int) -> tuple[countdown.ClockWatch, TimerState]:
    watch = countdown.ClockWatch(clock)
    watch.read()
    return watch, countdown.start(countdown.idle_timer("a", minutes * MINUTE_MS), clock.now)


def _followed(watch: countdown.ClockWatch, state: TimerState) -> tuple[int, TimerState]:
    """What the run does at each reading: a followed change moves the deadline."""
    now, jump = watch.read()
    if jump is not None and jump.followed:
        state = countdown.rebased(state, jump.delta_ms)
    return now, state


@pytest.mark.parametrize("change", [-HOUR_MS, HOUR_MS], ids=["set back", "set forward"])
def test_a_clock_set_mid_countdown_changes_nothing_of_the_time_left(change: int) -> None:
    """A time sync when the laptop joined the venue's Wi-Fi froze the countdown at its
    whole duration for an hour (set back) or threw it into the overrun (forward)."""
    clock = FakeClock()
    watch, state = _running(clock, 30)
    clock.advance(5 * MINUTE_MS)
    _followed(watch, state)
    clock.change(change)
    fresh = countdown.ClockWatch(clock)  # a restart sees nothing: no reading before
    assert fresh.read()[1] is None
    now, jump_seen = watch.read()
    assert jump_seen == countdown.ClockJump(change, followed=True)
    state = countdown.rebased(state, change)
    assert countdown.remaining_ms(state, now) == 25 * MINUTE_MS
    assert countdown.phase(state, now) == "normal"
    clock.advance(MINUTE_MS)
    now, state = _followed(watch, state)
    assert countdown.remaining_ms(state, now) == 24 * MINUTE_MS  # still going down


def test_a_suspend_counts_as_elapsed_whichever_monotonic_clock() -> None:
    """The lid closed over lunch: an hour passed, whether or not the monotonic clock
    counted it (one that stops is told apart from a clock set back, not from one set
    forward: the wall clock is trusted then, see ClockJump)."""
    for counts_sleep in (True, False):
        clock = FakeClock(counts_sleep=counts_sleep)
        watch, state = _running(clock, 90)
        clock.sleep(HOUR_MS)
        now, jump = watch.read()
        assert jump == (None if counts_sleep else countdown.ClockJump(HOUR_MS, followed=False))
        now, state = _followed(countdown.ClockWatch(clock), state)
        assert countdown.remaining_ms(state, now) == 30 * MINUTE_MS
        clock.change(-HOUR_MS)  # set back: followed whatever the monotonic clock
        assert watch.read()[1] == countdown.ClockJump(-HOUR_MS, followed=True)


def test_a_jump_is_a_step_beyond_the_named_threshold_never_slewing() -> None:
    clock = FakeClock()
    watch, _ = _running(clock, 30)
    clock.change(countdown.CLOCK_JUMP_MS)  # at the threshold: followed as the wall says
    assert watch.read()[1] is None
    clock.change(-countdown.CLOCK_JUMP_MS - 1)
    assert watch.read()[1] == countdown.ClockJump(-countdown.CLOCK_JUMP_MS - 1, True)
    # A time sync slewing the wall clock 0.05 % fast (ntpd's limit), read each second
    # for an hour: no false alarm.
    jumps = 0
    for second in range(3600):
        clock.advance(1000)
        clock.change(1 if second % 2 else 0)  # 0.5 ms a second, to the millisecond
        jumps += watch.read()[1] is not None
    assert jumps == 0


def test_a_clock_set_back_by_steps_under_the_threshold_is_followed_all_the_same() -> None:
    """1.9 s back every second for ten minutes: no step is a jump, yet the countdown
    must still follow real time (the drift is followed once past the threshold,
    without a notice)."""
    clock = FakeClock()
    watch, state = _running(clock, 10)
    jumps: list[countdown.ClockJump] = []
    for _second in range(600):
        clock.advance(1000)
        clock.change(-1900)
        now, jump = watch.read()
        if jump is not None:
            jumps.append(jump)
            if jump.followed:
                state = countdown.rebased(state, jump.delta_ms)
    assert countdown.remaining_ms(state, now) == 0  # ten real minutes: the countdown is up
    assert jumps and not any(j.told for j in jumps)


def test_a_clock_change_is_said_in_plain_amounts() -> None:
    assert countdown.jump_text(-HOUR_MS) == "\u22121\u00a0h"
    assert countdown.jump_text(59 * MINUTE_MS + 10_000) == "+59\u00a0min"
    assert countdown.jump_text(-(90 * MINUTE_MS)) == "\u22121\u00a0h\u00a030"
    assert countdown.jump_text(5_400) == "+5\u00a0s"


def test_the_system_clock_reads_a_monotonic_clock_that_counts_suspend() -> None:
    clock = countdown.SystemClock()
    first = clock.monotonic_ms(), clock.now_ms()
    assert clock.monotonic_ms() >= first[0] and abs(clock.now_ms() - time.time() * 1000) < 5000
    if sys.platform == "linux":
        assert clock.monotonic_name == "CLOCK_BOOTTIME" and clock.counts_sleep
