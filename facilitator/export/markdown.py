"""The agenda as Markdown: readable as plain text, renders as tables anywhere."""

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
from facilitator.export.words import date_range, french_typography, long_date, word

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"(^|\n)([#+>-])")


def escape(text: str) -> str:
    """Plain text that Markdown shows as typed: no markup, no HTML, one table cell."""
    escaped = _LINE_START.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", text))
    return escaped.replace("\r", "").replace("\n", "<br>")


class _Writer:
    def __init__(self, workshop: Workshop, audience: Audience) -> None:
        self.workshop = workshop
        self.audience = audience
        self.language = workshop.info.language
        self.colon = "\u00a0: " if self.language == "fr" else ": "

    def text(self, value: str) -> str:
        return escape(french_typography(value) if self.language == "fr" else value)

    def word(self, key: str, **params: object) -> str:
        return self.text(word(self.language, key, **params))

    def header(self) -> list[str]:
        info = self.workshop.info
        lines = [f"# {self.text(info.title) or self.word('agenda')}", ""]
        lines += [f"*{self.word(f'agenda_{self.audience}')}*", ""]
        if info.question:
            lines += [f"> {self.text(info.question)}", ""]
        days = self.workshop.all(Day)
        facts: list[tuple[str, str]] = []
        if days:
            facts.append(("dates", date_range(days[0].date, days[-1].date, self.language)))
        if info.place:
            facts.append(("place", info.place))
        facilitators = [p.name for p in self.workshop.where(Person, role="facilitator")]
        if facilitators:
            facts.append(("facilitators", ", ".join(facilitators)))
        return lines + [f"- **{self.word(k)}**{self.colon}{self.text(v)}" for k, v in facts]

    def day(self, number: int, schedule: DaySchedule) -> list[str]:
        day = schedule.day
        lines = [
            "",
            f"## {self.word('day')} {number} — {self.text(long_date(day.date, self.language))}",
            "",
        ]
        facts = f"{clock(schedule.start)}–{clock(schedule.planned_end)}"
        lines += [self.text(facts + (f" · {day.place}" if day.place else "")), ""]
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
        return lines

    def row(self, timed: TimedItem) -> str:
        item = timed.item
        cell = f"**{self.text(item.title)}**"
        if item.participant_instructions:
            cell += "<br>" + self.text(item.participant_instructions)
        if self.audience == "facilitator":
            for key, value in (("notes", item.facilitator_notes), ("materials", item.materials)):
                if value:
                    cell += f"<br>*{self.word(key)}*{self.colon}{self.text(value)}"
        times = f"{clock(timed.start)}–{clock(timed.end)}"
        return f"| {times} | {cell} | {self.text(duration_text(item.duration_min))} |"

    def checklist(self) -> list[str]:
        needs = materials_checklist(self.workshop)
        if self.audience != "facilitator" or not needs:
            return []
        return ["", f"## {self.word('checklist')}", ""] + [
            f"- [ ] {self.text(need.text)}" for need in needs
        ]


def agenda_markdown(workshop: Workshop, audience: Audience = "participants") -> str:
    writer = _Writer(workshop, audience)
    lines = writer.header()
    for number, schedule in enumerate(schedules(workshop), start=1):
        lines += writer.day(number, schedule)
    lines += writer.checklist()
    return "\n".join(lines) + "\n"
