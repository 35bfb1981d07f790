"""Scores on weighted criteria and the 2x2 matrix, checked against hand-computed results."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import card_template, cards, scoring, voting
from facilitator.domain.records import CardField, CardValue, MatrixPlacement, PrototypeCard
from facilitator.storage.workshop_file import WorkshopFile
from tests.domain.test_voting import _vote


def test_criteria_with_weights_computed_by_hand() -> None:
    workshop, vote_id, (a, b, c, _) = _vote(method="criteria")
    changes, impact = scoring.add_criterion(workshop, vote_id, "Impact", weight=2, scale_max=5)
    workshop.apply(changes)
    changes, transfer = scoring.add_criterion(
        workshop, vote_id, "Transférabilité", weight=1, scale_max=5
    )
    workshop.apply(changes)
    for option, (i, t) in ((a, (5, 1)), (b, (3, 5)), (c, (4, 3))):
        workshop.apply(scoring.set_score(workshop, vote_id, impact, option, value=i))
        workshop.apply(scoring.set_score(workshop, vote_id, transfer, option, value=t))
    # By hand: A (2*5/5 + 1*1/5)/3 = 73.3; B (2*3/5 + 1)/3 = 73.3; C (2*4/5 + 3/5)/3 = 73.3.
    results = scoring.criteria_results(workshop, vote_id)
    assert [(r.option.label, r.score, r.rank) for r in results[:3]] == [
        ("A", 73.3, 1),
        ("B", 73.3, 1),
        ("C", 73.3, 1),
    ]
    workshop.apply(scoring.set_score(workshop, vote_id, impact, c, value=5))
    assert scoring.criteria_results(workshop, vote_id)[0].option.label == "C"
    with pytest.raises(voting.VoteError, match="goes from 1 to 5"):
        scoring.set_score(workshop, vote_id, impact, a, value=6)


def test_matrix_placement_and_quadrants() -> None:
    workshop, vote_id, (a, _, _, _) = _vote(method="matrix")
    workshop.apply(scoring.place(workshop, vote_id, a, 0.2, 0.9))
    workshop.apply(
        scoring.place(workshop, vote_id, a, 1.7, -3)
    )  # dragged off the edge: kept inside
    placement = workshop.all(MatrixPlacement)[0]
    assert (placement.x, placement.y) == (1.0, 0.0)
    assert (
        scoring.quadrant(0.2, 0.9) == "top-left"
        and scoring.quadrant(placement.x, placement.y) == "bottom-right"
    )


def test_members_scores_are_averaged_with_the_consensus() -> None:
    workshop, vote_id, (a, b, _, _) = _vote(method="criteria")
    changes, impact = scoring.add_criterion(workshop, vote_id, "Impact", weight=1, scale_max=10)
    workshop.apply(changes)
    for member, value in (("Hélène", 10), ("Yanis", 6), (scoring.CONSENSUS, 8)):
        workshop.apply(
            scoring.set_score(workshop, vote_id, impact, a, value=value, participant=member)
        )
    workshop.apply(scoring.set_score(workshop, vote_id, impact, b, value=9))
    # By hand: A (10 + 6 + 8) / 3 = 8 of 10 = 80; B 9 of 10 = 90.
    results = scoring.criteria_results(workshop, vote_id)
    assert [(r.option.label, r.score) for r in results[:2]] == [("B", 90.0), ("A", 80.0)]
    assert scoring.scorers_of(workshop, vote_id) == ["Hélène", "Yanis"]
    workshop.apply(scoring.set_score(workshop, vote_id, impact, b, value=None))  # cleared
    assert scoring.score_of(workshop, impact, b) is None


def test_criteria_can_be_changed_but_never_cut_scores_silently() -> None:
    workshop, vote_id, (a, _, _, _) = _vote(method="criteria")
    changes, impact = scoring.add_criterion(workshop, vote_id, "Impact", scale_max=10)
    workshop.apply(changes)
    workshop.apply(scoring.set_score(workshop, vote_id, impact, a, value=8))
    with pytest.raises(voting.VoteError, match="above 5: change them first"):
        scoring.set_criterion(workshop, impact, scale_max=5)
    workshop.apply(scoring.set_criterion(workshop, impact, name="Impact social", weight=3))
    with pytest.raises(voting.VoteError, match="needs a name"):
        scoring.add_criterion(workshop, vote_id, "   ")
    workshop.apply(scoring.remove_criterion(workshop, impact))
    assert scoring.criteria_of(workshop, vote_id) == []
    assert scoring.score_of(workshop, impact, a) is None


def test_matrix_ranking_reads_quadrant_by_quadrant() -> None:
    workshop, vote_id, (a, b, c, d) = _vote(method="matrix")
    for option, (x, y) in ((a, (0.8, 0.9)), (b, (0.2, 0.7)), (c, (0.1, 0.2)), (d, (0.3, 0.8))):
        workshop.apply(scoring.place(workshop, vote_id, option, x, y))
    # By hand: top-left first (D higher than B), then top-right A, then bottom-left C.
    assert [r.option.label for r in scoring.results_of(workshop, vote_id)] == ["D", "B", "A", "C"]
    assert scoring.matrix_groups(workshop, vote_id)["top-left"] == ["D", "B"]
    workshop.apply(scoring.unplace(workshop, vote_id, a))
    assert [r.option.label for r in scoring.results_of(workshop, vote_id)] == ["D", "B", "C"]


def test_matrix_ranks_by_its_rule_not_by_a_sum_that_collides() -> None:
    """Issue 17: A (effort 0.10, impact 0.60) and B (0.40, 0.63) summed to the same key
    (y*0.9 + (1-x)*0.09) and were both ranked 1=. The rule: the higher first, B alone."""
    workshop, vote_id, (a, b, _, _) = _vote(method="matrix")
    workshop.apply(scoring.place(workshop, vote_id, a, 0.10, 0.60))
    workshop.apply(scoring.place(workshop, vote_id, b, 0.40, 0.63))
    ranking = [(r.option.label, r.rank, r.tied) for r in scoring.results_of(workshop, vote_id)]
    assert ranking == [("B", 1, False), ("A", 2, False)]
    # Level with each other: the further left first, still no tie.
    workshop.apply(scoring.place(workshop, vote_id, b, 0.40, 0.60))
    ranking = [(r.option.label, r.rank, r.tied) for r in scoring.results_of(workshop, vote_id)]
    assert ranking == [("A", 1, False), ("B", 2, False)]
    # The same spot: a tie, and the next rank skips.
    c = voting.options_of(workshop, vote_id)[2].id
    workshop.apply(scoring.place(workshop, vote_id, b, 0.10, 0.60))
    workshop.apply(scoring.place(workshop, vote_id, c, 0.9, 0.1))
    ranking = [(r.option.label, r.rank, r.tied) for r in scoring.results_of(workshop, vote_id)]
    assert ranking == [("A", 1, True), ("B", 1, True), ("C", 3, False)]
    # A matrix has no score: nothing that looks like one (the old key was 4.8325).
    assert {r.score for r in scoring.results_of(workshop, vote_id)} == {1.0}


def test_a_matrix_tie_survives_the_file_and_a_hair_apart_is_no_tie(tmp_path: Path) -> None:
    """Positions are compared as stored (SQLite REAL, a double): a tie saved is a tie
    opened, and ideas 1e-12 apart (below any drag's pixel) are two ranks."""
    workshop, vote_id, (a, b, c, _) = _vote(method="matrix")
    workshop.apply(scoring.place(workshop, vote_id, a, 0.3, 0.7))
    workshop.apply(scoring.place(workshop, vote_id, b, 0.3, 0.7))
    workshop.apply(scoring.place(workshop, vote_id, c, 0.3, 0.7 + 1e-12))
    path = tmp_path / "matrice.atelier"
    WorkshopFile.create(path, workshop).close()
    file, opened = WorkshopFile.open(path, read_only=True)
    file.close()
    ranking = [(r.option.label, r.rank, r.tied) for r in scoring.results_of(opened, vote_id)]
    assert ranking == [("C", 1, False), ("A", 2, True), ("B", 2, True)]


_AXIS = st.one_of(  # a few shared values, so that equal heights and spots do happen
    st.sampled_from([0.0, 0.1, 0.4, 0.5, 0.6, 0.63, 1.0]),
    st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_AXIS, _AXIS), min_size=4, max_size=4))
