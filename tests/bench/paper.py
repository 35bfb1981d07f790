"""The room's paper for a large workshop (issue 18): the attendance sheet and the name
badges of 300 participants over three days (six half-days), their group lists and
table tents (50 groups of 6), and a list of 5,000 participants read for an import.

Floors, measured in the same process and alternated with ours: a bare reportlab table
of the same cells (same font, A4 on its side, lines 12 mm high, the heading repeated by
reportlab: no fallback fonts, no wrapping of names, no header, no page furniture), and
300 labels drawn as two centred strings each on a bare canvas (no fitting, no title);
for the groups, the same people in one bare reportlab table with a heading per group and
50 pages on their side with the group's name drawn twice (no fitting, no turning, no
fonts by script); for the list, the csv module's reader over the same text (no
encoding, header, separator or cleaning).
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import io, json, statistics, time
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from facilitator.export.attendance_pdf import attendance_layout, attendance_pdf
from facilitator.export.badges_pdf import badges_pdf
from facilitator.export.label_sheets import LABEL_SHEETS, MM
from facilitator.export.pdf_text import BODY, BOLD, register_fonts
from tests.export.paper_people import grouped, paper_workshop
import csv, tempfile
from pathlib import Path
from reportlab.platypus import PageBreak, Paragraph
from reportlab.lib.styles import ParagraphStyle
from facilitator.export.groups_pdf import groups_pdf
from facilitator.storage.roster_files import read_roster_file
register_fonts()
workshop = paper_workshop(days=[("09:30", "17:00")] * 3, participants=(), numbered=300)
grouped(workshop, 6)
roster = Path(tempfile.mkdtemp()) / "5000.csv"
roster.write_text("Nom;Structure;Fonction\\n" + "\\n".join(
    f"Participant {n:04d};Organisation {n % 37};agent" for n in range(5000)), encoding="utf-8")
people = [(f"Participant {k:04d}", f"Organisation {k % 17}") for k in range(300)]

def attendance_floor():
    rows = [["N°", "Nom", "Organisation", *["Matin"] * 6]]
    rows += [[str(n), name, org, *[""] * 6] for n, (name, org) in enumerate(people, 1)]
    table = Table(rows, colWidths=[8 * mm, 60 * mm, 45 * mm, *[24 * mm] * 6],
                  rowHeights=[10 * mm] + [12 * mm] * 300, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), BODY),
                               ("GRID", (0, 0), (-1, -1), 0.5, "#6f6f6f")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4), initialFontName=BODY).build([table])
    return buffer.getvalue()

def badges_floor():
    sheet = LABEL_SHEETS["l4785"]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=BODY)
    for number, (name, org) in enumerate(people):
        index = number % sheet.per_sheet
        if number and not index:
            canvas.showPage()
        left, top, right, bottom = (v * MM for v in sheet.label_box(index))
        centre, middle = (left + right) / 2, A4[1] - (top + bottom) / 2
        canvas.setFont(BOLD, 24)
        canvas.drawCentredString(centre, middle, name)
        canvas.setFont(BODY, 11)
        canvas.drawCentredString(centre, middle - 16, org)
    canvas.save()
    return buffer.getvalue()

def groups_floor():
    style = ParagraphStyle("h", fontName=BOLD, fontSize=20)
    story = []
    for g in range(50):
        story.append(Paragraph(f"Table {g + 1}", style))
        rows = [[name, org] for name, org in people[g * 6:(g + 1) * 6]]
        table = Table(rows, colWidths=[80 * mm, 80 * mm])
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), BODY)]))
        story.append(table)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=BODY).build(story)
    canvas = Canvas(io.BytesIO(), pagesize=landscape(A4), initialFontName=BODY)
    for g in range(50):
        canvas.setFont(BOLD, 150)
        canvas.drawCentredString(421, 100, f"Table {g + 1}")
        canvas.drawCentredString(421, 400, f"Table {g + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()

def roster_floor():
    with roster.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=";"))

pairs = {
    "attendance": (lambda: attendance_pdf(workshop), attendance_floor),
    "badges": (lambda: badges_pdf(workshop, "l4785"), badges_floor),
    "groups": (lambda: groups_pdf(workshop), groups_floor),
    "roster": (lambda: read_roster_file(roster), roster_floor),
}
found = {}
for key, (ours, floor) in pairs.items():
    ours_s, floor_s = [], []
    for _ in range(5):
        for export, times in ((ours, ours_s), (floor, floor_s)):
            start = time.perf_counter()
            export()
            times.append(time.perf_counter() - start)
    found[key] = {"ours": statistics.median(ours_s), "floor": statistics.median(floor_s)}
found["pages"] = len(attendance_layout(workshop).pages)
print(json.dumps(found))
"""


def run() -> list[tuple[str, str, str, str]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    attendance, badges = figures["attendance"], figures["badges"]
    groups, roster = figures["groups"], figures["roster"]
    return [
        (
            f"attendance sheet, 300 participants over 3 days ({figures['pages']} pages, "
            "A4 on its side), median of 5",
            f"{attendance['ours']:.2f} s",
            f"{attendance['floor']:.2f} s bare reportlab table",
            f"{attendance['ours'] / attendance['floor']:.2f}",
        ),
        (
            "name badges, 300 participants on Avery L4785 (30 sheets), median of 5",
            f"{badges['ours']:.2f} s",
            f"{badges['floor']:.2f} s bare reportlab canvas",
            f"{badges['ours'] / badges['floor']:.2f}",
        ),
        (
            "group lists and table tents, 300 participants in 50 groups (51 pages), median of 5",
            f"{groups['ours']:.2f} s",
            f"{groups['floor']:.2f} s bare reportlab tables and canvas",
            f"{groups['ours'] / groups['floor']:.2f}",
        ),
        (
            "a list of 5,000 participants read for an import (CSV, header), median of 5",
            f"{roster['ours'] * 1000:.0f} ms",
            f"{roster['floor'] * 1000:.0f} ms csv.reader",
            f"{roster['ours'] / roster['floor']:.2f}",
        ),
    ]
