"""Render the Groups page and the groups on the projector (issue 18) into docs/screenshots/.

    python docs/screenshots/grouping_shots.py

- grouping-fr.png: the demo's « Tables du jour 1 » on the Groups page, the window
  maximised on a 1366x768 laptop screen, one
  participant marked absent (she is in the Absent list, her table one short), the
  mixing in words beside the tables, the wish kept for the next draws.
- projector-groups-fr.png: the same tables as the room sees them, on a 1280x720
  projector.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="facilitator-grouping-shots-"))
# A laptop and a projector (GUIDE.md section 4): the window maximised on the first, the
# projector full screen on the second, as in a room.
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
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from facilitator.domain import groupings
from facilitator.library_access import full_demo
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.main_window import MainWindow
from facilitator.ui.style import apply_style

OUT = Path(__file__).resolve().parent
ABSENT = "Élodie Martin"


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv)
    apply_style(app)
    path = SCRATCH / "Défi réfugiés en milieu rural.atelier"
    WorkshopFile.create(path, full_demo()).close()
    settings = SettingsStore(config_dir())
    settings.load()
    translators = Translators()
    translators.install("fr")
    window = MainWindow(settings, translators, QtFileChooser())
    window.showMaximized()
    _settle(app)
    if not window.open_path(path) or window.page is None:
        print(f"could not open {path}")
        return 1
    page = window.page
    page.show_part("groups")
    groups = page.groups
    absent = next(p for p in groupings.participants(page.document.workshop) if p.name == ABSENT)
    groups.set_absent(absent.id, True)
    page.notice.hide()
    _settle(app)
    problems = [str(p) for p in layout_problems(window)]
    if problems:
        print("grouping-fr: " + "; ".join(problems))
    window.grab().save(str(OUT / "grouping-fr.png"))
    groups.project()
    projector = page.run.projector
    assert projector is not None
    _settle(app)
    problems = [str(p) for p in layout_problems(projector, cover_screen=True)]
    if problems:
        print("projector-groups-fr: " + "; ".join(problems))
    projector.grab().save(str(OUT / "projector-groups-fr.png"))
    page.run.close_projector()
    window.close_workshop()
    print(f"grouping-fr.png and projector-groups-fr.png written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
