"""Exports linear in their text (issue 22): a 5,000-line idea made the synthesis take
11 s, the time growing with the square of its lines, because reportlab lays a paragraph
out again, whole, each time it splits it at a page's foot. A long text is now set as
pieces of CHUNK_LINES lines that read as one paragraph (pdf_text.long_paragraphs).

Growth is checked without timing: the lines reportlab breaks (every call of
`Paragraph.breakLines`, counted by a spy that runs the real one) grow as the text's
lines, in the synthesis, the cards and the agenda. Then the output: every line read back
with pypdf, in order, on a line of its own; the pieces as tall as the one paragraph they
replace; no glyph over another; right-to-left text and bullets kept. The curves with
their times: `python -m tests.bench --only growth`."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph

from facilitator.domain import agenda, board, card_template, cards
from facilitator.domain.factory import new_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import LONG, AgendaItem, Day
from facilitator.domain.text import TextTooLongError
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop
from facilitator.export.agenda_pdf import agenda_pdf
from facilitator.export.cards_pdf import cards_pdf
from facilitator.export.ideas_csv import ideas_csv
from facilitator.export.pdf_text import (
    BODY,
    CHUNK_LINES,
    TextParagraph,
    chunks,
    long_paragraphs,
    register_fonts,
    rich,
)
from facilitator.export.synthesis_md import synthesis_markdown
from facilitator.export.synthesis_pdf import synthesis_pdf
from tests.bench.growth import IDEA_LINES, card_lines, idea_lines, instruction_lines
from tests.export.pdf_layout import outside_frame, overlapping_glyphs

EXPORTS: dict[str, tuple[Callable[[int], Workshop], Callable[[Workshop], bytes]]] = {
    "synthesis": (idea_lines, synthesis_pdf),
    "cards": (card_lines, cards_pdf),
    "agenda": (instruction_lines, lambda workshop: agenda_pdf(workshop, "facilitator")),
}
# Where each line of the text is printed: the synthesis sets an idea twice (by cluster
# and in the annex), the cards and the agenda once.
APPEARANCES = {"synthesis": 2, "cards": 1, "agenda": 1}


@pytest.fixture
def broken_lines(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The lines of every `Paragraph.breakLines` call, appended as they are made (the
    real method runs; the spy only counts)."""
    counted: list[int] = []
    original = Paragraph.breakLines

    def counting(paragraph: Paragraph, widths: object) -> object:
        laid_out = original(paragraph, widths)
        counted.append(len(laid_out.lines))
        return laid_out

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    yield counted


def _work(export: str, lines: int, counted: list[int]) -> int:
    """The lines reportlab broke to make `export` of a workshop holding `lines` lines."""
    build, make = EXPORTS[export]
    workshop = build(lines)
    counted.clear()
    make(workshop)
    return sum(counted)


@pytest.mark.parametrize("export", list(EXPORTS))
def test_the_layout_work_grows_as_the_lines(export: str, broken_lines: list[int]) -> None:
    """Doubling the lines doubles the lines laid out (a paragraph split at each page
    broke 13,559, 47,814 then 177,501 lines for the synthesis of 500, 1,000 and 2,000
    lines: four times as many each time); each line is laid out twice at most where it
    is printed (once, and again where its piece is split at a page's foot)."""
    base = _work(export, 0, broken_lines)
    work = {n: _work(export, n, broken_lines) - base for n in (500, 1_000, 2_000)}
    assert work[2_000] <= 2.2 * work[1_000]
    assert work[1_000] <= 2.2 * work[500]
    assert work[2_000] <= 2 * APPEARANCES[export] * 2_000


def test_the_issue_example_a_5000_line_idea(broken_lines: list[int]) -> None:
    """The issue's example: the synthesis of one idea of 5,000 lines (the most an idea
    holds: records.LONG characters) lays out each line about once where it is printed,
    not once per page left (some 80 pages: over a million lines before)."""
    assert IDEA_LINES == 5_000
    work = _work("synthesis", 5_000, broken_lines)
    assert 2 * 5_000 <= work <= 2 * 2 * 5_000


def test_an_idea_holds_5000_lines_of_one_letter_and_no_more() -> None:
    """The inputs of the curves are texts a user can type: an idea holds LONG
    characters, 5,000 lines of one letter; one line more is refused, not cut."""
    workshop = new_workshop("Atelier")
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    most = "\n".join("x" * IDEA_LINES)
    assert len(most) == LONG - 1
    changes, ids = board.capture(workshop, board_id, [most])
    workshop.apply(changes)
    assert len(ids) == 1
    with pytest.raises(TextTooLongError):
        board.capture(workshop, board_id, [most + "\nx"])


# -- the output, read back ---------------------------------------------------------------
NUMBERED = re.compile(r"ligne \d{4}")


def _numbered(count: int) -> str:
    return "\n".join(f"ligne {n:04d}" for n in range(count))


def _read_back(data: bytes) -> list[str]:
    """The numbered lines pypdf reads in the PDF, in order; each must be on a line of
    its own (a line break kept)."""
    found: list[str] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for line in (page.extract_text() or "").splitlines():
            on_line = NUMBERED.findall(line)
            assert len(on_line) <= 1, line
            found += on_line
    return found


def _long_idea(text: str) -> Workshop:
    workshop = new_workshop("Atelier")
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    changes, _ = board.capture_signed(workshop, board_id, [(text, "Camille")])
    workshop.apply(changes)
    return workshop


