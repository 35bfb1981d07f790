"""Render the lab's workshops on the home screen (issue 21) into docs/screenshots/.

    python docs/screenshots/lab_shots.py

- home-lab-fr.png: 50 workshops of a lab's folder (tests/lab_folder.py, seed 21), the
  window maximised on a 1366x768 laptop screen, in French, on 15 December 2026 (the
  next steps due before are overdue), newest first; the layout checked
  (facilitator/ui/layout_check.py) and any problem printed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

SCRATCH = Path(tempfile.mkdtemp(prefix="facilitator-lab-shots-"))
SCREENS = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]}
for screen in SCREENS["screens"]:
    screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
(SCRATCH / "screens.json").write_text(json.dumps(SCREENS), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCRATCH / 'screens.json'}"
os.environ["FACILITATOR_HOME"] = str(SCRATCH / "home")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.main_window import MainWindow
from facilitator.ui.style import apply_style
from tests.clock import FakeClock
from tests.lab_folder import make_lab_folder

OUT = Path(__file__).resolve().parent
DAY_MS = 1_797_321_600_000  # 15 December 2026, 9:00 UTC


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv)
    apply_style(app)
    folder = SCRATCH / "Partage du lab" / "Ateliers"
    a_day_ago = time.time_ns() - 86_400 * 10**9
    for path in make_lab_folder(folder, 50, seed=21):
        os.utime(path, ns=(a_day_ago, a_day_ago))
    settings = SettingsStore(config_dir())
    settings.load()
    translators = Translators()
    translators.install("fr")
    window = MainWindow(settings, translators, QtFileChooser(), clock=FakeClock(DAY_MS))
    window.showMaximized()
    window.set_lab_folders([str(folder)])
    window.home.lab.scanner.wait()
    window.home.lab.table.selectRow(0)
    _settle(app)
    problems = [str(p) for p in layout_problems(window)]
    if problems:
        print("home-lab-fr: " + "; ".join(problems))
    window.grab().save(str(OUT / "home-lab-fr.png"))
    print(f"home-lab-fr.png written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
