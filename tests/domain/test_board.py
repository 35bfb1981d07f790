"""Idea boards in the domain: capture, clusters, tidy layout, undo by inverse."""

from __future__ import annotations

import random

import pytest

from facilitator.domain import board
from facilitator.domain.changes import ChangeSet
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import Cluster, Idea
from facilitator.domain.text import TextTooLongError
from facilitator.domain.workshop import Workshop


def _with_board() -> tuple[Workshop, str]:
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Idées", "Comment pourrions-nous… ?")
    workshop.apply(changes)
    return workshop, board_id


def _overlap(a: Idea, b: Idea) -> bool:
    return abs(a.x - b.x) < board.NOTE_WIDTH and abs(a.y - b.y) < board.NOTE_HEIGHT


def test_capture_one_note_per_line_in_order_and_tidy() -> None:
    workshop, board_id = _with_board()
    changes, ids = board.capture(
        workshop,
        board_id,
        ["Un binôme d’accueil", "", "  ", "Covoiturage solidaire 🚗"],
        author="Hélène",
        colour="blue",
    )
    workshop.apply(changes)
    ideas = board.ideas_of(workshop, board_id)
    assert [i.text for i in ideas] == ["Un binôme d’accueil", "Covoiturage solidaire 🚗"]
    assert [i.id for i in ideas] == ids
    assert {i.author for i in ideas} == {"Hélène"} and {i.color for i in ideas} == {"blue"}
    more, _ = board.capture(workshop, board_id, [f"idée {n}" for n in range(30)])
    workshop.apply(more)
    ideas = board.ideas_of(workshop, board_id)
    assert len(ideas) == 32
    for n, first in enumerate(ideas):
        for second in ideas[n + 1 :]:
            assert not _overlap(first, second)


def test_capture_refuses_a_note_that_is_too_long_and_keeps_10000_characters() -> None:
    workshop, board_id = _with_board()
    changes, _ = board.capture(workshop, board_id, ["x" * 10_000])
    workshop.apply(changes)
    with pytest.raises(TextTooLongError):
        board.capture(workshop, board_id, ["x" * 10_001])


def test_clusters_create_merge_dissolve_and_undo() -> None:
    workshop, board_id = _with_board()
    changes, ids = board.capture(workshop, board_id, [f"idée {n}" for n in range(9)])
    workshop.apply(changes)
    before = workshop.copy()
    changes, housing = board.create_cluster(workshop, board_id, "Logement", ids[:3])
    workshop.apply(changes)
    changes, mobility = board.create_cluster(workshop, board_id, "Mobilité", ids[3:5])
    workshop.apply(changes)
    assert [i.cluster_id for i in board.ideas_of(workshop, board_id)].count(housing) == 3
    frame = workshop.get(Cluster, housing)
    assert frame is not None
    for idea in board.ideas_of(workshop, board_id):
        if idea.cluster_id == housing:  # inside the frame
            assert frame.x <= idea.x and idea.x + board.NOTE_WIDTH <= frame.x + frame.width
            assert frame.y <= idea.y and idea.y + board.NOTE_HEIGHT <= frame.y + frame.height
    merge = board.merge_clusters(workshop, [housing, mobility])
    workshop.apply(merge)
    assert workshop.get(Cluster, mobility) is None
    assert [i.cluster_id for i in board.ideas_of(workshop, board_id)].count(housing) == 5
    workshop.apply(merge.inverted())
    assert workshop.get(Cluster, mobility) is not None
    dissolve = board.dissolve_cluster(workshop, housing)
    workshop.apply(dissolve)
    assert all(i.cluster_id != housing for i in board.ideas_of(workshop, board_id))
    workshop.apply(dissolve.inverted())
    workshop.apply(board.dissolve_cluster(workshop, housing))
    workshop.apply(board.dissolve_cluster(workshop, mobility))
    assert {i.id: i.cluster_id for i in board.ideas_of(workshop, board_id)} == {
        i.id: None for i in board.ideas_of(before, board_id)
    }


def test_assign_moves_notes_in_and_out() -> None:
    workshop, board_id = _with_board()
    changes, ids = board.capture(workshop, board_id, ["a", "b", "c"])
    workshop.apply(changes)
    changes, cluster = board.create_cluster(workshop, board_id, "Thème", [ids[0]])
    workshop.apply(changes)
    workshop.apply(board.assign(workshop, [ids[1], ids[2]], cluster))
    assert [i.text for i in board.ideas_of(workshop, board_id) if i.cluster_id == cluster] == [
        "a",
        "b",
        "c",
    ]
    workshop.apply(board.assign(workshop, [ids[1]], None))
    assert workshop.get(Idea, ids[1]).cluster_id is None  # type: ignore[union-attr]


