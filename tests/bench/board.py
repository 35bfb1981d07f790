"""The idea board at 500, 2,000, 5,000 and 20,000 notes: open and show, repaint at three
zooms, capture in the canvas and in the list view, memory; and how each cost grows
from 5,000 to 20,000 notes.

Floors, measured in the same run: a bare SQLite file of the same rows read back
(open), a bare QGraphicsScene of as many plain rectangles with text (repaint), a
bare durable SQLite insert (capture), a bare PySide6 window (memory).

A capture is timed as the user sees it: from Enter (a key event on the capture field)
to the note committed and painted (the events it posted processed: the list's
delayed layout, the repaint), CAPTURES times in each view: first with the board the only
part built (the workshop's parts are built when first shown), then, at the sizes of
GROWTH, again once every part of the workshop has been opened (as a facilitator who
prepared the agenda, the votes and the cards does before the room captures): the parts
behind the board must then cost nothing. Memory: the app's before any workshop is
opened, the peak with both views shown, and with every part opened.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = (500, 2_000, 5_000, 20_000)
CAPTURES = 60  # per view: enough for a 95th percentile (the 57th of 60)
MID_ZOOM = 0.35  # just above items.FAR_AWAY: every note drawn as itself, the most at once
GROWTH = (5_000, 20_000)  # the curve: each cost at both sizes, side by side

SETUP = """
import json, resource, statistics, sys, tempfile, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
CAPTURES, MID_ZOOM = int(sys.argv[2]), float(sys.argv[3])
def settle():
    for _ in range(3):
        app.processEvents()
def p95(times):
    return statistics.quantiles(times, n=20, method="inclusive")[-1] * 1000
