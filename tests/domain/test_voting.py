"""Votes: the rules of dots, rankings where ties are ties (checked by hand), criteria, matrix."""

from __future__ import annotations

import pytest

from facilitator.domain import board, voting
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.demo import demo_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import Ballot, Idea, RoomPhone, VoteOption, VoteSession
from facilitator.domain.validation import with_values
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


def test_a_closed_vote_keeps_its_results_until_reopened() -> None:
    workshop, vote_id, (a, _, _, _) = _vote()
    workshop.apply(voting.set_tally(workshop, vote_id, a, 4))
    workshop.apply(voting.set_status(workshop, vote_id, "closed"))
    with pytest.raises(voting.VoteError, match="is closed: reopen it"):
        voting.set_tally(workshop, vote_id, a, 5)
    with pytest.raises(voting.VoteError, match="is closed"):
        voting.cast_ballot(workshop, vote_id, "Awa", {a: 1})
    workshop.apply(voting.set_status(workshop, vote_id, "open"))
    workshop.apply(voting.set_tally(workshop, vote_id, a, 5))
    assert voting.dot_results(workshop, vote_id)[0].score == 5


def test_a_participant_who_votes_twice_at_the_passed_laptop_is_refused() -> None:
    workshop, vote_id, (a, b, _, _) = _vote(collection="pass")
    workshop.apply(voting.cast_ballot(workshop, vote_id, "Awa", {a: 1}, replace=False))
    with pytest.raises(voting.VoteError, match="“Awa” has already voted"):
        voting.cast_ballot(workshop, vote_id, "Awa", {b: 2}, replace=False)
    with pytest.raises(voting.VoteError, match="needs a participant"):
        voting.cast_ballot(workshop, vote_id, "  ", {b: 2})


def test_a_name_typed_at_the_laptop_cannot_take_a_phones_ballot() -> None:
    """A phone votes under its label with replace: a ballot typed under that label first
    (at the passed laptop or in the named grid) would be replaced by the phone's dots."""
    workshop, vote_id, (a, b, _, _) = _vote(collection="pass")
    phone = with_values(
        RoomPhone(id=new_id()),
        token_sha256="0" * 64,
        name="Léa",
        label="Léa · 3fa2",
        joined_at="2026-11-30T10:00:00+01:00",
    )
    workshop.apply(ChangeSet.of([insert(phone)]))
    for replace in (False, True):
        with pytest.raises(voting.VoteError, match="name of a phone’s ballot"):
            voting.cast_ballot(workshop, vote_id, "Léa · 3fa2", {a: 1}, replace=replace)
    workshop.apply(voting.cast_ballot(workshop, vote_id, "Léa · 3fa2", {a: 1}, from_phone=True))
    # the facilitator correcting the phone's own ballot in the named grid: allowed
    workshop.apply(voting.set_named_dots(workshop, vote_id, "Léa · 3fa2", b, 1))
    assert {x.option_id: x.dots for x in voting.ballots_of(workshop, vote_id, "Léa · 3fa2")} == {
        a: 1,
        b: 1,
    }
    workshop.apply(voting.cast_ballot(workshop, vote_id, "Léa", {a: 1}, replace=False))


def test_named_dots_are_recorded_one_cell_at_a_time_under_the_rules() -> None:
    workshop, vote_id, (a, b, c, _) = _vote(collection="named", max_dots_per_idea=2)
    workshop.apply(voting.set_named_dots(workshop, vote_id, "Awa", a, 2))
    workshop.apply(voting.set_named_dots(workshop, vote_id, "Awa", b, 1))
    with pytest.raises(voting.VoteError, match="4 dots placed, but each person has 3"):
        voting.set_named_dots(workshop, vote_id, "Awa", c, 1)
    workshop.apply(voting.set_named_dots(workshop, vote_id, "Awa", a, 0))  # taken back
    workshop.apply(voting.set_named_dots(workshop, vote_id, "Participant 10", c, 1))
    workshop.apply(voting.set_named_dots(workshop, vote_id, "Participant 2", c, 1))
    assert {(x.participant, x.option_id, x.dots) for x in voting.ballots_of(workshop, vote_id)} == {
        ("Awa", b, 1),
        ("Participant 10", c, 1),
        ("Participant 2", c, 1),
    }
    assert voting.participants_of(workshop, vote_id) == ["Awa", "Participant 2", "Participant 10"]


def test_deleting_a_vote_takes_everything_cast_in_it() -> None:
    workshop, vote_id, (a, _, _, _) = _vote()
    workshop.apply(voting.set_tally(workshop, vote_id, a, 3))
    changes = voting.delete_vote(workshop, vote_id)
    workshop.apply(changes)
    assert not workshop.all(VoteSession) or all(v.id != vote_id for v in workshop.all(VoteSession))
    assert not [o for o in workshop.unordered(VoteOption) if o.vote_id == vote_id]
    assert not [b for b in workshop.unordered(Ballot) if b.vote_id == vote_id]
    workshop.apply(changes.inverted())
    assert voting.dot_results(workshop, vote_id)[0].score == 3


def test_the_top_takes_ties_whole() -> None:
    """Issue 15: three ideas tied at 10th were projected as one. The top 10 of a ranking
    grows to the whole tie; with no room for the tie, it is left out whole."""
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Idées")
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, [f"Idée {n}" for n in range(40)])[0])
    changes, vote_id = voting.create_vote(workshop, board_id, "Gommettes")
    workshop.apply(changes)
    options = voting.options_of(workshop, vote_id)
    scores = [30.0 - n for n in range(9)] + [5.0, 5.0, 5.0] + [1.0] * 28
    by_option = dict(zip([o.id for o in options], scores, strict=True))
    ranking = voting.ranked(options, by_option, workshop)
    top = voting.top_with_ties(ranking, 10)
    assert [r.rank for r in top] == [*range(1, 10), 10, 10, 10]
    assert voting.top_with_ties(ranking, 10, room=11) == ranking[:9]  # the tie left whole
    assert voting.top_with_ties(ranking, 12, room=12) == ranking[:12]
    assert len(voting.top_with_ties(ranking, 13)) == 40  # 28 tied at 13th: all of them
    tied_first = voting.ranked(options[:12], {o.id: 4.0 for o in options[:12]}, workshop)
    assert voting.top_with_ties(tied_first, 10) == tied_first  # 12 tied at 1st
    assert voting.top_with_ties(tied_first, 10, room=11) == []
    assert voting.top_with_ties(ranking, 0) == [] and voting.top_with_ties([], 10) == []
