"""The agenda's times, computed live from each day's start and the items' durations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.workshop import Workshop

MINUTES_PER_DAY = 24 * 60
PAUSE = "pause"  # the category under which breaks and lunch are totalled


def minutes_of(time: str, default: int = 9 * 60 + 30) -> int:
    """'09:30' -> 570; an empty or malformed time gives `default`."""
    try:
        hours, minutes = time.split(":")
        return int(hours) * 60 + int(minutes)
    except ValueError:
        return default


def clock(minutes: int) -> str:
    """570 -> '09:30'; past midnight the time wraps (the day is flagged elsewhere)."""
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration_text(minutes: int) -> str:
    """95 -> '1 h 35'; 45 -> '45 min' (the same in French and English)."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}\u00a0min"
    return f"{hours}\u00a0h\u00a0{rest:02d}" if rest else f"{hours}\u00a0h"


@dataclass(frozen=True)
class TimedItem:
    item: AgendaItem
    start: int  # minutes since the day's midnight
    end: int

    @property
    def crosses_midnight(self) -> bool:
        return self.end > MINUTES_PER_DAY


@dataclass(frozen=True)
class DaySchedule:
    day: Day
    items: tuple[TimedItem, ...]
    start: int
    planned_end: int
    end: int

    @property
    def overrun(self) -> int:
        """Minutes past the day's planned end (0 when it fits)."""
        return max(0, self.end - self.planned_end)

    @property
    def slack(self) -> int:
        return max(0, self.planned_end - self.end)

    @property
    def crosses_midnight(self) -> bool:
        return self.end > MINUTES_PER_DAY

    @property
    def total(self) -> int:
        return self.end - self.start

    def timed(self, item_id: str) -> TimedItem | None:
        return next((t for t in self.items if t.item.id == item_id), None)


def day_schedule(workshop: Workshop, day: Day) -> DaySchedule:
    start = minutes_of(day.start_time)
    planned_end = minutes_of(day.end_time, default=start)
    timed: list[TimedItem] = []
    now = start
    for item in workshop.where(AgendaItem, day_id=day.id):
        timed.append(TimedItem(item, now, now + item.duration_min))
        now += item.duration_min
    return DaySchedule(day, tuple(timed), start, planned_end, now)


def schedules(workshop: Workshop) -> list[DaySchedule]:
    return [day_schedule(workshop, day) for day in workshop.all(Day)]


def category_of(item: AgendaItem) -> str:
    return PAUSE if item.kind in ("break", "lunch") else (item.category or "other")


def category_totals(items: list[AgendaItem]) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for item in items:
        totals[category_of(item)] += item.duration_min
    return dict(totals)


@dataclass
class MaterialNeed:
    """One line of the materials checklist, and the activities that need it."""

    text: str
    activities: list[str] = field(default_factory=list)


def materials_checklist(workshop: Workshop) -> list[MaterialNeed]:
    """Every material line of every item, merged when the same (case and blanks aside)."""
    needs: dict[str, MaterialNeed] = {}
    for schedule in schedules(workshop):
        for timed in schedule.items:
            for line in timed.item.materials.splitlines():
                text = line.strip().lstrip("-–•*").strip()
                if not text:
                    continue
                key = " ".join(text.casefold().split())
                need = needs.setdefault(key, MaterialNeed(text))
                if timed.item.title not in need.activities:
                    need.activities.append(timed.item.title)
    return list(needs.values())
