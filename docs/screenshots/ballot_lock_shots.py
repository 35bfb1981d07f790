"""Render the pass-the-laptop screens (issue 17) into docs/screenshots/, offscreen.

    python docs/screenshots/ballot_lock_shots.py

The window is locked as a facilitator locks it: full screen, on a simulated laptop
screen of 1366x768 and one of 1280x720 (Qt's offscreen platform with a screen
configuration, GUIDE.md section 4). Pictures: the tab's start screen, the locked
ballot with a participant's dots, and the facilitator's code prompt after a wrong code.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="facilitator-lock-shots-"))
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "small-laptop", "x": 1366, "y": 0, "width": 1280, "height": 720},
    ]
}
for screen in SCREENS["screens"]:
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
(SCRATCH / "screens.json").write_text(json.dumps(SCREENS), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCRATCH / 'screens.json'}"
os.environ["FACILITATOR_HOME"] = str(SCRATCH / "home")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QMainWindow

from facilitator.domain.records import VoteSession
from facilitator.library_access import full_demo
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.main_window import MainWindow
from facilitator.ui.style import apply_style
from facilitator.ui.voting.vote_page import VotePage

OUT = Path(__file__).resolve().parent


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _save(app: QApplication, window: QMainWindow, name: str) -> None:
    """`window` as shown, saved as `name`.png, after a check that nothing is cut."""
    _settle(app)
    problems = [str(p) for p in layout_problems(window)]
    if problems:
        print(f"{name}: " + "; ".join(problems))
    window.grab().save(str(OUT / f"{name}.png"))


def _on_screen(app: QApplication, window: MainWindow, index: int) -> None:
    screen = app.screens()[index]
    window.showNormal()
    window.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())
    _settle(app)
    window.showMaximized()
    _settle(app)


def _pass(app: QApplication, window: MainWindow, votes: VotePage, language: str) -> None:
    dots = votes.dots
    for index, size in ((0, "1366x768"), (1, "1280x720")):
        _on_screen(app, window, index)
        dots.set_mode("pass")
        if index == 0:
            _save(app, window, f"votes-pass-{language}")  # the tab: rules, code, start
        if not dots.start_passing("2468"):
            raise SystemExit("the window could not be locked")
        panel = dots.pass_panel
        panel.name.setText("Awa")
        spins = list(panel.spins.values())
        spins[1].setValue(2)
        spins[4].setValue(1)
        suffix = language if index == 0 else f"{size}-{language}"
        _save(app, window, f"votes-pass-locked-{suffix}")
        lock = window.ballot_lock
        screen = lock.screen
        assert screen is not None
        if index == 0:
            lock.request_unlock()
            lock.try_code("1357")
            _save(app, window, f"votes-pass-code-{language}")
        lock.try_code("2468")
        panel.name.clear()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_style(app)
    translators = Translators()
    settings = SettingsStore(config_dir())
    settings.load()
    path = SCRATCH / "Défi réfugiés en milieu rural.atelier"
    WorkshopFile.create(path, full_demo()).close()
    window = MainWindow(settings, translators, QtFileChooser())
    window.show()
    for language in ("fr", "en"):
        translators.install(language)
        window.open_path(path)
        page = window.page
        assert page is not None
        page.show_part("votes")
        votes = page.votes
        dot_vote = page.document.workshop.all(VoteSession)[0]
        votes.select_vote(dot_vote.id)
        votes.toggle_closed()  # the demo's dot vote, reopened for the pictures
        _pass(app, window, votes, language)
        votes.toggle_closed()
        window.close_workshop()
    print(f"pass-the-laptop screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
