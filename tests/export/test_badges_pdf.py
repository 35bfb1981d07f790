"""Name badges (issue 18), read back: each label sheet's layout inside the A4 sheet and
the printer's reach, every glyph inside its label's text box, every participant's
name on one label (read label by label with pdftotext), in French collation, long
names shrunk then wrapped and never cut, Arabic in logical order and joined, the
facilitators' badges when asked, and nobody to print said in a sentence."""

from __future__ import annotations

import functools
import io
import math
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.ids import new_id
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import Person
from facilitator.export import badges_pdf as badges
from facilitator.export.badges_pdf import (
    MOST_BADGES,
    ONE_LINE_LEAST,
    Badge,
    badges_of,
    badges_pdf,
    broken,
    fit,
    group_line,
)
from facilitator.export.label_sheets import (
    LABEL_SHEETS,
    MM,
    PRINTER_EDGE_MM,
    SHEET_HEIGHT_MM,
    SHEET_WIDTH_MM,
    LabelSheet,
)
from facilitator.export.pdf_text import BODY, BOLD, line_width
from tests.export.paper_people import (
    ARABIC,
    COLLATED,
    EMOJI,
    FACILITATORS,
    LONG,
    LONG_WORD,
    NAMED,
    ORGANISATION_ONLY,
    TITLE,
    flat,
    grouped,
    paper_workshop,
)
from tests.export.pdf_layout import collisions, glyphs

SHEETS = list(LABEL_SHEETS.values())
TOLERANCE = 0.5  # points: rounding of glyph boxes
# What the packets say: labels a sheet, and a label's size in millimetres.
PACKETS = {"l4785": (10, 80, 50), "c32011": (10, 85, 54), "3475": (24, 70, 36)}


@functools.cache
def _printed(key: str, with_facilitators: bool = True) -> bytes:
    return badges_pdf(paper_workshop(), key, with_facilitators=with_facilitators)


def _label_texts(data: bytes, sheet: LabelSheet) -> list[str]:
    """Every label's text, page by page and label by label (pdftotext cropped to the
    label: right-to-left text in logical order), blanks single; "" for an empty one."""
    pages = len(PdfReader(io.BytesIO(data)).pages)
    texts = []
    for page in range(1, pages + 1):
        for index in range(sheet.per_sheet):
            left, top, right, bottom = (v * MM for v in sheet.label_box(index))
            crop = ["-x", f"{left:.0f}", "-y", f"{top:.0f}"]
            crop += ["-W", f"{right - left:.0f}", "-H", f"{bottom - top:.0f}"]
            done = subprocess.run(
                ["pdftotext", "-f", str(page), "-l", str(page), *crop, "-", "-"],
                input=data,
                capture_output=True,
                check=True,
            )
            texts.append(flat(done.stdout.decode("utf-8")))
    return texts


# -- the sheets ------------------------------------------------------------------------------
@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.key)
def test_every_label_is_on_the_sheet_and_its_text_within_the_printers_reach(
    sheet: LabelSheet,
) -> None:
    count, width, height = PACKETS[sheet.key]
    assert (sheet.per_sheet, sheet.width, sheet.height) == (count, width, height)
    boxes = [sheet.label_box(i) for i in range(sheet.per_sheet)]
    for left, top, right, bottom in boxes:
        assert 0 <= left < right <= SHEET_WIDTH_MM + 1e-9
        assert 0 <= top < bottom <= SHEET_HEIGHT_MM + 1e-9
    for n, a in enumerate(boxes):  # no two labels overlap
        for b in boxes[n + 1 :]:
            assert min(a[2], b[2]) <= max(a[0], b[0]) + 1e-9 or min(a[3], b[3]) <= max(a[1], b[1])
    for index, (left, top, right, bottom) in enumerate(boxes):
        t_left, t_top, t_right, t_bottom = sheet.text_box(index)
        assert left < t_left < t_right < right and top < t_top < t_bottom < bottom
        assert t_left >= PRINTER_EDGE_MM and t_top >= PRINTER_EDGE_MM
        assert t_right <= SHEET_WIDTH_MM - PRINTER_EDGE_MM
        assert t_bottom <= SHEET_HEIGHT_MM - PRINTER_EDGE_MM
        assert t_right - t_left >= 55 and t_bottom - t_top >= 28  # room for a name


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.key)
def test_every_glyph_is_inside_its_labels_text_box(sheet: LabelSheet) -> None:
    data = _printed(sheet.key)
    boxes = [
        (left * MM, top * MM, right * MM, bottom * MM)
        for left, top, right, bottom in (sheet.text_box(i) for i in range(sheet.per_sheet))
    ]
    for page in glyphs(data):
        assert not collisions(page), collisions(page)[:3]
        for glyph in page:
            inside = [
                box
                for box in boxes
                if box[0] - TOLERANCE <= glyph.x0
                and glyph.x1 <= box[2] + TOLERANCE
                and box[1] - TOLERANCE <= glyph.top
                and glyph.bottom <= box[3] + TOLERANCE
            ]
            assert len(inside) == 1, str(glyph)


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.key)
def test_every_name_on_one_label_in_french_collation(sheet: LabelSheet) -> None:
    data = _printed(sheet.key, with_facilitators=False)
    labels = [t for t in _label_texts(data, sheet) if t]
    people = len(NAMED) + 1  # and the one with an organisation only; not the empty row
    assert len(labels) == people
    assert len(PdfReader(io.BytesIO(data)).pages) == math.ceil(people / sheet.per_sheet)
    assert all(label.startswith(flat(TITLE)[:20]) for label in labels)  # the title, small
    squeezed = ["".join(label.split()) for label in labels]
    for name in set(NAMED):
        found = [s for s in squeezed if "".join(name.split()) in s]
        assert len(found) == NAMED.count(name), name  # TWICE: two people, two badges
    order = [n for label in labels for n in COLLATED if flat(TITLE) + " " + n in label]
    assert order == list(COLLATED)
    assert any(flat(f"{TITLE} {ARABIC}") in label for label in labels)  # logical order
    assert any(label.endswith(ORGANISATION_ONLY) for label in labels)
    assert all(f not in " ".join(labels) for f in FACILITATORS)


