"""Timed rounds in run mode (issue 18), driven by a hand-moved clock: a Crazy 8 through
its eight rounds on the projector, with a sound and a visual cue at each change; skip,
extend, go back, pause by keys; a crash mid-round; the room's language; 200 rounds; the
projector at every screen size with the longest round texts."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from facilitator.domain import run
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.factory import new_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import AgendaItem, Day, ItemRound, Language, RoundRun
from facilitator.domain.rounds import ROUND_CUE_MS
from facilitator.domain.timer import MINUTE_MS, countdown_text, remaining_ms
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.fitted_text import SMALLEST_PX, SMALLEST_SHARE
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run.projector import BACKGROUNDS, ROUND_CUE_BACKGROUND, ProjectorWindow
from facilitator.ui.run.run_page import RunPage
from tests.clock import FakeClock
from tests.ui.helpers import press

NOTES = "Rappeler : une idée par case, pas de mots."


def crazy_8(
    path: Path,
    *,
    language: Language = "fr",
    repeat: int = 8,
    seconds: int = 60,
    minutes: int = 8,
    title: str = "Esquisse",
    instruction: str = "Dessinez une nouvelle idée dans la case suivante.",
) -> Path:
    """A workshop file whose first activity is a Crazy 8: one round of `seconds`
    repeated `repeat` times, with an instruction for the room and notes for the
    facilitator; a sharing activity after it."""
    workshop = new_workshop("Crazy", language=language, first_day=dt.date(2026, 3, 12))
    day = workshop.all(Day)[0]
    item = AgendaItem(
        id=new_id(),
        day_id=day.id,
        title="Crazy 8",
        duration_min=minutes,
        participant_instructions="Huit idées en huit minutes.",
        facilitator_notes="Distribuer les feuilles pliées en huit.",
    )
    after = AgendaItem(id=new_id(), day_id=day.id, position=1, title="Partage", duration_min=10)
    one = ItemRound(
        id=new_id(),
        agenda_item_id=item.id,
        duration_s=seconds,
        repeat=repeat,
        title=title,
        instruction=instruction,
        facilitator_notes=NOTES,
    )
    workshop.apply(ChangeSet.of([insert(item), insert(after), insert(one)]))
    WorkshopFile.create(path, workshop).close()
    return path


def _open(window: MainWindow, path: Path) -> RunPage:
    assert window.open_path(path)
    assert window.page is not None
    window.page.show_part("run")
    return window.page.run


def _first_item(page: RunPage) -> AgendaItem:
    workshop = page.session.document.workshop
    return workshop.where(AgendaItem, day_id=workshop.all(Day)[0].id)[0]


def _projector(page: RunPage, qtbot: QtBot) -> ProjectorWindow:
    page.toggle_projector()
    projector = page.projector
    assert projector is not None and projector.isVisible()
    qtbot.waitUntil(lambda: projector.title.height() > 20)
    return projector


def _highlighted(page: RunPage) -> list[int]:
    """The rows of the rounds' list drawn as the round on (bold on yellow), the rows
    before them drawn grey."""
    rows = page.rounds_list
    shown = []
    for row in range(rows.count()):
        option = QStyleOptionViewItem()
        page.rounds_look.initStyleOption(option, rows.model().index(row, 0))
        if option.font.bold():
            assert option.backgroundBrush.color() == QColor(Qt.GlobalColor.yellow)
            shown.append(row)
    for row in range(shown[0] if shown else 0):
        option = QStyleOptionViewItem()
        page.rounds_look.initStyleOption(option, rows.model().index(row, 0))
        assert option.palette.color(QPalette.ColorRole.Text) == QColor(Qt.GlobalColor.darkGray)
    return shown


def test_a_crazy_8_runs_its_eight_rounds_on_the_clock_with_a_signal_at_each_change(
    window: MainWindow, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    """The issue's test: « Tour k/8 » each minute on the projector (the workshop is
    French, the laptop English), a round sound and the green cue at each of the seven
    changes, then the end's chime and flash after the eighth round."""
    path = crazy_8(tmp_path / "crazy.atelier")
    page = _open(window, path)
    item = _first_item(page)
    page.session.select(item.id)
    projector = _projector(page, qtbot)
    changes: list[int] = []
    page.session.roundChanged.connect(changes.append)
    ended: list[str] = []
    page.session.itemTimeUp.connect(ended.append)
    assert projector.round_label.isVisible()
    assert projector.round_label.text() == "Tour 1/8 · Esquisse"
    assert page.countdown.text() == "01:00"  # the round's countdown, not the item's 8:00
    assert page.round_state.text() == "Round 1/8 · Esquisse · 08:00 left in the whole activity"
    assert page.rounds_list.count() == 8 and _highlighted(page) == [0]
    page.setFocus()
    press(page, Qt.Key.Key_Space)
    start = clock.now
    for number in range(1, 9):
        began = start + (number - 1) * MINUTE_MS  # the round's start on the clock
        assert projector.round_label.text() == f"Tour {number}/8 · Esquisse"
        assert projector.countdown.text() == "01:00"
        assert projector.instructions.text() == "Dessinez une nouvelle idée dans la case suivante."
        assert _highlighted(page) == [number - 1]
        if number > 1:  # changed 5 ms ago: the cue shows, for ROUND_CUE_MS on the clock
            assert projector.shown_background() == ROUND_CUE_BACKGROUND
            clock.now = began + 5 + ROUND_CUE_MS - 1
            page.session.refresh()
            assert projector.shown_background() == ROUND_CUE_BACKGROUND
            clock.now = began + 5 + ROUND_CUE_MS
            page.session.refresh()
            assert projector.shown_background() == BACKGROUNDS["normal"]  # the cue is over
        clock.now = began + 30_000
        page.session.refresh()
        assert projector.countdown.text() == "00:30"
        left = countdown_text((8 - number) * MINUTE_MS + 30_000)
        assert page.round_state.text() == (
            f"Round {number}/8 · Esquisse · {left} left in the whole activity"
        )
        clock.now = began + MINUTE_MS + 5  # the round's end, seen 5 ms late as Qt wakes
        page.session.refresh()
        if number < 8:
            assert changes == list(range(1, number + 1))
            assert page.round_chime.played == number  # the round sound, once per change
            assert projector.round_cues == number
            # the next round started at the round's end, not when the repaint saw it
            assert remaining_ms(page.session.timer, clock.now) == MINUTE_MS - 5
    # After the eighth round: the item's time is up, as without rounds.
    assert len(changes) == 7 and page.round_chime.played == 7
    assert page.chime.played == 1 and projector._flash_timer.isActive()
    assert ended == [item.id]
    assert projector.shown_background() in ("#ffffff", BACKGROUNDS["overrun"])
    assert projector.round_label.text() == "Tour 8/8 · Esquisse"
    clock.advance(1_000)
    page.session.refresh()
    assert page.countdown.text() == projector.countdown.text() == "+00:01"  # the overrun
    page.close_projector()
    file, saved = WorkshopFile.open(path, read_only=True)
    file.close()
    runs = saved.where(RoundRun, agenda_item_id=item.id)
    assert [r.position for r in runs] == list(range(8))
    assert [r.actual_start for r in runs] == [
        run.local_iso(start + n * MINUTE_MS) for n in range(8)
    ]
    assert all(r.actual_end for r in runs[:7]) and runs[7].actual_end == ""


