"""Render the room's paper (issue 18) into docs/screenshots/, from the demo workshop.

    python docs/screenshots/room_paper_shots.py

- attendance-fr.png: the first page of the attendance sheet (two days: A4 on its
  side, four half-days).
- badges-fr.png: the first sheet of name badges on Avery L4785 labels, the
  facilitators' included, each participant's table under their organisation. The
  labels' edges are drawn on the picture only, in light grey, to show where the sheet's
  labels are: the PDF prints no outline.
- groups-pdf-fr.png: the first page of the group lists (`--format groups-pdf`) of the
  demo's grouping (its participants in tables that mix organisations; one made here,
  tables of about four, draw number 7, when the demo has none).
- table-tents-fr.png: that grouping's first table tent (A4 on its side, folded along
  the middle; the upper half turned to read from the other side). The fold is drawn
  on the picture only, dashed, where the PDF prints its two short marks.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image, ImageDraw

from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.groups import GroupRequest, Participant, make_groups
from facilitator.domain.ids import new_id
from facilitator.domain.records import GroupingInfo, Person, Team, TeamMember
from facilitator.domain.workshop import Workshop
from facilitator.export.attendance_pdf import attendance_pdf
from facilitator.export.badges_pdf import badges_pdf
from facilitator.export.groups_pdf import groups_pdf
from facilitator.export.label_sheets import LABEL_SHEETS
from facilitator.export.roster import latest_grouping, teams_on_paper
from facilitator.library_access import full_demo

OUT = Path(__file__).resolve().parent
RESOLUTION = 80  # dots per inch, as the other PDF pictures


def _render(pdf: Path, target: Path, page: int = 1) -> Path:
    """The PDF's page `page` (from 1) as `target`.png."""
    options = ["-png", "-r", str(RESOLUTION), "-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(["pdftoppm", *options, str(pdf), str(target)], check=True)
    return target.with_suffix(".png")


def _grouped(workshop: Workshop) -> None:
    """The demo's participants in tables of about four mixing organisations and roles
    (draw number 7), stored as a grouping, unless the demo has one."""
    if workshop.all(GroupingInfo):
        return
    people = workshop.where(Person, role="participant")
    made = make_groups(
        [Participant(p.id, p.name, p.organisation, p.job) for p in people],
        GroupRequest(size=4, balance_roles=True, seed=7),
    )
    grouping = GroupingInfo(
        id=new_id(),
        name="Tables du matin",
        rule="size",
        amount=4,
        seed=7,
        balance_roles=True,
        created_at="2026-03-12T09:00:00+01:00",
    )
    changes = [insert(grouping)]
    for number, members in enumerate(made.groups):
        name = f"Table {number + 1}"
        team = Team(id=new_id(), grouping_id=grouping.id, position=number, name=name)
        changes.append(insert(team))
        changes += [
            insert(TeamMember(id=new_id(), team_id=team.id, person_id=person, position=n))
            for n, person in enumerate(members)
        ]
    workshop.apply(ChangeSet.of(changes))


def _show_fold(picture: Path) -> None:
    with Image.open(picture) as image:
        drawn = image.convert("RGB")
    pen = ImageDraw.Draw(drawn)
    middle = drawn.height // 2
    for x in range(0, drawn.width, 12):
        pen.line((x, middle, x + 6, middle), fill=(170, 170, 170))
    drawn.save(picture)


def _outline_labels(picture: Path, key: str) -> None:
    sheet = LABEL_SHEETS[key]
    scale = RESOLUTION / 25.4  # pixels a millimetre
    with Image.open(picture) as image:
        drawn = image.convert("RGB")
    pen = ImageDraw.Draw(drawn)
    for index in range(sheet.per_sheet):
        left, top, right, bottom = (round(v * scale) for v in sheet.label_box(index))
        radius = round(sheet.corner * scale)
        pen.rounded_rectangle((left, top, right, bottom), radius, outline=(200, 200, 200))
    drawn.save(picture)


def _pages(pdf: Path) -> int:
    done = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in done.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is missing: nothing rendered")
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="facilitator-paper-"))
    workshop = full_demo()
    _grouped(workshop)
    attendance = scratch / "emargement.pdf"
    attendance.write_bytes(attendance_pdf(workshop))
    _render(attendance, OUT / "attendance-fr")
    badges = scratch / "badges.pdf"
    badges.write_bytes(badges_pdf(workshop, "l4785", with_facilitators=True))
    _outline_labels(_render(badges, OUT / "badges-fr"), "l4785")
    groups = scratch / "groupes.pdf"
    groups.write_bytes(groups_pdf(workshop))
    _render(groups, OUT / "groups-pdf-fr")
    latest = latest_grouping(workshop)
    tents = len(teams_on_paper(workshop, latest)) if latest is not None else 0
    _show_fold(_render(groups, OUT / "table-tents-fr", page=_pages(groups) - tents + 1))
    print(f"attendance-fr.png, badges-fr.png, groups-pdf-fr.png, table-tents-fr.png in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