def test_arabic_is_joined_and_drawn_in_its_font() -> None:
    data = _printed("l4785")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    arabic = [c for c in chars if "NotoSansArabic" in c["fontname"]]
    assert arabic  # joined forms are presentation forms, read back as letters
    assert {c["text"] for c in arabic} >= set(ARABIC.replace(" ", "")) - {"ة"}


def test_the_facilitators_badges_come_last_and_say_so() -> None:
    sheet = LABEL_SHEETS["3475"]
    labels = [t for t in _label_texts(_printed("3475"), sheet) if t]
    assert labels[-2:] == [
        flat(f"{TITLE} {name} Lab’@rchipel Animation") for name in sorted(FACILITATORS)
    ]
    assert sum("Animation" in label for label in labels) == 2


# -- fitting a name --------------------------------------------------------------------------
@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.key)
def test_names_shrink_to_one_line_then_wrap_and_are_never_cut(sheet: LabelSheet) -> None:
    left, top, right, bottom = sheet.text_box(0)
    box = ((right - left) * MM, (bottom - top) * MM * 0.6)
    size, lines = fit("Ana Roux", BOLD, box, sheet.name_size, sheet.name_size * ONE_LINE_LEAST)
    assert (size, lines) == (sheet.name_size, ["Ana Roux"])
    medium = "Nadia Haddad-Roux"
    assert line_width(medium, BOLD, sheet.name_size) > box[0]
    assert line_width(medium, BOLD, sheet.name_size * ONE_LINE_LEAST) <= box[0]
    size, lines = fit(medium, BOLD, box, sheet.name_size, sheet.name_size * ONE_LINE_LEAST)
    assert lines == [medium] and sheet.name_size * ONE_LINE_LEAST <= size < sheet.name_size
    for name in (LONG, LONG_WORD, "Marie-Christine Dupont-Aignan de La Tour d’Auvergne", EMOJI):
        size, lines = fit(name, BOLD, box, sheet.name_size, sheet.name_size * ONE_LINE_LEAST)
        assert len(lines) * size * badges.LEADING <= box[1]
        assert all(line_width(line, BOLD, size) <= box[0] for line in lines)
        assert "".join("".join(lines).split()) == "".join(name.split())  # nothing lost
        assert size >= badges.SMALLEST_SIZE
    size, lines = fit(LONG_WORD, BOLD, box, sheet.name_size, sheet.name_size * ONE_LINE_LEAST)
    assert len(lines) > 1  # cut between letters, every letter kept


