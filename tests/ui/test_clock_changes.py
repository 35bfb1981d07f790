"""The computer's clock set while a countdown runs (issue 17): a time sync when the
laptop joins the venue's Wi-Fi froze the countdown at its whole duration for an hour,
or threw it into the overrun. The countdown keeps to the time really elapsed, on the
laptop, the projector and the phones, and after a restart; the facilitator is told
(a notice on the laptop, never on the projector), and a suspend still counts."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import run
from facilitator.domain.timer import MINUTE_MS, countdown_text, remaining_ms
from facilitator.settings import Settings
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run.projector import BACKGROUNDS
from facilitator.ui.run.run_page import RunPage
from facilitator.ui.run.session import RunSession
from tests.clock import FakeClock

HOUR_MS = 60 * MINUTE_MS


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> RunPage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.show_part("run")
    return window.page.run


def _started(page: RunPage) -> int:
    """The first activity started, the projector open: its duration in ms."""
    page.session.next()
    page.session.toggle()
    page.toggle_projector()
    item = page.session.current_item()
    assert item is not None and page.session.timer.status == "running"
    return item.duration_min * MINUTE_MS


def _everywhere(window: MainWindow, page: RunPage) -> set[str]:
    """The countdown as shown on the laptop, the projector and the phones."""
    assert window.page is not None and page.projector is not None
    _title, phones_ms, _running = window.page.room.link.host.activity()
    assert phones_ms is not None
    return {page.countdown.text(), page.projector.countdown.text(), countdown_text(phones_ms)}


def _notice(window: MainWindow) -> str:
    assert window.page is not None
    notice = window.page.notice
    return notice.label.text() if notice.isVisible() else ""


def _saved_left(path: Path, now_ms: int) -> int:
    """What a restart reads from the file."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return remaining_ms(run.timer_of(workshop), now_ms)


@pytest.mark.parametrize("change", [-HOUR_MS, HOUR_MS], ids=["set back", "set forward"])
def test_a_time_sync_mid_countdown(
    page: RunPage, window: MainWindow, clock: FakeClock, full_demo_file: Path, *, change: int
) -> None:
    duration = _started(page)
    clock.advance(5 * MINUTE_MS)
    page.session.refresh()
    assert not _notice(window)
    clock.change(change)  # the venue's Wi-Fi: a time sync sets the clock
    page.session.refresh()  # the next repaint
    expected = duration - 5 * MINUTE_MS
    assert page.session.remaining_ms() == expected
    assert _everywhere(window, page) == {countdown_text(expected)}
    assert page.projector is not None
    assert page.projector.phase_colour() == BACKGROUNDS["normal"]  # no overrun
    said = "\u22121\u00a0h" if change < 0 else "+1\u00a0h"
    assert f"changed by {said}" in _notice(window) and "really elapsed" in _notice(window)
    clock.advance(MINUTE_MS)  # and it keeps going down in real time
    page.session.refresh()
    assert _everywhere(window, page) == {countdown_text(expected - MINUTE_MS)}
    assert _saved_left(full_demo_file, clock.now) == expected - MINUTE_MS
    # A restart two minutes later reads the deadline the change moved.
    assert window.close_workshop()
    clock.advance(2 * MINUTE_MS)
    assert window.open_path(full_demo_file)
    assert window.page is not None
    assert window.page.run.session.remaining_ms() == expected - 3 * MINUTE_MS


def test_pause_and_resume_across_a_clock_change(
    page: RunPage, window: MainWindow, clock: FakeClock
) -> None:
    duration = _started(page)
    clock.advance(3 * MINUTE_MS)
    page.session.toggle()  # pause
    clock.change(-HOUR_MS)
    clock.advance(10 * MINUTE_MS)
    page.session.refresh()
    assert page.session.remaining_ms() == duration - 3 * MINUTE_MS
    assert not _notice(window)  # paused: nothing of the countdown depends on the clock
    page.session.toggle()  # resume
    clock.advance(MINUTE_MS)
    assert page.session.remaining_ms() == duration - 4 * MINUTE_MS
    clock.change(HOUR_MS)  # set while running, then paused at once
    page.session.toggle()
    clock.advance(5 * MINUTE_MS)
    assert page.session.remaining_ms() == duration - 4 * MINUTE_MS
    assert "changed by +1\u00a0h" in _notice(window)


@pytest.mark.parametrize("counts_sleep", [True, False])
def test_the_lid_closed_over_lunch_counts_the_lunch(
    page: RunPage, window: MainWindow, clock: FakeClock, counts_sleep: bool
) -> None:
    """A suspend is real time: a 90-minute timebox has 30 minutes left after an hour
    asleep, whether the monotonic clock counted the sleep (then nothing is said) or
    stopped (then the wall clock's gap cannot be told from a clock set forward, is
    counted, and said)."""
    clock.counts_sleep = counts_sleep
    page.session.free_timer(90)
    page.session.refresh()
    clock.sleep(HOUR_MS)
    page.session.refresh()  # the Qt timer wakes up on resume
    assert page.session.remaining_ms() == 30 * MINUTE_MS
    told = _notice(window)
    assert (told == "") if counts_sleep else ("asleep" in told and "+1\u00a0h" in told)