def test_matrix_order_is_the_rule_and_ties_are_equal_spots(
    spots: list[tuple[float, float]],
) -> None:
    """For any placements: the order is sorting by (quadrant, -y, x), quadrants from
    top-left to bottom-right; two ideas share a rank exactly when their spots are equal;
    ranks are competition ranks (1, 1, 3)."""
    workshop, vote_id, options = _vote(method="matrix")
    where = dict(zip(options, spots, strict=True))
    for option, (x, y) in where.items():
        workshop.apply(scoring.place(workshop, vote_id, option, x, y))
    results = scoring.results_of(workshop, vote_id)

    def rule(option: str) -> tuple[int, float, float]:
        x, y = where[option]
        return (scoring.QUADRANTS.index(scoring.quadrant(x, y)), -y, x)

    assert [rule(r.option.id) for r in results] == sorted(rule(o) for o in options)
    for first in results:
        for second in results:
            same_spot = where[first.option.id] == where[second.option.id]
            assert (first.rank == second.rank) == same_spot
        shared = sum(1 for r in results if where[r.option.id] == where[first.option.id])
        assert first.tied == (shared > 1)
        assert first.rank == 1 + sum(
            1 for r in results if rule(r.option.id) < rule(first.option.id)
        )


def test_the_top_of_a_vote_becomes_prototype_cards_that_remember_it() -> None:
    workshop, vote_id, (a, b, _, _) = _vote()
    long_idea = voting.options_of(workshop, vote_id)[1]
    changes, created = cards.cards_from_options(workshop, [a, b])
    workshop.apply(changes)
    made = workshop.all(PrototypeCard)
    assert [c.id for c in made] == created and [c.name for c in made] == ["A", "B"]
    assert all(c.source_kind == "vote" for c in made) and made[1].source_id == long_idea.id
    assert cards.source_label(workshop, made[0]) == "A"
    assert [f.key for f in workshop.all(CardField)] == [
        k for k, _, _ in card_template.DEFAULT_FIELDS
    ]
    assert workshop.all(CardValue) == []  # short ideas: the name says it all
