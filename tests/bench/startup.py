"""Start to the first painted window, an edit from the user's action to committed, and
the pause of a full garbage collection with a big workshop open.

Floors, measured in the same run: a bare PySide6 window (a QLabel, shown) started the
same way; a bare SQLite transaction with the same durability settings as a workshop
file (journal DELETE, synchronous EXTRA), updating one row; the same collection with
nothing frozen (gc.unfreeze()).

The app is started by `facilitator.app.run_app`, as `facilitator FILE` starts it: all it
does before the first paint is counted (logging, style, error reporter, settings,
translations, qasync's loop, the window shown maximized on a 1366x768 laptop screen,
the workshop opened); what it does after the first paint (the library, the chime, the
collector's freeze) is not. Both processes run on the same offscreen laptop screen, with
their Python bytecode compiled once beforehand, as an installed app has it (pip and the
packagers compile it): with PYTHONDONTWRITEBYTECODE set, as in some shells and CI, every
start would compile the app's 300 modules from source again, 0.4 s no user pays.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAINTED = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time() - float(sys.argv[1]), flush=True)
            app.exit(0)
        return False
"""

# The app's own start (app.py), its main window watched from its making: the time is
# printed at its first paint, and the process ends there (app.py's loop runs on).
APP = (
    PAINTED
    + """
import os
from pathlib import Path
from facilitator.ui import main_window
watcher = Painted()
made = main_window.MainWindow.__init__
def watched(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self.installEventFilter(watcher)
main_window.MainWindow.__init__ = watched
app.exit = lambda status: (sys.stdout.flush(), os._exit(status))
from facilitator.app import run_app
run_app(file=Path(sys.argv[2]), demo=False, smoke_test=False)
"""
)

BARE = (
    PAINTED
    + """
from PySide6.QtWidgets import QLabel
label = QLabel("Facilitator"); label.resize(1366, 768)
watcher = Painted(); label.installEventFilter(watcher)
label.show()
app.exec()
"""
)

EDIT = """
import json, sqlite3, statistics, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import edits
from facilitator.domain.demo import demo_workshop
from facilitator.storage.workshop_file import WorkshopFile
folder = Path(tempfile.mkdtemp())
path = folder / "edit.atelier"
WorkshopFile.create(path, demo_workshop()).close()
document = WorkshopDocument.open(path)
ours = []
for n in range(200):
    start = time.perf_counter()
    document.edit("title", edits.set_info(document.workshop, title=f"Atelier {n}"))
    ours.append(time.perf_counter() - start)
document.close()
bare = sqlite3.connect(folder / "bare.db", isolation_level=None)
bare.execute("PRAGMA journal_mode=DELETE"); bare.execute("PRAGMA synchronous=EXTRA")
bare.execute("CREATE TABLE info (id TEXT PRIMARY KEY, title TEXT)")
bare.execute("INSERT INTO info VALUES ('w', '')")
floor = []
for n in range(200):
    start = time.perf_counter()
    bare.execute("BEGIN"); bare.execute("UPDATE info SET title = ? WHERE id = 'w'", (f"Atelier {n}",)); bare.execute("COMMIT")
    floor.append(time.perf_counter() - start)
print(json.dumps({"ours": statistics.median(ours), "floor": statistics.median(floor)}))
"""


# Python's cyclic collector with a 20,000-note workshop open on its board, as the app
# runs it (MainWindow(freeze_collector=True): gc.freeze() once the workshop is painted)
# and not frozen: the pause of a full collection (generation 2), timed by gc.callbacks.
COLLECTION = """
import gc, json, os, statistics, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.main_window import MainWindow
settings = SettingsStore(config_dir()); settings.load()
translators = Translators(); translators.install("fr")
window = MainWindow(settings, translators, QtFileChooser(), freeze_collector=True)
window.resize(1366, 768)
window.open_path(Path(sys.argv[1]))
window.show()
deadline = time.monotonic() + 60
while not window.collector_frozen and time.monotonic() < deadline:
    app.processEvents()
window.page.show_part("board")
app.processEvents()
pauses, began = [], [0.0]
def timed(phase, info):
    if info["generation"] == 2:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            pauses.append(time.perf_counter() - began[0])
gc.callbacks.append(timed)
def full_collection():
    pauses.clear()
    for _ in range(7):
        gc.collect()
    return statistics.median(pauses)
frozen = full_collection()
gc.unfreeze()
print(json.dumps({"frozen": frozen, "floor": full_collection()}), flush=True)
os._exit(0)
"""
COLLECTION_NOTES = 20_000

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
LAPTOP_DPI = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


