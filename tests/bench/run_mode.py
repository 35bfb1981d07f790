"""CPU spent repainting the countdown and the projector window, per second of running.

Floor: a bare Qt window of the same size whose label changes once a second.
Each measurement runs in its own process, offscreen, for SECONDS of real time.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys

SECONDS = 8
ROUNDS = 3

# CPU time between two marks inside the running event loop: start-up and exit excluded.
MEASURE = """
seconds = float(sys.argv[1])
marks = []
QTimer.singleShot(1000, lambda: marks.append(time.process_time()))
def stop():
    marks.append(time.process_time())
    app.quit()
QTimer.singleShot(1000 + int(seconds * 1000), stop)
app.exec()
print(json.dumps({"cpu_ms_per_s": (marks[1] - marks[0]) * 1000 / seconds}))
"""

APP = """
import json, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from facilitator.library_access import full_demo
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.main_window import MainWindow
path = Path(tempfile.mkdtemp()) / "demo.atelier"
WorkshopFile.create(path, full_demo()).close()
translators = Translators(); translators.install("fr")
window = MainWindow(SettingsStore(config_dir()), translators, QtFileChooser())
window.resize(1366, 768); window.show()
window.open_path(path)
window.page.show_part("run")
run = window.page.run
run.session.next(); run.session.toggle()
run.toggle_projector(); run.projector.showNormal(); run.projector.resize(1280, 720)
for _ in range(20): app.processEvents()
MEASURE
"""

# The same with an item of 200 rounds of 5 s (issue 18): a round changes, with its
# sound and the projector's cue, about every 5 s of the measurement.
APP_ROUNDS = APP.replace(
    "WorkshopFile.create(path, full_demo()).close()",
    """import datetime as dt
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.factory import new_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import AgendaItem, Day, ItemRound
workshop = new_workshop("Rounds")
day = workshop.all(Day)[0]
item = AgendaItem(id=new_id(), day_id=day.id, title="Tours", duration_min=17)
rounds = ItemRound(id=new_id(), agenda_item_id=item.id, duration_s=5, repeat=200, title="Tour")
workshop.apply(ChangeSet.of([insert(item), insert(rounds)]))
WorkshopFile.create(path, workshop).close()""",
)

# The same while the facilitator works in another part (the agenda): the countdown
# shows in the header's badge, and on the projector.
APP_ELSEWHERE = APP.replace(
    "for _ in range(20): app.processEvents()",
    'window.page.show_part("agenda")\nfor _ in range(20): app.processEvents()',
)

FLOOR = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
labels = []
for size in ((1366, 768), (1280, 720)):
    label = QLabel("00:00"); label.resize(*size); label.show(); labels.append(label)
count = [0]
def tick():
    count[0] += 1
    for label in labels:
        label.setText(f"{count[0]:05d}")
timer = QTimer(); timer.timeout.connect(tick); timer.start(1000)
for _ in range(20): app.processEvents()
MEASURE
"""


def _measure(code: str, home: str) -> float:
    """The median of ROUNDS runs, each in its own process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": home}
    figures = []
    for _ in range(ROUNDS):
        result = subprocess.run(
            [sys.executable, "-c", code.replace("MEASURE", MEASURE), str(SECONDS)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        figures.append(float(json.loads(result.stdout.strip().splitlines()[-1])["cpu_ms_per_s"]))
    return statistics.median(figures)


def run() -> list[tuple[str, str, str, str]]:
    import tempfile

    home = tempfile.mkdtemp(prefix="facilitator-bench-")
    app = _measure(APP, home)
    with_rounds = _measure(APP_ROUNDS, home)
    elsewhere = _measure(APP_ELSEWHERE, home)
    floor = _measure(FLOOR, home)
    return [
        (
            "Run mode at idle: countdown + projector repaint, CPU per second",
            f"{app:.2f} ms/s",
            f"{floor:.2f} ms/s (bare Qt label, once a second)",
            f"{app / floor:.1f}" if floor else "—",
        ),
        (
            "Run mode at idle seen from another part: the header's badge + projector, CPU"
            " per second",
            f"{elsewhere:.2f} ms/s",
            f"{floor:.2f} ms/s (bare Qt label, once a second)",
            f"{elsewhere / floor:.1f}" if floor else "—",
        ),
        (
            "Run mode, 200 rounds of 5 s: a round change every 5 s, CPU per second",
            f"{with_rounds:.2f} ms/s",
            f"{floor:.2f} ms/s (bare Qt label, once a second)",
            f"{with_rounds / floor:.1f}" if floor else "—",
        ),
    ]
