"""Run mode with a hand-moved clock: the countdown, the keys, the projector, a crash."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.domain import run
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.timer import MINUTE_MS, remaining_ms
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run.projector import BACKGROUNDS
from facilitator.ui.run.run_page import RunPage
from tests.clock import FakeClock
from tests.ui.helpers import press


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> RunPage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.show_part("run")
    return window.page.run


def _saved_timer(path: Path):  # type: ignore[no-untyped-def]
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop, run.timer_of(workshop)


def test_running_an_activity_by_keyboard(
    page: RunPage, clock: FakeClock, full_demo_file: Path, qtbot: QtBot
) -> None:
    page.setFocus()
    press(page, Qt.Key.Key_N)
    item = page.session.current_item()
    assert item is not None
    assert page.title.text() == item.title
    assert page.countdown.text() == f"{item.duration_min:02d}:00"
    press(page, Qt.Key.Key_Space)
    assert _status(page) == "running"
    clock.advance(5 * MINUTE_MS + 300)  # 19:59.7 left shows as 20:00, as a kitchen timer
    page.session.refresh()
    assert page.countdown.text() == f"{item.duration_min - 5:02d}:00"
    clock.advance(1000)
    page.session.refresh()
    assert page.countdown.text() == f"{item.duration_min - 6:02d}:59"
    press(page, Qt.Key.Key_Plus)
    assert page.countdown.text() == f"{item.duration_min - 5:02d}:59"
    press(page, Qt.Key.Key_Minus)
    press(page, Qt.Key.Key_Space)  # pause
    clock.advance(10 * MINUTE_MS)
    page.session.refresh()
    assert page.countdown.text() == f"{item.duration_min - 6:02d}:59"  # paused: no change
    _, timer = _saved_timer(full_demo_file)  # every action is in the file at once
    assert timer.status == "paused"
    assert timer.remaining_ms == (item.duration_min - 5) * MINUTE_MS - 1300
    assert window_undo_count(page) == 0  # run mode never fills the undo stack


def _status(page: RunPage) -> str:
    return page.session.timer.status


def window_undo_count(page: RunPage) -> int:
    return page.session.document.undo_stack.count()


def test_the_end_chimes_flashes_and_counts_the_overrun(
    page: RunPage, clock: FakeClock, qtbot: QtBot
) -> None:
    page.session.next()
    page.session.next()  # the weather check-in: it has facilitator notes
    item = page.session.current_item()
    assert item is not None and item.facilitator_notes
    page.toggle_projector()
    projector = page.projector
    assert projector is not None and projector.isVisible()
    qtbot.waitUntil(lambda: projector.title.height() > 20)  # the title has room on the screen
    assert projector.countdown.height() > projector.title.height()
    page.session.toggle()
    assert projector.phase_colour() == BACKGROUNDS["normal"]
    clock.advance(int(item.duration_min * MINUTE_MS * 0.85))
    page.session.refresh()
    assert page.session.phase() in ("warning", "last_minute")
    clock.advance(item.duration_min * MINUTE_MS)  # well past the end
    with qtbot.waitSignal(page.session.ended):
        page.session.refresh()
    assert page.countdown.text().startswith("+")
    assert projector.countdown.text() == page.countdown.text()
    assert projector.phase_colour() == BACKGROUNDS["overrun"]
    assert projector._flash_timer.isActive()  # the visual flash
    assert page.chime.played == 1
    assert projector.instructions.text() == item.participant_instructions
    assert item.facilitator_notes[:20] not in projector.instructions.text()  # never the notes
    projector.activateWindow()  # the facilitator clicked on the projector's screen
    qtbot.waitUntil(projector.isActiveWindow)
    press(projector, Qt.Key.Key_B)  # the keys work from the projector window too
    assert projector.mode == "blank"
    page.projector_mode("blank")
    assert projector.mode == "timer"
    page.buttons["pause_screen"].click()
    assert projector.mode == "pause"
    assert "Break" in projector.pause_label.text()
    page.close_projector()


def test_a_muted_chime_stays_silent(page: RunPage, clock: FakeClock, window: MainWindow) -> None:
    from dataclasses import replace

    window._save_settings(replace(window._settings.current, sound_muted=True))
    page.session.free_timer(1)
    clock.advance(61_000)
    page.session.refresh()
    assert page.chime.played == 0


def test_the_schedule_follows_reality(page: RunPage, clock: FakeClock) -> None:
    clock.now = int(dt.datetime(2026, 3, 12, 9, 30).timestamp() * 1000)  # the day starts
    page.session.next()
    page.session.toggle()
    item = page.session.current_item()
    assert item is not None
    clock.advance((item.duration_min + 12) * MINUTE_MS)
    page.session.refresh()
    page.session.next()
    assert "Behind by" in page.delay.text()
    assert page.schedule.rowCount() == len(
        page.session.document.workshop.where(AgendaItem, day_id=item.day_id)
    )
    gap = page.schedule.item(1, 3)
    assert gap is not None and gap.text().startswith("+")


def test_a_rehearsal_the_evening_before_is_not_late(page: RunPage, clock: FakeClock) -> None:
    """Run mode tried at 23:02 the day before (issue 15): not "14 h late" in red, but
    that the day is not today, and no lateness counted from the clock."""
    clock.now = int(dt.datetime(2026, 3, 11, 23, 2).timestamp() * 1000)
    page.session.next()
    page.session.toggle()
    clock.advance(5 * MINUTE_MS)
    page.session.refresh()
    page._refresh_schedule()
    said = page.delay.text()
    assert said.startswith("Not today") and "12 March 2026" in said, said
    assert "Behind" not in said
    first = page.schedule.item(0, 1)
    assert first is not None and first.text().startswith("09:30")  # the plan, not 23:02


def test_a_day_that_is_over_and_an_empty_agenda(
    window: MainWindow, tmp_path: Path, clock: FakeClock
) -> None:
    from facilitator.domain.demo import demo_workshop

    path = tmp_path / "empty.atelier"
    WorkshopFile.create(path, demo_workshop()).close()  # two days, no items
    assert window.open_path(path)
    assert window.page is not None
    page = window.page.run
    page.session.next()  # nothing to run: nothing happens, nothing breaks
    assert page.session.current_item() is None
    assert "Choose an activity" in page.title.text()
    clock.advance(365 * 24 * 3600 * 1000)
    page.session.refresh()


CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from facilitator.document.workshop_document import WorkshopDocument
from facilitator.settings import Settings
from facilitator.ui.run.session import RunSession
from tests.clock import FakeClock
clock = FakeClock(int(sys.argv[2]))
document = WorkshopDocument.open(Path(sys.argv[1]))
session = RunSession(document, clock, Settings)
session.next()
session.toggle()
clock.advance(90_000)
session.extend(2)
print("running", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_mid_countdown_the_reopened_app_shows_the_right_time(
    full_demo_file: Path, window: MainWindow, clock: FakeClock
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(full_demo_file), str(clock.now)],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "running"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()
    workshop, _ = _saved_timer(full_demo_file)
    first = workshop.where(AgendaItem, day_id=workshop.all(Day)[0].id)[0]
    clock.advance(4 * MINUTE_MS)  # the facilitator restarts the laptop: 4 minutes later
    assert window.open_path(full_demo_file)
    assert window.page is not None
    session = window.page.run.session
    expected = (first.duration_min + 2) * MINUTE_MS - 4 * MINUTE_MS
    assert session.remaining_ms() == expected
    assert window.page.run.countdown.text() == f"{expected // MINUTE_MS:02d}:00"
    clock.advance(60 * MINUTE_MS)  # or reopened long after: the overrun shows
    session.refresh()
    assert window.page.timer_badge.text().startswith("⏱ +")  # seen from the part shown
    window.page.show_part("run")  # the run page, behind it, reads the second when shown
    assert window.page.run.countdown.text().startswith("+")
    assert remaining_ms(session.timer, clock.now) < 0


SCREENS = {
    "screens": [
        {
            "name": "Laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "Projector",
            "x": 1366,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ]
}
TWO_SCREENS = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathlib import Path
import tempfile
from facilitator.document.workshop_document import WorkshopDocument
from facilitator.library_access import full_demo
from facilitator.settings import Settings
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.domain.timer import SystemClock
from facilitator.ui.run.projector import ProjectorWindow
from facilitator.ui.run.session import RunSession
path = Path(tempfile.mkdtemp()) / "d.atelier"
WorkshopFile.create(path, full_demo()).close()
session = RunSession(WorkshopDocument.open(path), SystemClock(), Settings)
window = ProjectorWindow(session)
screen = window.open_on_best_screen()
app.processEvents()
print(screen.name(), window.screen().name(), window.isFullScreen(), window.geometry().width())
"""


