"""The synthesis of a large workshop (1,000 ideas in 40 clusters, 5 votes, 30 prototype
cards with a photo each, 20 photos of walls): time and peak memory of the export.

Floor, measured in the same run: a bare reportlab script (same fonts, A4, platypus)
laying out the same text (every idea twice, as the synthesis does: by cluster and in
the annex; every card's fields) and the same images, as plain paragraphs: no tables,
charts, outline, headers or page numbers. Each side runs in its own process, so that
its peak memory is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys

BUILD = """
import io, json, resource, statistics, sys, time
from facilitator.domain import board, cards, card_template, voting
from facilitator.domain.demo import demo_workshop
from facilitator.library_access import demo_photos
workshop = demo_workshop()
photos = list(demo_photos().values())
changes, board_id = board.add_board(workshop, "Idées du grand atelier")
workshop.apply(changes)
texts = [f"Idée numéro {n} : un service d’accueil en milieu rural, testé avec la mairie" for n in range(1000)]
changes, ids = board.capture(workshop, board_id, texts)
workshop.apply(changes)
for c in range(40):
    changes, _ = board.create_cluster(workshop, board_id, f"Regroupement {c}", ids[c * 25:(c + 1) * 25])
    workshop.apply(changes)
for p in range(20):
    data, w, h = photos[p % len(photos)]
    workshop.apply(board.add_photo(workshop, board_id, data=data, width=w, height=h, caption=f"Mur {p}")[0])
for v in range(5):
    changes, vote_id = voting.create_vote(workshop, board_id, f"Vote {v}")
    workshop.apply(changes)
    for n, option in enumerate(voting.options_of(workshop, vote_id)[:200]):
        workshop.apply(voting.set_tally(workshop, vote_id, option.id, (n * 7 + v) % 13))
for k in range(30):
    changes, card_id = cards.create_card(workshop, f"Prototype {k}")
    workshop.apply(changes)
    for field in card_template.fields_of(workshop):
        workshop.apply(cards.set_value(workshop, card_id, field.id, f"{field.label} du prototype {k}, en quelques phrases. " * 4))
    workshop.apply(cards.add_step(workshop, card_id, "Tester avec dix usagers", "Équipe", "2026-05-01")[0])
    data, w, h = photos[k % len(photos)]
    workshop.apply(cards.add_photo(workshop, card_id, data=data, width=w, height=h, caption="Maquette")[0])
"""

OURS_FN = """
from facilitator.export.synthesis_pdf import synthesis_pdf
def ours():
    return synthesis_pdf(workshop)
"""

FLOOR_FN = """
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate
from facilitator.domain.records import Attachment
from facilitator.export.pdf_text import BODY, register_fonts
from xml.sax.saxutils import escape
register_fonts()
style = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5)
ideas = board.ideas_of(workshop, board_id)
paragraphs = [i.text for i in ideas]  # the ideas by cluster
paragraphs += [f"Idées du grand atelier · Regroupement · {i.text} · {i.author}" for i in ideas]  # annex
for card in cards.cards_of(workshop):
    paragraphs += [card.name, *cards.values_of(workshop, card.id).values()]
images = [(a.data, a.width, a.height) for a in workshop.all(Attachment)]
def floor():
    story = [Paragraph(escape(t), style) for t in paragraphs]
    for data, w, h in images:
        scale = min(240 / w, 180 / h)
        story.append(Image(io.BytesIO(data), width=w * scale, height=h * scale))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()
"""

# The synthesis as DOCX (issue 20: under 10 s for 1,000 ideas and 50 photos), beside
# the PDF of the same workshop and a bare python-docx floor (the same text as plain
# paragraphs, the same images as pictures: no styles, tables, charts or headers), the
# three alternated in one process.
DOCX_FNS = """
import docx
from docx.shared import Pt
from facilitator.export.synthesis_docx import synthesis_docx
def docx_ours():
    return synthesis_docx(workshop)
def docx_floor():
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for data, w, h in images:
        scale = min(240 / w, 180 / h)
        document.add_picture(io.BytesIO(data), width=Pt(w * scale), height=Pt(h * scale))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
"""
DOCX_TIMING = (
    BUILD
    + OURS_FN
    + FLOOR_FN
    + DOCX_FNS
    + """
