"""Editing the rounds of an agenda item: add, change, remove, reorder, replace them all,
and fit the item's duration to them.

Each function returns the `ChangeSet` of one user action (nothing changes until it is
applied), like domain/agenda.py. The limits are those of domain/rounds.py: a round lasts
at least `MIN_ROUND_S` (5 s) and at most `MAX_ROUND_S` (24 h), and an item runs at most
`MAX_EXPANDED_ROUNDS` (200) rounds, repeats counted; an edit past them is refused with
a message saying so (`RoundLimitError`). The record's text limits (title 200
characters, instruction 1,000, notes 2,000) are checked by `with_values`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

from facilitator.domain.agenda import minutes_for, rounds_of
from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.edits import renumbered
from facilitator.domain.ids import new_id
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import AgendaItem, ItemRound, Record, replaced
from facilitator.domain.rounds import (
    MAX_REPEAT,
    MAX_ROUND_S,
    MIN_ROUND_S,
    check_round_values,
    expand,
    expanded_count,
    rounds_total_ms,
)
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

# What a new round is, before the facilitator says otherwise: one minute, once.
NEW_ROUND_S = 60
# Minutes an agenda item lasts at most (records.AgendaItem.duration_min: 24 h).
MAX_ITEM_MIN = int(
    next(f for f in fields(AgendaItem) if f.name == "duration_min").metadata["maximum"]
)


class RoundLimitError(FacilitatorError):
    """An edit that would break one of the rounds' limits (domain/rounds.py)."""


def check_rounds(
    changed: Sequence[ItemRound], before: Sequence[ItemRound], after: Sequence[ItemRound]
) -> None:
    """Refuse (`RoundLimitError`, one sentence from domain/rounds.py) an edit that turns
    the item's rounds `before` into `after` when a round it `changed` (added or given a
    new length or repeat) breaks domain/rounds.py's limits: shorter than `MIN_ROUND_S`,
    longer than `MAX_ROUND_S`, repeated more than `MAX_REPEAT` times; or when it adds
    rounds past `MAX_EXPANDED_ROUNDS` in all. What a file already holds past them (a
    colleague's 1 s round) never blocks another edit: only what the edit changes is
    weighed."""
    count_before, count_after = expanded_count(before), expanded_count(after)
    for round_ in changed:
        others = count_after - max(1, round_.repeat) if count_after > count_before else 0
        problem = check_round_values(round_.duration_s, round_.repeat, other_rounds=others)
        if problem is not None:
            raise RoundLimitError(problem)


def _probe(current: ItemRound, values: dict[str, object]) -> ItemRound:
    """The round to weigh against the limits: the new duration and repeat where `values`
    give them, the stored ones brought within the limits where they do not (a stored
    1 s round, from a file written elsewhere, never blocks a change of its repeat)."""
    duration = max(MIN_ROUND_S, min(current.duration_s, MAX_ROUND_S))
    repeat = max(1, min(current.repeat, MAX_REPEAT))
    given_duration, given_repeat = values.get("duration_s"), values.get("repeat")
    if isinstance(given_duration, int) and not isinstance(given_duration, bool):
        duration = given_duration
    if isinstance(given_repeat, int) and not isinstance(given_repeat, bool):
        repeat = given_repeat
    return replaced(current, {"duration_s": duration, "repeat": repeat})


def _values_checked(current: ItemRound, values: dict[str, object]) -> ItemRound:
    """`current` with `values`: a new duration or repeat weighed first against
    domain/rounds.py's limits, in its words ("A round must last at least 5 seconds")
    rather than the record's generic refusal; then every value checked by the record
    (`with_values`)."""
    if "duration_s" in values or "repeat" in values:
        probe = _probe(current, values)
        problem = check_round_values(probe.duration_s, probe.repeat)
        if problem is not None:
            raise RoundLimitError(problem)
    return with_values(current, **values)


def _round(workshop: Workshop, round_id: str) -> ItemRound:
    return workshop.require(ItemRound, round_id)


