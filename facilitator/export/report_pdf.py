"""The activity report as PDF (issue 21): what a lab's head hands to its steering
committee. The synthesis's look (fonts, colours, running header, "Page n of N", safe
text in every script: `pdf_pages`, `pdf_text`), one report for any number of workshops:

1. the title, the period, the day it was made and from how many files;
2. the key figures (workshops, days, participants, organisations, ideas, votes,
   prototypes, overdue next steps), the workshops over time as a bar chart, the
   prototypes by status and the next steps (done, to do, overdue) as bars;
3. the organisations represented (people, workshops), who facilitated, the ROTI and
   the other scales pooled over the period;
4. the next steps overdue with their owners, and each person's steps;
5. a table of the workshops, one row each;
6. what is not counted (undated workshops, copies, files not read, workshops outside
   the period) and how the figures are counted.

Long lists are cut at a named limit (MOST_ORGANISATIONS, MOST_FACILITATORS,
MOST_SCALES, MOST_LATE, MOST_OWNERS, MOST_APART rows), the rest counted under the table:
the Markdown report and the CSV hold everything. The table of workshops is never cut.
A table's row never splits across two pages; a cell's text is MOST_CELL_CHARACTERS
long at most and a row names MOST_ROW_NAMES facilitators, so that every row fits a page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle

from facilitator.domain.activity_report import ActivityReport, Bar
from facilitator.domain.lab_summary import CARD_STATUSES, WorkshopSummary
from facilitator.domain.records import Language
from facilitator.export.pdf_metadata import PdfInfo
from facilitator.export.pdf_pages import (
    ACCENT,
    FRAME_HEIGHT,
    HEADER_ROOM,
    INK,
    MARGIN,
    MUTED,
    PAGE_WIDTH,
    RULE,
    SHADE,
    OutlinedDocument,
    PageText,
    numbered_canvas,
    room_for,
)
from facilitator.export.pdf_text import (
    BODY,
    BOLD,
    PdfWriting,
    fitted,
    line_shapes,
    line_width,
    plain,
)
from facilitator.export.pdf_text import TextParagraph as Paragraph
from facilitator.export.pdf_text import TextTable as Table
from facilitator.export.report_words import (
    apart_notes,
    bar_label,
    counted,
    dates_text,
    decimal,
    number,
    path_texts,
    period_text,
    rword,
    short_date,
    state_text,
    status_name,
    timeline_title,
)
from facilitator.export.synthesis_charts import BAR, count_bar
from facilitator.export.words import french_typography

WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # points: the synthesis's text width
CELL_SIZE = 8.5
TABLE_CHUNK = 40  # rows: a long table is set as tables this long (as the synthesis's)
SECTION_ROOM = 0.3 * FRAME_HEIGHT  # a section starts on a new page below this room
# Rows at most in each list, the rest counted below it (the Markdown report lists all):
# what a steering committee reads on a page or two.
MOST_ORGANISATIONS = 25
MOST_FACILITATORS = 15
MOST_SCALES = 15
MOST_LATE = 60
MOST_OWNERS = 25
MOST_APART = 50
# A cell's user text, at most (a title is 200 characters, a next step's action 500):
# longer text ends with an ellipsis, so that a row always fits on a page.
MOST_CELL_CHARACTERS = 600
MOST_ROW_NAMES = 4  # facilitators named in a workshop's row, the others counted ("+2")
CHART_HEIGHT = 52 * mm
MIN_CHARTED = 5  # workshops: fewer are not drawn over time
OVERDUE = HexColor("#b34000")  # the overdue steps' bar: a warm, dark orange, legible in grey too


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=24, leading=29, textColor=ACCENT, spaceAfter=6
        ),
        "kicker": ParagraphStyle("kicker", base, fontSize=11, textColor=MUTED, spaceAfter=4),
        "period": ParagraphStyle(
            "period", base, fontSize=14, leading=19, textColor=ACCENT, spaceAfter=6
        ),
        "facts": ParagraphStyle("facts", base, fontSize=9.5, leading=13, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "text": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=CELL_SIZE, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=CELL_SIZE,
                                    leading=10.5),
        "small_number": ParagraphStyle(
            "small_number", base, fontSize=8, leading=10, textColor=MUTED, alignment=2
        ),
        "number": ParagraphStyle(
            "number", base, fontSize=CELL_SIZE, leading=10.5, alignment=2  # right
        ),
        "figure": ParagraphStyle(
            "figure", base, fontName=BOLD, fontSize=22, leading=26, textColor=ACCENT
        ),
        "figure_label": ParagraphStyle(
            "figure_label", base, fontSize=8.5, leading=10.5, textColor=MUTED
        ),
    }  # fmt: skip


def _one_table(rows: list[list[Flowable | str]], widths: list[float], *, heading: bool) -> Table:
    """A ruled table whose rows never split across pages (a workshop's place alone at
    a page's top reads as a row of its own): every cell's text is MOST_CELL_CHARACTERS
    long at most, so no row is taller than a page."""
    table = Table(rows, colWidths=widths, repeatRows=1 if heading else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), BODY),  # the cells given as plain text
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    if heading:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(style))
    return table


def _table(rows: list[list[Flowable | str]], widths: list[float]) -> list[Flowable]:
    """A ruled table with its heading row, set as consecutive tables of TABLE_CHUNK rows
    (reportlab measures a table again at each page it splits: a 500-row table at once
    would cost seconds)."""
    header, body = rows[0], rows[1:]
    chunks = [body[i : i + TABLE_CHUNK] for i in range(0, len(body), TABLE_CHUNK)] or [[]]
    tables: list[Flowable] = [_one_table([header, *chunks[0]], widths, heading=True)]
    tables += [_one_table(chunk, widths, heading=False) for chunk in chunks[1:]]
    return tables


def _cut(text: str) -> str:
    """`text` cut at MOST_CELL_CHARACTERS with an ellipsis."""
    return text if len(text) <= MOST_CELL_CHARACTERS else text[: MOST_CELL_CHARACTERS - 1] + "…"


def _names(names: Sequence[str]) -> str:
    """The first MOST_ROW_NAMES names, the others counted: « A, B, C, D +3 »."""
    shown = ", ".join(names[:MOST_ROW_NAMES])
    more = len(names) - MOST_ROW_NAMES
    return f"{shown} +{more}" if more > 0 else shown


def timeline_figure(bars: Sequence[Bar], language: Language, width: float) -> Drawing:
    """The workshops over time: a vertical bar per month (quarter, year...), its count
    above it, its month below (the year under the first bar and each January), a
    baseline; `width` points wide, CHART_HEIGHT high. Empty bars are a hairline on the
    baseline: a month without a workshop shows as one."""
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=BODY)
    label_room, count_room = 22.0, 11.0
    plot = CHART_HEIGHT - label_room - count_room
    slot = width / max(len(bars), 1)
    bar_width = min(slot * 0.62, 28.0)
    most = max((b.workshops for b in bars), default=0)
    drawing.add(Line(0, label_room, width, label_room, strokeColor=MUTED, strokeWidth=0.6))
    previous_year = ""
    for index, bar in enumerate(bars):
        middle = slot * index + slot / 2
        height = plot * bar.workshops / most if most else 0.0
        if bar.workshops:
            drawing.add(
                Rect(
                    middle - bar_width / 2,
                    label_room,
                    bar_width,
                    height,
                    fillColor=BAR,
                    strokeColor=None,
                )
            )
            count = number(bar.workshops, language)
            drawing.add(
                line_shapes(
                    middle, label_room + height + 3, count, BOLD, 7.5, anchor="middle", fill=INK
                )
            )
        head, year = bar_label(bar, language)
        room = slot - 1.5
        drawing.add(
            line_shapes(
                middle, label_room - 9, fitted(head, room, 7.0), BODY, 7.0, anchor="middle",
                fill=INK,
            )
        )  # fmt: skip
        if year and year != previous_year:
            drawing.add(
                line_shapes(
                    middle, label_room - 18, fitted(year, room, 6.5), BODY, 6.5,
                    anchor="middle", fill=MUTED,
                )
            )  # fmt: skip
        previous_year = year or previous_year
    return drawing


def _filled_bar(count: int, largest: int, width: float, colour: HexColor) -> Drawing:
    """`synthesis_charts.count_bar` in another colour (the overdue steps')."""
    drawing = count_bar(count, largest, width)
    for shape in drawing.contents:
        if isinstance(shape, Rect):
            shape.fillColor = shape.strokeColor = colour
    return drawing


class _Writer(PdfWriting):
    def __init__(self, report: ActivityReport, language: Language, title: str) -> None:
        self.report = report
        self.language = language
        self.title = title
        self.styles = _styles()
        paths = [r.path for r in report.workshops] + [s.path for s in report.undated]
        paths += [c.path for c in report.copies] + [c.counted for c in report.copies]
        paths += [u.path for u in report.unread]
        self.paths = path_texts(sorted(set(paths)))

    # -- small pieces ---------------------------------------------------------------------
    def w(self, key: str, **params: object) -> str:
        return rword(self.language, key, **params)

    def n(self, value: int) -> str:
        return number(value, self.language)

    def cell(self, value: str, width: float, style: str = "cell") -> Flowable | str:
        """A table cell: plain text when the body font draws it on one line as it is
        (no layout: the 500-row table of workshops costs little), else a paragraph
        (wrapped, any script, right-to-left in order); MOST_CELL_CHARACTERS at most."""
        value = _cut(value)
        shown = french_typography(value) if self.language == "fr" else value
        if (
            style == "cell"
            and "\n" not in shown
            and plain(shown, BODY)
            and stringWidth(shown, BODY, CELL_SIZE) <= width - 6
        ):
            return shown
        return self.para(value, style)

    def small(self, value: str) -> Paragraph:
        return self.para(value, "small")

    def heads(self, key: str) -> Paragraph:
        """A numeric column's heading, flush right over its numbers."""
        return self.para(self.w(key), "small_number")

    def heading(self, text: str, rows: int = 4) -> list[Flowable]:
        """A section's title, kept with the first `rows` lines of what follows (which may
        run over the page), bookmarked."""
        title = self.para(text, "h1")
        title.outline_title = " ".join(text.split())
        title.keepWithNext = False
        return [room_for([title], WIDTH, rows * 14), title]

    def sub(self, text: str, rows: int = 3) -> list[Flowable]:
        title = self.para(text, "h2")
        title.keepWithNext = False
        return [room_for([title], WIDTH, rows * 14), title]

    def path(self, path: str) -> str:
        return self.paths.get(path, path)

    # -- the parts ------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        report = self.report
        first = report.workshops[0].dates[0] if report.workshops else ""
        last = max((r.dates[-1] for r in report.workshops), default="")
        story: list[Flowable] = [Spacer(1, 6 * mm)]
        if self.title:
            story.append(self.para(self.w("report"), "kicker"))
        title = self.para(self.title or self.w("report"), "title")
        title.outline_title = " ".join((self.title or self.w("report")).split())
        story += [
            title,
            self.para(period_text(report.period, self.language, first, last), "period"),
        ]
        files = self.w("files", count=self.n(report.files))
        if report.files == 1:
            files = self.w("files_one", count=1)
        made = self.w("made_on", date=short_date(report.today, self.language), files=files)
        story.append(self.para(made, "facts"))
        notes = apart_notes(self.report, self.language)
        story += [self.para(note, "facts") for note in notes]
        return story

    def figures(self) -> list[Flowable]:
        report = self.report
        numbers = [
            (len(report.workshops), "workshops"),
            (report.days, "days"),
            (report.participants, "participants"),
            (report.organisation_count, "organisations"),
            (report.ideas, "ideas"),
            (report.votes_held, "votes"),
            (report.prototype_count, "prototypes"),
            (report.steps.overdue, "overdue_figure"),
        ]
        cells = [
            [
                self.para(self.n(n), "figure"),
                self.para(counted(self.language, key, n), "figure_label"),
            ]
            for n, key in numbers
        ]
        rows = [cells[:4], cells[4:]]
        table = Table(rows, colWidths=[WIDTH / 4] * 4)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        story = [*self.heading(self.w("figures")), table]
        if not report.workshops:
            story.append(self.para(self.w("nothing"), "text"))
        return story

    def timeline(self) -> list[Flowable]:
        """The workshops over time, from MIN_CHARTED workshops (fewer read better in the
        table of workshops than as bars of 1)."""
        bars = self.report.timeline
        if len(self.report.workshops) < MIN_CHARTED:
            return []
        figure = timeline_figure(bars, self.language, WIDTH)
        figure.hAlign = "LEFT"
        title = self.sub(timeline_title(bars, self.language))
        note = self.small(self.w("timeline_note"))
        return [CondPageBreak(CHART_HEIGHT + 40), *title, figure, Spacer(1, 2 * mm), note]

    def results(self) -> list[Flowable]:
        """Prototypes by status and next steps by state, two tables of bars side by side."""
        report = self.report
        if not report.workshops:
            return []
        half = WIDTH / 2 - 4 * mm
        widths = [half * 0.42, half * 0.2, half * 0.38]
        statuses = list(CARD_STATUSES) + [s for s in report.prototypes if s not in CARD_STATUSES]
        largest = max(report.prototypes.values(), default=0)
        left: list[list[Flowable | str]] = [
            [self.small(self.w("by_status")), self.heads("count"), ""]
        ]
        for status in statuses:
            count = report.prototypes.get(status, 0)
            left.append(
                [
                    self.cell(status_name(self.language, status), widths[0]),
                    self.para(self.n(count), "number"),
                    count_bar(count, largest, widths[2] - 6),
                ]
            )
        steps = report.steps
        most = max(steps.done, steps.to_do, steps.overdue)
        right: list[list[Flowable | str]] = [
            [self.small(self.w("next_steps")), self.heads("count"), ""]
        ]
        for key, count in (
            ("done", steps.done),
            ("to_do", steps.to_do),
            ("overdue", steps.overdue),
        ):
            bar = (
                _filled_bar(count, most, widths[2] - 6, OVERDUE)
                if key == "overdue"
                else count_bar(count, most, widths[2] - 6)
            )
            right.append(
                [self.cell(self.w(key), widths[0]), self.para(self.n(count), "number"), bar]
            )
        pair = Table(
            [[_one_table(left, widths, heading=True), _one_table(right, widths, heading=True)]],
            colWidths=[WIDTH / 2, WIDTH / 2],
        )
        pair.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [*self.sub(self.w("results"), rows=7), pair]

    def organisations(self) -> list[Flowable]:
        report = self.report
        if not report.organisations:
            return []
        widths = [WIDTH * 0.52, WIDTH * 0.11, WIDTH * 0.11, WIDTH * 0.26]
        rows: list[list[Flowable | str]] = [
            [
                self.small(self.w("organisation")),
                self.heads("people"),
                self.heads("workshops_column"),
                "",
            ]
        ]
        shown = report.organisations[:MOST_ORGANISATIONS]
        largest = max((o.people for o in shown), default=0)
        for organisation in shown:
            name = organisation.name or self.w("no_organisation")
            rows.append(
                [
                    self.cell(name, widths[0]),
                    self.para(self.n(organisation.people), "number"),
                    self.para(self.n(organisation.workshops), "number"),
                    count_bar(organisation.people, largest, widths[3] - 6),
                ]
            )
        story = [*self.heading(self.w("organisations_title")), *_table(rows, widths)]
        rest = report.organisations[MOST_ORGANISATIONS:]
        if rest:
            people = sum(o.people for o in rest)
            story.append(
                self.small(
                    self.w("more_organisations", count=self.n(len(rest)), people=self.n(people))
                )
            )
        if report.listed_people < report.participants:
            story.append(
                self.small(
                    self.w(
                        "listed_note",
                        listed=self.n(report.listed_people),
                        participants=self.n(report.participants),
                    )
                )
            )
        return story

    def facilitators(self) -> list[Flowable]:
        found = self.report.facilitators
        if not found:
            return []
        widths = [WIDTH * 0.52, WIDTH * 0.11, WIDTH * 0.37]
        rows: list[list[Flowable | str]] = [
            [self.small(self.w("facilitator")), self.heads("workshops_column"), ""]
        ]
        largest = max((f.workshops for f in found), default=0)
        for person in found[:MOST_FACILITATORS]:
            rows.append(
                [
                    self.cell(person.name, widths[0]),
                    self.para(self.n(person.workshops), "number"),
                    count_bar(person.workshops, largest, widths[2] - 6),
                ]
            )
        story = [*self.sub(self.w("facilitators_title")), *_table(rows, widths)]
        if len(found) > MOST_FACILITATORS:
            more = self.n(len(found) - MOST_FACILITATORS)
            story.append(self.small(self.w("more_facilitators", count=more)))
        return story

    def satisfaction(self) -> list[Flowable]:
        report = self.report
        if report.roti is None and not report.scales:
            return []
        story = self.heading(self.w("satisfaction"))
        roti = report.roti
        if roti is not None:
            workshops = (
                self.n(roti.workshops) + " " + counted(self.language, "workshops", roti.workshops)
            )
            figure = self.w(
                "roti_figure", mean=decimal(roti.mean, self.language), top=roti.scale_max
            )
            detail = self.w("roti_detail", answers=self.n(roti.answers), workshops=workshops)
            shown = french_typography(figure) if self.language == "fr" else figure
            room = min(line_width(shown, BOLD, 22) + 12, WIDTH * 0.6)
            pair = Table(
                [[self.para(figure, "figure"), self.para(detail, "text")]],
                colWidths=[room, WIDTH - room],
            )
            pair.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                        ("LEFTPADDING", (0, 0), (0, 0), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            story += [self.para(self.w("roti"), "h2"), pair]
        if report.scales:
            widths = [WIDTH * 0.58, WIDTH * 0.16, WIDTH * 0.13, WIDTH * 0.13]
            head: list[Flowable | str] = [
                self.small(self.w("question")),
                self.small(self.w("mean")),
            ]
            rows: list[list[Flowable | str]] = [
                [*head, self.heads("answers"), self.heads("workshops_column")]
            ]
            for scale in report.scales[:MOST_SCALES]:
                mean = self.w(
                    "scale_mean", mean=decimal(scale.mean, self.language), top=scale.scale_max
                )
                rows.append(
                    [
                        self.cell(scale.question, widths[0]),
                        self.cell(mean, widths[1]),
                        self.para(self.n(scale.answers), "number"),
                        self.para(self.n(scale.workshops), "number"),
                    ]
                )
            story += [Spacer(1, 3 * mm), *_table(rows, widths)]
            if len(report.scales) > MOST_SCALES:
                more = self.n(len(report.scales) - MOST_SCALES)
                story.append(self.small(self.w("more_scales", count=more)))
        return story

    def late(self) -> list[Flowable]:
        report = self.report
        if not report.workshops or not report.steps.total:
            return []
        today = short_date(report.today, self.language)
        story = self.heading(self.w("late_title", date=today))
        if not report.late:
            return [*story, self.para(self.w("no_late", date=today), "text")]
        widths = [WIDTH * 0.13, WIDTH * 0.2, WIDTH * 0.37, WIDTH * 0.3]
        keys = ("due", "owner", "action", "workshop")
        rows: list[list[Flowable | str]] = [[self.small(self.w(k)) for k in keys]]
        for late in report.late[:MOST_LATE]:
            step = late.step
            action = f"{step.action} ({step.card})" if step.card.strip() else step.action
            rows.append(
                [
                    self.cell(short_date(step.due_date, self.language), widths[0]),
                    self.cell(step.owner or self.w("no_owner"), widths[1]),
                    self.cell(action, widths[2]),
                    self.cell(late.workshop, widths[3]),
                ]
            )
        story += _table(rows, widths)
        if len(report.late) > MOST_LATE:
            story.append(
                self.small(self.w("more_late", count=self.n(len(report.late) - MOST_LATE)))
            )
        return story

    def owners(self) -> list[Flowable]:
        owners = [o for o in self.report.owners if o.overdue or o.to_do]
        if not owners:
            return []
        widths = [WIDTH * 0.52, WIDTH * 0.16, WIDTH * 0.16, WIDTH * 0.16]
        head: list[Flowable | str] = [self.small(self.w("owner")), self.heads("overdue")]
        rows: list[list[Flowable | str]] = [[*head, self.heads("to_do"), self.heads("done")]]
        for owner in owners[:MOST_OWNERS]:
            rows.append(
                [
                    self.cell(owner.name or self.w("no_owner"), widths[0]),
                    self.para(self.n(owner.overdue), "number"),
                    self.para(self.n(owner.to_do), "number"),
                    self.para(self.n(owner.done), "number"),
                ]
            )
        story = [*self.sub(self.w("owners_title")), *_table(rows, widths)]
        if len(owners) > MOST_OWNERS:
            story.append(self.small(self.w("more_owners", count=self.n(len(owners) - MOST_OWNERS))))
        return story

    def workshops(self) -> list[Flowable]:
        report = self.report
        if not report.workshops:
            return []
        shares = (0.17, 0.35, 0.18, 0.075, 0.075, 0.075, 0.075)
        widths = [WIDTH * s for s in shares]
        rows: list[list[Flowable | str]] = [
            [
                self.small(self.w("dates")),
                self.small(self.w("workshop")),
                self.small(self.w("facilitators")),
                self.heads("column_participants"),
                self.heads("column_ideas"),
                self.heads("column_prototypes"),
                self.heads("column_overdue"),
            ]
        ]
        for reported in report.workshops:
            summary = reported.summary
            rows.append(
                [
                    self.cell(dates_text(summary.dates, self.language), widths[0]),
                    self.workshop_cell(summary),
                    self.cell(_names(summary.facilitators), widths[2]),
                    self.para(self.n(summary.participants), "number"),
                    self.para(self.n(summary.ideas), "number"),
                    self.para(self.n(summary.prototype_count), "number"),
                    self.para(self.n(len(summary.overdue_on(report.today))), "number"),
                ]
            )
        return [*self.heading(self.w("workshops_title")), *_table(rows, widths)]

    def workshop_cell(self, summary: WorkshopSummary) -> Paragraph:
        """The title in bold, the place below it, muted."""
        markup = f"<b>{self.text(_cut(summary.title) or self.w('empty'))}</b>"
        if summary.place.strip():
            muted = f"#{MUTED.hexval()[2:]}"
            place = self.text(_cut(summary.place))
            markup += f'<br/><font color="{muted}" size="7.5">{place}</font>'
        return Paragraph(markup, self.styles["cell"])

    def apart(self) -> list[Flowable]:
        report = self.report
        if not (report.undated or report.copies or report.unread or report.outside):
            return []
        story = self.heading(self.w("apart"))
        if report.outside:
            key = "outside_one" if report.outside == 1 else "outside"
            story.append(self.para(self.w(key, count=self.n(report.outside)), "text"))
        widths = [WIDTH * 0.45, WIDTH * 0.55]
        lists: list[tuple[str, str, list[tuple[str, str]]]] = [
            (
                self.w("undated_title", count=self.n(len(report.undated))),
                self.w("undated_note"),
                [(s.summary.title, self.path(s.path)) for s in report.undated],
            ),
            (
                self.w("copies_title", count=self.n(len(report.copies))),
                self.w("copies_note"),
                [
                    (self.path(c.path), self.w("copy_of", path=self.path(c.counted)))
                    for c in report.copies
                ],
            ),
            (
                self.w("unread_title", count=self.n(len(report.unread))),
                self.w("unread_note"),
                [(self.path(u.path), state_text(u.state, self.language)) for u in report.unread],
            ),
        ]
        for title, note, entries in lists:
            if not entries:
                continue
            rows: list[list[Flowable | str]] = [
                [self.cell(a, widths[0]), self.cell(b, widths[1])] for a, b in entries[:MOST_APART]
            ]
            story += [*self.sub(title), self.small(note), Spacer(1, 1 * mm)]
            story.append(_one_table(rows, widths, heading=False))
            if len(entries) > MOST_APART:
                more = len(entries) - MOST_APART
                story.append(self.small(f"… +{self.n(more)}"))
        return story

    def rules(self) -> list[Flowable]:
        today = short_date(self.report.today, self.language)
        return [
            *self.sub(self.w("how_counted"), rows=2),
            self.small(self.w("rules", date=today)),
        ]

    def _sections(self) -> tuple[Callable[[], list[Flowable]], ...]:
        """The parts that open with a section's title: each starts on a new page when
        less than SECTION_ROOM is left of this one."""
        return (
            self.organisations,
            self.satisfaction,
            self.late,
            self.workshops,
            self.apart,
        )

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        builders: list[Callable[[], list[Flowable]]] = [
            self.cover,
            self.figures,
            self.timeline,
            self.results,
            self.organisations,
            self.facilitators,
            self.satisfaction,
            self.late,
            self.owners,
            self.workshops,
            self.apart,
            self.rules,
        ]
        for build in builders:
            part = build()
            if part and story and build in self._sections():
                story.append(CondPageBreak(SECTION_ROOM))
            story += part
        return story


def _author(report: ActivityReport) -> str:
    """The lab: the organisation most of the counted workshops are carried by."""
    counts: dict[str, int] = {}
    for reported in report.workshops:
        name = " ".join(reported.summary.organisation.split())
        if name:
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else "Facilitator"


def report_pdf(report: ActivityReport, language: Language, *, title: str = "") -> bytes:
    """The activity report as PDF bytes: A4, fonts embedded, bookmarks, "Page n of N",
    the document's title, author (the organisation carrying most workshops) and
    language declared (pdf_metadata). `title` replaces « Rapport d'activité » as the
    cover's title (the lab's name, say), "" keeps it."""
    from facilitator.export.pdf_text import register_fonts

    register_fonts()
    writer = _Writer(report, language, " ".join(title.split()))
    story = writer.story()
    first = report.workshops[0].dates[0] if report.workshops else ""
    last = max((r.dates[-1] for r in report.workshops), default="")
    period = period_text(report.period, language, first, last)
    shown_title = writer.title or rword(language, "report")
    buffer = io.BytesIO()
    document = OutlinedDocument(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_ROOM,
        bottomMargin=MARGIN,
        initialFontName=BODY,  # else Helvetica is declared on every page, not embedded
    )
    document.pdf_info = PdfInfo(
        title=f"{shown_title} — {period}",
        author=_author(report),
        subject=rword(language, "subject"),
        language=language,
    )
    page_text = PageText(
        header_left=shown_title,
        header_right=period,
        footer_left=rword(language, "generated", date=short_date(report.today, language)),
        page_label=lambda page, pages: rword(language, "page", page=page, pages=pages),
    )
    document.build(story, canvasmaker=numbered_canvas(page_text))
    return buffer.getvalue()
