"""Prototype cards: made from an idea, a cluster or from scratch; fields, next steps,
photos, order, the lab's own template; bad input refused with its reason."""

from __future__ import annotations

import pytest

from facilitator.domain import board, card_template, cards
from facilitator.domain.demo import demo_workshop
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import CardValue, Idea, NextStep, PrototypeCard
from facilitator.domain.workshop import Workshop


def _board() -> tuple[Workshop, str, list[str]]:
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Idées")
    workshop.apply(changes)
    changes, ids = board.capture(workshop, board_id, ["Covoiturage solidaire", "Vélos", "Bus"])
    workshop.apply(changes)
    return workshop, board_id, ids


def _field(workshop: Workshop, key: str) -> str:
    return next(f.id for f in card_template.fields_of(workshop) if f.key == key)


def test_cards_from_an_idea_a_cluster_and_from_scratch() -> None:
    workshop, board_id, (carpool, bikes, bus) = _board()
    workshop.apply(board.create_cluster(workshop, board_id, "Mobilité", [bikes, bus])[0])
    cluster = board.clusters_of(workshop, board_id)[0]
    changes, from_idea = cards.card_from_idea(workshop, carpool)
    workshop.apply(changes)
    changes, from_cluster = cards.card_from_cluster(workshop, cluster.id)
    workshop.apply(changes)
    changes, blank = cards.create_card(workshop, "")
    workshop.apply(changes)
    made = cards.cards_of(workshop)
    assert [c.id for c in made] == [from_idea, from_cluster, blank]
    assert [(c.name, c.source_kind) for c in made] == [
        ("Covoiturage solidaire", "idea"),
        ("Mobilité", "cluster"),
        ("", "none"),  # an empty card is a card: it prints with its empty fields
    ]
    solution = cards.values_of(workshop, from_cluster)[_field(workshop, "solution")]
    assert solution == "• Vélos\n• Bus"
    assert len(card_template.fields_of(workshop)) == len(card_template.DEFAULT_FIELDS)
    # The source idea deleted since: the card stays, its source says nothing.
    workshop.apply(board.delete_ideas(workshop, [carpool]))
    assert workshop.get(Idea, carpool) is None
    assert cards.source_label(workshop, made[0]) == ""


def test_fields_steps_order_and_delete_with_undo() -> None:
    workshop, _, (carpool, bikes, _) = _board()
    first = cards.card_from_idea(workshop, carpool)
    workshop.apply(first[0])
    second = cards.card_from_idea(workshop, bikes)
    workshop.apply(second[0])
    card = first[1]
    need = _field(workshop, "need")
    workshop.apply(cards.set_value(workshop, card, need, "Aller aux rendez-vous sans voiture"))
    workshop.apply(cards.set_value(workshop, card, need, "Se rendre à Saint-Flour"))
    assert cards.values_of(workshop, card)[need] == "Se rendre à Saint-Flour"
    workshop.apply(cards.set_value(workshop, card, need, ""))
    assert need not in cards.values_of(workshop, card)
    with pytest.raises(FacilitatorError, match=r"too long \(10001 characters, at most 10000\)"):
        cards.set_value(workshop, card, need, "x" * 10_001)
    changes, step = cards.add_step(workshop, card, "Appeler la mairie", "Sophie", "2026-04-02")
    workshop.apply(changes)
    with pytest.raises(card_template.CardError, match="“2 avril” is not a date"):
        cards.set_step(workshop, step, due_date="2 avril")
    workshop.apply(cards.set_card(workshop, card, status="to_test", name="Covoit’"))
    workshop.apply(cards.move_card(workshop, card, 1))
    assert [c.id for c in cards.cards_of(workshop)] == [second[1], card]
    deleted = cards.delete_card(workshop, card)
    workshop.apply(deleted)
    assert workshop.get(PrototypeCard, card) is None and workshop.all(NextStep) == []
    workshop.apply(deleted.inverted())
    assert cards.steps_of(workshop, card)[0].owner == "Sophie"


def test_a_lab_adapts_the_template() -> None:
    workshop, _, (carpool, _, _) = _board()
    workshop.apply(cards.card_from_idea(workshop, carpool)[0])
    changes, budget = card_template.add_field(workshop, "Budget estimé")
    workshop.apply(changes)
    workshop.apply(card_template.move_field(workshop, budget, 0))
    assert card_template.fields_of(workshop)[0].label == "Budget estimé"
    card = cards.cards_of(workshop)[0].id
    workshop.apply(cards.set_value(workshop, card, budget, "3 000 €"))
    workshop.apply(card_template.remove_field(workshop, budget))
    assert workshop.all(CardValue) == []
    with pytest.raises(card_template.CardError, match="needs a name"):
        card_template.add_field(workshop, "  ")