def test_the_synthesis_prints_every_line_of_a_long_idea_twice_in_order() -> None:
    """An idea of 800 lines (13 pages): by cluster, then in the annex, every line once
    each time, in order, each on its own line; nothing drawn over anything."""
    text = _numbered(800)
    data = synthesis_pdf(_long_idea(text))
    assert _read_back(data) == text.split("\n") * 2
    assert overlapping_glyphs(data) == []
    assert outside_frame(data) == []


def test_the_cards_print_every_line_of_a_long_field_in_order() -> None:
    workshop = new_workshop("Atelier")
    changes, card_id = cards.create_card(workshop, "Prototype")
    workshop.apply(changes)
    text = _numbered(900)  # 9,899 characters: a card field holds LONG
    field = card_template.fields_of(workshop)[0]
    workshop.apply(cards.set_value(workshop, card_id, field.id, text))
    data = cards_pdf(workshop)
    assert _read_back(data) == text.split("\n")
    assert overlapping_glyphs(data) == []


def test_the_agenda_prints_every_line_of_long_instructions_in_order() -> None:
    """Instructions of 450 lines (4,949 characters: they hold 5,000), and the same as
    notes for the facilitator: both read back whole, in order."""
    workshop = new_workshop("Atelier")
    day = workshop.all(Day)[0]
    text = _numbered(450)
    item = AgendaItem(id=new_id(), day_id=day.id, duration_min=15)
    item = with_values(item, title="Consignes", participant_instructions=text)
    item = with_values(item, facilitator_notes=text)
    workshop.apply(agenda.add_item(workshop, item))
    assert _read_back(agenda_pdf(workshop, "participants")) == text.split("\n")
    data = agenda_pdf(workshop, "facilitator")
    assert _read_back(data) == text.split("\n") * 2
    assert overlapping_glyphs(data) == []


def test_the_markdown_and_the_csv_keep_every_line_of_a_5000_line_idea() -> None:
    text = "\n".join(chr(ord("a") + n % 26) for n in range(IDEA_LINES))
    workshop = _long_idea(text)
    rows = list(csv.reader(io.StringIO(ideas_csv(workshop).decode("utf-8-sig")), delimiter=";"))
    assert rows[1][2] == text
    markdown = synthesis_markdown(workshop)
    # A list item: each line a hard break, the next indented inside the item.
    assert "- " + "\\\n  ".join(text.split("\n")) + "\n" in markdown


# -- the pieces ------------------------------------------------------------------------------
def test_a_long_text_is_cut_at_its_line_breaks_into_pieces_of_chunk_lines() -> None:
    text = _numbered(1_000)
    pieces = chunks(text)
    assert "\n".join(pieces) == text
    assert len(pieces) == 1_000 // CHUNK_LINES
    assert all(piece.count("\n") + 1 == CHUNK_LINES for piece in pieces)
    assert chunks(_numbered(CHUNK_LINES)) == [_numbered(CHUNK_LINES)]
    # One or two last lines join the piece before: two blank lines ending a paragraph
    # would be set as none.
    assert chunks(_numbered(CHUNK_LINES + 2)) == [_numbered(CHUNK_LINES + 2)]
    assert len(chunks(_numbered(CHUNK_LINES + 3))) == 2


LINE_TEXTS = st.sampled_from(
    ["", " ", "\u00a0", "mot", "deux mots", "R&D <b>", "x" * 120, "مرحبا بكم", "\u200b", "\t"]
)


@settings(max_examples=80, deadline=None)
@given(lines=st.lists(LINE_TEXTS, min_size=CHUNK_LINES + 1, max_size=4 * CHUNK_LINES))
def test_the_pieces_are_as_tall_as_the_paragraph_they_replace(lines: list[str]) -> None:
    """Blank lines, spaces, words longer than a line, Arabic, markup characters: the
    pieces, stacked, take the height of the single paragraph (the same lines)."""
    register_fonts()
    style = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5)
    text = "\n".join(lines)
    whole = TextParagraph(rich(text), style).wrap(300, 1e6)[1]
    pieces = long_paragraphs(text, style)
    assert sum(piece.wrap(300, 1e6)[1] for piece in pieces) == pytest.approx(whole)


def test_the_pieces_keep_the_whole_text_s_direction_and_its_bullet() -> None:
    """A right-to-left text whose later lines are Latin stays right to left in every
    piece (the direction of its first strong letter), set flush right; a bullet opens
    the first piece only, and what follows the text (a team's name) ends the last."""
    register_fonts()
    style = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5)
    text = "\n".join(["مرحبا بكم"] * CHUNK_LINES + ["Latin first"] * CHUNK_LINES)
    pieces = long_paragraphs(text, style)
    assert len(pieces) == 2
    assert [p.base_level for p in pieces] == [1, 1]
    assert [p.style.alignment for p in pieces] == [TA_RIGHT, TA_RIGHT]
    listed = long_paragraphs(text, style, bullet="•", after="<i>Équipe</i>")
    assert [p.bulletText for p in listed] == ["•", None]
    assert [p.style.alignment for p in listed] == [TA_LEFT, TA_LEFT]
    assert listed[-1].text.endswith("<i>Équipe</i>")
    assert [p.style.leftIndent for p in listed] == [style.leftIndent] * 2
