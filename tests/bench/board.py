"""The idea board at 500, 2,000 and 5,000 notes: open and show, repaint, capture, memory.

Floors, measured in the same run: a bare SQLite file of the same rows read back
(open), a bare QGraphicsScene of as many plain rectangles with text (repaint), a
bare durable SQLite insert (capture), a bare PySide6 window (memory).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

SIZES = (500, 2_000, 5_000)

SETUP = """
import json, resource, sys, tempfile, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
"""

APP = (
    SETUP
    + """
from facilitator.domain import board
from facilitator.domain.demo import demo_workshop
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.main_window import MainWindow
from facilitator.domain.library import Library
size = int(sys.argv[1])
workshop = demo_workshop()
changes, board_id = board.add_board(workshop, "Idées")
workshop.apply(changes)
changes, ids = board.capture(workshop, board_id, [f"Idée numéro {n} pour l’accueil en milieu rural" for n in range(size)])
workshop.apply(changes)
for c in range(40):
    changes, _ = board.create_cluster(workshop, board_id, f"Groupe {c}", ids[c * (size // 50):(c + 1) * (size // 50)])
    workshop.apply(changes)
path = Path(tempfile.mkdtemp()) / "big.atelier"
WorkshopFile.create(path, workshop).close()
translators = Translators(); translators.install("fr")
window = MainWindow(SettingsStore(config_dir()), translators, QtFileChooser(), Library())
window.resize(1366, 768); window.show(); app.processEvents()
start = time.perf_counter()
window.open_path(path)
window.page.show_part("board")
page = window.page.board
page.view.viewport().repaint()
opened = time.perf_counter() - start
view = page.view
def repaint_ms():
    times = []
    for _ in range(5):
        t = time.perf_counter(); view.viewport().repaint(); times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000
import statistics
page.view.reset_zoom(); app.processEvents(); at_100 = repaint_ms()
page.view.fit(); app.processEvents(); at_fit = repaint_ms()
field = page.capture.field
captures = []
for n in range(20):
    field.setText(f"Nouvelle idée {n}")
    t = time.perf_counter(); field.returnPressed.emit(); captures.append(time.perf_counter() - t)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"open": opened * 1000, "repaint100": at_100, "repaintfit": at_fit,
                  "capture": statistics.median(captures) * 1000, "memory": peak}))
"""
)

FLOOR = (
    SETUP
    + """
import sqlite3, statistics
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QGraphicsRectItem, QGraphicsSimpleTextItem
size = int(sys.argv[1])
folder = Path(tempfile.mkdtemp())
db = sqlite3.connect(folder / "floor.db", isolation_level=None)
db.execute("PRAGMA journal_mode=DELETE"); db.execute("PRAGMA synchronous=EXTRA")
db.execute("CREATE TABLE idea (id TEXT PRIMARY KEY, text TEXT, x REAL, y REAL)")
db.execute("BEGIN")
db.executemany("INSERT INTO idea VALUES (?, ?, ?, ?)", [(str(n), f"Idée numéro {n}", n % 80 * 216.0, n // 80 * 136.0) for n in range(size)])
db.execute("COMMIT")
window = QGraphicsView(); window.resize(1366, 768); window.show(); app.processEvents()
memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
rows = sqlite3.connect(folder / "floor.db").execute("SELECT id, text, x, y FROM idea").fetchall()
scene = QGraphicsScene()
for _id, text, x, y in rows:
    rect = QGraphicsRectItem(QRectF(0, 0, 200, 120)); rect.setPos(x, y); rect.setBrush(QColor("#fff2a8"))
    label = QGraphicsSimpleTextItem(text, rect); label.setPos(10, 10)
    scene.addItem(rect)
window.setScene(scene); window.viewport().repaint()
opened = time.perf_counter() - start
def repaint_ms():
    times = []
    for _ in range(5):
        t = time.perf_counter(); window.viewport().repaint(); times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000
window.resetTransform(); app.processEvents(); at_100 = repaint_ms()
window.fitInView(scene.itemsBoundingRect()); app.processEvents(); at_fit = repaint_ms()
captures = []
for n in range(20):
    t = time.perf_counter()
    db.execute("BEGIN IMMEDIATE"); db.execute("INSERT INTO idea VALUES (?, ?, 0, 0)", (f"n{n}", "Nouvelle idée")); db.execute("COMMIT")
    captures.append(time.perf_counter() - t)
print(json.dumps({"open": opened * 1000, "repaint100": at_100, "repaintfit": at_fit,
                  "capture": statistics.median(captures) * 1000, "memory": memory}))
"""
)


def _measure(code: str, size: int, home: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": home}
    result = subprocess.run(
        [sys.executable, "-c", code, str(size)], capture_output=True, text=True, env=env, check=True
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def run() -> list[tuple[str, str, str, str]]:
    home = tempfile.mkdtemp(prefix="facilitator-bench-")
    rows: list[tuple[str, str, str, str]] = []
    for size in SIZES:
        ours, floor = _measure(APP, size, home), _measure(FLOOR, size, home)
        for key, label, unit, floor_label in (
            (
                "open",
                "open the workshop and show the board",
                "ms",
                "bare SQLite read + plain scene",
            ),
            ("repaint100", "repaint the whole view at 100 %", "ms", "bare scene, same notes"),
            ("repaintfit", "repaint at fit-to-screen zoom", "ms", "bare scene, same notes"),
            ("capture", "capture: Enter to committed", "ms", "bare durable SQLite insert"),
            ("memory", "peak memory", "MB", "bare PySide6 window"),
        ):
            ratio = ours[key] / floor[key] if floor[key] else float("nan")
            rows.append(
                (
                    f"Board, {size:,} notes: {label}",
                    f"{ours[key]:.1f} {unit}",
                    f"{floor[key]:.1f} {unit} ({floor_label})",
                    f"{ratio:.1f}",
                )
            )
    return rows
