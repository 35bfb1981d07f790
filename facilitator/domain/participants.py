"""Adding a list of participants at once (issue 18: a CSV file or a paste, read by
storage/roster_files.py), in one change the facilitator can undo.

- A person already among the workshop's participants (the same name and the same
  organisation, case, accents, spacing and invisible characters aside: `groups.
  same_key`) is not added again, and said: importing the same list twice, or an
  updated list, adds only the newcomers. Two people of the list with the same name
  are both added (the list's reader says so), as are two people of the same name in
  different organisations.
- The new participants come after the others, in the list's order.
- At most MOST_PARTICIPANTS participants in a workshop after the import (the badges'
  MOST_BADGES printed at once); an import past it is refused whole (ParticipantsError).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.groups import same_key
from facilitator.domain.ids import new_id
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message
from facilitator.domain.records import Person
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

MOST_PARTICIPANTS = 5_000

ALREADY_THERE = QT_TRANSLATE_NOOP(
    "Participants", "Line {line}: “{name}” is already a participant; not added again."
)
ALREADY_THERE_OF = QT_TRANSLATE_NOOP(
    "Participants",
    "Line {line}: “{name}” ({organisation}) is already a participant; not added again.",
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "Participants",
    "The workshop would have {count} participants, more than the {most} it can hold: "
    "add fewer people at once.",
)


ADDED = QT_TRANSLATE_NOOP(
    "Participants", "Participants added: {added}; already there, not added again: {already}."
)
ADDED_ALL = QT_TRANSLATE_NOOP("Participants", "Participants added: {added}.")


def added_message(added: int, already: int) -> Message:
    """What an import says once done: how many added, how many were there already."""
    if already:
        return message(ADDED, added=added, already=already)
    return message(ADDED_ALL, added=added)


class ParticipantsError(FacilitatorError):
    """An import that would take the workshop past MOST_PARTICIPANTS."""


@dataclass(frozen=True)
class Newcomer:
    """A person to add: `line` is where the list has them (from 1; 0 when typed)."""

    name: str
    organisation: str = ""
    job: str = ""
    line: int = 0


@dataclass(frozen=True)
class ImportPlan:
    """What an import adds (`added`, in order) and leaves out (`already`, each with the
    message saying so)."""

    added: tuple[Newcomer, ...]
    already: tuple[tuple[Newcomer, Message], ...]


def _identity(name: str, organisation: str) -> tuple[str, str]:
    return same_key(name) or " ".join(name.split()), same_key(organisation)


def plan_import(workshop: Workshop, people: Sequence[Newcomer]) -> ImportPlan:
    """Which of `people` are new to the workshop's participants (see the module's
    notes). Raises ParticipantsError past MOST_PARTICIPANTS."""
    participants = workshop.where(Person, role="participant")
    present = {_identity(p.name, p.organisation) for p in participants}
    added: list[Newcomer] = []
    already: list[tuple[Newcomer, Message]] = []
    for person in people:
        if _identity(person.name, person.organisation) in present:
            said = (
                message(
                    ALREADY_THERE_OF,
                    line=person.line,
                    name=person.name,
                    organisation=person.organisation,
                )
                if person.organisation
                else message(ALREADY_THERE, line=person.line, name=person.name)
            )
            already.append((person, said))
        else:
            added.append(person)
    count = len(participants) + len(added)
    if count > MOST_PARTICIPANTS:
        raise ParticipantsError(message(TOO_MANY, count=count, most=MOST_PARTICIPANTS))
    return ImportPlan(tuple(added), tuple(already))


def add_participants(workshop: Workshop, people: Sequence[Newcomer]) -> ChangeSet:
    """The change that adds `people` as participants after the others, in order, each
    field checked and cleaned as typed text is (`validation.with_values`: a field too
    long is TextTooLongError). Call `plan_import` first to leave out those present."""
    start = len(workshop.where(Person, role="participant"))
    changes = []
    for offset, person in enumerate(people):
        record = Person(id=new_id(), role="participant", position=start + offset)
        record = with_values(
            record, name=person.name, organisation=person.organisation, job=person.job
        )
        changes.append(insert(record))
    return ChangeSet.of(changes)
