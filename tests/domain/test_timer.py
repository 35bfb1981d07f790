"""The countdown counts from a stored deadline: exact, whatever the pauses."""

from __future__ import annotations

import random

from facilitator.domain import timer as countdown
from facilitator.domain.timer import MINUTE_MS, Thresholds

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
