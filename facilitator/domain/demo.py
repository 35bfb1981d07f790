"""The demo workshop: a realistic French public challenge, two days in a rural territory.

It is what the README's first command opens, what every screenshot shows and
what the benchmarks scale up. Each feature adds its part (agenda, ideas, votes,
prototype cards) as it lands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from facilitator.domain import (
    agenda,
    board,
    card_template,
    cards,
    groupings,
    scoring,
    voting,
)
from facilitator.domain.agenda import items_for_day
from facilitator.domain.ids import new_id
from facilitator.domain.library import Library
from facilitator.domain.records import (
    WORKSHOP_ID,
    AgendaItem,
    Board,
    Day,
    Person,
    Record,
    VoteSession,
    WorkshopInfo,
    replaced,
)
from facilitator.domain.schedule import day_schedule as schedule_of
from facilitator.domain.workshop import Workshop

DEMO_TITLE = "Défi public : l’intégration des réfugiés en milieu rural"
DEMO_QUESTION = "Comment favoriser l’intégration des réfugiés en milieu rural ?"

_FACILITATORS = [
    ("Claire Dumas", "Lab’@rchipel – Préfecture de région"),
    ("Yanis Benali", "Public Factory – Sciences Po Lyon"),
]
_PARTICIPANTS = [
    ("Hélène Roux", "Direction départementale de l’emploi, du travail et des solidarités"),
    ("Mamadou Diallo", "Association Accueil Cantal"),
    ("Sophie Marchand", "Mairie de Saint-Flour"),
    ("Ahmad Rahimi", "Réfugié, bénévole"),
    ("Julien Vernet", "Pôle emploi Aurillac"),
    ("Nadia Haddad", "Infirmière, centre de santé"),
    ("Pierre Lacombe", "Professeur de FLE, collège"),
    ("Élodie Martin", "Sous-préfecture de Saint-Flour"),
    ("Bernard Teyssier", "Mairie de Saint-Flour"),
    ("Camille Roche", "Mairie de Saint-Flour"),
    ("Lina Osmani", "Association Accueil Cantal"),
    ("Thomas Delmas", "Mairie de Saint-Flour"),
]
# Each participant's role in the room (Person.job), which groups can spread.
_JOBS = {
    "Hélène Roux": "agent public",
    "Mamadou Diallo": "association",
    "Sophie Marchand": "agent public",
    "Ahmad Rahimi": "usager",
    "Julien Vernet": "agent public",
    "Nadia Haddad": "professionnel",
    "Pierre Lacombe": "professionnel",
    "Élodie Martin": "agent public",
    "Bernard Teyssier": "élu",
    "Camille Roche": "agent public",
    "Lina Osmani": "association",
    "Thomas Delmas": "élu",
}
# Day 1's tables: three tables of four mixing the services (the town hall's four people
# at three tables: one pair at least), roles spread, Ahmad with Mamadou, who interprets.
DEMO_GROUPING = "Tables du jour 1"
DEMO_TOGETHER = ("Ahmad Rahimi", "Mamadou Diallo")

_NOTES = (
    "Atelier de créativité de deux jours, à l’issue des immersions menées dans le Cantal, "
    "l’Ain et l’Ardèche.\n"
    "Objectif : imaginer et prototyper des solutions concrètes avec les acteurs du territoire "
    "(réfugiés, associations, services de l’État, élus, soignants, enseignants).\n"
    "Salle du conseil municipal : vidéoprojecteur, 4 tables de 6, murs utilisables pour les "
    "post-it."
)


DEMO_TEMPLATE = "defi-public-territoire-rural"


DEMO_BOARD_TITLE = "Idées\u00a0: accueillir et intégrer"
DEMO_BOARD_QUESTION = (
    "Comment pourrions-nous aider une famille réfugiée à trouver sa place dans un village "
    "du Cantal dès les six premiers mois\u00a0?"
)
# (cluster, [(idea, author, colour)]): what the room said on day 1, typed as it was said.
DEMO_IDEAS: list[tuple[str | None, list[tuple[str, str, str]]]] = [
    (
        "Logement",
        [
            ("Recenser les logements vacants de la commune avec la mairie", "Sophie", "yellow"),
            ("Un bail glissant porté par l’association la première année", "Mamadou", "yellow"),
            ("Kit d’installation : vaisselle, literie, produits de base", "Hélène", "orange"),
            ("Visite du logement avec un voisin référent avant l’arrivée", "Élodie", "yellow"),
            ("Fiche « bien vivre dans son logement » traduite et illustrée", "Nadia", "blue"),
        ],
    ),
    (
        "Mobilité",
        [
            ("Covoiturage solidaire vers Saint-Flour pour les rendez-vous", "Julien", "green"),
            ("Prêt de vélos électriques par la communauté de communes", "Pierre", "green"),
            ("Accompagner le passage du permis de conduire", "Ahmad", "orange"),
            ("Carte des horaires du transport à la demande en pictogrammes", "Sophie", "green"),
        ],
    ),
    (
        "Emploi et formation",
        [
            ("Rencontres avec les exploitants agricoles qui recrutent", "Julien", "blue"),
            ("Cours de français à visée professionnelle le soir", "Pierre", "blue"),
            ("Faire reconnaître les diplômes et l’expérience", "Hélène", "blue"),
            ("Stages d’immersion chez les artisans du village", "Mamadou", "yellow"),
            ("Un parrain professionnel pour chaque adulte", "Élodie", "pink"),
        ],
    ),
    (
        "Lien social",
        [
            ("Binôme d’accueil avec une famille du village", "Élodie", "pink"),
            ("Repas partagé mensuel à la salle des fêtes", "Mamadou", "pink"),
            ("Inscrire les enfants au club de foot dès la rentrée", "Nadia", "pink"),
            ("Atelier cuisine : recettes d’ici et de là-bas", "Ahmad", "orange"),
            ("Présenter la famille au conseil municipal", "Sophie", "pink"),
        ],
    ),
    (
        "Accès aux droits et à la santé",
        [
            ("Permanence mensuelle de la sous-préfecture en mairie", "Élodie", "lilac"),
            ("Un interprète joignable par téléphone pour les rendez-vous", "Nadia", "lilac"),
            ("Prendre rendez-vous chez le médecin traitant dès l’arrivée", "Nadia", "lilac"),
            ("Guide des démarches des six premiers mois", "Hélène", "lilac"),
        ],
    ),
    (
        None,
        [
            ("Une radio locale qui raconte les parcours", "Ahmad", "yellow"),
            ("Créer une page d’accueil sur le site de la commune", "Sophie", "blue"),
            ("Jumelage avec une école d’une autre région", "Pierre", "yellow"),
        ],
    ),
]


# The dots the room stuck on the wall at the end of day 1 (a tie for second place).
DEMO_DOTS = {
    "Binôme d’accueil avec une famille du village": 9,
    "Covoiturage solidaire vers Saint-Flour pour les rendez-vous": 7,
    "Un interprète joignable par téléphone pour les rendez-vous": 7,
    "Rencontres avec les exploitants agricoles qui recrutent": 5,
    "Recenser les logements vacants de la commune avec la mairie": 4,
    "Repas partagé mensuel à la salle des fêtes": 3,
    "Guide des démarches des six premiers mois": 2,
    "Un bail glissant porté par l’association la première année": 2,
    "Inscrire les enfants au club de foot dès la rentrée": 1,
}


def _demo_vote(workshop: Workshop, board_id: str) -> None:
    changes, vote_id = voting.create_vote(
        workshop,
        board_id,
        "Vote à gommettes — fin du jour 1",
        dots_per_participant=3,
        max_dots_per_idea=2,
    )
    workshop.apply(changes)
    for option in voting.options_of(workshop, vote_id):
        if option.label in DEMO_DOTS:
            workshop.apply(voting.set_tally(workshop, vote_id, option.id, DEMO_DOTS[option.label]))
    workshop.apply(voting.set_status(workshop, vote_id, "closed"))


# The steering committee's grid, scored by consensus on day 2: (criterion, weight, scale).
DEMO_CRITERIA = (
    ("Impact pour les familles", 2.0, 5),
    ("Transférable à d’autres communes", 1.0, 5),
    ("Innovation de la méthode", 1.0, 5),
)
DEMO_CRITERIA_SCORES = {  # cluster: its score on each criterion, in order
    "Logement": (5, 3, 3),
    "Mobilité": (4, 5, 3),
    "Emploi et formation": (4, 4, 2),
    "Lien social": (5, 5, 4),
    "Accès aux droits et à la santé": (3, 4, 2),
}
# Where the room placed the top ideas of the dot vote: (effort, impact), 0 to 1.
DEMO_MATRIX = {
    "Binôme d’accueil avec une famille du village": (0.25, 0.85),
    "Covoiturage solidaire vers Saint-Flour pour les rendez-vous": (0.4, 0.7),
    "Un interprète joignable par téléphone pour les rendez-vous": (0.3, 0.6),
    "Rencontres avec les exploitants agricoles qui recrutent": (0.65, 0.8),
    "Recenser les logements vacants de la commune avec la mairie": (0.82, 0.6),
    "Repas partagé mensuel à la salle des fêtes": (0.15, 0.35),
}


def _demo_criteria(workshop: Workshop, board_id: str) -> str:
    changes, vote_id = voting.create_vote(
        workshop,
        board_id,
        "Comité de pilotage — grille multicritère",
        method="criteria",
        collection="named",
        target_kind="clusters",
    )
    workshop.apply(changes)
    criteria = []
    for name, weight, scale in DEMO_CRITERIA:
        changes, criterion_id = scoring.add_criterion(workshop, vote_id, name, weight, scale)
        workshop.apply(changes)
        criteria.append(criterion_id)
    for option in voting.options_of(workshop, vote_id):
        for criterion_id, value in zip(criteria, DEMO_CRITERIA_SCORES[option.label], strict=True):
            workshop.apply(
                scoring.set_score(workshop, vote_id, criterion_id, option.id, value=value)
            )
    workshop.apply(voting.set_status(workshop, vote_id, "closed"))
    return vote_id


def _demo_matrix(workshop: Workshop, board_id: str) -> str:
    chosen = [i.id for i in board.ideas_of(workshop, board_id) if i.text in DEMO_MATRIX]
    changes, vote_id = voting.create_vote(
        workshop,
        board_id,
        "Matrice impact / effort des idées les plus votées",
        method="matrix",
        target_ids=chosen,
        x_label="Effort",
        y_label="Impact",
    )
    workshop.apply(changes)
    for option in voting.options_of(workshop, vote_id):
        x, y = DEMO_MATRIX[option.label]
        workshop.apply(scoring.place(workshop, vote_id, option.id, x, y))
    workshop.apply(voting.set_status(workshop, vote_id, "closed"))
    return vote_id


def _link_votes(workshop: Workshop, by_method: dict[str, str]) -> None:
    """The agenda's vote activities open their vote (run mode, key O)."""
    for item in workshop.all(AgendaItem):
        method = {"vote-multicritere": "criteria", "matrice-impact-faisabilite": "matrix"}.get(
            item.method_id
        )
        if method is not None:
            workshop.apply(agenda.set_item(workshop, item.id, tool_target_id=by_method[method]))


