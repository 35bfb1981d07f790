"""A dot vote counted from the paper wall by keyboard, and its ranking with ties."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain import voting
from facilitator.domain.records import Board, VoteSession
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from facilitator.ui.voting.vote_page import VotePage
from tests.ui.helpers import press, type_text


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> VotePage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.show_part("votes")
    return window.page.votes


def test_the_demo_has_a_finished_vote_with_a_tie(page: VotePage) -> None:
    assert page.results.rowCount() >= 9
    ranks = [page.results.item(row, 0).text() for row in range(4)]  # type: ignore[union-attr]
    assert ranks == ["1", "2=", "2=", "4"]
    assert page.chart.results[1].tied


def _at_row(page: VotePage, row: int) -> Callable[[], bool]:
    return lambda: page.tally.currentRow() == row


def test_paper_tally_by_keyboard(page: VotePage, full_demo_file: Path, qtbot: QtBot) -> None:
    board_id = page.document.workshop.all(Board)[0].id
    assert page.create_vote(board_id, "Vote du jour 2", "clusters", 3, 3)
    assert page.tally.rowCount() == 5  # the five clusters
    page.participants.setValue(6)
    for row, dots in enumerate((4, 7, 4, 2, 1)):
        assert page.tally.currentRow() == row  # Enter made the next idea ready
        cell = page.tally.item(row, 1)
        assert cell is not None
        page.tally.editItem(cell)  # as typing a digit in the cell does
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not page.tally
        type_text(editor, str(dots))
        press(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(_at_row(page, min(row + 1, 4)))
    qtbot.waitUntil(lambda: page.document.undo_stack.count() == 6)  # the vote and 5 counts
    file, saved = WorkshopFile.open(full_demo_file, read_only=True)
    file.close()
    vote = next(v for v in saved.all(VoteSession) if v.title == "Vote du jour 2")
    ranking = [(r.option.label, r.rank, r.tied) for r in voting.dot_results(saved, vote.id)]
    # By hand: Mobilité 7 first; Logement and Emploi 4, tied second; then 4th and 5th.
    assert ranking[:3] == [
        ("Mobilité", 1, False),
        ("Logement", 2, True),
        ("Emploi et formation", 2, True),
    ]
    assert [r[1] for r in ranking[3:]] == [4, 5]
    tallies = sorted(b.dots for b in voting.ballots_of(saved, vote.id))
    assert tallies == [1, 2, 4, 4, 7], tallies
    assert page.check.text() == "18 dots entered of 18 handed out"
    assert page.results.item(1, 0).text() == "2="  # type: ignore[union-attr]


def test_more_dots_than_handed_out_and_not_a_number(page: VotePage) -> None:
    board_id = page.document.workshop.all(Board)[0].id
    assert page.create_vote(board_id, "Vote", "ideas", 3, 3)
    page.participants.setValue(1)
    page.tally.item(0, 1).setText("5")  # type: ignore[union-attr]
    assert "more than handed out" in page.check.text()
    page.tally.item(1, 1).setText("beaucoup")  # type: ignore[union-attr]
    assert "is not a number of dots" in page.check.text()
    assert page.document.undo_stack.count() == 2  # the vote, the 5 dots: nothing for "beaucoup"


def test_five_participants_pass_the_laptop(
    page: VotePage, full_demo_file: Path, qtbot: QtBot
) -> None:
    board_id = page.document.workshop.all(Board)[0].id
    assert page.create_vote(board_id, "Vote de la salle", "clusters", 3, 2)
    page.modes.setCurrentWidget(page.pass_panel)
    assert not page.results.isVisibleTo(page) and not page.chart.isVisibleTo(page)
    panel = page.pass_panel
    labels = [
        o.label for o in voting.options_of(page.document.workshop, page.current_vote_id() or "")
    ]
    # Five people, three dots each, at most two on one cluster.
    ballots = [
        ("Awa", {0: 2, 1: 1}),
        ("", {0: 1, 2: 2}),
        ("Bruno", {1: 2, 3: 1}),
        ("", {0: 2, 4: 1}),
        ("Chloé", {1: 1, 2: 1, 0: 1}),
    ]
    for number, (name, dots) in enumerate(ballots, start=1):
        assert f"Participant {number}" in panel.heading.text()
        assert all(spin.value() == 0 for spin in panel.spins.values())  # a clean screen
        assert not panel.confirm.isEnabled()
        type_text(panel.name, name)
        spins = list(panel.spins.values())
        for index, count in dots.items():
            spins[index].setValue(count)
        assert panel.left.text() == "All your dots are placed."
        panel.confirm.click()
    assert not page.results.isVisibleTo(page)  # still hidden while the laptop goes round
    page.reveal.setChecked(True)
    assert page.results.isVisibleTo(page)
    file, saved = WorkshopFile.open(full_demo_file, read_only=True)
    file.close()
    vote = next(v for v in saved.all(VoteSession) if v.title == "Vote de la salle")
    assert voting.participants_of(saved, vote.id) == [
        "Awa",
        "Bruno",
        "Chloé",
        "Participant 2",
        "Participant 4",
    ]
    # By hand: cluster 0 has 2+1+2+1 = 6, cluster 1 has 1+2+1 = 4, cluster 2 has 3,
    # cluster 3 has 1, cluster 4 has 1 (tied fourth).
    ranking = [
        (r.option.label, r.score, r.rank, r.tied) for r in voting.dot_results(saved, vote.id)
    ]
    assert ranking[:3] == [
        (labels[0], 6, 1, False),
        (labels[1], 4, 2, False),
        (labels[2], 3, 3, False),
    ]
    assert set(ranking[3:]) == {(labels[3], 1, 4, True), (labels[4], 1, 4, True)}
    page.document.undo_stack.undo()  # Chloé's dots taken back: her turn again
    assert "Participant 5" in panel.heading.text()


def test_a_participant_cannot_place_too_many_dots(page: VotePage) -> None:
    board_id = page.document.workshop.all(Board)[0].id
    assert page.create_vote(board_id, "Vote", "clusters", 3, 3)
    panel = page.pass_panel
    spins = list(panel.spins.values())
    spins[0].setValue(3)
    spins[1].setValue(2)
    assert panel.left.text() == "2 dots too many"  # 3 + 2 placed, 3 handed out
    assert not panel.confirm.isEnabled()
    assert spins[0].maximum() == 3


def test_opening_a_workshop_opens_no_stray_window(
    window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    """A widget shown before it has a parent flashes up as a window of its own and
    takes the focus from the main window (it once did: the vote results)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.open_path(full_demo_file)
    QApplication.processEvents()
    assert window.isActiveWindow()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
