"""Prototype cards: one structured card per prototype, so that the work can be
followed up weeks later. A card keeps where it came from (an idea, a cluster, or
an option of a vote, with its votes).

The set of fields is a template stored with the workshop; a workshop without one
gets the default template, in the workshop's language, with the first card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from facilitator.domain.changes import ChangeSet, RowChange, insert
from facilitator.domain.ids import new_id
from facilitator.domain.records import (
    SHORT,
    CardField,
    CardSourceKind,
    CardValue,
    Cluster,
    Idea,
    PrototypeCard,
    VoteOption,
)
from facilitator.domain.text import clean_text
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

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


def _now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


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


def create_card(
    workshop: Workshop,
    name: str,
    *,
    source_kind: CardSourceKind = "none",
    source_id: str | None = None,
    values: dict[str, str] | None = None,
    position: int | None = None,
) -> tuple[ChangeSet, str]:
    """A card (and the default template first, if the workshop has none); `values`
    fills fields by their key."""
    changes: list[RowChange] = []
    fields = fields_of(workshop)
    if not fields:
        fields = default_template(workshop)
        changes.extend(insert(f) for f in fields)
    card = with_values(
        PrototypeCard(
            id=new_id(),
            position=len(workshop.all(PrototypeCard)) if position is None else position,
            source_kind=source_kind,
            source_id=source_id,
        ),
        name=name,
        created_at=_now(),
    )
    changes.append(insert(card))
    by_key = {f.key: f for f in fields}
    for key, text in (values or {}).items():
        if key in by_key and text:
            value = with_values(
                CardValue(id=new_id(), card_id=card.id, field_id=by_key[key].id), text=text
            )
            changes.append(insert(value))
    return ChangeSet.of(changes), card.id


def _name_and_rest(label: str) -> tuple[str, str]:
    """A card's name from an idea's text: its first line, cut to fit; the whole text
    goes to "how it works" when it does not fit in the name."""
    first = clean_text(label.strip().splitlines()[0] if label.strip() else "", multiline=False)
    if len(first) <= SHORT and "\n" not in label.strip():
        return first, ""
    return first[: SHORT - 1].rstrip() + "…", label


def cards_from_options(
    workshop: Workshop, option_ids: Sequence[str]
) -> tuple[ChangeSet, list[str]]:
    """One card per chosen option of a vote (the top ideas), in the order given; each
    keeps the link to the option, hence to its vote and its dots."""
    applied = workshop.copy()
    all_changes: list[RowChange] = []
    created: list[str] = []
    for option_id in option_ids:
        option = applied.require(VoteOption, option_id)
        name, rest = _name_and_rest(option.label)
        changes, card_id = create_card(
            applied,
            name,
            source_kind="vote",
            source_id=option.id,
            values={"solution": rest} if rest else None,
        )
        applied.apply(changes)
        all_changes.extend(changes.changes)
        created.append(card_id)
    return ChangeSet.of(all_changes), created


def source_label(workshop: Workshop, card: PrototypeCard) -> str:
    """What the card came from, as its text (empty when it was deleted since)."""
    if card.source_id is None:
        return ""
    if card.source_kind == "idea":
        idea = workshop.get(Idea, card.source_id)
        return idea.text if idea else ""
    if card.source_kind == "cluster":
        cluster = workshop.get(Cluster, card.source_id)
        return cluster.name if cluster else ""
    option = workshop.get(VoteOption, card.source_id)
    return option.label if option else ""