def test_skip_extend_go_back_and_pause_by_keys(
    window: MainWindow, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    page = _open(window, crazy_8(tmp_path / "crazy.atelier"))
    page.session.select(_first_item(page).id, start_now=True)
    projector = _projector(page, qtbot)
    page.setFocus()
    clock.advance(20_000)
    press(page, Qt.Key.Key_S)  # skip: round 2 from its start, signalled
    assert projector.round_label.text().startswith("Tour 2/8")
    assert page.countdown.text() == "01:00"
    assert page.round_chime.played == 1 and projector.round_cues == 1
    assert projector.shown_background() == ROUND_CUE_BACKGROUND
    press(page, Qt.Key.Key_E)  # 30 more seconds to this round
    assert page.countdown.text() == "01:30"
    assert page.session.item_remaining_ms() == 90_000 + 6 * MINUTE_MS
    clock.advance(10_000)
    press(page, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)  # back to round 1
    assert projector.round_label.text().startswith("Tour 1/8")
    assert page.countdown.text() == "01:00"
    assert page.round_chime.played == 2 and _highlighted(page) == [0]
    press(page, Qt.Key.Key_Space)  # pause
    clock.advance(10 * MINUTE_MS)
    page.session.refresh()
    assert page.session.timer.round_index == 0 and page.countdown.text() == "01:00"
    press(page, Qt.Key.Key_Space)  # resume
    clock.advance(60_000)
    page.session.refresh()
    assert projector.round_label.text().startswith("Tour 2/8")
    for button, expected in (("round_next", 2), ("round_previous", 1), ("round_extend", 1)):
        page.buttons[button].click()
        assert page.session.timer.round_index == expected
    assert page.buttons["round_next"].toolTip()  # every round button says its key
    assert "S" in page.buttons["round_next"].toolTip()
    page.close_projector()


def test_the_rounds_notes_are_the_facilitators_only(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    page = _open(window, crazy_8(tmp_path / "crazy.atelier"))
    page.session.select(_first_item(page).id)
    projector = _projector(page, qtbot)
    assert page.notes.text().startswith(f"Round 1/8 · Esquisse\n{NOTES}")
    assert "Distribuer les feuilles" in page.notes.text()  # the item's notes after them
    shown = [projector.title, projector.round_label, projector.instructions, projector.next_label]
    assert all(NOTES not in text.text() for text in shown)
    assert page.instructions.text() == projector.instructions.text()
    page.close_projector()


def test_the_round_is_said_in_the_workshops_language_whatever_the_laptops(
    window: MainWindow, translators: Translators, tmp_path: Path, qtbot: QtBot
) -> None:
    """An English workshop on a French laptop: "Round 1/8" for the room, « Tour 1/8 »
    for the facilitator."""
    translators.install("fr")
    QApplication.processEvents()
    page = _open(window, crazy_8(tmp_path / "crazy.atelier", language="en", title="Sketch"))
    page.session.select(_first_item(page).id)
    projector = _projector(page, qtbot)
    assert projector.round_label.text() == "Round 1/8 · Sketch"
    assert page.round_state.text().startswith("Tour 1/8 · Sketch · reste 08:00")
    assert page.rounds_box.title() == "Tours"
    page.close_projector()


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
clock.advance(150_000)
session.refresh()
assert session.timer.round_index == 2
print("running", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_mid_round_the_reopened_app_is_on_the_right_round(
    window: MainWindow, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    """Killed during round 3; reopened 4 minutes later: round 7 is on with 30 s left,
    the rounds in between recorded on the clock, and the projector says « Tour 7/8 »."""
    path = crazy_8(tmp_path / "crazy.atelier")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(clock.now)],
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
    start = clock.now
    clock.advance(150_000 + 4 * MINUTE_MS)
    page = _open(window, path)
    timer = page.session.timer
    assert timer.round_index == 6 and page.session.remaining_ms() == 30_000
    assert page.countdown.text() == "00:30" and _highlighted(page) == [6]
    projector = _projector(page, qtbot)
    assert projector.round_label.text().startswith("Tour 7/8")
    # caught up silently: no sound, no cue for changes nobody saw happen
    assert page.round_chime.played == 0
    assert projector.shown_background() != ROUND_CUE_BACKGROUND
    item = _first_item(page)
    runs = page.session.document.workshop.where(RoundRun, agenda_item_id=item.id)
    assert [r.actual_start for r in runs] == [
        run.local_iso(start + n * MINUTE_MS) for n in range(7)
    ]
    page.close_projector()


def test_a_rounds_last_stretch_is_a_quarter_of_it_and_its_sound_can_be_muted(
    window: MainWindow, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    """A 1-minute round is not "last minute" red from its start: its last 15 s are
    (rounds.ROUND_LAST_SHARE); a 5-minute round keeps the settings' last minute. Muted
    sounds stay muted, the cue still shows."""
    from dataclasses import replace

    window._save_settings(replace(window._settings.current, sound_muted=True))
    page = _open(window, crazy_8(tmp_path / "crazy.atelier"))
    page.session.select(_first_item(page).id, start_now=True)
    projector = _projector(page, qtbot)
    clock.advance(44_000)
    page.session.refresh()
    assert page.session.phase() == "normal"
    clock.advance(2_000)
    page.session.refresh()
    assert page.session.phase() == "last_minute"
    assert projector.shown_background() == BACKGROUNDS["last_minute"]
    clock.advance(14_005)
    page.session.refresh()
    assert page.session.timer.round_index == 1 and page.round_chime.played == 0
    assert projector.shown_background() == ROUND_CUE_BACKGROUND
    page.close_projector()
    five = _open(window, crazy_8(tmp_path / "six.atelier", repeat=6, seconds=300, minutes=30))
    five.session.select(_first_item(five).id, start_now=True)
    clock.advance(241_000)  # 59 s left
    five.session.refresh()
    assert five.session.phase() == "last_minute"  # the settings' last minute


def test_two_hundred_rounds_on_the_run_page(
    window: MainWindow, tmp_path: Path, clock: FakeClock
) -> None:
    """The issue's 200 rounds (5 s each): listed, each skipped to, the last one said."""
    path = crazy_8(tmp_path / "many.atelier", repeat=200, seconds=5, minutes=17)
    page = _open(window, path)
    page.session.select(_first_item(page).id, start_now=True)
    assert page.rounds_list.count() == 200 + 1  # and the rest of the 17 minutes
    for _ in range(199):
        page.session.next_round()
    assert page.session.timer.round_index == 199 and _highlighted(page) == [199]
    assert page.round_state.text().startswith("Round 200/200 · Esquisse")
    page.session.next_round()
    assert page.session.in_rest() and _highlighted(page) == [200]
    assert page.round_state.text().startswith("After the rounds · ")
    assert page.round_chime.played == 200


PROJECTOR_SIZES = [QSize(800, 600), QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)]


@pytest.mark.parametrize("size", PROJECTOR_SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_a_round_with_the_longest_texts_fits_the_projector(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, size: QSize
) -> None:
    """A round titled with 200 characters, a 1,000-character instruction with a
    50-letter word: nothing overlaps, every text stays inside its box at the room's
    floor size at least, whatever the projector."""
    from facilitator.domain.long_demo import LONG_WORD, long_text

    title = ("Tour de table " + LONG_WORD + " ") * 4
    path = crazy_8(
        tmp_path / "long.atelier",
        title=title[:200],
        instruction=long_text(1000, 2),
    )
    page = _open(window, path)
    page.session.select(_first_item(page).id, start_now=True)
    page.session.next_round()  # the cue on: the green screen is laid out the same
    projector = _projector(page, qtbot)
    projector.showNormal()
    projector.resize(size)
    qtbot.waitUntil(lambda: projector.size() == size)
    QApplication.processEvents()
    problems = [
        p
        for p in layout_problems(projector)
        if "screen" not in p.what  # a window, not a screen
    ]
    assert problems == []
    floor = max(SMALLEST_PX, round(size.height() * SMALLEST_SHARE))
    for text in (projector.title, projector.round_label, projector.instructions):
        pixels, drawn, _cut = text.fitted()
        assert pixels >= floor and drawn
        assert text.geometry().bottom() <= projector.height()
    assert projector.round_label.text().startswith("Tour 2/8 · Tour de table")
    page.close_projector()