times = {"docx": [], "floor": [], "pdf": []}
for _ in range(3):
    for name, export in (("docx", docx_ours), ("floor", docx_floor), ("pdf", ours)):
        start = time.perf_counter()
        data = export()
        times[name].append(time.perf_counter() - start)
        if name == "docx":
            size = len(data)
print(json.dumps({**{k: statistics.median(v) for k, v in times.items()}, "bytes": size}))
"""
)


def docx_row() -> tuple[str, str, str, str]:
    """The DOCX synthesis of the large workshop, beside the PDF and bare python-docx."""
    figures = _measure(DOCX_TIMING)
    return (
        "synthesis DOCX of the same workshop (1,000 ideas, 50 photos; issue 20: under 10 s), "
        "median of 3, alternated with the PDF and the floor",
        f"{figures['docx']:.2f} s ({figures['bytes'] / 1e6:.1f} MB); the PDF {figures['pdf']:.2f} s",
        f"{figures['floor']:.2f} s bare python-docx",
        f"{figures['docx'] / figures['floor']:.2f}",
    )


# 20,000 ideas and nothing else: the time grows with the ideas, not their square (putting
# the body's blocks in place one by one once took 123 s here), beside bare python-docx
# adding the same ideas twice (by cluster and in the annex) as plain paragraphs.
DOCX_MANY = """
import json, statistics, time, io
import docx
from facilitator.domain import board
from facilitator.domain.factory import new_workshop
from facilitator.export.synthesis_docx import synthesis_docx
workshop = new_workshop("Grand atelier")
changes, board_id = board.add_board(workshop, "Mur")
workshop.apply(changes)
texts = [f"Idée numéro {n} : un service d’accueil en milieu rural" for n in range(20000)]
workshop.apply(board.capture(workshop, board_id, texts)[0])
def floor():
    document = docx.Document()
    for text in texts + texts:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
times = {"ours": [], "floor": []}
for _ in range(3):
    for name, export in (("ours", lambda: synthesis_docx(workshop)), ("floor", floor)):
        start = time.perf_counter()
        export()
        times[name].append(time.perf_counter() - start)
print(json.dumps({k: statistics.median(v) for k, v in times.items()}))
"""


def docx_many_row() -> tuple[str, str, str, str]:
    """The DOCX synthesis of 20,000 ideas, beside bare python-docx."""
    figures = _measure(DOCX_MANY)
    return (
        "synthesis DOCX of 20,000 ideas (no photos), median of 3, alternated with the floor",
        f"{figures['ours']:.2f} s",
        f"{figures['floor']:.2f} s bare python-docx",
        f"{figures['ours'] / figures['floor']:.2f}",
    )


# The same workshop without its 50 photos, both sides: the text's own cost (the cover,
# figures, votes with their charts, cards, next steps and the annex as a table, beside
# bare paragraphs), photos being most of the floor's time (reportlab decodes a JPEG
# whole to name it; ours names it by its bytes: cards_pdf.PhotoReader). CPU time of the
# process, fastest of 5, alternated.
WITHOUT_PHOTOS = (
    BUILD
    + """
from facilitator.domain.records import Attachment
from facilitator.domain.workshop import Workshop
workshop = Workshop([r for r in workshop.records() if not isinstance(r, Attachment)])
"""
    + OURS_FN
    + FLOOR_FN
    + """
ours(); floor()
ours_s, floor_s = [], []
for _ in range(5):
    for export, times in ((ours, ours_s), (floor, floor_s)):
        start = time.process_time()
        export()
        times.append(time.process_time() - start)
print(json.dumps({"ours": min(ours_s), "floor": min(floor_s)}))
"""
)


def text_row() -> tuple[str, str, str, str]:
    """The synthesis of the large workshop without its photos, beside bare reportlab."""
    figures = _measure(WITHOUT_PHOTOS)
    return (
        "the same workshop without its photos: the text alone (CPU time, fastest of 5, "
        "alternated with the floor)",
        f"{figures['ours']:.2f} s",
        f"{figures['floor']:.2f} s bare reportlab paragraphs",
        f"{figures['ours'] / figures['floor']:.2f}",
    )


# Timing: both in one process, alternated, so that the machine's load falls on both.
TIMING = (
    BUILD
    + OURS_FN
    + FLOOR_FN
    + """
