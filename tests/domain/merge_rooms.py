"""The rooms of an event, for the merge tests (issue 21): the demo with its polls (a room
of everything), a creativity workshop made from a template with a board, a dot vote and
a prototype card of its own, and a one-day template with nothing run yet."""

from __future__ import annotations

import datetime as dt

from facilitator.domain import board, cards, voting
from facilitator.domain.agenda import workshop_from_template
from facilitator.domain.edits import add_person, set_person
from facilitator.domain.library import Library
from facilitator.domain.merge import Room
from facilitator.domain.workshop import Workshop
from facilitator.library_access import bundled_library
from tests.export.polls_workshop import polls_workshop

MOBILITY_IDEAS = (
    "Un minibus à la demande le jeudi, jour de marché",
    "Des vélos électriques prêtés par la mairie",
    "Un covoiturage entre agents pour les visites à domicile",
    "Un plan des arrêts traduit en cinq langues",
)
# People of the mobility room: two of the demo's, spelt otherwise (accents, case,
# spaces), who are the same people; a homonym of a demo participant from another
# organisation, who is not; and someone the demo does not have.
MOBILITY_PEOPLE = (
    ("helene ROUX", "Direction départementale de l’emploi, du travail et des solidarités"),
    ("Mamadou  Diallo", "association accueil cantal"),
    ("Hélène Roux", "Conseil départemental du Cantal"),
    ("Inès Ferrand", "Communauté de communes"),
)


def mobility_room(library: Library) -> Workshop:
    """A creativity workshop: its own board, a closed dot vote, a card with a step."""
    workshop = workshop_from_template(
        library.templates["atelier-creativite-3h"],
        library,
        title="Mobilité en zone rurale",
        language="fr",
        first_day=dt.date(2026, 3, 12),
        created_at="2026-03-01T10:00:00+01:00",
    )
    for name, organisation in MOBILITY_PEOPLE:
        changes, person_id = add_person(workshop, "participant", name)
        workshop.apply(changes)
        workshop.apply(set_person(workshop, person_id, organisation=organisation))
    made, board_id = board.add_board(workshop, "Idées mobilité", "Comment se déplacer ?")
    workshop.apply(made)
    captured, idea_ids = board.capture(workshop, board_id, MOBILITY_IDEAS, author="Inès")
    workshop.apply(captured)
    created, vote_id = voting.create_vote(workshop, board_id, "Vote mobilité")
    workshop.apply(created)
    for option, dots in zip(voting.options_of(workshop, vote_id), (4, 2, 1, 0), strict=True):
        workshop.apply(voting.set_tally(workshop, vote_id, option.id, dots))
    workshop.apply(voting.set_status(workshop, vote_id, "closed"))
    card, card_id = cards.card_from_idea(workshop, idea_ids[0])
    workshop.apply(card)
    step, _ = cards.add_step(workshop, card_id, "Réserver le minibus", "Inès Ferrand", "2026-04-02")
    workshop.apply(step)
    return workshop


def quiet_room(library: Library) -> Workshop:
    """A one-day workshop made from a template, not run yet: an agenda, nothing else."""
    return workshop_from_template(
        library.templates["journee-ideation-prototype"],
        library,
        title="Santé",
        language="fr",
        first_day=dt.date(2026, 3, 13),
        created_at="2026-03-01T11:00:00+01:00",
    )


def three_rooms() -> list[Room]:
    """The event's three rooms, named as the command line names them by default."""
    library = bundled_library()
    return [
        Room(polls_workshop(), "Salle Mistral", "", "mistral.atelier"),
        Room(mobility_room(library), "", "", "mobilite.atelier"),
        Room(quiet_room(library), "", "", "sante.atelier"),
    ]
