"""The agenda as Markdown: readable as plain text, renders anywhere (CommonMark, with or
without HTML; the day's overview is a GFM table, plain text where tables are off).

Every user string goes through `escape` (or `cell` in a table): it renders as typed,
never as markup, under any CommonMark renderer with raw HTML off. Line breaks are
CommonMark hard breaks (a backslash at the end of the line), never raw `<br>`.
"""

from __future__ import annotations

import re

from facilitator.domain.records import Day, Person
from facilitator.domain.schedule import (
    DaySchedule,
    TimedItem,
    clock,
    duration_text,
    materials_checklist,
    schedules,
)
from facilitator.domain.workshop import Workshop
from facilitator.export.agenda_pdf import Audience
from facilitator.export.round_lines import Rounds, seconds_text
from facilitator.export.words import date_range, french_typography, long_date, word

# Characters that open inline markup anywhere in a line: escapes, code, emphasis,
# links and images, autolinks and HTML, GFM tables and strikethrough.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# A character reference (&amp; &copy; &#160; &#x1F600;) would render as its character.
_REFERENCE = re.compile(r"&(?=(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)")
# A heading's closing sequence: a # after a blank.
_CLOSING_HASH = re.compile(r"(?<=[ \t])#")
# What starts a block at the start of a line: a heading, a list item (- + and 1. or
# 2026) as ordered), a setext underline (= or -), a thematic break (---).
_BLOCK_START = re.compile(r"^(?:([-+=#])|(\d{1,9})([.)]))")
_LEADING_BLANKS = re.compile(r"^[ \t]+")


def _line(line: str, *, starts_line: bool = True) -> str:
    line = _CLOSING_HASH.sub(r"\\#", _REFERENCE.sub(r"\\&", _INLINE.sub(r"\\\1", line)))
    if not starts_line:
        return line
    if _LEADING_BLANKS.match(line):
        # Four spaces would start a code block, and any blank would be dropped: the first
        # becomes a character reference, which is text, and the others follow it as typed.
        return ("&#9;" if line[0] == "\t" else "&#32;") + line[1:]
    return _BLOCK_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else f"{m.group(2)}\\{m.group(3)}", line
    )


