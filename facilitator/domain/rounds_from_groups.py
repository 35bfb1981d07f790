"""Rounds from a grouping: one slot per team ("each team pitches 3 minutes, then 1 minute
of questions"), in an order the facilitator can shuffle and change.

Pure: reads a grouping's `Team` records, returns new `ItemRound` records (for
domain/item_rounds.replace_rounds, one undo step). The words are the workshop's (its
language), not the interface's: « Équipe 2 — pitch » on the projector of a French
workshop whatever the laptop's language.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.ids import new_id
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import SHORT, ItemRound, Language, Team
from facilitator.domain.rounds import MAX_EXPANDED_ROUNDS, MAX_ROUND_S, MIN_ROUND_S
from facilitator.domain.text import clean_text, has_visible_text
from facilitator.domain.workshop import Workshop

# Words of the slots, in the workshop's language (like library.CONTENT_WORDS).
SLOT_WORDS: dict[str, dict[Language, str]] = {
    "team": {"fr": "Équipe {number}", "en": "Team {number}"},
    "pitch": {"fr": "{team} — pitch", "en": "{team} — pitch"},
    "questions": {"fr": "{team} — questions", "en": "{team} — questions"},
    "pitch_instruction": {
        "fr": "{team} présente son projet.",
        "en": "{team} presents its project.",
    },
    "questions_instruction": {
        "fr": "Questions à {team}\u00a0: compréhension et suggestions.",
        "en": "Questions for {team}: clarifying questions and suggestions.",
    },
}


class SlotsError(FacilitatorError):
    """Slots that cannot be made (no team, too many rounds, a phase too short)."""


@dataclass(frozen=True, slots=True)
class TeamSlot:
    """A team as the slots name it: its id and the name shown (its own name, else
    « Équipe 2 » by its place in the grouping)."""

    team_id: str
    name: str


def grouping_teams(workshop: Workshop, grouping_id: str, language: Language) -> list[TeamSlot]:
    """The teams of grouping `grouping_id` in their order, each with the name its slots
    show: the team's name, else « Équipe N » / "Team N" (N its place from 1) when the
    name shows nothing. [] for an unknown grouping or one without teams."""
    teams = workshop.where(Team, grouping_id=grouping_id)
    return [
        TeamSlot(
            team.id,
            team.name
            if has_visible_text(team.name)
            else SLOT_WORDS["team"][language].format(number=number),
        )
        for number, team in enumerate(teams, start=1)
    ]


def shuffled(team_ids: Sequence[str], seed: int) -> list[str]:
    """`team_ids` in an order drawn from `seed`: the same seed gives the same order on
    every machine (Python's Mersenne Twister, seeded with an int), another seed another
    order. The facilitator draws again by changing the seed."""
    order = list(team_ids)
    random.Random(seed).shuffle(order)
    return order


def _fitted(text: str, limit: int = SHORT) -> str:
    """`text` cleaned for a single-line title and cut to `limit` characters (a team's
    name holds 100; its phrase around it stays under a round title's 200)."""
    cleaned = clean_text(text, multiline=False)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def team_slots(
    teams: Sequence[TeamSlot],
    item_id: str,
    language: Language,
    *,
    pitch_s: int,
    questions_s: int = 0,
) -> list[ItemRound]:
    """One round per team and phase, in the order of `teams`: « Équipe 2 — pitch » for
    `pitch_s` seconds, then, when `questions_s` > 0, « Équipe 2 — questions » for
    `questions_s` seconds; each is the team's (`team_id`), run once, for agenda item
    `item_id`, positions from 0.

    Raises `SlotsError` (one sentence) for no team, a phase outside MIN_ROUND_S..
    MAX_ROUND_S seconds (domain/rounds.py), or more than MAX_EXPANDED_ROUNDS rounds in
    all (200: 100 teams with questions, 200 without)."""
    if not teams:
        raise SlotsError(message(QT_TRANSLATE_NOOP("Rounds", "This grouping has no team.")))
    for seconds in (pitch_s, *([questions_s] if questions_s else [])):
        if not MIN_ROUND_S <= seconds <= MAX_ROUND_S:
            raise SlotsError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Rounds", "Each slot lasts from {minimum} seconds to {maximum} hours."
                    ),
                    minimum=MIN_ROUND_S,
                    maximum=MAX_ROUND_S // 3600,
                )
            )
    phases = [("pitch", pitch_s)] + ([("questions", questions_s)] if questions_s else [])
    count = len(teams) * len(phases)
    if count > MAX_EXPANDED_ROUNDS:
        raise SlotsError(
            message(
                QT_TRANSLATE_NOOP(
                    "Rounds",
                    "{teams} teams make {count} slots: an activity has at most {maximum} rounds.",
                ),
                teams=len(teams),
                count=count,
                maximum=MAX_EXPANDED_ROUNDS,
            )
        )
    rounds: list[ItemRound] = []
    for team in teams:
        for phase, seconds in phases:
            rounds.append(
                ItemRound(
                    id=new_id(),
                    agenda_item_id=item_id,
                    position=len(rounds),
                    title=_fitted(SLOT_WORDS[phase][language].format(team=team.name)),
                    duration_s=seconds,
                    repeat=1,
                    instruction=_fitted(
                        SLOT_WORDS[f"{phase}_instruction"][language].format(team=team.name),
                        1000,
                    ),
                    team_id=team.team_id,
                )
            )
    return rounds
