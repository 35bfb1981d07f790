"""Every list of a board's ideas reads in the wall's order (`board.grouped_ideas`):
cluster by cluster in the clusters' order, the loose ideas last, each group in the
order of its notes, never in the order of their random ids (issue 15)."""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.domain import board
from facilitator.domain.changes import ChangeSet, update
from facilitator.domain.factory import new_workshop
from facilitator.domain.records import Idea, replaced
from facilitator.domain.workshop import Workshop


def _board_of_ten() -> tuple[Workshop, str, dict[str, str]]:
    """Ideas n0..n9 captured in that order; cluster B made first with n5, n2; cluster A
    with n1, n4; then n3 dragged into B. n0 and n6..n9 stay loose."""
    workshop = new_workshop("Ordre")
    changes, board_id = board.add_board(workshop, "Mur", "Une question ?")
    workshop.apply(changes)
    changes, ids = board.capture(workshop, board_id, [f"n{n}" for n in range(10)])
    workshop.apply(changes)
    by_text = {f"n{n}": ids[n] for n in range(10)}
    changes, b = board.create_cluster(workshop, board_id, "B", [by_text["n5"], by_text["n2"]])
    workshop.apply(changes)
    workshop.apply(board.create_cluster(workshop, board_id, "A", [by_text["n1"], by_text["n4"]])[0])
    workshop.apply(board.assign(workshop, [by_text["n3"]], b))
    return workshop, board_id, by_text


def _texts(groups: Sequence[tuple[object, list[Idea]]]) -> list[list[str]]:
    return [[i.text for i in ideas] for _, ideas in groups]


def test_ideas_are_grouped_as_the_wall_shows_them() -> None:
    workshop, board_id, _ = _board_of_ten()
    groups = board.grouped_ideas(workshop, board_id)
    names = [c.name if c else None for c, _ in groups]
    assert names == ["B", "A", None]
    assert _texts(groups) == [["n5", "n2", "n3"], ["n1", "n4"], ["n0", "n6", "n7", "n8", "n9"]]


def test_empty_clusters_are_kept_and_no_loose_group_when_there_is_none() -> None:
    workshop = new_workshop("Ordre")
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    workshop.apply(board.create_cluster(workshop, board_id, "Vide")[0])
    groups = board.grouped_ideas(workshop, board_id)
    assert [(c.name if c else None, ideas) for c, ideas in groups] == [("Vide", [])]


def test_an_idea_of_a_vanished_cluster_is_listed_with_the_loose_ones() -> None:
    """A damaged file (an idea pointing at a cluster that is gone) loses no idea."""
    workshop, board_id, by_text = _board_of_ten()
    stray = workshop.require(Idea, by_text["n9"])
    workshop.apply(ChangeSet.of([update(stray, replaced(stray, {"cluster_id": "gone"}))]))
    assert workshop.require(Idea, by_text["n9"]).cluster_id == "gone"
    groups = board.grouped_ideas(workshop, board_id)
    assert _texts(groups)[-1] == ["n0", "n6", "n7", "n8", "n9"]
    assert sum(len(ideas) for _, ideas in groups) == 10
