"""The lab's activity report (issue 21): the figures of a period, computed from the
summaries of its workshops (`lab_summary.WorkshopSummary`), for a steering committee.

Shapes: a `Source` is one workshop file's summary with its path (as given, a string),
its `file_identity` (32 hex digits, "" when unknown) and its modification time in
nanoseconds; `Unread` a file that could not be read, with its state. `activity_report`
turns them into an `ActivityReport`: plain values (counts are ints, dates ISO 8601
"YYYY-MM-DD" strings, means floats), which the PDF, CSV and Markdown writers in
`facilitator.export` lay out. Nothing here reads the clock: `today` is given.

Counting rules (said in the report itself, and in the README):
- a workshop is in the period when one of its dates is (`Period.holds`, both ends
  included); its workshop days are its distinct dates in the period, so a two-day
  workshop across the period's end counts one day in each period;
- a workshop without any date is listed apart as undated and counted nowhere;
- copies (files sharing one `file_identity`, which a plain copy keeps) count once: the
  most recently modified is counted, the others are listed as its copies;
- participants are counted once per workshop (`lab_summary`: the people listed, or the
  declared count when larger); organisations are merged across workshops with
  `lab_summary.organisation_key` (case, accents and blanks aside), each shown as its
  best spelling (accented, neither all capitals nor all lower case, then the most
  frequent), with its people and the workshops it came to;
- next steps: done, to do (not done, not overdue: no due date, or due today or later)
  and overdue (not done and due before `today`: `StepSummary.overdue_on`); the
  owners are merged like the organisations;
- scales: a ROTI's answers are pooled over every workshop (the mean weighted by
  answers: the mean of every answer given); other scales are pooled by question (as
  `organisation_key` compares them) and top value; a poll without answers is left out;
- the timeline counts each workshop once, at its first date in the period, in bars of
  a month, a quarter, a year, or several years, the smallest of which MOST_BARS hold.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from facilitator.domain.lab_summary import (
    CARD_STATUSES,
    StepSummary,
    WorkshopSummary,
    organisation_key,
)

# Bars of the timeline, at most: 24 months (two years by month) still read as a chart
# on an A4 page's width (about 7 mm a bar with its label); more are grouped in quarters,
# then years, then runs of years.
MOST_BARS = 24
UnreadState = Literal["damaged", "newer", "unreadable", "being_written"]
UNREAD_STATES: tuple[UnreadState, ...] = ("damaged", "newer", "unreadable", "being_written")
BarUnit = Literal["month", "quarter", "year", "years"]


class PeriodError(ValueError):
    """A period that is not one: a bound that is not a date, or an end before its start."""


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both "YYYY-MM-DD" and included; "" leaves that end open."""

    start: str = ""
    end: str = ""

    def __post_init__(self) -> None:
        for bound in (self.start, self.end):
            if bound and not _is_date(bound):
                raise PeriodError(f"not a date: {bound!r}")
        if self.start and self.end and self.end < self.start:
            raise PeriodError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def open(self) -> bool:
        """Neither end given: every dated workshop is in it."""
        return not self.start and not self.end

    def holds(self, date: str) -> bool:
        """Whether `date` ("YYYY-MM-DD") is in the period; a date that is not one is not."""
        if not _is_date(date):
            return False
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(frozen=True)
class Source:
    """One workshop file as the report reads it: its path, summary, `file_identity`
    ("" when unknown: never taken for a copy) and modification time (ns)."""

    path: str
    summary: WorkshopSummary
    identity: str = ""
    modified_ns: int = 0


@dataclass(frozen=True)
class Unread:
    """A file the report could not read, and why (one of UNREAD_STATES)."""

    path: str
    state: UnreadState


@dataclass(frozen=True)
class Reported:
    """A workshop counted in the period: its source and its dates in the period."""

    source: Source
    dates: tuple[str, ...]  # distinct, sorted; never empty

    @property
    def summary(self) -> WorkshopSummary:
        return self.source.summary

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def days(self) -> int:
        return len(self.dates)


@dataclass(frozen=True)
class Copy:
    """A file counted once with another: `path` is not counted, `counted` is."""

    path: str
    counted: str


@dataclass(frozen=True)
class Organisation:
    """An organisation represented: its best spelling ("" for people who gave none),
    its people over the period and the workshops they came to."""

    name: str
    people: int
    workshops: int


@dataclass(frozen=True)
class Owner:
    """Someone owning next steps ("" for steps without an owner), with their counts."""

    name: str
    done: int
    to_do: int
    overdue: int


