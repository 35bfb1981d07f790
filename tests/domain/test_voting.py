"""Votes: the rules of dots, rankings where ties are ties (checked by hand), criteria, matrix."""

from __future__ import annotations

import pytest

from facilitator.domain import board, voting
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import Idea, MatrixPlacement
from facilitator.domain.workshop import Workshop


def _vote(**settings: object) -> tuple[Workshop, str, list[str]]:
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Idées")
    workshop.apply(changes)
    changes, _ = board.capture(workshop, board_id, ["A", "B", "C", "D"])
    workshop.apply(changes)
    changes, vote_id = voting.create_vote(workshop, board_id, "Vote à gommettes", **settings)  # type: ignore[arg-type]
    workshop.apply(changes)
    return workshop, vote_id, [o.id for o in voting.options_of(workshop, vote_id)]


def _ranking(workshop: Workshop, vote_id: str) -> list[tuple[str, float, int, bool]]:
    return [
        (r.option.label, r.score, r.rank, r.tied) for r in voting.dot_results(workshop, vote_id)
    ]


def test_paper_tally_ranks_with_ties_as_computed_by_hand() -> None:
    workshop, vote_id, (a, b, c, d) = _vote()
    for option, dots in ((a, 5), (b, 7), (c, 5), (d, 1)):
        workshop.apply(voting.set_tally(workshop, vote_id, option, dots))
    # By hand: B 7 first; A and C 5, tied second; D 1 fourth (not third).
    assert _ranking(workshop, vote_id) == [
        ("B", 7, 1, False),
        ("A", 5, 2, True),
        ("C", 5, 2, True),
        ("D", 1, 4, False),
    ]
    results = voting.dot_results(workshop, vote_id)
    assert [round(r.share, 3) for r in results] == [0.389, 0.278, 0.278, 0.056]
    assert voting.dots_check(workshop, vote_id, participants=6) == (18, 18)
    workshop.apply(voting.set_tally(workshop, vote_id, d, 0))
    assert voting.dots_check(workshop, vote_id, participants=6) == (17, 18)


def test_five_participants_pass_the_laptop() -> None:
    workshop, vote_id, (a, b, c, d) = _vote(
        collection="pass", dots_per_participant=3, max_dots_per_idea=2
    )
    for participant, dots in (
        ("Participant 1", {a: 2, b: 1}),
        ("Participant 2", {b: 2, c: 1}),
        ("Participant 3", {a: 1, b: 1, d: 1}),
        ("Participant 4", {c: 2, d: 1}),
        ("Participant 5", {a: 2, c: 1}),
    ):
        workshop.apply(voting.cast_ballot(workshop, vote_id, participant, dots))
    # By hand: A 5, B 4, C 4, D 2 → A 1, B and C tied 2, D 4.
    assert _ranking(workshop, vote_id) == [
        ("A", 5, 1, False),
        ("B", 4, 2, True),
        ("C", 4, 2, True),
        ("D", 2, 4, False),
    ]
    assert voting.participants_of(workshop, vote_id) == [f"Participant {n}" for n in range(1, 6)]


def test_the_rules_of_dots() -> None:
    workshop, vote_id, (a, b, c, _) = _vote(dots_per_participant=3, max_dots_per_idea=2)
    with pytest.raises(voting.VoteError, match="4 dots placed, but each person has 3"):
        voting.cast_ballot(workshop, vote_id, "Hélène", {a: 2, b: 2})
    with pytest.raises(voting.VoteError, match="At most 2 dots on one idea"):
        voting.cast_ballot(workshop, vote_id, "Hélène", {a: 3})
    with pytest.raises(voting.VoteError, match="no negative dots"):
        voting.cast_ballot(workshop, vote_id, "Hélène", {a: -1})
    workshop.apply(voting.cast_ballot(workshop, vote_id, "Hélène", {a: 2, b: 1}))
    workshop.apply(voting.cast_ballot(workshop, vote_id, "Hélène", {c: 1}))  # votes again
    assert _ranking(workshop, vote_id)[0] == (
        "C",
        1,
        1,
        False,
    )  # her second ballot replaced the first


