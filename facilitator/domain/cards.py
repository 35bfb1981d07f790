"""Prototype cards: one structured card per prototype, so that the work can be
followed up weeks later. A card keeps where it came from (an idea, a cluster, or
an option of a vote, with its votes).

The set of fields is a template stored with the workshop; a workshop without one
gets the default template, in the workshop's language, with the first card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from facilitator.domain import board
from facilitator.domain.card_template import CardError, default_template, fields_of
from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.edits import renumbered
from facilitator.domain.ids import new_id
from facilitator.domain.messages import QT_TRANSLATE_NOOP, message
from facilitator.domain.records import (
    SHORT,
    Attachment,
    AttachmentRole,
    CardField,
    CardSourceKind,
    CardStatus,
    CardValue,
    Cluster,
    Idea,
    NextStep,
    PrototypeCard,
    Record,
    VoteOption,
    VoteSession,
)
from facilitator.domain.text import clean_text
from facilitator.domain.validation import is_workshop_date, with_values
from facilitator.domain.workshop import Workshop

STATUSES: tuple[CardStatus, ...] = ("idea", "to_test", "testing", "adopted", "dropped")


def _now() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


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


# -- from the board ----------------------------------------------------------------------
def card_from_idea(workshop: Workshop, idea_id: str) -> tuple[ChangeSet, str]:
    idea = workshop.require(Idea, idea_id)
    name, rest = _name_and_rest(idea.text)
    return create_card(
        workshop,
        name,
        source_kind="idea",
        source_id=idea.id,
        values={"solution": rest} if rest else None,
    )


def card_from_cluster(workshop: Workshop, cluster_id: str) -> tuple[ChangeSet, str]:
    """The cluster's name, and its ideas as the first draft of "how it works"."""
    cluster = workshop.require(Cluster, cluster_id)
    ideas = [i for i in board.ideas_of(workshop, cluster.board_id) if i.cluster_id == cluster_id]
    draft = "\n".join(f"• {' '.join(i.text.split())}" for i in ideas)
    name, _ = _name_and_rest(cluster.name)
    return create_card(
        workshop,
        name,
        source_kind="cluster",
        source_id=cluster.id,
        values={"solution": draft} if draft else None,
    )


# -- one card -----------------------------------------------------------------------------
def cards_of(workshop: Workshop) -> list[PrototypeCard]:
    return workshop.all(PrototypeCard)


def values_of(workshop: Workshop, card_id: str) -> dict[str, str]:
    """The card's text, by field id."""
    return {v.field_id: v.text for v in workshop.unordered(CardValue) if v.card_id == card_id}


def set_card(workshop: Workshop, card_id: str, **values: object) -> ChangeSet:
    """Name or status, checked against the limits of the record."""
    card = workshop.require(PrototypeCard, card_id)
    return ChangeSet.of([update(card, with_values(card, **values))])


def set_value(workshop: Workshop, card_id: str, field_id: str, text: str) -> ChangeSet:
    """One field's text; emptied, the field is removed from the card."""
    workshop.require(PrototypeCard, card_id)
    workshop.require(CardField, field_id)
    current = next(
        (
            v
            for v in workshop.unordered(CardValue)
            if v.card_id == card_id and v.field_id == field_id
        ),
        None,
    )
    checked = with_values(
        current or CardValue(id=new_id(), card_id=card_id, field_id=field_id), text=text
    )
    if current is None:
        return ChangeSet.of([insert(checked)]) if checked.text else ChangeSet(())
    if not checked.text:
        return ChangeSet.of([delete(current)])
    return ChangeSet.of([update(current, checked)])


def move_card(workshop: Workshop, card_id: str, new_index: int) -> ChangeSet:
    card = workshop.require(PrototypeCard, card_id)
    rest: list[Record] = [c for c in cards_of(workshop) if c.id != card_id]
    rest.insert(max(0, min(new_index, len(rest))), card)
    return ChangeSet.of(renumbered(rest))


def delete_card(workshop: Workshop, card_id: str) -> ChangeSet:
    """The card with its text, next steps and photos (undo brings them all back)."""
    card = workshop.require(PrototypeCard, card_id)
    owned: list[Record] = [v for v in workshop.unordered(CardValue) if v.card_id == card_id]
    owned += [s for s in workshop.unordered(NextStep) if s.card_id == card_id]
    owned += all_photos_of(workshop, card_id)  # those waiting for review go with it
    rest: list[Record] = [c for c in cards_of(workshop) if c.id != card_id]
    return ChangeSet.of([*(delete(r) for r in owned), delete(card), *renumbered(rest)])


