"""Votes on a board's ideas or clusters: dots (paper tally, passed laptop, named),
multi-criteria scores, a 2x2 matrix, and rankings where ties are ties.

Every edit returns the `ChangeSet` of one user action; the results are computed
from the ballots, never stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from facilitator.domain import board
from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import (
    Ballot,
    Cluster,
    Criterion,
    Idea,
    MatrixPlacement,
    Score,
    VoteCollection,
    VoteMethod,
    VoteOption,
    VoteSession,
    VoteTargetKind,
)
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import UnknownRecordError, Workshop

PAPER = ""  # the participant of the paper tally: the dots counted on the wall


class VoteError(FacilitatorError):
    pass


def _vote(workshop: Workshop, vote_id: str) -> VoteSession:
    return workshop.require(VoteSession, vote_id)


def options_of(workshop: Workshop, vote_id: str) -> list[VoteOption]:
    return workshop.where(VoteOption, vote_id=vote_id)


def create_vote(
    workshop: Workshop,
    board_id: str,
    title: str,
    *,
    method: VoteMethod = "dots",
    collection: VoteCollection = "paper",
    target_kind: VoteTargetKind = "ideas",
    target_ids: Sequence[str] | None = None,
    dots_per_participant: int = 3,
    max_dots_per_idea: int = 3,
    anonymous: bool = True,
    allow_negative: bool = False,
) -> tuple[ChangeSet, str]:
    """A vote on the board's ideas (or clusters), or on the chosen ones. The label of
    each option is kept, so that a result still reads if an idea is deleted later."""
    if target_kind == "ideas":
        # In the order of the wall: cluster by cluster, the loose ideas last, so that
        # counting the paper reads down the list.
        clusters = {c.id: n for n, c in enumerate(board.clusters_of(workshop, board_id))}
        ideas = sorted(
            board.ideas_of(workshop, board_id),
            key=lambda i: clusters.get(i.cluster_id or "", len(clusters)),
        )
        targets: list[tuple[str, str]] = [(i.id, i.text) for i in ideas]
    else:
        targets = [(c.id, c.name) for c in board.clusters_of(workshop, board_id)]
    if target_ids is not None:
        chosen = set(target_ids)
        targets = [t for t in targets if t[0] in chosen]
    if not targets:
        raise VoteError(
            message(QT_TRANSLATE_NOOP("Voting", "There is nothing to vote on: the board is empty."))
        )
    votes = workshop.where(VoteSession, board_id=board_id)
    vote = with_values(
        VoteSession(id=new_id(), board_id=board_id, position=len(votes)),
        title=title,
        method=method,
        collection=collection,
        target_kind=target_kind,
        dots_per_participant=dots_per_participant,
        max_dots_per_idea=max_dots_per_idea,
        anonymous=anonymous,
        allow_negative=allow_negative,
        status="open",
    )
    changes: list[RowChange] = [insert(vote)]
    for position, (target_id, label) in enumerate(targets):
        option = with_values(
            VoteOption(id=new_id(), vote_id=vote.id, position=position, target_id=target_id),
            label=label,
        )
        changes.append(insert(option))
    return ChangeSet.of(changes), vote.id


def set_status(workshop: Workshop, vote_id: str, status: str) -> ChangeSet:
    vote = _vote(workshop, vote_id)
    return ChangeSet.of([update(vote, with_values(vote, status=status))])


# -- dots ----------------------------------------------------------------------------------
def ballots_of(workshop: Workshop, vote_id: str, participant: str | None = None) -> list[Ballot]:
    ballots = [b for b in workshop.unordered(Ballot) if b.vote_id == vote_id]
    if participant is not None:
        ballots = [b for b in ballots if b.participant == participant]
    return sorted(ballots, key=lambda b: (b.participant, b.option_id))


def set_tally(workshop: Workshop, vote_id: str, option_id: str, dots: int) -> ChangeSet:
    """The paper tally: the dots counted on the wall for one option (0 removes it)."""
    vote = _vote(workshop, vote_id)
    workshop.require(VoteOption, option_id)
    if dots < 0 and not vote.allow_negative:
        raise VoteError(
            message(
                QT_TRANSLATE_NOOP("Voting", "This vote has no negative dots: {dots}."), dots=dots
            )
        )
    current = next(
        (b for b in ballots_of(workshop, vote_id, PAPER) if b.option_id == option_id), None
    )
    if current is None:
        if dots == 0:
            return ChangeSet(())
        ballot = with_values(Ballot(id=new_id(), vote_id=vote_id, option_id=option_id), dots=dots)
        return ChangeSet.of([insert(ballot)])
    if dots == 0:
        return ChangeSet.of([delete(current)])
    return ChangeSet.of([update(current, with_values(current, dots=dots))])


def check_ballot(vote: VoteSession, dots: Mapping[str, int]) -> None:
    """The vote's rules for one participant's dots; `VoteError` says which is broken."""
    used = sum(abs(n) for n in dots.values())
    if used > vote.dots_per_participant:
        raise VoteError(
            message(
                QT_TRANSLATE_NOOP("Voting", "{used} dots placed, but each person has {allowed}."),
                used=used,
                allowed=vote.dots_per_participant,
            )
        )
    for count in dots.values():
        if abs(count) > vote.max_dots_per_idea:
            raise VoteError(
                message(
                    QT_TRANSLATE_NOOP("Voting", "At most {allowed} dots on one idea."),
                    allowed=vote.max_dots_per_idea,
                )
            )
        if count < 0 and not vote.allow_negative:
            raise VoteError(message(QT_TRANSLATE_NOOP("Voting", "This vote has no negative dots.")))


def cast_ballot(
    workshop: Workshop, vote_id: str, participant: str, dots: Mapping[str, int]
) -> ChangeSet:
    """One participant's dots (passed laptop, or named). A participant who votes again
    replaces their earlier ballot: one person, one set of dots."""
    vote = _vote(workshop, vote_id)
    check_ballot(vote, dots)
    options = {o.id for o in options_of(workshop, vote_id)}
    unknown = [o for o in dots if o not in options]
    if unknown:
        raise UnknownRecordError(f"no option {unknown[0]!r} in this vote")
    changes: list[RowChange] = [delete(b) for b in ballots_of(workshop, vote_id, participant)]
    for option_id, count in dots.items():
        if count:
            ballot = with_values(
                Ballot(id=new_id(), vote_id=vote_id, option_id=option_id),
                participant=participant,
                dots=count,
            )
            changes.append(insert(ballot))
    return ChangeSet.of(changes)


def participants_of(workshop: Workshop, vote_id: str) -> list[str]:
    return sorted({b.participant for b in ballots_of(workshop, vote_id) if b.participant})


def dots_check(workshop: Workshop, vote_id: str, participants: int) -> tuple[int, int]:
    """(dots entered, dots handed out) for the running check of a paper tally."""
    vote = _vote(workshop, vote_id)
    entered = sum(abs(b.dots) for b in ballots_of(workshop, vote_id))
    return entered, participants * vote.dots_per_participant


# -- results -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Result:
    option: VoteOption
    score: float  # dots, or the weighted criteria score
    rank: int  # 1, 2, 2, 4: ties share a rank
    tied: bool
    share: float  # of all the positive dots (0 to 1); for criteria, of the best score
    deleted: bool  # the idea or cluster voted on is gone since


def ranked(
    options: Sequence[VoteOption], scores: Mapping[str, float], workshop: Workshop
) -> list[Result]:
    """Competition ranking: equal scores share a rank, the next rank skips."""
    order = sorted(options, key=lambda o: (-scores.get(o.id, 0.0), o.position))
    total = sum(max(s, 0.0) for s in scores.values())
    counts: dict[float, int] = {}
    for option in order:
        counts[scores.get(option.id, 0.0)] = counts.get(scores.get(option.id, 0.0), 0) + 1
    results: list[Result] = []
    rank = 0
    previous: float | None = None
    for index, option in enumerate(order, start=1):
        score = scores.get(option.id, 0.0)
        if score != previous:
            rank, previous = index, score
        gone = (
            workshop.get(Idea, option.target_id) is None
            and workshop.get(Cluster, option.target_id) is None
        )
        results.append(
            Result(
                option,
                score,
                rank,
                counts[score] > 1,
                max(score, 0.0) / total if total else 0.0,
                gone,
            )
        )
    return results


def dot_results(workshop: Workshop, vote_id: str) -> list[Result]:
    scores: dict[str, float] = {}
    for ballot in ballots_of(workshop, vote_id):
        scores[ballot.option_id] = scores.get(ballot.option_id, 0.0) + ballot.dots
    return ranked(options_of(workshop, vote_id), scores, workshop)


# -- criteria --------------------------------------------------------------------------------
def add_criterion(
    workshop: Workshop, vote_id: str, name: str, weight: float = 1.0, scale_max: int = 5
) -> tuple[ChangeSet, str]:
    _vote(workshop, vote_id)
    criteria = workshop.where(Criterion, vote_id=vote_id)
    criterion = with_values(
        Criterion(id=new_id(), vote_id=vote_id, position=len(criteria)),
        name=name,
        weight=weight,
        scale_max=scale_max,
    )
    return ChangeSet.of([insert(criterion)]), criterion.id


def set_score(
    workshop: Workshop,
    vote_id: str,
    criterion_id: str,
    option_id: str,
    *,
    value: int,
    participant: str = "",
) -> ChangeSet:
    """A score on a criterion (by consensus: no participant), within 1..scale."""
    criterion = workshop.require(Criterion, criterion_id)
    if not 1 <= value <= criterion.scale_max:
        raise VoteError(
            message(
                QT_TRANSLATE_NOOP("Voting", "A score on “{criterion}” goes from 1 to {max}."),
                criterion=criterion.name,
                max=criterion.scale_max,
            )
        )
    current = next(
        (
            s
            for s in workshop.unordered(Score)
            if s.criterion_id == criterion_id
            and s.option_id == option_id
            and s.participant == participant
        ),
        None,
    )
    if current is not None:
        return ChangeSet.of([update(current, with_values(current, value=value))])
    score = with_values(
        Score(id=new_id(), vote_id=vote_id, criterion_id=criterion_id, option_id=option_id),
        participant=participant,
        value=value,
    )
    return ChangeSet.of([insert(score)])


def criteria_results(workshop: Workshop, vote_id: str) -> list[Result]:
    """Each option's weighted total: for each criterion, the mean of its scores on a
    scale of 0 to 1, times the criterion's weight; the total out of the sum of weights,
    times 100."""
    criteria = workshop.where(Criterion, vote_id=vote_id)
    total_weight = sum(c.weight for c in criteria) or 1.0
    scores: dict[str, float] = {}
    for option in options_of(workshop, vote_id):
        value = 0.0
        for criterion in criteria:
            marks = [
                s.value
                for s in workshop.unordered(Score)
                if s.criterion_id == criterion.id and s.option_id == option.id
            ]
            if marks:
                value += criterion.weight * (sum(marks) / len(marks)) / criterion.scale_max
        scores[option.id] = round(100 * value / total_weight, 1)
    return ranked(options_of(workshop, vote_id), scores, workshop)


# -- the 2x2 matrix -----------------------------------------------------------------------------
def place(workshop: Workshop, vote_id: str, option_id: str, x: float, y: float) -> ChangeSet:
    """Where an option stands in the matrix (0..1 on each axis); a drag is one edit."""
    x, y = min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)
    current = next(
        (
            p
            for p in workshop.unordered(MatrixPlacement)
            if p.vote_id == vote_id and p.option_id == option_id
        ),
        None,
    )
    if current is not None:
        return ChangeSet.of([update(current, with_values(current, x=x, y=y))])
    placement = MatrixPlacement(id=new_id(), vote_id=vote_id, option_id=option_id, x=x, y=y)
    return ChangeSet.of([insert(placement)])


def quadrant(x: float, y: float) -> str:
    """'top-right' etc.: for impact (y) against effort (x), top-left is the quick win."""
    return ("top" if y >= 0.5 else "bottom") + "-" + ("right" if x >= 0.5 else "left")
