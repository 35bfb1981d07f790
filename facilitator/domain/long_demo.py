"""The long workshop: every text as long as people really type it.

The demo is tidy; real workshops are not. Facilitators paste a whole brief into an
activity's instructions, name a cluster with a sentence, type a 50-letter compound
word, a link, a line of Arabic or an emoji. This workshop has all of it, in every text
field, so that the screens, the projector and every printed page are tested on it
(the app's smoke test walks it; tests/export prints it). Pure data: no Qt, no files.

The lengths are those of issue 15 ("titles of 150 characters, instructions of 1,500,
words of 50 letters"), each below the field's own limit (records.py).
"""

from __future__ import annotations

import datetime as dt
from itertools import cycle

from facilitator.domain import (
    agenda,
    board,
    card_template,
    cards,
    edits,
    groupings,
    scoring,
    voting,
)
from facilitator.domain.ids import new_id
from facilitator.domain.records import WORKSHOP_ID, AgendaItem, Day, ItemRound, WorkshopInfo
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

TITLE_LENGTH = 150  # characters: agenda items, workshop, boards, clusters, cards
INSTRUCTIONS_LENGTH = 1_500  # characters: participant instructions, facilitator notes
LONG_WORD_LENGTH = 50  # letters: the longest word of the workshop
IDEA_COUNT = 40  # on the main board (a second, small board has 6 more)
MATRIX_COUNT = 14  # ideas placed in the matrix, several of them on the same spot

LONG_WORD = ("Intercommunalisationdesdispositifsdaccompagnementdesfamilles")[:LONG_WORD_LENGTH]
ARABIC = "مرحبا بكم في قريتنا، نحن سعداء بوجودكم"
EMOJI = "🙂🚲🏡"
LINK = "https://www.example.gouv.fr/ateliers/integration-refugies-milieu-rural?session=2026-03"

# Sentences the long texts are made of: French as it is typed, and the hard cases.
_SENTENCES = (
    "Chaque groupe relit la question du défi à voix haute avant de commencer.",
    f"Le mot le plus long du dossier est {LONG_WORD}, et il doit tenir sur la page.",
    "Notez une idée par post-it, en écriture lisible, avec un verbe d’action au début.",
    f"Les familles accueillies ont écrit : « {ARABIC} » sur le mur d’entrée.",
    f"Le document de cadrage est en ligne : {LINK} (à projeter au début).",
    "On ne juge pas les idées pendant la divergence : on construit sur celles des autres.",
    f"Les retours des testeurs sont notés avec un pictogramme {EMOJI} sur la fiche.",
    "Le facilitateur annonce le temps restant à mi-parcours, puis deux minutes avant la fin.",
    "Les idées qui sortent du cadre vont sur le parking, pour y revenir en fin de journée.",
    "Chacun vote en silence, puis on regarde ensemble où les gommettes se sont posées.",
)


def long_text(length: int, start: int = 0, *, lines: bool = False) -> str:
    """`length` characters (exactly, a trailing partial word included) of the sentences
    above from the `start`-th one; with `lines`, one sentence per line, numbered."""
    parts: list[str] = []
    total = 0
    number = 0
    source = cycle(_SENTENCES[start % len(_SENTENCES) :] + _SENTENCES[: start % len(_SENTENCES)])
    while total < length:
        number += 1
        sentence = next(source)
        part = f"{number}. {sentence}" if lines else sentence
        parts.append(part)
        total += len(part) + 1
    text = ("\n" if lines else " ").join(parts)[:length]
    return text.rstrip() + "." * (length - len(text.rstrip()))


def _title(stem: str, length: int = TITLE_LENGTH) -> str:
    """A title of exactly `length` characters that starts with `stem`."""
    filler = " — avec les partenaires du territoire, les familles et les services de l’État"
    text = stem
    while len(text) < length:
        text += filler
    return text[:length].rstrip() + "." * (length - len(text[:length].rstrip()))


def _idea_text(number: int) -> str:
    """Ideas as they come: a few words, a sentence, a paragraph, a long word, a link."""
    kind = number % 8
    if kind == 0:
        return f"Idée {number} : un binôme d’accueil"
    if kind == 1:
        return f"Idée {number} : {LONG_WORD} pour chaque commune"
    if kind == 2:
        return f"Idée {number} : " + long_text(240, number)
    if kind == 3:
        return f"Idée {number} : {ARABIC} {EMOJI}"
    if kind == 4:
        return f"Idée {number} : voir {LINK}"
    if kind == 5:
        return f"Idée {number} : " + long_text(600, number)
    if kind == 6:
        return f"Idée {number} : un atelier cuisine mensuel"
    return f"Idée {number} : " + long_text(120, number)