def escape(text: str, indent: str = "", *, mid_line: bool = False) -> str:
    """`text` as CommonMark inline content that renders exactly as typed, with raw HTML
    on or off: markup characters backslash-escaped, character references escaped, each
    line made unable to start a block (list, heading, code, quote, setext underline),
    and line breaks as hard breaks (backslash, new line, then `indent`, the prefix that
    keeps the next line inside its block: "  " in a list item, "> " in a quote).
    `mid_line`: the text follows other text on its first line ("**Notes**: …"), where
    no block can start. Leading and trailing empty lines are dropped (a renderer shows
    none). Linear in `len(text)`."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    first = _line(lines[0], starts_line=not mid_line)
    return ("\\\n" + indent).join([first, *(_line(line) for line in lines[1:])])


def cell(text: str) -> str:
    """`escape` for a one-line place, such as a table cell: a line break is a space."""
    return escape(" ".join(text.replace("\r", "\n").split("\n")))


class _Writer:
    def __init__(self, workshop: Workshop, audience: Audience) -> None:
        self.workshop = workshop
        self.audience = audience
        self.language = workshop.info.language
        self.colon = "\u00a0: " if self.language == "fr" else ": "
        self.rounds = Rounds(workshop, self.language)

    def typeset(self, value: str) -> str:
        return french_typography(value) if self.language == "fr" else value

    def text(self, value: str, indent: str = "", *, mid_line: bool = False) -> str:
        return escape(self.typeset(value), indent, mid_line=mid_line)

    def cell(self, value: str) -> str:
        return cell(self.typeset(value))

    def word(self, key: str, **params: object) -> str:
        return self.text(word(self.language, key, **params))

    def header(self) -> list[str]:
        info = self.workshop.info
        lines = [f"# {self.cell(info.title) or self.word('agenda')}", ""]
        lines += [f"*{self.word(f'agenda_{self.audience}')}*", ""]
        if info.question:
            lines += [f"> {self.text(info.question, '> ')}", ""]
        days = self.workshop.all(Day)
        facts: list[tuple[str, str]] = []
        if days:
            facts.append(("dates", date_range(days[0].date, days[-1].date, self.language)))
        if info.place:
            facts.append(("place", info.place))
        facilitators = [p.name for p in self.workshop.where(Person, role="facilitator")]
        if facilitators:
            facts.append(("facilitators", ", ".join(facilitators)))
        return lines + [
            f"- **{self.word(k)}**{self.colon}{self.text(v, '  ', mid_line=True)}" for k, v in facts
        ]

    def day(self, number: int, schedule: DaySchedule) -> list[str]:
        day = schedule.day
        lines = [
            "",
            f"## {self.word('day')} {number} — {self.cell(long_date(day.date, self.language))}",
            "",
        ]
        facts = f"{clock(schedule.start)}–{clock(schedule.planned_end)}"
        lines += [self.cell(facts + (f" · {day.place}" if day.place else "")), ""]
        if not schedule.items:
            return [*lines, f"*{self.word('empty_day')}*"]
        header = [self.word(k) for k in ("time", "activity", "duration")]
        lines += ["| " + " | ".join(header) + " |", "|---|---|---|"]
        lines += [self.row(timed) for timed in schedule.items]
        if schedule.overrun:
            warning = self.word(
                "overrun", end=clock(schedule.planned_end), minutes=duration_text(schedule.overrun)
            )
            lines += ["", f"**⚠ {warning}**"]
        for timed in schedule.items:
            lines += self.details(timed)
        return lines

    def row(self, timed: TimedItem) -> str:
        item = timed.item
        times = f"{clock(timed.start)}–{clock(timed.end)}"
        title = f"**{self.cell(item.title)}**" if item.title.strip() else ""
        return f"| {times} | {title} | {self.cell(duration_text(item.duration_min))} |"

    def details(self, timed: TimedItem) -> list[str]:
        """What does not fit a table row (instructions, notes, materials: several lines
        each), under the activity's time and title."""
        item = timed.item
        parts: list[str] = []
        if item.participant_instructions.strip():
            parts += [self.text(item.participant_instructions), ""]
        if self.audience == "facilitator":
            for key, value in (("notes", item.facilitator_notes), ("materials", item.materials)):
                if value.strip():
                    text = self.text(value, mid_line=True)
                    parts += [f"*{self.word(key)}*{self.colon}{text}", ""]
        parts += self.rounds_of(item.id, item.duration_min)
        if not parts:
            return []
        times = f"{clock(timed.start)}–{clock(timed.end)}"
        return ["", f"### {times} · {self.cell(item.title)}", "", *parts[:-1]]

    def rounds_of(self, item_id: str, duration_min: int) -> list[str]:
        """An activity's rounds (each followed by an empty line, as `details`' parts):
        for the participants, one line of titles and lengths; for the facilitator, their
        count and length in all, then a list item per round record, « **1–8** ·
        Esquisse · 8 × 1 min », its instruction and notes on the lines under it."""
        plan = self.rounds.plan(item_id)
        if not plan.lines:
            return []
        label = f"*{self.word('rounds')}*{self.colon}"
        more = [word(self.language, "rounds_left_out", count=plan.left_out)] * bool(plan.left_out)
        if self.audience == "participants":
            shown = [f"{line.title} ({line.length})" for line in plan.lines] + more
            return [label + self.text(" · ".join(shown), mid_line=True), ""]
        key = "rounds_total" if plan.count > 1 else "round_total"
        total = word(self.language, key, count=plan.count, length=seconds_text(plan.total_s))
        if plan.total_s > duration_min * 60:
            total += " — ⚠ " + word(
                self.language, "rounds_longer", length=duration_text(duration_min)
            )
        out = [label + self.text(total, mid_line=True), ""]
        for line in plan.lines:
            head = f"- **{line.numbers}** · {self.cell(line.title)} · {self.cell(line.length)}"
            below = [self.text(line.instruction, "  ")] if line.instruction.strip() else []
            if line.notes.strip():
                notes = self.text(line.notes, "  ", mid_line=True)
                below.append(f"*{self.word('notes')}*{self.colon}{notes}")
            out.append("\\\n  ".join([head, *below]))
        out += [f"- {self.text(more[0], '  ', mid_line=True)}" for _ in more]
        return [*out, ""]

    def checklist(self) -> list[str]:
        needs = materials_checklist(self.workshop)
        if self.audience != "facilitator" or not needs:
            return []
        return ["", f"## {self.word('checklist')}", ""] + [
            f"- [ ] {self.text(need.text, '  ')}" for need in needs
        ]


def agenda_markdown(workshop: Workshop, audience: Audience = "participants") -> str:
    """The agenda of `workshop` for `audience` as CommonMark text (UTF-8 str, lines
    ending with \\n): a header, then each day's overview table and the details of its
    activities, then (for the facilitator) the materials checklist."""
    writer = _Writer(workshop, audience)
    lines = writer.header()
    for number, schedule in enumerate(schedules(workshop), start=1):
        lines += writer.day(number, schedule)
    lines += writer.checklist()
    return "\n".join(lines) + "\n"
