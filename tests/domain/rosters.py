"""Workshops of participants for the grouping tests: organisations and roles in turn."""

from __future__ import annotations

import datetime as dt

from facilitator.domain import edits
from facilitator.domain.factory import new_workshop
from facilitator.domain.records import Language
from facilitator.domain.workshop import Workshop

ORGANISATIONS = ("Mairie", "CCAS", "Préfecture", "Département", "Pôle emploi", "CAF")
JOBS = ("agent", "élu", "usager")


def roster_workshop(
    count: int, organisations: tuple[str, ...] = ORGANISATIONS, language: Language = "fr"
) -> Workshop:
    """`count` participants (organisations and roles in turn) and one facilitator."""
    workshop = new_workshop("Atelier", language=language, first_day=dt.date(2026, 3, 12))
    for n in range(count):
        changes, person_id = edits.add_person(workshop, "participant", f"Personne {n:03d}")
        workshop.apply(changes)
        organisation = organisations[n % len(organisations)] if organisations else ""
        workshop.apply(
            edits.set_person(workshop, person_id, organisation=organisation, job=JOBS[n % 3])
        )
    workshop.apply(edits.add_person(workshop, "facilitator", "Claire Dumas")[0])
    return workshop
