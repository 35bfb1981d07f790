"""The group lists and table tents (issue 18: `--format groups-pdf`), read back with
pdftotext and pdfplumber: every person of every group under their group's name, the
people in no group last, roles only when someone has one; one tent per group on A4
on its side, its name on both halves, the upper one turned by 180° (read upright
from the other side of the table once folded), large enough to read from 5 m, never
outside its face whatever its length; no page furniture on the tents; the refusals in
a sentence (no grouping, no group, an unknown grouping, too many)."""

from __future__ import annotations

import functools
import io
import subprocess
from dataclasses import dataclass

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape

from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.edits import set_person
from facilitator.domain.ids import new_id
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import GroupingAbsence, GroupingInfo, Person, Team, TeamMember
from facilitator.domain.workshop import Workshop
from facilitator.export import groups_pdf as groups
from facilitator.export.badges_pdf import LEADING
from facilitator.export.formats import ExportOptions, export_bytes
from facilitator.export.groups_pdf import (
    CAP_HEIGHT,
    MOST_LISTED,
    MOST_TEAMS,
    READABLE_CAP_MM,
    face_box,
    groups_pdf,
    tent_layout,
)
from facilitator.export.names import Names
from facilitator.export.pdf_pages import MARGIN
from facilitator.export.pdf_text import BOLD, line_width
from facilitator.export.roster import teams_on_paper
from tests.export.paper_people import (
    ARABIC,
    EMOJI,
    FACILITATORS,
    LONG,
    LONG_WORD,
    NAMED,
    ORGANISATION_ONLY,
    TITLE,
    blocks,
    flat,
    grouped,
    paper_workshop,
)
from tests.export.pdf_layout import ABOVE_BASELINE, BELOW_BASELINE, collisions, outside_frame

MM = 72 / 25.4
TOLERANCE = 0.5  # points: rounding of glyph boxes


@functools.cache
def _printed() -> tuple[Workshop, bytes]:
    workshop = paper_workshop()
    grouped(workshop, 4)
    return workshop, groups_pdf(workshop)


def _pages(data: bytes) -> list[str]:
    """Each page's text blocks (a table cell is one), joined by a space, blanks single
    (pdftotext reads turned text too)."""
    return [" ".join(page) for page in blocks(data)]


def _tent_pages(data: bytes) -> list[int]:
    """The pages (from 0) on A4 on its side."""
    reader = PdfReader(io.BytesIO(data))
    return [n for n, page in enumerate(reader.pages) if page.mediabox.width > page.mediabox.height]


def _name_column(data: bytes, page: int) -> str:
    """The text of the lists' name column on `page`, read alone (pdftotext joins a
    wrapped name and its organisation, on the same lines); right-to-left text comes in
    drawing order."""
    left = MARGIN + groups.FRAME_PADDING
    right = left + (A4[0] - 2 * left) * 0.5  # no role column: names take half the width
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        sheet = pdf.pages[page]
        words = sheet.crop((MARGIN - 1, 0, right, sheet.height)).extract_text() or ""
    return flat(words)


@dataclass(frozen=True)
class Placed:
    text: str
    size: float
    turned: bool  # drawn turned by 180°
    x0: float
    x1: float
    top: float  # from the page's top
    bottom: float


def _placed(data: bytes, page_number: int) -> list[Placed]:
    """The visible glyphs of a page with boxes from their baseline (the body font's
    ascent and descent for every font, see pdf_layout), turned ones included."""
    found = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[page_number]
        for char in page.chars:
            if not char["text"].strip():
                continue
            a, _b, _c, d, _e, f = char["matrix"]
            size = char["size"]
            baseline = float(page.height) - f
            turned = a < 0 and d < 0
            if turned:  # the glyph hangs below its baseline on the page
                top, bottom = baseline - BELOW_BASELINE * size, baseline + ABOVE_BASELINE * size
            else:
                top, bottom = baseline - ABOVE_BASELINE * size, baseline + BELOW_BASELINE * size
            found.append(Placed(char["text"], size, turned, char["x0"], char["x1"], top, bottom))
    return found


