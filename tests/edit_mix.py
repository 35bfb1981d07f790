"""Random edits of every kind, through the domain's own edit functions: the details,
the agenda, the countdown, the board, the votes and the prototype cards.

Shared by the torture tests (the SIGKILL crash test, the fault-injected disk, the
stateful undo/redo test), so that each attacks the same mix of real edits.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from facilitator.domain import agenda, board, card_template, cards, edits, run, scoring, voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import AgendaItem, Board, Day, ItemKind, Person, VoteSession
from facilitator.domain.workshop import Workshop

NOW_MS = 1_795_000_000_000  # a fixed moment: run actions take the clock as an argument


class Edit(NamedTuple):
    kind: str
    changes: ChangeSet
    undoable: bool  # run actions are durable but not undo steps


def vote_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    """A vote in progress: dots counted, cast, scored, placed (issue 6: it survives a crash)."""
    boards = workshop.all(Board)
    if not boards:
        return board.add_board(workshop, "Idées ✨")[0]
    if len(board.ideas_of(workshop, boards[0].id)) < 4:
        return board.capture(workshop, boards[0].id, [f"idée {n}" for n in range(4)])[0]
    votes = [v for v in workshop.all(VoteSession) if v.status != "closed" and v.method == "dots"]
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


def details_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    """The workshop's details, its people and its days."""
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


def agenda_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    """The agenda being built: items added, retimed, moved, duplicated, removed."""
    days = workshop.all(Day)
    if not days:
        return edits.add_day(workshop)[0]
    day = rng.choice(days)
    items = workshop.all(AgendaItem)
    roll = rng.random()
    if not items or (roll < 0.3 and len(items) < 30):
        kinds: tuple[ItemKind, ...] = ("activity", "activity", "break", "lunch")
        kind = rng.choice(kinds)
        item = agenda.pause_item(kind, day.id, 0, "fr", rng.randrange(5, 120))
        return agenda.add_item(workshop, item, rng.randrange(len(items) + 1))
    item = rng.choice(items)
    if roll < 0.55:
        title = f"Atelier « {rng.randrange(1000)} » ✨"
        return agenda.set_item(workshop, item.id, title=title, duration_min=rng.randrange(5, 240))
    if roll < 0.75:
        return agenda.move_item(workshop, item.id, day.id, rng.randrange(len(items) + 1))
    if roll < 0.88 and len(items) < 30:
        return agenda.duplicate_item(workshop, item.id)[0]
    return agenda.remove_item(workshop, item.id)


def timer_edit(workshop: Workshop, rng: random.Random) -> ChangeSet:
    """Run mode: select, start and pause, extend, move on, a free timer."""
    now = NOW_MS + rng.randrange(10**7)
    items = workshop.all(AgendaItem)
    roll = rng.random()
    if items and roll < 0.2:
        return run.select_item(workshop, rng.choice(items).id, now, start_now=rng.random() < 0.5)
    if roll < 0.45:
        return run.toggle(workshop, now)
    if roll < 0.6:
        return run.extend(workshop, rng.choice((1, 5, -1)), now)
    if roll < 0.8:
        return run.advance(workshop, rng.choice((1, 1, -1)), now, auto_start=rng.random() < 0.5)
    if roll < 0.9:
        return run.free_timer(workshop, rng.randrange(1, 30), now)
    return run.reset(workshop)


def random_edit(workshop: Workshop, rng: random.Random, *, run_actions: bool = True) -> Edit:
    """One edit of a random kind; it may be empty (nothing to change). Without
    `run_actions`, only undoable edits."""
    kind = rng.random()
    if not run_actions and 0.65 <= kind < 0.78:
        kind = rng.random() * 0.65
    if kind < 0.2:
        return Edit("vote", vote_edit(workshop, rng), True)
    if kind < 0.35:
        return Edit("card", card_edit(workshop, rng), True)
    if kind < 0.5:
        return Edit("board", board_edit(workshop, rng), True)
    if kind < 0.65:
        return Edit("agenda", agenda_edit(workshop, rng), True)
    if kind < 0.78:
        return Edit("timer", timer_edit(workshop, rng), False)
    return Edit("details", details_edit(workshop, rng), True)
