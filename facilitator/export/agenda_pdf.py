"""The printable agenda, a run sheet: for participants (times, titles, instructions) or
for the facilitator (plus notes, materials, totals and the materials checklist).

Each activity is a ruled row (times, title, duration) with its text under the title;
the row goes with the first lines of its text, and long notes run on to the next page
(kept whole, each activity took a page: the two-day demo's facilitator agenda was 21
pages, it is 10; issue 15).

An activity with rounds (issue 18) lists them under its text (`item_rounds`): titles
and lengths for the participants; for the facilitator a ruled row per round record,
its numbers as the projector shows them (« 1–8 »), title, instruction, notes and
length (« 8 × 1 min »), at most `round_lines.MOST_LINES` rows and a count of the rest."""

from __future__ import annotations

from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    TableStyle,
)

from facilitator.domain.records import AgendaItem, Day, Language, Person
from facilitator.domain.schedule import (
    DaySchedule,
    TimedItem,
    category_totals,
    clock,
    duration_text,
    materials_checklist,
    schedules,
)
from facilitator.domain.workshop import Workshop
from facilitator.export.pdf_pages import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    PAGE_WIDTH,
    RULE,
    SHADE,
    Gap,
    build_pdf,
    room_for,
)
from facilitator.export.pdf_text import BODY, BOLD, PdfWriting, register_fonts
from facilitator.export.pdf_text import TextParagraph as Paragraph
from facilitator.export.pdf_text import TextTable as Table
from facilitator.export.round_lines import Rounds, seconds_text
from facilitator.export.words import (
    CATEGORY_NAMES,
    date_range,
    labelled,
    long_date,
    word,
)

Audience = Literal["participants", "facilitator"]
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # the frame's own padding, 6 pt each side
BODY_SIZE = 8.5  # points: the run sheet's text (issue 15: readable, at least 8.5 pt)
LEADING = 10.8
TIME_SIZE = 9.0
DURATION_COLUMN = 15 * mm
PAD = 3.0  # points: a table cell's padding, left and right


def time_column() -> float:
    """The width of the time column, in points: the widest "00:00 – 00:00" in its bold
    font, with the cell's padding (the fonts must be registered)."""
    widest: float = stringWidth("00:00\u00a0–\u00a000:00", BOLD, TIME_SIZE)
    return widest + 2 * PAD + 2


def _styles(indent: float) -> dict[str, ParagraphStyle]:
    """The run sheet's styles; `indent` is the time column's width, where an activity's
    text starts (under its title)."""
    base = ParagraphStyle("body", fontName=BODY, fontSize=BODY_SIZE, leading=LEADING, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=3
        ),
        "audience": ParagraphStyle(
            "audience", base, fontSize=10.5, leading=13, textColor=MUTED, spaceAfter=6
        ),
        # User text is never set in the oblique font: it lacks Arabic and Hebrew letters.
        "question": ParagraphStyle(
            "question", base, fontSize=11, leading=14, spaceAfter=6, textColor=ACCENT
        ),
        "facts": ParagraphStyle("facts", base, fontSize=9, leading=12, textColor=MUTED),
        "day": ParagraphStyle(
            "day",
            base,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=1,
        ),
        "day_facts": ParagraphStyle("day_facts", base, textColor=MUTED, spaceAfter=4),
        "time": ParagraphStyle("time", base, fontName=BOLD, fontSize=TIME_SIZE, leading=LEADING),
        "item": ParagraphStyle("item", base, fontName=BOLD, fontSize=9.5, leading=11.5),
        "pause": ParagraphStyle("pause", base, textColor=MUTED),
        "duration": ParagraphStyle("duration", base, alignment=TA_RIGHT, textColor=MUTED),
        "text": ParagraphStyle(
            "text", base, leftIndent=indent + PAD, spaceBefore=2, alignment=TA_LEFT
        ),
        "warning": ParagraphStyle("warning", base, fontName=BOLD, textColor=INK, spaceBefore=4),
        "small": ParagraphStyle("small", base, textColor=MUTED, spaceBefore=2),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "check": ParagraphStyle("check", base, leftIndent=12, firstLineIndent=-12, spaceAfter=1),
        # The facilitator's table of an activity's rounds (under its text).
        "round": ParagraphStyle("round", base, fontName=BOLD),
        "round_text": ParagraphStyle("round_text", base),
        "round_number": ParagraphStyle("round_number", base, alignment=TA_RIGHT, textColor=MUTED),
    }