WORDS = st.lists(
    st.sampled_from([*"aeiouWMmé-' ", "🦊", "م", "ح", "e\u0301", "\u200d", "\u200c"]),
    min_size=1,
    max_size=120,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(WORDS, st.floats(min_value=20, max_value=300), st.sampled_from([4.0, 9.0, 24.0]))
def test_breaking_keeps_every_character_in_order(text: str, width: float, size: float) -> None:
    """Every character but the spaces broken at, in order; a line wider than `width` is
    one piece that cannot be cut (a letter with its marks, an emoji joined to another)."""
    lines = broken(text, width, size, BOLD)
    assert "".join("".join(lines).split()) == "".join(text.split())
    for line in lines:
        if line_width(line, BOLD, size) > width:
            cuts = badges._cut_points(line)
            assert " " not in line
            assert all(line_width(line[:cut], BOLD, size) > width for cut in cuts), line


# -- who, how many, what else ----------------------------------------------------------------
def test_three_hundred_participants_fill_the_sheets() -> None:
    workshop = paper_workshop(participants=(), numbered=300)
    for sheet in SHEETS:
        data = badges_pdf(workshop, sheet.key)
        assert len(PdfReader(io.BytesIO(data)).pages) == math.ceil(300 / sheet.per_sheet)
    sheet = LABEL_SHEETS["3475"]
    labels = _label_texts(badges_pdf(workshop, "3475"), sheet)
    assert labels[:300] == [
        flat(f"{TITLE} Participant {k:04d} Organisation {k % 17}") for k in range(300)
    ]
    assert labels[300:] == [""] * (13 * 24 - 300)  # left blank, for walk-ins


def test_nobody_to_print_is_said_and_the_facilitators_on_demand() -> None:
    workshop = paper_workshop(participants=())
    with pytest.raises(FacilitatorError) as refused:
        badges_pdf(workshop)
    assert str(refused.value).startswith("No name badge to print")
    assert [b.name for b in badges_of(workshop, with_facilitators=True)] == sorted(FACILITATORS)
    assert badges_pdf(workshop, with_facilitators=True).startswith(b"%PDF")
    empty = paper_workshop(participants=[("", ""), (" ", "\t")])
    assert badges_of(empty) == []


def test_more_badges_than_the_limit_are_refused() -> None:
    workshop = paper_workshop(participants=(), numbered=MOST_BADGES + 1)
    with pytest.raises(FacilitatorError) as refused:
        badges_pdf(workshop)
    assert f"more than the {MOST_BADGES}" in str(refused.value)


def test_the_group_line_names_the_team_of_the_latest_grouping_or_the_chosen_one() -> None:
    """No grouping: no line. Then each participant's table in the most recent grouping
    (whatever the groupings' order and offsets), or in the one chosen by its id; a
    person in no team of it (added since) has none; an unknown id is said."""
    workshop = paper_workshop(participants=[("Ana Roux", "CAF"), ("Jo Li", "Mairie")])
    ana = workshop.where(Person, name="Ana Roux")[0]
    assert group_line(workshop, ana) == ""
    assert badges_of(workshop)[0] == Badge("Ana Roux", "CAF", "")
    morning = grouped(workshop, 1, name="Matin", created_at="2026-03-12T09:00:00+01:00")
    assert group_line(workshop, ana) in ("Table 1", "Table 2")
    # Made later in the day (10:00 in Paris is 09:00 UTC, later than 08:00 UTC).
    grouped(
        workshop,
        2,
        name="Ateliers",
        created_at="2026-03-12T09:00:00+00:00",
        team_names=["Les Explorateurs"],
    )
    assert group_line(workshop, ana) == "Les Explorateurs"
    # Stored after them but made the day before; an unreadable time counts as oldest.
    grouped(workshop, 1, name="Veille", created_at="2026-03-11T18:00:00+01:00")
    grouped(workshop, 1, name="Sans date", created_at="hier")
    assert group_line(workshop, ana) == "Les Explorateurs"
    assert group_line(workshop, ana, morning) in ("Table 1", "Table 2")
    data = badges_pdf(workshop, "3475")
    sheet = LABEL_SHEETS["3475"]
    assert _label_texts(data, sheet)[0] == flat(f"{TITLE} Ana Roux CAF Les Explorateurs")
    chosen = _label_texts(badges_pdf(workshop, "3475", grouping_id=morning), sheet)[0]
    assert chosen in [flat(f"{TITLE} Ana Roux CAF Table {n}") for n in (1, 2)]
    workshop.apply(
        ChangeSet.of(
            [insert(Person(id=new_id(), role="participant", position=9, name="Zoé Nouvelle"))]
        )
    )
    assert badges_of(workshop)[-1] == Badge("Zoé Nouvelle", "", "")
    with pytest.raises(FacilitatorError) as gone:
        badges_pdf(workshop, grouping_id="no-such-grouping")
    assert str(gone.value) == "The grouping chosen for the paper is no longer in the workshop."


def test_an_unknown_sheet_is_a_key_error_and_fonts_are_embedded(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        badges_pdf(paper_workshop(), "l9999")
    path = tmp_path / "badges.pdf"
    path.write_bytes(_printed("c32011"))
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    assert rows and all("Helvetica" not in row for row in rows)
    assert all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in rows), rows
    assert BODY  # the body font draws the organisation and the title
