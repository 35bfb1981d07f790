"""Scores on criteria and the 2x2 matrix, driven like a facilitator does; the results
revealed on the projector; the top ideas turned into prototype cards; a closed vote."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain import scoring, voting
from facilitator.domain.records import (
    AgendaItem,
    Board,
    MatrixPlacement,
    PrototypeCard,
    VoteSession,
)
from facilitator.ui.main_window import MainWindow
from facilitator.ui.voting.matrix_view import SIDE
from facilitator.ui.voting.new_vote_dialog import VoteSettings
from facilitator.ui.voting.vote_page import VotePage
from tests.ui.helpers import press, type_text
from tests.ui.test_votes import saved_vote


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> VotePage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.show_part("votes")
    return window.page.votes


def _settings(page: VotePage, title: str, method: str, **more: object) -> VoteSettings:
    return VoteSettings(
        board_id=page.document.workshop.all(Board)[0].id,
        title=title,
        method=method,  # type: ignore[arg-type]
        collection="named",
        target_kind=more.pop("target_kind", "clusters"),  # type: ignore[arg-type]
        target_ids=more.pop("target_ids", None),  # type: ignore[arg-type]
        **more,  # type: ignore[arg-type]
    )


def _type_in_cell(page: VotePage, row: int, column: int, text: str) -> None:
    grid = page.criteria.grid
    grid.setCurrentCell(row, column)
    item = grid.item(row, column)
    assert item is not None
    grid.editItem(item)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not grid
    type_text(editor, text)
    press(editor, Qt.Key.Key_Return)


def test_scores_on_weighted_criteria(page: VotePage, full_demo_file: Path, qtbot: QtBot) -> None:
    assert page.create_vote(_settings(page, "Grille du comité", "criteria"))
    panel = page.criteria
    assert page.methods.currentWidget() is panel and panel.name.hasFocus()
    type_text(panel.name, "Impact")
    panel.weight.setValue(2)
    press(panel.name, Qt.Key.Key_Return)
    type_text(panel.name, "Coût maîtrisé")
    panel.weight.setValue(1)
    panel.scale.setCurrentIndex(1)  # 1 to 10
    press(panel.name, Qt.Key.Key_Return)
    assert panel.grid.columnCount() == 2 and panel.grid.rowCount() == 5
    # By consensus; rows are the five clusters.
    scores = {(0, 0): "5", (0, 1): "2", (1, 0): "3", (1, 1): "10", (2, 0): "4", (2, 1): "6"}
    for (row, column), text in scores.items():
        _type_in_cell(page, row, column, text)
        qtbot.wait(1)
    _type_in_cell(page, 3, 0, "7")  # above the scale: refused, said
    qtbot.waitUntil(lambda: window_notice(page) == "A score on “Impact” goes from 1 to 5.")
    qtbot.waitUntil(lambda: panel.grid.item(3, 0).text() == "")  # type: ignore[union-attr]
    assert page.document.undo_stack.count() == 1 + 2 + len(scores)
    saved, vote_id = saved_vote(full_demo_file, "Grille du comité")
    # By hand, out of 100: row 0 (2*5/5 + 2/10)/3 = 73.3; row 1 (2*3/5 + 1)/3 = 73.3;
    # row 2 (2*4/5 + 6/10)/3 = 73.3: a three-way tie; rows 3 and 4 unscored: 0.
    results = scoring.criteria_results(saved, vote_id)
    assert [(r.score, r.rank, r.tied) for r in results[:3]] == [(73.3, 1, True)] * 3
    table = page.results.table
    assert [table.item(r, 1).text() for r in range(3)] == ["1="] * 3  # type: ignore[union-attr]
    # A jury member scores too: her marks are averaged with the consensus.
    panel.scorer.setCurrentText("Hélène Roux")
    panel.scorer_name.editingFinished.emit()
    assert panel.scored_by() == "Hélène Roux"
    assert panel.grid.item(0, 0).text() == ""  # type: ignore[union-attr]  # her own, empty
    _type_in_cell(page, 0, 0, "3")
    qtbot.waitUntil(lambda: page.document.undo_stack.count() == 10)
    # Row 0 impact now (5 + 3) / 2 = 4: (2*4/5 + 2/10)/3 = 60.
    saved, vote_id = saved_vote(full_demo_file, "Grille du comité")
    assert scoring.criteria_results(saved, vote_id)[2].score == 60.0
    assert scoring.scorers_of(saved, vote_id) == ["Hélène Roux"]


def window_notice(page: VotePage) -> str:
    workshop_page = page.parent()
    while workshop_page is not None and not hasattr(workshop_page, "notice"):
        workshop_page = workshop_page.parent()
    assert workshop_page is not None
    return str(workshop_page.notice.label.text())


def _drag(page: VotePage, option_id: str, x: float, y: float, qtbot: QtBot) -> None:
    """A real mouse drag in the matrix, from the card to (x, y) of the square."""
    view = page.matrix.view
    card = page.matrix.scene.cards[option_id]
    start = view.mapFromScene(card.pos())
    end = view.mapFromScene(x * SIDE, (1 - y) * SIDE)
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        QTest.mouseMove(viewport, QPoint(point.x(), point.y()))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    qtbot.wait(5)


def test_a_2x2_matrix_placed_by_dragging(
    page: VotePage, full_demo_file: Path, qtbot: QtBot
) -> None:
    settings = _settings(page, "Impact / effort", "matrix", x_label="Effort", y_label="Impact")
    assert page.create_vote(settings)
    panel = page.matrix
    panel.view.resize(900, 700)
    panel.view.fit()
    options = [o.id for o in voting.options_of(page.document.workshop, settings_id(page))]
    _drag(page, options[0], 0.2, 0.8, qtbot)  # top-left: a quick win
    _drag(page, options[1], 0.8, 0.9, qtbot)  # top-right
    _drag(page, options[2], 0.3, 0.2, qtbot)  # bottom-left
    assert page.document.undo_stack.count() == 4
    saved, vote_id = saved_vote(full_demo_file, "Impact / effort")
    places = scoring.placements_of(saved, vote_id)
    first = places[options[0]]
    assert first.x == pytest.approx(0.2, abs=0.02) and first.y == pytest.approx(0.8, abs=0.02)
    assert scoring.quadrant(first.x, first.y) == "top-left"
    assert len(saved.all(MatrixPlacement)) >= 3
    # By hand: top-left first, then top-right, then bottom-left; two left in the tray.
    assert [r.option.id for r in scoring.results_of(saved, vote_id)] == options[:3]
    table = page.results.table
    assert table.item(0, 3).text() == "Impact high · Effort low"  # type: ignore[union-attr]
    # The top 2 of a matrix: its first two ranks, not every idea placed (all score 1).
    page.results.tick_top(2)
    assert page.results.ticked() == options[:2]
    page.results.tick_top(0)
    assert page.results.ticked() == []
    _drag(page, options[0], 1.3, 0.5, qtbot)  # back to the tray: out of the matrix
    assert options[0] not in scoring.placements_of(page.document.workshop, vote_id)
    page.document.undo_stack.undo()
    assert options[0] in scoring.placements_of(page.document.workshop, vote_id)


def settings_id(page: VotePage) -> str:
    vote_id = page.current_vote_id()
    assert vote_id is not None
    return vote_id


def test_results_revealed_on_the_projector_and_the_top_turned_into_cards(
    page: VotePage, window: MainWindow
) -> None:
    first = page.document.workshop.all(VoteSession)[0]
    page.select_vote(first.id)
    page.results.project.click()
    assert window.page is not None
    projector = window.page.run.projector
    assert projector is not None and projector.isVisible() and projector.mode == "results"
    shown = page.projected
    assert shown.title == first.title
    assert [(r.rank, r.tied) for r in shown.results[:4]] == [
        (1, False),
        (2, True),
        (2, True),
        (4, False),
    ]
    # 9 ideas with dots, then 17 tied at 10th with none: too many rows, left out whole.
    assert len(shown.results) == 9
    assert shown.more == "and 17 more, tied at rank 10"
    # The matrix goes up as it stands.
    page.select_vote(page.document.workshop.all(VoteSession)[2].id)
    page.results.project.click()
    assert projector.mode == "board" and projector.board_view is not None
    assert projector.board_view.scene() is page.matrix.scene
    window.page.run.close_projector()
    # Top 2 of the dot vote: 1, then two tied second: three cards.
    page.select_vote(first.id)
    page.results.top.setValue(2)
    page.results.select_top.click()
    assert page.results.make_cards.text() == "Make 3 prototype cards"
    before = {c.id for c in page.document.workshop.all(PrototypeCard)}  # the demo's three
    page.results.make_cards.click()
    made = [c for c in page.document.workshop.all(PrototypeCard) if c.id not in before]
    assert [c.name for c in made] == [r.option.label for r in shown.results[:3]]
    assert {c.source_kind for c in made} == {"vote"}
    assert window.page.notice.label.text() == "3 prototype cards made from the vote."
    page.document.undo_stack.undo()
    assert {c.id for c in page.document.workshop.all(PrototypeCard)} == before


def test_a_closed_vote_cannot_be_changed_until_reopened(page: VotePage) -> None:
    vote = page.document.workshop.all(VoteSession)[0]
    page.select_vote(vote.id)
    tally = page.dots.tally
    assert not tally.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable  # type: ignore[union-attr]
    assert page.close_button.text() == "Reopen the vote"
    page.close_button.click()
    assert page.document.workshop.require(VoteSession, vote.id).status == "open"
    assert tally.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable  # type: ignore[union-attr]
    page.close_button.click()
    assert page.status.text() == "Closed"
    page.delete_button.click()
    assert page.document.workshop.get(VoteSession, vote.id) is None
    page.document.undo_stack.undo()
    assert page.document.workshop.get(VoteSession, vote.id) is not None


def test_run_mode_opens_the_vote_of_the_activity(window: MainWindow, page: VotePage) -> None:
    assert window.page is not None
    item = next(
        i for i in page.document.workshop.all(AgendaItem) if i.method_id == "vote-multicritere"
    )
    run = window.page.run
    window.page.show_part("run")
    run.session.select(item.id)
    assert run.buttons["tool"].isVisibleTo(run) and run.buttons["tool"].text() == "Open the vote"
    run.buttons["tool"].click()
    assert window.page.stack.currentWidget() is page
    assert page.current_vote_id() == item.tool_target_id
    assert page.methods.currentWidget() is page.criteria


def test_an_agenda_activity_is_linked_to_its_vote(
    window: MainWindow, page: VotePage, full_demo_file: Path
) -> None:
    assert window.page is not None
    agenda = window.page.agenda
    item = next(i for i in page.document.workshop.all(AgendaItem) if i.method_id == "roti")
    assert item.tool == "vote" and item.tool_target_id is None
    agenda.select_item(item.id)
    editor = agenda.editor
    assert editor.target_combo.isVisibleTo(editor)
    assert editor.target_combo.itemText(0) == "(choose a vote: create it in Votes)"
    matrix = page.document.workshop.all(VoteSession)[2]
    index = editor.target_combo.findData(matrix.id)
    editor.target_combo.setCurrentIndex(index)
    editor._target_chosen(index)
    saved, _ = saved_vote(full_demo_file, matrix.title)
    linked = saved.get(AgendaItem, item.id)
    assert linked is not None and linked.tool_target_id == matrix.id


def test_an_idea_deleted_during_the_vote_and_a_vote_on_an_empty_board(
    page: VotePage, qtbot: QtBot
) -> None:
    from facilitator.domain import board

    dot_vote = page.document.workshop.all(VoteSession)[0]
    page.select_vote(dot_vote.id)
    first = page.results.results[0].option
    workshop = page.document.workshop
    page.document.edit("delete", board.delete_ideas(workshop, [first.target_id]))
    label = page.results.table.item(0, 2).text()  # type: ignore[union-attr]
    assert label == first.label + " (deleted since)"  # still counted, still readable
    changes, empty_board = board.add_board(workshop, "Vide")
    page.document.edit("board", changes)
    settings = _settings(page, "Rien", "dots", target_kind="ideas")
    empty = VoteSettings(**{**settings.__dict__, "board_id": empty_board})
    assert not page.create_vote(empty)
    assert window_notice(page) == "There is nothing to vote on: the board is empty."
