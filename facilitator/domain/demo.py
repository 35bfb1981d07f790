"""The demo workshop: a realistic French public challenge, two days in a rural territory.

It is what the README's first command opens, what every screenshot shows and
what the benchmarks scale up. Each feature adds its part (agenda, ideas, votes,
prototype cards) as it lands.
"""

from __future__ import annotations

import datetime as dt

from facilitator.domain.agenda import items_for_day
from facilitator.domain.ids import new_id
from facilitator.domain.library import Library
from facilitator.domain.records import WORKSHOP_ID, Day, Person, Record, WorkshopInfo, replaced
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
]

_NOTES = (
    "Atelier de créativité de deux jours, à l’issue des immersions menées dans le Cantal, "
    "l’Ain et l’Ardèche.\n"
    "Objectif : imaginer et prototyper des solutions concrètes avec les acteurs du territoire "
    "(réfugiés, associations, services de l’État, élus, soignants, enseignants).\n"
    "Salle du conseil municipal : vidéoprojecteur, 4 tables de 6, murs utilisables pour les "
    "post-it."
)


DEMO_TEMPLATE = "defi-public-territoire-rural"


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
                )
            )
    return Workshop(records)