ours_s, floor_s = [], []
for _ in range(5):
    for name, export, times in (("ours", ours, ours_s), ("floor", floor, floor_s)):
        start = time.perf_counter()
        data = export()
        times.append(time.perf_counter() - start)
        if name == "ours":
            size = len(data)
print(json.dumps({"ours": statistics.median(ours_s), "floor": statistics.median(floor_s),
                  "bytes": size}))
"""
)

# The same, each in a fresh process of its own (no other export's garbage around).
ALONE = """
times = []
for _ in range(3):
    start = time.perf_counter()
    EXPORT()
    times.append(time.perf_counter() - start)
print(json.dumps({"seconds": statistics.median(times)}))
"""

# Memory: each in its own process, so that its peak is its own.
MEMORY = """
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
EXPORT()
print(json.dumps({"before_mb": before,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _measure(script: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _growth(figures: dict[str, float]) -> float:
    return max(figures["peak_mb"] - figures["before_mb"], 1.0)


def run() -> list[tuple[str, str, str, str]]:
    timing = _measure(TIMING)
    alone = _measure(BUILD + OURS_FN + ALONE.replace("EXPORT", "ours"))["seconds"]
    floor_alone = _measure(BUILD + FLOOR_FN + ALONE.replace("EXPORT", "floor"))["seconds"]
    ours = _measure(BUILD + OURS_FN + MEMORY.replace("EXPORT", "ours"))
    floor = _measure(BUILD + FLOOR_FN + MEMORY.replace("EXPORT", "floor"))
    return [
        (
            "synthesis PDF of a large workshop (1,000 ideas, 5 votes, 30 cards, 50 photos), "
            "median of 5, alternated with the floor",
            f"{timing['ours']:.2f} s ({timing['bytes'] / 1e6:.1f} MB)",
            f"{timing['floor']:.2f} s bare reportlab",
            f"{timing['ours'] / timing['floor']:.2f}",
        ),
        (
            "the same, each in a fresh process of its own, median of 3",
            f"{alone:.2f} s",
            f"{floor_alone:.2f} s bare reportlab",
            f"{alone / floor_alone:.2f}",
        ),
        (
            "peak memory of the process exporting it (the export's own growth)",
            f"{ours['peak_mb']:.0f} MB (+{ours['peak_mb'] - ours['before_mb']:.0f} MB)",
            f"{floor['peak_mb']:.0f} MB (+{floor['peak_mb'] - floor['before_mb']:.0f} MB) "
            "bare reportlab",
            f"{_growth(ours) / _growth(floor):.2f}",
        ),
        text_row(),
        responsiveness(),
        docx_row(),
        docx_many_row(),
    ]


# The interface while the export runs in its worker thread: the gaps of a 10 ms timer.
RESPONSIVE = (
    BUILD
    + """
import os, tempfile, threading
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from facilitator.export.synthesis_sections import SECTIONS
from facilitator.ui.synthesis_export import SynthesisExport
app = QCoreApplication([])
def gaps(with_export):
    stamps = []
    timer = QTimer(); timer.setInterval(10)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    done = threading.Event()
    if with_export:
        export = SynthesisExport(workshop, Path(tempfile.mkdtemp()) / "s.pdf", SECTIONS)
        export.finished.connect(lambda _p: done.set())
        export.start()
    else:
        QTimer.singleShot(1500, done.set)
    timer.start()
    while not done.is_set():
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    between = sorted(b - a for a, b in zip(stamps, stamps[1:]))
    return between[-1] * 1000, between[int(len(between) * 0.95)] * 1000
print(json.dumps({"ours": gaps(True), "floor": gaps(False)}))
"""
)


def responsiveness() -> tuple[str, str, str, str]:
    done = subprocess.run(
        [sys.executable, "-c", RESPONSIVE], capture_output=True, text=True, check=True
    )
    figures: dict[str, list[float]] = json.loads(done.stdout.strip().splitlines()[-1])
    (worst, p95), (idle_worst, idle_p95) = figures["ours"], figures["floor"]
    return (
        "the interface during that export (a 10 ms timer: longest gap, 95th percentile)",
        f"{worst:.0f} ms, {p95:.0f} ms",
        f"{idle_worst:.0f} ms, {idle_p95:.0f} ms with no export",
        f"{p95 / max(idle_p95, 1.0):.2f}",
    )