def _info(workshop: Workshop) -> None:
    workshop.apply(
        edits.set_info(
            workshop,
            title=_title("Défi public long : l’intégration des réfugiés en milieu rural"),
            question=long_text(600, 2),
            organisation=_title("Laboratoire d’innovation territoriale", 190),
            place=_title("Salle du conseil municipal, mairie de Saint-Flour (Cantal)", 280),
            participant_count=24,
            notes=long_text(3_000, 4, lines=True),
        )
    )
    for role, count in (("facilitator", 3), ("participant", 12)):
        for n in range(count):
            changes, person_id = edits.add_person(
                workshop,
                role,  # type: ignore[arg-type]
                _title(f"Personne {n + 1} {LONG_WORD}", 80),
            )
            workshop.apply(changes)
            workshop.apply(
                edits.set_person(
                    workshop, person_id, organisation=_title("Direction départementale", 180)
                )
            )


def _agenda(workshop: Workshop, days: list[Day]) -> None:
    """Per day: four long activities around a break and a lunch."""
    kinds = ("activity", "activity", "break", "activity", "lunch", "activity", "activity")
    categories = cycle(("opening", "divergence", "convergence", "prototyping", "testing"))
    for day_number, day in enumerate(days):
        workshop.apply(
            edits.set_day(
                workshop,
                day.id,
                start_time="09:00",
                end_time="17:30",
                place=_title(f"Jour {day_number + 1} : salle des fêtes de Saint-Flour", 280),
            )
        )
        for position, kind in enumerate(kinds):
            seed = day_number * 10 + position
            if kind != "activity":
                item = agenda.pause_item(
                    kind,  # type: ignore[arg-type]
                    day.id,
                    position,
                    "fr",
                    60 if kind == "lunch" else 15,
                )
            else:
                item = with_values(
                    AgendaItem(id=new_id(), day_id=day.id, position=position),
                    title=_title(f"Activité {seed} : {LONG_WORD}"),
                    duration_min=45 + 15 * (position % 3),
                    category=next(categories),
                    participant_instructions=long_text(INSTRUCTIONS_LENGTH, seed),
                    facilitator_notes=long_text(INSTRUCTIONS_LENGTH, seed + 3, lines=True),
                    materials="\n".join(
                        f"{n}. {_title(f'Matériel {n} {LONG_WORD}', 90)}" for n in range(1, 5)
                    ),
                )
            workshop.apply(agenda.add_item(workshop, item, rounds=_rounds(item, seed)))


# The first activity's rounds (issue 18): every text at its field's limit (records.py).
ROUND_INSTRUCTION_LENGTH = 1_000
ROUND_NOTES_LENGTH = 2_000


def _rounds(item: AgendaItem, seed: int) -> list[ItemRound]:
    """The first activity's rounds: a round of a minute repeated three times, then a
    round of two minutes; titles of TITLE_LENGTH, instructions and notes at their
    field's limit. No rounds for the other items."""
    if seed != 0 or item.kind != "activity":
        return []
    return [
        with_values(
            ItemRound(id=new_id(), agenda_item_id=item.id, position=n, duration_s=s, repeat=r),
            title=_title(f"Tour {n + 1} : {LONG_WORD}"),
            instruction=long_text(ROUND_INSTRUCTION_LENGTH, n + 4),
            facilitator_notes=long_text(ROUND_NOTES_LENGTH, n + 6, lines=True),
        )
        for n, (s, r) in enumerate(((60, 3), (120, 1)))
    ]


def _boards(workshop: Workshop) -> tuple[str, list[str]]:
    """The main board (40 ideas, 5 clusters, some ideas loose) and a small second board."""
    changes, main = board.add_board(
        workshop, _title("Idées : accueillir et intégrer"), long_text(500, 1)
    )
    workshop.apply(changes)
    ideas: list[str] = []
    authors = cycle((_title(f"Autrice {LONG_WORD}", 70), "Ahmad", "Élodie", "Nadia"))
    for number in range(1, IDEA_COUNT + 1):
        changes, new = board.capture(workshop, main, [_idea_text(number)], author=next(authors))
        workshop.apply(changes)
        ideas += new
    # Five clusters of seven, by capture order; the last five ideas stay loose.
    for n in range(5):
        members = ideas[n * 7 : n * 7 + 7]
        changes, _ = board.create_cluster(
            workshop, main, _title(f"Regroupement {n + 1} : {LONG_WORD}"), members
        )
        workshop.apply(changes)
    changes, second = board.add_board(workshop, _title("Deuxième tableau"), long_text(300, 5))
    workshop.apply(changes)
    changes, _ = board.capture(
        workshop, second, [_idea_text(n) for n in range(41, 47)], author="Pierre"
    )
    workshop.apply(changes)
    return main, ideas