# The three prototypes of day 2, made from the top of the dot vote: (idea voted on,
# card name, status, {field key: text}, [(action, owner, due date)], [(photo, caption)]).
DEMO_CARDS: list[
    tuple[str, str, str, dict[str, str], list[tuple[str, str, str]], list[tuple[str, str]]]
] = [
    (
        "Binôme d’accueil avec une famille du village",
        "Binôme d’accueil",
        "to_test",
        {
            "need": "Les familles arrivées se sentent seules les premiers mois : personne à qui "
            "demander comment marchent l’école, le marché, la déchetterie.",
            "users": "Familles réfugiées installées dans les communes autour de Saint-Flour ; "
            "familles bénévoles du village.",
            "solution": "Une famille du village parraine une famille arrivante pendant six mois : "
            "un repas par mois, une sortie au marché, un numéro à appeler.",
            "hypothesis": "Un lien régulier avec une famille du village accélère l’autonomie "
            "dans les démarches du quotidien.",
            "test": "Deux binômes à Saint-Flour d’avril à juin, un carnet de bord tenu par "
            "chaque famille, un point mensuel avec l’association.",
            "success": "Au bout de trois mois, la famille arrivante fait seule trois démarches "
            "qu’elle ne savait pas faire.",
            "resources": "Association Accueil Cantal (coordination) ; mairie (salle, mise en "
            "relation) ; 200 € pour les repas partagés.",
            "team": "Mamadou Diallo, Élodie Martin, Sophie Marchand",
            "notes": "Attention à ne pas créer une relation d’aide à sens unique : chaque famille "
            "apporte quelque chose (cuisine, langue, jardin).",
        },
        [
            ("Trouver deux familles volontaires", "Sophie Marchand", "2026-03-31"),
            ("Rédiger la charte du binôme", "Mamadou Diallo", "2026-04-10"),
            ("Premier point d’étape", "Élodie Martin", "2026-05-15"),
        ],
        [("storyboard-binome.jpg", "Storyboard dessiné par l’équipe, jour 2")],
    ),
    (
        "Covoiturage solidaire vers Saint-Flour pour les rendez-vous",
        "Covoit’ Saint-Flour",
        "testing",
        {
            "need": "Sans voiture ni bus régulier, un rendez-vous à la sous-préfecture ou chez "
            "le médecin coûte une journée, ou n’a pas lieu.",
            "users": "Personnes réfugiées sans permis ; habitants qui font déjà le trajet.",
            "solution": "Les trajets proposés par les habitants, affichés en mairie et sur une "
            "page simple, avec des pictogrammes ; une réservation par téléphone possible.",
            "hypothesis": "Des habitants qui font déjà le trajet acceptent de prendre quelqu’un "
            "s’ils sont prévenus la veille.",
            "test": "Un tableau papier en mairie pendant un mois, puis la maquette de page.",
            "success": "Dix trajets partagés en un mois, aucun rendez-vous manqué faute de "
            "transport.",
            "resources": "Communauté de communes (assurance), mairie (affichage), une "
            "bénévole pour le téléphone.",
            "team": "Julien Vernet, Pierre Lacombe, Ahmad Rahimi",
            "notes": "Les testeurs ont demandé de plus gros boutons et des pictogrammes.",
        },
        [
            ("Afficher le tableau des trajets en mairie", "Julien Vernet", "2026-03-20"),
            ("Vérifier l’assurance des conducteurs bénévoles", "Pierre Lacombe", "2026-04-03"),
        ],
        [("maquette-covoiturage.jpg", "Maquette papier de l’écran des trajets")],
    ),
    (
        "Un interprète joignable par téléphone pour les rendez-vous",
        "Allô interprète",
        "adopted",
        {
            "need": "Aux guichets et chez le médecin, la langue empêche de se comprendre ; les "
            "enfants servent d’interprètes.",
            "users": "Personnes réfugiées ; agents d’accueil, soignants.",
            "solution": "Un numéro unique, des interprètes bénévoles en dari, pachto, arabe, "
            "tigrigna et ukrainien, une carte à garder sur soi.",
            "hypothesis": "Un numéro simple, connu des guichets, est utilisé dès le premier "
            "rendez-vous.",
            "test": "Carte distribuée à vingt personnes et à cinq guichets pendant six semaines.",
            "success": "Quinze appels en six semaines ; plus aucun enfant interprète au centre "
            "de santé.",
            "resources": "Réseau d’interprètes bénévoles de l’association ; ligne prise en "
            "charge par la préfecture.",
            "team": "Nadia Haddad, Hélène Roux",
            "notes": "Adopté par le comité de pilotage le 13 mars : déploiement en avril.",
        },
        [("Imprimer 200 cartes", "Hélène Roux", "2026-03-27")],
        [("carte-interprete.jpg", "La carte prototype, scotchée au mur du centre de santé")],
    ),
]


