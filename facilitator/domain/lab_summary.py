"""What the lab's list of workshops and its activity report need of one workshop (issue 21):
a small summary, computed once from the workshop, kept in the index's cache as JSON and
read back without opening the file again.

Shapes: `WorkshopSummary` holds counts (int), dates (ISO 8601 `YYYY-MM-DD` strings, sorted),
names as typed, and the next steps and scale polls as small records. `summary_of` computes
it; `to_json` / `from_json` turn it into plain JSON values and back (`from_json` raises
`ValueError` on anything that is not a summary of `SUMMARY_VERSION`: a cache written by
another version is recomputed, never trusted).

Counting rules (the activity report's, docs in `export/` and the README):
- participants: the people of role "participant", or the workshop's declared
  `participant_count` when larger (a workshop run without a list of names);
- organisations: the participants' organisations as typed, trimmed, compared without case
  and accents (`organisation_key`), each with its number of people; "" for none;
- votes held: vote sessions closed or revealed (a draft or an open vote was not held);
- a next step is overdue on a date when it is not done and its due date is before it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from facilitator.domain import cards, polls
from facilitator.domain.records import (
    CardStatus,
    Day,
    Idea,
    NextStep,
    Person,
    Poll,
    PrototypeCard,
    Track,
    VoteSession,
)
from facilitator.domain.workshop import Workshop

# Bumped whenever a field is added or its meaning changes: older cached summaries are
# then recomputed from their files.
SUMMARY_VERSION = 1
CARD_STATUSES: tuple[CardStatus, ...] = ("idea", "to_test", "testing", "adopted", "dropped")
HELD_VOTE_STATUSES = ("closed", "revealed")


@dataclass(frozen=True)
class StepSummary:
    """One next step of a prototype card: `due_date` "YYYY-MM-DD" or ""."""

    card: str
    action: str
    owner: str
    due_date: str
    done: bool

    def overdue_on(self, today: str) -> bool:
        """Not done and due before `today` ("YYYY-MM-DD")."""
        return not self.done and bool(self.due_date) and self.due_date < today


@dataclass(frozen=True)
class ScaleSummary:
    """One scale poll's result: `answers` counted (phones and paper), `mean` of the values
    (None without answers), `scale_max` its top value (5 for a ROTI), `roti` whether it is
    a ROTI (its question starts with "ROTI" or it has the ROTI's five labels)."""

    question: str
    scale_max: int
    answers: int
    mean: float | None
    roti: bool


@dataclass(frozen=True)
class WorkshopSummary:
    """One workshop as the lab's list and report see it (see the module's docstring)."""

    title: str
    organisation: str
    place: str
    language: str
    dates: tuple[str, ...]  # each day's date, sorted; () when none is set
    facilitators: tuple[str, ...]
    participants: int
    organisations: tuple[tuple[str, int], ...]  # (as first typed, people), most first
    ideas: int
    votes_held: int
    prototypes: dict[str, int] = field(default_factory=dict)  # CardStatus -> cards
    next_steps: tuple[StepSummary, ...] = ()
    scales: tuple[ScaleSummary, ...] = ()
    tracks: int = 0  # rooms of a merged event (0: never merged)

    @property
    def first_date(self) -> str:
        return self.dates[0] if self.dates else ""

    @property
    def last_date(self) -> str:
        return self.dates[-1] if self.dates else ""

    @property
    def days(self) -> int:
        """Workshop days: the distinct dates (parallel rooms on one date count once)."""
        return len(set(self.dates))

    @property
    def prototype_count(self) -> int:
        return sum(self.prototypes.values())

    def overdue_on(self, today: str) -> list[StepSummary]:
        return [s for s in self.next_steps if s.overdue_on(today)]


def organisation_key(name: str) -> str:
    """How two spellings of one organisation compare: trimmed, spaces collapsed, no case,
    no accents ("Préfecture du Cantal" and "prefecture du cantal " are one)."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _organisations(people: list[Person]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, list[Any]] = {}
    for person in people:
        key = organisation_key(person.organisation)
        entry = counts.setdefault(key, [" ".join(person.organisation.split()), 0])
        entry[1] += 1
    ranked = sorted(counts.values(), key=lambda e: (-e[1], organisation_key(e[0])))
    return tuple((str(name), int(count)) for name, count in ranked)


def _is_roti(workshop: Workshop, poll: Poll) -> bool:
    if poll.question.strip().upper().startswith("ROTI"):
        return True
    labels = tuple(o.label for o in polls.options_of(workshop, poll.id))
    return any(labels == known for known in polls.ROTI_LABELS.values())


def _scales(workshop: Workshop) -> tuple[ScaleSummary, ...]:
    found: list[ScaleSummary] = []
    for poll in polls.polls_in_order(workshop):
        if poll.kind != "scale":
            continue
        result = polls.results(workshop, poll.id)
        top = max((o.option.value for o in result.options), default=0)
        found.append(
            ScaleSummary(
                question=poll.question,
                scale_max=top,
                answers=result.total,
                mean=result.mean,
                roti=_is_roti(workshop, poll),
            )
        )
    return tuple(found)


def summary_of(workshop: Workshop) -> WorkshopSummary:
    """The workshop's summary (see `WorkshopSummary`); never raises on a workshop that
    loaded (a damaged reference counts as nothing)."""
    info = workshop.info
    participants = workshop.where(Person, role="participant")
    card_names = {c.id: c.name for c in workshop.unordered(PrototypeCard)}
    statuses: dict[str, int] = dict.fromkeys(CARD_STATUSES, 0)
    for card in cards.cards_of(workshop):
        statuses[card.status] = statuses.get(card.status, 0) + 1
    steps = tuple(
        StepSummary(
            card=card_names.get(s.card_id, ""),
            action=s.action,
            owner=s.owner,
            due_date=s.due_date,
            done=s.done,
        )
        for s in sorted(
            workshop.unordered(NextStep),
            key=lambda s: (s.due_date or "9999", card_names.get(s.card_id, ""), s.position),
        )
    )
    return WorkshopSummary(
        title=info.title,
        organisation=info.organisation,
        place=info.place,
        language=info.language,
        dates=tuple(sorted(d.date for d in workshop.unordered(Day) if d.date)),
        facilitators=tuple(p.name for p in workshop.where(Person, role="facilitator")),
        participants=max(info.participant_count, len(participants)),
        organisations=_organisations(participants),
        ideas=workshop.count(Idea),
        votes_held=sum(
            1 for v in workshop.unordered(VoteSession) if v.status in HELD_VOTE_STATUSES
        ),
        prototypes=statuses,
        next_steps=steps,
        scales=_scales(workshop),
        tracks=workshop.count(Track),
    )


def to_json(summary: WorkshopSummary) -> dict[str, Any]:
    """Plain JSON values (dicts, lists, str, int, float, bool, None), with the version."""
    return {"version": SUMMARY_VERSION, **asdict(summary)}


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("not a summary: a text expected")
    return value


def _count(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("not a summary: a count expected")
    return value


def from_json(data: object) -> WorkshopSummary:
    """The summary `to_json` gave; raises ValueError for anything else (another
    version, a missing or mistyped field)."""
    if not isinstance(data, dict) or data.get("version") != SUMMARY_VERSION:
        raise ValueError("not a summary of this version")
    try:
        steps = tuple(
            StepSummary(
                card=_text(s["card"]),
                action=_text(s["action"]),
                owner=_text(s["owner"]),
                due_date=_text(s["due_date"]),
                done=bool(s["done"]) if isinstance(s["done"], bool) else _fail(),
            )
            for s in data["next_steps"]
        )
        scales = tuple(
            ScaleSummary(
                question=_text(s["question"]),
                scale_max=_count(s["scale_max"]),
                answers=_count(s["answers"]),
                mean=None if s["mean"] is None else float(s["mean"]),
                roti=s["roti"] if isinstance(s["roti"], bool) else _fail(),
            )
            for s in data["scales"]
        )
        return WorkshopSummary(
            title=_text(data["title"]),
            organisation=_text(data["organisation"]),
            place=_text(data["place"]),
            language=_text(data["language"]),
            dates=tuple(_text(d) for d in data["dates"]),
            facilitators=tuple(_text(n) for n in data["facilitators"]),
            participants=_count(data["participants"]),
            organisations=tuple((_text(n), _count(c)) for n, c in data["organisations"]),
            ideas=_count(data["ideas"]),
            votes_held=_count(data["votes_held"]),
            prototypes={_text(k): _count(v) for k, v in data["prototypes"].items()},
            next_steps=steps,
            scales=scales,
            tracks=_count(data["tracks"]),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a summary: {error}") from error


def _fail() -> bool:
    raise ValueError("not a summary: a boolean expected")