"""

# The workshop is written by a process of its own: the app's process only opens it (its
# peak memory is the app's, not the making of 20,000 notes).
BUILD = """
import sys
from pathlib import Path
from facilitator.domain import board
from facilitator.domain.demo import demo_workshop
from facilitator.storage.workshop_file import WorkshopFile
path, size = Path(sys.argv[1]), int(sys.argv[2])
workshop = demo_workshop()
changes, board_id = board.add_board(workshop, "Idées")
workshop.apply(changes)
changes, ids = board.capture(workshop, board_id, [f"Idée numéro {n} pour l’accueil en milieu rural" for n in range(size)])
workshop.apply(changes)
for c in range(40):
    changes, _ = board.create_cluster(workshop, board_id, f"Groupe {c}", ids[c * (size // 50):(c + 1) * (size // 50)])
    workshop.apply(changes)
WorkshopFile.create(path, workshop).close()
"""

APP = (
    SETUP
    + """
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.translations import Translators
from facilitator.ui.file_chooser import QtFileChooser
from facilitator.ui.main_window import MainWindow
from facilitator.domain.library import Library
path = Path(sys.argv[4])
translators = Translators(); translators.install("fr")
window = MainWindow(SettingsStore(config_dir()), translators, QtFileChooser(), Library())
window.resize(1366, 768); window.show(); settle()
at_home = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
window.open_path(path)
window.page.show_part("board")
page = window.page.board
page.view.viewport().repaint()
opened = time.perf_counter() - start
settle()
view = page.view
def repaint_ms(widget):
    times = []
    for _ in range(5):
        t = time.perf_counter(); widget.repaint(); times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000
page.view.reset_zoom(); settle(); at_100 = repaint_ms(view.viewport())
page.view.reset_zoom(); page.view.zoom_by(MID_ZOOM); settle(); at_mid = repaint_ms(view.viewport())
page.view.fit(); settle(); at_fit = repaint_ms(view.viewport())
page.view.reset_zoom(); settle()
field = page.capture.field
def captures(label):
    times = []
    for n in range(CAPTURES):
        field.setText(f"{label} {n}")
        t = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        settle()
        times.append(time.perf_counter() - t)
    return times
canvas = captures("Nouvelle idée")
t = time.perf_counter(); page.set_mode("list"); settle(); page.tree.viewport().repaint()
listed = time.perf_counter() - t
in_list = captures("Idée au clavier")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
figures = {"open": opened * 1000, "repaint100": at_100, "repaintmid": at_mid,
           "repaintfit": at_fit,
           "capture": statistics.median(canvas) * 1000, "capture95": p95(canvas),
           "list": listed * 1000,
           "listcapture": statistics.median(in_list) * 1000, "listcapture95": p95(in_list),
           "memory": peak, "memoryhome": at_home}
if int(sys.argv[5]):  # every part opened once, then the board again, in each view
    for key in window.page.part_keys():
        window.page.show_part(key); settle()
    window.page.show_part("board"); page.set_mode("canvas"); settle()
    canvas_all = captures("Idée, tout ouvert")
    page.set_mode("list"); settle()
    list_all = captures("Idée au clavier, tout ouvert")
    figures.update({
        "captureall": statistics.median(canvas_all) * 1000, "captureall95": p95(canvas_all),
        "listcaptureall": statistics.median(list_all) * 1000,
        "listcaptureall95": p95(list_all),
        "memoryall": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
print(json.dumps(figures))
"""
)

FLOOR = (
    SETUP
    + """
import sqlite3
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
window.resetTransform(); settle(); at_100 = repaint_ms()
window.resetTransform(); window.scale(MID_ZOOM, MID_ZOOM); settle(); at_mid = repaint_ms()
window.fitInView(scene.itemsBoundingRect()); settle(); at_fit = repaint_ms()
captures = []
for n in range(CAPTURES):
    t = time.perf_counter()
    db.execute("BEGIN IMMEDIATE"); db.execute("INSERT INTO idea VALUES (?, ?, 0, 0)", (f"n{n}", "Nouvelle idée")); db.execute("COMMIT")
    captures.append(time.perf_counter() - t)
capture, capture95 = statistics.median(captures) * 1000, p95(captures)
print(json.dumps({"open": opened * 1000, "repaint100": at_100, "repaintmid": at_mid,
                  "repaintfit": at_fit, "capture": capture, "capture95": capture95,
                  "list": float("nan"), "listcapture": capture, "listcapture95": capture95,
                  "captureall": capture, "captureall95": capture95,
                  "listcaptureall": capture, "listcaptureall95": capture95,
                  "memory": memory, "memoryhome": memory, "memoryall": memory}))
"""
)

ROWS = (
    ("open", "open the workshop and show the board", "ms", "bare SQLite read + plain scene"),
    ("repaint100", "repaint the whole view at 100 %", "ms", "bare scene, same notes"),
    ("repaintmid", f"repaint at {MID_ZOOM:.0%} zoom", "ms", "bare scene, same notes"),
    ("repaintfit", "repaint at fit-to-screen zoom", "ms", "bare scene, same notes"),
    (
        "capture",
        f"capture in the canvas: Enter to committed and shown (median of {CAPTURES})",
        "ms",
        "bare durable SQLite insert",
    ),
    ("capture95", "capture in the canvas, 95th percentile", "ms", "bare durable SQLite insert"),
    (
        "listcapture",
        f"capture in the list view: Enter to committed and shown (median of {CAPTURES})",
        "ms",
        "bare durable SQLite insert",
    ),
    (
        "listcapture95",
        "capture in the list view, 95th percentile",
        "ms",
        "bare durable SQLite insert",
    ),
    ("memory", "peak memory (both views shown)", "MB", "bare PySide6 window"),
)
# Measured at the sizes of GROWTH only (the targets' sizes): the captures again once every
# part of the workshop was opened, and the memory then; the app's before any workshop.
EVERY_PART_ROWS = (
    (
        "captureall",
        f"capture in the canvas, every part opened once (median of {CAPTURES})",
        "ms",
        "bare durable SQLite insert",
    ),
    (
        "captureall95",
        "capture in the canvas, every part opened once, 95th percentile",
        "ms",
        "bare durable SQLite insert",
    ),
    (
        "listcaptureall",
        f"capture in the list view, every part opened once (median of {CAPTURES})",
        "ms",
        "bare durable SQLite insert",
    ),
    (
        "listcaptureall95",
        "capture in the list view, every part opened once, 95th percentile",
        "ms",
        "bare durable SQLite insert",
    ),
    ("memoryall", "peak memory, every part opened once", "MB", "bare PySide6 window"),
    (
        "memoryhome",
        "memory before a workshop is opened (window shown)",
        "MB",
        "bare PySide6 window",
    ),
)
# The costs whose growth from GROWTH[0] to GROWTH[1] notes is reported (curve rows).
CURVES = (
    ("open", "open and show the board"),
    ("capture", "capture in the canvas"),
    ("listcapture", "capture in the list view"),
    ("list", "switch to the list view"),
)


def _measure(
    code: str, size: int, home: str, workshop: str = "", every_part: bool = False
) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": home}
    arguments = [str(size), str(CAPTURES), str(MID_ZOOM), workshop, str(int(every_part))]
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _workshop(size: int, folder: str) -> str:
    """The benchmark's workshop of `size` notes, written to `folder` by a process of its
    own; its path."""
    path = str(Path(folder) / f"board-{size}.atelier")
    subprocess.run([sys.executable, "-c", BUILD, path, str(size)], check=True)
    return path


def growth(small: float, large: float, factor: float) -> str:
    """How a cost grows with the work: `large` measured on `factor` times the work of
    `small` (same unit). The exponent k of large/small = factor**k names it, with the
    export curves' bounds (tests/bench/growth.py): flat (k < 0.3: the cost does not
    grow with the board), linear (k <= 1.1), n log n (k <= 1.3) or worse."""
    if small <= 0 or large <= 0:
        return "not measured"
    k = math.log(large / small) / math.log(factor)
    name = "flat" if k < 0.3 else "linear" if k <= 1.1 else "n log n" if k <= 1.3 else "worse"
    return f"×{large / small:.1f}: {name} (n^{k:.2f})"


def run() -> list[tuple[str, str, str, str]]:
    """The board's rows: every ROWS figure at every size of SIZES beside its floor, then
    a curve row per CURVES from GROWTH[0] to GROWTH[1] notes."""
    home = tempfile.mkdtemp(prefix="facilitator-bench-")
    rows: list[tuple[str, str, str, str]] = []
    measured: dict[int, tuple[dict[str, float], dict[str, float]]] = {}
    for size in SIZES:
        path = _workshop(size, home)
        every_part = size in GROWTH
        ours, floor = _measure(APP, size, home, path, every_part), _measure(FLOOR, size, home)
        measured[size] = (ours, floor)
        for key, label, unit, floor_label in ROWS + (EVERY_PART_ROWS if every_part else ()):
            ratio = ours[key] / floor[key] if floor[key] else float("nan")
            rows.append(
                (
                    f"Board, {size:,} notes: {label}",
                    f"{ours[key]:.1f} {unit}",
                    f"{floor[key]:.1f} {unit} ({floor_label})",
                    f"{ratio:.1f}",
                )
            )
    small, large = GROWTH
    if small in measured and large in measured:
        factor = large / small
        for key, label in CURVES:
            (ours_small, floor_small), (ours_large, floor_large) = measured[small], measured[large]
            has_floor = not math.isnan(floor_small[key])
            ours_growth = ours_large[key] / ours_small[key]
            rows.append(
                (
                    f"Board, growth from {small:,} to {large:,} notes: {label}",
                    growth(ours_small[key], ours_large[key], factor),
                    growth(floor_small[key], floor_large[key], factor) if has_floor else "—",
                    f"{ours_growth / (floor_large[key] / floor_small[key]):.1f}"
                    if has_floor
                    else "—",
                )
            )
    return rows
