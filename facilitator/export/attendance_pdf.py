"""The attendance sheet (`facilitator export --format attendance`): one line per
participant, with their organisation and a box to sign for each half-day, under the
workshop's title, dates, place, organiser and facilitators, repeated on every page.
French public bodies ask for signed attendance, by half-day, for training and for
funded programmes.

The rules, each named below:

- Half-days (`half_days`): each day of the workshop has a morning and an afternoon,
  split at NOON (13:00). A day that ends at or before 13:00 has only its morning; one
  that starts at or after 13:00 only its afternoon. A day whose times are missing or
  unreadable has both (a box too many is crossed out; a box missing cannot be signed).
  A workshop with no day has one column, "Signature", and no dates in its header.
- Sheets (`sheets_of`): at most `most_columns()` half-days side by side (6: each box
  at least SIGNATURE_LEAST wide on A4 on its side); a longer workshop gets several
  sheets, split between days and balanced, each listing everyone again ("sheet 2 of
  3" in its header).
- Paper: A4 upright when the boxes fit across it (a one-day workshop), else on its
  side (two days and more: a three-day workshop's six half-days on one sheet).
- Lines: participants only (`export.roster`: sorted by name in French collation,
  people with no name after the others, the same name twice printed twice); the
  facilitators are named in the header. A participant's role in the room (`Person.job`)
  is under their organisation in its cell, in italics, the column then headed
  "Organisation, role" (French attendance sheets ask for the "fonction"). Each line is
  at least ROW_HEIGHT high (room to sign); a long name or organisation wraps in its
  cell and the line grows, never cut. After the participants, at least
  WALK_IN_LINES numbered blank lines for people not on the list, then more to fill the
  last page. Every page ends with the facilitators' line, a box to sign for each
  half-day. With no participant, the sheet is blank lines only: a sign-in sheet for an
  open session.
- The header (title, dates, place, organiser, facilitators, how to sign) is repeated
  on every page, shrunk to fit HEADER_MOST of the page if it is longer than that (a
  workshop with dozens of facilitators); the running header and "Page n of N" are
  the other documents' (`pdf_pages`).
- At most MOST_PAGES pages (FacilitatorError, TOO_LONG), known before anyone is
  measured when the lines alone would need more.

The pages are laid out here (`attendance_layout`), not by reportlab's table
splitting: the blank lines fill the last page, and the page count is known (tests
compare it with the document's).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, TableStyle

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import Day, Language, Person
from facilitator.domain.workshop import Workshop
from facilitator.export.pdf_pages import ACCENT, HEADER_ROOM, INK, MARGIN, MUTED, SHADE, build_pdf
from facilitator.export.pdf_text import BODY, BOLD, ITALIC, PdfWriting, register_fonts
from facilitator.export.pdf_text import TextParagraph as Paragraph
from facilitator.export.pdf_text import TextTable as Table
from facilitator.export.roster import roster, shown
from facilitator.export.words import date_range, labelled, short_day, word

Part = Literal["morning", "afternoon", "whole"]
NOON = "13:00"  # a day's morning ends and its afternoon starts here
ROW_HEIGHT: float = 12 * mm  # points: the least height of a line, room to sign (issue 18)
WALK_IN_LINES = 3  # blank lines at least, after the participants
NUMBER_COLUMN: float = 8 * mm
NAME_COLUMN: float = 52 * mm
ORGANISATION_COLUMN: float = 40 * mm
SIGNATURE_LEAST: float = 24 * mm  # the narrowest box to sign in
SIGNATURE_MOST: float = 38 * mm  # wider boxes give their room to the names
NAME_SHARE = 0.6  # of the room boxes leave, for the name column (the rest: organisation)
HEADER_MOST = 0.4  # of a page's frame: the repeated header shrinks to fit in it
FRAME_PADDING = 6.0  # points, each side: reportlab's frame (SimpleDocTemplate)
PAD = 3.0  # points: a cell's padding
NUMBER_SIZE = 7.5  # points: a line's number
SAFETY = 1.0  # points kept free at a page's foot (rounding)
MOST_PAGES = 300  # pages at most (here: 2,900 participants over three days, 291 pages,
# 3.6 s; 300 over 27 days, 279 pages, 2.2 s); a file holds any number of people and days
GRID = HexColor("#6f6f6f")
STRIPE = HexColor("#f4f4f4")  # every other line's name and organisation cells
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")

TOO_LONG = QT_TRANSLATE_NOOP(
    "Export",
    "The attendance sheet would be more than {most} pages long ({people} participants, "
    "{half_days} half-days): print it from a workshop with fewer days or participants.",
)


@dataclass(frozen=True)
class HalfDay:
    """One column of boxes: a half-day of day number `day` (from 1; 0 with no day)."""

    day: int
    date: str  # YYYY-MM-DD, or "" when the day has none
    part: Part


def _time(text: str) -> str | None:
    return text.strip() if _TIME.fullmatch(text.strip()) else None


def half_days(workshop: Workshop) -> list[HalfDay]:
    """The workshop's half-days, in order (see the module's rule); one "whole" column
    when the workshop has no day."""
    found: list[HalfDay] = []
    for number, day in enumerate(workshop.all(Day), start=1):
        start, end = _time(day.start_time), _time(day.end_time)
        if start is None or end is None or end <= start:
            parts: tuple[Part, ...] = ("morning", "afternoon")
        elif end <= NOON:
            parts = ("morning",)
        elif start >= NOON:
            parts = ("afternoon",)
        else:
            parts = ("morning", "afternoon")
        found += [HalfDay(number, day.date, part) for part in parts]
    return found or [HalfDay(0, "", "whole")]


def most_columns() -> int:
    """Half-days side by side on a sheet: as many boxes of SIGNATURE_LEAST as A4 on its
    side holds beside the number, name and organisation columns (6)."""
    width = landscape(A4)[0] - 2 * MARGIN - 2 * FRAME_PADDING
    fixed = NUMBER_COLUMN + NAME_COLUMN + ORGANISATION_COLUMN
    return int((width - fixed) // SIGNATURE_LEAST)


def sheets_of(halves: list[HalfDay]) -> list[list[HalfDay]]:
    """`halves` on sheets of at most `most_columns()` each, a day never split, the
    sheets as even as whole days allow (eight half-days: four and four)."""
    most = most_columns()
    if len(halves) <= most:
        return [halves]
    days: list[list[HalfDay]] = []
    for half in halves:
        if days and days[-1][0].day == half.day:
            days[-1].append(half)
        else:
            days.append([half])
    target = math.ceil(len(halves) / math.ceil(len(halves) / most))
    sheets: list[list[HalfDay]] = [[]]
    for day in days:
        if sheets[-1] and (len(sheets[-1]) + len(day) > most or len(sheets[-1]) >= target):
            sheets.append([])
        sheets[-1].extend(day)
    return sheets


@dataclass(frozen=True)
class Line:
    """One line of the sheet: its number, the person (None: a blank line, or the
    facilitator's line when `visa`), its height in points."""

    number: int
    person: Person | None
    height: float
    visa: bool = False


@dataclass
class Page:
    sheet: int  # from 0
    lines: list[Line] = field(default_factory=list)


@dataclass(frozen=True)
class AttendanceLayout:
    """What `attendance_pdf` prints: the paper, each sheet's half-days and column
    widths (points: number, name, organisation, then one per half-day), and the pages."""

    landscape: bool
    sheets: list[list[HalfDay]]
    widths: list[list[float]]
    pages: list[Page]

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = landscape(A4) if self.landscape else A4
        return float(width), float(height)


def _widths(content: float, columns: int) -> list[float]:
    fixed = NUMBER_COLUMN + NAME_COLUMN + ORGANISATION_COLUMN
    box = min(SIGNATURE_MOST, (content - fixed) / columns)
    spare = content - fixed - box * columns
    return [
        NUMBER_COLUMN,
        NAME_COLUMN + spare * NAME_SHARE,
        ORGANISATION_COLUMN + spare * (1 - NAME_SHARE),
        *[box] * columns,
    ]


class _Writer(PdfWriting):
    def __init__(self, workshop: Workshop) -> None:
        register_fonts()
        self.workshop = workshop
        self.language: Language = workshop.info.language
        self.people = roster(workshop)
        self.with_jobs = any(shown(p.job) for p in self.people)
        self.sheets = sheets_of(half_days(workshop))
        widest = max(len(sheet) for sheet in self.sheets)
        upright = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
        fixed = NUMBER_COLUMN + NAME_COLUMN + ORGANISATION_COLUMN
        self.landscape = fixed + widest * SIGNATURE_LEAST > upright
        page_width, page_height = landscape(A4) if self.landscape else A4
        self.content_width: float = page_width - 2 * MARGIN - 2 * FRAME_PADDING
        self.frame_height: float = page_height - 2 * MARGIN - HEADER_ROOM - 2 * FRAME_PADDING
        self.widths = [_widths(self.content_width, len(sheet)) for sheet in self.sheets]
        self._headings: dict[int, list[Paragraph]] = {}
        self._cells: dict[str, tuple[Paragraph, Paragraph]] = {}
        base = ParagraphStyle("body", fontName=BODY, fontSize=9, leading=11, textColor=INK)
        self.styles = {
            "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=14, leading=17.5),
            "facts": ParagraphStyle("facts", base, spaceBefore=2),
            "help": ParagraphStyle("help", base, fontSize=8.5, textColor=MUTED, spaceBefore=2),
            "heading": ParagraphStyle(
                "heading", base, fontName=BOLD, fontSize=8, leading=9.8, alignment=TA_CENTER
            ),
            "heading_left": ParagraphStyle(
                "heading_left", base, fontName=BOLD, fontSize=8, leading=9.8, alignment=TA_LEFT
            ),
            "name": ParagraphStyle("name", base, fontName=BOLD, fontSize=9.5, leading=11.5),
            "organisation": ParagraphStyle(
                "organisation", base, fontSize=8.5, leading=10.5, textColor=MUTED
            ),
            "visa": ParagraphStyle("visa", base, fontName=BOLD, fontSize=8.5, leading=10.5),
        }

    def word(self, key: str, **params: object) -> str:
        return word(self.language, key, **params)

    # -- the header, on every page -----------------------------------------------------
    def header(self, sheet: int) -> Flowable:
        """The header of every page of `sheet`, shrunk into HEADER_MOST of the frame."""
        return KeepInFrame(
            self.content_width, self.header_height(sheet), self.header_parts(sheet), mode="shrink"
        )

    def header_height(self, sheet: int) -> float:
        """The header's height in points: its paragraphs' (with the space between
        them), at most HEADER_MOST of the frame."""
        parts = self.header_parts(sheet)
        height = 0.0
        for index, part in enumerate(parts):
            height += float(part.wrap(self.content_width, self.frame_height)[1])
            height += part.getSpaceBefore() if index else 0.0
            height += part.getSpaceAfter() if index < len(parts) - 1 else 0.0
        return min(height + 0.5, HEADER_MOST * self.frame_height)

    def header_parts(self, sheet: int) -> list[Flowable]:
        info = self.workshop.info
        kind = self.word("attendance")
        if len(self.sheets) > 1:
            kind += " · " + self.word("attendance_sheet", sheet=sheet + 1, sheets=len(self.sheets))
        markup = f'<font name="{BOLD}" size="10" color="#{ACCENT.hexval()[2:]}">'
        markup += f"{self.text(kind.upper())}</font>"
        if shown(info.title):
            markup += f"\u2003{self.text(shown(info.title))}"
        parts: list[Flowable] = [Paragraph(markup, self.styles["title"])]
        dates = sorted(d.date for d in self.workshop.all(Day) if d.date)
        facts = []
        if dates:  # the first and last dates, whatever the days' order
            shown_dates = date_range(dates[0], dates[-1], self.language)
            facts.append(labelled(self.language, self.word("dates"), shown_dates))
        if shown(info.place):
            facts.append(labelled(self.language, self.word("place"), shown(info.place)))
        if shown(info.organisation):
            facts.append(labelled(self.language, self.word("organiser"), shown(info.organisation)))
        names = [shown(p.name) for p in roster(self.workshop, "facilitator") if shown(p.name)]
        if names:
            facts.append(labelled(self.language, self.word("facilitators"), ", ".join(names)))
        if facts:
            parts.append(self.para(" · ".join(facts), "facts"))
        parts.append(self.para(self.word("attendance_help"), "help"))
        return parts

    def heading(self, sheet: int) -> list[Paragraph]:
        """The columns' headings: number, name, organisation, then each half-day (its
        date and part, or the day's number when it has no date). Made once a sheet."""
        if sheet in self._headings:
            return self._headings[sheet]
        cells = [
            self.para(self.word("row_number"), "heading"),
            self.para(self.word("person_name"), "heading_left"),
            self.para(
                self.word("organisation_role" if self.with_jobs else "organisation"),
                "heading_left",
            ),
        ]
        for half in self.sheets[sheet]:
            if half.part == "whole":
                cells.append(self.para(self.word("signature"), "heading"))
                continue
            date = short_day(half.date, self.language) if half.date else ""
            date = date or f"{self.word('day')} {half.day}"
            markup = f"{self.text(date)}<br/>{self.text(self.word(half.part))}"
            cells.append(Paragraph(markup, self.styles["heading"]))
        self._headings[sheet] = cells
        return cells

    # -- measuring -------------------------------------------------------------------------
    def _height(self, cells: list[Any], widths: list[float]) -> float:
        """A line's height for `cells` (a plain string is one line of a number)."""
        tallest = max(
            float(cell.wrap(width - 2 * PAD, 10_000)[1]) if isinstance(cell, Paragraph) else 9.0
            for cell, width in zip(cells, widths, strict=True)
        )
        return tallest + 2 * PAD + 2

    def person_cells(self, line: Line) -> list[Any]:
        """The number, name and organisation cells of `line` (a person's paragraphs are
        made once, for measuring and drawing); the number is plain digits."""
        if line.visa:
            return [self.para(self.word("facilitator_visa"), "visa"), "", ""]
        if line.person is None:
            return [str(line.number), "", ""]
        person = line.person
        if person.id not in self._cells:
            self._cells[person.id] = (
                self.para(shown(person.name), "name"),
                self.organisation_cell(person),
            )
        return [str(line.number), *self._cells[person.id]]

    def organisation_cell(self, person: Person) -> Paragraph:
        """The organisation, and under it the person's role in the room when they have
        one (each line wraps on its own)."""
        parts = [self.text(shown(person.organisation))] if shown(person.organisation) else []
        if shown(person.job):  # in italics: not taken for the organisation's next line
            parts.append(f'<font name="{ITALIC}">{self.text(shown(person.job))}</font>')
        return Paragraph("<br/>".join(parts), self.styles["organisation"])

    def line_height(self, line: Line, sheet: int) -> float:
        widths = self.widths[sheet]
        if line.visa:
            return max(ROW_HEIGHT, self._height(self.person_cells(line)[:1], [sum(widths[:3])]))
        if line.person is None:
            return ROW_HEIGHT
        return max(ROW_HEIGHT, self._height(self.person_cells(line), widths[:3]))

    def room(self, sheet: int) -> float:
        """The height left for lines on a page of `sheet`, in points."""
        header = self.header_height(sheet)
        headings = self._height(self.heading(sheet), self.widths[sheet])
        visa = self.line_height(Line(0, None, 0.0, visa=True), sheet)
        return self.frame_height - header - GAP - headings - visa - SAFETY

    # -- pages -----------------------------------------------------------------------------
    def layout(self) -> AttendanceLayout:
        """The pages; FacilitatorError (TOO_LONG) past MOST_PAGES, found from the
        fewest pages the lines can take before anyone is measured."""
        fewest = sum(
            math.ceil((len(self.people) + WALK_IN_LINES) / max(1, int(self.room(s) // ROW_HEIGHT)))
            for s in range(len(self.sheets))
        )
        if fewest > MOST_PAGES:
            self.too_long()
        pages: list[Page] = []
        for sheet in range(len(self.sheets)):
            pages += self.sheet_pages(sheet)
            if len(pages) > MOST_PAGES:
                self.too_long()
        return AttendanceLayout(self.landscape, self.sheets, self.widths, pages)

    def too_long(self) -> NoReturn:
        halves = sum(len(sheet) for sheet in self.sheets)
        raise FacilitatorError(
            message(TOO_LONG, most=MOST_PAGES, people=len(self.people), half_days=halves)
        )

    def sheet_pages(self, sheet: int) -> list[Page]:
        room = self.room(sheet)
        pages = [Page(sheet)]
        used = 0.0

        def place(line: Line) -> None:
            nonlocal used
            if pages[-1].lines and used + line.height > room:
                pages.append(Page(sheet))
                used = 0.0
            pages[-1].lines.append(line)
            used += line.height

        number = 0
        for person in self.people:
            number += 1
            line = Line(number, person, 0.0)
            place(Line(number, person, self.line_height(line, sheet)))
        for _ in range(WALK_IN_LINES):
            number += 1
            place(Line(number, None, ROW_HEIGHT))
        while used + ROW_HEIGHT <= room:  # blank lines to the page's foot
            number += 1
            place(Line(number, None, ROW_HEIGHT))
        visa = Line(0, None, 0.0, visa=True)
        visa = Line(0, None, self.line_height(visa, sheet), visa=True)
        for page in pages:
            page.lines.append(visa)
        return pages

    # -- drawing ---------------------------------------------------------------------------
    def table(self, page: Page) -> Table:
        sheet = page.sheet
        widths = self.widths[sheet]
        boxes = len(self.sheets[sheet])
        rows: list[list[Any]] = [self.heading(sheet)]
        heights: list[float] = [self._height(rows[0], widths)]
        for line in page.lines:
            rows.append([*self.person_cells(line), *[""] * boxes])
            heights.append(line.height)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("FONTSIZE", (0, 1), (0, -1), NUMBER_SIZE),
            ("LEADING", (0, 1), (0, -1), NUMBER_SIZE * 1.2),
            ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ]
        for row, line in enumerate(page.lines, start=1):
            if line.visa:
                commands += [
                    ("SPAN", (0, row), (2, row)),
                    ("BACKGROUND", (0, row), (2, row), SHADE),
                ]
            elif line.number % 2 == 0:
                commands.append(("BACKGROUND", (0, row), (2, row), STRIPE))
        table = Table(rows, colWidths=widths, rowHeights=heights)
        table.setStyle(TableStyle(commands))
        return table

    def story(self, layout: AttendanceLayout) -> list[Flowable]:
        story: list[Flowable] = []
        for index, page in enumerate(layout.pages):
            if index:
                story.append(PageBreak())
            story += [self.header(page.sheet), Spacer(1, GAP), self.table(page)]
        return story


GAP: float = 3 * mm  # between the header and the table


def attendance_layout(workshop: Workshop) -> AttendanceLayout:
    """The sheet's paper, columns and pages for `workshop` (the rules of the module)."""
    return _Writer(workshop).layout()


def attendance_pdf(workshop: Workshop) -> bytes:
    """The attendance sheet as PDF bytes: A4 (upright or on its side), fonts embedded,
    one page per `attendance_layout` page."""
    writer = _Writer(workshop)
    layout = writer.layout()
    language = writer.language
    title = shown(workshop.info.title)
    return build_pdf(
        writer.story(layout),
        workshop,
        document_title=" — ".join(t for t in (word(language, "attendance"), title) if t),
        subject=word(language, "attendance"),
        pagesize=layout.page_size,
    )
