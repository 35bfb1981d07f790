"""The rounds of agenda items as the exports print them (issue 18): the plan (run sheet,
calendar, Markdown) and the rounds as run (synthesis).

Read from the records themselves (`ItemRound`, `RoundRun`), in run order (position,
then id). A repeated round is one line, « 8 × 1 min », never eight; each line says which
rounds of the activity it covers (1–8), the numbers the projector shows (« Tour 3/11 »).
A team's slot (a pitch) says its team: « Pitch — Table 1 ».

Limits: `MOST_LINES` lines of rounds per activity are printed (run sheet, calendar,
Markdown); the rest are counted in one line (`RoundPlan.left_out`). The rounds editor
stops at 200 rounds in all (domain/rounds.py), so a file the app wrote prints whole; a
file holding 100,000 round records (written elsewhere) prints 200 lines and a count.
Building the plans of a whole workshop is linear in its rounds. Measured on the demo's
30 activities given 100,000 round records and 6,000 runs (CPU time, this machine):
every plan and run 0.12 s; the facilitator's run sheet, 6,000 lines of rounds over
the 30 activities, 3.5 s (400 kB); the calendar 0.15 s.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from facilitator.domain.records import AgendaItem, ItemRound, Language, RoundRun, Team
from facilitator.domain.schedule import duration_text
from facilitator.domain.workshop import Workshop
from facilitator.export.words import word

# Lines of rounds printed per activity (one line per round record, repeats on it).
MOST_LINES = 200
_NBSP = "\u00a0"


def seconds_text(seconds: int) -> str:
    """A round's length: 45 -> '45 s', 60 -> '1 min', 90 -> '1 min 30 s', 3900 -> '1 h 05',
    3930 -> '1 h 05 min 30 s' (no-break spaces; the same in French and English)."""
    seconds = max(0, int(seconds))
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest}{_NBSP}s"
    if not rest:
        return duration_text(minutes)
    hours, within = divmod(minutes, 60)
    head = f"{hours}{_NBSP}h{_NBSP}{within:02d}{_NBSP}min" if hours else f"{minutes}{_NBSP}min"
    return f"{head}{_NBSP}{rest:02d}{_NBSP}s"


def repeated_text(repeat: int, seconds: int) -> str:
    """'8 × 1 min' for a round repeated 8 times, '5 min' for one round."""
    once = seconds_text(seconds)
    return f"{repeat}{_NBSP}×{_NBSP}{once}" if repeat > 1 else once


def range_text(first: int, last: int) -> str:
    """'3' or '1–8': the rounds a line covers, numbered from 1."""
    return str(first) if first == last else f"{first}–{last}"


@dataclass(frozen=True, slots=True)
class RoundLine:
    """One round record as printed: rounds `first`..`last` of its activity (from 1)."""

    first: int
    last: int
    title: str  # its title, with its team's for a team's slot; « Tour 3 » when untitled
    length: str  # '8 × 1 min'
    instruction: str
    notes: str
    team: str  # the team whose slot it is, '' for none

    @property
    def numbers(self) -> str:
        return range_text(self.first, self.last)


@dataclass(frozen=True, slots=True)
class RoundPlan:
    """An activity's rounds as planned: at most `MOST_LINES` lines, and how many round
    records are left out after them; `total_s`, every round's seconds, repeats counted."""

    lines: tuple[RoundLine, ...]
    left_out: int
    count: int  # rounds in all, repeats counted
    total_s: int


@dataclass(frozen=True, slots=True)
class RunLine:
    """Rounds of an activity as run, as one line of the agenda as run: consecutive
    rounds of one title and planned length run on time (Crazy 8's eight minutes) share
    a line; a round over its time by `OVER_ROUND_S` or more has its own. From the first
    one's start to the last one's end; `taken_s` is None while the last one runs, or
    when a time is unreadable."""

    first: int  # the rounds it covers, numbered from 1 (the projector's numbers)
    last: int
    title: str
    count: int
    planned_s: int  # each
    start: str  # ISO 8601, as stored
    end: str
    taken_s: int | None

    @property
    def numbers(self) -> str:
        return range_text(self.first, self.last)

    @property
    def length(self) -> str:
        """'3 × 5 min': the rounds' planned length."""
        return repeated_text(self.count, self.planned_s)

    @property
    def gap_s(self) -> int | None:
        """Seconds over (positive) or under the plan; None when unknown."""
        return None if self.taken_s is None else self.taken_s - self.count * self.planned_s


# Seconds a round may run over its time and still be "on time" (a click, a sentence):
# the length of one "extend the round" (domain/rounds.py ROUND_EXTENSION_S, 30 s).
OVER_ROUND_S = 30


