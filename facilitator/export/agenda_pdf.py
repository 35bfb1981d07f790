"""The printable agenda: for participants (times, titles, instructions) or for the
facilitator (plus notes, materials, totals and the materials checklist)."""

from __future__ import annotations

from typing import Any, Literal

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from facilitator.domain.records import Day, Language, Person
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
    build_pdf,
)
from facilitator.export.pdf_text import BODY, BOLD, register_fonts, rich
from facilitator.export.words import (
    CATEGORY_NAMES,
    date_range,
    french_typography,
    labelled,
    long_date,
    word,
)

Audience = Literal["participants", "facilitator"]
TIME_COLUMN = 31 * mm
DURATION_COLUMN = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT, spaceAfter=4
        ),
        "audience": ParagraphStyle(
            "audience", base, fontSize=11, leading=14, textColor=MUTED, spaceAfter=8
        ),
        # User text is never set in the oblique font: it lacks Arabic and Hebrew letters.
        "question": ParagraphStyle(
            "question", base, fontSize=12, leading=16, spaceAfter=8, textColor=ACCENT
        ),
        "facts": ParagraphStyle("facts", base, fontSize=9.5, leading=13, textColor=MUTED),
        "day": ParagraphStyle(
            "day",
            base,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=2,
        ),
        "day_facts": ParagraphStyle("day_facts", base, textColor=MUTED, spaceAfter=6),
        "time": ParagraphStyle("time", base, fontName=BOLD),
        "item": ParagraphStyle("item", base, fontName=BOLD, fontSize=10.5, leading=13.5),
        "pause": ParagraphStyle("pause", base, textColor=MUTED),
        "duration": ParagraphStyle("duration", base, alignment=TA_RIGHT, textColor=MUTED),
        "text": ParagraphStyle(
            "text", base, leftIndent=TIME_COLUMN + 3, spaceAfter=3, alignment=TA_LEFT
        ),
        "label": ParagraphStyle(
            "label",
            base,
            leftIndent=TIME_COLUMN + 3,
            fontName=BOLD,
            fontSize=8.5,
            textColor=MUTED,
            spaceBefore=2,
        ),
        "warning": ParagraphStyle("warning", base, fontName=BOLD, textColor=INK, spaceBefore=4),
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=6,
        ),
        "check": ParagraphStyle("check", base, leftIndent=14, firstLineIndent=-14, spaceAfter=2),
    }


class _Writer:
    def __init__(self, workshop: Workshop, audience: Audience) -> None:
        self.workshop = workshop
        self.audience = audience
        self.language: Language = workshop.info.language
        self.styles = _styles()

    def text(self, value: str) -> str:
        """User or document text, as safe markup, with French typography when French."""
        if self.language == "fr":
            value = french_typography(value)
        return rich(value)

    def para(self, value: str, style: str) -> Paragraph:
        return Paragraph(self.text(value), self.styles[style])

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
            story.append(self.para(info.question, "question"))
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
        story: list[Flowable] = [heading, self.para(facts, "day_facts")]
        if not schedule.items:
            story.append(self.para(self.word("empty_day"), "small"))
        for timed in schedule.items:
            story.append(self.item(timed))
        if self.audience == "facilitator":
            story += self.day_footer(schedule)
        return story

    def item(self, timed: TimedItem) -> Flowable:
        item = timed.item
        pause = item.kind in ("break", "lunch")
        times = f"{clock(timed.start)}\u00a0–\u00a0{clock(timed.end)}"
        duration = self.text(duration_text(item.duration_min))
        row = Table(
            [
                [
                    Paragraph(times, self.styles["time"]),
                    self.para(item.title, "pause" if pause else "item"),
                    Paragraph(duration, self.styles["duration"]),
                ]
            ],
            colWidths=[TIME_COLUMN, CONTENT_WIDTH - TIME_COLUMN - DURATION_COLUMN, DURATION_COLUMN],
        )
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
        ]
        if pause:
            commands.append(("BACKGROUND", (0, 0), (-1, -1), SHADE))
        row.setStyle(TableStyle(commands))
        block: list[Flowable] = [row]
        if item.participant_instructions and not pause:
            block.append(self.para(item.participant_instructions, "text"))
        if self.audience == "facilitator":
            for key, value in (("notes", item.facilitator_notes), ("materials", item.materials)):
                if value:
                    block += [self.para(self.word(key), "label"), self.para(value, "text")]
        block.append(Spacer(0, 3))
        return KeepTogether(block)

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
