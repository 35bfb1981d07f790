"""Converging without dots: scores on weighted criteria, and the 2x2 matrix.

A steering committee scores each idea on its criteria (impact, how transferable it
is, how innovative the method is...), by consensus or each member in turn; the
ranking is the weighted total. The matrix places each idea on two axes (impact
against effort, say); where it stands is kept, so is its quadrant.
"""

from __future__ import annotations

from facilitator.domain.changes import ChangeSet, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.messages import QT_TRANSLATE_NOOP, message
from facilitator.domain.records import Criterion, MatrixPlacement, Score, VoteOption, VoteSession
from facilitator.domain.validation import with_values
from facilitator.domain.voting import (
    RankKey,
    Result,
    VoteError,
    dot_results,
    natural_key,
    options_of,
    ranked,
    ranked_by,
    require_open,
)
from facilitator.domain.workshop import Workshop

CONSENSUS = ""  # the scores the group agreed on together, under no one's name


def _open_vote(workshop: Workshop, vote_id: str) -> VoteSession:
    vote = workshop.require(VoteSession, vote_id)
    require_open(vote)
    return vote


# -- criteria --------------------------------------------------------------------------------
def criteria_of(workshop: Workshop, vote_id: str) -> list[Criterion]:
    return workshop.where(Criterion, vote_id=vote_id)


def add_criterion(
    workshop: Workshop, vote_id: str, name: str, weight: float = 1.0, scale_max: int = 5
) -> tuple[ChangeSet, str]:
    _open_vote(workshop, vote_id)
    if not name.strip():
        raise VoteError(message(QT_TRANSLATE_NOOP("Voting", "A criterion needs a name.")))
    criteria = criteria_of(workshop, vote_id)
    criterion = with_values(
        Criterion(id=new_id(), vote_id=vote_id, position=len(criteria)),
        name=name.strip(),
        weight=weight,
        scale_max=scale_max,
    )
    return ChangeSet.of([insert(criterion)]), criterion.id


def set_criterion(workshop: Workshop, criterion_id: str, **values: object) -> ChangeSet:
    """Rename, reweight, or change the scale (1-5 or 1-10); scores above a smaller
    scale are refused rather than silently cut."""
    criterion = workshop.require(Criterion, criterion_id)
    _open_vote(workshop, criterion.vote_id)
    changed = with_values(criterion, **values)
    if not changed.name.strip():
        raise VoteError(message(QT_TRANSLATE_NOOP("Voting", "A criterion needs a name.")))
    too_high = [s for s in _scores(workshop, criterion_id) if s.value > changed.scale_max]
    if too_high:
        raise VoteError(
            message(
                QT_TRANSLATE_NOOP(
                    "Voting",
                    "Some scores on “{criterion}” are above {max}: change them first.",
                ),
                criterion=criterion.name,
                max=changed.scale_max,
            )
        )
    return ChangeSet.of([update(criterion, changed)])


def remove_criterion(workshop: Workshop, criterion_id: str) -> ChangeSet:
    criterion = workshop.require(Criterion, criterion_id)
    _open_vote(workshop, criterion.vote_id)
    scores = [delete(s) for s in _scores(workshop, criterion_id)]
    return ChangeSet.of([*scores, delete(criterion)])


def _scores(workshop: Workshop, criterion_id: str) -> list[Score]:
    return [s for s in workshop.unordered(Score) if s.criterion_id == criterion_id]


def score_of(
    workshop: Workshop, criterion_id: str, option_id: str, participant: str = CONSENSUS
) -> int | None:
    return next(
        (
            s.value
            for s in _scores(workshop, criterion_id)
            if s.option_id == option_id and s.participant == participant
        ),
        None,
    )


def scorers_of(workshop: Workshop, vote_id: str) -> list[str]:
    """The members who scored by name (the consensus is not one of them)."""
    names = {s.participant for s in workshop.unordered(Score) if s.vote_id == vote_id}
    return sorted((n for n in names if n != CONSENSUS), key=natural_key)


def set_score(
    workshop: Workshop,
    vote_id: str,
    criterion_id: str,
    option_id: str,
    *,
    value: int | None,
    participant: str = CONSENSUS,
) -> ChangeSet:
    """A score on a criterion, within 1..scale (by consensus: no participant);
    `None` clears it."""
    _open_vote(workshop, vote_id)
    criterion = workshop.require(Criterion, criterion_id)
    if value is not None and not 1 <= value <= criterion.scale_max:
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
            for s in _scores(workshop, criterion_id)
            if s.option_id == option_id and s.participant == participant
        ),
        None,
    )
    if value is None:
        return ChangeSet.of([delete(current)]) if current is not None else ChangeSet(())
    if current is not None:
        return ChangeSet.of([update(current, with_values(current, value=value))])
    score = with_values(
        Score(id=new_id(), vote_id=vote_id, criterion_id=criterion_id, option_id=option_id),
        participant=participant,
        value=value,
    )
    return ChangeSet.of([insert(score)])