def test_random_clock_changes_never_move_the_countdown(qtbot: QtBot, full_demo_file: Path) -> None:
    """Real time, clock changes of up to ±3 h (time syncs, a dual-boot laptop's clock
    read as local time), sleeps, pauses and resumes, in random order: at every step
    the time left on screen and in the file is the duration minus the real running
    time."""
    rng = random.Random(17)
    clock = FakeClock()
    document = WorkshopDocument.open(full_demo_file)
    session = RunSession(document, clock, Settings)
    jumps: list[object] = []
    session.clockJumped.connect(jumps.append)
    session.free_timer(240)
    real_running, changes = 0, 0
    for _ in range(300):
        step = rng.choice(["time", "time", "change", "sleep", "toggle"])
        if step == "time":
            ms = rng.randrange(1, 5 * MINUTE_MS)
            clock.advance(ms)
            real_running += ms if session.timer.status == "running" else 0
        elif step == "sleep":
            ms = rng.randrange(1, HOUR_MS)
            clock.sleep(ms)
            real_running += ms if session.timer.status == "running" else 0
        elif step == "change":
            clock.change(rng.choice([-1, 1]) * rng.randrange(3_000, 3 * HOUR_MS))
            changes += session.timer.status == "running"
        else:
            session.toggle()
        session.refresh()
        assert session.remaining_ms() == 240 * MINUTE_MS - real_running
        assert _saved_left(full_demo_file, clock.now) == session.remaining_ms()
    assert len(jumps) == changes > 10
    session.stop()
    document.close()


def test_the_facilitator_is_told_in_french(
    page: RunPage, window: MainWindow, clock: FakeClock, translators: Translators
) -> None:
    translators.install("fr")
    _started(page)
    clock.change(59 * MINUTE_MS + 20_000)
    page.session.refresh()
    assert _notice(window) == (
        "L’horloge de l’ordinateur a changé de +59\u00a0min\u00a0: "
        "le compte à rebours suit le temps réellement écoulé."
    )


@pytest.mark.parametrize("reader", ["phones", "laptop", "projector colour"])
def test_whoever_reads_first_after_a_change_reads_the_real_time(
    page: RunPage, window: MainWindow, clock: FakeClock, reader: str
) -> None:
    """No repaint in between: the first reading follows the change before it reads the
    countdown (a phone's request comes at any moment)."""
    duration = _started(page)
    clock.advance(MINUTE_MS)
    clock.change(2 * duration)  # far enough forward to look like an overrun
    assert window.page is not None
    if reader == "phones":
        assert window.page.room.link.host.activity()[1] == duration - MINUTE_MS
    elif reader == "laptop":
        assert page.session.remaining_ms() == duration - MINUTE_MS
    else:
        assert page.session.phase() == "normal"


def test_a_clock_set_back_while_the_app_was_closed_does_not_freeze_the_countdown(
    qtbot: QtBot, full_demo_file: Path
) -> None:
    """Closed (or crashed) mid-countdown, the clock set back an hour (or ten years)
    before the app opens again: the deadline read is further than the whole duration.
    The countdown showed its whole duration, still, until the clock caught up (50 min
    for a 10-minute countdown); it goes down from there at once. A deadline from the
    future within the duration (no change seen) is left as it is."""
    for change in (-HOUR_MS, -10 * 365 * 24 * HOUR_MS):
        clock = FakeClock()
        document = WorkshopDocument.open(full_demo_file)
        session = RunSession(document, clock, Settings)
        session.free_timer(10)
        clock.advance(3 * MINUTE_MS)
        assert session.remaining_ms() == 7 * MINUTE_MS
        session.stop()
        document.close()
        clock.change(change)
        document = WorkshopDocument.open(full_demo_file)
        session = RunSession(document, clock, Settings)
        assert session.remaining_ms() == 10 * MINUTE_MS  # the most it may show
        clock.advance(MINUTE_MS)
        assert session.remaining_ms() == 9 * MINUTE_MS  # going down, not frozen
        assert _saved_left(full_demo_file, clock.now) == 9 * MINUTE_MS
        session.stop()
        document.close()
    # Set back by less than what was left: the deadline is within the duration, kept.
    clock = FakeClock()
    document = WorkshopDocument.open(full_demo_file)
    session = RunSession(document, clock, Settings)
    session.free_timer(10)
    clock.advance(5 * MINUTE_MS)
    session.stop()
    document.close()
    clock.change(-2 * MINUTE_MS)
    document = WorkshopDocument.open(full_demo_file)
    session = RunSession(document, clock, Settings)
    assert session.remaining_ms() == 7 * MINUTE_MS  # unseen: the file's deadline, as is
    session.stop()
    document.close()
