"""Start like a bare window (issue 22): nothing waits before the first paint that can
wait after it.

Structural, not timed (speed lives in `python -m tests.bench --only startup`): the real
app is started by `facilitator.app.run_app` on a workshop, in a process of its own, and
tells which modules were imported when its window was first painted. The PDF, Word,
calendar, image, QR code, JSON-schema and room-link libraries are not among them, nor
the workshop's parts other than the one shown. What waits for the paint then happens:
the library is read, the chime made, the workshop put in the recent list, the
collector's full collections told to skip what is alive (and given it back at close).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.translations import Translators
from facilitator.ui.home import HomePage
from facilitator.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedChooser

ROOT = Path(__file__).resolve().parents[2]

# Imported only by what needs them: exports, reports, the room link, the library.
HEAVY = (
    "reportlab",
    "docx",
    "pikepdf",
    "lxml",
    "aiohttp",
    "jsonschema",
    "segno",
    "icalendar",
    "PIL",
    "bidi",
    "arabic_reshaper",
)
# The parts not shown at the start, the exports, the demo and the lab's listing.
LATER = (
    "facilitator.ui.agenda.agenda_page",
    "facilitator.ui.board.board_page",
    "facilitator.ui.cards.cards_page",
    "facilitator.ui.groups.grouping_page",
    "facilitator.ui.polls.polls_page",
    "facilitator.ui.room.room_page",
    "facilitator.ui.run.run_page",
    "facilitator.ui.voting.vote_page",
    "facilitator.ui.home",
    "facilitator.ui.dialogs",
    "facilitator.domain.demo",
    "facilitator.export.synthesis_pdf",
    "facilitator.export.report",
    "facilitator.export.formats",
    "facilitator.storage.lab_index",
    "facilitator.library_access",
    "PySide6.QtMultimedia",
    # Needed by later actions only, imported where used: removing a person (groupings and
    # the team maker), importing participants, a scale poll's median, markup escaping.
    "facilitator.domain.groupings",
    "facilitator.domain.groups",
    "facilitator.domain.participants",
    "statistics",
    "html",
)

# The app as `facilitator FILE` starts it; its main window is watched from its making,
# and at its first paint the process prints its modules and ends.
FIRST_PAINT = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from facilitator.ui import main_window

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            page = watched.page
            built = [k for k in page.part_keys() if page.is_built(k)] if page else []
            print(json.dumps({"modules": sorted(sys.modules), "built": built}), flush=True)
            os._exit(0)
        return False

watcher = Painted()
made = main_window.MainWindow.__init__
def watched(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self.installEventFilter(watcher)
main_window.MainWindow.__init__ = watched
from facilitator.app import run_app
run_app(file=Path(sys.argv[1]), demo=False, smoke_test=False)
"""


def _at_first_paint(workshop: Path, home: Path) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(workshop)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    said: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return said


def _window(qtbot: QtBot, translators: Translators, chooser: ScriptedChooser) -> MainWindow:
    settings = SettingsStore(config_dir())
    settings.load()
    window = MainWindow(settings, translators, chooser, freeze_collector=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    return window


def _recent(window: MainWindow) -> list[Path]:
    """The recent list, as saved in the settings."""
    return [Path(r.path) for r in window._settings.current.recent]


def _imported(modules: list[str], package: str) -> list[str]:
    return [m for m in modules if m == package or m.startswith(package + ".")]


def test_the_first_paint_of_a_workshop_imports_no_export_library(
    full_demo_file: Path, tmp_path: Path
) -> None:
    said = _at_first_paint(full_demo_file, tmp_path / "home")
    modules = said["modules"]
    assert "facilitator.ui.main_window" in modules  # the real window was painted
    assert "facilitator.ui.details.details_form" in modules  # with its first part
    assert {package: _imported(modules, package) for package in HEAVY} == {
        package: [] for package in HEAVY
    }
    assert [m for m in LATER if m in modules] == []
    assert said["built"] == ["details"]  # the part shown, and no other


def test_a_countdown_left_running_builds_the_run_page_before_the_first_paint(
    qtbot: QtBot,
    translators: Translators,
    chooser: ScriptedChooser,
    full_demo_file: Path,
    tmp_path: Path,
) -> None:
    window = _window(qtbot, translators, chooser)  # on the computer's clock, as the child
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.session.next()
    window.page.session.toggle()  # running, and the app is closed (or killed) so
    assert window.close_workshop()
    said = _at_first_paint(full_demo_file, tmp_path / "home")
    # It rings at the end even if nobody opens the run part.
    assert said["built"] == ["details", "run"]
    assert "facilitator.ui.run.run_page" in said["modules"]
    assert _imported(said["modules"], "reportlab") == []


def test_opened_on_a_workshop_the_home_screen_waits_until_the_workshop_closes(
    qtbot: QtBot, translators: Translators, chooser: ScriptedChooser, demo_file: Path
) -> None:
    window = _window(qtbot, translators, chooser)
    assert window.open_path(demo_file)  # as `facilitator FILE`: before the window shows
    window.show()
    assert window.findChild(HomePage) is None
    assert window.close_workshop()
    home = window.findChild(HomePage)
    assert home is not None and window.stack.currentWidget() is home
    assert home.recent_list.count() == 1  # built from the settings as they are now
    assert window.home is home


def test_shown_with_no_workshop_the_home_screen_is_built_at_once(
    qtbot: QtBot, translators: Translators, chooser: ScriptedChooser
) -> None:
    window = _window(qtbot, translators, chooser)
    window.show()
    home = window.findChild(HomePage)
    assert home is not None and window.stack.currentWidget() is home


def test_after_the_first_paint_the_library_chime_recent_list_and_freeze_follow(
    qtbot: QtBot, translators: Translators, chooser: ScriptedChooser, demo_file: Path
) -> None:
    window = _window(qtbot, translators, chooser)
    assert window.open_path(demo_file)
    read_before_paint = window.library_loaded
    assert not read_before_paint
    assert _recent(window) == []
    try:
        window.show()
        qtbot.waitUntil(lambda: window.collector_frozen, timeout=10_000)
        assert gc.get_freeze_count() > 0
        assert window.library_loaded
        assert window.library.methods  # the bundled methods
        assert window.run_context.chime.prepared
        assert _recent(window) == [demo_file.resolve()]
        assert window.close_workshop()
        assert not window.collector_frozen
        assert gc.get_freeze_count() == 0  # the closed workshop can be collected
    finally:
        gc.unfreeze()  # whatever happened: the other tests' objects stay collectable


def test_the_library_is_read_on_first_use_if_that_comes_before_the_paint(
    qtbot: QtBot, translators: Translators, chooser: ScriptedChooser, full_demo_file: Path
) -> None:
    window = _window(qtbot, translators, chooser)
    assert window.open_path(full_demo_file)
    read_before = window.library_loaded
    assert window.page is not None and not read_before
    agenda = window.page.agenda  # the agenda shows the method library
    assert window.library_loaded
    assert agenda.library_panel.model.rowCount() == len(window.library.methods) > 0


def test_a_workshop_closed_before_its_paint_is_not_remembered(
    qtbot: QtBot, translators: Translators, chooser: ScriptedChooser, demo_file: Path
) -> None:
    window = _window(qtbot, translators, chooser)
    assert window.open_path(demo_file)
    assert window.close_workshop()  # remembered at close
    window.show()
    QApplication.processEvents()
    assert _recent(window) == [demo_file.resolve()]
    assert not window.collector_frozen  # nothing was shown: nothing frozen
    assert gc.get_freeze_count() == 0
