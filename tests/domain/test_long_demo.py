"""The long workshop (every text as long as people type it) holds what it promises, and
is a real workshop: it is saved to a file and read back unchanged."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from facilitator.domain import board, cards, scoring, voting
from facilitator.domain.long_demo import (
    ARABIC,
    EMOJI,
    IDEA_COUNT,
    INSTRUCTIONS_LENGTH,
    LINK,
    LONG_WORD,
    LONG_WORD_LENGTH,
    TITLE_LENGTH,
    long_text,
    long_workshop,
)
from facilitator.domain.records import AgendaItem, Board, Cluster, Day, Person, VoteSession
from facilitator.storage.workshop_file import WorkshopFile


def test_long_text_has_the_length_asked_and_the_hard_cases() -> None:
    for length in (1, 49, 120, INSTRUCTIONS_LENGTH, 4_999):
        assert len(long_text(length)) == length
        assert len(long_text(length, 3, lines=True)) == length
    text = long_text(INSTRUCTIONS_LENGTH)
    for hard in (LONG_WORD, ARABIC, EMOJI, LINK):
        assert hard in text
    assert len(LONG_WORD) == LONG_WORD_LENGTH == 50 and LONG_WORD.isalpha()


def test_every_text_of_the_long_workshop_is_long() -> None:
    workshop = long_workshop()
    info = workshop.info
    assert len(info.title) == TITLE_LENGTH
    assert len(info.question) >= 500 and len(info.place) >= 250
    people = workshop.all(Person)
    assert len(people) == 15 and all(LONG_WORD in p.name for p in people)
    assert all(len(d.place) >= 250 for d in workshop.all(Day))
    activities = [i for i in workshop.all(AgendaItem) if i.kind == "activity"]
    assert len(activities) == 10
    for item in activities:
        assert len(item.title) == TITLE_LENGTH and LONG_WORD in item.title
        assert len(item.participant_instructions) == INSTRUCTIONS_LENGTH
        assert len(item.facilitator_notes) == INSTRUCTIONS_LENGTH
        assert LONG_WORD in item.materials
    instructions = " ".join(i.participant_instructions for i in activities)
    for hard in (ARABIC, EMOJI, LINK):
        assert hard in instructions
    main, second = workshop.all(Board)
    assert len(main.title) == TITLE_LENGTH and len(main.question) == 500
    ideas = board.ideas_of(workshop, main.id)
    assert len(ideas) == IDEA_COUNT and len(board.ideas_of(workshop, second.id)) == 6
    lengths = sorted(len(i.text) for i in ideas)
    assert lengths[0] < 40 and lengths[-1] > 500  # a few words to a paragraph
    assert any(LONG_WORD in i.text for i in ideas) and any(ARABIC in i.text for i in ideas)
    clusters = workshop.where(Cluster, board_id=main.id)
    assert len(clusters) == 5 and all(len(c.name) == TITLE_LENGTH for c in clusters)
    assert any(i.cluster_id is None for i in ideas)


def test_the_long_workshop_has_every_kind_of_vote_and_card() -> None:
    workshop = long_workshop()
    votes = {v.method: v for v in workshop.all(VoteSession)}
    assert set(votes) == {"dots", "criteria", "matrix"}
    for vote in votes.values():
        assert any(r.score for r in scoring.results_of(workshop, vote.id)), vote.method
    spots = Counter(
        (p.x, p.y) for p in scoring.placements_of(workshop, votes["matrix"].id).values()
    )
    assert max(spots.values()) == 3  # three ideas on one spot: the labels' hard case
    assert len(voting.options_of(workshop, votes["matrix"].id)) == 14
    every = cards.cards_of(workshop)
    assert len(every) == 3
    for card in every:
        assert len(card.name) == TITLE_LENGTH
        values = cards.values_of(workshop, card.id)
        assert values and all(len(v) >= 300 for v in values.values())
        assert len(cards.steps_of(workshop, card.id)) == 4


def test_the_long_workshop_is_saved_and_read_back_unchanged(tmp_path: Path) -> None:
    workshop = long_workshop()
    path = tmp_path / "long.atelier"
    WorkshopFile.create(path, workshop).close()
    file, reopened = WorkshopFile.open(path, read_only=True)
    file.close()
    assert list(reopened.records()) == list(workshop.records())