@dataclass(frozen=True)
class Facilitator:
    name: str
    workshops: int


@dataclass(frozen=True)
class LateStep:
    """A next step overdue on the report's day, with the workshop it came from."""

    workshop: str  # its title
    path: str
    step: StepSummary


@dataclass(frozen=True)
class ScaleFigure:
    """A scale pooled over the period: `question` as first typed (the ROTI's own for
    the ROTI), its top value, the workshops and polls it was asked in, the answers
    given and their mean (every answer counted once)."""

    question: str
    scale_max: int
    workshops: int
    polls: int
    answers: int
    mean: float


@dataclass(frozen=True)
class Bar:
    """One bar of the timeline: from `start` to `end` (both included, "YYYY-MM-DD"),
    a `unit` long (for "years", `end` says how many), the workshops starting in it,
    their participants and workshop days in the period."""

    start: str
    end: str
    unit: BarUnit
    workshops: int
    participants: int
    days: int


@dataclass(frozen=True)
class StepCounts:
    done: int = 0
    to_do: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.done + self.to_do + self.overdue


@dataclass(frozen=True)
class ActivityReport:
    """The period's figures (see the module's docstring for how each is counted)."""

    period: Period
    today: str
    workshops: tuple[Reported, ...]  # by first date in the period, then title and path
    undated: tuple[Source, ...]
    copies: tuple[Copy, ...]
    unread: tuple[Unread, ...]
    outside: int  # dated workshops with no date in the period
    days: int
    participants: int
    listed_people: int  # participants with a name: those the organisations count
    organisations: tuple[Organisation, ...]  # most people first; people without one last
    ideas: int
    votes_held: int
    prototypes: dict[str, int] = field(default_factory=dict)  # CardStatus -> cards
    steps: StepCounts = StepCounts()
    late: tuple[LateStep, ...] = ()  # oldest due date first
    owners: tuple[Owner, ...] = ()  # most overdue first
    facilitators: tuple[Facilitator, ...] = ()  # most workshops first
    roti: ScaleFigure | None = None
    scales: tuple[ScaleFigure, ...] = ()  # most answers first
    timeline: tuple[Bar, ...] = ()
    files: int = 0  # workshop files read, copies and undated included

    @property
    def organisation_count(self) -> int:
        """Organisations named (people who gave none are not one)."""
        return sum(1 for o in self.organisations if o.name)

    @property
    def prototype_count(self) -> int:
        return sum(self.prototypes.values())


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _without_copies(sources: Sequence[Source]) -> tuple[list[Source], list[Copy]]:
    """Each file once (a path given twice is read once), and of the files sharing a
    `file_identity` only the most recently modified (ties: the first path in order)."""
    seen_paths: set[str] = set()
    unique: list[Source] = []
    for source in sources:
        if source.path not in seen_paths:
            seen_paths.add(source.path)
            unique.append(source)
    groups: dict[str, list[Source]] = {}
    for source in unique:
        if source.identity:
            groups.setdefault(source.identity, []).append(source)
    kept: list[Source] = []
    copies: list[Copy] = []
    for source in unique:
        group = groups.get(source.identity, [source]) if source.identity else [source]
        counted = min(group, key=lambda s: (-s.modified_ns, s.path))
        if counted is source:
            kept.append(source)
        else:
            copies.append(Copy(path=source.path, counted=counted.path))
    return kept, sorted(copies, key=lambda c: (c.counted, c.path))


def _spelling_rank(spelling: str, count: int) -> tuple[bool, bool, int, int]:
    """How well `spelling` shows a name its variants share: not all capitals, not all
    lower case, with its accents (more of them: "Préfecture" over "Prefecture"), then
    the most frequent. "PRÉFECTURE DU CANTAL" and "prefecture du cantal" give way to
    "Préfecture du Cantal" even when typed more often."""
    accents = sum(1 for c in unicodedata.normalize("NFD", spelling) if unicodedata.combining(c))
    return spelling != spelling.upper(), spelling != spelling.lower(), accents, count


class _Names:
    """Names merged as `organisation_key` compares them, each shown as its best
    spelling (`_spelling_rank`; ties: the first met)."""

    def __init__(self) -> None:
        self.spellings: dict[str, dict[str, int]] = {}

    def add(self, name: str, weight: int = 1) -> str:
        shown = " ".join(name.split())
        key = organisation_key(shown)
        counts = self.spellings.setdefault(key, {})
        counts[shown] = counts.get(shown, 0) + weight
        return key

    def shown(self, key: str) -> str:
        counts = self.spellings[key]
        return max(counts, key=lambda s: _spelling_rank(s, counts[s]))  # first of equals


