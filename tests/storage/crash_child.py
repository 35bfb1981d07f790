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

from facilitator.domain import board, card_template, cards, edits, scoring, voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import Board, Day, Person, VoteSession
from facilitator.domain.workshop import Workshop
from facilitator.storage.interchange import dumps
from facilitator.storage.workshop_file import WorkshopFile


def digest(workshop: Workshop) -> str:
    return hashlib.sha256(dumps(workshop).encode()).hexdigest()[:16]


def vote_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    """A vote in progress: dots counted, cast, scored, placed (issue 6: it survives a crash)."""
    boards = workshop.all(Board)
    if not boards:
        return board.add_board(workshop, "Idées ✨")[0]
    if len(board.ideas_of(workshop, boards[0].id)) < 4:
        return board.capture(workshop, boards[0].id, [f"idée {n}" for n in range(4)])[0]
    votes = workshop.all(VoteSession)
    if not votes:
        return voting.create_vote(workshop, boards[0].id, "Vote", dots_per_participant=3)[0]
    vote = votes[0]
    options = [o.id for o in voting.options_of(workshop, vote.id)]
    roll = rng.random()
    if roll < 0.3:
        return voting.set_tally(workshop, vote.id, rng.choice(options), rng.randrange(20))
    if roll < 0.6:
        chosen = rng.sample(options, 2)
        dots = {chosen[0]: rng.randrange(1, 3), chosen[1]: 1}
        return voting.cast_ballot(workshop, vote.id, f"Participant {rng.randrange(30)}", dots)
    criteria = scoring.criteria_of(workshop, vote.id)
    if not criteria:
        return scoring.add_criterion(workshop, vote.id, "Impact", 2, 5)[0]
    if roll < 0.8:
        value = rng.randrange(1, 6)
        return scoring.set_score(
            workshop, vote.id, criteria[0].id, rng.choice(options), value=value
        )
    return scoring.place(workshop, vote.id, rng.choice(options), rng.random(), rng.random())


def card_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    """Prototype cards being written: a card, a field's text, a next step, the order."""
    every = cards.cards_of(workshop)
    roll = rng.random()
    if not every or (roll < 0.15 and len(every) < 12):
        return cards.create_card(workshop, f"Prototype {rng.randrange(1000)} ✨")[0]
    card = rng.choice(every)
    if roll < 0.6:
        field = rng.choice(card_template.fields_of(workshop))
        return cards.set_value(workshop, card.id, field.id, "texte " * rng.randrange(0, 40))
    if roll < 0.8:
        return cards.add_step(workshop, card.id, "Appeler la mairie", "Sophie", "2026-04-02")[0]
    return cards.move_card(workshop, card.id, rng.randrange(len(every)))


def board_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    """Ideas captured, moved, clustered."""
    boards = workshop.all(Board)
    if not boards:
        return board.add_board(workshop, "Idées ✨")[0]
    ideas = board.ideas_of(workshop, boards[0].id)
    roll = rng.random()
    if roll < 0.5 or len(ideas) < 3:
        return board.capture(workshop, boards[0].id, [f"idée {rng.randrange(10**6)}"])[0]
    if roll < 0.8:
        idea = rng.choice(ideas)
        return board.move_ideas(workshop, {idea.id: (rng.uniform(0, 900), rng.uniform(0, 900))})
    return board.create_cluster(workshop, boards[0].id, "Groupe", [rng.choice(ideas).id])[0]


def random_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    kind = rng.random()
    if kind < 0.25:
        return vote_edit(workshop, rng)
    if kind < 0.45:
        return card_edit(workshop, rng)
    if kind < 0.6:
        return board_edit(workshop, rng)
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
