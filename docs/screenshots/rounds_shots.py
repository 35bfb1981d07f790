"""Render timed rounds and auto-advance (issue 18) into docs/screenshots/, offscreen.

    python docs/screenshots/rounds_shots.py

The demo's Crazy 8 (day 2: eight rounds of one minute, copied in French from the
library's method) is run on a hand-moved clock (tests/clock.py: no sleep), the window
maximised on a 1366x768 laptop screen and the projector full screen on a 1280x720 one
(Qt's offscreen platform with a screen configuration, GUIDE.md section 4), as in a room:
- round-projector-cue-fr.png: the projector a third of a second into round 3 of 8, the
  green cue of the change on (rounds.ROUND_CUE_MS);
- round-projector-fr.png: the same round 20 seconds later, cue over: « Tour 3/8 », the
  round's title and instruction, its countdown;
- round-run-page-fr.png: the facilitator's run page then, the rounds' list with the
  round on highlighted, the round's line and buttons;
- up-next-fr.png: the Crazy 8's whole time up, the workshop's auto-advance on: the
  projector's blue « À suivre » with the next activity and its short countdown;
- round-editor-fr.png: the agenda's item editor on the Crazy 8, scrolled to its rounds.
Each picture is checked first (facilitator/ui/layout_check.py) and any cut or overlap
printed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="facilitator-rounds-shots-"))
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1280, "height": 720},
    ]
}
for screen in SCREENS["screens"]:
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
(SCRATCH / "screens.json").write_text(json.dumps(SCREENS), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCRATCH / 'screens.json'}"
os.environ["FACILITATOR_HOME"] = str(SCRATCH / "home")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/clock.py

import datetime as dt

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from facilitator.domain import edits
from facilitator.domain.demo import DEMO_SKETCH_METHOD
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run.projector import ProjectorWindow
from facilitator.ui.run.run_page import RunPage
from facilitator.ui.style import apply_style
from facilitator.ui.workshop_page import WorkshopPage
from tests.clock import FakeClock

OUT = Path(__file__).resolve().parent
MINUTE_MS = 60_000
# Day 2 of the demo at the Crazy 8's planned start, on the computer's clock (run mode
# shows local times): on time, on its own day (no "not today" line on the run page).
START = dt.datetime(2026, 3, 13, 9, 25)


def _settle(app: QApplication) -> None:
    """Let posted events (layout requests, repaints) run before grabbing."""
    for _ in range(5):
        app.processEvents()


def _save(app: QApplication, widget: QWidget, name: str, *, projector: bool = False) -> None:
    """`widget` as shown, saved as `name`.png, after a check that nothing is cut."""
    _settle(app)
    problems = [str(p) for p in layout_problems(widget, cover_screen=projector)]
    if problems:
        print(f"{name}: " + "; ".join(problems))
    widget.grab().save(str(OUT / f"{name}.png"))


def _workshop() -> Workshop:
    """The demo with its auto-advance on (the default 10-second « À suivre »)."""
    workshop = full_demo()
    workshop.apply(edits.set_info(workshop, auto_advance=True))
    return workshop


def _crazy_8(workshop: Workshop) -> AgendaItem:
    day = workshop.all(Day)[1]
    items = workshop.where(AgendaItem, day_id=day.id)
    return next(i for i in items if i.method_id == DEMO_SKETCH_METHOD)


def _rounds(app: QApplication, page: WorkshopPage, clock: FakeClock, item: AgendaItem) -> None:
    """Round 3/8 on the projector (at its change, then 20 s in) and on the run page."""
    window = page.window()
    page.show_part("run")
    run: RunPage = page.run
    session = run.session
    session.select(item.id)
    session.toggle()  # round 1 starts now
    run.toggle_projector()  # full screen on the second screen
    projector = run.projector
    assert isinstance(projector, ProjectorWindow)
    clock.advance(2 * MINUTE_MS + 300)  # round 3's first third of a second: the cue
    session.refresh()
    page.notice.hide()
    if not session.round_cue_active() or session.timer.round_index != 2:
        raise SystemExit("round-projector-cue-fr: round 3's change cue is not on")
    _save(app, projector, "round-projector-cue-fr", projector=True)
    clock.advance(20_000)
    session.refresh()
    _save(app, projector, "round-projector-fr", projector=True)
    _save(app, window, "round-run-page-fr")
    # The whole item's time up (its rounds, then the rest of its minutes): « À suivre ».
    left = session.item_remaining_ms()
    clock.advance(left + 5)
    session.refresh()  # the session's wake-up at the end
    auto = session.auto_advance
    if auto.announce is None:
        raise SystemExit("up-next-fr: the Crazy 8's end announced nothing")
    projector._flash_timer.stop()  # the end's white flash: not for the picture
    projector._flash_on = False
    clock.advance(3_000)
    session.refresh()
    _save(app, projector, "up-next-fr", projector=True)
    auto.stop()
    run.close_projector()
    session.select(item.id)  # back to idle for the next screen


def _editor(app: QApplication, page: WorkshopPage, item: AgendaItem) -> None:
    """The item editor on the Crazy 8, scrolled to its rounds, its round selected."""
    page.show_part("agenda")
    agenda = page.agenda
    agenda.select_item(item.id)
    _settle(app)
    editor = agenda.editor
    rounds = editor.rounds
    if rounds.list.count():
        rounds.list.setCurrentRow(0)
    box = editor._rounds_box
    scroll = next((w for w in _ancestors(box) if isinstance(w, QScrollArea)), None)
    if scroll is not None:  # down to the rounds' total, under the round's fields
        _settle(app)
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
    _save(app, page.window(), "round-editor-fr")


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_style(app)
    path = SCRATCH / "Défi réfugiés en milieu rural.atelier"
    workshop = _workshop()
    item = _crazy_8(workshop)
    WorkshopFile.create(path, workshop).close()
    settings = SettingsStore(config_dir())
    settings.load()
    translators = Translators()
    translators.install("fr")
    clock = FakeClock(int(START.timestamp() * 1000))
    window = MainWindow(settings, translators, QtFileChooser(), clock=clock)
    window.showMaximized()  # its frame included, the window fills the 1366x768 screen
    _settle(app)
    if not window.open_path(path) or window.page is None:
        print(f"could not open {path}")
        return 1
    _rounds(app, window.page, clock, item)
    _editor(app, window.page, item)
    window.close_workshop()
    print(f"round and up-next screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