def test_a_free_drag_is_one_change_set() -> None:
    workshop, board_id = _with_board()
    changes, ids = board.capture(workshop, board_id, ["a", "b"])
    workshop.apply(changes)
    drag = board.move_ideas(workshop, {ids[0]: (500.0, 600.0), ids[1]: (720.0, 600.0)})
    assert len(drag.changes) == 2
    workshop.apply(drag)
    assert (workshop.get(Idea, ids[0]).x, workshop.get(Idea, ids[0]).y) == (500.0, 600.0)  # type: ignore[union-attr]


def test_copy_to_another_board_keeps_author_and_colour() -> None:
    workshop, first = _with_board()
    changes, second = board.add_board(workshop, "Autre tableau")
    workshop.apply(changes)
    changes, ids = board.capture(workshop, first, ["Navette"], author="Ahmad", colour="green")
    workshop.apply(changes)
    source = [workshop.get(Idea, i) for i in ids]
    changes, copies = board.copy_ideas(workshop, [i for i in source if i], second)
    workshop.apply(changes)
    copy = workshop.get(Idea, copies[0])
    assert copy is not None and copy.board_id == second
    assert (copy.text, copy.author, copy.color) == ("Navette", "Ahmad", "green")
    assert copy.id != ids[0]


def test_unknown_colours_fall_back_and_rtl_text_is_kept() -> None:
    workshop, board_id = _with_board()
    changes, ids = board.capture(workshop, board_id, ["مرحبا بكم"], colour="turquoise")
    workshop.apply(changes)
    idea = workshop.get(Idea, ids[0])
    assert idea is not None and idea.color == board.DEFAULT_COLOUR and idea.text == "مرحبا بكم"


def _scanned(workshop: Workshop, board_id: str) -> int:
    """The next free position, as a scan of every note finds it."""
    loose = [
        i.position
        for i in workshop.unordered(Idea)
        if i.board_id == board_id and i.cluster_id is None
    ]
    return max(loose, default=-1) + 1


def _random_board_edit(rng: random.Random, workshop: Workshop, board_id: str) -> ChangeSet:
    ideas = board.ideas_of(workshop, board_id)
    clusters = [c.id for c in board.clusters_of(workshop, board_id)]
    some = [i.id for i in rng.sample(ideas, min(len(ideas), rng.randint(1, 4)))]
    newest = sorted(ideas, key=lambda i: (i.cluster_id is None, i.position))[-1:]
    kind = rng.randrange(8)
    if kind <= 2 or not ideas:
        lines = [f"idée {rng.random()}" for _ in range(rng.randint(1, 3))]
        return board.capture(workshop, board_id, lines)[0]
    if kind == 3:  # the note holding the largest place, or others
        gone = [i.id for i in newest] if rng.random() < 0.5 else some
        return board.delete_ideas(workshop, gone)
    if kind == 4:
        return board.assign(workshop, some, rng.choice([None, *clusters]))
    if kind == 5:
        return board.create_cluster(workshop, board_id, "Groupe", some)[0]
    if kind == 6 and len(clusters) >= 2:
        return board.merge_clusters(workshop, clusters[:2])
    if kind == 7:
        return board.copy_ideas(workshop, ideas[:3], board_id)[0]
    return board.arrange(workshop, board_id)


@pytest.mark.parametrize("seed", range(6))
def test_the_next_free_place_is_kept_through_every_edit_and_undo(seed: int) -> None:
    """Captures ask the workshop for the next free place instead of scanning every note
    (issue 22): after random captures, deletions (the last note's too), moves in and
    out of clusters, merges, copies, tidy-ups and their undoing, it is what a scan of
    every note finds, on both boards."""
    rng = random.Random(seed)
    workshop, first = _with_board()
    changes, second = board.add_board(workshop, "Autre")
    workshop.apply(changes)
    done: list[ChangeSet] = []
    for _step in range(150):
        if done and rng.random() < 0.2:
            workshop.apply(done.pop().inverted())  # undo, last first
        else:
            changes = _random_board_edit(rng, workshop, rng.choice((first, second)))
            workshop.apply(changes)
            done.append(changes)
        for each in (first, second):
            assert board._free_area(workshop, each)[0] == _scanned(workshop, each)
