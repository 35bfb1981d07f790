"""Building and editing the agenda: items from the library, from templates, by hand.

Every function returns the `ChangeSet` of one user action (nothing changes until
it is applied), like domain/edits.py for the workshop's details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from facilitator.domain import polls
from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.library import (
    CONTENT_WORDS,
    Library,
    MethodCard,
    MethodRound,
    SessionTemplate,
    TemplateDay,
    TemplateItem,
    in_language,
)
from facilitator.domain.records import (
    WORKSHOP_ID,
    AgendaItem,
    Board,
    Day,
    ItemKind,
    ItemRound,
    Language,
    Poll,
    PollOption,
    Record,
    RoundRun,
    TimerState,
    WorkshopInfo,
    replaced,
)
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop


def _notes_from(method: MethodCard, language: Language) -> str:
    text = method.text(language)
    lines = [f"{n}. {step}" for n, step in enumerate(text.steps, start=1)]
    if text.tips:
        lines += [
            "",
            CONTENT_WORDS["tips"][language] + "\u00a0:"
            if language == "fr"
            else CONTENT_WORDS["tips"][language] + ":",
        ]
        lines += [f"– {tip}" for tip in text.tips]
    return "\n".join(lines)


def minutes_for(seconds: int) -> int:
    """Whole minutes that hold `seconds` (rounded up: 61 s need 2 min)."""
    return -(-seconds // 60)


def item_from_method(
    method: MethodCard, day_id: str, position: int, language: Language, duration: int | None = None
) -> AgendaItem:
    """An activity made from `method`, its texts in `language`, lasting `duration`
    minutes (the method's own by default) and never less than the method's rounds
    (`rounds_from_method` gives those rounds for the item)."""
    text = method.text(language)
    minutes = duration if duration is not None else method.duration
    return with_values(
        AgendaItem(id=new_id(), day_id=day_id, position=position, kind="activity"),
        title=text.title,
        duration_min=max(minutes, minutes_for(method.rounds_total_s)),
        method_id=method.id,
        category=method.category,
        participant_instructions=text.participant_instructions,
        facilitator_notes=_notes_from(method, language),
        materials="\n".join(text.materials),
        tool=method.tool,
    )


def item_rounds(rounds: Sequence[MethodRound], item_id: str, language: Language) -> list[ItemRound]:
    """`rounds` (of a method or a template item) as the rounds of agenda item `item_id`,
    in `language` (else in the other one), positions 0, 1, 2..."""
    return [
        with_values(
            ItemRound(
                id=new_id(),
                agenda_item_id=item_id,
                position=position,
                duration_s=round_.duration_s,
                repeat=round_.repeat,
            ),
            title=in_language(round_.titles, language),
            instruction=in_language(round_.instructions, language),
            facilitator_notes=in_language(round_.notes, language),
        )
        for position, round_ in enumerate(rounds)
    ]


def rounds_from_method(method: MethodCard, item_id: str, language: Language) -> list[ItemRound]:
    """The method's rounds for agenda item `item_id`, in `language` (see `item_rounds`)."""
    return item_rounds(method.rounds, item_id, language)


ItemRow = ItemRound | Poll | PollOption  # the rows an item brings: its rounds, its poll


def method_item(
    method: MethodCard, day_id: str, position: int, language: Language, duration: int | None = None
) -> tuple[AgendaItem, list[ItemRow]]:
    """An activity made from `method`, with its rounds and, for a method that opens a
    poll (the ROTI, the météo), its draft poll and options (domain/polls.py): for
    `add_item(workshop, item, index, rows)`."""
    item = item_from_method(method, day_id, position, language, duration)
    rows: list[ItemRow] = [*rounds_from_method(method, item.id, language)]
    if method.poll is not None:
        rows += polls.rows_from_method(method.poll, item.id, language)
    return item, rows


def pause_item(
    kind: ItemKind, day_id: str, position: int, language: Language, duration: int
) -> AgendaItem:
    return AgendaItem(
        id=new_id(),
        day_id=day_id,
        position=position,
        kind=kind,
        title=CONTENT_WORDS["lunch" if kind == "lunch" else "break"][language],
        duration_min=duration,
    )


def _item_from_template(
    item: TemplateItem, library: Library, day_id: str, position: int, language: Language
) -> list[AgendaItem | ItemRow]:
    """The agenda item of a template item, then its rounds: the template item's own
    rounds when it has some, else its method's; the item lasts at least as long. Then
    the draft poll its method opens, if any."""
    method = library.methods.get(item.method_id or "")
    if method is not None:
        built = item_from_method(method, day_id, position, language, item.duration)
    elif item.kind in ("break", "lunch"):
        built = pause_item(item.kind, day_id, position, language, item.duration or 15)
    else:
        built = AgendaItem(
            id=new_id(), day_id=day_id, position=position, duration_min=item.duration or 15
        )
    own = item.rounds if item.rounds is not None else (method.rounds if method else ())
    rounds: list[ItemRow] = [*item_rounds(own, built.id, language)]
    if method is not None and method.poll is not None:
        rounds += polls.rows_from_method(method.poll, built.id, language)
    asked = item.duration if item.duration is not None else built.duration_min
    if item.duration is None and method is not None:
        asked = method.duration
    duration = max(asked, minutes_for(sum(r.total_s for r in own)))
    if duration != built.duration_min:
        built = with_values(built, duration_min=duration)
    overrides = {
        name: in_language(texts, language)
        for name, texts in (
            ("title", item.titles),
            ("participant_instructions", item.participant_instructions),
            ("facilitator_notes", item.facilitator_notes),
            ("materials", item.materials),
        )
        if in_language(texts, language)
    }
    return [with_values(built, **overrides) if overrides else built, *rounds]


def workshop_from_template(
    template: SessionTemplate,
    library: Library,
    *,
    title: str,
    language: Language,
    first_day: dt.date,
    created_at: str,
) -> Workshop:
    """A new workshop whose days and agenda come from `template`, on consecutive dates."""
    records: list[Record] = [
        with_values(
            WorkshopInfo(id=WORKSHOP_ID, created_at=created_at), title=title, language=language
        )
    ]
    for number, template_day in enumerate(template.days):
        try:
            date = (first_day + dt.timedelta(days=number)).isoformat()
        except OverflowError:  # past 9999-12-31: refused below like any date out of range
            date = f"{first_day.isoformat()} + {number}"
        day = with_values(  # checked: a first day in year 9999 is refused, not written
            Day(id=new_id(), position=number, start_time=template_day.start),
            date=date,
            end_time=template_day.end,
        )
        records.append(day)
        records += items_for_day(template_day, library, day.id, language)
    return Workshop(with_idea_board(numbered_polls(records), language))


def numbered_polls(records: list[Record]) -> list[Record]:
    """`records` with their polls numbered 0, 1, 2... in the order they come (each
    template item's poll was made at position 0)."""
    numbers = iter(range(len(records)))
    return [replaced(r, {"position": next(numbers)}) if isinstance(r, Poll) else r for r in records]


def with_idea_board(records: list[Record], language: Language) -> list[Record]:
    """`records` plus the idea board its board activities open, if any activity opens
    one: a single board named "Ideas" in `language` (CONTENT_WORDS), and every agenda
    item whose tool is the board and that has no target pointing at it. The items of a
    template share one board: grouping by affinity works on the ideas of the
    brainstorm before it."""
    items = [r for r in records if isinstance(r, AgendaItem) and r.tool == "board"]
    if not items or any(isinstance(r, Board) for r in records):
        return records
    info = next((r for r in records if isinstance(r, WorkshopInfo)), None)
    ideas = with_values(
        Board(id=new_id()),
        title=CONTENT_WORDS["ideas"][language],
        question=info.question if info is not None else "",
    )
    unlinked = {item.id for item in items if not item.tool_target_id}
    linked = [replaced(r, {"tool_target_id": ideas.id}) if r.id in unlinked else r for r in records]
    return [*linked, ideas]


def items_for_day(
    template_day: TemplateDay, library: Library, day_id: str, language: Language
) -> list[AgendaItem | ItemRow]:
    """The agenda items of one template day, built in `language`, for day `day_id`,
    each followed by its rounds and its method's draft poll (positions 0: number them
    with `numbered_polls` for a whole workshop)."""
    return [
        record
        for position, item in enumerate(template_day.items)
        for record in _item_from_template(item, library, day_id, position, language)
    ]


# -- edits --------------------------------------------------------------------
def _placed(items: Sequence[AgendaItem], day_id: str) -> list[RowChange]:
    """Changes giving `items` the day `day_id` and positions 0, 1, 2..."""
    changes: list[RowChange] = []
    for position, item in enumerate(items):
        if item.position != position or item.day_id != day_id:
            changes.append(update(item, replaced(item, {"position": position, "day_id": day_id})))
    return changes


def add_item(
    workshop: Workshop,
    item: AgendaItem,
    index: int | None = None,
    rounds: Sequence[ItemRow] = (),
) -> ChangeSet:
    """Insert `item` (built by the caller) in its day at `index` (the end by default),
    with `rounds` (made for it: `method_item`): its rounds in their order, and its polls
    with their options (numbered after the workshop's polls; past polls.MAX_POLLS
    polls, the item comes without its poll)."""
    items = workshop.where(AgendaItem, day_id=item.day_id)
    index = len(items) if index is None else max(0, min(index, len(items)))
    placed = replaced(item, {"position": index})
    shifted = [
        update(i, replaced(i, {"position": index + 1 + n})) for n, i in enumerate(items[index:])
    ]
    own = [
        insert(replaced(r, {"agenda_item_id": item.id, "position": n}))
        for n, r in enumerate(r for r in rounds if isinstance(r, ItemRound))
    ]
    return ChangeSet.of(
        [
            insert(placed),
            *own,
            *_added_polls(workshop, item.id, rounds),
            *[c for c in shifted if c.before != c.after],
        ]
    )


def _added_polls(workshop: Workshop, item_id: str, rows: Sequence[ItemRow]) -> list[RowChange]:
    """Inserts of the polls among `rows` (for item `item_id`) and of their options."""
    made = [r for r in rows if isinstance(r, Poll)]
    room = max(0, polls.MAX_POLLS - workshop.count(Poll))
    first = max((p.position for p in workshop.unordered(Poll)), default=-1) + 1
    kept = {p.id for p in made[:room]}
    changes = [
        insert(replaced(p, {"agenda_item_id": item_id, "position": first + n}))
        for n, p in enumerate(made[:room])
    ]
    changes += [insert(o) for o in rows if isinstance(o, PollOption) and o.poll_id in kept]
    return changes


def rounds_of(workshop: Workshop, item_id: str) -> list[ItemRound]:
    """The rounds of agenda item `item_id`, in their order."""
    return workshop.where(ItemRound, agenda_item_id=item_id)


def _copied_rounds(workshop: Workshop, item_id: str, copy_id: str) -> list[RowChange]:
    """Inserts of copies of the item's rounds (new ids) for the item `copy_id`; a team's
    slot stays that team's. How the rounds were run (RoundRun) is not copied."""
    return [
        insert(replaced(r, {"id": new_id(), "agenda_item_id": copy_id}))
        for r in rounds_of(workshop, item_id)
    ]


def item_rows_removed(workshop: Workshop, item_ids: Iterable[str]) -> list[RowChange]:
    """Deletions of the rows that belong to the agenda items `item_ids` (their rounds,
    how the rounds were run, their polls with everything answered), for a removal of
    the items themselves (no cascades: each row is an explicit change, so undo brings
    it back)."""
    ids = set(item_ids)
    rows: list[Record] = [r for r in workshop.all(ItemRound) if r.agenda_item_id in ids]
    rows += [r for r in workshop.all(RoundRun) if r.agenda_item_id in ids]
    return [delete(r) for r in rows] + polls.item_polls_removed(workshop, ids)


def set_item(workshop: Workshop, item_id: str, **values: object) -> ChangeSet:
    item = workshop.require(AgendaItem, item_id)
    return ChangeSet.of([update(item, with_values(item, **values))])


def move_item(workshop: Workshop, item_id: str, day_id: str, index: int) -> ChangeSet:
    """Move an item to `index` in day `day_id` (the same day or another)."""
    item = workshop.require(AgendaItem, item_id)
    workshop.require(Day, day_id)
    source = [i for i in workshop.where(AgendaItem, day_id=item.day_id) if i.id != item.id]
    target = source if day_id == item.day_id else workshop.where(AgendaItem, day_id=day_id)
    index = max(0, min(index, len(target)))
    moved = [*target[:index], item, *target[index:]]
    changes = _placed(moved, day_id)
    if day_id != item.day_id:
        changes += _placed(source, item.day_id)
    return ChangeSet.of(changes)


def duplicate_item(workshop: Workshop, item_id: str) -> tuple[ChangeSet, str]:
    """A copy of the item right after it, with copies of its rounds (not yet run) and
    of its polls (drafts, no answers)."""
    item = workshop.require(AgendaItem, item_id)
    copy = replaced(item, {"id": new_id(), "actual_start": "", "actual_end": ""})
    added = add_item(workshop, copy, item.position + 1)
    rounds = _copied_rounds(workshop, item_id, copy.id)
    copied_polls = polls.item_polls_copied(workshop, item_id, copy.id)
    return ChangeSet.of([*added.changes, *rounds, *copied_polls]), copy.id


def remove_item(workshop: Workshop, item_id: str) -> ChangeSet:
    """Remove the item with its rounds and their runs (the timer let go if on it)."""
    item = workshop.require(AgendaItem, item_id)
    changes: list[RowChange] = []
    for timer in workshop.all(TimerState):
        if timer.agenda_item_id == item_id:
            changes.append(
                update(
                    timer,
                    replaced(timer, {"agenda_item_id": None, "status": "idle", "round_index": 0}),
                )
            )
    changes += item_rows_removed(workshop, [item_id])
    rest = [i for i in workshop.where(AgendaItem, day_id=item.day_id) if i.id != item_id]
    return ChangeSet.of([*changes, delete(item), *_placed(rest, item.day_id)])


def duplicate_day(workshop: Workshop, day_id: str) -> tuple[ChangeSet, str]:
    """A copy of the day and its items (their rounds, their polls as drafts), right after
    it, on the next date."""
    day = workshop.require(Day, day_id)
    days = workshop.all(Day)
    next_date = ""
    if day.date:
        next_date = (dt.date.fromisoformat(day.date) + dt.timedelta(days=1)).isoformat()
    copy = replaced(day, {"id": new_id(), "position": day.position + 1, "date": next_date})
    changes: list[RowChange] = [
        update(d, replaced(d, {"position": d.position + 1}))
        for d in days
        if d.position > day.position
    ]
    changes.append(insert(copy))
    for item in workshop.where(AgendaItem, day_id=day_id):
        item_copy = replaced(
            item, {"id": new_id(), "day_id": copy.id, "actual_start": "", "actual_end": ""}
        )
        changes.append(insert(item_copy))
        changes += _copied_rounds(workshop, item.id, item_copy.id)
        copied = [c for c in changes if isinstance(c.after, Poll)]
        position = max((p.position for p in workshop.unordered(Poll)), default=-1) + 1
        changes += polls.item_polls_copied(workshop, item.id, item_copy.id, position + len(copied))
    return ChangeSet.of(changes), copy.id