# -- next steps -----------------------------------------------------------------------------
def steps_of(workshop: Workshop, card_id: str) -> list[NextStep]:
    return workshop.where(NextStep, card_id=card_id)


def add_step(
    workshop: Workshop, card_id: str, action: str, owner: str = "", due_date: str = ""
) -> tuple[ChangeSet, str]:
    workshop.require(PrototypeCard, card_id)
    step = with_values(
        NextStep(id=new_id(), card_id=card_id, position=len(steps_of(workshop, card_id))),
        action=action,
        owner=owner,
        due_date=_checked_date(due_date),
    )
    return ChangeSet.of([insert(step)]), step.id


def set_step(workshop: Workshop, step_id: str, **values: object) -> ChangeSet:
    step = workshop.require(NextStep, step_id)
    if "due_date" in values:
        values["due_date"] = _checked_date(str(values["due_date"]))
    return ChangeSet.of([update(step, with_values(step, **values))])


def set_step_done(workshop: Workshop, step_id: str, done: bool) -> ChangeSet:
    """Mark a next step done or not done (the activity report counts the steps done,
    to do and overdue: domain/activity_report.py); no change when it already is.
    Raises UnknownRecordError for a step that is not there (deleted meanwhile)."""
    step = workshop.require(NextStep, step_id)
    if step.done == done:
        return ChangeSet(())
    return ChangeSet.of([update(step, with_values(step, done=done))])


def remove_step(workshop: Workshop, step_id: str) -> ChangeSet:
    step = workshop.require(NextStep, step_id)
    rest: list[Record] = [s for s in steps_of(workshop, step.card_id) if s.id != step_id]
    return ChangeSet.of([delete(step), *renumbered(rest)])


def _checked_date(text: str) -> str:
    """A due date as YYYY-MM-DD (or none); anything else is refused with the reason."""
    text = text.strip()
    if not text:
        return ""
    try:
        date = dt.date.fromisoformat(text).isoformat()
        if not is_workshop_date(date):
            raise ValueError(date)
        return date
    except ValueError:
        raise CardError(
            message(
                QT_TRANSLATE_NOOP("Cards", "“{date}” is not a date (expected YYYY-MM-DD)."),
                date=text,
            )
        ) from None


# -- photos and sketches -------------------------------------------------------------------
def photos_of(workshop: Workshop, card_id: str) -> list[Attachment]:
    """The card's photos and sketches as every view and export shows them: not those
    sent from phones still waiting for the facilitator's review (`phone_photos`)."""
    return [a for a in all_photos_of(workshop, card_id) if a.review == "shown"]


def all_photos_of(workshop: Workshop, card_id: str) -> list[Attachment]:
    """The card's photos and sketches, those waiting for review included."""
    return [a for a in workshop.all(Attachment) if a.owner_kind == "card" and a.owner_id == card_id]


def add_photo(
    workshop: Workshop,
    card_id: str,
    *,
    data: bytes,
    width: int,
    height: int,
    caption: str = "",
    role: AttachmentRole = "photo",
) -> tuple[ChangeSet, str]:
    """A photo of the paper prototype, or a sketch (already checked, JPEG), kept in the file."""
    workshop.require(PrototypeCard, card_id)
    photo = with_values(
        Attachment(
            id=new_id(),
            owner_kind="card",
            owner_id=card_id,
            position=len(all_photos_of(workshop, card_id)),
            data=data,
            created_at=_now(),
        ),
        caption=caption,
        width=width,
        height=height,
        role=role,
    )
    return ChangeSet.of([insert(photo)]), photo.id


# -- where a card came from ------------------------------------------------------------------
def source_dots(workshop: Workshop, card: PrototypeCard) -> float | None:
    """For a card made from a vote: the dots (or score) its idea got; None for a matrix,
    which places ideas and gives them no score."""
    if card.source_kind != "vote" or card.source_id is None:
        return None
    option = workshop.get(VoteOption, card.source_id)
    if option is None:
        return None
    vote = workshop.get(VoteSession, option.vote_id)
    if vote is not None and vote.method == "matrix":
        return None
    from facilitator.domain.scoring import results_of

    return next(
        (r.score for r in results_of(workshop, option.vote_id) if r.option.id == option.id), None
    )