def gap_text(seconds: int) -> str:
    """'+7 min', '−30 s', '' for none: a gap to the plan (a true minus sign)."""
    if not seconds:
        return ""
    sign = "+" if seconds > 0 else "\u2212"
    return sign + seconds_text(abs(seconds))


class Rounds:
    """The rounds of every activity of one workshop, indexed once (an export asks for
    each activity's: a scan per activity would be quadratic)."""

    def __init__(self, workshop: Workshop, language: Language) -> None:
        self.language = language
        self._planned: dict[str, list[ItemRound]] = defaultdict(list)
        for found in workshop.unordered(ItemRound):
            self._planned[found.agenda_item_id].append(found)
        self._run: dict[str, list[RoundRun]] = defaultdict(list)
        for run in workshop.unordered(RoundRun):
            self._run[run.agenda_item_id].append(run)
        self._teams = {team.id: team.name for team in workshop.unordered(Team)}

    def team_name(self, team_id: str | None) -> str:
        """The name of team `team_id` ('' for none, or for a team that is gone)."""
        return self._teams.get(team_id or "", "")

    def plan(self, item_id: str) -> RoundPlan:
        """Agenda item `item_id`'s rounds, in run order; no lines when it has none."""
        records = sorted(self._planned.get(item_id, ()), key=lambda r: (r.position, r.id))
        lines: list[RoundLine] = []
        first = 1
        total = 0
        for index, found in enumerate(records):
            repeat = max(1, found.repeat)
            total += repeat * found.duration_s
            if index < MOST_LINES:
                team = self.team_name(found.team_id)
                lines.append(
                    RoundLine(
                        first=first,
                        last=first + repeat - 1,
                        title=self._title(found.title, team, first),
                        length=repeated_text(repeat, found.duration_s),
                        instruction=found.instruction,
                        notes=found.facilitator_notes,
                        team=team,
                    )
                )
            first += repeat
        return RoundPlan(
            lines=tuple(lines),
            left_out=max(0, len(records) - MOST_LINES),
            count=first - 1,
            total_s=total,
        )

    def _title(self, title: str, team: str, number: int) -> str:
        title = " ".join(title.split())
        if title and team:
            return f"{title} — {team}"
        return title or team or f"{word(self.language, 'round')} {number}"

    def as_run(self, item_id: str) -> list[RunLine]:
        """Agenda item `item_id`'s rounds as run, in order (position, then start): see
        `RunLine` for which share a line. A round run twice (the facilitator went back)
        is two lines."""
        runs = sorted(self._run.get(item_id, ()), key=lambda r: (r.position, r.actual_start, r.id))
        lines: list[RunLine] = []
        joinable = False  # whether the last line may take the next round
        for run in runs:
            title = " ".join(run.title.split()) or (
                f"{word(self.language, 'round')} {run.position + 1}"
            )
            taken = _seconds_between(run.actual_start, run.actual_end)
            on_time = taken is not None and taken - run.planned_s < OVER_ROUND_S
            last = lines[-1] if lines else None
            if (
                joinable
                and on_time
                and last is not None
                and (last.title, last.planned_s, last.last) == (title, run.planned_s, run.position)
            ):
                lines[-1] = RunLine(
                    first=last.first,
                    last=run.position + 1,
                    title=title,
                    count=last.count + 1,
                    planned_s=run.planned_s,
                    start=last.start,
                    end=run.actual_end,
                    taken_s=_seconds_between(last.start, run.actual_end),
                )
                continue
            lines.append(
                RunLine(
                    first=run.position + 1,
                    last=run.position + 1,
                    title=title,
                    count=1,
                    planned_s=run.planned_s,
                    start=run.actual_start,
                    end=run.actual_end,
                    taken_s=taken,
                )
            )
            joinable = on_time
        return lines


def overran(item: AgendaItem) -> bool:
    """Whether agenda item `item` was run longer than planned (by a minute or more, as the
    synthesis counts its gap)."""
    taken = _seconds_between(item.actual_start, item.actual_end)
    return taken is not None and round(taken / 60) > item.duration_min


def _seconds_between(start: str, end: str) -> int | None:
    """Whole seconds from `start` to `end` (ISO 8601); None when either is empty or
    unreadable, or when they are not both aware or both naive."""
    if not start or not end:
        return None
    try:
        return round(
            (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)).total_seconds()
        )
    except (ValueError, TypeError):
        return None


def clock_of(iso: str) -> str:
    """'10:02' from an ISO 8601 instant ('' when unreadable): the local time it was
    written with (run mode writes the venue's)."""
    try:
        return dt.datetime.fromisoformat(iso).strftime("%H:%M")
    except ValueError:
        return ""