def _faces() -> tuple[tuple[float, float, float, float], tuple[float, float, float, float]]:
    """The lower and upper faces' boxes as (left, top, right, bottom) from the page's top."""
    width, height = landscape(A4)
    left, bottom, right, top = face_box()
    lower = (left, height - top, right, height - bottom)
    upper = (width - right, bottom, width - left, top)
    return lower, upper


def _inside(glyph: Placed, box: tuple[float, float, float, float]) -> bool:
    left, top, right, bottom = box
    return (
        left - TOLERANCE <= glyph.x0
        and glyph.x1 <= right + TOLERANCE
        and top - TOLERANCE <= glyph.top
        and glyph.bottom <= bottom + TOLERANCE
    )


# -- the lists ---------------------------------------------------------------------------------
def test_every_person_is_listed_once_under_their_groups_name() -> None:
    workshop, data = _printed()
    grouping = workshop.all(GroupingInfo)[0]
    teams = teams_on_paper(workshop, grouping)
    tents = _tent_pages(data)
    assert len(tents) == len(teams) == 3  # 13 people by about 4
    lists = " ".join(page for n, page in enumerate(_pages(data)) if n not in tents)
    squeezed = "".join(_name_column(data, 0).split())  # long names wrap in their cell
    for name in set(NAMED) - {ARABIC}:
        assert squeezed.count("".join(name.split())) == NAMED.count(name), name
    assert lists.count(ARABIC) == 1  # pdftotext reads right-to-left text in logical order
    assert ORGANISATION_ONLY in lists
    assert lists.startswith(f"{flat(TITLE)} Groupes · Tables du matin GROUPES Tables du matin")
    assert "Groupes : 3 · 13 personnes" in lists
    # Each group's people come after its name and before the next group's.
    for number, team in enumerate(teams):
        start = squeezed.index(f"Table{number + 1}{len(team.members)}personnes")
        end = squeezed.find(f"Table{number + 2}")
        section = squeezed[start : end if end > 0 else len(squeezed)]
        for person in team.members:
            if person.name and person.name != ARABIC:
                assert "".join(person.name.split()) in section
    assert "Rôle" not in lists  # nobody has a role: no such column
    assert all(f not in lists for f in FACILITATORS)  # the facilitators are in no group


def test_the_lists_keep_their_text_inside_the_frame_and_apart() -> None:
    _workshop, data = _printed()
    tents = set(_tent_pages(data))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        upright = [n for n in range(len(pdf.pages)) if n not in tents]
    assert upright == [0]
    from tests.export.pdf_layout import glyphs

    for number in upright:
        assert not collisions(glyphs(data)[number])
    portrait_only = groups_pdf(_lists_only_workshop())  # one group: one tent
    assert outside_frame(_first_page(portrait_only)) == []


def _lists_only_workshop() -> Workshop:
    workshop = paper_workshop()
    grouped(workshop, 20)
    return workshop


def _first_page(data: bytes) -> bytes:
    """The document's first page alone (pdf_layout's frame checks read A4 upright)."""
    from pypdf import PdfWriter

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_roles_get_a_column_and_the_people_in_no_group_are_listed_last() -> None:
    workshop = paper_workshop(participants=[("Ana Roux", "CAF"), ("Jo Li", "Mairie")])
    ana = workshop.where(Person, name="Ana Roux")[0]
    grouping = grouped(workshop, 1)
    workshop.apply(
        ChangeSet.of(
            [
                insert(Person(id=new_id(), role="participant", position=5, name="Zoé Tard")),
                insert(Person(id=new_id(), role="participant", position=6, name="Paul Absent")),
            ]
        )
    )
    absent = workshop.where(Person, name="Paul Absent")[0]
    away = GroupingAbsence(id=new_id(), grouping_id=grouping, person_id=absent.id)
    workshop.apply(ChangeSet.of([insert(away)]))
    workshop.apply(set_person(workshop, ana.id, job="élue"))
    text = " ".join(_pages(groups_pdf(workshop))[:1])
    assert "Nom Organisation Rôle" in text
    assert "Ana Roux CAF élue" in text
    assert text.index("Pas encore dans un groupe 1 personne") < text.index("Zoé Tard")
    assert "Paul Absent" not in text  # marked absent for this grouping: not to be seated