def _painted_after(script: str, *args: str, bytecode: Path) -> float:
    """Seconds from the process's launch to its first paint; `bytecode`: the folder of
    its compiled modules (PYTHONPYCACHEPREFIX), shared by the runs."""
    folder = Path(tempfile.mkdtemp())
    screens = folder / "screens.json"
    screens.write_text(json.dumps({"screens": [LAPTOP | LAPTOP_DPI]}), encoding="utf-8")
    platform = os.environ.get("QT_QPA_PLATFORM", f"offscreen:configfile={screens}")
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPYCACHEPREFIX=str(bytecode))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("FACILITATOR_HOME", str(folder / "home"))
    done = subprocess.run(
        [sys.executable, "-c", script, str(time.time()), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return float(done.stdout.strip().splitlines()[0])


def run() -> list[tuple[str, str, str, str]]:
    from facilitator.library_access import full_demo
    from facilitator.storage.workshop_file import WorkshopFile

    demo = Path(tempfile.mkdtemp()) / "demo.atelier"
    WorkshopFile.create(demo, full_demo()).close()
    bytecode = Path(tempfile.mkdtemp(prefix="facilitator-bytecode-"))
    ours, floor = [], []
    try:
        _painted_after(APP, str(demo), bytecode=bytecode)  # not counted: compiles the code
        _painted_after(BARE, bytecode=bytecode)
        for _ in range(5):  # alternated: the machine's load falls on both
            ours.append(_painted_after(APP, str(demo), bytecode=bytecode))
            floor.append(_painted_after(BARE, bytecode=bytecode))
    finally:
        shutil.rmtree(bytecode, ignore_errors=True)
    start, bare = statistics.median(ours), statistics.median(floor)
    done = subprocess.run([sys.executable, "-c", EDIT], capture_output=True, text=True, check=True)
    edit = json.loads(done.stdout.strip().splitlines()[-1])
    collection = _collection_pause()
    return [
        (
            "start to the first painted window, on the demo workshop (median of 5)",
            f"{start * 1000:.0f} ms",
            f"{bare * 1000:.0f} ms (bare PySide6 window)",
            f"{start / bare:.1f}",
        ),
        (
            "an edit, from the action to committed on disk (median of 200)",
            f"{edit['ours'] * 1000:.2f} ms",
            f"{edit['floor'] * 1000:.2f} ms (bare SQLite transaction, same durability)",
            f"{edit['ours'] / edit['floor']:.1f}",
        ),
        (
            f"a full collection of Python's cyclic garbage, {COLLECTION_NOTES:,} notes open "
            "on the board (median of 7)",
            f"{collection['frozen'] * 1000:.1f} ms (gc.freeze once the workshop is painted)",
            f"{collection['floor'] * 1000:.1f} ms (nothing frozen)",
            f"{collection['frozen'] / collection['floor']:.2f}",
        ),
    ]


def _collection_pause() -> dict[str, float]:
    """COLLECTION's two pauses, in seconds, on a workshop of COLLECTION_NOTES notes."""
    from tests.bench.board import BUILD

    folder = Path(tempfile.mkdtemp())
    workshop = folder / "board.atelier"
    try:
        subprocess.run(
            [sys.executable, "-c", BUILD, str(workshop), str(COLLECTION_NOTES)], check=True
        )
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=str(folder))
        done = subprocess.run(
            [sys.executable, "-c", COLLECTION, str(workshop)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=300,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    pauses: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return pauses