def _votes(workshop: Workshop, board_id: str, ideas: list[str]) -> str:
    """A dot vote (its id is returned), a criteria vote on the clusters, a matrix."""
    changes, dots = voting.create_vote(
        workshop, board_id, _title("Vote à gommettes"), max_dots_per_idea=20
    )
    workshop.apply(changes)
    for n, option in enumerate(voting.options_of(workshop, dots)):
        if n % 3 != 2:
            workshop.apply(voting.set_tally(workshop, dots, option.id, (n * 7) % 13 + 1))
    workshop.apply(voting.set_status(workshop, dots, "closed"))

    changes, grid = voting.create_vote(
        workshop,
        board_id,
        _title("Comité de pilotage : grille multicritère"),
        method="criteria",
        collection="named",
        target_kind="clusters",
    )
    workshop.apply(changes)
    criteria = []
    for n in range(3):
        changes, criterion = scoring.add_criterion(
            workshop, grid, _title(f"Critère {n + 1} {LONG_WORD}", 120), 1.0 + n, 5
        )
        workshop.apply(changes)
        criteria.append(criterion)
    for n, option in enumerate(voting.options_of(workshop, grid)):
        for m, criterion in enumerate(criteria):
            value = (n + m) % 5 + 1
            workshop.apply(scoring.set_score(workshop, grid, criterion, option.id, value=value))
    workshop.apply(voting.set_status(workshop, grid, "closed"))

    changes, matrix = voting.create_vote(
        workshop,
        board_id,
        _title("Matrice impact / effort"),
        method="matrix",
        target_ids=ideas[:MATRIX_COUNT],
        x_label=_title(f"Effort {LONG_WORD}", 100),
        y_label=_title(f"Impact {LONG_WORD}", 100),
    )
    workshop.apply(changes)
    # Nearby ideas: three on one spot, pairs a hair apart, some on the axes' middles.
    spots = [
        (0.3, 0.7), (0.3, 0.7), (0.3, 0.7), (0.31, 0.71), (0.32, 0.69),
        (0.5, 0.5), (0.5, 0.52), (0.02, 0.98), (0.98, 0.02), (0.0, 0.0),
        (1.0, 1.0), (0.75, 0.25), (0.76, 0.25), (0.49, 0.9),
    ]  # fmt: skip
    for option, (x, y) in zip(voting.options_of(workshop, matrix), spots, strict=False):
        workshop.apply(scoring.place(workshop, matrix, option.id, x, y))
    workshop.apply(voting.set_status(workshop, matrix, "closed"))
    return dots


def _cards(workshop: Workshop, dot_vote: str) -> None:
    options = [o.id for o in voting.options_of(workshop, dot_vote)[:3]]
    changes, created = cards.cards_from_options(workshop, options)
    workshop.apply(changes)
    fields = card_template.fields_of(workshop)
    for n, card_id in enumerate(created):
        workshop.apply(
            cards.set_card(workshop, card_id, name=_title(f"Prototype {n + 1} {LONG_WORD}"))
        )
        for m, found in enumerate(fields):
            length = 1_200 if m % 3 == 0 else 300
            workshop.apply(cards.set_value(workshop, card_id, found.id, long_text(length, n + m)))
        for m in range(4):
            action = _title(f"Étape {m + 1} : {long_text(200, m)}", 300)
            owner = _title(f"Responsable {LONG_WORD}", 90)
            workshop.apply(cards.add_step(workshop, card_id, action, owner, f"2026-04-{m + 10}")[0])


def _grouping(workshop: Workshop) -> None:
    """The participants, each with a long role, at 4 tables whose names and the
    grouping's are as long as they may be, with a wish kept."""
    people = groupings.participants(workshop)
    for n, person in enumerate(people):
        job = _title(f"Rôle {n % 3 + 1} {LONG_WORD}", 120)
        workshop.apply(edits.set_person(workshop, person.id, job=job))
    made = groupings.new_grouping(
        workshop,
        rule="count",
        amount=4,
        name=_title("Répartition des tables du premier jour", 200),
        balance_roles=True,
        seed=1,
        created_at="2026-03-12T09:00:00+01:00",
        wishes=[groupings.WishSet("together", 0, (people[0].id, people[1].id))],
    )
    workshop.apply(made.changes)
    for n, team in enumerate(groupings.teams_of(workshop, made.grouping_id)):
        name = _title(f"Table {n + 1} {LONG_WORD}", 100)
        workshop.apply(groupings.rename_team(workshop, team.id, name))


def long_workshop(first_day: dt.date = dt.date(2026, 3, 12)) -> Workshop:
    """A two-day workshop whose every text field is long (see the module's docstring):
    the info, 15 people, two days of 7 agenda items (the first with rounds), two boards
    (46 ideas, 5 clusters), a dot vote, a criteria vote, a 2x2 matrix with ideas on top
    of each other, three prototype cards with their next steps, a grouping of the
    participants at 4 tables. No photos (the demo has those)."""
    info = WorkshopInfo(id=WORKSHOP_ID, language="fr", created_at="2026-03-01T10:00:00+01:00")
    workshop = Workshop([info])
    for offset in (0, 1):
        changes, _ = edits.add_day(workshop, (first_day + dt.timedelta(days=offset)).isoformat())
        workshop.apply(changes)
    _info(workshop)
    _agenda(workshop, workshop.all(Day))
    main, ideas = _boards(workshop)
    dot_vote = _votes(workshop, main, ideas)
    _cards(workshop, dot_vote)
    _grouping(workshop)
    return workshop