def test_an_empty_group_says_so_and_an_english_workshop_speaks_english() -> None:
    workshop = paper_workshop(participants=[("Ana Roux", "CAF")], language="en")
    grouping = grouped(workshop, 1)
    workshop.apply(
        ChangeSet.of([insert(Team(id=new_id(), grouping_id=grouping, position=5, name=""))])
    )
    text = " ".join(_pages(groups_pdf(workshop)))
    assert "Group 6 0 people Nobody in this group." in text  # a blank name: its number
    assert "Table 1 1 person" in text
    assert text.count("Group 6") == 1 + 2  # the list, and both halves of its tent


# -- the tents ----------------------------------------------------------------------------------
def test_each_tent_has_its_name_on_both_halves_the_upper_one_turned() -> None:
    workshop, data = _printed()
    teams = teams_on_paper(workshop, workshop.all(GroupingInfo)[0])
    lower, upper = _faces()
    pages = _pages(data)
    for team, page in zip(teams, _tent_pages(data), strict=True):
        assert pages[page].count(team.label) == 2
        placed = _placed(data, page)
        name = [g for g in placed if g.size > 40]
        assert {g.text for g in name} == set(team.label.replace(" ", ""))
        assert [g for g in name if g.turned] and [g for g in name if not g.turned]
        assert all(_inside(g, upper) for g in placed if g.turned)
        assert all(_inside(g, lower) for g in placed if not g.turned)
        assert "Page" not in pages[page] and "Édité le" not in pages[page]  # no furniture
    assert "Page 1 sur 1" in pages[0]  # the lists are numbered among themselves


def test_a_tables_name_is_readable_from_five_metres() -> None:
    """ "Table 12" and "Groupe 12" with capitals of about 40 mm; any name of up to two
    lines of 12 letters at READABLE_CAP_MM at least, the people's names under it."""
    members = " · ".join(f"Participant {n}" for n in range(8))
    for label in ("Table 1", "Table 12", "Groupe 12"):
        (size, lines), _ = tent_layout(label, members, "8 personnes")
        assert lines == [label]
        assert size * CAP_HEIGHT / MM >= 33, (label, size * CAP_HEIGHT / MM)
    for label in ("Les Explorateurs", "Mobilités douces", "Équipe Bleue", "WWWWWWWWWWWW"):
        (size, lines), (people_size, people) = tent_layout(label, members, "8 personnes")
        assert len(lines) <= 2 and people and people_size >= groups.MEMBERS_LEAST
        assert size * CAP_HEIGHT / MM >= READABLE_CAP_MM, (label, size * CAP_HEIGHT / MM)


@pytest.mark.parametrize(
    "label",
    [
        "T" * 100,
        "Mobilités douces et solidaires " * 3 + "en milieu rural",
        ARABIC,
        EMOJI,
        "-" * 100,
    ],
)
def test_any_name_fits_its_face_and_is_never_cut(label: str) -> None:
    left, bottom, right, top = face_box()
    width, height = right - left, top - bottom
    members = " · ".join([LONG, LONG_WORD] * 3)  # far too long: their number instead
    (size, lines), (people_size, people) = tent_layout(label[:100], members, "6 personnes")
    assert people == ["6 personnes"] and people_size >= groups.MEMBERS_LEAST
    used = len(lines) * size * LEADING + people_size * LEADING + groups.GAP
    assert used <= height + 0.01
    assert all(line_width(line, BOLD, size) <= width + 0.01 for line in lines)
    assert "".join("".join(lines).split()) == "".join(label[:100].split())


def test_long_and_right_to_left_names_stay_on_their_face_and_read_back() -> None:
    workshop = paper_workshop(participants=[("Ana Roux", "CAF"), ("Jo Li", "Mairie")])
    long_name = "Mobilités douces et solidaires en milieu rural, " * 2
    grouped(workshop, 1, team_names=[long_name[:100], f"فريق {ARABIC}"])
    data = groups_pdf(workshop)
    lower, upper = _faces()
    pages = _pages(data)
    for page in _tent_pages(data):
        placed = _placed(data, page)
        assert all(_inside(g, upper if g.turned else lower) for g in placed)
    assert any(f"فريق {ARABIC}" in page for page in pages)  # logical order, joined
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        fonts = {c["fontname"] for c in pdf.pages[-1].chars}
    assert any("NotoSansArabic" in font for font in fonts)