def test_the_projector_opens_on_the_second_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", TWO_SCREENS],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Projector", "Projector", "True", "1920"]


def test_thresholds_and_sound_are_set_in_the_settings(
    page: RunPage, window: MainWindow, clock: FakeClock
) -> None:
    window.show_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog.warning_spin.setValue(50)
    dialog.last_spin.setValue(120)
    dialog.volume_slider.setValue(30)
    dialog.mute_check.setChecked(True)
    settings = window._settings.current
    assert (settings.warning_percent, settings.last_seconds, settings.sound_volume) == (50, 120, 30)
    assert settings.sound_muted
    page.session.free_timer(10)
    clock.advance(5 * MINUTE_MS + 1)
    assert page.session.phase() == "warning"  # half the time left, as now set
    clock.advance(3 * MINUTE_MS)
    assert page.session.phase() == "last_minute"  # the last two minutes
    dialog.close()


def test_next_is_the_item_after_the_one_on(page: RunPage) -> None:
    workshop = page.session.document.workshop
    items = workshop.where(AgendaItem, day_id=workshop.all(Day)[1].id)  # day 2: not yet run
    page.session.select(items[3].id)
    assert items[4].title in page.next_label.text()


def test_a_whole_day_through_the_run_view(
    page: RunPage, window: MainWindow, clock: FakeClock, full_demo_file: Path
) -> None:
    """Start, pause, extend, overrun, skip and auto-advance, from the keyboard, all day."""
    clock.now = int(dt.datetime(2026, 3, 12, 9, 30).timestamp() * 1000)
    page.auto_start.setChecked(True)  # N starts the next countdown at once
    assert window._settings.current.auto_start_next
    workshop = page.session.document.workshop
    items = workshop.where(AgendaItem, day_id=workshop.all(Day)[0].id)
    page.setFocus()
    press(page, Qt.Key.Key_N)  # the first activity, started at once
    seen: list[str] = []
    skipped = ""
    late_ms = 0
    while (item := page.session.current_item()) is not None and item.day_id == items[0].day_id:
        seen.append(item.id)
        assert _status(page) == "running"
        index = len(seen) - 1
        if index == 2:  # a pause in the middle of an activity
            press(page, Qt.Key.Key_Space)
            assert _status(page) == "paused"
            clock.advance(4 * MINUTE_MS)
            late_ms += 4 * MINUTE_MS
            press(page, Qt.Key.Key_Space)
        extra = MINUTE_MS if index == 4 else 0
        if extra:
            press(page, Qt.Key.Key_Plus)
        overrun = 2 * MINUTE_MS if index % 3 == 0 else 0
        late_ms += overrun + extra
        clock.advance(item.duration_min * MINUTE_MS + overrun + extra)
        page.session.refresh()
        assert page.countdown.text().startswith("+") == bool(overrun)
        if item.id == items[-1].id:
            break
        press(page, Qt.Key.Key_N)
        if index == 6:  # skip the next activity altogether
            skipped = page.session.current_item().id  # type: ignore[union-attr]
            press(page, Qt.Key.Key_N)
    assert seen == [i.id for i in items if i.id != skipped]
    saved = WorkshopFile.open(full_demo_file, read_only=True)[1]
    ended = {i.id for i in saved.all(AgendaItem) if i.actual_end}
    assert set(seen[:-1]) <= ended
    skipped_minutes = next(i.duration_min for i in items if i.id == skipped)
    ahead = skipped_minutes - late_ms // MINUTE_MS
    assert page.delay.text() == f"Ahead by {ahead}\u00a0min", (late_ms, skipped_minutes)
    assert page.session.document.undo_stack.count() == 0


def test_a_hundred_pause_resume_cycles_through_the_keyboard(
    page: RunPage, clock: FakeClock
) -> None:
    page.session.next()
    item = page.session.current_item()
    assert item is not None
    page.setFocus()
    running = 0
    for cycle in range(100):
        press(page, Qt.Key.Key_Space)  # start / resume
        clock.advance(1000 + cycle * 7)
        running += 1000 + cycle * 7
        press(page, Qt.Key.Key_Space)  # pause
        clock.advance(5000)
    assert page.session.remaining_ms() == item.duration_min * MINUTE_MS - running
