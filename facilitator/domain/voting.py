"""Votes on a board's ideas or clusters: dots (paper tally, passed laptop, named),
multi-criteria scores, a 2x2 matrix, and rankings where ties are ties.

Every edit returns the `ChangeSet` of one user action; the results are computed
from the ballots, never stored.
"""

from __future__ import annotations

import re
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
    Record,
    RoomPhone,
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
    x_label: str = "",
    y_label: str = "",
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
        x_label=x_label,
        y_label=y_label,
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


def set_vote(workshop: Workshop, vote_id: str, **values: object) -> ChangeSet:
    """The vote's title, axis labels, settings; checked against the records' limits."""
    vote = _vote(workshop, vote_id)
    return ChangeSet.of([update(vote, with_values(vote, **values))])


def delete_vote(workshop: Workshop, vote_id: str) -> ChangeSet:
    """The vote and everything cast in it (undo brings it all back)."""
    vote = _vote(workshop, vote_id)
    children: list[Record] = []
    for kind in (Ballot, Score, MatrixPlacement, Criterion, VoteOption):
        # Every kind listed has a vote_id; mypy sees only Record here.
        children.extend(
            r
            for r in workshop.unordered(kind)
            if getattr(r, "vote_id") == vote_id  # noqa: B009
        )
    return ChangeSet.of([delete(r) for r in children] + [delete(vote)])


def require_open(vote: VoteSession) -> None:
    """A closed vote keeps its results: reopen it to change them."""
    if vote.status == "closed":
        raise VoteError(
            message(
                QT_TRANSLATE_NOOP(
                    "Voting", "The vote “{title}” is closed: reopen it to change its results."
                ),
                title=vote.title,
            )
        )


# -- dots ----------------------------------------------------------------------------------
def ballots_of(workshop: Workshop, vote_id: str, participant: str | None = None) -> list[Ballot]:
    ballots = [b for b in workshop.unordered(Ballot) if b.vote_id == vote_id]
    if participant is not None:
        ballots = [b for b in ballots if b.participant == participant]
    return sorted(ballots, key=lambda b: (b.participant, b.option_id))


def set_tally(workshop: Workshop, vote_id: str, option_id: str, dots: int) -> ChangeSet:
    """The paper tally: the dots counted on the wall for one option (0 removes it)."""
    vote = _vote(workshop, vote_id)
    require_open(vote)
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
    workshop: Workshop,
    vote_id: str,
    participant: str,
    dots: Mapping[str, int],
    *,
    replace: bool = True,
    from_phone: bool = False,
) -> ChangeSet:
    """One participant's dots (passed laptop, or named): one person, one set of dots.
    When the facilitator corrects a named ballot it is replaced; a second turn of the
    same name at the passed laptop (`replace=False`) is refused. A new ballot typed at
    the laptop or in the named grid may not take a phone's label (`RoomPhone.label`):
    the phone's next dots would replace it (`from_phone` is the room link's own call).
    Raises `VoteError` (a sentence for the facilitator)."""
    vote = _vote(workshop, vote_id)
    require_open(vote)
    if not participant.strip():
        raise VoteError(message(QT_TRANSLATE_NOOP("Voting", "A ballot needs a participant.")))
    if (
        not from_phone
        and not ballots_of(workshop, vote_id, participant)
        and any(phone.label == participant for phone in workshop.all(RoomPhone))
    ):
        raise VoteError(
            message(
                QT_TRANSLATE_NOOP(
                    "Voting", "“{name}” is the name of a phone’s ballot: choose another name."
                ),
                name=participant,
            )
        )
    if not replace and ballots_of(workshop, vote_id, participant):
        raise VoteError(
            message(
                QT_TRANSLATE_NOOP(
                    "Voting", "“{name}” has already voted: one person, one set of dots."
                ),
                name=participant,
            )
        )
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
    """Who voted by name or at the passed laptop, "Participant 2" before "Participant 10"."""
    names = {b.participant for b in ballots_of(workshop, vote_id) if b.participant}
    return sorted(names, key=natural_key)


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Numbers inside a name sort as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def set_named_dots(
    workshop: Workshop, vote_id: str, participant: str, option_id: str, dots: int
) -> ChangeSet:
    """The facilitator records one participant's dots on one option (named votes)."""
    current = {b.option_id: b.dots for b in ballots_of(workshop, vote_id, participant)}
    current[option_id] = dots
    return cast_ballot(workshop, vote_id, participant, {k: v for k, v in current.items() if v})


