"""Name badges (`facilitator export --format badges [--labels KEY]
[--with-facilitators]`): one label per person on A4 label sheets (`label_sheets`),
the name large, the organisation under it, the workshop's title small at the top.

- Who: the participants (`export.roster`: sorted by name in French collation, so
  that badges are handed out in the attendance sheet's order); with
  `with_facilitators`, the facilitators after them, their badge saying "Animation".
  A person with only an organisation gets it under a blank line, to write the name
  by hand; one with neither gets no badge (the labels left over at the end of the
  last sheet are blank, for walk-ins). Nobody to print: FacilitatorError
  (NOBODY_FOR_BADGES); an empty sheet would waste a sheet of labels.
- Fitting (`fit`): a name is set on one line at the sheet's `name_size`, shrunk down to
  ONE_LINE_LEAST of it; longer, it wraps (at spaces, then after hyphens, then between
  letters for a word wider than the label) at the largest size whose lines fit the
  room, down to SMALLEST_SIZE: never cut. The organisation likewise, in at most
  ORGANISATION_SHARE of the label's height. Right-to-left names are joined and
  ordered line by line (`pdf_text.draw_line`), each line centred.
- Nothing is drawn outside a label's text box (`LabelSheet.text_box`: its padding,
  and PRINTER_EDGE_MM from the paper's edges); no outline is printed (on a die-cut
  sheet a printer's millimetre of drift would show it on the label's edge).
- The group or table line (`group_line`): the name of the person's team in the most
  recent grouping (`roster.latest_grouping`), or in the grouping chosen by its id
  (`grouping_id`, the command line's `--grouping NAME`); empty for a person in no team
  of it (absent, or added since) and when the workshop has no grouping. Badges are
  printed once the tables are known: the last groups made are the room's.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import Language, Person
from facilitator.domain.workshop import Workshop
from facilitator.export.label_sheets import DEFAULT_LABELS, LABEL_SHEETS, MM, LabelSheet
from facilitator.export.pdf_metadata import PdfInfo, declare
from facilitator.export.pdf_pages import ACCENT, INK, MUTED
from facilitator.export.pdf_text import BODY, BOLD, draw_line, fitted, line_width, register_fonts
from facilitator.export.roster import chosen_grouping, roster, shown, team_names
from facilitator.export.words import word

ONE_LINE_LEAST = 0.6  # of the sheet's name size: below this, a name wraps instead
SMALLEST_SIZE = 4.0  # points: the least size of a name or an organisation (a 200-character
# name of wide letters fits a 70 x 36 mm label at this size; Person.name holds 200)
ORGANISATION_SHARE = 0.3  # of the text box's height, at most, for the organisation
LEADING = 1.18  # line height, in ems
ASCENT = 0.85  # from a line's top to its baseline, in ems (DejaVu Sans: 0.76, plus half
# of the leading's extra)
GAP = 1.5 * MM  # between the title's rule and the name, the name and the organisation
ORGANISATION_INK = Color(0.2, 0.2, 0.2)
MOST_BADGES = 5_000  # at once (500 sheets of 10; about 0.8 s here): the file format holds
# any number of people (a JSON import)

NOBODY_FOR_BADGES = QT_TRANSLATE_NOOP(
    "Export",
    "No name badge to print: the workshop lists no participant with a name or an "
    "organisation (add them in the workshop's details).",
)
TOO_MANY_BADGES = QT_TRANSLATE_NOOP(
    "Export", "{count} name badges are more than the {most} printed at once."
)


@dataclass(frozen=True)
class Badge:
    """What one label says: a name, an organisation, and the third line (the group or
    table, or "Animation" for a facilitator); each may be empty."""

    name: str
    organisation: str
    group: str = ""


def group_line(workshop: Workshop, person: Person, grouping_id: str | None = None) -> str:
    """The group or table line of `person`'s badge: the name of their team in the
    grouping `grouping_id` (None: the most recent one), "" when they are in none or the
    workshop has no grouping. FacilitatorError for an id that is not a grouping
    (roster.GROUPING_GONE)."""
    return team_names(workshop, chosen_grouping(workshop, grouping_id)).get(person.id, "")


def badges_of(
    workshop: Workshop, *, with_facilitators: bool = False, grouping_id: str | None = None
) -> list[Badge]:
    """The badges to print, in order: the participants, each with their team in the
    grouping `grouping_id` (None: the most recent one, `group_line`), then (when asked)
    the facilitators (see the module's notes)."""
    language: Language = workshop.info.language
    teams = team_names(workshop, chosen_grouping(workshop, grouping_id))
    badges = [
        Badge(shown(p.name), shown(p.organisation), teams.get(p.id, "")) for p in roster(workshop)
    ]
    if with_facilitators:
        role = word(language, "facilitator_badge")
        badges += [
            Badge(shown(p.name), shown(p.organisation), role)
            for p in roster(workshop, "facilitator")
        ]
    return badges


# -- fitting text in a box -----------------------------------------------------------------
def _cut_points(word_text: str) -> list[int]:
    """Where a word may be broken between letters: not before a combining mark or a
    joiner, nor between a surrogate pair's halves (each index is a code point)."""
    return [
        index
        for index in range(1, len(word_text))
        if not unicodedata.combining(word_text[index])
        and word_text[index] not in "\u200c\u200d\ufe0f"
        and word_text[index - 1] not in "\u200d"
    ]


def _split_word(word_text: str, width: float, size: float, font: str) -> list[str]:
    """A word wider than `width`: after its hyphens first, then between letters (the
    longest piece that fits, at least one letter each)."""
    pieces = [p for p in re.split(r"(?<=-)", word_text) if p]
    out: list[str] = []
    for piece in pieces:
        if out and line_width(out[-1] + piece, font, size) <= width:
            out[-1] += piece
            continue
        rest = piece
        while line_width(rest, font, size) > width:
            points = _cut_points(rest)
            low, high = 0, len(points) - 1  # the last cut point whose start fits
            best = points[0] if points else len(rest)
            while low <= high:
                middle = (low + high) // 2
                if line_width(rest[: points[middle]], font, size) <= width:
                    best = points[middle]
                    low = middle + 1
                else:
                    high = middle - 1
            if best >= len(rest):
                break
            out.append(rest[:best])
            rest = rest[best:]
        out.append(rest)
    return out


def broken(text: str, width: float, size: float, font: str) -> list[str]:
    """`text` in lines of at most `width` points at `size`: broken at spaces, a word
    wider than a line after its hyphens, then between letters. Every character of
    `text` but the spaces it breaks at is kept, in order."""
    lines: list[str] = []
    for word_text in text.split():
        for number, piece in enumerate(_split_word(word_text, width, size, font)):
            glue = "" if number else " "  # the pieces of one word join with nothing
            if lines and line_width(lines[-1] + glue + piece, font, size) <= width:
                lines[-1] += glue + piece
            else:
                lines.append(piece)
    return lines


def fit(
    text: str,
    font: str,
    box: tuple[float, float],
    largest: float,
    least_one_line: float,
) -> tuple[float, list[str]]:
    """The size (points) and lines of `text` in a `box` of (width, height) points: one
    line at the largest size from `largest` down to `least_one_line` that fits; else
    wrapped at the largest size from `largest` down to SMALLEST_SIZE whose lines fit
    (SMALLEST_SIZE if none does: the caller's box is then overrun, never the text
    cut). Sizes go by half points."""
    width, height = box
    size = largest
    while size >= least_one_line:
        if size * LEADING <= height and line_width(text, font, size) <= width:
            return size, [text]
        size -= 0.5
    size = largest
    while size >= SMALLEST_SIZE:
        lines = broken(text, width, size, font)
        if len(lines) * size * LEADING <= height:
            return size, lines
        size -= 0.5
    return SMALLEST_SIZE, broken(text, width, SMALLEST_SIZE, font)


# -- drawing -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Block:
    lines: list[str]
    font: str
    size: float
    colour: Color

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def _draw_block(canvas: Canvas, block: Block, centre: float, top: float) -> None:
    canvas.setFillColor(block.colour)
    for index, line in enumerate(block.lines):
        baseline = top - index * block.size * LEADING - ASCENT * block.size
        draw_line(canvas, (centre, baseline), line, block.font, block.size, anchor="middle")


def draw_badge(canvas: Canvas, sheet: LabelSheet, index: int, badge: Badge, title: str) -> None:
    """Draw `badge` on label `index` of the page (0: top left): the workshop's title
    and a rule at the top, then the name, organisation and group line, centred."""
    page_height = A4[1]
    left, top, right, bottom = (value * MM for value in sheet.text_box(index))
    top, bottom = page_height - top, page_height - bottom  # reportlab counts from the foot
    width = right - left
    centre = (left + right) / 2
    if title:
        size = sheet.title_size
        canvas.setFillColor(MUTED)
        draw_line(
            canvas,
            (centre, top - ASCENT * size),
            fitted(title, width, size),
            BODY,
            size,
            anchor="middle",
        )
        rule = top - size * LEADING - 1.2 * MM
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(left + width * 0.3, rule, right - width * 0.3, rule)
        top = rule - GAP
    room = top - bottom
    blocks: list[Block] = []
    group: Block | None = None
    if badge.group:
        size, lines = fit(
            badge.group,
            BOLD,
            (width, room * ORGANISATION_SHARE),
            sheet.organisation_size,
            sheet.organisation_size * 0.6,
        )
        group = Block(lines, BOLD, size, ACCENT)
    organisation: Block | None = None
    if badge.organisation:
        size, lines = fit(
            badge.organisation,
            BODY,
            (width, room * ORGANISATION_SHARE),
            sheet.organisation_size,
            sheet.organisation_size * 0.75,
        )
        organisation = Block(lines, BODY, size, ORGANISATION_INK)
    below = sum(b.height + GAP for b in (organisation, group) if b is not None)
    if badge.name:
        size, lines = fit(
            badge.name,
            BOLD,
            (width, room - below),
            sheet.name_size,
            sheet.name_size * ONE_LINE_LEAST,
        )
        blocks.append(Block(lines, BOLD, size, INK))
    else:  # the name's line left blank, to be written by hand above the organisation
        blocks.append(Block([""], BOLD, min(sheet.name_size, (room - below) / LEADING), INK))
    blocks += [b for b in (organisation, group) if b is not None]
    total = sum(b.height for b in blocks) + GAP * (len(blocks) - 1)
    y = bottom + (room + total) / 2 if total < room else top  # centred in the room
    for block in blocks:
        _draw_block(canvas, block, centre, y)
        y -= block.height + GAP


def badges_pdf(
    workshop: Workshop,
    labels: str = DEFAULT_LABELS,
    *,
    with_facilitators: bool = False,
    grouping_id: str | None = None,
) -> bytes:
    """The badges as PDF bytes: A4 label sheets of `labels` (a key of LABEL_SHEETS; an
    unknown key is KeyError), fonts embedded, no page furniture (the whole sheet is
    labels); the group line from the grouping `grouping_id` (None: the most recent).
    FacilitatorError when there is no one to print (NOBODY_FOR_BADGES), more than
    MOST_BADGES (TOO_MANY_BADGES), or `grouping_id` is not a grouping (GROUPING_GONE)."""
    sheet = LABEL_SHEETS[labels]
    badges = badges_of(workshop, with_facilitators=with_facilitators, grouping_id=grouping_id)
    if not badges:
        raise FacilitatorError(message(NOBODY_FOR_BADGES))
    if len(badges) > MOST_BADGES:
        raise FacilitatorError(message(TOO_MANY_BADGES, count=len(badges), most=MOST_BADGES))
    register_fonts()
    language: Language = workshop.info.language
    title = shown(workshop.info.title)
    buffer = io.BytesIO()
    # The canvas's first font is ours: reportlab's default, Helvetica, would be declared
    # on every page (not embedded) though nothing is drawn with it.
    canvas = Canvas(buffer, pagesize=A4, initialFontName=BODY, pageCompression=1)
    facilitators = ", ".join(shown(p.name) for p in roster(workshop, "facilitator"))
    info = PdfInfo(
        title=" — ".join(t for t in (word(language, "badges"), title) if t),
        author=facilitators or shown(workshop.info.organisation) or "Facilitator",
        subject=f"{word(language, 'badges')} · {sheet.product}",
        language=language,
    )
    declare(canvas, info)
    for number, badge in enumerate(badges):
        index = number % sheet.per_sheet
        if number and index == 0:
            canvas.showPage()
        draw_badge(canvas, sheet, index, badge, title)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