def test_negative_dots_when_allowed() -> None:
    workshop, vote_id, (a, b, _, _) = _vote(allow_negative=True, dots_per_participant=3)
    workshop.apply(voting.cast_ballot(workshop, vote_id, "Yanis", {a: 2, b: -1}))
    ranking = _ranking(workshop, vote_id)
    assert ranking[0][:2] == ("A", 2) and ranking[-1][:2] == ("B", -1)


def test_ties_everywhere_and_an_idea_deleted_during_the_vote() -> None:
    workshop, vote_id, _ = _vote()
    assert {r.rank for r in voting.dot_results(workshop, vote_id)} == {1}  # no vote yet: all tied
    idea_id = voting.options_of(workshop, vote_id)[0].target_id
    workshop.apply(board.delete_ideas(workshop, [idea_id]))
    results = voting.dot_results(workshop, vote_id)
    gone = next(r for r in results if r.option.target_id == idea_id)
    assert gone.deleted and gone.option.label == "A"  # still reads in the results
    assert workshop.get(Idea, idea_id) is None


def test_a_vote_on_an_empty_board_is_refused() -> None:
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Vide")
    workshop.apply(changes)
    with pytest.raises(voting.VoteError, match="nothing to vote on"):
        voting.create_vote(workshop, board_id, "Vote")


def test_criteria_with_weights_computed_by_hand() -> None:
    workshop, vote_id, (a, b, c, _) = _vote(method="criteria")
    changes, impact = voting.add_criterion(workshop, vote_id, "Impact", weight=2, scale_max=5)
    workshop.apply(changes)
    changes, transfer = voting.add_criterion(
        workshop, vote_id, "Transférabilité", weight=1, scale_max=5
    )
    workshop.apply(changes)
    for option, (i, t) in ((a, (5, 1)), (b, (3, 5)), (c, (4, 3))):
        workshop.apply(voting.set_score(workshop, vote_id, impact, option, value=i))
        workshop.apply(voting.set_score(workshop, vote_id, transfer, option, value=t))
    # By hand: A (2*5/5 + 1*1/5)/3 = 73.3; B (2*3/5 + 1)/3 = 73.3; C (2*4/5 + 3/5)/3 = 73.3.
    results = voting.criteria_results(workshop, vote_id)
    assert [(r.option.label, r.score, r.rank) for r in results[:3]] == [
        ("A", 73.3, 1),
        ("B", 73.3, 1),
        ("C", 73.3, 1),
    ]
    workshop.apply(voting.set_score(workshop, vote_id, impact, c, value=5))
    assert voting.criteria_results(workshop, vote_id)[0].option.label == "C"
    with pytest.raises(voting.VoteError, match="goes from 1 to 5"):
        voting.set_score(workshop, vote_id, impact, a, value=6)


def test_matrix_placement_and_quadrants() -> None:
    workshop, vote_id, (a, _, _, _) = _vote(method="matrix")
    workshop.apply(voting.place(workshop, vote_id, a, 0.2, 0.9))
    workshop.apply(voting.place(workshop, vote_id, a, 1.7, -3))  # dragged off the edge: kept inside
    placement = workshop.all(MatrixPlacement)[0]
    assert (placement.x, placement.y) == (1.0, 0.0)
    assert (
        voting.quadrant(0.2, 0.9) == "top-left"
        and voting.quadrant(placement.x, placement.y) == "bottom-right"
    )


def test_ideas_are_put_to_the_vote_in_the_order_of_the_wall() -> None:
    """Counting the paper reads down the list: cluster by cluster, loose ideas last."""
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Idées")
    workshop.apply(changes)
    changes, ids = board.capture(workshop, board_id, ["seule", "a1", "b1", "a2"])
    workshop.apply(changes)
    _loose, a1, b1, a2 = ids
    workshop.apply(board.create_cluster(workshop, board_id, "B", [b1])[0])
    workshop.apply(board.create_cluster(workshop, board_id, "A", [a1, a2])[0])
    changes, vote_id = voting.create_vote(workshop, board_id, "Vote")
    workshop.apply(changes)
    labels = [o.label for o in voting.options_of(workshop, vote_id)]
    assert labels == ["b1", "a1", "a2", "seule"]
