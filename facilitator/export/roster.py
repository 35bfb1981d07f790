"""The people on the room's paper (the attendance sheet, the name badges): who is
printed, in which order, and their name and organisation as printed.

- A person with a name or an organisation is printed; one with neither (a row added
  and never filled in) is not: there is nothing to print, and the blank lines of the
  sheet and the unused labels are there for people not on the list.
- Ordered by name as typed ("Hélène Roux" among the H's: a name is one field, and "de
  La Fontaine" shows that its last word is not always the surname), in French collation
  (`domain.library.collation_key`: case and accents aside, "Élodie" among the E's,
  "œ" as "oe"), then by organisation; people with no name come after the others.
  Two people with the same name are both printed (each is a person), their order
  then the order they were entered in.
- Blanks are collapsed (a name pasted with a tab or double spaces prints once spaced).
"""

from __future__ import annotations

from facilitator.domain.library import collation_key
from facilitator.domain.records import Person, PersonRole
from facilitator.domain.workshop import Workshop


def shown(text: str) -> str:
    """A name or an organisation as printed: blanks collapsed, ends trimmed."""
    return " ".join(text.split())


def roster(workshop: Workshop, role: PersonRole = "participant") -> list[Person]:
    """The people of `workshop` with `role` that have a name or an organisation, in the
    order described in the module's notes."""
    people = [
        p for p in workshop.where(Person, role=role) if shown(p.name) or shown(p.organisation)
    ]
    return sorted(
        people,
        key=lambda p: (
            not shown(p.name),
            collation_key(shown(p.name)),
            collation_key(shown(p.organisation)),
            p.position,
            p.id,
        ),
    )