def criteria_results(workshop: Workshop, vote_id: str) -> list[Result]:
    """Each option's weighted total out of 100: for each criterion, the mean of the
    scores given (consensus and members alike) divided by the scale, times the
    criterion's weight; the sum divided by the sum of the weights."""
    criteria = criteria_of(workshop, vote_id)
    total_weight = sum(c.weight for c in criteria) or 1.0
    marks: dict[tuple[str, str], list[int]] = {}
    for score in workshop.unordered(Score):
        if score.vote_id == vote_id:
            marks.setdefault((score.criterion_id, score.option_id), []).append(score.value)
    scores: dict[str, float] = {}
    for option in options_of(workshop, vote_id):
        value = 0.0
        for criterion in criteria:
            given = marks.get((criterion.id, option.id))
            if given:
                value += criterion.weight * (sum(given) / len(given)) / criterion.scale_max
        scores[option.id] = round(100 * value / total_weight, 1)
    return ranked(options_of(workshop, vote_id), scores, workshop)


# -- the 2x2 matrix -----------------------------------------------------------------------------
def placements_of(workshop: Workshop, vote_id: str) -> dict[str, MatrixPlacement]:
    """Where each placed option stands, by option id."""
    return {p.option_id: p for p in workshop.unordered(MatrixPlacement) if p.vote_id == vote_id}


def place(workshop: Workshop, vote_id: str, option_id: str, x: float, y: float) -> ChangeSet:
    """Where an option stands in the matrix (0..1 on each axis); a drag is one edit."""
    _open_vote(workshop, vote_id)
    workshop.require(VoteOption, option_id)
    x, y = min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)
    current = placements_of(workshop, vote_id).get(option_id)
    if current is not None:
        return ChangeSet.of([update(current, with_values(current, x=x, y=y))])
    placement = MatrixPlacement(id=new_id(), vote_id=vote_id, option_id=option_id, x=x, y=y)
    return ChangeSet.of([insert(placement)])


def unplace(workshop: Workshop, vote_id: str, option_id: str) -> ChangeSet:
    """Back in the tray, out of the matrix."""
    _open_vote(workshop, vote_id)
    current = placements_of(workshop, vote_id).get(option_id)
    return ChangeSet.of([delete(current)]) if current is not None else ChangeSet(())


Quadrant = str  # "top-left", "top-right", "bottom-left", "bottom-right"
QUADRANTS: tuple[Quadrant, ...] = ("top-left", "top-right", "bottom-left", "bottom-right")


def quadrant(x: float, y: float) -> Quadrant:
    """'top-right' etc.: for impact (y) against effort (x), top-left is the quick win."""
    return ("top" if y >= 0.5 else "bottom") + "-" + ("right" if x >= 0.5 else "left")


def matrix_groups(workshop: Workshop, vote_id: str) -> dict[Quadrant, list[str]]:
    """The labels of the placed options, by quadrant, highest first."""
    labels = {o.id: o.label for o in options_of(workshop, vote_id)}
    groups: dict[Quadrant, list[str]] = {q: [] for q in QUADRANTS}
    placed = sorted(placements_of(workshop, vote_id).values(), key=lambda p: -p.y)
    for placement in placed:
        if placement.option_id in labels:
            groups[quadrant(placement.x, placement.y)].append(labels[placement.option_id])
    return groups


def matrix_results(workshop: Workshop, vote_id: str) -> list[Result]:
    """The placed options, quadrant by quadrant: top-left first (for impact against
    effort, the quick wins), then top-right, bottom-left, bottom-right; inside one
    quadrant, the higher first (y, impact, greater), then the further left (x, effort,
    smaller). Ranked by that rule itself, never by a number mixing the axes: two
    options share a rank only when they stand at exactly the same spot (x and y equal
    as stored, SQLite REAL: full double precision). A matrix has no score: each
    result's `score` is 1 (placed), its `share` 1 / the number placed."""
    placements = placements_of(workshop, vote_id)
    options = [o for o in options_of(workshop, vote_id) if o.id in placements]
    order = {q: n for n, q in enumerate(QUADRANTS)}
    keys: dict[str, RankKey] = {}
    for option in options:
        spot = placements[option.id]
        keys[option.id] = (float(order[quadrant(spot.x, spot.y)]), -spot.y, spot.x)
    return ranked_by(options, keys, {o.id: 1.0 for o in options}, workshop)


def results_of(workshop: Workshop, vote_id: str) -> list[Result]:
    """The ranking of any vote, whatever its method."""
    method = workshop.require(VoteSession, vote_id).method
    if method == "criteria":
        return criteria_results(workshop, vote_id)
    if method == "matrix":
        return matrix_results(workshop, vote_id)
    return dot_results(workshop, vote_id)