DEMO_WALL_PHOTO = ("mur-idees-jour1.jpg", "Le mur d’idées à la fin du jour 1, avec les gommettes")


def demo_cards(workshop: Workshop, photos: Mapping[str, tuple[bytes, int, int]]) -> None:
    """The three finished prototype cards with their photos, and the photo of the paper
    wall (JPEG bytes and size, read from the app's resources by the caller: the domain
    reads no files)."""
    file_name, caption = DEMO_WALL_PHOTO
    if file_name in photos:
        data, width, height = photos[file_name]
        wall = board.add_photo(
            workshop,
            workshop.all(Board)[0].id,
            data=data,
            width=width,
            height=height,
            caption=caption,
        )
        workshop.apply(wall[0])
    vote = workshop.all(VoteSession)[0]
    options = {o.label: o.id for o in voting.options_of(workshop, vote.id)}
    changes, created = cards.cards_from_options(workshop, [options[c[0]] for c in DEMO_CARDS])
    workshop.apply(changes)
    fields = {f.key: f.id for f in card_template.fields_of(workshop)}
    for card_id, (_, name, status, texts, steps, pictures) in zip(created, DEMO_CARDS, strict=True):
        workshop.apply(cards.set_card(workshop, card_id, name=name, status=status))
        for key, text in texts.items():
            workshop.apply(cards.set_value(workshop, card_id, fields[key], text))
        for action, owner, due in steps:
            workshop.apply(cards.add_step(workshop, card_id, action, owner, due)[0])
        for file_name, caption in pictures:
            if file_name in photos:
                data, width, height = photos[file_name]
                added = cards.add_photo(
                    workshop, card_id, data=data, width=width, height=height, caption=caption
                )
                workshop.apply(added[0])


