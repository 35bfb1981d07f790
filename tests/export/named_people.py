"""A workshop in which people's names are everywhere a name can go (issue 17, "Names
belong to people"): the demo, plus participants with distinctive names (Latin with
diacritics, Arabic, an emoji) set as typed authors, phone authors, named and
pass-the-laptop voters, a phone's ballot label, a jury member, a card's team, a lab's
own people field and next steps' owners; and a facilitator who owns a next step."""

from __future__ import annotations

from facilitator.domain import board, card_template, cards, edits, scoring, voting
from facilitator.domain.records import Board, Person, VoteCollection
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo

FACILITATOR = "Anouk Animatrice-Dubreuil"
# Organisation of a participant: listed with the names only.
PARTICIPANT_ORGANISATION = "Collectif Quokka-Ténébreux"
TYPED_AUTHOR = "Zoé Xylophone-Ñandú"
PHONE_AUTHOR = "فاطمة الزهراء بنقدور"
EMOJI_AUTHOR = "Kiki 🦊 Brûlé-Pétard"
NAMED_VOTER = "Bartholomé Quenouillard"
LAPTOP_VOTER = "Ottilie Vranckx"
PHONE_BALLOT = "Quentin Zyzzyva · ab12"
SCORER = "Ysolde Krapotnik"
TEAM_MEMBER = "Théodore Vlaminckx"
PEOPLE_FIELD_VALUE = "Léopoldine Wurtzbach"
STEP_OWNER = "Ingrid Ørnebåd"

# Every name that must be nowhere with names left out: these, and the demo's people.
DISTINCT_NAMES = (
    PARTICIPANT_ORGANISATION,
    TYPED_AUTHOR,
    PHONE_AUTHOR,
    EMOJI_AUTHOR,
    NAMED_VOTER,
    LAPTOP_VOTER,
    PHONE_BALLOT,
    SCORER,
    TEAM_MEMBER,
    PEOPLE_FIELD_VALUE,
    STEP_OWNER,
)
DEMO_PARTICIPANTS = (
    "Hélène Roux",
    "Mamadou Diallo",
    "Sophie Marchand",
    "Ahmad Rahimi",
    "Julien Vernet",
    "Nadia Haddad",
    "Pierre Lacombe",
    "Élodie Martin",
)
# The demo's other participants: in no card, but in its grouping (issue 18).
DEMO_OTHER_PARTICIPANTS = ("Bernard Teyssier", "Camille Roche", "Lina Osmani", "Thomas Delmas")
DEMO_FACILITATORS = ("Claire Dumas", "Yanis Benali")
IDEA_TEXTS = ("Un banc qui parle", "Un guichet ouvert le samedi", "Un numéro unique")


def named_workshop() -> Workshop:
    """The demo, with names in every field that can hold one (see the module)."""
    workshop = full_demo()
    workshop.apply(edits.add_person(workshop, "facilitator", FACILITATOR)[0])
    for name in (TYPED_AUTHOR, PHONE_AUTHOR, EMOJI_AUTHOR, STEP_OWNER):
        workshop.apply(edits.add_person(workshop, "participant", name)[0])
    zoe = workshop.where(Person, name=TYPED_AUTHOR)[0]
    workshop.apply(edits.set_person(workshop, zoe.id, organisation=PARTICIPANT_ORGANISATION))
    wall = workshop.all(Board)[0].id
    typed, _ = board.capture(workshop, wall, [IDEA_TEXTS[0]], author=TYPED_AUTHOR)
    workshop.apply(typed)
    phones, _ = board.capture_signed(
        workshop, wall, [(IDEA_TEXTS[1], PHONE_AUTHOR), (IDEA_TEXTS[2], EMOJI_AUTHOR)]
    )
    workshop.apply(phones)
    # Votes by name: a named vote, the laptop passed round, a phone's ballot label.
    ballots: tuple[tuple[VoteCollection, str], ...] = (
        ("named", NAMED_VOTER),
        ("pass", LAPTOP_VOTER),
    )
    for collection, voter in ballots:
        made, vote_id = voting.create_vote(
            workshop, wall, f"Vote {collection}", collection=collection, anonymous=False
        )
        workshop.apply(made)
        first = voting.options_of(workshop, vote_id)[0].id
        workshop.apply(voting.cast_ballot(workshop, vote_id, voter, {first: 2}))
        if collection == "pass":
            workshop.apply(voting.cast_ballot(workshop, vote_id, PHONE_BALLOT, {first: 1}))
    made, vote_id = voting.create_vote(workshop, wall, "Grille du jury", method="criteria")
    workshop.apply(made)
    made, criterion = scoring.add_criterion(workshop, vote_id, "Faisabilité")
    workshop.apply(made)
    option = voting.options_of(workshop, vote_id)[0].id
    workshop.apply(
        scoring.set_score(workshop, vote_id, criterion, option, value=4, participant=SCORER)
    )
    # A card: its team, a lab's own people field, next steps owned by a participant,
    # by the facilitator, and by both.
    made, field_id = card_template.add_field(workshop, "Porteuse du projet")
    workshop.apply(made)
    card = cards.cards_of(workshop)[0].id
    team = {f.key: f.id for f in card_template.fields_of(workshop)}["team"]
    workshop.apply(cards.set_value(workshop, card, team, f"{TEAM_MEMBER}, {TYPED_AUTHOR}"))
    workshop.apply(cards.set_value(workshop, card, field_id, PEOPLE_FIELD_VALUE))
    for action, owner in (
        ("Appeler la sous-préfecture", STEP_OWNER),
        ("Réserver la salle", FACILITATOR.upper()),  # a facilitator, case aside
        ("Écrire le compte rendu", f"{FACILITATOR} et {STEP_OWNER}"),
    ):
        workshop.apply(cards.add_step(workshop, card, action, owner, "2026-06-01")[0])
    return workshop
