"""The attendance sheet (issue 18), read back: every participant's name once per
sheet, in French collation; the facilitators in the header of every page and never
as a line; one column of boxes per half-day (counted on the page's grid), lines tall
enough to sign; the paper turned for more than one day; 300 participants on the
pages the layout says; hostile names whole and in their place."""

from __future__ import annotations

import functools
import io
import itertools
import math
from collections import Counter

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape

from facilitator.domain.changes import ChangeSet, delete, insert
from facilitator.domain.edits import set_person
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import Day, Person
from facilitator.export import attendance_pdf as sheet
from facilitator.export.attendance_pdf import (
    MOST_PAGES,
    ROW_HEIGHT,
    WALK_IN_LINES,
    HalfDay,
    attendance_layout,
    attendance_pdf,
    half_days,
    most_columns,
    sheets_of,
)
from facilitator.export.pdf_pages import MARGIN
from tests.export.paper_people import (
    ARABIC,
    ARABIC_ORGANISATION,
    COLLATED,
    EMOJI,
    FACILITATORS,
    LONG,
    LONG_WORD,
    NAMED,
    ORGANISATION_ONLY,
    PARTICIPANTS,
    PLACE,
    TITLE,
    TWICE,
    blocks,
    flat,
    page_sizes,
    paper_workshop,
    rules,
)
from tests.export.pdf_layout import FRAME_TOP, collisions, glyphs

MORNING, AFTERNOON = "Matin", "Après-midi"
EDGE = 0.5  # points: rounding of glyph boxes at the margins


@functools.cache
def _two_days() -> bytes:
    return attendance_pdf(paper_workshop())


# -- half-days -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "parts"),
    [
        ("09:30", "17:00", ["morning", "afternoon"]),
        ("09:00", "12:30", ["morning"]),
        ("09:00", "13:00", ["morning"]),  # ends at 13:00: a morning
        ("13:00", "17:30", ["afternoon"]),  # starts at 13:00: an afternoon
        ("14:00", "18:00", ["afternoon"]),
        ("12:30", "13:30", ["morning", "afternoon"]),  # across 13:00: both
        ("08:00", "23:59", ["morning", "afternoon"]),
        ("", "", ["morning", "afternoon"]),  # times missing: both boxes
        ("9h30", "midi", ["morning", "afternoon"]),  # unreadable: both
        ("17:00", "09:00", ["morning", "afternoon"]),  # ends before it starts: both
    ],
)
def test_the_half_days_of_a_day(start: str, end: str, parts: list[str]) -> None:
    workshop = paper_workshop(days=[(start, end)])
    assert [h.part for h in half_days(workshop)] == parts
    assert {h.date for h in half_days(workshop)} == {"2026-03-12"}


def test_a_workshop_with_no_day_has_one_signature_column() -> None:
    workshop = paper_workshop(days=[])
    assert half_days(workshop) == [HalfDay(0, "", "whole")]
    data = attendance_pdf(workshop)
    first = blocks(data)[0]
    assert "Signature" in first and "Dates :" not in " ".join(first)
    xs, _ = rules(data)[0]
    assert len(xs) - 1 == 3 + 1  # number, name, organisation, one box
    assert page_sizes(data)[0] == pytest.approx(A4)


def test_sheets_keep_days_whole_and_even() -> None:
    assert most_columns() == 6

    def parts(days: list[int]) -> list[list[int]]:
        halves = [HalfDay(d, "", "morning") for d, n in enumerate(days, 1) for _ in range(n)]
        return [[h.day for h in s] for s in sheets_of(halves)]

    assert parts([2, 2, 2]) == [[1, 1, 2, 2, 3, 3]]  # a three-day workshop: one sheet
    assert parts([2, 2, 2, 2]) == [[1, 1, 2, 2], [3, 3, 4, 4]]
    assert parts([2, 1, 2, 2]) == [[1, 1, 2, 3, 3], [4, 4]]
    for days in ([2] * 7, [1, 2] * 9, [2] * 30):
        found = parts(days)
        assert all(len(s) <= most_columns() for s in found)
        assert [d for s in found for d in s] == [d for d, n in enumerate(days, 1) for _ in range(n)]
        assert all(s[0] != previous[-1] for previous, s in itertools.pairwise(found))
        assert len(found) == math.ceil(sum(days) / most_columns())


# -- what the sheet says ---------------------------------------------------------------------
def test_every_participant_once_on_each_sheet_in_french_collation() -> None:
    data = _two_days()
    pages = blocks(data)
    cells: Counter[str] = Counter(cell for page in pages for cell in page)
    for name in {flat(n) for n in NAMED} - {flat(LONG_WORD)}:
        assert cells[name] == NAMED.count(name), name  # TWICE: two people, two lines
    # The 200-letter word wraps inside its cell (cut between letters, never shortened).
    squeezed = "".join(c for page in pages for c in " ".join(page) if not c.isspace())
    assert squeezed.count(LONG_WORD) == 1
    assert cells[flat(ARABIC_ORGANISATION)] == 1 and cells[ORGANISATION_ONLY] == 1
    order = [cell for page in pages for cell in page if cell in COLLATED]
    assert order == list(COLLATED)
    # The person with nothing typed has no line: people with a name, then the one with
    # only an organisation, then the blank lines.
    layout = attendance_layout(paper_workshop())
    lines = [line for page in layout.pages for line in page.lines if not line.visa]
    people = [line.person for line in lines if line.person is not None]
    assert len(people) == len(NAMED) + 1
    assert people[-1].name == "" and people[-1].organisation == ORGANISATION_ONLY
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))


