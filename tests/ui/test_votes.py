"""Dot votes collected three ways (paper tally by keyboard, the laptop passed round,
named), ranked with ties as computed by hand; the results hidden, then revealed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain import voting
from facilitator.domain.records import Board, VoteSession
from facilitator.domain.workshop import Workshop
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from facilitator.ui.voting.ballot_lock import BallotLock
from facilitator.ui.voting.new_vote_dialog import VoteSettings
from facilitator.ui.voting.vote_page import VotePage
from tests.ui.helpers import press, type_text


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> VotePage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.show_part("votes")
    return window.page.votes


def dot_vote(
    page: VotePage,
    title: str,
    target: str = "clusters",
    dots: int = 3,
    max_dots: int = 3,
    **more: object,
) -> bool:
    board_id = page.document.workshop.all(Board)[0].id
    settings = VoteSettings(
        board_id=board_id,
        title=title,
        method="dots",
        collection=more.pop("collection", "paper"),  # type: ignore[arg-type]
        target_kind=target,  # type: ignore[arg-type]
        target_ids=None,
        dots=dots,
        max_dots=max_dots,
        **more,  # type: ignore[arg-type]
    )
    return page.create_vote(settings)


def saved_vote(path: Path, title: str) -> tuple[Workshop, str]:
    file, saved = WorkshopFile.open(path, read_only=True)
    file.close()
    return saved, next(v.id for v in saved.all(VoteSession) if v.title == title)


def test_the_demo_has_finished_votes_with_a_tie(page: VotePage) -> None:
    page.select_vote(page.document.workshop.all(VoteSession)[0].id)
    table = page.results.table
    assert table.rowCount() >= 9
    ranks = [table.item(row, 1).text() for row in range(4)]  # type: ignore[union-attr]
    assert ranks == ["1", "2=", "2=", "4"]
    assert page.results.chart.results[1].tied
    assert page.status.text() == "Closed" and not page.dots.editable()
    methods = [v.method for v in page.document.workshop.all(VoteSession)]
    assert methods == ["dots", "criteria", "matrix"]


def _at_row(page: VotePage, row: int) -> Callable[[], bool]:
    return lambda: page.dots.tally.currentRow() == row


def test_paper_tally_by_keyboard(page: VotePage, full_demo_file: Path, qtbot: QtBot) -> None:
    assert dot_vote(page, "Vote du jour 2")
    tally = page.dots.tally
    assert tally.rowCount() == 5  # the five clusters
    page.dots.participants.setValue(6)
    for row, dots in enumerate((4, 7, 4, 2, 1)):
        assert tally.currentRow() == row  # Enter made the next idea ready
        cell = tally.item(row, 1)
        assert cell is not None
        tally.editItem(cell)  # as typing a digit in the cell does
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not tally
        type_text(editor, str(dots))
        press(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(_at_row(page, min(row + 1, 4)))
    qtbot.waitUntil(lambda: page.document.undo_stack.count() == 6)  # the vote and 5 counts
    saved, vote_id = saved_vote(full_demo_file, "Vote du jour 2")
    ranking = [(r.option.label, r.rank, r.tied) for r in voting.dot_results(saved, vote_id)]
    # By hand: Mobilité 7 first; Logement and Emploi 4, tied second; then 4th and 5th.
    assert ranking[:3] == [
        ("Mobilité", 1, False),
        ("Logement", 2, True),
        ("Emploi et formation", 2, True),
    ]
    assert [r[1] for r in ranking[3:]] == [4, 5]
    tallies = sorted(b.dots for b in voting.ballots_of(saved, vote_id))
    assert tallies == [1, 2, 4, 4, 7], tallies
    assert page.dots.check.text() == "18 dots entered of 18 handed out"
    assert page.results.table.item(1, 1).text() == "2="  # type: ignore[union-attr]


def test_more_dots_than_handed_out_zero_participants_and_not_a_number(
    page: VotePage, qtbot: QtBot
) -> None:
    assert dot_vote(page, "Vote", "ideas")
    dots = page.dots
    dots.participants.setValue(0)
    assert dots.check.text() == "How many people voted? Enter it to check the count."
    dots.participants.setValue(1)
    dots.tally.item(0, 1).setText("5")  # type: ignore[union-attr]
    assert "more than handed out" in dots.check.text()
    dots.tally.item(1, 1).setText("beaucoup")  # type: ignore[union-attr]
    assert dots.check.text() == "“beaucoup” is not a number of dots."
    qtbot.wait(1)  # the count is shown again; the message stays until the next count
    assert dots.tally.item(1, 1).text() == "0"  # type: ignore[union-attr]
    assert "is not a number of dots" in dots.check.text()
    assert page.document.undo_stack.count() == 2  # the vote, the 5 dots: nothing for "beaucoup"


def test_five_participants_pass_the_laptop(
    page: VotePage, full_demo_file: Path, qtbot: QtBot
) -> None:
    assert dot_vote(page, "Vote de la salle", max_dots=2, collection="pass", anonymous=False)
    assert page.dots.passing()
    assert page.dots.start_passing()  # the window is the ballot (tests/ui/test_ballot_lock.py)
    lock = BallotLock.of(page)
    assert lock is not None and lock.is_locked()
    results = page.results
    assert not results.table.isVisibleTo(page) and not results.chart.isVisibleTo(page)
    assert not results.project.isEnabled()  # nothing for the projector either
    panel = page.dots.pass_panel
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
    lock.request_unlock()  # no code chosen: the keys alone end the pass
    assert not lock.is_locked()
    assert not results.table.isVisibleTo(page)  # still hidden while the laptop goes round
    results.reveal.setChecked(True)
    assert results.table.isVisibleTo(page)
    saved, vote_id = saved_vote(full_demo_file, "Vote de la salle")
    assert voting.participants_of(saved, vote_id) == [
        "Awa",
        "Bruno",
        "Chloé",
        "Participant 2",
        "Participant 4",
    ]
    # By hand: cluster 0 has 2+1+2+1 = 6, cluster 1 has 1+2+1 = 4, cluster 2 has 3,
    # cluster 3 has 1, cluster 4 has 1 (tied fourth).
    ranking = [
        (r.option.label, r.score, r.rank, r.tied) for r in voting.dot_results(saved, vote_id)
    ]
    assert ranking[:3] == [
        (labels[0], 6, 1, False),
        (labels[1], 4, 2, False),
        (labels[2], 3, 3, False),
    ]
    assert set(ranking[3:]) == {(labels[3], 1, 4, True), (labels[4], 1, 4, True)}
    page.document.undo_stack.undo()  # Chloé's dots taken back: her turn again
    assert "Participant 5" in panel.heading.text()


def test_a_participant_cannot_place_too_many_dots_nor_vote_twice(page: VotePage) -> None:
    assert dot_vote(page, "Vote", collection="pass", anonymous=False)
    assert page.dots.start_passing()
    panel = page.dots.pass_panel
    spins = list(panel.spins.values())
    spins[0].setValue(3)
    spins[1].setValue(2)
    assert panel.left.text() == "2 dots too many"  # 3 + 2 placed, 3 handed out
    assert not panel.confirm.isEnabled()
    assert spins[0].maximum() == 3
    spins[1].setValue(0)
    type_text(panel.name, "Awa")
    panel.confirm.click()
    type_text(panel.name, "Awa")
    list(panel.spins.values())[2].setValue(1)
    panel.confirm.click()  # Awa again: refused, her first dots stand
    assert panel.note.text() == "“Awa” has already voted: one person, one set of dots."
    assert list(panel.spins.values())[2].value() == 1  # her dots stay: a name to change
    vote_id = page.current_vote_id() or ""
    assert voting.participants_of(page.document.workshop, vote_id) == ["Awa"]
    assert page.document.undo_stack.count() == 2  # the vote and Awa's dots
    lock = BallotLock.of(page)
    assert lock is not None
    lock.unlock()


def test_named_votes_recorded_in_a_grid(page: VotePage, full_demo_file: Path) -> None:
    assert dot_vote(page, "Vote nominatif", collection="named", max_dots=2)
    grid = page.dots.named_grid
    assert page.dots.modes.currentWidget() is grid
    for name in ("Hélène Roux", "Mamadou Diallo", "Sophie Marchand"):
        type_text(grid.person_name, name)
        press(grid.person_name, Qt.Key.Key_Return)
    assert grid.grid.columnCount() == 3
    # Rows: the five clusters; columns: Hélène, Mamadou, Sophie.
    cells = {(0, 0): 2, (1, 0): 1, (1, 1): 2, (2, 1): 1, (0, 2): 1, (1, 2): 1, (3, 2): 1}
    for (row, column), dots in cells.items():
        grid.grid.item(row, column).setText(str(dots))  # type: ignore[union-attr]
    grid.grid.item(4, 0).setText("1")  # type: ignore[union-attr]  # Hélène's 4th dot: refused
    assert page.document.undo_stack.count() == 1 + len(cells)
    saved, vote_id = saved_vote(full_demo_file, "Vote nominatif")
    # By hand: cluster 1 has 1+2+1 = 4, cluster 0 has 2+1 = 3, then 2 and 3 with 1 each.
    ranking = [(r.score, r.rank, r.tied) for r in voting.dot_results(saved, vote_id)]
    assert ranking[:4] == [(4, 1, False), (3, 2, False), (1, 3, True), (1, 3, True)]
    assert voting.participants_of(saved, vote_id) == [
        "Hélène Roux",
        "Mamadou Diallo",
        "Sophie Marchand",
    ]
    assert {b.dots for b in voting.ballots_of(saved, vote_id, "Hélène Roux")} == {2, 1}


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