def _organisations(workshops: Sequence[Reported]) -> tuple[Organisation, ...]:
    names = _Names()
    people: dict[str, int] = {}
    present: dict[str, int] = {}
    for reported in workshops:
        keys: set[str] = set()
        for name, count in reported.summary.organisations:
            key = names.add(name, count)
            people[key] = people.get(key, 0) + count
            keys.add(key)
        for key in keys:
            present[key] = present.get(key, 0) + 1
    found = [Organisation(names.shown(k), people[k], present[k]) for k in people]
    return tuple(
        sorted(found, key=lambda o: (not o.name, -o.people, -o.workshops, organisation_key(o.name)))
    )


def _facilitators(workshops: Sequence[Reported]) -> tuple[Facilitator, ...]:
    names = _Names()
    counts: dict[str, int] = {}
    for reported in workshops:
        for key in {names.add(n) for n in reported.summary.facilitators if n.strip()}:
            counts[key] = counts.get(key, 0) + 1
    found = [Facilitator(names.shown(k), n) for k, n in counts.items()]
    return tuple(sorted(found, key=lambda f: (-f.workshops, organisation_key(f.name))))


def _steps(
    workshops: Sequence[Reported], today: str
) -> tuple[StepCounts, tuple[LateStep, ...], tuple[Owner, ...]]:
    names = _Names()
    by_owner: dict[str, list[int]] = {}  # key -> [done, to do, overdue]
    late: list[LateStep] = []
    for reported in workshops:
        for step in reported.summary.next_steps:
            kind = 0 if step.done else 2 if step.overdue_on(today) else 1
            by_owner.setdefault(names.add(step.owner), [0, 0, 0])[kind] += 1
            if kind == 2:
                late.append(LateStep(reported.summary.title, reported.path, step))
    totals = [sum(c[i] for c in by_owner.values()) for i in range(3)]
    owners = [Owner(names.shown(k), *c) for k, c in by_owner.items()]
    owners.sort(key=lambda o: (-o.overdue, -o.to_do, -o.done, organisation_key(o.name)))
    late.sort(key=lambda s: (s.step.due_date, organisation_key(s.step.owner), s.workshop, s.path))
    return StepCounts(*totals), tuple(late), tuple(owners)


def _pooled(entries: Iterable[tuple[str, int, int, float, str]]) -> ScaleFigure | None:
    """(workshop path, top, answers, mean, question) entries as one figure."""
    entries = list(entries)
    answers = sum(e[2] for e in entries)
    if not answers:
        return None
    return ScaleFigure(
        question=entries[0][4],
        scale_max=max(e[1] for e in entries),
        workshops=len({e[0] for e in entries}),
        polls=len(entries),
        answers=answers,
        mean=math.fsum(e[2] * e[3] for e in entries) / answers,
    )


def _scales(workshops: Sequence[Reported]) -> tuple[ScaleFigure | None, tuple[ScaleFigure, ...]]:
    roti: list[tuple[str, int, int, float, str]] = []
    others: dict[tuple[str, int], list[tuple[str, int, int, float, str]]] = {}
    for reported in workshops:
        for scale in reported.summary.scales:
            if not scale.answers or scale.mean is None:
                continue
            entry = (reported.path, scale.scale_max, scale.answers, scale.mean, scale.question)
            if scale.roti:
                roti.append(entry)
            else:
                key = (organisation_key(scale.question), scale.scale_max)
                others.setdefault(key, []).append(entry)
    pooled = [f for f in (_pooled(e) for e in others.values()) if f is not None]
    pooled.sort(key=lambda f: (-f.answers, organisation_key(f.question), f.scale_max))
    return _pooled(roti), tuple(pooled)


# -- the timeline -----------------------------------------------------------------------
def _month_index(date: str) -> int:
    return int(date[:4]) * 12 + int(date[5:7]) - 1