def test_the_header_on_every_page_names_the_facilitators_not_as_lines() -> None:
    data = _two_days()
    pages = blocks(data)
    assert len(pages) == len(PdfReader(io.BytesIO(data)).pages) >= 2
    for page in pages:
        text = " ".join(page)
        assert TITLE in text and PLACE in text
        assert "Dates : du jeudi 12 mars 2026 au vendredi 13 mars 2026" in text
        assert f"Animation : {', '.join(sorted(FACILITATORS))}" in text  # in collation
        assert "FEUILLE D’ÉMARGEMENT" in text
        assert "Signature de l’animation" in page  # their own line, signed
        for name in FACILITATORS:
            assert name not in page  # never a line of their own
            assert text.count(name) == 1  # the header only
    layout = attendance_layout(paper_workshop())
    people = {id(line.person) for page in layout.pages for line in page.lines if line.person}
    assert len(people) == len(NAMED) + 1
    roles = {line.person.role for page in layout.pages for line in page.lines if line.person}
    assert roles == {"participant"}
    numbers = [p[-1] for p in pages]
    assert numbers == [f"Page {n} sur {len(pages)}" for n in range(1, len(pages) + 1)]


@pytest.mark.parametrize(
    ("days", "upright"),
    [
        ([("09:30", "17:00")], True),  # one day: two boxes, A4 upright
        ([("09:00", "12:30")], True),
        ([("09:30", "17:00")] * 2, False),
        ([("09:30", "17:00")] * 3, False),  # three days: six half-days on their side
        ([("09:30", "17:00"), ("09:00", "12:00"), ("14:00", "17:00")], False),
        ([("09:30", "17:00")] * 4, False),  # two sheets of four
    ],
)
def test_one_column_of_boxes_per_half_day_and_lines_to_sign_in(
    days: list[tuple[str, str]], upright: bool
) -> None:
    workshop = paper_workshop(days=days)
    halves = half_days(workshop)
    layout = attendance_layout(workshop)
    data = attendance_pdf(workshop)
    assert layout.landscape is not upright
    expected = A4 if upright else landscape(A4)
    assert all(size == pytest.approx(expected) for size in page_sizes(data))
    assert len(PdfReader(io.BytesIO(data)).pages) == len(layout.pages)
    columns = [len(layout.sheets[page.sheet]) for page in layout.pages]
    assert sum(len(s) for s in layout.sheets) == len(halves)
    pages = blocks(data)
    for number, ((xs, ys), boxes) in enumerate(zip(rules(data), columns, strict=True)):
        assert len(xs) - 1 == 3 + boxes  # number, name, organisation, the boxes
        text = " ".join(pages[number])
        assert text.count(MORNING) + text.count(AFTERNOON) == boxes
        widths = [b - a for a, b in itertools.pairwise(xs[3:])]
        assert min(widths) >= sheet.SIGNATURE_LEAST - 0.1
        table = [y for y in ys if y > FRAME_TOP]  # not the running header's rule
        heights = [b - a for a, b in itertools.pairwise(table[1:])]  # below the headings
        assert min(heights) >= ROW_HEIGHT - 0.1  # 12 mm: room to sign
        width = (landscape(A4) if not upright else A4)[0]
        assert xs[0] >= MARGIN - EDGE and xs[-1] <= width - MARGIN + EDGE
    if len(layout.sheets) > 1:
        assert "FEUILLE D’ÉMARGEMENT · FEUILLE 2 SUR 2" in " ".join(pages[-1])