# Day 1 as it was run: minutes each activity took beyond (or short of) its plan.
DEMO_OVERRUNS = (5, 0, 3, 10, -5, 0, 15, 0, 0, 5, -10, 0, 0, 0)


def _demo_run(workshop: Workshop) -> None:
    """The first day as run mode recorded it: real start and end times, some overruns."""
    first = workshop.all(Day)[0]
    schedule = schedule_of(workshop, first)
    start = dt.datetime.fromisoformat(f"{first.date}T00:00:00+01:00")
    late = 0
    for timed, overrun in zip(schedule.items, DEMO_OVERRUNS, strict=False):
        began = start + dt.timedelta(minutes=timed.start + late)
        late += overrun
        ended = start + dt.timedelta(minutes=timed.end + late)
        values = {"actual_start": began.isoformat(), "actual_end": ended.isoformat()}
        workshop.apply(agenda.set_item(workshop, timed.item.id, **values))


# Day 2 sketches before it storyboards, as a design sprint does: a Crazy 8 with its 8
# rounds of one minute, taken from the storyboard's time so that the day still fits.
DEMO_SKETCH_METHOD, DEMO_SKETCH_BEFORE, DEMO_SKETCH_MINUTES = "crazy-8", "storyboard", 15


def _demo_sketch(workshop: Workshop, library: Library) -> None:
    """Day 2 gets a Crazy 8 (its rounds copied, in French) just before its storyboard,
    which gives up the Crazy 8's minutes."""
    method = library.methods.get(DEMO_SKETCH_METHOD)
    days = workshop.all(Day)
    if method is None or len(days) < 2:
        return
    items = workshop.where(AgendaItem, day_id=days[1].id)
    before = next((i for i in items if i.method_id == DEMO_SKETCH_BEFORE), None)
    if before is None:
        return
    item, rounds = agenda.method_item(method, days[1].id, 0, "fr", DEMO_SKETCH_MINUTES)
    workshop.apply(agenda.add_item(workshop, item, before.position, rounds))
    shorter = max(DEMO_SKETCH_MINUTES, before.duration_min - item.duration_min)
    workshop.apply(agenda.set_item(workshop, before.id, duration_min=shorter))