def test_three_hundred_participants_by_six() -> None:
    workshop = paper_workshop(participants=(), numbered=300)
    grouped(workshop, 6)
    data = groups_pdf(workshop)
    pages = _pages(data)
    tents = _tent_pages(data)
    assert len(tents) == 50
    lists = " ".join(p for n, p in enumerate(pages) if n not in tents)
    assert all(f"Participant {k:04d}" in lists for k in range(300))
    assert all(pages[page].count(f"Table {n + 1} ") >= 1 for n, page in enumerate(tents))


def test_empty_names_print_their_organisation_and_are_left_off_the_tent() -> None:
    workshop = paper_workshop(participants=[("", "Mairie d’Allanche"), ("Ana Roux", "CAF")])
    grouped(workshop, 2)
    pages = _pages(groups_pdf(workshop))
    assert "Mairie d’Allanche" in pages[0]
    assert pages[1].count("Ana Roux") == 2 and "·" not in pages[1]


# -- refusals ------------------------------------------------------------------------------------
def test_no_grouping_no_group_an_unknown_one_and_no_names_are_said() -> None:
    workshop = paper_workshop()
    with pytest.raises(FacilitatorError) as none:
        groups_pdf(workshop)
    assert str(none.value).startswith("The workshop has no groups yet")
    empty = GroupingInfo(id=new_id(), name="Vide", created_at="2026-03-12T10:00:00+01:00")
    workshop.apply(ChangeSet.of([insert(empty)]))
    with pytest.raises(FacilitatorError) as no_team:
        groups_pdf(workshop)
    assert str(no_team.value) == "The grouping “Vide” has no group to print."
    with pytest.raises(FacilitatorError) as gone:
        groups_pdf(workshop, "gone")
    assert "no longer in the workshop" in str(gone.value)
    grouped(workshop, 4, created_at="2026-03-12T11:00:00+01:00")
    with pytest.raises(FacilitatorError) as no_names:
        export_bytes(workshop, "groups-pdf", ExportOptions(names=Names.LEFT_OUT))
    assert str(no_names.value) == (
        "The group lists and table tents name the participants: they cannot be printed "
        "without the names (drop --no-names)."
    )
    assert export_bytes(workshop, "groups-pdf", ExportOptions()).startswith(b"%PDF")


def test_more_people_or_groups_than_the_limits_are_refused() -> None:
    workshop = paper_workshop(participants=())
    grouping = GroupingInfo(id=new_id(), name="Trop", created_at="2026-03-12T10:00:00+01:00")
    team = Team(id=new_id(), grouping_id=grouping.id, name="Table 1")
    people = [
        Person(id=new_id(), role="participant", position=n, name=f"P{n}")
        for n in range(MOST_LISTED + 1)
    ]
    members = [TeamMember(id=new_id(), team_id=team.id, person_id=p.id) for p in people]
    workshop.apply(ChangeSet.of([insert(r) for r in (grouping, team, *people, *members)]))
    with pytest.raises(FacilitatorError) as listed:
        groups_pdf(workshop)
    assert f"more than the {MOST_LISTED} listed at once" in str(listed.value)
    many = paper_workshop(participants=())
    crowded = GroupingInfo(id=new_id(), name="Tables", created_at="2026-03-12T10:00:00+01:00")
    teams = [
        Team(id=new_id(), grouping_id=crowded.id, position=n, name=f"T{n}")
        for n in range(MOST_TEAMS + 1)
    ]
    many.apply(ChangeSet.of([insert(r) for r in (crowded, *teams)]))
    with pytest.raises(FacilitatorError) as tents:
        groups_pdf(many)
    assert f"more than the {MOST_TEAMS} table tents" in str(tents.value)


def test_fonts_are_embedded_and_nothing_declares_helvetica(tmp_path: object) -> None:
    _workshop, data = _printed()
    listing = subprocess.run(
        ["pdffonts", "-"], input=data, capture_output=True, check=False
    ).stdout.decode()
    if not listing:  # older pdffonts read no standard input
        from pathlib import Path

        path = Path(str(tmp_path)) / "groups.pdf"
        path.write_bytes(data)
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
    rows = listing.splitlines()[2:]
    assert rows and all("Helvetica" not in row for row in rows)
    assert all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in rows), rows
