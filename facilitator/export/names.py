"""Whose names an export prints: one rule for the synthesis (PDF and Markdown), the
ideas' CSV and the prototype cards, behind `facilitator export --names / --no-names`
and the app's export dialogs.

Three choices (`Names`):

- AS_TYPED, the default: what people signed is printed as they typed it (an idea's
  author, a next step's owner, a card's team); the participants are counted on the
  cover, not listed.
- LISTED (`--names`, the synthesis dialog's "List the participants on the cover"):
  AS_TYPED, and the participants' names and organisations listed on the PDF's cover.
- LEFT_OUT (`--no-names`, "Leave out participants' and authors' names"): no name of a
  participant or an author anywhere in the document. The facilitators' names stay
  (the people with the role facilitator: the cover, the PDF's author field).

Every field of a workshop that can hold a person's name (`domain.records`), and what
LEFT_OUT does with it:

- `Person.name`, `Person.organisation` of a participant: never listed; the cover
  still gives how many came. Of a facilitator: printed.
- `Idea.author` (typed on the board, imported from a file, sent from a phone): the
  author column of the PDF's annex and of the CSV is not there at all.
- `NextStep.owner` (the "Who" of a next step, PDF, Markdown and printed cards): kept
  when it is a facilitator's name or the workshop's own organisation (blanks and case
  aside, and every part of "A, B et C" one of them); any other owner prints as
  "(name left out)", and the column goes when no owner is left to print.
- `CardValue` of a people field: the template's "team" field (`card_template`,
  whatever its label), and a field whose label has one of PEOPLE_FIELD_WORDS as a
  word ("Porteurs du projet", "Contact"): not printed, label included.
- `Ballot.participant` (a name typed while the laptop is passed round, a named-vote
  column, a phone's label such as "Marie · ab12") and `Score.participant` (a jury
  member): no export prints them in any choice; the votes are counts and scores.
  Nor the room link's phones (the name a participant gave when joining, the label its
  dots are counted under), which are kept with the workshop only for the link.

Free text is printed as typed in every choice: ideas, cluster names, titles, card
fields other than the people fields, actions, photo captions. A name inside a
sentence cannot be told from a word ("Rue Jean Moulin"); a facilitator who wrote a
person's name there removes it there. The JSON export is the whole workshop and
refuses LEFT_OUT (cli: one sentence); so does the room's paper, the attendance sheet,
the name badges and the group lists with their table tents, which are lists of names
(formats.LISTS_OF_NAMES, NO_NAMES_ON_PAPER, NO_NAMES_IN_GROUPS);
the agenda exports and the calendar print no name but the facilitators'.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

from facilitator.domain.records import CardField, CardValue, Idea, NextStep, Person
from facilitator.domain.workshop import Workshop


class Names(enum.Enum):
    """Whose names an export prints (see the module's docstring)."""

    AS_TYPED = "as_typed"
    LISTED = "listed"
    LEFT_OUT = "left_out"


# Words that make a card field a people field when its label has one of them as a word
# (case aside): a lab's own "Porteurs", "Référente", "Contact", "Team members". Words
# that also name something else ("nom" du dispositif, "qui" in "Pour qui", phase
# "pilote") are not here: such a field is printed as typed.
PEOPLE_FIELD_WORDS = frozenset(
    {"équipe", "équipes", "equipe", "porteur", "porteurs", "porteuse", "porteuses",
     "référent", "référente", "référents", "référentes", "referent", "responsable",
     "responsables", "membre", "membres", "participant", "participants", "participante",
     "participantes", "contact", "contacts", "team", "teams", "owner", "owners", "lead",
     "leads", "member", "members", "people"}
)  # fmt: skip
TEAM_KEY = "team"  # the default template's team field (card_template.DEFAULT_FIELDS)
# Between the people of one owner cell: "Claire, Karim", "Claire et Karim", "A / B".
_OWNER_PARTS = re.compile(r"\s*(?:[,;/&+]|\bet\b|\band\b)\s*", re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


class NameRule:
    """The `Names` choice applied to one workshop: what each name field prints as."""

    def __init__(self, workshop: Workshop, names: Names = Names.AS_TYPED) -> None:
        self.names = names
        facilitators = workshop.where(Person, role="facilitator")
        kept = [p.name for p in facilitators] + [workshop.info.organisation]
        self._kept = frozenset(_key(k) for k in kept if k.strip())

    @property
    def left_out(self) -> bool:
        return self.names is Names.LEFT_OUT

    @property
    def participants_listed(self) -> bool:
        """The PDF's cover lists the participants (LISTED only)."""
        return self.names is Names.LISTED

    @property
    def authors_shown(self) -> bool:
        """The ideas' author column is printed (PDF annex, CSV)."""
        return not self.left_out

    def owner(self, owner: str) -> str | None:
        """A next step's owner as printed: as typed (an empty owner stays empty), or None
        when it is left out (the writer prints "(name left out)")."""
        if not self.left_out or not owner.strip():
            return owner
        parts = [p for p in _OWNER_PARTS.split(owner) if p.strip()]
        return owner if parts and all(_key(p) in self._kept for p in parts) else None

    def owners_shown(self, steps: Iterable[NextStep]) -> bool:
        """Whether a table of `steps` has an owner column: some owner printed as typed."""
        return any(step.owner.strip() and self.owner(step.owner) for step in steps)

    def fields(self, fields: Iterable[CardField]) -> list[CardField]:
        """The card fields printed, in their order: every one but the people fields
        (TEAM_KEY, PEOPLE_FIELD_WORDS) when names are left out."""
        return [f for f in fields if not (self.left_out and people_field(f))]


def people_field(field: CardField) -> bool:
    """A card field meant for people's names: the template's team field, or a label with
    one of PEOPLE_FIELD_WORDS as a word."""
    words = re.findall(r"\w+", field.label.casefold())
    return field.key == TEAM_KEY or any(w in PEOPLE_FIELD_WORDS for w in words)


def has_names(workshop: Workshop) -> bool:
    """Whether LEFT_OUT would leave a name out of the Markdown synthesis, the CSV or the
    cards (which list no participant): an idea's author, a next step's owner that is
    not kept, or a people field filled in. The app asks about names only then."""
    rule = NameRule(workshop, Names.LEFT_OUT)
    if any(i.author.strip() for i in workshop.unordered(Idea)):
        return True
    if any(rule.owner(s.owner) is None for s in workshop.unordered(NextStep)):
        return True
    people = {f.id for f in workshop.unordered(CardField) if people_field(f)}
    return any(v.field_id in people and v.text.strip() for v in workshop.unordered(CardValue))