def test_three_hundred_participants_over_three_days() -> None:
    workshop = paper_workshop(days=[("09:30", "17:00")] * 3, participants=(), numbered=300)
    layout = attendance_layout(workshop)
    data = attendance_pdf(workshop)
    assert layout.landscape and [len(s) for s in layout.sheets] == [6]
    per_page = int(sheet._Writer(workshop).room(0) // ROW_HEIGHT)  # every line is one high
    assert per_page >= 10
    assert len(layout.pages) == math.ceil((300 + WALK_IN_LINES) / per_page)
    assert len(PdfReader(io.BytesIO(data)).pages) == len(layout.pages) == 31
    assert all(len(p.lines) == per_page + 1 for p in layout.pages)  # full, and the visa
    cells = Counter(cell for page in blocks(data) for cell in page)
    assert all(cells[f"Participant {k:04d}"] == 1 for k in range(300))


def test_hostile_names_stay_whole_and_in_their_place() -> None:
    """A 200-character name wraps in its cell (its line grows), Arabic reads back in
    logical order and is set flush right, an emoji is drawn; no glyph over another,
    none in the margins."""
    data = _two_days()
    cells = {cell for page in blocks(data) for cell in page}
    assert flat(LONG) in cells and flat(ARABIC) in cells and EMOJI in cells
    layout = attendance_layout(paper_workshop())
    tall = [line for page in layout.pages for line in page.lines if line.height > ROW_HEIGHT]
    assert any(line.person is not None and line.person.name == LONG for line in tall)
    for number, page in enumerate(glyphs(data)):
        width, height = page_sizes(data)[number]
        assert not collisions(page), collisions(page)[:3]
        for glyph in page:
            assert glyph.x0 >= MARGIN - EDGE and glyph.x1 <= width - MARGIN + EDGE, str(glyph)
            assert glyph.top >= 20 and glyph.bottom <= height - 20, str(glyph)


def test_no_participant_gives_a_sheet_of_blank_lines() -> None:
    workshop = paper_workshop(participants=())
    layout = attendance_layout(workshop)
    assert len(layout.pages) == 1
    lines = layout.pages[0].lines
    assert all(line.person is None for line in lines)
    assert len(lines) - 1 >= WALK_IN_LINES and lines[-1].visa
    text = blocks(attendance_pdf(workshop))[0]
    assert [str(n) for n in range(1, len(lines))] == [c for c in text if c.isdigit()]


def test_a_role_in_the_room_is_printed_under_the_organisation() -> None:
    """French attendance sheets ask for the "fonction": a participant's role (issue 18,
    Person.job) is under their organisation, the column named for both; without any
    role the column is the organisation's alone."""
    workshop = paper_workshop(participants=[("Ana Roux", "CAF"), ("Jo Li", "")])
    people = workshop.where(Person, role="participant")
    for person, job in zip(people, ("agente", "élu"), strict=True):
        workshop.apply(set_person(workshop, person.id, job=job))
    text = blocks(attendance_pdf(workshop))[0]
    assert "Organisation, rôle" in text and "Organisation" not in text
    assert "CAF agente" in text and "élu" in text
    with pdfplumber.open(io.BytesIO(attendance_pdf(workshop))) as pdf:
        fonts = {c["fontname"] for c in pdf.pages[0].chars if c["text"] in "agente"}
    assert any("Oblique" in font for font in fonts)  # the role in italics
    assert "Organisation, rôle" not in blocks(attendance_pdf(paper_workshop()))[0]


def test_blank_lines_fill_the_last_page() -> None:
    for count in (0, 1, 9, 10, 11, 25):
        workshop = paper_workshop(participants=[(f"Personne {k}", "") for k in range(count)])
        writer = sheet._Writer(workshop)
        layout = writer.layout()
        last = [line for line in layout.pages[-1].lines if not line.visa]
        blanks = sum(line.person is None for page in layout.pages for line in page.lines)
        blanks -= len(layout.pages)  # the visa lines
        assert blanks >= WALK_IN_LINES
        used = sum(line.height for line in last)
        assert writer.room(0) - used < ROW_HEIGHT  # no room left for one more line


def test_english_words_for_an_english_workshop() -> None:
    data = attendance_pdf(paper_workshop(language="en"))
    text = " ".join(blocks(data)[0])
    for words in ("ATTENDANCE SHEET", "Thu 12 Mar Morning", "Fri 13 Mar Afternoon", "Name"):
        assert words in text, words
    assert "Facilitators: Claire Dumas, Yanis Benali" in text
    assert "Facilitator’s signature" in text and "Page 1 of" in text


def test_a_header_too_long_is_shrunk_and_the_lines_still_fit() -> None:
    workshop = paper_workshop()
    many = [
        Person(id=f"f{k}", role="facilitator", position=10 + k, name=f"{'Animatrice ' * 18}{k}")
        for k in range(40)
    ]
    workshop.apply(ChangeSet.of([insert(p) for p in many]))
    writer = sheet._Writer(workshop)
    assert writer.header_height(0) == pytest.approx(sheet.HEADER_MOST * writer.frame_height)
    layout = writer.layout()
    data = attendance_pdf(workshop)
    assert len(PdfReader(io.BytesIO(data)).pages) == len(layout.pages)


def test_more_pages_than_the_limit_are_refused_before_measuring() -> None:
    workshop = paper_workshop(days=[("09:30", "17:00")] * 30, participants=(), numbered=1_000)
    with pytest.raises(FacilitatorError) as refused:
        attendance_layout(workshop)
    said = str(refused.value)
    assert f"more than {MOST_PAGES} pages" in said and "1000 participants, 60 half-days" in said


def test_days_in_any_order_give_the_first_and_last_dates() -> None:
    workshop = paper_workshop(days=[("09:30", "17:00")] * 2)
    first, second = workshop.all(Day)
    workshop.apply(ChangeSet.of([delete(first)]))
    text = " ".join(blocks(attendance_pdf(workshop))[0])
    assert "Dates : vendredi 13 mars 2026" in text
    assert second.date == "2026-03-13"


def test_the_participants_fixture_is_what_the_tests_think() -> None:
    assert len(PARTICIPANTS) == len(NAMED) + 2
    assert len(LONG) == len(LONG_WORD) == 200 and TWICE in NAMED
