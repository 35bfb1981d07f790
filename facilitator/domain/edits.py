"""Edits of the workshop's details: its fields, its people and its days.

Each function reads the workshop, checks the request and returns the
`ChangeSet` that performs it; nothing is changed until the set is applied.
Later features add their own edit modules beside this one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from facilitator.domain.agenda import item_rows_removed
from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.messages import QT_TRANSLATE_NOOP, message
from facilitator.domain.records import (
    WORKSHOP_ID,
    AgendaItem,
    Attachment,
    Day,
    Person,
    PersonRole,
    Record,
    TimerState,
    replaced,
)
from facilitator.domain.validation import InvalidValueError, with_values
from facilitator.domain.workshop import Workshop

DEFAULT_DAY_START = "09:30"
DEFAULT_DAY_END = "17:00"


def set_info(workshop: Workshop, **values: object) -> ChangeSet:
    """Change fields of the workshop record (title, question, place, ...)."""
    before = workshop.info
    return ChangeSet.of([update(before, with_values(before, **values))])


def renumbered(records: list[Record]) -> list[RowChange]:
    """Changes that give `records` the positions 0, 1, 2... in list order."""
    changes: list[RowChange] = []
    for index, record in enumerate(records):
        if getattr(record, "position", None) != index:
            changes.append(update(record, replaced(record, {"position": index})))
    return changes


def add_person(workshop: Workshop, role: PersonRole, name: str) -> tuple[ChangeSet, str]:
    people = workshop.where(Person, role=role)
    person = Person(id=new_id(), role=role, position=len(people))
    person = with_values(person, name=name)
    return ChangeSet.of([insert(person)]), person.id


def set_person(workshop: Workshop, person_id: str, **values: object) -> ChangeSet:
    person = workshop.require(Person, person_id)
    return ChangeSet.of([update(person, with_values(person, **values))])


def remove_person(workshop: Workshop, person_id: str) -> ChangeSet:
    """The person, with their places in teams, wishes and absences (groupings)."""
    person = workshop.require(Person, person_id)
    rest: list[Record] = [p for p in workshop.where(Person, role=person.role) if p != person]
    # Imported here: groupings (and the team maker it uses) are not needed to open a
    # workshop and paint it (issue 22).
    from facilitator.domain.groupings import person_removed

    in_groupings = person_removed(workshop, person_id)
    return ChangeSet.of([*in_groupings, delete(person), *renumbered(rest)])


def move_person(workshop: Workshop, person_id: str, new_index: int) -> ChangeSet:
    person = workshop.require(Person, person_id)
    people: list[Record] = [p for p in workshop.where(Person, role=person.role) if p != person]
    people.insert(max(0, min(new_index, len(people))), person)
    return ChangeSet.of(renumbered(people))


def add_day(workshop: Workshop, date: str | None = None) -> tuple[ChangeSet, str]:
    """A new day after the last one: the next calendar day, unless `date` is given."""
    days = workshop.all(Day)
    if date is None:
        if days and days[-1].date:
            date = (dt.date.fromisoformat(days[-1].date) + dt.timedelta(days=1)).isoformat()
        else:
            date = dt.date.today().isoformat()
    day = Day(
        id=new_id(),
        position=len(days),
        start_time=days[-1].start_time if days else DEFAULT_DAY_START,
        end_time=days[-1].end_time if days else DEFAULT_DAY_END,
    )
    day = with_values(day, date=date)
    return ChangeSet.of([insert(day)]), day.id


def set_day(workshop: Workshop, day_id: str, **values: object) -> ChangeSet:
    day = workshop.require(Day, day_id)
    after = with_values(day, **values)
    if after.start_time and after.end_time and after.end_time <= after.start_time:
        raise InvalidValueError(
            message(
                QT_TRANSLATE_NOOP("Field", "A day must end after it starts ({start}–{end})."),
                start=after.start_time,
                end=after.end_time,
            )
        )
    return ChangeSet.of([update(day, after)])


def remove_day(workshop: Workshop, day_id: str) -> ChangeSet:
    """Remove a day with its agenda items (and the timer if it ran one of them)."""
    day = workshop.require(Day, day_id)
    items = workshop.where(AgendaItem, day_id=day_id)
    item_ids = {item.id for item in items}
    changes: list[RowChange] = []
    for timer in workshop.all(TimerState):
        if timer.agenda_item_id in item_ids:
            changes.append(
                update(timer, replace(timer, agenda_item_id=None, status="idle", round_index=0))
            )
    changes += item_rows_removed(workshop, item_ids)  # their rounds and how they ran
    changes += [delete(item) for item in items]
    changes.append(delete(day))
    rest: list[Record] = [d for d in workshop.all(Day) if d != day]
    return ChangeSet.of([*changes, *renumbered(rest)])


# -- the lab's logo, on the synthesis's cover ------------------------------------------------
def logo_of(workshop: Workshop) -> Attachment | None:
    return next(
        (
            a
            for a in workshop.unordered(Attachment)
            if a.owner_kind == "workshop" and a.role == "logo"
        ),
        None,
    )


def set_logo(workshop: Workshop, *, data: bytes, width: int, height: int) -> ChangeSet:
    """The logo (already checked, JPEG), in place of the one before."""
    current = logo_of(workshop)
    logo = Attachment(
        id=new_id(),
        owner_kind="workshop",
        owner_id=WORKSHOP_ID,
        role="logo",
        data=data,
        width=width,
        height=height,
    )
    changes = [delete(current)] if current is not None else []
    return ChangeSet.of([*changes, insert(logo)])


def remove_logo(workshop: Workshop) -> ChangeSet:
    current = logo_of(workshop)
    return ChangeSet.of([delete(current)]) if current is not None else ChangeSet(())
