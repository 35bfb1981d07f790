"""The template of prototype cards: which fields every card has, in which order. A lab
adapts it (its own fields, another order); it is stored with the workshop. A workshop
that has none gets the default one, in the workshop's language, with its first card.
"""

from __future__ import annotations

from facilitator.domain.changes import ChangeSet, delete, insert, update
from facilitator.domain.edits import renumbered
from facilitator.domain.ids import new_id
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import CardField, CardValue, Record
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop


class CardError(FacilitatorError):
    pass


# (key, French label, English label): the fields of the default card template.
DEFAULT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("need", "Besoin ou problème", "Need or problem"),
    ("users", "Pour qui (usagers, agents)", "Who it is for (users, staff)"),
    ("solution", "Comment ça marche", "How it works"),
    ("hypothesis", "Hypothèse à tester", "Hypothesis to test"),
    ("test", "Comment on teste", "How we test it"),
    ("success", "Signal de réussite", "Sign of success"),
    ("resources", "Ressources et partenaires", "Resources and partners"),
    ("team", "Équipe", "Team"),
    ("notes", "Notes libres", "Free notes"),
)


def fields_of(workshop: Workshop) -> list[CardField]:
    return workshop.all(CardField)


def default_template(workshop: Workshop) -> list[CardField]:
    english = workshop.info.language == "en"
    return [
        with_values(
            CardField(id=new_id(), position=position, key=key),
            label=english_label if english else french_label,
        )
        for position, (key, french_label, english_label) in enumerate(DEFAULT_FIELDS)
    ]


def ensure_template(workshop: Workshop) -> ChangeSet:
    """The default fields, for a workshop that has none yet."""
    if fields_of(workshop):
        return ChangeSet(())
    return ChangeSet.of([insert(f) for f in default_template(workshop)])


def add_field(workshop: Workshop, label: str) -> tuple[ChangeSet, str]:
    """A field of the lab's own (a key of its own, so that it never takes a default's)."""
    if not label.strip():
        raise CardError(message(QT_TRANSLATE_NOOP("Cards", "A field needs a name.")))
    template = ensure_template(workshop)
    count = len(fields_of(workshop)) or len(template.changes)
    field = with_values(
        CardField(id=new_id(), position=count, key=f"custom-{new_id()[:8]}"), label=label
    )
    return ChangeSet.of([*template.changes, insert(field)]), field.id


def rename_field(workshop: Workshop, field_id: str, label: str) -> ChangeSet:
    if not label.strip():
        raise CardError(message(QT_TRANSLATE_NOOP("Cards", "A field needs a name.")))
    field = workshop.require(CardField, field_id)
    return ChangeSet.of([update(field, with_values(field, label=label))])


def move_field(workshop: Workshop, field_id: str, new_index: int) -> ChangeSet:
    field = workshop.require(CardField, field_id)
    rest: list[Record] = [f for f in fields_of(workshop) if f.id != field_id]
    rest.insert(max(0, min(new_index, len(rest))), field)
    return ChangeSet.of(renumbered(rest))


def remove_field(workshop: Workshop, field_id: str) -> ChangeSet:
    """The field and what every card wrote in it (undo brings it back)."""
    field = workshop.require(CardField, field_id)
    values = [v for v in workshop.unordered(CardValue) if v.field_id == field_id]
    rest: list[Record] = [f for f in fields_of(workshop) if f.id != field_id]
    return ChangeSet.of([*(delete(v) for v in values), delete(field), *renumbered(rest)])
