"""Child process of the crash test: random edits through the real write path.

Before each write it prints `pending DIGEST`, after the write returns (the edit
is acknowledged: durable) it prints `ack DIGEST`. DIGEST identifies the whole
workshop state, so the parent can tell exactly which states the file may hold.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from facilitator.domain import edits
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import Day, Person
from facilitator.domain.workshop import Workshop
from facilitator.storage.interchange import dumps
from facilitator.storage.workshop_file import WorkshopFile


def digest(workshop: Workshop) -> str:
    return hashlib.sha256(dumps(workshop).encode()).hexdigest()[:16]


def random_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    people = workshop.all(Person)
    days = workshop.all(Day)
    roll = rng.random()
    word = f"édition {rng.randrange(10**6)} ✨"
    if roll < 0.2:
        return edits.set_info(workshop, title=word)
    if roll < 0.35:
        return edits.set_info(workshop, notes=(word + "\n") * rng.randrange(1, 200))
    if roll < 0.55 and len(people) < 40:
        return edits.add_person(workshop, rng.choice(("facilitator", "participant")), word)[0]
    if roll < 0.7 and people:
        return edits.set_person(workshop, rng.choice(people).id, name=word)
    if roll < 0.8 and people:
        return edits.remove_person(workshop, rng.choice(people).id)
    if roll < 0.9 and len(days) < 6:
        return edits.add_day(workshop)[0]
    if len(days) > 1:
        return edits.remove_day(workshop, rng.choice(days).id)
    return edits.set_info(workshop, participant_count=rng.randrange(100))


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    file, workshop = WorkshopFile.open(path)
    out = sys.stdout
    while True:
        changes = random_edit(workshop, rng)
        workshop.apply(changes)
        out.write(f"pending {digest(workshop)}\n")
        out.flush()
        file.apply(changes)
        out.write(f"ack {digest(workshop)}\n")
        out.flush()


if __name__ == "__main__":
    main()
