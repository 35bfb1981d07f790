"""Issue 17: every template whose activities open the idea board brings that board."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.agenda import with_idea_board, workshop_from_template
from facilitator.domain.library import Library
from facilitator.domain.records import AgendaItem, Board, Day, Language, WorkshopInfo
from facilitator.library_access import bundled_library
from facilitator.storage.workshop_file import WorkshopFile

TEMPLATES = sorted(bundled_library().templates)
OPENING_A_BOARD = [
    t
    for t in TEMPLATES
    if any(
        (m := bundled_library().methods.get(i.method_id or "")) is not None and m.tool == "board"
        for day in bundled_library().templates[t].days
        for i in day.items
    )
]


def test_most_bundled_templates_open_a_board() -> None:
    assert len(OPENING_A_BOARD) >= 5, OPENING_A_BOARD


@pytest.mark.parametrize("template_id", TEMPLATES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_board_activity_points_at_a_board_that_exists(
    library: Library, template_id: str, language: Language
) -> None:
    workshop = workshop_from_template(
        library.templates[template_id],
        library,
        title="Atelier",
        language=language,
        first_day=dt.date(2026, 3, 2),
        created_at="2026-01-01T09:00:00+01:00",
    )
    opening = [i for i in workshop.all(AgendaItem) if i.tool == "board"]
    boards = workshop.all(Board)
    if template_id not in OPENING_A_BOARD:
        assert opening == [] and boards == []
        return
    (ideas,) = boards
    assert ideas.title == {"fr": "Idées", "en": "Ideas"}[language]
    assert opening and all(i.tool_target_id == ideas.id for i in opening)
    assert workshop.dangling_references() == []
    others = [i for i in workshop.all(AgendaItem) if i.tool != "board"]
    assert all(i.tool_target_id is None for i in others)


@pytest.mark.parametrize("template_id", OPENING_A_BOARD)
def test_facilitator_new_writes_the_board(template_id: str, tmp_path: Path) -> None:
    path = tmp_path / f"{template_id}.atelier"
    assert main(["new", str(path), "--template", template_id, "--date", "2026-03-02"]) == 0
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    (ideas,) = workshop.all(Board)
    opening = [i for i in workshop.all(AgendaItem) if i.tool == "board"]
    assert opening and {i.tool_target_id for i in opening} == {ideas.id}


def test_a_board_already_there_or_a_target_already_set_is_kept() -> None:
    info = WorkshopInfo(id="workshop", created_at="")
    day = Day(id="d", position=0)
    linked = AgendaItem(id="a", day_id="d", tool="board", tool_target_id="mine")
    free = AgendaItem(id="b", day_id="d", position=1, tool="board")
    records = with_idea_board([info, day, linked, free], "fr")
    made = [r for r in records if isinstance(r, Board)]
    assert len(made) == 1
    items = {r.id: r for r in records if isinstance(r, AgendaItem)}
    assert items["a"].tool_target_id == "mine" and items["b"].tool_target_id == made[0].id
    existing = Board(id="existing")
    assert with_idea_board([info, existing, free], "en") == [info, existing, free]
    assert with_idea_board([info, day], "en") == [info, day]