def dots_check(workshop: Workshop, vote_id: str, participants: int) -> tuple[int, int]:
    """(dots entered, dots handed out) for the running check of a paper tally."""
    vote = _vote(workshop, vote_id)
    entered = sum(abs(b.dots) for b in ballots_of(workshop, vote_id))
    return entered, participants * vote.dots_per_participant


# -- results -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Result:
    option: VoteOption
    score: float  # dots, or the weighted criteria score; for a matrix, 1 (placed)
    rank: int  # 1, 2, 2, 4: ties share a rank
    tied: bool
    share: float  # of all the positive dots (0 to 1); for criteria, of the best score
    deleted: bool  # the idea or cluster voted on is gone since


RankKey = tuple[float, ...]  # compared as tuples: the smaller first


def ranked(
    options: Sequence[VoteOption], scores: Mapping[str, float], workshop: Workshop
) -> list[Result]:
    """Competition ranking: equal scores share a rank, the next rank skips. An option
    with no score counts 0."""
    keys = {o.id: (-scores.get(o.id, 0.0),) for o in options}
    return ranked_by(options, keys, scores, workshop)


def ranked_by(
    options: Sequence[VoteOption],
    keys: Mapping[str, RankKey],
    scores: Mapping[str, float],
    workshop: Workshop,
) -> list[Result]:
    """Competition ranking by `keys` (option id -> a tuple, the smallest first; every
    option needs one, else KeyError): options share a rank exactly when their keys are
    equal, the next rank skips; equal keys keep the options' order on the board.
    `scores` (option id -> value, missing: 0) is what each result shows, and its share
    of the positive total; it plays no part in the order."""
    order = sorted(options, key=lambda o: (keys[o.id], o.position))
    total = sum(max(s, 0.0) for s in scores.values())
    counts: dict[RankKey, int] = {}
    for option in order:
        counts[keys[option.id]] = counts.get(keys[option.id], 0) + 1
    results: list[Result] = []
    rank = 0
    previous: RankKey | None = None
    for index, option in enumerate(order, start=1):
        score = scores.get(option.id, 0.0)
        if keys[option.id] != previous:
            rank, previous = index, keys[option.id]
        gone = (
            workshop.get(Idea, option.target_id) is None
            and workshop.get(Cluster, option.target_id) is None
        )
        results.append(
            Result(
                option,
                score,
                rank,
                counts[keys[option.id]] > 1,
                max(score, 0.0) / total if total else 0.0,
                gone,
            )
        )
    return results


def top_with_ties(results: Sequence[Result], count: int, room: int | None = None) -> list[Result]:
    """The first `count` of a ranking (as `ranked` returns it: best first) and every
    result tied with the last of them: a tie is never split, so 3 ideas tied at 10th
    give 12 results and 12 ideas tied at 1st give all 12. `room`, when given, is the
    most results that can be shown (rows on a screen): a tie that would go past it is
    left out whole, with everything after it, and may leave nothing (40 ideas tied at
    1st with room for 14). `count` and `room` below 1 give nothing."""
    shown: list[Result] = []
    index = 0
    while index < len(results) and len(shown) < count:
        rank = results[index].rank
        end = index
        while end < len(results) and results[end].rank == rank:
            end += 1
        if room is not None and end > room:
            break
        shown.extend(results[index:end])
        index = end
    return shown


def dot_results(workshop: Workshop, vote_id: str) -> list[Result]:
    scores: dict[str, float] = {}
    for ballot in ballots_of(workshop, vote_id):
        scores[ballot.option_id] = scores.get(ballot.option_id, 0.0) + ballot.dots
    return ranked(options_of(workshop, vote_id), scores, workshop)
