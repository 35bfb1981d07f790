"""Start to the first painted window, and an edit from the user's action to committed.

Floors, measured in the same run: a bare PySide6 window (a QLabel, shown) started the
same way; a bare SQLite transaction with the same durability settings as a workshop
file (journal DELETE, synchronous EXTRA), updating one row.
"""

from __future__ import annotations

import json
import os
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

APP = (
    PAINTED
    + """
from pathlib import Path
from facilitator.library_access import load_user_library
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.main_window import MainWindow
settings = SettingsStore(config_dir()); settings.load()
translators = Translators(); translators.install("fr")
window = MainWindow(settings, translators, QtFileChooser(), load_user_library())
window.resize(1366, 768)
window.open_path(Path(sys.argv[2]))
watcher = Painted(); window.installEventFilter(watcher)
window.show()
app.exec()
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


def _painted_after(script: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.setdefault("FACILITATOR_HOME", tempfile.mkdtemp())
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
    ours, floor = [], []
    for _ in range(5):  # alternated: the machine's load falls on both
        ours.append(_painted_after(APP, str(demo)))
        floor.append(_painted_after(BARE))
    start, bare = statistics.median(ours), statistics.median(floor)
    done = subprocess.run([sys.executable, "-c", EDIT], capture_output=True, text=True, check=True)
    edit = json.loads(done.stdout.strip().splitlines()[-1])
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
    ]