def _demo_grouping(workshop: Workshop) -> None:
    """Day 1's tables (`DEMO_GROUPING`), named as tables, with a wish kept."""
    people = {p.name: p.id for p in groupings.participants(workshop)}
    wish = groupings.WishSet("together", 0, tuple(people[name] for name in DEMO_TOGETHER))
    made = groupings.new_grouping(
        workshop,
        rule="count",
        amount=3,
        name=DEMO_GROUPING,
        balance_roles=True,
        seed=2026,
        created_at="2026-03-12T09:00:00+01:00",
        wishes=[wish],
    )
    workshop.apply(made.changes)
    workshop.apply(groupings.name_teams(workshop, made.grouping_id, "Table"))


def _demo_board(workshop: Workshop) -> None:
    changes, board_id = board.add_board(workshop, DEMO_BOARD_TITLE, DEMO_BOARD_QUESTION)
    workshop.apply(changes)
    for cluster, ideas in DEMO_IDEAS:
        ids = []
        for text, author, colour in ideas:
            changes, new = board.capture(workshop, board_id, [text], author=author, colour=colour)
            workshop.apply(changes)
            ids += new
        if cluster is not None:
            changes, _ = board.create_cluster(workshop, board_id, cluster, ids)
            workshop.apply(changes)
    _demo_vote(workshop, board_id)
    _link_votes(
        workshop,
        {
            "criteria": _demo_criteria(workshop, board_id),
            "matrix": _demo_matrix(workshop, board_id),
        },
    )