class _Writer(PdfWriting):
    def __init__(self, workshop: Workshop, audience: Audience) -> None:
        register_fonts()
        self.workshop = workshop
        self.audience = audience
        self.language: Language = workshop.info.language
        self.time_column = time_column()
        self.styles = _styles(self.time_column)
        self.rounds = Rounds(workshop, self.language)

    def word(self, key: str, **params: object) -> str:
        return word(self.language, key, **params)

    # -- the parts --------------------------------------------------------
    def cover(self) -> list[Flowable]:
        info = self.workshop.info
        days = self.workshop.all(Day)
        story: list[Flowable] = [
            self.para(info.title or self.word("agenda"), "title"),
            self.para(self.word(f"agenda_{self.audience}"), "audience"),
        ]
        if info.question:
            story += self.paras(info.question, "question")  # 1,000 characters
        facts = []
        if days:
            dates = date_range(days[0].date, days[-1].date, self.language)
            facts.append(labelled(self.language, self.word("dates"), dates))
        if info.place:
            facts.append(labelled(self.language, self.word("place"), info.place))
        facilitators = [p.name for p in self.workshop.where(Person, role="facilitator")]
        if facilitators:
            facts.append(
                labelled(self.language, self.word("facilitators"), ", ".join(facilitators))
            )
        story += [self.para(fact, "facts") for fact in facts]
        return story

    def day(self, number: int, schedule: DaySchedule) -> list[Flowable]:
        day = schedule.day
        heading = self.para(
            f"{self.word('day')} {number} · {long_date(day.date, self.language)}", "day"
        )
        heading.outline_title = (
            f"{self.word('day')} {number} — {long_date(day.date, self.language)}"
        )
        facts = f"{clock(schedule.start)} – {clock(schedule.planned_end)}"
        if day.place:
            facts += f" · {day.place}"
        top: list[Flowable] = [heading, self.para(facts, "day_facts")]
        story: list[Flowable] = []
        if not schedule.items:
            story += [*top, self.para(self.word("empty_day"), "small")]
        for index, timed in enumerate(schedule.items):
            story += self.item(timed, top if index == 0 else [])
        if self.audience == "facilitator":
            story += self.day_footer(schedule)
        return story

    def item(self, timed: TimedItem, above: list[Flowable]) -> list[Flowable]:
        """One line of the run sheet: times, title and duration on a ruled row, then the
        text under the title: the participants' instructions, and for the facilitator
        the notes and the materials, each led by its label. The row never ends a page:
        it goes with the first lines of its text, which may then run over the page."""
        item = timed.item
        pause = item.kind in ("break", "lunch")
        times = f"{clock(timed.start)}\u00a0–\u00a0{clock(timed.end)}"
        duration = self.text(duration_text(item.duration_min))
        column = self.time_column
        row = Table(
            [
                [
                    Paragraph(times, self.styles["time"]),
                    self.para(item.title, "pause" if pause else "item"),
                    Paragraph(duration, self.styles["duration"]),
                ]
            ],
            colWidths=[column, CONTENT_WIDTH - column - DURATION_COLUMN, DURATION_COLUMN],
        )
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        if pause:
            commands.append(("BACKGROUND", (0, 0), (-1, -1), SHADE))
        row.setStyle(TableStyle(commands))
        texts: list[tuple[str, str]] = []
        if item.participant_instructions and not pause:
            key = "instructions" if self.audience == "facilitator" else ""
            texts.append((key, item.participant_instructions))
        if self.audience == "facilitator":
            texts.append(("notes", item.facilitator_notes))
            materials = [m.strip() for m in item.materials.splitlines() if m.strip()]
            texts.append(("materials", " · ".join(materials)))
        block: list[Flowable] = []
        for key, value in texts:
            block += self.labelled_text(key, value)
        block += self.item_rounds(item)
        first = [*above, row]
        # The row, and two lines of what follows it, on one page.
        return [room_for(first, CONTENT_WIDTH, 2 * LEADING + 4), *first, *block, Gap(4)]

    def labelled_text(self, key: str, value: str, style: str = "text") -> list[Flowable]:
        """User text under an activity's title, its label (when `key`) leading its first
        line. A blank line of the text is a small gap, not a whole empty line."""
        parts = [p.strip("\n") for p in value.split("\n\n") if p.strip()]
        out: list[Flowable] = []
        for index, part in enumerate(parts):
            label = f"{self.label(self.word(key))}\u2003" if index == 0 and key else ""
            # A long part as paragraphs that read as one (`paras`: linear in its lines).
            out += self.paras(part, style, before=label)
        return out

    @staticmethod
    def label(text: str) -> str:
        """Markup of a label leading a text: bold, muted."""
        muted = f"#{MUTED.hexval()[2:]}"
        return f'<font name="{BOLD}" color="{muted}">{escape(text)}</font>'

    def item_rounds(self, item: AgendaItem) -> list[Flowable]:
        """An activity's rounds, under its text. For the participants, one paragraph of
        titles and lengths (« Crazy 8 (8 × 1 min) · Partage (5 min) »); for the
        facilitator, their count and length in all (and a warning when they outlast the
        activity), then one ruled row per round record: the rounds it covers (« 1–8 »,
        the projector's numbers) in the time column, its title, instruction and notes,
        its length (« 8 × 1 min ») in the duration column."""
        plan = self.rounds.plan(item.id)
        if not plan.lines:
            return []
        more = [self.word("rounds_left_out", count=plan.left_out)] if plan.left_out else []
        if self.audience == "participants":
            shown = [f"{line.title} ({line.length})" for line in plan.lines]
            return self.labelled_text("rounds", " · ".join(shown + more))
        key = "rounds_total" if plan.count > 1 else "round_total"
        total = self.word(key, count=plan.count, length=seconds_text(plan.total_s))
        if plan.total_s > item.duration_min * 60:
            total += " — ⚠ " + self.word("rounds_longer", length=duration_text(item.duration_min))
        heading = Paragraph(
            f"{self.label(self.word('rounds'))}\u2003{self.text(total)}", self.styles["text"]
        )
        column = self.time_column
        # The lengths on one line each (« 8 × 1 min 30 s »), right-aligned with the
        # activity's own duration; a title column of at least two thirds of the width.
        widest = max(stringWidth(line.length, BODY, BODY_SIZE) for line in plan.lines)
        length_column = min(max(DURATION_COLUMN, widest + 2 * PAD + 1), CONTENT_WIDTH / 4)
        rows: list[list[Any]] = []
        for line in plan.lines:
            cell: list[Flowable] = [self.para(line.title, "round")]
            cell += self.labelled_text("", line.instruction, "round_text")
            cell += self.labelled_text("notes", line.notes, "round_text")
            rows.append(
                [
                    self.para(line.numbers, "round_number"),
                    cell,
                    self.para(line.length, "duration"),
                ]
            )
        if more:
            rows.append(["", self.para(more[0], "round_text"), ""])
        table = Table(
            rows,
            colWidths=[column, CONTENT_WIDTH - column - length_column, length_column],
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (1, 0), (-1, -2), 0.3, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        # The heading with the first round at least; the table may then run over the page.
        first_row = 3 * LEADING + 4
        return [room_for([heading], CONTENT_WIDTH, first_row), heading, table]

    def day_footer(self, schedule: DaySchedule) -> list[Flowable]:
        story: list[Flowable] = []
        if schedule.overrun:
            story.append(
                self.para(
                    "⚠ "
                    + self.word(
                        "overrun",
                        end=clock(schedule.planned_end),
                        minutes=duration_text(schedule.overrun),
                    ),
                    "warning",
                )
            )
        if schedule.crosses_midnight:
            story.append(self.para("⚠ " + self.word("midnight"), "warning"))
        totals = category_totals([t.item for t in schedule.items])
        if totals:
            names = CATEGORY_NAMES[self.language]
            parts = [f"{names.get(k, k)} {duration_text(v)}" for k, v in totals.items()]
            story.append(
                self.para(labelled(self.language, self.word("totals"), " · ".join(parts)), "small")
            )
        return story

    def checklist(self) -> list[Flowable]:
        needs = materials_checklist(self.workshop)
        if not needs:
            return []
        story: list[Flowable] = [self.para(self.word("checklist"), "heading")]
        story[0].outline_title = self.word("checklist")
        for need in needs:
            line = f"☐ {need.text}"
            if need.activities:
                line += " — " + labelled(
                    self.language, self.word("needed_for"), ", ".join(need.activities[:6])
                )
            story.append(self.para(line, "check"))
        return story

    def story(self) -> list[Flowable]:
        story = self.cover()
        for number, schedule in enumerate(schedules(self.workshop), start=1):
            story += self.day(number, schedule)
        if self.audience == "facilitator":
            story += self.checklist()
        return story


def agenda_pdf(workshop: Workshop, audience: Audience) -> bytes:
    """The agenda as PDF bytes, A4, fonts embedded."""
    register_fonts()
    writer = _Writer(workshop, audience)
    language = writer.language
    return build_pdf(
        writer.story(),
        workshop,
        document_title=workshop.info.title or word(language, "agenda"),
        subject=word(language, f"agenda_{audience}"),
    )
