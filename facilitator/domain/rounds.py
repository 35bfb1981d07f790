"""An activity's rounds as run mode runs them (issue 18): expanded, checked, timed.

An agenda item's `ItemRound` records (ordered by `position`, then id) each stand for
`repeat` identical rounds (Crazy 8: one record of 60 s repeated 8 times). Run mode runs
the expanded list: one `RoundStep` per round, numbered 1..count ("Round 3/8").

Limits, each named here and checked by `check_round_values` (the rounds editor) and
`rounds_problems` (a file that was written elsewhere):
- `MIN_ROUND_S` (5 s): a round lasts at least this. At each change the room gets a
  sound and a visual cue of `ROUND_CUE_MS` (1.5 s); a round must outlast its own cue
  more than three times over, and a cue every 5 s at most stays far under the three
  flashes a second that photosensitivity guidelines allow (WCAG 2.3.1). A stored round
  shorter than this (the file format accepts 1 s) is run as `MIN_ROUND_S`, and
  `rounds_problems` says so.
- `MAX_ROUND_S` (24 h) and `MAX_REPEAT` (200): `ItemRound.duration_s` and
  `ItemRound.repeat`'s own limits (records.py), read from the record.
- `MAX_EXPANDED_ROUNDS` (200): the rounds of one activity in all, repeats counted. One
  round repeated as often as the file allows is exactly this many, so the issue's "200
  rounds" runs whole (a 1 s round repeated 200 times would only be a strobe; 200
  rounds of the 5 s minimum already make 16 min 40 s of signals); more are refused by
  the editor, and a file holding more runs the first 200 and says so.

An item shorter than its rounds (Crazy 8's 8 min of rounds in a 5 min slot), decided:
the agenda keeps the facilitator's plan (the item's duration: the agenda, its PDFs and
the calendar are a promise made to others), the editor and `rounds_problems` say it
loudly with both lengths, and on the day run mode tells the truth: the activity lasts
as long as its rounds (`item_length_ms`), so the forecast of the day and the lateness
count the rounds. An item longer than its rounds (a 20 min Crazy 8: explaining,
sketching, sharing) keeps the rest of its time after the rounds (`rest_ms`): run mode
counts it down after the last round, then the item's time is up as today.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields

from facilitator.domain.messages import QT_TRANSLATE_NOOP, Message, message
from facilitator.domain.records import AgendaItem, ItemRound, Team
from facilitator.domain.schedule import duration_text
from facilitator.domain.workshop import Workshop

SECOND_MS = 1000
MINUTE_MS = 60 * SECOND_MS


def _record_limit(name: str) -> tuple[int, int]:
    """(minimum, maximum) of an `ItemRound` number field, as records.py declares it."""
    meta = next(f.metadata for f in fields(ItemRound) if f.name == name)
    return int(meta["minimum"]), int(meta["maximum"])


# Seconds: the shortest round (see the module's docstring: 3 x the cue, WCAG 2.3.1).
MIN_ROUND_S = 5
# Seconds and times: ItemRound's own limits (records.py).
MAX_ROUND_S = _record_limit("duration_s")[1]
MAX_REPEAT = _record_limit("repeat")[1]
# Rounds of one activity in all, repeats counted: one round repeated MAX_REPEAT times.
MAX_EXPANDED_ROUNDS = MAX_REPEAT
# Milliseconds the visual cue of a round change lasts (the projector's colour band).
ROUND_CUE_MS = 1_500
# Seconds the "extend the round" action adds: half a Crazy 8 round, a tenth of a 6-3-5 one.
ROUND_EXTENSION_S = 30
# The "last minute" colour of a round covers at most this share of it: a 1-minute
# Crazy 8 round is not red from its start (its last 15 s are).
ROUND_LAST_SHARE = 0.25

_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Rounds", "A round must last at least {minimum} seconds (here: {seconds} s)."
)
_TOO_LONG = QT_TRANSLATE_NOOP("Rounds", "A round can last at most {maximum} (here: {seconds} s).")
_REPEAT_TOO_SMALL = QT_TRANSLATE_NOOP("Rounds", "A round is run at least once.")
_REPEAT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Rounds", "A round can be repeated at most {maximum} times (here: {repeat})."
)
_TOO_MANY_ROUNDS = QT_TRANSLATE_NOOP(
    "Rounds",
    "An activity has at most {maximum} rounds in all, repeats counted; these would make {count}.",
)
_TOO_MANY_STORED = QT_TRANSLATE_NOOP(
    "Rounds",
    "This activity has {count} rounds in all: only the first {maximum} are run.",
)
_SHORT_STORED = QT_TRANSLATE_NOOP(
    "Rounds", "“{title}” lasts {seconds} s: it is run for {minimum} s, the shortest round."
)
_ITEM_SHORTER = QT_TRANSLATE_NOOP(
    "Rounds",
    "The rounds last {rounds}, longer than the activity ({item}): "
    "on the day the activity lasts as long as its rounds, and the forecast counts it.",
)
_ROUND_NUMBER = QT_TRANSLATE_NOOP("Rounds", "Round {number}/{count}")


@dataclass(frozen=True, slots=True)
class RoundStep:
    """One round as run: the `index`-th (from 0) of `count` rounds of its activity.

    `duration_ms`: its planned length in milliseconds, at least `MIN_ROUND_S`.
    `offset_ms`: when it starts, in planned milliseconds from the activity's start.
    `repeat_no` of `repeat_of`: which repetition of its `ItemRound` it is (3 of 8).
    `round_id`: the `ItemRound` it comes from; `team_id`: the team whose slot it is.
    `title`: the round's title, else its team's name, else "".
    """

    index: int
    count: int
    title: str
    duration_ms: int
    instruction: str
    facilitator_notes: str
    team_id: str | None
    repeat_no: int
    repeat_of: int
    round_id: str
    offset_ms: int

    @property
    def number(self) -> int:
        """1-based: what people read ("Round 3/8")."""
        return self.index + 1

    @property
    def is_last(self) -> bool:
        return self.index == self.count - 1


def ordered(rounds: Sequence[ItemRound]) -> list[ItemRound]:
    """`rounds` in their run order: by position, then by id (a stable order for two
    rounds at one position, which a hand-edited file may have)."""
    return sorted(rounds, key=lambda r: (r.position, r.id))


def step_ms(duration_s: int) -> int:
    """A stored round length (seconds) as run (milliseconds): within MIN_ROUND_S and
    MAX_ROUND_S."""
    return max(MIN_ROUND_S, min(int(duration_s), MAX_ROUND_S)) * SECOND_MS


def expanded_count(rounds: Sequence[ItemRound]) -> int:
    """How many rounds `rounds` make, repeats counted, before any limit (a repeat
    below 1 counts as 1, as it is run)."""
    return sum(max(1, r.repeat) for r in rounds)


def expand(
    rounds: Sequence[ItemRound], team_names: Mapping[str, str] | None = None
) -> list[RoundStep]:
    """The rounds of `rounds` one by one, in run order (`ordered`), each repeated
    `repeat` times (at least once, at most MAX_REPEAT), the first MAX_EXPANDED_ROUNDS
    only. An untitled team slot takes its team's name from `team_names` (team id ->
    name). Costs O(MAX_EXPANDED_ROUNDS) whatever the repeats asked, once: the last
    EXPANSIONS_KEPT expansions are kept (run mode asks several times a second)."""
    names = tuple(sorted((team_names or {}).items()))
    return list(_expanded(tuple(rounds), names))


# Expansions kept (records are frozen: the same records give the same rounds).
EXPANSIONS_KEPT = 32


@functools.lru_cache(maxsize=EXPANSIONS_KEPT)
def _expanded(
    rounds: tuple[ItemRound, ...], team_names: tuple[tuple[str, str], ...]
) -> tuple[RoundStep, ...]:
    names = dict(team_names)
    plan: list[tuple[ItemRound, int, int]] = []  # (round, repeat_no, repeat_of)
    for source in ordered(rounds):
        repeat_of = max(1, min(source.repeat, MAX_REPEAT))
        for repeat_no in range(1, repeat_of + 1):
            if len(plan) == MAX_EXPANDED_ROUNDS:
                break
            plan.append((source, repeat_no, repeat_of))
    steps: list[RoundStep] = []
    offset = 0
    for index, (source, repeat_no, repeat_of) in enumerate(plan):
        length = step_ms(source.duration_s)
        title = source.title.strip() or names.get(source.team_id or "", "")
        steps.append(
            RoundStep(
                index=index,
                count=len(plan),
                title=title,
                duration_ms=length,
                instruction=source.instruction,
                facilitator_notes=source.facilitator_notes,
                team_id=source.team_id,
                repeat_no=repeat_no,
                repeat_of=repeat_of,
                round_id=source.id,
                offset_ms=offset,
            )
        )
        offset += length
    return tuple(steps)


def rounds_of_item(workshop: Workshop, item_id: str) -> list[ItemRound]:
    """The `ItemRound` records of agenda item `item_id`, in run order."""
    return ordered(workshop.where(ItemRound, agenda_item_id=item_id))


def expanded_rounds(workshop: Workshop, item_id: str) -> list[RoundStep]:
    """The rounds agenda item `item_id` runs (see `expand`); [] when it has none."""
    rounds = rounds_of_item(workshop, item_id)
    if not rounds:
        return []
    teams = {r.team_id for r in rounds if r.team_id}
    names = {t: team.name for t in teams if (team := workshop.get(Team, t)) is not None}
    return expand(rounds, names)


def rounds_total_ms(steps: Sequence[RoundStep]) -> int:
    """Milliseconds all `steps` last as planned (0 for none)."""
    return sum(step.duration_ms for step in steps)


def item_length_ms(item: AgendaItem, steps: Sequence[RoundStep]) -> int:
    """How long the item lasts on the day, in milliseconds: its planned duration, or
    its rounds' if they are longer (see the module's docstring)."""
    return max(item.duration_min * MINUTE_MS, rounds_total_ms(steps))


def item_length_min(item: AgendaItem, steps: Sequence[RoundStep]) -> int:
    """`item_length_ms` in whole minutes, a started minute counted (the schedule's unit)."""
    return -(-item_length_ms(item, steps) // MINUTE_MS)


def rest_ms(item: AgendaItem, steps: Sequence[RoundStep]) -> int:
    """Milliseconds of the item left after its last round (its planned duration beyond
    its rounds: sharing, debriefing); 0 without rounds or when they fill it."""
    if not steps:
        return 0
    return max(0, item.duration_min * MINUTE_MS - rounds_total_ms(steps))


def length_text(ms: int) -> str:
    """A length for people: '8 min', '1 h 05', '2 min 30 s', '45 s' (the same in French
    and English, no-break spaces as duration_text)."""
    seconds = max(0, ms) // SECOND_MS
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest}\u00a0s"
    if not rest:
        return duration_text(minutes)
    return f"{duration_text(minutes)}\u00a0{rest:02d}\u00a0s"


def check_round_values(
    duration_s: int, repeat: int = 1, *, other_rounds: int = 0
) -> Message | None:
    """Why a round of `duration_s` seconds repeated `repeat` times cannot be, or None.

    `other_rounds`: how many rounds the activity's other round records make, repeats
    counted (`expanded_count` of them), for MAX_EXPANDED_ROUNDS. Checks, in order:
    MIN_ROUND_S <= duration_s <= MAX_ROUND_S, 1 <= repeat <= MAX_REPEAT, and the
    activity's total. For the rounds editor (one field at a time) and importers.
    """
    if duration_s < MIN_ROUND_S:
        return message(_TOO_SHORT, minimum=MIN_ROUND_S, seconds=duration_s)
    if duration_s > MAX_ROUND_S:
        return message(_TOO_LONG, maximum=length_text(MAX_ROUND_S * SECOND_MS), seconds=duration_s)
    if repeat < 1:
        return message(_REPEAT_TOO_SMALL)
    if repeat > MAX_REPEAT:
        return message(_REPEAT_TOO_LARGE, maximum=MAX_REPEAT, repeat=repeat)
    if other_rounds + repeat > MAX_EXPANDED_ROUNDS:
        return message(_TOO_MANY_ROUNDS, maximum=MAX_EXPANDED_ROUNDS, count=other_rounds + repeat)
    return None


def rounds_problems(item: AgendaItem, rounds: Sequence[ItemRound]) -> list[Message]:
    """What the facilitator should know about the item's `rounds` as stored (each a
    sentence; [] when all is well): rounds shorter than MIN_ROUND_S (run at it), more
    than MAX_EXPANDED_ROUNDS in all (the first ones run), and rounds longer than the
    item (the day counts the rounds). An item longer than its rounds is no problem."""
    problems: list[Message] = []
    for source in ordered(rounds):
        if source.duration_s < MIN_ROUND_S:
            problems.append(
                message(
                    _SHORT_STORED,
                    title=source.title or "?",
                    seconds=source.duration_s,
                    minimum=MIN_ROUND_S,
                )
            )
    count = expanded_count(rounds)
    if count > MAX_EXPANDED_ROUNDS:
        problems.append(message(_TOO_MANY_STORED, count=count, maximum=MAX_EXPANDED_ROUNDS))
    total = rounds_total_ms(expand(rounds))
    if total > item.duration_min * MINUTE_MS:
        problems.append(
            message(
                _ITEM_SHORTER,
                rounds=length_text(total),
                item=duration_text(item.duration_min),
            )
        )
    return problems


def rounds_problem(item: AgendaItem, rounds: Sequence[ItemRound]) -> Message | None:
    """The first of `rounds_problems`, or None."""
    problems = rounds_problems(item, rounds)
    return problems[0] if problems else None


def round_last_ms(last_ms: int, round_ms: int) -> int:
    """The last stretch of a round of `round_ms` (ms) coloured "last minute": the
    settings' `last_ms`, at most ROUND_LAST_SHARE of the round."""
    return min(last_ms, int(max(0, round_ms) * ROUND_LAST_SHARE))


def round_number(step: RoundStep) -> Message:
    """'Round 3/8' (« Tour 3/8 »): render it in the workshop's language for the room."""
    return message(_ROUND_NUMBER, number=step.number, count=step.count)


def step_title(step: RoundStep) -> str:
    """The round's title as shown, with its repetition when its record is repeated
    among other rounds ('Sketch 3/8' as the 4th of 10 rounds); '' when untitled."""
    if step.repeat_of > 1 and step.repeat_of != step.count and step.title:
        return f"{step.title} {step.repeat_no}/{step.repeat_of}"
    return step.title