def demo_workshop(
    first_day: dt.date = dt.date(2026, 3, 12), library: Library | None = None
) -> Workshop:
    """The demo; with the method library, its two days get their agenda."""
    records: list[Record] = [
        WorkshopInfo(
            id=WORKSHOP_ID,
            title=DEMO_TITLE,
            question=DEMO_QUESTION,
            organisation="Lab’@rchipel – laboratoire d’innovation territoriale",
            place="Mairie de Saint-Flour (Cantal)",
            language="fr",
            participant_count=18,
            notes=_NOTES,
            created_at="2026-03-01T10:00:00+01:00",
        )
    ]
    template = library.template(DEMO_TEMPLATE) if library else None
    for position, offset in enumerate((0, 1)):
        day = Day(
            id=new_id(),
            position=position,
            date=(first_day + dt.timedelta(days=offset)).isoformat(),
            start_time="09:30",
            end_time="17:00",
            place="Salle du conseil, mairie de Saint-Flour",
        )
        if template is not None and library is not None and position < len(template.days):
            template_day = template.days[position]
            day = replaced(day, {"start_time": template_day.start, "end_time": template_day.end})
            records += items_for_day(template_day, library, day.id, "fr")
        records.append(day)
    for role, people in (("facilitator", _FACILITATORS), ("participant", _PARTICIPANTS)):
        for position, (name, organisation) in enumerate(people):
            records.append(
                Person(
                    id=new_id(),
                    role=role,  # type: ignore[arg-type]
                    position=position,
                    name=name,
                    organisation=organisation,
                    job=_JOBS.get(name, "") if role == "participant" else "",
                )
            )
    workshop = Workshop(records)
    if library is not None:
        _demo_sketch(workshop, library)
        _demo_board(workshop)
        _demo_run(workshop)
        _demo_grouping(workshop)
    return workshop