def _month_start(index: int) -> dt.date:
    return dt.date(max(index // 12, 1), index % 12 + 1, 1)


def _month_end(index: int) -> dt.date:
    """The last day of month `index` (the calendar's last day for its last month)."""
    if index // 12 >= dt.MAXYEAR and index % 12 == 11:
        return dt.date.max
    return _month_start(index + 1) - dt.timedelta(days=1)


def _bar_bounds(first: int, last: int) -> tuple[BarUnit, int, int]:
    """The unit and the size in months of the bars that cover months `first` to `last`
    (indexes: year * 12 + month - 1) in MOST_BARS bars at most, and the first bar's
    first month."""
    for unit, months in (("month", 1), ("quarter", 3), ("year", 12)):
        start = first - first % months
        if (last - start) // months + 1 <= MOST_BARS:
            return unit, months, start  # type: ignore[return-value] # one of BarUnit
    years = math.ceil((last // 12 - first // 12 + 1) / MOST_BARS)
    while True:  # aligned on a multiple of `years`, one more bar may be needed
        start = (first // 12 - (first // 12) % years) * 12
        if (last - start) // (years * 12) + 1 <= MOST_BARS:
            return "years", years * 12, start
        years += 1


def _timeline(workshops: Sequence[Reported], period: Period) -> tuple[Bar, ...]:
    """The bars from the period's start to its end when both are given and fit MOST_BARS
    months; else from the first workshop's month to the last's. Empty months are bars
    of 0 (a gap in activity shows)."""
    if not workshops:
        return ()
    starts = [w.dates[0] for w in workshops]
    if (
        period.start
        and period.end
        and _month_index(period.end) - _month_index(period.start) < MOST_BARS
    ):
        first, last = _month_index(period.start), _month_index(period.end)
    else:
        first, last = _month_index(min(starts)), _month_index(max(starts))
    unit, months, start = _bar_bounds(first, last)
    count = (last - start) // months + 1
    tallies = [[0, 0, 0] for _ in range(count)]
    for reported, begins in zip(workshops, starts, strict=True):
        tally = tallies[(_month_index(begins) - start) // months]
        tally[0] += 1
        tally[1] += reported.summary.participants
        tally[2] += reported.days
    bars: list[Bar] = []
    for index, (count_in, people, days) in enumerate(tallies):
        begin = start + index * months
        end = _month_end(min(begin + months - 1, dt.MAXYEAR * 12 + 11))
        bars.append(
            Bar(_month_start(begin).isoformat(), end.isoformat(), unit, count_in, people, days)
        )
    return tuple(bars)


def activity_report(
    sources: Sequence[Source],
    period: Period,
    today: str,
    unread: Sequence[Unread] = (),
) -> ActivityReport:
    """The figures of `period` from `sources` (see the module's docstring), as of
    `today` ("YYYY-MM-DD": steps due before it and not done are overdue). Raises
    PeriodError when `today` is not a date. Linear in the sources and their steps."""
    if not _is_date(today):
        raise PeriodError(f"not a date: {today!r}")
    kept, copies = _without_copies(sources)
    undated = [s for s in kept if not any(_is_date(d) for d in s.summary.dates)]
    reported: list[Reported] = []
    outside = 0
    for source in kept:
        dates = tuple(sorted({d for d in source.summary.dates if period.holds(d)}))
        if dates:
            reported.append(Reported(source, dates))
        elif any(_is_date(d) for d in source.summary.dates):
            outside += 1
    reported.sort(key=lambda r: (r.dates[0], organisation_key(r.summary.title), r.path))
    prototypes: dict[str, int] = dict.fromkeys(CARD_STATUSES, 0)
    for item in reported:
        for status, count in item.summary.prototypes.items():
            prototypes[status] = prototypes.get(status, 0) + count
    steps, late, owners = _steps(reported, today)
    roti, scales = _scales(reported)
    organisations = _organisations(reported)
    return ActivityReport(
        period=period,
        today=today,
        workshops=tuple(reported),
        undated=tuple(sorted(undated, key=lambda s: (organisation_key(s.summary.title), s.path))),
        copies=tuple(copies),
        unread=tuple(sorted(unread, key=lambda u: u.path)),
        outside=outside,
        days=sum(r.days for r in reported),
        participants=sum(r.summary.participants for r in reported),
        listed_people=sum(o.people for o in organisations),
        organisations=organisations,
        ideas=sum(r.summary.ideas for r in reported),
        votes_held=sum(r.summary.votes_held for r in reported),
        prototypes=prototypes,
        steps=steps,
        late=late,
        owners=owners,
        facilitators=_facilitators(reported),
        roti=roti,
        scales=scales,
        timeline=_timeline(reported, period),
        files=len({s.path for s in sources}),
    )