def add_round(
    workshop: Workshop, item_id: str, index: int | None = None, **values: object
) -> tuple[ChangeSet, str]:
    """A new round of item `item_id` at `index` (the end by default), one minute long
    unless `values` (fields of `ItemRound`: title, duration_s, repeat, instruction,
    facilitator_notes) say otherwise; returns the changes and the round's id. Raises
    `RoundLimitError` past domain/rounds.py's limits, `FacilitatorError` for a value the
    record refuses (a title over 200 characters)."""
    workshop.require(AgendaItem, item_id)
    rounds = rounds_of(workshop, item_id)
    index = len(rounds) if index is None else max(0, min(index, len(rounds)))
    new = _values_checked(
        ItemRound(id=new_id(), agenda_item_id=item_id, duration_s=NEW_ROUND_S), values
    )
    check_rounds([new], rounds, [*rounds, new])
    changes = [
        update(r, replaced(r, {"position": n + (n >= index)}))
        for n, r in enumerate(rounds)
        if r.position != n + (n >= index)
    ]
    return ChangeSet.of([*changes, insert(replaced(new, {"position": index}))]), new.id


def set_round(workshop: Workshop, round_id: str, **values: object) -> ChangeSet:
    """Change fields of a round. Raises `RoundLimitError` for a new duration or repeat
    past domain/rounds.py's limits, `FacilitatorError` for a value the record refuses."""
    current = _round(workshop, round_id)
    after = _values_checked(current, values)
    if (after.duration_s, after.repeat) != (current.duration_s, current.repeat):
        rounds = rounds_of(workshop, current.agenda_item_id)
        after_all = [after if r.id == round_id else r for r in rounds]
        check_rounds([_probe(current, values)], rounds, after_all)
    return ChangeSet.of([update(current, after)])


def remove_round(workshop: Workshop, round_id: str) -> ChangeSet:
    """Remove a round; the others keep their order."""
    current = _round(workshop, round_id)
    rest: list[Record] = [r for r in rounds_of(workshop, current.agenda_item_id) if r != current]
    return ChangeSet.of([delete(current), *renumbered(rest)])


def move_round(workshop: Workshop, round_id: str, index: int) -> ChangeSet:
    """Move a round to `index` among its item's rounds (clamped to the list)."""
    current = _round(workshop, round_id)
    rest = [r for r in rounds_of(workshop, current.agenda_item_id) if r != current]
    index = max(0, min(index, len(rest)))
    ordered: list[Record] = [*rest[:index], current, *rest[index:]]
    return ChangeSet.of(renumbered(ordered))


def replace_rounds(
    workshop: Workshop, item_id: str, rounds: Sequence[ItemRound], *, keep: Sequence[str] = ()
) -> ChangeSet:
    """Replace the rounds of item `item_id` by the rounds `keep` (ids of its rounds, in
    their order) followed by `rounds` (new records, given new positions): one action,
    one undo step. Raises `RoundLimitError` when an added round, or the count, breaks
    domain/rounds.py's limits."""
    workshop.require(AgendaItem, item_id)
    old = rounds_of(workshop, item_id)
    keep_ids = set(keep)
    kept = [r for r in old if r.id in keep_ids]
    added = [replaced(r, {"agenda_item_id": item_id}) for r in rounds]
    check_rounds(added, old, [*kept, *added])
    changes: list[RowChange] = [delete(r) for r in old if r.id not in keep_ids]
    changes += renumbered(list[Record](kept))
    changes += [insert(replaced(r, {"position": len(kept) + n})) for n, r in enumerate(added)]
    return ChangeSet.of(changes)


def fit_duration(workshop: Workshop, item_id: str) -> ChangeSet:
    """Lengthen item `item_id` to the whole minutes its rounds take as run mode runs
    them (domain/rounds.expand: a stored 1 s round counts its 5 s), at most an item's
    longest duration (`AgendaItem.duration_min`: 24 h). Never shortens it; no change when
    it is long enough already."""
    item = workshop.require(AgendaItem, item_id)
    run_s = rounds_total_ms(expand(rounds_of(workshop, item_id))) // 1000
    needed = min(minutes_for(run_s), MAX_ITEM_MIN)
    if needed <= item.duration_min:
        return ChangeSet(())
    return ChangeSet.of([update(item, with_values(item, duration_min=needed))])
